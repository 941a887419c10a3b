import { OperationTypeNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context';

/**
 * Ends a request that outlives `timeoutMs` (from the moment it arrived): from then on, every
 * statement a read would start fails with TIMEOUT instead of reading more, so the response comes
 * back promptly with what was done (the fields that needed the database carry the error). In a
 * mutation only units of work are stopped: one that has not started never starts, and one that
 * has is governed by the statement timeout, whose error rolls its transaction back; nothing
 * half-written either way, and no TIMEOUT on the result of a mutation that committed. (Checked
 * where statements start rather than at every field: a hook on every field costs every request.)
 */
export function requestDeadline(timeoutMs: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      const at = Date.now() + timeoutMs;
      return {
        async executionDidStart({ operation, contextValue }) {
          contextValue.connection.setDeadline({ at, timeoutMs, reads: operation.operation !== OperationTypeNode.MUTATION });
        },
      };
    },
  };
}

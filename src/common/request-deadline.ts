import { OperationTypeNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { TimeoutError } from './errors';

/**
 * Ends a request that outlives `timeoutMs` (from the moment it arrived): every field that starts
 * resolving after the deadline fails with TIMEOUT instead of reading more, so the response comes
 * back promptly with what was done. In a mutation only root fields are checked: a root mutation
 * field that has not started never starts, and one that has is governed by the statement timeout,
 * whose error rolls its transaction back; nothing half-written either way (and no TIMEOUT on the
 * result of a mutation that committed).
 */
export function requestDeadline(timeoutMs: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const deadline = Date.now() + timeoutMs;
      return {
        async executionDidStart({ operation }) {
          const mutation = operation.operation === OperationTypeNode.MUTATION;
          return {
            willResolveField({ info }) {
              if (mutation && info.path.prev !== undefined) return;
              if (Date.now() > deadline) {
                throw new TimeoutError(`The request ran longer than its ${timeoutMs} ms deadline and was stopped`, { limitMs: timeoutMs });
              }
            },
          };
        },
      };
    },
  };
}

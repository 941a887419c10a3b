import { Extensions, type MiddlewareFn } from 'type-graphql';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import type { Context } from './context';
import { translateDatabaseError } from './database-errors';

/**
 * Runs every root mutation field in its own database transaction on the request-scoped manager
 * (`ctx.db`), and insists that it wrote at least one audit event: a mutation that changes
 * something without a trace is a bug, and is rolled back as one.
 */
export const MutationTransaction: MiddlewareFn<Context> = async ({ context, info }, next) => {
  if (info.parentType.name !== 'Mutation') return next();
  const outer = context.db;
  const isolation = (info.parentType.getFields()[info.fieldName].extensions?.isolation as IsolationLevel | undefined) ?? 'READ COMMITTED';
  try {
    return await context.dataSource.transaction(isolation, async (manager) => {
      // Loaders cache what earlier fields read; a mutation must see (and leave) fresh rows.
      context.loaders.clear();
      context.db = manager;
      context.auditWrites = 0;
      context.unchanged = false;
      const result = await next();
      if (context.auditWrites === 0 && !context.unchanged) throw new Error(`Mutation ${info.fieldName} recorded no audit event`);
      return result;
    });
  } catch (error) {
    throw translateDatabaseError(error);
  } finally {
    context.db = outer;
    context.loaders.clear();
  }
};

/**
 * Runs a mutation at REPEATABLE READ: every statement sees the same snapshot, for mutations that
 * store figures computed by several queries (a management review's analysis).
 */
export const SnapshotTransaction = () => Extensions({ isolation: 'REPEATABLE READ' satisfies IsolationLevel });

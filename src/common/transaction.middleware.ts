import type { MiddlewareFn } from 'type-graphql';
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
  try {
    return await context.dataSource.transaction(async (manager) => {
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

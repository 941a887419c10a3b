import { Extensions, type MiddlewareFn } from 'type-graphql';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { requestLoaders, type Context } from './context';
import { translateDatabaseError } from './database-errors';
import { AppError, ServiceUnavailableError } from './errors';
import { idempotencyLockName } from './idempotency';

/**
 * Runs every root mutation field in its own database transaction on the request-scoped manager
 * (`ctx.db`), and insists that it wrote at least one audit event: a mutation that changes
 * something without a trace is a bug, and is rolled back as one. Requests of one mutation under one
 * idempotency key run one after another (see {@link idempotencyLockName}).
 */
export const MutationTransaction: MiddlewareFn<Context> = async ({ context, info, args }, next) => {
  if (info.parentType.name !== 'Mutation') return next();
  const outer = context.db;
  const isolation = (info.parentType.getFields()[info.fieldName].extensions?.isolation as IsolationLevel | undefined) ?? 'READ COMMITTED';
  const lock = idempotencyLockName(context, info.fieldName, args);
  const runner = context.dataSource.createQueryRunner();
  let lockFailure: unknown;
  try {
    // Taken outside the transaction, so the transaction's first snapshot already sees what a
    // concurrent request under the same idempotency key committed.
    if (lock) await runner.query('SELECT pg_advisory_lock(hashtext($1))', [lock]);
    return await runner.manager.transaction(isolation, async (manager) => {
      // Loaders cache what earlier fields read; a mutation must see (and leave) fresh rows, read
      // through its transaction.
      context.db = manager;
      context.loaders = requestLoaders(context);
      context.auditWrites = 0;
      context.unchanged = false;
      const result = await next();
      if (context.auditWrites === 0 && !context.unchanged) throw new Error(`Mutation ${info.fieldName} recorded no audit event`);
      return result;
    });
  } catch (error) {
    // TypeORM releases a runner whose connection failed (a cut session) at once: the statements
    // after that fail with QueryRunnerAlreadyReleasedError, the database's loss rather than a bug.
    if (runner.isReleased && !(error instanceof AppError)) throw new ServiceUnavailableError(error);
    throw translateDatabaseError(error);
  } finally {
    context.db = outer;
    context.loaders = requestLoaders(context);
    if (lock) await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [lock]).catch((error: unknown) => (lockFailure = error));
    // A connection that may still hold the lock is closed rather than returned to the pool (TypeORM
    // hands the error to pg's release, which then destroys the client).
    await (runner as unknown as { releasePostgresConnection(error?: unknown): Promise<void> }).releasePostgresConnection(lockFailure);
  }
};

/**
 * Runs a mutation at REPEATABLE READ: every statement sees the same snapshot, for mutations that
 * store figures computed by several queries (a management review's analysis).
 */
export const SnapshotTransaction = () => Extensions({ isolation: 'REPEATABLE READ' satisfies IsolationLevel });

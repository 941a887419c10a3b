import { Extensions, type MiddlewareFn } from 'type-graphql';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { createContext, requestLoaders, type AuthUser, type Context } from './context';
import { translateDatabaseError } from './database-errors';
import { AppError, ServiceUnavailableError } from './errors';
import { idempotencyLockName } from './idempotency';

/** How a unit of work runs. */
export interface UnitOfWorkOptions {
  /** What runs (a mutation's name, a script's): named in the error when it leaves no audit trail. */
  name: string;
  /**
   * Default: the session's, READ COMMITTED (PostgreSQL's default), without a `SET TRANSACTION`
   * statement of its own; REPEATABLE READ for reports that must read one snapshot.
   */
  isolation?: IsolationLevel;
  /**
   * An advisory lock held from before the transaction starts until after it ends, so the
   * transaction's first snapshot already sees what a concurrent holder committed.
   */
  lock?: string | null;
  /**
   * Whether a change that wrote no audit event is refused (rolled back). Default true; only the
   * demo seed, which writes a history as it would have happened, turns it off.
   */
  requireAudit?: boolean;
}

/**
 * One unit of work: a database transaction on the context's own connection (`ctx.connection`, the
 * one its reads use), with fresh
 * request loaders bound to it, that must leave an audit event unless it changed nothing
 * (`ctx.unchanged`): a change without a trace is a bug, and is rolled back as one. Afterwards the
 * context reads outside the transaction again, through new loaders (the old ones may hold rows
 * the transaction changed). Every root mutation runs in one ({@link MutationTransaction}); so does
 * work outside a request ({@link runOutsideRequest}).
 */
export async function unitOfWork<T>(context: Context, options: UnitOfWorkOptions, work: () => Promise<T>): Promise<T> {
  const outer = context.db;
  const { name, isolation, lock, requireAudit = true } = options;
  // The request's own connection, held until the transaction and the lock are over.
  return context.connection.use(async (runner) => {
    let lockFailure: unknown;
    const committed: (() => Promise<unknown>)[] = [];
    try {
      if (lock) await runner.query('SELECT pg_advisory_lock(hashtext($1))', [lock]);
      const transaction = async (manager: EntityManager) => {
        context.db = manager;
        context.loaders = requestLoaders(context);
        context.auditWrites = 0;
        context.unchanged = false;
        context.afterCommit = committed;
        const last: (() => Promise<unknown>)[] = (context.beforeCommit = []);
        const result = await work();
        // Work collected while the unit ran, written in one go (the webhook outbox); what it adds runs too.
        for (let i = 0; i < last.length; i++) await last[i]();
        if (requireAudit && context.auditWrites === 0 && !context.unchanged) throw new Error(`${name} recorded no audit event`);
        return result;
      };
      const result = await (isolation ? runner.manager.transaction(isolation, transaction) : runner.manager.transaction(transaction));
      context.afterCommit = undefined;
      // Not awaited: the caller's answer does not wait for what follows the commit (a job sent, a nudge).
      for (const then of committed) void then().catch((error: unknown) => context.log.warn({ err: error }, 'after-commit work failed'));
      return result;
    } catch (error) {
      // TypeORM releases a runner whose connection failed (a cut session) at once: the statements
      // after that fail with QueryRunnerAlreadyReleasedError, the database's loss rather than a bug.
      if (runner.isReleased && !(error instanceof AppError)) throw new ServiceUnavailableError(error);
      throw translateDatabaseError(error);
    } finally {
      context.afterCommit = undefined;
      context.beforeCommit = undefined;
      context.db = outer;
      context.loaders = requestLoaders(context);
      if (lock && !runner.isReleased) await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [lock]).catch((error: unknown) => (lockFailure = error));
      // A connection that may still hold the lock is closed rather than returned to the pool (TypeORM
      // hands the error to pg's release, which then destroys the client); the request's next
      // statement takes a new one.
      if (lockFailure) await context.connection.discard(lockFailure);
    }
  });
}

/**
 * Runs every root mutation field in its own {@link unitOfWork}. Requests of one mutation under one
 * idempotency key run one after another (see {@link idempotencyLockName}).
 */
export const MutationTransaction: MiddlewareFn<Context> = async ({ context, info, args }, next) => {
  if (info.parentType.name !== 'Mutation') return next();
  const isolation = info.parentType.getFields()[info.fieldName].extensions?.isolation as IsolationLevel | undefined;
  return unitOfWork(context, { name: `Mutation ${info.fieldName}`, isolation, lock: idempotencyLockName(context, info.fieldName, args) }, next);
};

/** Who and what runs outside an HTTP request: the request scope a script, seed or job works in. */
export interface OutsideRequest {
  dataSource: DataSource;
  log: Logger;
  /** Names the work in logs and in the audit trail's request id, e.g. `cli:org-create`. */
  requestId: string;
  /** The member it acts as, or null for the system (set it later in the work once known). */
  user: AuthUser | null;
}

/**
 * Work outside an HTTP request (command-line scripts, seeds, benchmarks, scheduled jobs) in the
 * request scope and unit of work a mutation gets: a context of its own with its loaders, one
 * transaction, and the audit rule. The services called inside need nothing else.
 */
export function runOutsideRequest<T>(scope: OutsideRequest, options: Omit<UnitOfWorkOptions, 'name'> & { name?: string }, work: (ctx: Context) => Promise<T>): Promise<T> {
  const ctx = createContext({ requestId: scope.requestId, log: scope.log, dataSource: scope.dataSource, user: scope.user });
  return unitOfWork(ctx, { name: scope.requestId, ...options }, () => work(ctx)).finally(() => ctx.connection.end());
}

/**
 * Runs a mutation at REPEATABLE READ: every statement sees the same snapshot, for mutations that
 * store figures computed by several queries (a management review's analysis).
 */
export const SnapshotTransaction = () => Extensions({ isolation: 'REPEATABLE READ' satisfies IsolationLevel });

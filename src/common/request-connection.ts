import type { Logger } from 'pino';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { TimeoutError } from './errors';

/** Where the statements of a request's query runners are logged (its `data`): the request's logger. */
const RUNNER_LOGGER = Symbol('runner logger');

/** The logger of the request (or job) a query runner serves, for the database layer's lines about its statements. */
export const loggerOf = (runner: QueryRunner | undefined): Logger | undefined => (runner?.data as { [RUNNER_LOGGER]?: Logger } | undefined)?.[RUNNER_LOGGER];

/** When a request must stop reading (see {@link RequestConnection.setDeadline}). */
export interface RequestDeadline {
  /** Epoch milliseconds. */
  at: number;
  /** The request's timeout, for the error. */
  timeoutMs: number;
  /** Whether reads outside a unit of work stop too (false for a mutation, whose result is read after it committed). */
  reads: boolean;
}

/**
 * The one database connection of a request (or of work outside a request): taken from the pool on
 * the request's first statement, held until the request ends, and shared by everything the request
 * reads and writes. Queries the request sends at once (`Promise.all`, loaders firing in the same
 * tick) queue on this connection (the `pg` client runs them one after another) instead of taking
 * more connections from the pool: a request never waits for a second connection while holding one,
 * so a small pool is never exhausted by requests waiting on each other.
 *
 * {@link manager} is the entity manager of the request's reads (`ctx.db`); a unit of work runs its
 * transaction on the same connection ({@link use}). A connection that the database cut (TypeORM
 * releases its runner at once) is replaced by a new one on the next statement outside a unit of work.
 * {@link end} gives the connection back once nothing runs on it any more: no statement in flight,
 * no unit of work open, so that a client gone away or a field abandoned after an error never returns
 * a connection to the pool in the middle of a transaction or holding an advisory lock.
 */
export class RequestConnection {
  private runner: QueryRunner | undefined;
  /** Statements in flight, per runner. */
  private readonly busy = new WeakMap<QueryRunner, number>();
  /** Units of work (and other exclusive uses) in progress. */
  private holds = 0;
  private ended = false;
  private deadline: RequestDeadline | undefined;
  /** Statements the request has sent so far, on whatever connection (its transactions' included). */
  statements = 0;
  /** The request's entity manager, bound to the current connection whatever runner serves it. */
  readonly manager: EntityManager;

  /** `log`: the request's logger, with which the database layer logs the request's statements. */
  constructor(
    private readonly dataSource: DataSource,
    private readonly log?: Logger,
  ) {
    const current = () => this.current();
    // A stand-in query runner forwarding to the current one, so that `ctx.db` stays one manager
    // for the whole request while the runner behind it may be replaced after a cut. Its `manager`
    // is its own: a real runner keeps its own manager, which a unit of work's transaction hands
    // out, so that nothing in a transaction can reach a replacement connection.
    const own: { manager?: EntityManager } = {};
    const runner = new Proxy({} as QueryRunner, {
      get(_, property) {
        if (property === 'manager') return own.manager;
        const target = current();
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
      set(_, property, value) {
        if (property === 'manager') {
          own.manager = value as EntityManager;
          return true;
        }
        return Reflect.set(current(), property, value);
      },
      has(_, property) {
        return property === 'manager' || Reflect.has(current(), property);
      },
    });
    this.manager = dataSource.createEntityManager(runner);
  }

  /** Whether a connection is taken from the pool right now. */
  get connected(): boolean {
    return !!this.runner && !this.runner.isReleased && !!(this.runner as QueryRunner & { databaseConnection?: unknown }).databaseConnection;
  }

  /**
   * From `deadline.at` on, a unit of work that has not started never starts, and (when
   * `deadline.reads`) neither does a statement outside one: both fail with TIMEOUT, so that a
   * request past its time answers with what it has instead of reading more. A unit of work already
   * running goes on (the statement timeout governs it, and its error rolls it back).
   */
  setDeadline(deadline: RequestDeadline): void {
    this.deadline = deadline;
  }

  private checkDeadline(reading: boolean): void {
    const deadline = this.deadline;
    if (!deadline || Date.now() <= deadline.at || (reading && (!deadline.reads || this.holds > 0))) return;
    throw new TimeoutError(`The request ran longer than its ${deadline.timeoutMs} ms deadline and was stopped`, { limitMs: deadline.timeoutMs });
  }

  /**
   * Runs `work` with the request's current query runner held: the connection is not given back,
   * nor replaced, until `work` settles (a transaction, an advisory lock and its release).
   */
  async use<T>(work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    if (this.holds === 0) this.checkDeadline(false);
    const runner = this.current();
    this.holds++;
    try {
      return await work(runner);
    } finally {
      // A transaction that could not be rolled back leaves its connection unusable for the rest.
      if (this.holds === 1 && runner.isTransactionActive && this.runner === runner) await this.discard(new Error('transaction left open'));
      this.holds--;
      this.settle();
    }
  }

  /**
   * Closes the current connection instead of returning it to the pool (it may still hold a session
   * lock); the next statement takes a new one.
   */
  async discard(error: unknown): Promise<void> {
    const runner = this.runner;
    this.runner = undefined;
    if (runner && !runner.isReleased) await this.releaseWith(runner, error ?? new Error('connection discarded'));
  }

  /** The request is over: gives the connection back as soon as nothing runs on it (at once when idle). */
  end(): void {
    this.ended = true;
    this.settle();
  }

  private current(): QueryRunner {
    if (this.runner && !this.runner.isReleased) return this.runner;
    const runner = this.dataSource.createQueryRunner();
    if (this.log) (runner.data as { [RUNNER_LOGGER]?: Logger })[RUNNER_LOGGER] = this.log;
    const query = runner.query.bind(runner);
    // Every statement of TypeORM (query builders, repositories, transactions) goes through `query`:
    // statements sent at once wait here for the one before to finish, in the order sent (a `pg`
    // client must not be given a second query while one runs).
    let previous: Promise<unknown> = Promise.resolve();
    runner.query = ((...args: Parameters<QueryRunner['query']>) => {
      try {
        this.checkDeadline(true);
      } catch (error) {
        return Promise.reject(error);
      }
      this.busy.set(runner, (this.busy.get(runner) ?? 0) + 1);
      this.statements++;
      const result = previous.then(() => query(...args));
      previous = result.catch(() => undefined);
      return result.finally(() => {
        this.busy.set(runner, this.busy.get(runner)! - 1);
        this.settle();
      });
    }) as QueryRunner['query'];
    this.runner = runner;
    return runner;
  }

  private settle(): void {
    const runner = this.runner;
    if (!this.ended || !runner || (this.busy.get(runner) ?? 0) > 0 || this.holds > 0) return;
    this.runner = undefined;
    if (runner.isReleased) return;
    // Transactions run only inside `use`: one still open here failed to roll back, and its
    // connection is closed rather than handed to another request.
    if (runner.isTransactionActive) void this.releaseWith(runner, new Error('connection released inside a transaction'));
    else void runner.release();
  }

  private releaseWith(runner: QueryRunner, error: unknown): Promise<void> {
    return (runner as unknown as { releasePostgresConnection(error?: unknown): Promise<void> }).releasePostgresConnection(error);
  }
}

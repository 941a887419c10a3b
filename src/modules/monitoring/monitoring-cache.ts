import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import type { Context } from '../../common/context';
import { todayIn } from '../../common/local-date';
import { organizationStamp, type OrganizationStamp } from '../../common/organization-changes';

/**
 * A dashboard answer (`codeStatus`, `complaintAnalysis`) kept for later requests, with what makes it current:
 * - `stamp`: the organisation's change stamp read before any of its statements (see
 *   `organizationStamp`); a later request that reads the same stamp knows that nothing the answer
 *   depends on has changed since (every such write counts in the stamp, in its own transaction);
 * - `nextChangeAt`: the first deadline still ahead when it was read (ms since the epoch, by the
 *   database's clock): from then on a figure may change with no write at all;
 * - the key holds the organisation's date and whatever else the answer turns on (period, year, the caller's rights).
 * An answer is served only while all hold, so it is exactly the answer a new computation would give.
 */
export interface Kept<T> {
  stamp: string;
  nextChangeAt: number | null;
  value: T;
}

/** A kept answer a request was given, under the key it is kept by. */
interface Use {
  key: string;
  entry: Kept<object>;
}

/**
 * A whole GraphQL answer built from kept answers alone (see {@link monitoringResponses}): the
 * request sent no statement but the stamp's, so its data is a function of the kept answers it was
 * given, of the key (organisation, user, roles, document, variables) and of the organisation's date.
 */
interface KeptResponse {
  uses: Use[];
  today: string;
  /** The response's data as JSON: smaller than its objects, counted by size, and parsed anew for each response (nothing shared). */
  json: string;
}

/** Whole responses kept per service, at most, in JSON characters (a code's status of 50 promises is about 50,000). */
const RESPONSE_CHARACTERS = 32 * 1024 * 1024;

/** What a query request took from the cache so far. */
interface RequestTrace {
  /** The organisation's stamp, read once for the whole request (before anything it serves or computes). */
  stamped?: Promise<OrganizationStamp>;
  /** The organisation's date when the stamp was read. */
  today?: string;
  uses: Use[];
  /** Whether any answer was computed (then the request read more than kept answers). */
  computed: boolean;
}

/** One cache per database (so per service; two services on one database each have their own, both exact). */
const caches = new WeakMap<
  DataSource,
  {
    answers: LRUCache<string, Kept<object>>;
    responses: LRUCache<string, KeptResponse>;
    /** Answers being computed, by key and stamp: a request that asks the same meanwhile waits for it instead of computing it too. */
    computing: Map<string, Promise<Kept<object>>>;
  }
>();
/** Query requests under way with the cache on (set by {@link monitoringResponses}). */
const traces = new WeakMap<Context, RequestTrace>();

/** How a lookup went: a kept answer served (`hit`), computed (`miss`) or awaited from a request computing it (`shared`); a kept response served (`hit`) or no longer current (`stale`). */
export type MonitoringCacheLookup = { kind: string; result: 'hit' | 'miss' | 'shared' | 'stale' };
const observers = new WeakMap<DataSource, (lookup: MonitoringCacheLookup) => void>();

/** Tells `observe` how each lookup of the cache of `dataSource` went (the service's metrics count them). */
export function observeMonitoringCache(dataSource: DataSource, observe: (lookup: MonitoringCacheLookup) => void): void {
  observers.set(dataSource, observe);
}

/** Keeps up to `entries` answers, and as many whole responses made of them, for the service on `dataSource` (0: none, every request computes). */
export function configureMonitoringCache(dataSource: DataSource, entries: number): void {
  if (entries <= 0) {
    caches.delete(dataSource);
    return;
  }
  caches.set(dataSource, {
    answers: new LRUCache({ max: entries }),
    responses: new LRUCache({ max: entries, maxSize: RESPONSE_CHARACTERS, sizeCalculation: (r) => r.json.length }),
    computing: new Map(),
  });
}

/** Whether a kept answer is current: same stamp, and no deadline it counts has passed. */
export function isCurrent(entry: Kept<unknown>, stamp: string, now: number): boolean {
  return entry.stamp === stamp && (entry.nextChangeAt === null || now < entry.nextChangeAt);
}

/**
 * The answer under `key`: kept, when current under the organisation's stamp read now (one
 * statement, which also gives the request its organisation), or computed and kept. Without the
 * cache, or inside a transaction (whose own uncommitted writes count in the stamp it reads, and may
 * be rolled back), `compute` alone runs and reads the organisation itself.
 * - `keyOf`: what the answer turns on besides the stamp and deadlines (the organisation is added);
 * - `compute`: the answer and its first deadline ahead, given the organisation read with the stamp;
 * - `reuse`: runs on a kept answer before it is served (e.g. to give the request's loaders what the computation gave them).
 */
export async function keptOrComputed<T extends object>(
  ctx: Context,
  kind: string,
  keyOf: (stamped: OrganizationStamp) => unknown[],
  compute: (stamped: OrganizationStamp | undefined) => Promise<{ value: T; nextChangeAt: number | null }>,
  reuse?: (kept: T) => void,
): Promise<T> {
  const caching = caches.get(ctx.dataSource);
  if (!caching || ctx.db.queryRunner?.isTransactionActive) return (await compute(undefined)).value;
  const { answers, computing } = caching;
  // A query reads the stamp once, before anything it serves or computes; other operations read it here.
  const trace = traces.get(ctx);
  const stamped = await (trace ? stampOf(ctx, trace) : organizationStamp(ctx));
  const key = [kind, stamped.organization.id, ...keyOf(stamped)].join('|');
  const observe = observers.get(ctx.dataSource);
  const served = (entry: Kept<object>, result: 'hit' | 'shared'): T => {
    observe?.({ kind, result });
    trace?.uses.push({ key, entry });
    reuse?.(entry.value as T);
    return entry.value as T;
  };
  const kept = answers.get(key);
  if (kept && isCurrent(kept, stamped.stamp, stamped.now)) return served(kept, 'hit');
  // Being computed under the same stamp (so from a state no older than the one this request read): its answer is this one's.
  const flight = `${key}|${stamped.stamp}`;
  const pending = computing.get(flight);
  if (pending) {
    const shared = await pending.catch(() => undefined);
    if (shared && isCurrent(shared, stamped.stamp, stamped.now)) return served(shared, 'shared');
  }
  observe?.({ kind, result: 'miss' });
  if (trace) trace.computed = true;
  const computation = compute(stamped).then(({ value, nextChangeAt }) => {
    const entry: Kept<object> = { stamp: stamped.stamp, nextChangeAt, value };
    answers.set(key, entry);
    return entry;
  });
  if (!pending) {
    computing.set(flight, computation);
    const done = () => computing.get(flight) === computation && computing.delete(flight);
    computation.then(done, done);
  }
  return (await computation).value as T;
}

/** The request's stamp, read on first use; with the organisation's date at that moment. */
function stampOf(ctx: Context, trace: RequestTrace): Promise<OrganizationStamp> {
  return (trace.stamped ??= organizationStamp(ctx).then((stamped) => {
    trace.today = todayIn(stamped.organization.timezone);
    return stamped;
  }));
}

/**
 * Whole answers of queries made of kept answers only, for an Apollo Server: a dashboard asked again
 * with nothing changed is answered without executing it (GraphQL execution of a code's status of 50
 * promises costs several times the one statement that checks it is current).
 *
 * A query's answer is kept when it used kept answers only: none computed, no statement sent but
 * the stamp's, no error. It is kept under the organisation, the user, the roles, the document and
 * the variables, and served while every kept answer it used is still the one kept under its key and
 * current under the stamp read now, and the organisation's date is the same: exactly when executing
 * it again would give the same kept answers, hence the same data. Mutations never use it.
 */
export function monitoringResponses(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let key: string | undefined;
      let served = false;
      return {
        async responseForOperation({ contextValue: ctx, operation, request, queryHash }) {
          const cache = caches.get(ctx.dataSource);
          if (!cache || operation.operation !== 'query' || !ctx.user || !queryHash) return null;
          const trace: RequestTrace = { uses: [], computed: false };
          traces.set(ctx, trace);
          const { organizationId, id, roles } = ctx.user;
          key = [organizationId, id, [...roles].sort().join(','), queryHash, request.operationName ?? '', JSON.stringify(request.variables ?? {})].join('|');
          const kept = cache.responses.get(key);
          if (!kept) return null;
          let stamped: OrganizationStamp;
          try {
            stamped = await stampOf(ctx, trace);
          } catch {
            // Executed instead: the resolver meets the same failure and answers it as a field's error (NOT_FOUND, SERVICE_UNAVAILABLE).
            return null;
          }
          const current =
            kept.today === trace.today &&
            kept.uses.every(({ key: answerKey, entry }) => cache.answers.get(answerKey) === entry && isCurrent(entry, stamped.stamp, stamped.now));
          const observe = observers.get(ctx.dataSource);
          if (!current) {
            observe?.({ kind: 'response', result: 'stale' });
            cache.responses.delete(key);
            return null;
          }
          observe?.({ kind: 'response', result: 'hit' });
          served = true;
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: JSON.parse(kept.json) as FormattedExecutionResult['data'] } } };
        },
        async willSendResponse({ contextValue: ctx, response }) {
          const trace = traces.get(ctx);
          const cache = caches.get(ctx.dataSource);
          if (served || !key || !trace?.stamped || !cache || trace.computed || trace.uses.length === 0) return;
          if (response.body.kind !== 'single' || response.body.singleResult.errors || !response.body.singleResult.data) return;
          if (ctx.connection.statements !== 1 || !trace.today) return;
          // The kept answers' keys were made with the date read with the stamp: only if it is still that date.
          const { organization } = await trace.stamped;
          if (todayIn(organization.timezone) !== trace.today) return;
          const json = JSON.stringify(response.body.singleResult.data);
          // An answer too large to be worth its room is executed every time.
          if (json.length <= RESPONSE_CHARACTERS / 16) cache.responses.set(key, { uses: trace.uses, today: trace.today, json });
        },
      };
    },
  };
}

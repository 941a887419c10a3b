import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import type { Context } from '../../common/context';
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

/** One cache per database (so per service; two services on one database each have their own, both exact). */
const caches = new WeakMap<DataSource, LRUCache<string, Kept<object>>>();

/** Keeps up to `entries` answers for the service on `dataSource` (0: none, every request computes). */
export function configureMonitoringCache(dataSource: DataSource, entries: number): void {
  if (entries > 0) caches.set(dataSource, new LRUCache({ max: entries }));
  else caches.delete(dataSource);
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
  const cache = caches.get(ctx.dataSource);
  if (!cache || ctx.db.queryRunner?.isTransactionActive) return (await compute(undefined)).value;
  const stamped = await organizationStamp(ctx);
  const key = [kind, stamped.organization.id, ...keyOf(stamped)].join('|');
  const kept = cache.get(key) as Kept<T> | undefined;
  if (kept && isCurrent(kept, stamped.stamp, stamped.now)) {
    reuse?.(kept.value);
    return kept.value;
  }
  const { value, nextChangeAt } = await compute(stamped);
  cache.set(key, { stamp: stamped.stamp, nextChangeAt, value });
  return value;
}

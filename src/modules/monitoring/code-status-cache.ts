import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import type { Context } from '../../common/context';
import type { CodeInForce } from '../code';
import type { KpiWithStatus } from '../kpi';
import type { CodeStatus } from './code-status.types';

/**
 * A `codeStatus` answer kept for later requests, with what makes it current:
 * - `stamp`: the organisation's change stamp read before any of its statements (see
 *   `organizationStamp`); a later request that reads the same stamp knows that nothing the answer
 *   depends on has changed since (every such write counts in the stamp, in its own transaction);
 * - `nextChangeAt`: the first deadline still ahead when it was read (ms since the epoch, by the
 *   database's clock): from then on a figure may change with no write at all;
 * - the key holds the organisation's date, the period and whether KPI names are shown.
 * An answer is served only while both hold, so it is exactly the answer a new computation would give.
 */
export interface CachedCodeStatus {
  stamp: string;
  nextChangeAt: number | null;
  status: CodeStatus;
  /** What the computation gave the request's loaders, given again to each request served from here. */
  inForce: CodeInForce;
  kpis: KpiWithStatus[];
}

/** One cache per database (so per service; two services on one database each have their own, both exact). */
const caches = new WeakMap<DataSource, LRUCache<string, CachedCodeStatus>>();

/** Keeps up to `entries` answers for the service on `dataSource` (0: none, every request computes). */
export function configureCodeStatusCache(dataSource: DataSource, entries: number): void {
  if (entries > 0) caches.set(dataSource, new LRUCache({ max: entries }));
  else caches.delete(dataSource);
}

export function codeStatusCache(ctx: Context): LRUCache<string, CachedCodeStatus> | undefined {
  return caches.get(ctx.dataSource);
}

/** Whether a kept answer is current: same stamp, and no deadline it counts has passed. */
export function isCurrent(entry: CachedCodeStatus, stamp: string, now: number): boolean {
  return entry.stamp === stamp && (entry.nextChangeAt === null || now < entry.nextChangeAt);
}

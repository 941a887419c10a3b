import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';

/**
 * Marks the statements that fill the caller caches (organisation by slug, member by subject), so
 * that `pg_stat_statements` and the logs tell them apart from a request's own work.
 */
export const IDENTITY_LOOKUP = '/* identity lookup */';

export interface KnownOrganization {
  id: string;
  slug: string;
}

/**
 * Resolves the organisation slug a token names, once a minute at most per slug. Slugs never change
 * and organisations are not deleted through the API, so a short-lived per-process cache is safe and
 * keeps a database round trip off every authenticated request. Unknown slugs are not cached: an
 * organisation created a moment ago is found at once.
 */
export class OrganizationDirectory {
  private readonly cache = new LRUCache<string, KnownOrganization>({ max: 1000, ttl: 60_000 });

  constructor(private readonly dataSource: DataSource) {}

  async resolve(slug: string): Promise<KnownOrganization | null> {
    const cached = this.cache.get(slug);
    if (cached) return cached;
    const [known] = (await this.dataSource.query(`${IDENTITY_LOOKUP} SELECT id, slug FROM organization WHERE slug = $1`, [slug])) as KnownOrganization[];
    if (!known) return null;
    this.cache.set(slug, known);
    return known;
  }

  /** Forgets every cached organisation. */
  clear(): void {
    this.cache.clear();
  }
}

import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import { Organization } from '../common/organization.entity';

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
    const org = await this.dataSource.getRepository(Organization).findOne({ where: { slug }, select: { id: true, slug: true } });
    if (!org) return null;
    const known = { id: org.id, slug: org.slug };
    this.cache.set(slug, known);
    return known;
  }
}

import { In, type DeepPartial, type FindOptionsWhere } from 'typeorm';
import type { Scoped, TenantEntity } from './tenancy';

/** What a link replacement changed: the linked ids before and after (sorted). */
export interface LinkChange {
  from: string[];
  to: string[];
  changed: boolean;
}

/**
 * Makes the rows of a link table (e.g. complaint ↔ promise) for one owner exactly `targetIds`:
 * inserts the missing links and deletes the others. It records no audit event of its own: the
 * caller records the change on the owner (`{ promiseIds: { from, to } }`), where readers look.
 */
export async function replaceLinks<T extends TenantEntity>(
  links: Scoped<T>,
  owner: { column: keyof T & string; id: string },
  target: keyof T & string,
  targetIds: readonly string[],
): Promise<LinkChange> {
  const existing = await links.find({ where: { [owner.column]: owner.id } as FindOptionsWhere<T> });
  const from = existing.map((l) => String(l[target])).sort();
  const to = [...new Set(targetIds)].sort();
  const removed = from.filter((id) => !to.includes(id));
  const added = to.filter((id) => !from.includes(id));
  if (removed.length) {
    await links.repository.delete({ organizationId: links.organizationId, [owner.column]: owner.id, [target]: In(removed) } as FindOptionsWhere<T>);
  }
  if (added.length) {
    await links.repository.insert(added.map((id) => ({ organizationId: links.organizationId, [owner.column]: owner.id, [target]: id }) as DeepPartial<T> as never));
  }
  return { from, to, changed: removed.length + added.length > 0 };
}

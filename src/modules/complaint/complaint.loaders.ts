import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Context } from '../../common/context';
import { loader } from '../../common/context';
import { groupBy } from '../../common/batching';
import { scoped } from '../../common/tenancy';
import { CodePromise } from '../code/code-promise.entity';
import { CodePromiseService } from '../code/code-promise.service';
import { Complaint } from './complaint.entity';
import { ComplaintPromise } from './complaint-promise.entity';
import { ComplaintTimelineEntry } from './complaint-timeline-entry.entity';

/** A promise's lineage: the same promise (key) in every version of its code. */
export const lineageOf = (p: Pick<CodePromise, 'codeId' | 'key'>) => `${p.codeId}\u0000${p.key}`;

const newestFirst = (a: Complaint, b: Complaint) => b.receivedAt.getTime() - a.receivedAt.getTime() || (a.id < b.id ? -1 : 1);

/** Per-request batch loaders for complaint relations (one query per relation and request). */
export class ComplaintLoaders {
  static byId(ctx: Context): DataLoader<string, Complaint | null> {
    return loader(ctx, 'complaint.byId', () => new DataLoader((ids: readonly string[]) => scoped(ctx, Complaint).byIds(ids)));
  }

  /** The promises each complaint concerns, ordered by code and key. */
  static promises(ctx: Context): DataLoader<string, CodePromise[]> {
    return loader(ctx, 'complaint.promises', () =>
      new DataLoader(async (complaintIds: readonly string[]) => {
        const links = await scoped(ctx, ComplaintPromise).find({ where: { complaintId: In([...complaintIds]) } });
        const promises = await CodePromiseService.loader(ctx).loadMany(links.map((l) => l.promiseId));
        const byId = new Map(promises.filter((p): p is CodePromise => p instanceof CodePromise).map((p) => [p.id, p]));
        return groupBy(complaintIds, links, (l) => l.complaintId).map((group) =>
          group
            .map((l) => byId.get(l.promiseId))
            .filter((p): p is CodePromise => !!p)
            .sort((a, b) => a.codeId.localeCompare(b.codeId) || a.key.localeCompare(b.key, undefined, { numeric: true })),
        );
      }),
    );
  }

  /** Every step of each complaint, oldest first. */
  static timeline(ctx: Context): DataLoader<string, ComplaintTimelineEntry[]> {
    return loader(ctx, 'complaint.timeline', () =>
      new DataLoader(async (complaintIds: readonly string[]) => {
        const entries = await scoped(ctx, ComplaintTimelineEntry).find({
          where: { complaintId: In([...complaintIds]) },
          order: { at: 'ASC', createdAt: 'ASC' },
        });
        return groupBy(complaintIds, entries, (e) => e.complaintId);
      }),
    );
  }

  /**
   * The complaints about each promise's lineage, newest first: a complaint linked to `P3` of
   * version 1 is also a complaint about `P3` of version 2, so a promise's record follows it
   * across versions.
   */
  static byPromiseLineage(ctx: Context): DataLoader<CodePromise, Complaint[], string> {
    return loader(ctx, 'complaint.byPromiseLineage', () =>
      new DataLoader(
        async (promises: readonly CodePromise[]) => {
          const rows: { complaintId: string; codeId: string; key: string }[] = await scoped(ctx, ComplaintPromise)
            .query('cp')
            .innerJoin(CodePromise, 'p', 'p.id = cp.promiseId')
            .andWhere('p.codeId IN (:...codeIds) AND p.key IN (:...keys)', {
              codeIds: [...new Set(promises.map((p) => p.codeId))],
              keys: [...new Set(promises.map((p) => p.key))],
            })
            .select('cp.complaintId', 'complaintId')
            .addSelect('p.codeId', 'codeId')
            .addSelect('p.key', 'key')
            .getRawMany();
          const complaints = await ComplaintLoaders.byId(ctx).loadMany([...new Set(rows.map((r) => r.complaintId))]);
          const byId = new Map(complaints.filter((c): c is Complaint => c instanceof Complaint).map((c) => [c.id, c]));
          return promises.map((promise) => {
            const lineage = lineageOf(promise);
            const ids = new Set(rows.filter((r) => lineageOf(r) === lineage).map((r) => r.complaintId));
            return [...ids].map((id) => byId.get(id)).filter((c): c is Complaint => !!c).sort(newestFirst);
          });
        },
        { cacheKeyFn: lineageOf },
      ),
    );
  }
}

import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Context } from '../../common/context';
import { loader } from '../../common/context';
import { groupBy } from '../../common/batching';
import { connectionLoader, type ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { byIdLoader, scoped } from '../../common/tenancy';
import { CodePromise, CodePromiseService, LINEAGE_SQL, lineageKey } from '../code';
import { Complaint } from './complaint.entity';
import { ComplaintPromise } from './complaint-promise.entity';
import { ComplaintTimelineEntry } from './complaint-timeline-entry.entity';

/** Per-request batch loaders for complaint relations (one query per relation and request). */
export class ComplaintLoaders {
  static byId(ctx: Context): DataLoader<string, Complaint | null> {
    return byIdLoader(ctx, Complaint);
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
   * A page of the complaints about each promise's lineage, newest first: a complaint linked to
   * `P3` of version 1 is also a complaint about `P3` of version 2, so a promise's record follows
   * it across versions.
   */
  static aboutPromise(ctx: Context, args: ConnectionArgs): DataLoader<CodePromise, ConnectionResult<Complaint>, string> {
    return connectionLoader(ctx, 'complaint.aboutPromise', args, {
      keyOf: lineageKey,
      direction: 'DESC',
      nodes: ComplaintLoaders.byId(ctx),
      source: (lineages) =>
        scoped(ctx, ComplaintPromise)
          .query('cp')
          .innerJoin(CodePromise, 'p', 'p.id = cp.promiseId')
          .innerJoin(Complaint, 'c', 'c.id = cp.complaintId')
          .andWhere(`${LINEAGE_SQL} IN (:...lineages)`, { lineages })
          .select(LINEAGE_SQL, 'parent')
          .addSelect('c.id', 'id')
          .addSelect('c.receivedAt', 'sort')
          .distinct(true),
    });
  }
}

import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Context } from '../../common/context';
import { groupBy } from '../../common/batching';
import { connectionLoader, type PageArgs, type ConnectionResult } from '../../common/pagination';
import { byIdLoader, scoped } from '../../common/tenancy';
import { CodePromise, lineageSql, promiseLineageKey } from '../code';
import { Complaint } from './complaint.entity';
import { ComplaintPromise } from './complaint-promise.entity';
import { ComplaintTimelineEntry } from './complaint-timeline-entry.entity';

/** The complaint module's loaders of a request (`ctx.loaders.complaint`): one query per relation and batch. */
export interface ComplaintLoaders {
  /** The promises each complaint concerns, ordered by code and key. */
  promises: DataLoader<string, CodePromise[]>;
  /** Every step of each complaint, oldest first. */
  timeline: DataLoader<string, ComplaintTimelineEntry[]>;
  /**
   * A page of the complaints about each promise's lineage, newest first: a complaint linked to
   * `P3` of version 1 is also a complaint about `P3` of version 2, so a promise's record follows
   * it across versions.
   */
  aboutPromise: (args: PageArgs) => DataLoader<CodePromise, ConnectionResult<Complaint>, string>;
}

declare module '../../common/context' {
  interface LoaderGroups {
    complaint: ComplaintLoaders;
  }
}

export function complaintLoaders(ctx: Context): ComplaintLoaders {
  return {
    promises: new DataLoader(async (complaintIds: readonly string[]) => {
      const links = await scoped(ctx, ComplaintPromise).find({ where: { complaintId: In([...complaintIds]) } });
      const promises = await byIdLoader(ctx, CodePromise).loadMany(links.map((l) => l.promiseId));
      const byId = new Map(promises.filter((p): p is CodePromise => p instanceof CodePromise).map((p) => [p.id, p]));
      return groupBy(complaintIds, links, (l) => l.complaintId).map((group) =>
        group
          .map((l) => byId.get(l.promiseId))
          .filter((p): p is CodePromise => !!p)
          .sort((a, b) => a.codeId.localeCompare(b.codeId) || a.key.localeCompare(b.key, undefined, { numeric: true })),
      );
    }),

    timeline: new DataLoader(async (complaintIds: readonly string[]) => {
      const entries = await scoped(ctx, ComplaintTimelineEntry).find({
        where: { complaintId: In([...complaintIds]) },
        order: { at: 'ASC', createdAt: 'ASC' },
      });
      return groupBy(complaintIds, entries, (e) => e.complaintId);
    }),

    aboutPromise: connectionLoader({
      keyOf: promiseLineageKey,
      direction: 'DESC',
      nodes: byIdLoader(ctx, Complaint),
      source: (lineages) =>
        scoped(ctx, ComplaintPromise)
          .query('cp')
          .innerJoin(CodePromise, 'p', 'p.id = cp.promiseId')
          .innerJoin(Complaint, 'c', 'c.id = cp.complaintId')
          .andWhere(`${lineageSql('p')} IN (:...lineages)`, { lineages })
          .select(lineageSql('p'), 'parent')
          .addSelect('c.id', 'id')
          .addSelect('c.receivedAt', 'sort')
          .distinct(true),
    }),
  };
}

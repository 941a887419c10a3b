import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Context } from '../../common/context';
import { groupBy } from '../../common/batching';
import { connectionLoader, type PageArgs, type ConnectionResult } from '../../common/pagination';
import { byIdLoader, scoped } from '../../common/tenancy';
import { fromJsonRow, type JsonRow } from '../../common/json-rows';
import { CodePromise, comparePromiseKeys, inLineages, lineageSql, parseLineageKey, promiseLineageKey } from '../code';
import { Complaint } from './complaint.entity';
import { ComplaintPromise } from './complaint-promise.entity';
import { ComplaintTimelineEntry } from './complaint-timeline-entry.entity';
import { ComplaintLetter } from './complaint-letter.entity';

/** The complaint module's loaders of a request (`ctx.loaders.complaint`): one query per relation and batch. */
export interface ComplaintLoaders {
  /** The promises each complaint concerns, ordered by code and key. */
  promises: DataLoader<string, CodePromise[]>;
  /** The letters sent about each complaint, oldest first. */
  letters: DataLoader<string, ComplaintLetter[]>;
  /** Every step of each complaint, oldest first. */
  timeline: DataLoader<string, ComplaintTimelineEntry[]>;
  /**
   * The steps of complaints read in the statement that read the complaint, by complaint id. Not
   * primed into {@link timeline}: a DataLoader answers even a primed key only when its batch is
   * dispatched, after the complaint's handler is asked for, whereas steps given at once have their
   * actors asked for in the same batch of members.
   */
  timelinesRead: Map<string, ComplaintTimelineEntry[]>;
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
    // One statement: the links with their promises (as JSON rows, no entity hydration), which also fill the promise by-id loader.
    promises: new DataLoader(async (complaintIds: readonly string[]) => {
      const raw = await scoped(ctx, CodePromise)
        .query('p')
        .innerJoin(ComplaintPromise, 'cp', 'cp.promiseId = p.id AND cp.organizationId = p.organizationId')
        .andWhere('cp.complaintId IN (:...complaintIds)', { complaintIds })
        .select('cp.complaintId', 'link_complaint_id')
        .addSelect('p.id', 'p_id')
        .addSelect('to_jsonb(p)', 'promise')
        .getRawMany<{ p_id: string; link_complaint_id: string; promise: JsonRow }>();
      const byPromiseId = byIdLoader(ctx, CodePromise);
      const byId = new Map<string, CodePromise>();
      for (const r of raw) {
        if (byId.has(r.p_id)) continue;
        const promise = fromJsonRow(ctx.db, CodePromise, r.promise);
        byId.set(r.p_id, promise);
        byPromiseId.prime(r.p_id, promise);
      }
      return groupBy(complaintIds, raw, (r) => r.link_complaint_id).map((group) =>
        group
          .map((r) => byId.get(r.p_id))
          .filter((p): p is CodePromise => !!p)
          .sort((a, b) => a.codeId.localeCompare(b.codeId) || comparePromiseKeys(a.key, b.key)),
      );
    }),

    timeline: new DataLoader(async (complaintIds: readonly string[]) => {
      const entries = await scoped(ctx, ComplaintTimelineEntry).find({
        where: { complaintId: In([...complaintIds]) },
        order: { at: 'ASC', createdAt: 'ASC' },
      });
      return groupBy(complaintIds, entries, (e) => e.complaintId);
    }),

    timelinesRead: new Map(),

    letters: new DataLoader(async (complaintIds: readonly string[]) => {
      const letters = await scoped(ctx, ComplaintLetter).find({
        where: { complaintId: In([...complaintIds]) },
        order: { sentAt: 'ASC', createdAt: 'ASC' },
      });
      const byId = byIdLoader(ctx, ComplaintLetter);
      for (const l of letters) byId.prime(l.id, l);
      return groupBy(complaintIds, letters, (l) => l.complaintId);
    }),

    aboutPromise: connectionLoader({
      keyOf: promiseLineageKey,
      direction: 'DESC',
      nodes: byIdLoader(ctx, Complaint),
      entity: Complaint,
      source: (keys) => {
        // A (code, key) match, which the promise index serves.
        const lineages = inLineages('p', 'key', keys.map(parseLineageKey));
        return scoped(ctx, ComplaintPromise)
          .query('cp')
          .innerJoin(CodePromise, 'p', 'p.id = cp.promiseId')
          .innerJoin(Complaint, 'c', 'c.id = cp.complaintId')
          .andWhere(lineages.where, lineages.params)
          .select(lineageSql('p'), 'parent')
          .addSelect('c.id', 'id')
          .addSelect('c.receivedAt', 'sort')
          .distinct(true);
      },
    }),
  };
}

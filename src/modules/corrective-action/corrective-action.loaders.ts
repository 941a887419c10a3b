import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Context } from '../../common/context';
import { loader } from '../../common/context';
import { groupBy } from '../../common/batching';
import { scoped } from '../../common/tenancy';
import { CodePromise } from '../code/code-promise.entity';
import { Complaint } from '../complaint/complaint.entity';
import { ComplaintLoaders, lineageOf } from '../complaint/complaint.loaders';
import { CorrectiveAction } from './corrective-action.entity';
import { CorrectiveActionComplaint } from './corrective-action-complaint.entity';

const byDueDay = (a: CorrectiveAction, b: CorrectiveAction) => a.dueOn.localeCompare(b.dueOn) || (a.id < b.id ? -1 : 1);
const present = <T>(value: T | null | undefined | Error): value is T => !!value && !(value instanceof Error);

/** Per-request batch loaders for corrective-action relations. */
export class CorrectiveActionLoaders {
  static byId(ctx: Context): DataLoader<string, CorrectiveAction | null> {
    return loader(ctx, 'correctiveAction.byId', () => new DataLoader((ids: readonly string[]) => scoped(ctx, CorrectiveAction).byIds(ids)));
  }

  /** The complaints each action answers, newest first. */
  static complaints(ctx: Context): DataLoader<string, Complaint[]> {
    return loader(ctx, 'correctiveAction.complaints', () =>
      new DataLoader(async (actionIds: readonly string[]) => {
        const links = await scoped(ctx, CorrectiveActionComplaint).find({ where: { correctiveActionId: In([...actionIds]) } });
        const complaints = (await ComplaintLoaders.byId(ctx).loadMany([...new Set(links.map((l) => l.complaintId))])).filter(present);
        const byId = new Map(complaints.map((c) => [c.id, c]));
        return groupBy(actionIds, links, (l) => l.correctiveActionId).map((group) =>
          group
            .map((l) => byId.get(l.complaintId))
            .filter(present)
            .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime()),
        );
      }),
    );
  }

  /** The actions answering each complaint, earliest due first. */
  static byComplaint(ctx: Context): DataLoader<string, CorrectiveAction[]> {
    return loader(ctx, 'correctiveAction.byComplaint', () =>
      new DataLoader(async (complaintIds: readonly string[]) => {
        const links = await scoped(ctx, CorrectiveActionComplaint).find({ where: { complaintId: In([...complaintIds]) } });
        const actions = (await CorrectiveActionLoaders.byId(ctx).loadMany([...new Set(links.map((l) => l.correctiveActionId))])).filter(present);
        const byId = new Map(actions.map((a) => [a.id, a]));
        return groupBy(complaintIds, links, (l) => l.complaintId).map((group) =>
          group
            .map((l) => byId.get(l.correctiveActionId))
            .filter(present)
            .sort(byDueDay),
        );
      }),
    );
  }

  /** The actions about each promise's lineage (the same key in every version of its code). */
  static byPromiseLineage(ctx: Context): DataLoader<CodePromise, CorrectiveAction[], string> {
    return loader(ctx, 'correctiveAction.byPromiseLineage', () =>
      new DataLoader(
        async (promises: readonly CodePromise[]) => {
          const rows: { id: string; codeId: string; key: string }[] = await scoped(ctx, CorrectiveAction)
            .query('a')
            .innerJoin(CodePromise, 'p', 'p.id = a.promiseId')
            .andWhere('p.codeId IN (:...codeIds) AND p.key IN (:...keys)', {
              codeIds: [...new Set(promises.map((p) => p.codeId))],
              keys: [...new Set(promises.map((p) => p.key))],
            })
            .select('a.id', 'id')
            .addSelect('p.codeId', 'codeId')
            .addSelect('p.key', 'key')
            .getRawMany();
          const actions = (await CorrectiveActionLoaders.byId(ctx).loadMany(rows.map((r) => r.id))).filter(present);
          const byId = new Map(actions.map((a) => [a.id, a]));
          return promises.map((promise) =>
            rows
              .filter((r) => lineageOf(r) === lineageOf(promise))
              .map((r) => byId.get(r.id))
              .filter(present)
              .sort(byDueDay),
          );
        },
        { cacheKeyFn: lineageOf },
      ),
    );
  }
}

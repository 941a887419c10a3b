import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { loader } from '../../common/context';
import { connectionLoader, type ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { scoped } from '../../common/tenancy';
import { CodePromise, LINEAGE_SQL, lineageKey } from '../code';
import { Complaint, ComplaintLoaders } from '../complaint';
import { CorrectiveAction } from './corrective-action.entity';
import { CorrectiveActionComplaint } from './corrective-action-complaint.entity';

/** Per-request batch loaders for corrective-action relations. */
export class CorrectiveActionLoaders {
  static byId(ctx: Context): DataLoader<string, CorrectiveAction | null> {
    return loader(ctx, 'correctiveAction.byId', () => new DataLoader((ids: readonly string[]) => scoped(ctx, CorrectiveAction).byIds(ids)));
  }

  /** A page of the complaints each action answers, newest first. */
  static complaints(ctx: Context, args: ConnectionArgs): DataLoader<string, ConnectionResult<Complaint>> {
    return connectionLoader(ctx, 'correctiveAction.complaints', args, {
      keyOf: (actionId: string) => actionId,
      direction: 'DESC',
      nodes: ComplaintLoaders.byId(ctx),
      source: (actionIds) =>
        scoped(ctx, CorrectiveActionComplaint)
          .query('l')
          .innerJoin(Complaint, 'c', 'c.id = l.complaintId')
          .andWhere('l.correctiveActionId IN (:...actionIds)', { actionIds })
          .select('l.correctiveActionId', 'parent')
          .addSelect('c.id', 'id')
          .addSelect('c.receivedAt', 'sort'),
    });
  }

  /** A page of the actions answering each complaint, earliest due first. */
  static byComplaint(ctx: Context, args: ConnectionArgs): DataLoader<string, ConnectionResult<CorrectiveAction>> {
    return connectionLoader(ctx, 'correctiveAction.byComplaint', args, {
      keyOf: (complaintId: string) => complaintId,
      direction: 'ASC',
      nodes: CorrectiveActionLoaders.byId(ctx),
      source: (complaintIds) =>
        scoped(ctx, CorrectiveActionComplaint)
          .query('l')
          .innerJoin(CorrectiveAction, 'a', 'a.id = l.correctiveActionId')
          .andWhere('l.complaintId IN (:...complaintIds)', { complaintIds })
          .select('l.complaintId', 'parent')
          .addSelect('a.id', 'id')
          .addSelect('a.dueOn', 'sort'),
    });
  }

  /** A page of the actions about each promise's lineage (the same key in every version of its code), earliest due first. */
  static byPromiseLineage(ctx: Context, args: ConnectionArgs): DataLoader<CodePromise, ConnectionResult<CorrectiveAction>, string> {
    return connectionLoader(ctx, 'correctiveAction.byPromiseLineage', args, {
      keyOf: lineageKey,
      direction: 'ASC',
      nodes: CorrectiveActionLoaders.byId(ctx),
      source: (lineages) =>
        scoped(ctx, CorrectiveAction)
          .query('a')
          .innerJoin(CodePromise, 'p', 'p.id = a.promiseId')
          .andWhere(`${LINEAGE_SQL} IN (:...lineages)`, { lineages })
          .select(LINEAGE_SQL, 'parent')
          .addSelect('a.id', 'id')
          .addSelect('a.dueOn', 'sort'),
    });
  }
}

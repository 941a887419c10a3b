import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { connectionLoader, linkedNodes, type ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { byIdLoader, scoped } from '../../common/tenancy';
import { CodePromise, LINEAGE_SQL, lineageKey } from '../code';
import { Complaint, ComplaintLoaders } from '../complaint';
import { CorrectiveAction } from './corrective-action.entity';
import { CorrectiveActionComplaint } from './corrective-action-complaint.entity';

/** Per-request batch loaders for corrective-action relations. */
export class CorrectiveActionLoaders {
  static byId(ctx: Context): DataLoader<string, CorrectiveAction | null> {
    return byIdLoader(ctx, CorrectiveAction);
  }

  /** A page of the complaints each action answers, newest first. */
  static complaints(ctx: Context, args: ConnectionArgs): DataLoader<string, ConnectionResult<Complaint>> {
    return connectionLoader(ctx, 'correctiveAction.complaints', args, {
      keyOf: (actionId: string) => actionId,
      direction: 'DESC',
      nodes: ComplaintLoaders.byId(ctx),
      source: linkedNodes(ctx, CorrectiveActionComplaint, Complaint, { parent: 'correctiveActionId', node: 'complaintId', sort: 'receivedAt' }),
    });
  }

  /** A page of the actions answering each complaint, earliest due first. */
  static byComplaint(ctx: Context, args: ConnectionArgs): DataLoader<string, ConnectionResult<CorrectiveAction>> {
    return connectionLoader(ctx, 'correctiveAction.byComplaint', args, {
      keyOf: (complaintId: string) => complaintId,
      direction: 'ASC',
      nodes: CorrectiveActionLoaders.byId(ctx),
      source: linkedNodes(ctx, CorrectiveActionComplaint, CorrectiveAction, { parent: 'complaintId', node: 'correctiveActionId', sort: 'dueOn' }),
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

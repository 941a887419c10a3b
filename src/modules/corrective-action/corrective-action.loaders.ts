import type DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { connectionLoader, linkedNodes, type PageArgs, type ConnectionResult } from '../../common/pagination';
import { byIdLoader, scoped } from '../../common/tenancy';
import { CodePromise, inLineages, lineageSql, parseLineageKey, promiseLineageKey } from '../code';
import { Complaint } from '../complaint';
import { CorrectiveAction } from './corrective-action.entity';
import { CorrectiveActionComplaint } from './corrective-action-complaint.entity';

/** The corrective-action module's loaders of a request (`ctx.loaders.correctiveAction`). */
export interface CorrectiveActionLoaders {
  /** A page of the complaints each action answers, newest first. */
  complaints: (args: PageArgs) => DataLoader<string, ConnectionResult<Complaint>, string>;
  /** A page of the actions answering each complaint, earliest due first. */
  byComplaint: (args: PageArgs) => DataLoader<string, ConnectionResult<CorrectiveAction>, string>;
  /** A page of the actions about each promise's lineage (the same key in every version of its code), earliest due first. */
  byPromiseLineage: (args: PageArgs) => DataLoader<CodePromise, ConnectionResult<CorrectiveAction>, string>;
}

declare module '../../common/context' {
  interface LoaderGroups {
    correctiveAction: CorrectiveActionLoaders;
  }
}

export function correctiveActionLoaders(ctx: Context): CorrectiveActionLoaders {
  return {
    complaints: connectionLoader({
      keyOf: (actionId: string) => actionId,
      direction: 'DESC',
      nodes: byIdLoader(ctx, Complaint),
      entity: Complaint,
      source: linkedNodes(ctx, CorrectiveActionComplaint, Complaint, { parent: 'correctiveActionId', node: 'complaintId', sort: 'receivedAt' }),
    }),

    byComplaint: connectionLoader({
      keyOf: (complaintId: string) => complaintId,
      direction: 'ASC',
      nodes: byIdLoader(ctx, CorrectiveAction),
      entity: CorrectiveAction,
      source: linkedNodes(ctx, CorrectiveActionComplaint, CorrectiveAction, { parent: 'complaintId', node: 'correctiveActionId', sort: 'dueOn' }),
    }),

    byPromiseLineage: connectionLoader({
      keyOf: promiseLineageKey,
      direction: 'ASC',
      nodes: byIdLoader(ctx, CorrectiveAction),
      entity: CorrectiveAction,
      source: (keys) => {
        // A (code, key) match, which the promise index serves.
        const lineages = inLineages('p', 'key', keys.map(parseLineageKey));
        return scoped(ctx, CorrectiveAction)
          .query('a')
          .innerJoin(CodePromise, 'p', 'p.id = a.promiseId')
          .andWhere(lineages.where, lineages.params)
          .select(lineageSql('p'), 'parent')
          .addSelect('a.id', 'id')
          .addSelect('a.dueOn', 'sort');
      },
    }),
  };
}

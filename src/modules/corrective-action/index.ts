import type { ModuleDefinition } from '../../common/module';
import { CorrectiveAction } from './corrective-action.entity';
import { CorrectiveActionComplaint } from './corrective-action-complaint.entity';
import { correctiveActionLoaders } from './corrective-action.loaders';
import { CodePromiseCorrectiveActionsResolver, ComplaintCorrectiveActionsResolver, CorrectiveActionResolver, EffectivenessCheckResolver } from './corrective-action.resolver';

/** The corrective-action module's public surface: what other modules (and the app) may use. */
export { CorrectiveActionComplaint } from './corrective-action-complaint.entity';
export { PENDING_STATUSES, actionOverdueCondition, isActionOverdue } from './corrective-action-lifecycle';
export { CorrectiveAction, CorrectiveActionKind, CorrectiveActionStatus } from './corrective-action.entity';
export { CorrectiveActionConnection } from './corrective-action.resolver';

export const correctiveActionModule: ModuleDefinition = {
  name: 'corrective-action',
  entities: [CorrectiveAction, CorrectiveActionComplaint],
  resolvers: [CodePromiseCorrectiveActionsResolver, ComplaintCorrectiveActionsResolver, CorrectiveActionResolver, EffectivenessCheckResolver],
  loaders: { correctiveAction: correctiveActionLoaders },
};

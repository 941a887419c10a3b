import type { ModuleDefinition } from '../../common/module';
import { ComplaintHooks } from '../complaint';
import { DisputesBody } from './disputes-body.entity';
import { DisputesCase } from './disputes-case.entity';
import { ComplaintDisputesResolver, DisputesBodyResolver, DisputesCaseResolver } from './disputes.resolver';
import { DisputesService } from './disputes.service';

/** The disputes module's public surface. */
export { DisputesBody } from './disputes-body.entity';
export { DisputesCase } from './disputes-case.entity';
export { DISPUTES_CASE_LIFECYCLE, OPEN_CASE_STATUSES } from './disputes-lifecycle';
export {
  AGAINST_ORGANIZATION,
  RATED_OUTCOMES,
  DisputesCaseOrigin,
  DisputesCaseStatus,
  DisputesOutcomeKind,
  FeeRefundRule,
  closingRequirements,
  feeRefundDue,
  overturnRate,
} from './disputes-rules';
export { DisputesService } from './disputes.service';

// Decision letters name the organisation's disputes body; an open case keeps the complaint's personal data.
ComplaintHooks.registerDisputesRoutes(DisputesService.route);
ComplaintHooks.registerAnonymisationGuard(DisputesService.assertMayAnonymise);
ComplaintHooks.registerAnonymisationEraser(DisputesService.forgetForwardingKey);

export const disputesModule: ModuleDefinition = {
  name: 'disputes',
  entities: [DisputesBody, DisputesCase],
  resolvers: [DisputesBodyResolver, DisputesCaseResolver, ComplaintDisputesResolver],
  loaders: { disputes: DisputesService.loaders },
};

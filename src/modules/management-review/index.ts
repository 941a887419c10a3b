import type { ModuleDefinition } from '../../common/module';
import { ManagementReview } from './management-review.entity';
import { ManagementReviewPreventiveAction } from './management-review-preventive-action.entity';
import { ManagementReviewResolver } from './management-review.resolver';
import { managementReviewLoaders } from './management-review.service';

/** The management-review module's public surface: what other modules (and the app) may use. */
export { ManagementReviewPreventiveAction } from './management-review-preventive-action.entity';
export { ManagementReview } from './management-review.entity';

export const managementReviewModule: ModuleDefinition = {
  name: 'management-review',
  entities: [ManagementReview, ManagementReviewPreventiveAction],
  resolvers: [ManagementReviewResolver],
  loaders: { managementReview: managementReviewLoaders },
};

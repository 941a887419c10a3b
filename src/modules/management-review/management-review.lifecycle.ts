import { AppError, ErrorCode } from '../../common/errors';
import { Lifecycle } from '../../common/lifecycle';
import { ManagementReviewStatus } from './management-review.entity';

const { DRAFT, SIGNED } = ManagementReviewStatus;

/** A management review is prepared as a DRAFT and signed once; SIGNED is final. */
export const MANAGEMENT_REVIEW_LIFECYCLE = new Lifecycle<ManagementReviewStatus>('ManagementReview', {
  [DRAFT]: [SIGNED],
  [SIGNED]: [],
});

/** Only a DRAFT review changes; anything else is refused with INVALID_TRANSITION naming its state. */
export function assertDraft(review: { id: string; status: ManagementReviewStatus }): void {
  if (review.status === DRAFT) return;
  throw new AppError(`Management review ${review.id} is ${review.status}: a signed review can no longer be changed`, ErrorCode.INVALID_TRANSITION, {
    entity: 'ManagementReview',
    from: review.status,
    editableIn: [DRAFT],
  });
}

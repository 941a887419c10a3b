import { Lifecycle } from '../../common/lifecycle';
import { DisputesCaseStatus as S } from './disputes-rules';

/** The stages of a disputes-body case: a case may end (withdrawn, settled, inadmissible) before the organisation responds. */
export const DISPUTES_CASE_LIFECYCLE = new Lifecycle<S>('DisputesCase', {
  [S.OPEN]: [S.RESPONDED, S.DECIDED],
  [S.RESPONDED]: [S.DECIDED],
  [S.DECIDED]: [S.CLOSED],
  [S.CLOSED]: [],
});

/** Stages in which the case is open: the complaint may not be anonymised. */
export const OPEN_CASE_STATUSES: readonly S[] = [S.OPEN, S.RESPONDED, S.DECIDED];

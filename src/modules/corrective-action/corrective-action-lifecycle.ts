import { Lifecycle } from '../../common/lifecycle';
import { CorrectiveActionStatus as S } from './corrective-action.entity';

/** The corrective-action lifecycle (DESIGN §2): not closed until its effectiveness is checked. */
export const CORRECTIVE_ACTION_LIFECYCLE = new Lifecycle<S>('CorrectiveAction', {
  [S.OPEN]: [S.IN_PROGRESS, S.CANCELLED],
  [S.IN_PROGRESS]: [S.DONE, S.CANCELLED],
  [S.DONE]: [S.VERIFIED_EFFECTIVE, S.NOT_EFFECTIVE],
  [S.NOT_EFFECTIVE]: [S.IN_PROGRESS, S.CANCELLED],
  [S.VERIFIED_EFFECTIVE]: [],
  [S.CANCELLED]: [],
});

/** Statuses in which the work is still to be done: these can be overdue, and can be edited. */
export const PENDING_STATUSES: readonly S[] = [S.OPEN, S.IN_PROGRESS, S.NOT_EFFECTIVE];

/** Whether an action's work is late: pending and due before today (the organisation's local date). */
export function isActionOverdue(action: { status: S; dueOn: string }, today: string): boolean {
  return PENDING_STATUSES.includes(action.status) && action.dueOn < today;
}

/**
 * {@link isActionOverdue} as a SQL condition on a corrective-action alias of a query builder; it
 * needs the parameter `:today` (the organisation's local date). The statuses are constants.
 */
export const actionOverdueCondition = (alias: string) =>
  `(${alias}.status IN (${PENDING_STATUSES.map((s) => `'${s}'`).join(', ')}) AND ${alias}.dueOn < :today)`;

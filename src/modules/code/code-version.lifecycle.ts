import { DateTime } from 'luxon';
import { AppError, ErrorCode } from '../../common/errors';
import { Lifecycle } from '../../common/lifecycle';
import { CodeVersionStatus } from './code-version.entity';

const { DRAFT, IN_REVIEW, APPROVED, PUBLISHED, SUPERSEDED, WITHDRAWN } = CodeVersionStatus;

/**
 * The code-version lifecycle: DRAFT → IN_REVIEW → APPROVED → PUBLISHED → SUPERSEDED. Top management
 * sends a version in review (or approved but not yet published) back to DRAFT, and withdraws any
 * version that is not finished yet. SUPERSEDED and WITHDRAWN are final.
 */
export const CODE_VERSION_TRANSITIONS: Readonly<Record<CodeVersionStatus, readonly CodeVersionStatus[]>> = {
  [DRAFT]: [IN_REVIEW, WITHDRAWN],
  [IN_REVIEW]: [APPROVED, DRAFT, WITHDRAWN],
  [APPROVED]: [PUBLISHED, DRAFT, WITHDRAWN],
  [PUBLISHED]: [SUPERSEDED, WITHDRAWN],
  [SUPERSEDED]: [],
  [WITHDRAWN]: [],
};

/** States a version being worked on is in: a code has at most one such version at a time. */
export const IN_PROGRESS_STATUSES: readonly CodeVersionStatus[] = [DRAFT, IN_REVIEW, APPROVED];

const lifecycle = new Lifecycle<CodeVersionStatus>('CodeVersion', CODE_VERSION_TRANSITIONS);

export function allowedTransitions(from: CodeVersionStatus): readonly CodeVersionStatus[] {
  return lifecycle.next(from);
}

/** Refuses a move the lifecycle does not allow with INVALID_TRANSITION naming both states. */
export function assertTransition(from: CodeVersionStatus, to: CodeVersionStatus): void {
  lifecycle.assert(from, to);
}

/**
 * Only a DRAFT version (its fields, promises and requirement links) may change. Anything else is
 * refused with INVALID_TRANSITION naming the state the version is in.
 */
export function assertEditable(status: CodeVersionStatus, version: number): void {
  if (status === DRAFT) return;
  throw new AppError(`Code version ${version} is ${status}: only a DRAFT version can be changed`, ErrorCode.INVALID_TRANSITION, {
    entity: 'CodeVersion',
    from: status,
    editableIn: [DRAFT],
  });
}

/** Months between publication and the next review of a code version, unless set otherwise. */
export const REVIEW_INTERVAL_MONTHS = 12;

/**
 * The default review date of a version published at `publishedAt`: the same calendar day
 * {@link REVIEW_INTERVAL_MONTHS} months later in the organisation's time zone (a 29 February
 * publication is due on 28 February).
 */
export function defaultNextReviewDue(publishedAt: Date, timezone: string): string {
  return DateTime.fromJSDate(publishedAt, { zone: timezone }).plus({ months: REVIEW_INTERVAL_MONTHS }).toISODate()!;
}

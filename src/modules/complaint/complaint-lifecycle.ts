import { Lifecycle } from '../../common/lifecycle';
import { ComplaintStatus } from './complaint.entity';

/** The complaint lifecycle of the complaints procedure (DESIGN §3). */
export const COMPLAINT_LIFECYCLE = new Lifecycle<ComplaintStatus>('Complaint', {
  // ESCALATED straight from RECEIVED: a complaint a disputes body forwarded, never registered before.
  [ComplaintStatus.RECEIVED]: [ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.ESCALATED],
  [ComplaintStatus.ACKNOWLEDGED]: [ComplaintStatus.IN_PROGRESS],
  [ComplaintStatus.IN_PROGRESS]: [ComplaintStatus.RESOLVED],
  [ComplaintStatus.RESOLVED]: [ComplaintStatus.CLOSED, ComplaintStatus.ESCALATED],
  [ComplaintStatus.ESCALATED]: [ComplaintStatus.CLOSED],
  // A complainant may go to a disputes body after the organisation closed the complaint (once: a complaint has one case).
  [ComplaintStatus.CLOSED]: [ComplaintStatus.ESCALATED],
});

/**
 * Most timeline entries a complaint can have (the hard cap on `Complaint.timeline` and
 * `Complaint.letters`): one per status entered, each at most once, except CLOSED, entered a second
 * time when the complaint goes to a disputes body after closure (CLOSED → ESCALATED → CLOSED; a
 * complaint has at most one disputes-body case).
 */
export const MAX_TIMELINE_ENTRIES = Object.keys(ComplaintStatus).length + 1;

/** Statuses of a complaint the organisation still has to resolve. */
export const UNRESOLVED_STATUSES: readonly ComplaintStatus[] = [ComplaintStatus.RECEIVED, ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.IN_PROGRESS];

/** Statuses in which the organisation has decided on the complaint. */
export const DECIDED_STATUSES: readonly ComplaintStatus[] = [ComplaintStatus.RESOLVED, ComplaintStatus.ESCALATED, ComplaintStatus.CLOSED];

export interface ComplaintDeadlines {
  acknowledgementDueAt: Date;
  acknowledgedAt: Date | null;
  resolutionDueAt: Date;
  resolvedAt: Date | null;
}

/**
 * Whether a complaint missed a deadline: each step is compared by the time it was done, or by
 * `now` while it is not done yet. A complaint resolved late therefore stays overdue (it was
 * handled late); `acknowledgedOnTime` and `resolvedOnTime` tell which step was late.
 */
export function isOverdue(c: ComplaintDeadlines, now: Date): boolean {
  return (c.acknowledgedAt ?? now) > c.acknowledgementDueAt || (c.resolvedAt ?? now) > c.resolutionDueAt;
}

/** {@link isOverdue} as a SQL condition on a complaint alias of a query builder. */
export const overdueCondition = (alias: string) =>
  `(coalesce(${alias}.acknowledgedAt, now()) > ${alias}.acknowledgementDueAt OR coalesce(${alias}.resolvedAt, now()) > ${alias}.resolutionDueAt)`;

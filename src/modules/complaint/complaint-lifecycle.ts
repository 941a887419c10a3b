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
  // Reopening (reopenComplaint only, with a reason); a complainant may also go to a disputes body after the
  // organisation closed the complaint (once: a complaint has one case).
  [ComplaintStatus.CLOSED]: [ComplaintStatus.IN_PROGRESS, ComplaintStatus.ESCALATED],
});

/** How often a complaint may be reopened after closing. */
export const MAX_REOPENINGS = 3;
/** How often a complaint's resolution term may be extended (the total is bounded too: `maxExtension`). */
export const MAX_EXTENSIONS = 3;
/** How often a complaint's handling may be paused. */
export const MAX_PAUSES = 5;

/**
 * Most timeline entries a complaint can have (the hard cap on `Complaint.timeline` and
 * `Complaint.letters`): one per status entered, CLOSED a second time when the complaint goes to a
 * disputes body after closure (CLOSED → ESCALATED → CLOSED; a complaint has at most one case); each
 * reopening adds at most four (REOPENED, RESOLVED, ESCALATED, CLOSED); the employee concerned is
 * informed once; each extension one entry, each pause two.
 */
export const MAX_TIMELINE_ENTRIES = Object.keys(ComplaintStatus).length + 1 + 4 * MAX_REOPENINGS + 1 + MAX_EXTENSIONS + 2 * MAX_PAUSES;

/** Statuses of a complaint the organisation still has to resolve. */
export const UNRESOLVED_STATUSES: readonly ComplaintStatus[] = [ComplaintStatus.RECEIVED, ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.IN_PROGRESS];

/** Statuses in which the organisation has decided on the complaint. */
export const DECIDED_STATUSES: readonly ComplaintStatus[] = [ComplaintStatus.RESOLVED, ComplaintStatus.ESCALATED, ComplaintStatus.CLOSED];

/** Statuses in which handling may be paused, or the resolution term extended. */
export const PAUSABLE_STATUSES: readonly ComplaintStatus[] = [ComplaintStatus.ACKNOWLEDGED, ComplaintStatus.IN_PROGRESS];

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

export interface WorkingDeadlines {
  acknowledgementDueAt: Date;
  acknowledgedAt: Date | null;
  resolutionDueAt: Date;
  /** Null while never moved: the resolution deadline itself. */
  workingResolutionDueAt: Date | null;
  resolvedAt: Date | null;
  pausedAt: Date | null;
}

/**
 * Whether a complaint is past a deadline it works to (`Complaint.isOverdue`, the overdue lists):
 * like {@link isOverdue}, but the resolution compared with the working deadline (extensions and
 * paused working days included), and while paused by the instant the pause began (its clock
 * stands still). The statistics keep {@link isOverdue} and the original deadline.
 */
export function isPastWorkingDeadline(c: WorkingDeadlines, now: Date): boolean {
  return (c.acknowledgedAt ?? now) > c.acknowledgementDueAt || (c.resolvedAt ?? c.pausedAt ?? now) > (c.workingResolutionDueAt ?? c.resolutionDueAt);
}

/** {@link isPastWorkingDeadline} as a SQL condition on a complaint alias of a query builder. */
export const workingOverdueCondition = (alias: string) =>
  `(coalesce(${alias}.acknowledgedAt, now()) > ${alias}.acknowledgementDueAt OR coalesce(${alias}.resolvedAt, ${alias}.pausedAt, now()) > coalesce(${alias}.workingResolutionDueAt, ${alias}.resolutionDueAt))`;

import { COMPLAINT_LIFECYCLE, isOverdue } from '../../src/modules/complaint/complaint-lifecycle';
import { ComplaintStatus as C } from '../../src/modules/complaint/complaint.entity';
import { CORRECTIVE_ACTION_LIFECYCLE, isActionOverdue } from '../../src/modules/corrective-action/corrective-action-lifecycle';
import { CorrectiveActionStatus as A } from '../../src/modules/corrective-action/corrective-action.entity';
import { InvalidTransitionError } from '../../src/common/errors';

const pairs = <S extends string>(statuses: S[]) => statuses.flatMap((from) => statuses.map((to) => [from, to] as const));

describe('complaint lifecycle', () => {
  const allowed = new Set([
    'RECEIVED>ACKNOWLEDGED',
    'RECEIVED>ESCALATED',
    'ACKNOWLEDGED>IN_PROGRESS',
    'IN_PROGRESS>RESOLVED',
    'RESOLVED>CLOSED',
    'RESOLVED>ESCALATED',
    'ESCALATED>CLOSED',
    // Reopening, with a reason (reopenComplaint).
    'CLOSED>IN_PROGRESS',
    'CLOSED>ESCALATED',
  ]);

  it.each(pairs(Object.values(C)))('%s → %s is allowed exactly when the procedure says so', (from, to) => {
    expect(COMPLAINT_LIFECYCLE.can(from, to)).toBe(allowed.has(`${from}>${to}`));
  });

  it('refuses an illegal step with INVALID_TRANSITION naming both states and the allowed ones', () => {
    let error: unknown;
    try {
      COMPLAINT_LIFECYCLE.assert(C.ACKNOWLEDGED, C.CLOSED);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidTransitionError);
    expect((error as InvalidTransitionError).message).toBe('Complaint cannot go from ACKNOWLEDGED to CLOSED (allowed from ACKNOWLEDGED: IN_PROGRESS)');
    expect((error as InvalidTransitionError).extensions).toMatchObject({ code: 'INVALID_TRANSITION', from: 'ACKNOWLEDGED', to: 'CLOSED', allowed: ['IN_PROGRESS'] });
  });

  it('has no final status: a CLOSED complaint can be reopened, or still go to a disputes body (once: a complaint has one case)', () => {
    expect(COMPLAINT_LIFECYCLE.final).toEqual([]);
    expect(COMPLAINT_LIFECYCLE.next(C.CLOSED)).toEqual([C.IN_PROGRESS, C.ESCALATED]);
  });
});

describe('complaint overdue rule', () => {
  const due = { acknowledgementDueAt: new Date('2026-01-16T22:59:59.999Z'), resolutionDueAt: new Date('2026-01-26T22:59:59.999Z') };
  const at = (iso: string) => new Date(iso);

  it('is not overdue before the deadlines', () => {
    expect(isOverdue({ ...due, acknowledgedAt: null, resolvedAt: null }, at('2026-01-16T22:59:59.999Z'))).toBe(false);
  });

  it('is overdue once the acknowledgement deadline passes without acknowledgement', () => {
    expect(isOverdue({ ...due, acknowledgedAt: null, resolvedAt: null }, at('2026-01-16T23:00:00.000Z'))).toBe(true);
  });

  it('compares a done step by when it was done, not by now', () => {
    const onTime = { ...due, acknowledgedAt: at('2026-01-15T10:00:00Z'), resolvedAt: at('2026-01-20T10:00:00Z') };
    expect(isOverdue(onTime, at('2027-01-01T00:00:00Z'))).toBe(false);
    const lateAcknowledgement = { ...onTime, acknowledgedAt: at('2026-01-19T10:00:00Z') };
    expect(isOverdue(lateAcknowledgement, at('2026-01-20T10:00:00Z'))).toBe(true);
  });

  it('is overdue when the resolution deadline passes unresolved, even if acknowledged in time', () => {
    expect(isOverdue({ ...due, acknowledgedAt: at('2026-01-15T10:00:00Z'), resolvedAt: null }, at('2026-01-27T00:00:00Z'))).toBe(true);
  });
});

describe('corrective-action lifecycle', () => {
  const allowed = new Set([
    'OPEN>IN_PROGRESS',
    'OPEN>CANCELLED',
    'IN_PROGRESS>DONE',
    'IN_PROGRESS>CANCELLED',
    'DONE>VERIFIED_EFFECTIVE',
    'DONE>NOT_EFFECTIVE',
    'NOT_EFFECTIVE>IN_PROGRESS',
    'NOT_EFFECTIVE>CANCELLED',
  ]);

  it.each(pairs(Object.values(A)))('%s → %s is allowed exactly as designed', (from, to) => {
    expect(CORRECTIVE_ACTION_LIFECYCLE.can(from, to)).toBe(allowed.has(`${from}>${to}`));
  });

  it('closes only by a positive effectiveness check or a cancellation; a DONE action cannot be cancelled', () => {
    expect(CORRECTIVE_ACTION_LIFECYCLE.final.sort()).toEqual([A.CANCELLED, A.VERIFIED_EFFECTIVE]);
    expect(() => CORRECTIVE_ACTION_LIFECYCLE.assert(A.DONE, A.CANCELLED)).toThrow('CorrectiveAction cannot go from DONE to CANCELLED');
  });

  it('is overdue only while its work is pending and its due day has passed', () => {
    expect(isActionOverdue({ status: A.OPEN, dueOn: '2026-01-14' }, '2026-01-15')).toBe(true);
    expect(isActionOverdue({ status: A.OPEN, dueOn: '2026-01-15' }, '2026-01-15')).toBe(false);
    expect(isActionOverdue({ status: A.NOT_EFFECTIVE, dueOn: '2026-01-01' }, '2026-01-15')).toBe(true);
    expect(isActionOverdue({ status: A.DONE, dueOn: '2026-01-01' }, '2026-01-15')).toBe(false);
    expect(isActionOverdue({ status: A.CANCELLED, dueOn: '2026-01-01' }, '2026-01-15')).toBe(false);
  });
});

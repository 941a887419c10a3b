import { ComplaintOutcome as O } from '../../src/modules/complaint/complaint.entity';
import { DISPUTES_CASE_LIFECYCLE } from '../../src/modules/disputes/disputes-lifecycle';
import { DisputesCaseStatus as S, FeeRefundRule, closingRequirements, feeRefundDue, overturnRate } from '../../src/modules/disputes/disputes-rules';
import { InvalidTransitionError } from '../../src/common/errors';

const pairs = <T extends string>(values: T[]) => values.flatMap((from) => values.map((to) => [from, to] as const));

describe('disputes-body case lifecycle', () => {
  const allowed = new Set(['OPEN>RESPONDED', 'OPEN>DECIDED', 'RESPONDED>DECIDED', 'DECIDED>CLOSED']);

  it.each(pairs(Object.values(S)))('%s → %s is allowed exactly when the stages say so', (from, to) => {
    expect(DISPUTES_CASE_LIFECYCLE.can(from, to)).toBe(allowed.has(`${from}>${to}`));
    if (!allowed.has(`${from}>${to}`)) expect(() => DISPUTES_CASE_LIFECYCLE.assert(from, to)).toThrow(InvalidTransitionError);
  });

  it('ends only in CLOSED', () => {
    expect(DISPUTES_CASE_LIFECYCLE.final).toEqual([S.CLOSED]);
  });
});

describe('fee refund rule', () => {
  it.each([
    [FeeRefundRule.WHEN_UPHELD, 4900, O.UPHELD, true],
    [FeeRefundRule.WHEN_UPHELD, 4900, O.PARTIALLY_UPHELD, true],
    [FeeRefundRule.WHEN_UPHELD, 4900, O.REJECTED, false],
    [FeeRefundRule.WHEN_UPHELD, 4900, O.SETTLED, false],
    [FeeRefundRule.WHEN_UPHELD, 4900, O.INADMISSIBLE, false],
    [FeeRefundRule.WHEN_UPHELD, 0, O.UPHELD, false],
    [FeeRefundRule.WHEN_UPHELD, null, O.UPHELD, false],
    [FeeRefundRule.NONE, 4900, O.UPHELD, false],
  ])('%s with a fee of %p and outcome %s: refund due %p', (rule, fee, outcome, due) => {
    expect(feeRefundDue(rule, fee, outcome)).toBe(due);
  });
});

describe('what closing a decided case needs', () => {
  const binding = (outcome: O, feeRefundDue = false) => ({ outcome, binding: true, feeRefundDue });
  const advisory = (outcome: O) => ({ outcome, binding: false, feeRefundDue: false });

  it('a binding ruling against the organisation needs proof of compliance, and the refund when due', () => {
    expect(closingRequirements(binding(O.UPHELD, true), null)).toEqual({ adviceResponse: false, compliance: true, feeRefund: true });
    expect(closingRequirements(binding(O.PARTIALLY_UPHELD), null)).toEqual({ adviceResponse: false, compliance: true, feeRefund: false });
  });

  it('a settlement is carried out like a ruling, whatever the kind of body', () => {
    expect(closingRequirements(binding(O.SETTLED), null).compliance).toBe(true);
    expect(closingRequirements(advisory(O.SETTLED), null)).toEqual({ adviceResponse: false, compliance: true, feeRefund: false });
  });

  it('nothing to carry out when the complaint is rejected, inadmissible or withdrawn', () => {
    for (const outcome of [O.REJECTED, O.INADMISSIBLE, O.WITHDRAWN]) {
      expect(closingRequirements(binding(outcome), null)).toEqual({ adviceResponse: false, compliance: false, feeRefund: false });
      expect(closingRequirements(advisory(outcome), null)).toEqual({ adviceResponse: false, compliance: false, feeRefund: false });
    }
  });

  it('advice against the organisation needs its answer; proof only when it follows the advice', () => {
    expect(closingRequirements(advisory(O.UPHELD), null)).toEqual({ adviceResponse: true, compliance: false, feeRefund: false });
    expect(closingRequirements(advisory(O.UPHELD), false)).toEqual({ adviceResponse: true, compliance: false, feeRefund: false });
    expect(closingRequirements(advisory(O.UPHELD), true)).toEqual({ adviceResponse: true, compliance: true, feeRefund: false });
  });

  it('a body whose kind was never configured counts as binding', () => {
    expect(closingRequirements({ outcome: O.UPHELD, binding: null, feeRefundDue: false }, null)).toEqual({ adviceResponse: false, compliance: true, feeRefund: false });
  });
});

describe('overturn rate', () => {
  it('is the share of rated cases decided against the organisation; SETTLED is rated, not overturned', () => {
    expect(overturnRate([O.UPHELD, O.PARTIALLY_UPHELD, O.REJECTED, O.SETTLED])).toEqual({ rated: 4, overturned: 2, rate: 0.5 });
  });

  it('leaves out undecided, inadmissible and withdrawn cases', () => {
    expect(overturnRate([null, O.INADMISSIBLE, O.WITHDRAWN, O.UPHELD])).toEqual({ rated: 1, overturned: 1, rate: 1 });
    expect(overturnRate([null, O.WITHDRAWN])).toEqual({ rated: 0, overturned: 0, rate: null });
  });
});

import { ComplaintOutcome } from '../complaint';

/**
 * The rules of a disputes-body case, as pure functions (unit-tested in test/unit/disputes-rules.test.ts).
 */

export enum DisputesOutcomeKind {
  BINDING = 'BINDING',
  ADVISORY = 'ADVISORY',
}

export enum FeeRefundRule {
  /** The body charges no fee, or its fee is never refunded. */
  NONE = 'NONE',
  /** The complainant's fee is refunded when the complaint is upheld, wholly or partly. */
  WHEN_UPHELD = 'WHEN_UPHELD',
}

export enum DisputesCaseStatus {
  /** Lodged with the body; the organisation's response is due. */
  OPEN = 'OPEN',
  /** The organisation responded to the body. */
  RESPONDED = 'RESPONDED',
  /** The body's outcome is known; what it requires is not yet shown done. */
  DECIDED = 'DECIDED',
  /** Finished: the ruling complied with (or nothing to comply with), the fee refunded when due. */
  CLOSED = 'CLOSED',
}

export enum DisputesCaseOrigin {
  /** The complainant went to the body after the organisation's decision. */
  AFTER_RESOLUTION = 'AFTER_RESOLUTION',
  /** The complainant went to the body after the organisation closed the complaint. */
  AFTER_CLOSURE = 'AFTER_CLOSURE',
  /** The body forwarded a complaint the organisation never registered. */
  FORWARDED = 'FORWARDED',
}

/** Outcomes decided against the organisation: they count in the overturn rate's numerator. */
export const AGAINST_ORGANIZATION: readonly ComplaintOutcome[] = [ComplaintOutcome.UPHELD, ComplaintOutcome.PARTIALLY_UPHELD];

/**
 * Outcomes that count in the overturn rate's denominator: the body decided the dispute (upheld,
 * partly upheld, rejected) or it ended in a settlement, which is a case the organisation did not
 * lose. Inadmissible and withdrawn cases never came to a finding and are left out.
 */
export const RATED_OUTCOMES: readonly ComplaintOutcome[] = [...AGAINST_ORGANIZATION, ComplaintOutcome.REJECTED, ComplaintOutcome.SETTLED];

/** Outcomes that oblige the organisation to do something (a ruling against it, or what it settled on). */
const TO_CARRY_OUT: readonly ComplaintOutcome[] = [...AGAINST_ORGANIZATION, ComplaintOutcome.SETTLED];

/** Whether the complainant's fee is to be refunded under the body's rule for this outcome. */
export function feeRefundDue(rule: FeeRefundRule, feeCents: number | null, outcome: ComplaintOutcome): boolean {
  return rule === FeeRefundRule.WHEN_UPHELD && (feeCents ?? 0) > 0 && AGAINST_ORGANIZATION.includes(outcome);
}

/** What closing a decided case needs. */
export interface ClosingRequirements {
  /** Whether the organisation must say if it follows the advice (advisory body, advice against it). */
  adviceResponse: boolean;
  /** Whether proof of compliance is needed (given `adviceFollowed` for an advisory body). */
  compliance: boolean;
  /** Whether the fee refund must be recorded. */
  feeRefund: boolean;
}

/**
 * What a decided case needs before it closes. A binding ruling (or a settlement) that asks
 * something of the organisation needs proof of compliance; advice against the organisation needs
 * its answer (follow or decline), and proof once it follows; a fee due for refund needs the refund.
 * `binding` null (a body whose kind was never configured) counts as binding: the cautious reading.
 */
export function closingRequirements(c: { outcome: ComplaintOutcome; binding: boolean | null; feeRefundDue: boolean }, adviceFollowed: boolean | null): ClosingRequirements {
  const advisory = c.binding === false;
  const asksSomething = TO_CARRY_OUT.includes(c.outcome);
  const adviceResponse = advisory && AGAINST_ORGANIZATION.includes(c.outcome);
  const compliance = asksSomething && (!advisory || c.outcome === ComplaintOutcome.SETTLED || adviceFollowed === true);
  return { adviceResponse, compliance, feeRefund: c.feeRefundDue };
}

/** The share of rated cases decided against the organisation, null when none is rated. */
export function overturnRate(outcomes: readonly (ComplaintOutcome | null)[]): { rated: number; overturned: number; rate: number | null } {
  const rated = outcomes.filter((o): o is ComplaintOutcome => o !== null && RATED_OUTCOMES.includes(o)).length;
  const overturned = outcomes.filter((o): o is ComplaintOutcome => o !== null && AGAINST_ORGANIZATION.includes(o)).length;
  return { rated, overturned, rate: rated === 0 ? null : overturned / rated };
}

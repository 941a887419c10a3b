import { registerEnumType } from 'type-graphql';
import { KpiStatus } from '../kpi';

/** Whether the organisation can show that it keeps a promise (the rule: {@link promiseStatus}). */
export enum PromiseStatus {
  KEPT = 'KEPT',
  AT_RISK = 'AT_RISK',
  BROKEN = 'BROKEN',
  NO_DATA = 'NO_DATA',
}
registerEnumType(PromiseStatus, {
  name: 'PromiseStatus',
  description: 'Whether a promise is kept, judged on its KPIs, complaints and corrective actions (rule in README, "Monitoring").',
  valuesConfig: {
    KEPT: { description: 'The evidence shows the promise is kept.' },
    AT_RISK: {
      description:
        'Warning signs: a KPI at risk, a fifth or more of the decided complaints upheld, late handling, overdue or ineffective actions, or a breaking figure on too few complaints to judge.',
    },
    BROKEN: {
      description:
        "The promise is not kept: a KPI off track, half or more of the complaints decided in the period upheld, or handling mostly late (the organisation's thresholds, on enough complaints).",
    },
    NO_DATA: {
      description: 'Nothing to judge by: no KPI measured for its latest period and no complaint received or decided in the period.',
    },
  },
});

/** What the status of one promise is judged on (see README, "Monitoring"). */
export interface PromiseEvidence {
  /**
   * The active KPIs of the promise lineage with their current status (the KPI module's rule); the
   * name null for a caller who may not read KPIs (its reason then says "a KPI").
   */
  kpis: readonly { name: string | null; status: KpiStatus }[];
  complaints: {
    /** Received in the period. */
    received: number;
    /** Decided in the period: resolved with outcome UPHELD, PARTIALLY_UPHELD or REJECTED (a withdrawn complaint is not decided). */
    decided: number;
    /** Of those decided, outcome UPHELD or PARTIALLY_UPHELD. */
    upheld: number;
    /**
     * Of those decided and not upheld, the ones a disputes body overturned (found for the
     * complainant): they count as upheld.
     */
    overturned: number;
  };
  /**
   * The timeliness of complaint handling this promise answers for: all complaints about the code
   * for the complaint-handling promise the organisation names, the promise's own complaints when
   * it names none; null for the other promises when it names one.
   */
  handling: HandlingEvidence | null;
  correctiveActions: {
    /** Pending and due before today. */
    overdue: number;
    /** Checked and found not effective, not taken up again yet. */
    notEffective: number;
  };
}

/** How timely complaints were handled: steps rated (done, or missing past the deadline) and the share on time. */
export interface HandlingEvidence {
  /** Not resolved yet and past a deadline, whenever received. */
  overdue: number;
  /** Acknowledgements of the complaints received in the period; rate null when none could be rated. */
  acknowledgement: { rated: number; rate: number | null };
  /** Resolutions of the complaints received in the period, likewise. */
  resolution: { rated: number; rate: number | null };
}

export interface PromiseAssessment {
  status: PromiseStatus;
  /** Human-readable, worst first. */
  reasons: string[];
}

/** The thresholds of the rule, set per organisation (`promiseStatusPolicy`). */
export interface PromiseStatusThresholds {
  /** Upheld share (of the complaints decided in the period) from which a promise is BROKEN. */
  upheldShareBrokenFrom: number;
  /** Fewer upheld complaints than this never break a promise. */
  upheldComplaintsBrokenFrom: number;
  /** Upheld share from which a promise is AT_RISK. */
  upheldShareAtRiskFrom: number;
  /** On-time rate (acknowledgement or resolution) below which a promise is BROKEN. */
  onTimeMinimum: number;
  /** On-time rate below which a promise is AT_RISK. */
  onTimeTarget: number;
  /** Fewer decided (for the upheld share) or rated (for an on-time rate) complaints than this are too few to break a promise. */
  minimumRated: number;
}

/**
 * The thresholds when an organisation sets none: those of the first rule (half upheld and at least
 * three, a fifth, 80 % and 90 % on time), and at least three complaints behind a rate.
 */
export const DEFAULT_THRESHOLDS: Readonly<PromiseStatusThresholds> = Object.freeze({
  upheldShareBrokenFrom: 0.5,
  upheldComplaintsBrokenFrom: 3,
  upheldShareAtRiskFrom: 0.2,
  onTimeMinimum: 0.8,
  onTimeTarget: 0.9,
  minimumRated: 3,
});

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** A rate as a percentage rounded down to one decimal, so a rate just below a limit never reads as the limit. */
const percent = (rate: number) => `${Math.floor(rate * 1000) / 10} %`;

/**
 * The status of a promise and the reasons for it, with the organisation's thresholds `t`:
 *
 * - the upheld share is (upheld + overturned by a disputes body) / decided, over the complaints
 *   decided in the period (complaints still open do not dilute it);
 * - BROKEN when any KPI is OFF_TRACK; when at least `minimumRated` complaints were decided, at
 *   least `upheldComplaintsBrokenFrom` upheld and the upheld share is at least
 *   `upheldShareBrokenFrom`; or when at least `minimumRated` steps are rated and the
 *   acknowledgement or resolution on-time rate is below `onTimeMinimum`;
 * - otherwise AT_RISK when any KPI is AT_RISK, the upheld share is at least
 *   `upheldShareAtRiskFrom` (also when too few were decided to break it: the reason then says
 *   "too few to judge"), an on-time rate is below `onTimeTarget` (likewise), a complaint is
 *   overdue, or a corrective action is overdue or was found not effective;
 * - otherwise NO_DATA when no KPI has a measurement for its latest period and no complaint was
 *   received or decided in the period;
 * - otherwise KEPT.
 *
 * Timeliness (on-time rates, overdue complaints) is judged only where `handling` is given. A
 * BROKEN or AT_RISK promise lists every finding, the BROKEN ones first.
 */
export function promiseStatus(evidence: PromiseEvidence, t: PromiseStatusThresholds = DEFAULT_THRESHOLDS): PromiseAssessment {
  const { kpis, complaints, handling, correctiveActions } = evidence;
  const broken: string[] = [];
  const atRisk: string[] = [];
  const tooFew = (n: number, what: string) => `too few to judge (${n} ${what}, minimum ${t.minimumRated})`;

  for (const kpi of kpis) {
    const named = kpi.name === null ? 'A KPI' : `KPI '${kpi.name}'`;
    if (kpi.status === KpiStatus.OFF_TRACK) broken.push(`${named} OFF_TRACK`);
    if (kpi.status === KpiStatus.AT_RISK) atRisk.push(`${named} AT_RISK`);
  }

  const judged = complaints.upheld + complaints.overturned;
  const decided = Math.max(complaints.decided, judged);
  const upheldShare = decided > 0 ? judged / decided : 0;
  const overturned = complaints.overturned > 0 ? ` (${complaints.overturned} overturned by a disputes body)` : '';
  const upheld = `${judged} of ${plural(decided, 'complaint', 'complaints')} decided in the period upheld${overturned}: ${percent(upheldShare)}`;
  if (decided >= t.minimumRated && judged >= t.upheldComplaintsBrokenFrom && upheldShare >= t.upheldShareBrokenFrom) {
    broken.push(`${upheld} (maximum ${percent(t.upheldShareBrokenFrom)})`);
  } else if (judged > 0 && decided < t.minimumRated && upheldShare >= t.upheldShareBrokenFrom) {
    atRisk.push(`${upheld}: ${tooFew(decided, 'decided')}`);
  } else if (judged > 0 && upheldShare >= t.upheldShareAtRiskFrom) {
    atRisk.push(`${upheld} (target below ${percent(t.upheldShareAtRiskFrom)})`);
  }

  if (handling) {
    for (const [step, { rated, rate }] of [
      ['Acknowledgement', handling.acknowledgement],
      ['Resolution', handling.resolution],
    ] as const) {
      if (rate === null) continue;
      const onTime = `${step} on time ${percent(rate)} of ${rated} rated`;
      if (rate < t.onTimeMinimum && rated >= t.minimumRated) broken.push(`${onTime} (minimum ${percent(t.onTimeMinimum)})`);
      else if (rate < t.onTimeMinimum) atRisk.push(`${onTime}: ${tooFew(rated, 'rated')}`);
      else if (rate < t.onTimeTarget) atRisk.push(`${onTime} (target ${percent(t.onTimeTarget)})`);
    }
    if (handling.overdue > 0) atRisk.push(`${plural(handling.overdue, 'complaint', 'complaints')} overdue`);
  }
  if (correctiveActions.overdue > 0) atRisk.push(`${plural(correctiveActions.overdue, 'corrective action', 'corrective actions')} overdue`);
  if (correctiveActions.notEffective > 0) {
    atRisk.push(`${plural(correctiveActions.notEffective, 'corrective action', 'corrective actions')} not effective`);
  }

  if (broken.length) return { status: PromiseStatus.BROKEN, reasons: [...broken, ...atRisk] };
  if (atRisk.length) return { status: PromiseStatus.AT_RISK, reasons: atRisk };

  const measured = kpis.filter((k) => k.status !== KpiStatus.NO_DATA).length;
  if (measured === 0 && complaints.received === 0 && decided === 0) {
    return {
      status: PromiseStatus.NO_DATA,
      reasons: ['No KPI measured for its latest period and no complaint received or decided in the period'],
    };
  }
  const reasons: string[] = [];
  if (measured > 0) reasons.push(`${plural(measured, 'KPI', 'KPIs')} ON_TRACK`);
  if (complaints.received > 0 || decided > 0) {
    const upheldPart = judged > 0 ? `${judged} upheld (${percent(upheldShare)})` : 'none upheld';
    reasons.push(`${plural(complaints.received, 'complaint', 'complaints')} received and ${decided} decided in the period, ${upheldPart}`);
  }
  if (handling?.acknowledgement.rate != null)
    reasons.push(`Acknowledgement on time ${percent(handling.acknowledgement.rate)} of ${handling.acknowledgement.rated} rated`);
  if (handling?.resolution.rate != null) reasons.push(`Resolution on time ${percent(handling.resolution.rate)} of ${handling.resolution.rated} rated`);
  return { status: PromiseStatus.KEPT, reasons };
}

/** From worst to best: a code is only as good as its worst promise, and unproven is worse than kept. */
export const STATUS_SEVERITY: readonly PromiseStatus[] = [PromiseStatus.BROKEN, PromiseStatus.AT_RISK, PromiseStatus.NO_DATA, PromiseStatus.KEPT];

/** The status of a code: the worst of its promises' statuses; NO_DATA without promises. */
export function rolledUpStatus(statuses: readonly PromiseStatus[]): PromiseStatus {
  return STATUS_SEVERITY.find((s) => statuses.includes(s)) ?? PromiseStatus.NO_DATA;
}

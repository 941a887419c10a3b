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
      description: 'Warning signs: a KPI at risk, a fifth or more of the complaints upheld, late handling, overdue or ineffective actions.',
    },
    BROKEN: {
      description: 'The promise is not kept: a KPI off track, half or more of the complaints upheld (at least 3), or handling mostly late.',
    },
    NO_DATA: {
      description: 'Nothing to judge by: no KPI measured for its latest period and no complaint in the period.',
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
    /** Of those, outcome UPHELD or PARTIALLY_UPHELD. */
    upheld: number;
    /** Not resolved yet and past a deadline, whenever received. */
    overdue: number;
    /** Share acknowledged on time of those received in the period, null when none could be rated. */
    acknowledgementOnTimeRate: number | null;
    /** Share resolved on time of those received in the period, null when none could be rated. */
    resolutionOnTimeRate: number | null;
  };
  correctiveActions: {
    /** Pending and due before today. */
    overdue: number;
    /** Checked and found not effective, not taken up again yet. */
    notEffective: number;
  };
}

export interface PromiseAssessment {
  status: PromiseStatus;
  /** Human-readable, worst first. */
  reasons: string[];
}

/**
 * Share of the complaints received in the period that were upheld (or partially upheld) from which
 * a promise counts as BROKEN, provided at least {@link UPHELD_COMPLAINTS_BROKEN_FROM} were: the
 * share, not the count, so that a promise many customers rely on is judged like a rarely used one.
 */
export const UPHELD_SHARE_BROKEN_FROM = 0.5;
/** Fewer upheld complaints than this are never enough to call a promise BROKEN. */
export const UPHELD_COMPLAINTS_BROKEN_FROM = 3;
/** Upheld share from which a promise counts as AT_RISK. */
export const UPHELD_SHARE_AT_RISK_FROM = 0.2;
/** On-time rate (acknowledgement or resolution) below which a promise counts as BROKEN. */
export const ON_TIME_MINIMUM = 0.8;
/** On-time rate below which a promise counts as AT_RISK. */
export const ON_TIME_TARGET = 0.9;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** A rate as a percentage rounded down to one decimal, so a rate just below a limit never reads as the limit. */
const percent = (rate: number) => `${Math.floor(rate * 1000) / 10} %`;

/**
 * The status of a promise and the reasons for it:
 *
 * - BROKEN when any KPI is OFF_TRACK, when at least {@link UPHELD_COMPLAINTS_BROKEN_FROM} and at
 *   least {@link UPHELD_SHARE_BROKEN_FROM} of the complaints received in the period were upheld or
 *   partially upheld, or when the acknowledgement or resolution on-time rate is below
 *   {@link ON_TIME_MINIMUM};
 * - otherwise AT_RISK when any KPI is AT_RISK, at least {@link UPHELD_SHARE_AT_RISK_FROM} of the
 *   complaints received in the period were upheld or partially upheld, an on-time rate is below
 *   {@link ON_TIME_TARGET}, any complaint is overdue, or any corrective action is overdue or was
 *   found not effective;
 * - otherwise NO_DATA when no KPI has a measurement for its latest period and no complaint was
 *   received in the period;
 * - otherwise KEPT.
 *
 * A BROKEN or AT_RISK promise lists every finding, the BROKEN ones first.
 */
export function promiseStatus(evidence: PromiseEvidence): PromiseAssessment {
  const { kpis, complaints, correctiveActions } = evidence;
  const broken: string[] = [];
  const atRisk: string[] = [];

  for (const kpi of kpis) {
    const named = kpi.name === null ? 'A KPI' : `KPI '${kpi.name}'`;
    if (kpi.status === KpiStatus.OFF_TRACK) broken.push(`${named} OFF_TRACK`);
    if (kpi.status === KpiStatus.AT_RISK) atRisk.push(`${named} AT_RISK`);
  }
  const upheldShare = complaints.received > 0 ? complaints.upheld / complaints.received : 0;
  const upheld = `${complaints.upheld} of ${plural(complaints.received, 'complaint', 'complaints')} upheld or partially upheld: ${percent(upheldShare)}`;
  if (complaints.upheld >= UPHELD_COMPLAINTS_BROKEN_FROM && upheldShare >= UPHELD_SHARE_BROKEN_FROM) {
    broken.push(`${upheld} (maximum ${percent(UPHELD_SHARE_BROKEN_FROM)})`);
  } else if (complaints.upheld > 0 && upheldShare >= UPHELD_SHARE_AT_RISK_FROM) {
    atRisk.push(`${upheld} (target below ${percent(UPHELD_SHARE_AT_RISK_FROM)})`);
  }
  for (const [step, rate] of [
    ['Acknowledgement', complaints.acknowledgementOnTimeRate],
    ['Resolution', complaints.resolutionOnTimeRate],
  ] as const) {
    if (rate === null) continue;
    if (rate < ON_TIME_MINIMUM) broken.push(`${step} on time ${percent(rate)} (minimum ${percent(ON_TIME_MINIMUM)})`);
    else if (rate < ON_TIME_TARGET) atRisk.push(`${step} on time ${percent(rate)} (target ${percent(ON_TIME_TARGET)})`);
  }
  if (complaints.overdue > 0) atRisk.push(`${plural(complaints.overdue, 'complaint', 'complaints')} overdue`);
  if (correctiveActions.overdue > 0) atRisk.push(`${plural(correctiveActions.overdue, 'corrective action', 'corrective actions')} overdue`);
  if (correctiveActions.notEffective > 0) {
    atRisk.push(`${plural(correctiveActions.notEffective, 'corrective action', 'corrective actions')} not effective`);
  }

  if (broken.length) return { status: PromiseStatus.BROKEN, reasons: [...broken, ...atRisk] };
  if (atRisk.length) return { status: PromiseStatus.AT_RISK, reasons: atRisk };

  const measured = kpis.filter((k) => k.status !== KpiStatus.NO_DATA).length;
  if (measured === 0 && complaints.received === 0) {
    return {
      status: PromiseStatus.NO_DATA,
      reasons: ['No KPI measured for its latest period and no complaint received in the period'],
    };
  }
  const reasons: string[] = [];
  if (measured > 0) reasons.push(`${plural(measured, 'KPI', 'KPIs')} ON_TRACK`);
  if (complaints.received > 0) {
    const upheldPart = complaints.upheld > 0 ? `${complaints.upheld} upheld (${percent(upheldShare)}), none overdue` : 'none upheld or overdue';
    reasons.push(`${plural(complaints.received, 'complaint', 'complaints')} received in the period, ${upheldPart}`);
  }
  if (complaints.acknowledgementOnTimeRate !== null) reasons.push(`Acknowledgement on time ${percent(complaints.acknowledgementOnTimeRate)}`);
  if (complaints.resolutionOnTimeRate !== null) reasons.push(`Resolution on time ${percent(complaints.resolutionOnTimeRate)}`);
  return { status: PromiseStatus.KEPT, reasons };
}

/** From worst to best: a code is only as good as its worst promise, and unproven is worse than kept. */
export const STATUS_SEVERITY: readonly PromiseStatus[] = [PromiseStatus.BROKEN, PromiseStatus.AT_RISK, PromiseStatus.NO_DATA, PromiseStatus.KEPT];

/** The status of a code: the worst of its promises' statuses; NO_DATA without promises. */
export function rolledUpStatus(statuses: readonly PromiseStatus[]): PromiseStatus {
  return STATUS_SEVERITY.find((s) => statuses.includes(s)) ?? PromiseStatus.NO_DATA;
}

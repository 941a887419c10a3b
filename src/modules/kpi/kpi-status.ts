import { KpiFrequency, latestExpectedPeriod, periodContaining, periodsBetween, shiftPeriod, type Period } from './kpi-period';

export enum KpiDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}

export enum KpiStatus {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
  NO_DATA = 'NO_DATA',
}

export enum KpiTrend {
  IMPROVING = 'IMPROVING',
  STABLE = 'STABLE',
  WORSENING = 'WORSENING',
}

/** What a KPI aims at: `target` is where it should be, `threshold` the edge of acceptable. */
export interface KpiNorm {
  direction: KpiDirection;
  target: number;
  threshold: number;
}

export interface MeasuredValue {
  periodStart: string;
  periodEnd: string;
  value: number;
}

/**
 * Where a value stands against the norm. HIGHER_IS_BETTER: ON_TRACK at or above the target,
 * AT_RISK from the threshold up to the target, OFF_TRACK below the threshold. LOWER_IS_BETTER is
 * the mirror: ON_TRACK at or below the target, AT_RISK up to and including the threshold,
 * OFF_TRACK above it.
 */
export function assessValue(norm: KpiNorm, value: number): Exclude<KpiStatus, KpiStatus.NO_DATA> {
  const better = norm.direction === KpiDirection.HIGHER_IS_BETTER ? 1 : -1;
  if (better * (value - norm.target) >= 0) return KpiStatus.ON_TRACK;
  if (better * (value - norm.threshold) >= 0) return KpiStatus.AT_RISK;
  return KpiStatus.OFF_TRACK;
}

/**
 * The KPI's status on `today`: the assessment of its latest measurement, or NO_DATA when that
 * measurement is older than the latest expected period (see {@link latestExpectedPeriod}).
 */
export function kpiStatus(norm: KpiNorm & { frequency: KpiFrequency }, latest: MeasuredValue | null, today: string): KpiStatus {
  const expected = latestExpectedPeriod(norm.frequency, today);
  if (!latest || latest.periodEnd < expected.end) return KpiStatus.NO_DATA;
  return assessValue(norm, latest.value);
}

/** Share of the at-risk band (|target − threshold|) a change must exceed to count as a trend. */
export const TREND_TOLERANCE = 0.1;

/**
 * The direction a KPI is moving in over the last `periods` periods, ending with the latest expected
 * period (or the latest measured one when that is later). A straight line is fitted through the
 * measurements of those periods (least squares, x = period number, so missing periods leave gaps
 * rather than squeezing the line); its change across the window is compared with a tenth of the
 * at-risk band: larger in the better direction is IMPROVING, in the worse direction WORSENING,
 * otherwise STABLE. Null when fewer than two of those periods have a measurement.
 */
export function kpiTrend(
  norm: KpiNorm & { frequency: KpiFrequency },
  measurements: readonly MeasuredValue[],
  today: string,
  periods: number,
): KpiTrend | null {
  const expected = latestExpectedPeriod(norm.frequency, today);
  const latest = measurements.reduce<MeasuredValue | null>((a, m) => (!a || m.periodStart > a.periodStart ? m : a), null);
  const last: Period = latest && latest.periodEnd > expected.end ? periodContaining(norm.frequency, latest.periodStart) : expected;
  const first = shiftPeriod(norm.frequency, last, -(periods - 1));
  const points = measurements
    .filter((m) => m.periodStart >= first.start && m.periodEnd <= last.end)
    .map((m) => ({ x: periodsBetween(norm.frequency, first, { start: m.periodStart, end: m.periodEnd }), y: m.value }));
  if (points.length < 2) return null;
  const meanX = points.reduce((s, p) => s + p.x, 0) / points.length;
  const meanY = points.reduce((s, p) => s + p.y, 0) / points.length;
  const slope = points.reduce((s, p) => s + (p.x - meanX) * (p.y - meanY), 0) / points.reduce((s, p) => s + (p.x - meanX) ** 2, 0);
  const change = slope * (periods - 1) * (norm.direction === KpiDirection.HIGHER_IS_BETTER ? 1 : -1);
  const tolerance = TREND_TOLERANCE * Math.abs(norm.target - norm.threshold);
  if (change > tolerance) return KpiTrend.IMPROVING;
  if (change < -tolerance) return KpiTrend.WORSENING;
  return KpiTrend.STABLE;
}

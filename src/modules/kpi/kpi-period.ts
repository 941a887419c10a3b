import { type DateTime } from 'luxon';
import { formatLocalDate, parseLocalDate } from '../../common/local-date';

/** How often a KPI is measured; each measurement covers exactly one calendar period of this length. */
export enum KpiFrequency {
  WEEKLY = 'WEEKLY',
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  HALF_YEARLY = 'HALF_YEARLY',
  YEARLY = 'YEARLY',
}

/** A calendar period, both days included. */
export interface Period {
  start: string;
  end: string;
}

const MONTHS: Record<Exclude<KpiFrequency, KpiFrequency.WEEKLY>, number> = {
  [KpiFrequency.MONTHLY]: 1,
  [KpiFrequency.QUARTERLY]: 3,
  [KpiFrequency.HALF_YEARLY]: 6,
  [KpiFrequency.YEARLY]: 12,
};

function startOf(frequency: KpiFrequency, day: DateTime): DateTime {
  if (frequency === KpiFrequency.WEEKLY) return day.startOf('week'); // ISO week: Monday to Sunday
  const months = MONTHS[frequency];
  return day.startOf('month').set({ month: Math.floor((day.month - 1) / months) * months + 1 });
}

function step(frequency: KpiFrequency, n: number): { weeks: number } | { months: number } {
  return frequency === KpiFrequency.WEEKLY ? { weeks: n } : { months: n * MONTHS[frequency] };
}

/** The period of this frequency that contains `date` (weeks are ISO weeks, the others calendar months, quarters, halves and years). */
export function periodContaining(frequency: KpiFrequency, date: string): Period {
  const start = startOf(frequency, parseLocalDate(date));
  return { start: formatLocalDate(start), end: formatLocalDate(start.plus(step(frequency, 1)).minus({ days: 1 })) };
}

/** The period `n` periods after `period` (before it when `n` is negative). */
export function shiftPeriod(frequency: KpiFrequency, period: Period, n: number): Period {
  return periodContaining(frequency, formatLocalDate(parseLocalDate(period.start).plus(step(frequency, n))));
}

/**
 * The latest period a KPI is expected to have a measurement for on `today`: the most recent period
 * that ended before today (on 15 March a MONTHLY KPI is expected to have February, a QUARTERLY one
 * the fourth quarter of last year).
 */
export function latestExpectedPeriod(frequency: KpiFrequency, today: string): Readonly<Period> {
  const key = `${frequency} ${today}`;
  let period = expectedPeriods.get(key);
  if (!period) {
    // A few keys a day (one per frequency); a dashboard of hundreds of KPIs asks for the same ones.
    if (expectedPeriods.size >= 64) expectedPeriods.clear();
    period = Object.freeze(shiftPeriod(frequency, periodContaining(frequency, today), -1));
    expectedPeriods.set(key, period);
  }
  return period;
}

const expectedPeriods = new Map<string, Readonly<Period>>();

/** True when `start`–`end` is exactly one period of this frequency. */
export function isPeriod(frequency: KpiFrequency, period: Period): boolean {
  const p = periodContaining(frequency, period.start);
  return p.start === period.start && p.end === period.end;
}

/** How many periods `later` lies after `earlier` (both must be periods of this frequency). */
export function periodsBetween(frequency: KpiFrequency, earlier: Period, later: Period): number {
  const a = parseLocalDate(earlier.start);
  const b = parseLocalDate(later.start);
  if (frequency === KpiFrequency.WEEKLY) return Math.round(b.diff(a, 'weeks').weeks);
  return Math.round(b.diff(a, 'months').months / MONTHS[frequency]);
}

import type { Context } from '../../common/context';
import { todayIn } from '../../common/local-date';
import { BadUserInputError } from '../../common/errors';
import { scoped } from '../../common/tenancy';
import { readTogether } from '../../common/statement-batch';
import { keptOrComputed } from './monitoring-cache';
import { OrganizationService } from '../organization';
import { Complaint, ComplaintCategory, ComplaintChannel, ComplaintOutcome } from '../complaint';
import { comparePromiseKeys } from '../code';
import { CorrectiveActionKind } from '../corrective-action';
import { customerSatisfactionOfYear } from '../survey';
import { handlingRates, type HandlingRateColumns } from './monitoring-sql';
import {
  actionYears,
  handlingPercentiles,
  lineageYears,
  monthFigures,
  recurringRootCauses,
  yearClocks,
  nextYearClockChange,
  withDisputes,
  promiseCountOf,
  type ActionRow,
  type PromiseRow,
  type LineageYearRow,
  type RootCauseRow,
  type HandlingPercentileRow,
  type MonthFigureRow,
  type YearClockRow,
} from './monitoring-rollups';
import { calendarYear, type PeriodBounds } from './reporting-period';
import {
  FIRST_YEAR,
  LAST_YEAR,
  type ComplaintAnalysis,
  type ComplaintYearFigures,
  type FigureChange,
  type HandlingTime,
  type OutcomeCount,
} from './complaint-analysis.types';

const CATEGORIES = Object.values(ComplaintCategory);
const CHANNELS = Object.values(ComplaintChannel);
const OUTCOMES = Object.values(ComplaintOutcome);
const KINDS = Object.values(CorrectiveActionKind);
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

export interface YearRow extends HandlingRateColumns {
  year: number;
  received: number;
  resolved: number;
  unresolved: number;
  overdue: number;
  upheld: number;
  partiallyUpheld: number;
  unclassified: number;
  withoutPromise: number;
  ackMeasured: number;
  ackMedian: number | null;
  ackP90: number | null;
  resMeasured: number;
  resMedian: number | null;
  resP90: number | null;
  escalated: number;
  escalationPending: number;
  escalationDecided: number;
  escalationBinding: number;
  escalationOverturned: number;
  satisfactionRated: number;
  satisfactionAverage: number | null;
  [categoryColumn: string]: number | null;
}

export interface BreakdownRow {
  year: number;
  dimension: 'channel' | 'month' | 'outcome' | 'escalationOutcome';
  channel: ComplaintChannel | null;
  month: number | null;
  outcome: ComplaintOutcome | null;
  escalationOutcome: ComplaintOutcome | null;
  complaints: number;
  upheld: number;
}

export type { ActionRow, PromiseRow, RootCauseRow };

/** The year's complaints, as they stand now, for the analysis and its comparison. */
interface YearData {
  year: number;
  period: PeriodBounds;
  totals?: YearRow;
  breakdowns: BreakdownRow[];
  promises: PromiseRow[];
  actions: ActionRow[];
  rootCauses: RootCauseRow[];
}

/**
 * The quality manager's annual complaint analysis over the complaints received in the calendar
 * year (organisation's time zone) and the actions opened in it, both years at once, read from the
 * monitoring rollups (`monitoring-rollups.ts`): six reads over a few hundred summed rows, sent as
 * one statement (`readTogether`), however many complaints or promises there are, equal to a
 * direct count. The result is plain data, so a management review can keep it as a snapshot. With
 * the monitoring cache on (`MONITORING_CACHE_ENTRIES`), an analysis of the same year and date kept
 * under the organisation's current change stamp, none of whose deadlines has passed since, is the
 * answer (one statement: the organisation with its stamp).
 */
export class ComplaintAnalysisService {
  /**
   * `customerSatisfaction: false` leaves the survey figures out (two statements fewer): for a
   * GraphQL request that does not select them. Snapshots and downloads keep them.
   */
  static async analysis(ctx: Context, year: number, { customerSatisfaction: withSatisfaction = true } = {}): Promise<ComplaintAnalysis> {
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
      throw BadUserInputError.field('year', `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`);
    }
    // The complaint and action figures, kept while current (the monitoring cache); the survey figures are read anew.
    const analysis = await keptOrComputed(
      ctx,
      'complaintAnalysis',
      ({ organization }) => [year, todayIn(organization.timezone)],
      () => ComplaintAnalysisService.figures(ctx, year),
    );
    if (!withSatisfaction) return analysis;
    const { timezone, surveyPolicy } = await OrganizationService.current(ctx);
    const organizationId = scoped(ctx, Complaint).organizationId;
    const customerSatisfaction = await customerSatisfactionOfYear(ctx, organizationId, timezone, calendarYear(year, timezone), surveyPolicy.minimumResponses);
    return { ...analysis, customerSatisfaction };
  }

  /**
   * The analysis's figures from the rollups, in one statement after the organisation (read with
   * the stamp already, or now), with the first deadline ahead.
   */
  private static async figures(ctx: Context, year: number): Promise<{ value: ComplaintAnalysis; nextChangeAt: number | null }> {
    const { timezone } = await OrganizationService.current(ctx);
    const previous = calendarYear(year - 1, timezone);
    const organizationId = scoped(ctx, Complaint).organizationId;
    const years = [year - 1, year];
    const today = todayIn(timezone);
    const to = `${year + 1}-01-01`;
    // Six reads of the rollups and the next deadline in one statement (inside a mutation, a management review, on its transaction's connection).
    const [months, clocks, percentiles, lineages, actions, rootCauses, [next]] = await readTogether<
      [MonthFigureRow, YearClockRow, HandlingPercentileRow, LineageYearRow, ActionRow, RootCauseRow, { at: number | null }]
    >(ctx, [
      monthFigures(organizationId, previous.from, to),
      yearClocks(organizationId, previous.from, to),
      handlingPercentiles(organizationId, years),
      lineageYears(organizationId, years),
      actionYears(organizationId, years, today),
      recurringRootCauses(organizationId, years),
      nextYearClockChange(organizationId, previous.from, to),
    ]);
    const promises: PromiseRow[] = withDisputes(lineages);
    const totals = years.map((y) => yearRow(y, months, clocks, percentiles)).filter((r): r is YearRow => r !== undefined);
    const value = assembleAnalysis(year, timezone, {
      totals,
      breakdowns: breakdownRows(months),
      promises,
      actions,
      rootCauses,
    });
    return { value, nextChangeAt: next?.at ?? null };
  }
}

/** The rows an analysis of two years is made of (the rollups' reading, or the direct count's in the tests). */
export interface AnalysisRows {
  totals: YearRow[];
  breakdowns: BreakdownRow[];
  promises: PromiseRow[];
  actions: ActionRow[];
  rootCauses: RootCauseRow[];
}

/** The analysis of `year`, with the year before, from its rows. */
export function assembleAnalysis(year: number, timezone: string, { totals, breakdowns, promises, actions, rootCauses }: AnalysisRows): ComplaintAnalysis {
  const current = calendarYear(year, timezone);
  const previous = calendarYear(year - 1, timezone);
  const data = (y: number, period: PeriodBounds): YearData => ({
    year: y,
    period,
    totals: totals.find((r) => r.year === y),
    breakdowns: breakdowns.filter((r) => r.year === y),
    promises: promises.filter((r) => r.year === y),
    actions: actions.filter((r) => r.year === y),
    rootCauses: rootCauses.filter((r) => r.year === y),
  });
  const thisYear = figures(data(year, current));
  const lastYear = figures(data(year - 1, previous));
  return {
    ...thisYear,
    previousYear: lastYear,
    changes: changes(thisYear, lastYear),
  };
}

/** The figures of one year from the month rows, or undefined when no complaint was received in it. */
function yearRow(year: number, months: MonthFigureRow[], clocks: YearClockRow[], percentiles: HandlingPercentileRow[]): YearRow | undefined {
  const sums = new Map<string, number>();
  for (const r of months) if (r.year === year) sums.set(r.figure, (sums.get(r.figure) ?? 0) + r.n);
  const f = (figure: string) => sums.get(figure) ?? 0;
  if (f('received') === 0) return undefined;
  const clock = clocks.find((r) => r.year === year);
  const step = (s: 'a' | 'r') => percentiles.find((r) => r.year === year && r.step === s);
  const rate = (onTime: number, rated: number) => (rated === 0 ? null : onTime / rated);
  const ackRated = f('ack_done') + (clock?.ackLate ?? 0);
  const ackOnTime = f('ack_done_on_time') + (clock?.ackLateOnTime ?? 0);
  const resRated = f('res_done') + (clock?.resLate ?? 0);
  const resOnTime = f('res_done_on_time') + (clock?.resLateOnTime ?? 0);
  const row: YearRow = {
    year,
    received: f('received'),
    resolved: f('resolved'),
    unresolved: f('unresolved'),
    overdue: clock?.overdue ?? 0,
    upheld: f('upheld'),
    partiallyUpheld: f('partially_upheld'),
    unclassified: f('unclassified'),
    withoutPromise: f('without_promise'),
    ackMeasured: f('ack_done'),
    ackMedian: step('a')?.median ?? null,
    ackP90: step('a')?.p90 ?? null,
    resMeasured: f('res_done'),
    resMedian: step('r')?.median ?? null,
    resP90: step('r')?.p90 ?? null,
    escalated: f('escalated'),
    escalationPending: f('escalation_pending'),
    escalationDecided: f('escalation_decided'),
    escalationBinding: f('escalation_binding'),
    escalationOverturned: f('escalation_overturned'),
    satisfactionRated: f('satisfaction_rated'),
    satisfactionAverage: roundedAverage(f('satisfaction_sum'), f('satisfaction_rated')),
    ackRated,
    ackOnTime,
    ackRate: rate(ackOnTime, ackRated),
    resRated,
    resOnTime,
    resRate: rate(resOnTime, resRated),
  };
  for (const category of CATEGORIES) {
    row[`category_${category}`] = f(`category:${category}`);
    row[`categoryUpheld_${category}`] = f(`category_upheld:${category}`);
  }
  return row;
}

/**
 * `round(avg(x), 2)` of integers as PostgreSQL gives it (the exact quotient rounded half away
 * from zero to two decimals), in integer arithmetic; null when nothing is counted.
 */
function roundedAverage(sum: number, count: number): number | null {
  if (count === 0) return null;
  const cents = Math.floor((200 * sum + count) / (2 * count));
  return cents / 100;
}

/** The channel, month, outcome and committee-outcome rows of the years from the month rows. */
function breakdownRows(months: MonthFigureRow[]): BreakdownRow[] {
  const rows = new Map<string, BreakdownRow>();
  const add = (year: number, dimension: BreakdownRow['dimension'], value: string | number | null, complaints: number, upheld: number) => {
    const id = `${year}|${dimension}|${value}`;
    const row = rows.get(id) ?? {
      year,
      dimension,
      channel: dimension === 'channel' ? (value as ComplaintChannel) : null,
      month: dimension === 'month' ? (value as number) : null,
      outcome: dimension === 'outcome' ? (value as ComplaintOutcome | null) : null,
      escalationOutcome: dimension === 'escalationOutcome' ? (value as ComplaintOutcome) : null,
      complaints: 0,
      upheld: 0,
    };
    row.complaints += complaints;
    row.upheld += upheld;
    rows.set(id, row);
  };
  for (const { year, month, figure, n } of months) {
    const [name, value] = figure.split(':');
    if (figure === 'received') add(year, 'month', month, n, 0);
    else if (figure === 'upheld') add(year, 'month', month, 0, n);
    else if (name === 'channel') add(year, 'channel', value, n, 0);
    else if (name === 'channel_upheld') add(year, 'channel', value, 0, n);
    else if (name === 'outcome') add(year, 'outcome', value === '' ? null : value, n, 0);
    else if (name === 'escalation_outcome') add(year, 'escalationOutcome', value, n, 0);
  }
  return [...rows.values()];
}

const handlingTime = (measured: number | undefined, median: number | null | undefined, p90: number | null | undefined): HandlingTime => ({
  measured: measured ?? 0,
  medianHours: median ?? null,
  p90Hours: p90 ?? null,
});

/** The figures of one year from its rows; every category, channel, month, outcome and kind is listed, with 0 where none. */
function figures(d: YearData): ComplaintYearFigures {
  const t = d.totals;
  const rows = (dimension: BreakdownRow['dimension']) => d.breakdowns.filter((r) => r.dimension === dimension);
  const count = (dimension: BreakdownRow['dimension'], key: keyof BreakdownRow, value: unknown) => rows(dimension).find((r) => r[key] === value);
  const outcomeCounts = (dimension: 'outcome' | 'escalationOutcome', key: 'outcome' | 'escalationOutcome'): OutcomeCount[] =>
    OUTCOMES.map((outcome) => ({
      outcome,
      complaints: count(dimension, key, outcome)?.complaints ?? 0,
    }));
  return {
    year: d.year,
    period: { from: d.period.from, to: d.period.to },
    totals: {
      received: t?.received ?? 0,
      resolved: t?.resolved ?? 0,
      unresolved: t?.unresolved ?? 0,
      overdue: t?.overdue ?? 0,
      upheld: t?.upheld ?? 0,
      partiallyUpheld: t?.partiallyUpheld ?? 0,
      unclassified: t?.unclassified ?? 0,
      withoutPromise: t?.withoutPromise ?? 0,
    },
    byCategory: CATEGORIES.map((category) => ({
      category,
      complaints: (t?.[`category_${category}`] as number) ?? 0,
      upheld: (t?.[`categoryUpheld_${category}`] as number) ?? 0,
    })),
    byPromise: d.promises
      .map((r) => promiseCountOf(r, r.disputes))
      .sort(
        (a, b) =>
          b.complaints - a.complaints ||
          a.codeKey.localeCompare(b.codeKey) ||
          comparePromiseKeys(a.promiseKey, b.promiseKey),
      ),
    byChannel: CHANNELS.map((channel) => {
      const row = count('channel', 'channel', channel);
      return {
        channel,
        complaints: row?.complaints ?? 0,
        upheld: row?.upheld ?? 0,
      };
    }),
    byMonth: MONTHS.map((month) => {
      const row = count('month', 'month', month);
      return {
        month,
        complaints: row?.complaints ?? 0,
        upheld: row?.upheld ?? 0,
      };
    }),
    ...handlingRates(t),
    acknowledgementTime: handlingTime(t?.ackMeasured, t?.ackMedian, t?.ackP90),
    resolutionTime: handlingTime(t?.resMeasured, t?.resMedian, t?.resP90),
    outcomes: [
      ...outcomeCounts('outcome', 'outcome'),
      {
        outcome: null,
        complaints: count('outcome', 'outcome', null)?.complaints ?? 0,
      },
    ],
    escalations: {
      escalated: t?.escalated ?? 0,
      pending: t?.escalationPending ?? 0,
      decided: t?.escalationDecided ?? 0,
      binding: t?.escalationBinding ?? 0,
      overturned: t?.escalationOverturned ?? 0,
      outcomes: outcomeCounts('escalationOutcome', 'escalationOutcome'),
    },
    satisfaction: {
      rated: t?.satisfactionRated ?? 0,
      average: t?.satisfactionAverage ?? null,
    },
    recurringRootCauses: d.rootCauses.map(({ year: _year, ...row }) => row),
    actions: KINDS.map((kind) => {
      const row = d.actions.find((r) => r.kind === kind);
      return {
        kind,
        opened: row?.opened ?? 0,
        open: row?.open ?? 0,
        overdue: row?.overdue ?? 0,
        awaitingCheck: row?.awaitingCheck ?? 0,
        verifiedEffective: row?.verifiedEffective ?? 0,
        notEffective: row?.notEffective ?? 0,
        cancelled: row?.cancelled ?? 0,
        effectivenessRate: row?.effectivenessRate ?? null,
      };
    }),
  };
}

/** The headline figures compared with the previous year. */
const HEADLINES: [string, (f: ComplaintYearFigures) => number | null][] = [
  ['received', (f) => f.totals.received],
  ['upheld', (f) => f.totals.upheld],
  ['overdue', (f) => f.totals.overdue],
  ['acknowledgementOnTimeRate', (f) => f.acknowledgement.rate],
  ['resolutionOnTimeRate', (f) => f.resolution.rate],
  ['medianAcknowledgementHours', (f) => f.acknowledgementTime.medianHours],
  ['medianResolutionHours', (f) => f.resolutionTime.medianHours],
  ['escalated', (f) => f.escalations.escalated],
  ['averageSatisfaction', (f) => f.satisfaction.average],
];

function changes(current: ComplaintYearFigures, previous: ComplaintYearFigures): FigureChange[] {
  return HEADLINES.map(([figure, of]) => {
    const now = of(current);
    const before = of(previous);
    // Rounded to four decimals: the difference of two rates is not meant to show float noise.
    const change = now === null || before === null ? null : Math.round((now - before) * 10_000) / 10_000;
    return { figure, current: now, previous: before, change };
  });
}

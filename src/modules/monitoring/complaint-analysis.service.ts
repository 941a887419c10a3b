import type { Context } from '../../common/context';
import { todayIn } from '../../common/local-date';
import { BadUserInputError } from '../../common/errors';
import { scoped } from '../../common/tenancy';
import { OrganizationService } from '../organization';
import { Code, CodePromise, CodeVersionStatus } from '../code';
import { Complaint, ComplaintCategory, ComplaintChannel, ComplaintOutcome, ComplaintPromise } from '../complaint';
import { CorrectiveAction, CorrectiveActionKind, CorrectiveActionStatus } from '../corrective-action';
import { actionConditions, complaintConditions, countWhere, handlingRates, selectHandlingRates, type HandlingRateColumns } from './monitoring-sql';
import { calendarYear, type PeriodBounds } from './reporting-period';
import {
  FIRST_YEAR,
  LAST_YEAR,
  type ActionKindFigures,
  type ComplaintAnalysis,
  type ComplaintYearFigures,
  type FigureChange,
  type HandlingTime,
  type OutcomeCount,
  type PromiseComplaintCount,
  type RootCauseCount,
} from './complaint-analysis.types';


const CATEGORIES = Object.values(ComplaintCategory);
const CHANNELS = Object.values(ComplaintChannel);
const OUTCOMES = Object.values(ComplaintOutcome);
const KINDS = Object.values(CorrectiveActionKind);
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The calendar year (organisation's time zone) of an instant column, e.g. `c.receivedAt`. */
const yearOf = (column: string) => `extract(year FROM ${column} AT TIME ZONE :timezone)::int`;
const monthOf = (column: string) => `extract(month FROM ${column} AT TIME ZONE :timezone)::int`;
/** Hours from one instant column to another, as double precision. */
const hoursBetween = (from: string, to: string) => `(extract(epoch FROM (${to} - ${from})) / 3600)::float8`;
const percentile = (fraction: number, value: string) => `round((percentile_cont(${fraction}) WITHIN GROUP (ORDER BY ${value}))::numeric, 1)::float8`;
/** A root cause compared without case and with runs of white space as one space. */
const normalizedCause = `lower(regexp_replace(btrim(a.rootCause), '\\s+', ' ', 'g'))`;

interface YearRow extends HandlingRateColumns {
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

interface BreakdownRow {
  year: number;
  dimension: 'channel' | 'month' | 'outcome' | 'escalationOutcome';
  channel: ComplaintChannel | null;
  month: number | null;
  outcome: ComplaintOutcome | null;
  escalationOutcome: ComplaintOutcome | null;
  complaints: number;
  upheld: number;
}

type PromiseRow = PromiseComplaintCount & { year: number };
type ActionRow = Omit<ActionKindFigures, 'kind'> & { year: number; kind: CorrectiveActionKind };
type RootCauseRow = RootCauseCount & { year: number };

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
 * The quality manager's annual complaint analysis. Every figure is counted by the database over
 * the complaints received in the calendar year (organisation's time zone) and the actions opened
 * in it, both years at once: five grouped statements, however many complaints or promises there
 * are. The result is plain data, so a management review can keep it as a snapshot.
 */
export class ComplaintAnalysisService {
  static async analysis(ctx: Context, year: number): Promise<ComplaintAnalysis> {
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
      throw BadUserInputError.field('year', `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`);
    }
    const { timezone } = await OrganizationService.current(ctx);
    const current = calendarYear(year, timezone);
    const previous = calendarYear(year - 1, timezone);
    const params = { timezone, start: previous.start, end: current.end, today: todayIn(timezone) };
    // One after the other: inside a mutation (a management review) they share the transaction's connection.
    const totals = await ComplaintAnalysisService.yearTotals(ctx, params);
    const breakdowns = await ComplaintAnalysisService.breakdowns(ctx, params);
    const promises = await ComplaintAnalysisService.promiseCounts(ctx, params);
    const actions = await ComplaintAnalysisService.actionFigures(ctx, params);
    const rootCauses = await ComplaintAnalysisService.recurringRootCauses(ctx, params);
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
    return { ...thisYear, previousYear: lastYear, changes: changes(thisYear, lastYear) };
  }

  private static complaints(ctx: Context, params: Record<string, unknown>) {
    return scoped(ctx, Complaint).query('c').andWhere('c.receivedAt >= :start AND c.receivedAt < :end').setParameters(params);
  }

  /** One row per year: totals, categories, on-time rates, handling times, escalations, satisfaction. */
  private static yearTotals(ctx: Context, params: Record<string, unknown>): Promise<YearRow[]> {
    const c = complaintConditions('c');
    const escalated = 'c.escalation.escalatedAt IS NOT NULL';
    const decided = `${escalated} AND c.escalation.outcome IS NOT NULL`;
    const qb = ComplaintAnalysisService.complaints(ctx, params)
      .select(yearOf('c.receivedAt'), 'year')
      .addSelect('count(*)::int', 'received')
      .addSelect(countWhere('c.resolvedAt IS NOT NULL'), 'resolved')
      .addSelect(countWhere(c.unresolved), 'unresolved')
      .addSelect(countWhere(c.overdue), 'overdue')
      .addSelect(countWhere(c.upheld), 'upheld')
      .addSelect(countWhere(`c.outcome = '${ComplaintOutcome.PARTIALLY_UPHELD}'`), 'partiallyUpheld')
      .addSelect(countWhere(`cardinality(c.categories) = 0`), 'unclassified')
      .addSelect(countWhere(`NOT EXISTS (SELECT 1 FROM complaint_promise cp WHERE cp.complaint_id = c.id)`), 'withoutPromise')
      .addSelect(countWhere('c.acknowledgedAt IS NOT NULL'), 'ackMeasured')
      .addSelect(percentile(0.5, hoursBetween('c.receivedAt', 'c.acknowledgedAt')), 'ackMedian')
      .addSelect(percentile(0.9, hoursBetween('c.receivedAt', 'c.acknowledgedAt')), 'ackP90')
      .addSelect(countWhere('c.resolvedAt IS NOT NULL'), 'resMeasured')
      .addSelect(percentile(0.5, hoursBetween('c.receivedAt', 'c.resolvedAt')), 'resMedian')
      .addSelect(percentile(0.9, hoursBetween('c.receivedAt', 'c.resolvedAt')), 'resP90')
      .addSelect(countWhere(escalated), 'escalated')
      .addSelect(countWhere(`${escalated} AND c.escalation.outcome IS NULL`), 'escalationPending')
      .addSelect(countWhere(decided), 'escalationDecided')
      .addSelect(countWhere(`${decided} AND c.escalation.binding IS TRUE`), 'escalationBinding')
      .addSelect(countWhere(`${decided} AND c.escalation.outcome IS DISTINCT FROM c.outcome`), 'escalationOverturned')
      .addSelect('count(c.satisfaction)::int', 'satisfactionRated')
      .addSelect('round(avg(c.satisfaction), 2)::float8', 'satisfactionAverage')
      .groupBy(yearOf('c.receivedAt'));
    for (const category of CATEGORIES) {
      const inCategory = `'${category}' = ANY(c.categories)`;
      qb.addSelect(countWhere(inCategory), `category_${category}`).addSelect(countWhere(`${inCategory} AND ${c.upheld}`), `categoryUpheld_${category}`);
    }
    selectHandlingRates(qb, 'c', { cohort: 'TRUE' });
    return qb.getRawMany();
  }

  /**
   * Counts per channel, month of receipt, outcome and committee outcome in one pass (grouping
   * sets); `dimension` tells which grouping a row belongs to.
   */
  private static breakdowns(ctx: Context, params: Record<string, unknown>): Promise<BreakdownRow[]> {
    const c = complaintConditions('c');
    const year = yearOf('c.receivedAt');
    const month = monthOf('c.receivedAt');
    return ComplaintAnalysisService.complaints(ctx, params)
      .select(year, 'year')
      .addSelect(
        `CASE WHEN GROUPING(c.channel) = 0 THEN 'channel' WHEN GROUPING(${month}) = 0 THEN 'month' WHEN GROUPING(c.outcome) = 0 THEN 'outcome' ELSE 'escalationOutcome' END`,
        'dimension',
      )
      .addSelect('c.channel', 'channel')
      .addSelect(month, 'month')
      .addSelect('c.outcome', 'outcome')
      .addSelect('c.escalation.outcome', 'escalationOutcome')
      .addSelect('count(*)::int', 'complaints')
      .addSelect(countWhere(c.upheld), 'upheld')
      .groupBy(`GROUPING SETS ((${year}, c.channel), (${year}, ${month}), (${year}, c.outcome), (${year}, c.escalation.outcome))`)
      .getRawMany();
  }

  /**
   * Complaints per promise lineage (a complaint linked to the same promise in several versions
   * counts once), named after the promise in the version in force, or else the latest version.
   */
  private static promiseCounts(ctx: Context, params: Record<string, unknown>): Promise<PromiseRow[]> {
    const c = complaintConditions('c');
    const year = yearOf('c.receivedAt');
    return ComplaintAnalysisService.complaints(ctx, params)
      .innerJoin(ComplaintPromise, 'cp', 'cp.complaintId = c.id')
      .innerJoin(CodePromise, 'p', 'p.id = cp.promiseId')
      .innerJoin(Code, 'code', 'code.id = p.codeId')
      .select(year, 'year')
      .addSelect('p.codeId', 'codeId')
      .addSelect('code.key', 'codeKey')
      .addSelect('p.key', 'promiseKey')
      .addSelect(
        (title) =>
          title
            .select('named.title')
            .from(CodePromise, 'named')
            .innerJoin('named.codeVersion', 'v')
            .where('named.codeId = p.codeId AND named.key = p.key')
            .orderBy(`CASE WHEN v.status = '${CodeVersionStatus.PUBLISHED}' THEN 0 ELSE 1 END`)
            .addOrderBy('v.version', 'DESC')
            .limit(1),
        'promiseTitle',
      )
      .addSelect('count(DISTINCT c.id)::int', 'complaints')
      .addSelect(countWhere(c.upheld, 'DISTINCT c.id'), 'upheld')
      .groupBy(year)
      .addGroupBy('p.codeId')
      .addGroupBy('code.key')
      .addGroupBy('p.key')
      .getRawMany();
  }

  /** Actions opened in each year, per kind, and where they stand now. */
  private static actionFigures(ctx: Context, params: Record<string, unknown>): Promise<ActionRow[]> {
    const a = actionConditions('a');
    return scoped(ctx, CorrectiveAction)
      .query('a')
      .andWhere('a.createdAt >= :start AND a.createdAt < :end')
      .setParameters(params)
      .select(yearOf('a.createdAt'), 'year')
      .addSelect('a.kind', 'kind')
      .addSelect('count(*)::int', 'opened')
      .addSelect(countWhere(a.open), 'open')
      .addSelect(countWhere(a.overdue), 'overdue')
      .addSelect(countWhere(`a.status = '${CorrectiveActionStatus.DONE}'`), 'awaitingCheck')
      .addSelect(countWhere('a.effective IS TRUE'), 'verifiedEffective')
      .addSelect(countWhere('a.effective IS FALSE'), 'notEffective')
      .addSelect(countWhere(`a.status = '${CorrectiveActionStatus.CANCELLED}'`), 'cancelled')
      .addSelect('(count(*) FILTER (WHERE a.effective IS TRUE))::float8 / NULLIF(count(a.effective), 0)', 'effectivenessRate')
      .groupBy(yearOf('a.createdAt'))
      .addGroupBy('a.kind')
      .getRawMany();
  }

  /** Root causes shared by two or more actions opened in the same year. */
  private static recurringRootCauses(ctx: Context, params: Record<string, unknown>): Promise<RootCauseRow[]> {
    return scoped(ctx, CorrectiveAction)
      .query('a')
      .innerJoin(CodePromise, 'p', 'p.id = a.promiseId')
      .andWhere('a.createdAt >= :start AND a.createdAt < :end')
      .andWhere(`btrim(a.rootCause) <> ''`)
      .setParameters(params)
      .select(yearOf('a.createdAt'), 'year')
      .addSelect('mode() WITHIN GROUP (ORDER BY btrim(a.rootCause))', 'rootCause')
      .addSelect('count(*)::int', 'actions')
      .addSelect('array_agg(DISTINCT p.key ORDER BY p.key)', 'promiseKeys')
      .groupBy(yearOf('a.createdAt'))
      .addGroupBy(normalizedCause)
      .having('count(*) >= 2')
      .orderBy('actions', 'DESC')
      .addOrderBy(normalizedCause)
      .getRawMany();
  }
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
    OUTCOMES.map((outcome) => ({ outcome, complaints: count(dimension, key, outcome)?.complaints ?? 0 }));
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
      .map(({ year: _year, ...row }) => row)
      .sort((a, b) => b.complaints - a.complaints || a.codeKey.localeCompare(b.codeKey) || a.promiseKey.localeCompare(b.promiseKey, undefined, { numeric: true })),
    byChannel: CHANNELS.map((channel) => {
      const row = count('channel', 'channel', channel);
      return { channel, complaints: row?.complaints ?? 0, upheld: row?.upheld ?? 0 };
    }),
    byMonth: MONTHS.map((month) => {
      const row = count('month', 'month', month);
      return { month, complaints: row?.complaints ?? 0, upheld: row?.upheld ?? 0 };
    }),
    ...handlingRates(t),
    acknowledgementTime: handlingTime(t?.ackMeasured, t?.ackMedian, t?.ackP90),
    resolutionTime: handlingTime(t?.resMeasured, t?.resMedian, t?.resP90),
    outcomes: [...outcomeCounts('outcome', 'outcome'), { outcome: null, complaints: count('outcome', 'outcome', null)?.complaints ?? 0 }],
    escalations: {
      escalated: t?.escalated ?? 0,
      pending: t?.escalationPending ?? 0,
      decided: t?.escalationDecided ?? 0,
      binding: t?.escalationBinding ?? 0,
      overturned: t?.escalationOverturned ?? 0,
      outcomes: outcomeCounts('escalationOutcome', 'escalationOutcome'),
    },
    satisfaction: { rated: t?.satisfactionRated ?? 0, average: t?.satisfactionAverage ?? null },
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

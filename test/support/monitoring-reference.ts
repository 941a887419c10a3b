import type { Context } from '../../src/common/context';
import { scoped } from '../../src/common/tenancy';
import { Code, CodePromise, CodeVersionStatus, promiseLineageKey } from '../../src/modules/code';
import { Complaint, ComplaintCategory, ComplaintKind, ComplaintOutcome, ComplaintPromise } from '../../src/modules/complaint';
import { CorrectiveAction, CorrectiveActionStatus } from '../../src/modules/corrective-action';
import {
  actionConditions,
  complaintConditions,
  countWhere,
  handlingRates,
  selectHandlingRates,
  type HandlingRateColumns,
} from '../../src/modules/monitoring/monitoring-sql';
import type { PeriodBounds } from '../../src/modules/monitoring/reporting-period';
import type { PromiseActionFigures, PromiseComplaintFigures, PromiseHandlingFigures } from '../../src/modules/monitoring/code-status.types';
import { disputesFigures } from '../../src/modules/monitoring/monitoring-rollups';
import { AGAINST_ORGANIZATION, DisputesCase, RATED_OUTCOMES } from '../../src/modules/disputes';

const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');
import type { ActionRow, AnalysisRows, BreakdownRow, PromiseRow, RootCauseRow, YearRow } from '../../src/modules/monitoring/complaint-analysis.service';

/**
 * The direct count: the monitoring figures counted over every complaint and action, as the
 * services computed them before the rollups (the SQL of `codeStatus` and `complaintAnalysis`
 * until the migration `MonitoringRollups`). The rollup property test compares the services'
 * answers with these on random histories.
 */

const CATEGORIES = Object.values(ComplaintCategory);
const yearOf = (column: string) => `extract(year FROM ${column} AT TIME ZONE :timezone)::int`;
const monthOf = (column: string) => `extract(month FROM ${column} AT TIME ZONE :timezone)::int`;
const hoursBetween = (from: string, to: string) => `(extract(epoch FROM (${to} - ${from})) / 3600)::float8`;
const percentile = (fraction: number, value: string) => `round((percentile_cont(${fraction}) WITHIN GROUP (ORDER BY ${value}))::numeric, 1)::float8`;
const normalizedCause = `lower(regexp_replace(btrim(a.rootCause), '\\s+', ' ', 'g'))`;

interface ComplaintRow extends HandlingRateColumns {
  codeId: string;
  disputesCases: number;
  disputesRated: number;
  disputesOverturned: number;
  key: string;
  received: number;
  open: number;
  overdue: number;
  upheld: number;
  partiallyUpheld: number;
  decided: number;
  decidedUpheld: number;
  decidedOverturned: number;
}

type LineageActionRow = PromiseActionFigures & { codeId: string; key: string };

export class DirectCountReference {
  /** The rows of the analysis of the two years from `start` to `end`, counted directly. */
  static async analysisRows(ctx: Context, timezone: string, start: Date, end: Date, today: string): Promise<AnalysisRows> {
    const params = { timezone, start, end, today };
    return {
      totals: await DirectCountReference.yearTotals(ctx, params),
      breakdowns: await DirectCountReference.breakdowns(ctx, params),
      promises: await DirectCountReference.promiseCounts(ctx, params),
      actions: await DirectCountReference.actionFigures(ctx, params),
      rootCauses: await DirectCountReference.recurringRootCauses(ctx, params),
    };
  }

  static async complaintFigures(ctx: Context, codeIds: string[], period: PeriodBounds): Promise<Map<string, PromiseComplaintFigures>> {
    const c = complaintConditions('c');
    const each = 'DISTINCT c.id';
    const inPeriod = '(c.receivedAt >= :periodStart AND c.receivedAt < :periodEnd)';
    const decidedInPeriod = `(c.resolvedAt >= :periodStart AND c.resolvedAt < :periodEnd AND c.outcome IN ('UPHELD', 'PARTIALLY_UPHELD', 'REJECTED'))`;
    const qb = scoped(ctx, Complaint)
      .query('c')
      .andWhere(`c.kind = '${ComplaintKind.COMPLAINT}'`)
      .innerJoin(ComplaintPromise, 'cp', 'cp.complaintId = c.id')
      .innerJoin(CodePromise, 'p', 'p.id = cp.promiseId')
      .andWhere('p.codeId IN (:...codeIds)')
      .select('p.codeId', 'codeId')
      .addSelect('p.key', 'key')
      .addSelect(countWhere(inPeriod, each), 'received')
      .addSelect(countWhere(c.unresolved, each), 'open')
      .addSelect(countWhere(c.overdue, each), 'overdue')
      .addSelect(countWhere(`${inPeriod} AND ${c.upheld}`, each), 'upheld')
      .addSelect(countWhere(`${inPeriod} AND c.outcome = '${ComplaintOutcome.PARTIALLY_UPHELD}'`, each), 'partiallyUpheld')
      .leftJoin(DisputesCase, 'dc', 'dc.complaintId = c.id')
      .addSelect(countWhere(`${inPeriod} AND dc.id IS NOT NULL`, 'DISTINCT dc.id'), 'disputesCases')
      .addSelect(countWhere(`${inPeriod} AND dc.outcome IN (${quoted(RATED_OUTCOMES)})`, 'DISTINCT dc.id'), 'disputesRated')
      .addSelect(countWhere(`${inPeriod} AND dc.outcome IN (${quoted(AGAINST_ORGANIZATION)})`, 'DISTINCT dc.id'), 'disputesOverturned')
      .addSelect(countWhere(decidedInPeriod, each), 'decided')
      .addSelect(countWhere(`${decidedInPeriod} AND ${c.upheld}`, each), 'decidedUpheld')
      .addSelect(countWhere(`${decidedInPeriod} AND c.outcome = 'REJECTED' AND dc.outcome IN (${quoted(AGAINST_ORGANIZATION)})`, 'DISTINCT dc.id'), 'decidedOverturned')
      .setParameters({
        codeIds,
        periodStart: period.start,
        periodEnd: period.end,
      })
      .groupBy('p.codeId')
      .addGroupBy('p.key');
    selectHandlingRates(qb, 'c', { cohort: inPeriod, counted: each });
    const rows: ComplaintRow[] = await qb.getRawMany();
    return new Map(
      rows.map((r) => [
        promiseLineageKey(r),
        {
          received: r.received,
          open: r.open,
          overdue: r.overdue,
          upheld: r.upheld,
          partiallyUpheld: r.partiallyUpheld,
          decided: r.decided,
          decidedUpheld: r.decidedUpheld,
          overturned: r.decidedOverturned,
          ...handlingRates(r),
          disputes: disputesFigures(r),
        },
      ]),
    );
  }

  /** Handling figures of all complaints about each code (linked to any of its promises, each complaint once). */
  static async codeHandlingFigures(ctx: Context, codeIds: string[], period: PeriodBounds): Promise<Map<string, PromiseHandlingFigures>> {
    const c = complaintConditions('c');
    const each = 'DISTINCT c.id';
    const inPeriod = '(c.receivedAt >= :periodStart AND c.receivedAt < :periodEnd)';
    const qb = scoped(ctx, Complaint)
      .query('c')
      .andWhere(`c.kind = '${ComplaintKind.COMPLAINT}'`)
      .innerJoin(ComplaintPromise, 'cp', 'cp.complaintId = c.id')
      .innerJoin(CodePromise, 'p', 'p.id = cp.promiseId')
      .andWhere('p.codeId IN (:...codeIds)')
      .select('p.codeId', 'codeId')
      .addSelect(countWhere(c.overdue, each), 'overdue')
      .setParameters({
        codeIds,
        periodStart: period.start,
        periodEnd: period.end,
      })
      .groupBy('p.codeId');
    selectHandlingRates(qb, 'c', { cohort: inPeriod, counted: each });
    const rows: (HandlingRateColumns & { codeId: string; overdue: number })[] = await qb.getRawMany();
    return new Map(rows.map((r) => [r.codeId, { overdue: r.overdue, ...handlingRates(r) }]));
  }

  /** Action figures per promise lineage of the codes, over the actions about any version of each promise. */
  static async lineageActionFigures(ctx: Context, codeIds: string[], period: PeriodBounds, today: string): Promise<Map<string, PromiseActionFigures>> {
    const a = actionConditions('a');
    const rows: LineageActionRow[] = await scoped(ctx, CorrectiveAction)
      .query('a')
      .innerJoin(CodePromise, 'p', 'p.id = a.promiseId')
      .andWhere('p.codeId IN (:...codeIds)', { codeIds })
      .select('p.codeId', 'codeId')
      .addSelect('p.key', 'key')
      .addSelect(countWhere(a.open), 'open')
      .addSelect(countWhere(a.overdue), 'overdue')
      .addSelect(countWhere(a.notEffective), 'notEffective')
      .addSelect(countWhere(`${a.verifiedEffective} AND a.verifiedOn BETWEEN :from AND :to`), 'verifiedEffective')
      .setParameters({ today, from: period.from, to: period.to })
      .groupBy('p.codeId')
      .addGroupBy('p.key')
      .getRawMany();
    return new Map(rows.map(({ codeId, key, ...figures }) => [promiseLineageKey({ codeId, key }), figures]));
  }

  static complaints(ctx: Context, params: Record<string, unknown>) {
    // Objections to the debt count in no complaint figure.
    return scoped(ctx, Complaint)
      .query('c')
      .andWhere(`c.kind = '${ComplaintKind.COMPLAINT}'`)
      .andWhere('c.receivedAt >= :start AND c.receivedAt < :end')
      .setParameters(params);
  }

  /** One row per year: totals, categories, on-time rates, handling times, escalations, satisfaction. */
  static yearTotals(ctx: Context, params: Record<string, unknown>): Promise<YearRow[]> {
    const c = complaintConditions('c');
    const escalated = 'c.escalation.escalatedAt IS NOT NULL';
    const decided = `${escalated} AND c.escalation.outcome IS NOT NULL`;
    const qb = DirectCountReference.complaints(ctx, params)
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
  static breakdowns(ctx: Context, params: Record<string, unknown>): Promise<BreakdownRow[]> {
    const c = complaintConditions('c');
    const year = yearOf('c.receivedAt');
    const month = monthOf('c.receivedAt');
    return DirectCountReference.complaints(ctx, params)
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
  static promiseCounts(ctx: Context, params: Record<string, unknown>): Promise<PromiseRow[]> {
    const c = complaintConditions('c');
    const year = yearOf('c.receivedAt');
    return DirectCountReference.complaints(ctx, params)
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
      .leftJoin(DisputesCase, 'dc', 'dc.complaintId = c.id')
      .addSelect(countWhere('dc.id IS NOT NULL', 'DISTINCT dc.id'), 'disputesCases')
      .addSelect(countWhere(`dc.outcome IN (${quoted(RATED_OUTCOMES)})`, 'DISTINCT dc.id'), 'disputesRated')
      .addSelect(countWhere(`dc.outcome IN (${quoted(AGAINST_ORGANIZATION)})`, 'DISTINCT dc.id'), 'disputesOverturned')
      .groupBy(year)
      .addGroupBy('p.codeId')
      .addGroupBy('code.key')
      .addGroupBy('p.key')
      .getRawMany<Omit<PromiseRow, 'disputes'> & { disputesCases: number; disputesRated: number; disputesOverturned: number }>()
      .then((rows) =>
        rows.map(({ disputesCases, disputesRated, disputesOverturned, ...row }) => ({
          ...row,
          disputes: disputesFigures({ disputesCases, disputesRated, disputesOverturned }),
        })),
      );
  }

  /** Actions opened in each year, per kind, and where they stand now. */
  static actionFigures(ctx: Context, params: Record<string, unknown>): Promise<ActionRow[]> {
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
  static recurringRootCauses(ctx: Context, params: Record<string, unknown>): Promise<RootCauseRow[]> {
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

import { statement, type Statement } from '../../common/statement-batch';
import type { ActionKindFigures, PromiseComplaintCount, RootCauseCount } from './complaint-analysis.types';
import { CorrectiveActionStatus, PENDING_STATUSES, type CorrectiveActionKind } from '../corrective-action';
import { AGAINST_ORGANIZATION, RATED_OUTCOMES } from '../disputes';
import { SURVEY_ANSWERS_BY_LINEAGE } from '../survey';
import { OPEN_ACTION_STATUSES } from './monitoring-sql';
import type { HandlingRateColumns } from './monitoring-sql';
import type { Period } from './reporting-period';
import { DateTime } from 'luxon';

/**
 * Reads of the monitoring rollups (migration `MonitoringRollups`): tables kept by triggers in the
 * same transaction as every change to complaints, their promise links and corrective actions, so a
 * report sums a few hundred rows instead of counting every complaint. The tables every complaint
 * change writes hold each key in up to 16 slots (migration `RollupSlots`, one per writing session,
 * so concurrent intakes do not queue on one row): every read sums over the slots. Figures that turn on "now"
 * (overdue, a deadline passed without the step) are stored with their instant or day and compared
 * with now here; everything else is a sum. Each figure means exactly what the direct count in
 * `monitoring-sql.ts` means (test/e2e/monitoring-rollups.test.ts compares the two on random histories).
 */

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** Complaint and action figures of one promise lineage, as the rollups give them. */
export interface LineageFigureRow extends HandlingRateColumns {
  codeId: string;
  key: string;
  received: number;
  open: number;
  overdue: number;
  upheld: number;
  partiallyUpheld: number;
  actionsOpen: number;
  actionsOverdue: number;
  actionsNotEffective: number;
  actionsVerifiedEffective: number;
  disputesCases: number;
  disputesRated: number;
  disputesOverturned: number;
  /** Decided in the period (resolved with outcome UPHELD, PARTIALLY_UPHELD or REJECTED), and of those upheld. */
  decided: number;
  decidedUpheld: number;
  /** Of those decided in the period, REJECTED by the organisation and found for the complainant by a disputes body. */
  decidedOverturned: number;
  /** The handling figures of all complaints about the code (each once), the same on every row of the code. */
  codeOverdue: number;
  codeAckRated: number;
  codeAckOnTime: number;
  codeResRated: number;
  codeResOnTime: number;
  /** Satisfaction-survey answers about the lineage on days of the period: how many, their sum, how many scored 4 or 5. */
  surveyResponses: number;
  surveyScoreSum: number;
  surveySatisfied: number;
}

/**
 * Disputes-body cases per promise lineage (`x`), from `monitoring_disputes_lineage` (one row per
 * case and lineage its complaint names, migration `DisputesRollup`): the cases about complaints
 * received on days `$3` to `$4` (the organisation's time zone), and `decided_overturned`, the
 * complaints decided (REJECTED) on those days that the body found for the complainant: the promise
 * status counts them as upheld.
 */
const DISPUTES_BY_LINEAGE = `SELECT code_id, promise_key,
         count(*) FILTER (WHERE received) AS disputes_cases,
         count(*) FILTER (WHERE received AND outcome IN (${list(RATED_OUTCOMES)})) AS disputes_rated,
         count(*) FILTER (WHERE received AND outcome IN (${list(AGAINST_ORGANIZATION)})) AS disputes_overturned,
         count(*) FILTER (WHERE decided AND rejected AND outcome IN (${list(AGAINST_ORGANIZATION)})) AS decided_overturned
       FROM monitoring_disputes_lineage
       CROSS JOIN LATERAL (SELECT received_day BETWEEN $3::date AND $4::date AS received, decided_day BETWEEN $3::date AND $4::date AS decided) w
       WHERE organization_id = $1 AND code_id = ANY($2::uuid[]) AND (w.received OR w.decided)
       GROUP BY 1, 2`;

/** The disputes figures of a row that has the three disputes columns (none when absent). */
export function disputesFigures(
  row:
    | {
        disputesCases: number;
        disputesRated: number;
        disputesOverturned: number;
      }
    | undefined,
) {
  const rated = row?.disputesRated ?? 0;
  const overturned = row?.disputesOverturned ?? 0;
  return {
    cases: row?.disputesCases ?? 0,
    rated,
    overturned,
    overturnRate: rated === 0 ? null : overturned / rated,
  };
}

/**
 * How a period is summed from a day rollup and its month rollup (migration `RollupMonths`): the
 * months `firstMonth` to `lastMonth` (firsts of the month; none when the first is after the last)
 * whole from the month rollup, plus or minus the day rows of `ranges`. A partial month at an edge is
 * read as its days in the period, or as the whole month less its days outside the period, whichever
 * has fewer days up to `today` (later days hold nothing or next to nothing), so a period reads at
 * most about half a month of day rows at each end.
 */
export interface PeriodGrain {
  firstMonth: string;
  lastMonth: string;
  ranges: { from: string; to: string; sign: 1 | -1 }[];
}

export function periodGrain(period: Period, today: string): PeriodGrain {
  const date = (iso: string) => DateTime.fromISO(iso, { zone: 'utc' });
  const iso = (d: DateTime) => d.toISODate()!;
  const from = date(period.from);
  const to = date(period.to);
  const now = date(today);
  /** Days lo…hi up to today, plus one for reading a month row instead. */
  const cost = (lo: DateTime, hi: DateTime) => Math.max(0, Math.round(DateTime.min(hi, now).diff(lo, 'days').days) + 1);
  const ranges: PeriodGrain['ranges'] = [];
  const add = (lo: DateTime, hi: DateTime, sign: 1 | -1) => {
    if (lo <= hi) ranges.push({ from: iso(lo), to: iso(hi), sign });
  };
  const startMonth = from.startOf('month');
  const endMonth = to.startOf('month');
  const monthEnd = (m: DateTime) => m.plus({ months: 1 }).minus({ days: 1 });
  if (to < from)
    return {
      firstMonth: iso(endMonth.plus({ months: 1 })),
      lastMonth: iso(endMonth),
      ranges,
    };
  if (startMonth.equals(endMonth)) {
    const before = [startMonth, from.minus({ days: 1 })] as const;
    const after = [to.plus({ days: 1 }), monthEnd(endMonth)] as const;
    if (cost(from, to) <= 1 + cost(...before) + cost(...after)) {
      add(from, to, 1);
      return {
        firstMonth: iso(startMonth.plus({ months: 1 })),
        lastMonth: iso(startMonth),
        ranges,
      };
    }
    add(...before, -1);
    add(...after, -1);
    return { firstMonth: iso(startMonth), lastMonth: iso(startMonth), ranges };
  }
  let firstMonth = startMonth;
  if (!from.equals(startMonth)) {
    if (cost(from, monthEnd(startMonth)) <= 1 + cost(startMonth, from.minus({ days: 1 }))) {
      add(from, monthEnd(startMonth), 1);
      firstMonth = startMonth.plus({ months: 1 });
    } else add(startMonth, from.minus({ days: 1 }), -1);
  }
  let lastMonth = endMonth;
  if (!to.equals(monthEnd(endMonth))) {
    if (cost(endMonth, to) <= 1 + cost(to.plus({ days: 1 }), monthEnd(endMonth))) {
      add(endMonth, to, 1);
      lastMonth = endMonth.minus({ months: 1 });
    } else add(to.plus({ days: 1 }), monthEnd(endMonth), -1);
  }
  return { firstMonth: iso(firstMonth), lastMonth: iso(lastMonth), ranges };
}

/**
 * The parameters `$6` to `$13` of a period read by `periodGrain`: the whole months, then each of
 * the (at most two) edge ranges as first day, last day and sign (an unused one empty, sign 0).
 * Each range is its own branch of the statement with plain parameters, so each is an index range.
 */
function grainParameters(grain: PeriodGrain): unknown[] {
  if (grain.ranges.length > EDGES) throw new Error(`periodGrain: ${grain.ranges.length} edge ranges`);
  const ranges = [...grain.ranges, ...Array.from({ length: EDGES - grain.ranges.length }, () => ({ from: 'infinity', to: '-infinity', sign: 0 }))];
  return [grain.firstMonth, grain.lastMonth, ...ranges.flatMap((r) => [r.from, r.to, r.sign])];
}
const EDGES = 2;
/** `$8`…`$13`: the edge ranges' parameters (first day, last day, sign). */
const edges = Array.from({ length: EDGES }, (_, i) => ({ lo: `$${8 + 3 * i}::date`, hi: `$${9 + 3 * i}::date`, sign: `$${10 + 3 * i}::int` }));

/**
 * The rows of a day rollup `table` over the period as `periodGrain` reads it (`grainParameters`),
 * one per lineage: the sums of `columns` over the month rollup `months`' rows of the whole months
 * plus those of the day rows of each edge, multiplied by the edge's sign (the edges lie in
 * different months). A join of two aggregates rather than a union: PostgreSQL runs a union of
 * reads with parallel workers whatever the tables' `parallel_workers`, and starting them took
 * several times longer than reading the few thousand rows.
 */
const byGrain = (table: string, months: string, columns: string[], day = 'day', where = 'true') => `
         SELECT code_id, promise_key, ${columns.map((c) => `coalesce(m.${c}, 0) + coalesce(e.${c}, 0) AS ${c}`).join(', ')}
         FROM (SELECT code_id, promise_key, ${columns.map((c) => `sum(${c}) AS ${c}`).join(', ')} FROM ${months}
               WHERE organization_id = $1 AND code_id = ANY($2::uuid[]) AND month BETWEEN $6::date AND $7::date GROUP BY 1, 2) m
         FULL JOIN (
           SELECT code_id, promise_key, ${columns.map((c) => `sum(CASE WHEN ${day} BETWEEN ${edges[0].lo} AND ${edges[0].hi} THEN ${edges[0].sign} ELSE ${edges[1].sign} END * ${c}) AS ${c}`).join(', ')}
           FROM ${table}
           WHERE organization_id = $1 AND code_id = ANY($2::uuid[]) AND ${where}
             AND (${day} BETWEEN ${edges[0].lo} AND ${edges[0].hi} OR ${day} BETWEEN ${edges[1].lo} AND ${edges[1].hi})
           GROUP BY 1, 2) e USING (code_id, promise_key)`;

/** The clock kinds ('a', 'r') whose figures count complaints received in the period; 'o' counts every unresolved complaint. */
const clockFigures = (table: string, months: string, key: string) => `
         -- every unresolved complaint ('o', month -infinity) and the whole months' complaints a step is missing for
         SELECT ${key}, kind, on_time, n, true AS total FROM ${months}
         WHERE organization_id = $1 AND code_id = ANY($2::uuid[]) AND kind = 'o'
         UNION ALL
         SELECT ${key}, kind, on_time, n, false FROM ${months}
         WHERE organization_id = $1 AND code_id = ANY($2::uuid[]) AND kind IN ('a', 'r') AND month BETWEEN $6::date AND $7::date
         UNION ALL
         -- less those whose instant is still ahead (of every unresolved complaint, of the whole months' complaints)
         SELECT ${key}, kind, on_time, -n, false FROM ${table}
         WHERE organization_id = $1 AND code_id = ANY($2::uuid[]) AND kind IN ('o', 'a', 'r') AND at >= now()
           AND (kind = 'o' OR day >= $6::date AND day < ($7::date + interval '1 month')::date)
         -- plus or minus the edge days' complaints whose instant has passed${edges
           .map(
             (e) => `
         UNION ALL
         SELECT ${key}, kind, on_time, ${e.sign} * n, false FROM ${table}
         WHERE organization_id = $1 AND code_id = ANY($2::uuid[]) AND kind IN ('a', 'r') AND day BETWEEN ${e.lo} AND ${e.hi} AND at < now()`,
           )
           .join('')}`;

/**
 * The complaint and action figures of every promise lineage of the codes over `period`, `today` the
 * organisation's date, in one statement. A lineage without a row has zero in every figure (one with
 * only closed actions, or complaints outside the period, may have a row of zeros or none).
 * Figures of days in the period are summed by month with the edges by day (`periodGrain`); the
 * figures that turn on now are the month sums less the rows whose instant is still ahead.
 */
export function lineageFigures(organizationId: string, codeIds: string[], period: Period, today: string): Statement<LineageFigureRow> {
  const grain = periodGrain(period, today);
  return statement(
    `WITH d AS (
       SELECT code_id, promise_key, sum(received) AS received, sum(upheld) AS upheld, sum(partially_upheld) AS partially_upheld,
         sum(ack_done) AS ack_done, sum(ack_done_on_time) AS ack_done_on_time, sum(res_done) AS res_done, sum(res_done_on_time) AS res_done_on_time
       FROM (${byGrain('monitoring_lineage_day', 'monitoring_lineage_month', ['received', 'upheld', 'partially_upheld', 'ack_done', 'ack_done_on_time', 'res_done', 'res_done_on_time'])}) u
       GROUP BY 1, 2
     ), k AS (
       SELECT code_id, promise_key,
         sum(n) FILTER (WHERE kind = 'o' AND total) AS open,
         sum(n) FILTER (WHERE kind = 'o') AS overdue,
         sum(n) FILTER (WHERE kind = 'a') AS ack_late,
         sum(n) FILTER (WHERE kind = 'a' AND on_time) AS ack_late_on_time,
         sum(n) FILTER (WHERE kind = 'r') AS res_late,
         sum(n) FILTER (WHERE kind = 'r' AND on_time) AS res_late_on_time
       FROM (${clockFigures('monitoring_lineage_clock', 'monitoring_lineage_clock_month', 'code_id, promise_key')}) u
       GROUP BY 1, 2
     ), a AS (
       SELECT code_id, promise_key, sum(actions_open) AS actions_open, sum(actions_overdue) AS actions_overdue,
         sum(actions_not_effective) AS actions_not_effective, sum(actions_verified_effective) AS actions_verified_effective
       FROM (
         -- every action by status; overdue: every pending one ...
         SELECT code_id, promise_key,
           CASE WHEN status IN (${list(OPEN_ACTION_STATUSES)}) THEN n END AS actions_open,
           CASE WHEN status IN (${list(PENDING_STATUSES)}) THEN n END AS actions_overdue,
           CASE WHEN status = '${CorrectiveActionStatus.NOT_EFFECTIVE}' THEN n END AS actions_not_effective,
           NULL::int AS actions_verified_effective
         FROM monitoring_lineage_action_total
         WHERE organization_id = $1 AND code_id = ANY($2::uuid[])
         UNION ALL
         -- ... less the pending ones not due before today (keyed by their due day; verified_on is -infinity but for VERIFIED_EFFECTIVE)
         SELECT code_id, promise_key, NULL, -n, NULL, NULL FROM monitoring_lineage_action
         WHERE organization_id = $1 AND code_id = ANY($2::uuid[]) AND status IN (${list(PENDING_STATUSES)}) AND verified_on = '-infinity' AND due_on >= $5::date
         UNION ALL
         -- verified effective in the period
         SELECT code_id, promise_key, NULL, NULL, NULL, n FROM (
           ${byGrain('monitoring_lineage_action', 'monitoring_lineage_verified_month', ['n'], 'verified_on', `status = '${CorrectiveActionStatus.VERIFIED_EFFECTIVE}'`)}) v
       ) u
       GROUP BY 1, 2
     ), x AS (
       ${DISPUTES_BY_LINEAGE}
     ), s AS (
       ${SURVEY_ANSWERS_BY_LINEAGE}
     ), dd AS (
       SELECT code_id, promise_key, sum(decided) AS decided, sum(upheld) AS decided_upheld
       FROM (${byGrain('monitoring_lineage_decided', 'monitoring_lineage_decided_month', ['decided', 'upheld'])}) u
       GROUP BY 1, 2
     ), cd AS (
       SELECT code_id, sum(ack_done) AS ack_done, sum(ack_done_on_time) AS ack_done_on_time, sum(res_done) AS res_done, sum(res_done_on_time) AS res_done_on_time
       FROM monitoring_code_day
       WHERE organization_id = $1 AND code_id = ANY($2::uuid[]) AND day BETWEEN $3::date AND $4::date
       GROUP BY 1
     ), ck AS (
       SELECT code_id,
         sum(n) FILTER (WHERE kind = 'o') AS overdue,
         sum(n) FILTER (WHERE kind = 'a') AS ack_late,
         sum(n) FILTER (WHERE kind = 'a' AND on_time) AS ack_late_on_time,
         sum(n) FILTER (WHERE kind = 'r') AS res_late,
         sum(n) FILTER (WHERE kind = 'r' AND on_time) AS res_late_on_time
       FROM (${clockFigures('monitoring_code_clock', 'monitoring_code_clock_month', 'code_id')}) u
       GROUP BY 1
     ), code AS (
       SELECT code_id, coalesce(ck.overdue, 0)::int AS code_overdue,
         (coalesce(ack_done, 0) + coalesce(ack_late, 0))::int AS code_ack_rated, (coalesce(ack_done_on_time, 0) + coalesce(ack_late_on_time, 0))::int AS code_ack_on_time,
         (coalesce(res_done, 0) + coalesce(res_late, 0))::int AS code_res_rated, (coalesce(res_done_on_time, 0) + coalesce(res_late_on_time, 0))::int AS code_res_on_time
       FROM cd FULL JOIN ck USING (code_id)
     ), f AS (
       SELECT code_id, promise_key,
         coalesce(received, 0)::int AS received, coalesce(open, 0)::int AS open, coalesce(overdue, 0)::int AS overdue,
         coalesce(upheld, 0)::int AS upheld, coalesce(partially_upheld, 0)::int AS partially_upheld,
         (coalesce(ack_done, 0) + coalesce(ack_late, 0))::int AS ack_rated, (coalesce(ack_done_on_time, 0) + coalesce(ack_late_on_time, 0))::int AS ack_on_time,
         (coalesce(res_done, 0) + coalesce(res_late, 0))::int AS res_rated, (coalesce(res_done_on_time, 0) + coalesce(res_late_on_time, 0))::int AS res_on_time,
         coalesce(actions_open, 0)::int AS actions_open, coalesce(actions_overdue, 0)::int AS actions_overdue,
         coalesce(actions_not_effective, 0)::int AS actions_not_effective, coalesce(actions_verified_effective, 0)::int AS actions_verified_effective,
         coalesce(disputes_cases, 0)::int AS disputes_cases, coalesce(disputes_rated, 0)::int AS disputes_rated, coalesce(disputes_overturned, 0)::int AS disputes_overturned,
         coalesce(decided_overturned, 0)::int AS decided_overturned, coalesce(decided, 0)::int AS decided, coalesce(decided_upheld, 0)::int AS decided_upheld,
         coalesce(survey_responses, 0)::int AS survey_responses, coalesce(survey_score_sum, 0)::int AS survey_score_sum, coalesce(survey_satisfied, 0)::int AS survey_satisfied
       FROM d FULL JOIN k USING (code_id, promise_key) FULL JOIN a USING (code_id, promise_key) FULL JOIN x USING (code_id, promise_key)
         FULL JOIN dd USING (code_id, promise_key) FULL JOIN s USING (code_id, promise_key)
     )
     SELECT code_id AS "codeId", promise_key AS "key", received, open, overdue, upheld, partially_upheld AS "partiallyUpheld",
       ack_rated AS "ackRated", ack_on_time AS "ackOnTime", ack_on_time::float8 / NULLIF(ack_rated, 0) AS "ackRate",
       res_rated AS "resRated", res_on_time AS "resOnTime", res_on_time::float8 / NULLIF(res_rated, 0) AS "resRate",
       actions_open AS "actionsOpen", actions_overdue AS "actionsOverdue", actions_not_effective AS "actionsNotEffective",
       actions_verified_effective AS "actionsVerifiedEffective",
       disputes_cases AS "disputesCases", disputes_rated AS "disputesRated", disputes_overturned AS "disputesOverturned",
       decided, decided_upheld AS "decidedUpheld", decided_overturned AS "decidedOverturned",
       coalesce(code_overdue, 0) AS "codeOverdue", coalesce(code_ack_rated, 0) AS "codeAckRated", coalesce(code_ack_on_time, 0) AS "codeAckOnTime",
       coalesce(code_res_rated, 0) AS "codeResRated", coalesce(code_res_on_time, 0) AS "codeResOnTime",
       survey_responses AS "surveyResponses", survey_score_sum AS "surveyScoreSum", survey_satisfied AS "surveySatisfied"
     FROM f LEFT JOIN code USING (code_id)`,
    [organizationId, codeIds, period.from, period.to, today, ...grainParameters(grain)],
  );
}

/**
 * The first instant after now at which a figure of {@link lineageFigures} may change without any
 * write: the earliest deadline still ahead in the codes' clock rollups (a complaint becomes overdue,
 * a step is missed), in whole milliseconds rounded down; null when none is ahead. Figures that turn
 * on the day (actions due, the period) change with the organisation's date instead.
 */
export function nextClockChange(organizationId: string, codeIds: string[]): Statement<{ at: number | null }> {
  const earliest = (table: string) => `(SELECT min(t.at) FROM ${table} t WHERE t.organization_id = $1 AND t.code_id = c.id AND t.kind = k.kind AND t.at >= now())`;
  return statement(
    `SELECT floor(extract(epoch FROM min(least(${earliest('monitoring_lineage_clock')}, ${earliest('monitoring_code_clock')}))) * 1000)::float8 AS at
     FROM unnest($2::uuid[]) c(id) CROSS JOIN (VALUES ('o'::char(1)), ('a'), ('r')) k(kind)`,
    [organizationId, codeIds],
  );
}

/**
 * The first instant after now at which a figure of {@link yearClocks} over the same months may
 * change without any write (a complaint becomes overdue, a step is missed), in whole milliseconds
 * rounded down; null when none is ahead.
 */
export function nextYearClockChange(organizationId: string, from: string, to: string): Statement<{ at: number | null }> {
  return statement(
    `SELECT floor(extract(epoch FROM min(at)) * 1000)::float8 AS at
     FROM monitoring_month_clock WHERE organization_id = $1 AND month >= $2::date AND month < $3::date AND kind IN ('o', 'a', 'r') AND at >= now()`,
    [organizationId, from, to],
  );
}

/** A figure of the complaints received in one month (`received`, `channel:EMAIL`, `category_upheld:LEGAL`, …). */
export interface MonthFigureRow {
  year: number;
  month: number;
  figure: string;
  n: number;
}

/** The month figures of the complaints received from `from` (a first of January) up to, not including, `to`. */
export function monthFigures(organizationId: string, from: string, to: string): Statement<MonthFigureRow> {
  return statement(
    `SELECT extract(year FROM month)::int AS year, extract(month FROM month)::int AS month, figure, sum(n)::int AS n
     FROM monitoring_month WHERE organization_id = $1 AND month >= $2::date AND month < $3::date
     GROUP BY month, figure HAVING sum(n) <> 0`,
    [organizationId, from, to],
  );
}

/** Per year of receipt, the figures that turn on now: unresolved and overdue, steps missing past their deadline. */
export interface YearClockRow {
  year: number;
  overdue: number;
  ackLate: number;
  ackLateOnTime: number;
  resLate: number;
  resLateOnTime: number;
}

export function yearClocks(organizationId: string, from: string, to: string): Statement<YearClockRow> {
  return statement(
    `SELECT extract(year FROM month)::int AS year,
       coalesce(sum(n) FILTER (WHERE kind = 'o' AND at < now()), 0)::int AS overdue,
       coalesce(sum(n) FILTER (WHERE kind = 'a' AND at < now()), 0)::int AS "ackLate",
       coalesce(sum(n) FILTER (WHERE kind = 'a' AND at < now() AND on_time), 0)::int AS "ackLateOnTime",
       coalesce(sum(n) FILTER (WHERE kind = 'r' AND at < now()), 0)::int AS "resLate",
       coalesce(sum(n) FILTER (WHERE kind = 'r' AND at < now() AND on_time), 0)::int AS "resLateOnTime"
     FROM monitoring_month_clock WHERE organization_id = $1 AND month >= $2::date AND month < $3::date
     GROUP BY 1`,
    [organizationId, from, to],
  );
}

/** Median and 90th percentile of the handling hours of one step ('a' acknowledgement, 'r' resolution) in one year. */
export interface HandlingPercentileRow {
  year: number;
  step: 'a' | 'r';
  measured: number;
  median: number | null;
  p90: number | null;
}

/**
 * `percentile_cont` of the hours from receipt to a step, exactly as the direct count computes it
 * (`round(percentile_cont(f) WITHIN GROUP (ORDER BY hours)::numeric, 1)`): the rank of each
 * neighbouring value is found in the 10-minute buckets, then the value among that bucket's exact
 * durations, and the two are interpolated in double precision like PostgreSQL does.
 *
 * Each rank is looked up by walking its year's and step's buckets in key order (the primary key's,
 * no sort) and stopping at the bucket that holds it; the upper neighbour is looked up only when it
 * lies beyond the lower one's bucket, which is rare. So a percentile reads the buckets up to it
 * once, not every bucket of both years several times.
 */
export function handlingPercentiles(organizationId: string, years: number[]): Statement<HandlingPercentileRow> {
  const bucketHolding = (rank: string, extra = '') => `
    SELECT bucket, n, before FROM (
      SELECT bucket, n, sum(n) OVER (ORDER BY bucket) - n AS before FROM monitoring_handling_bucket b
      WHERE b.organization_id = $1 AND b.year = r.year AND b.step = r.step) cb
    WHERE ${extra} ${rank} >= cb.before AND ${rank} < cb.before + cb.n LIMIT 1`;
  const valueAt = (rank: string, bucket: string, before: string) => `(
    SELECT (extract(epoch FROM d.duration) / 3600)::float8
    FROM (SELECT duration, n, sum(n) OVER (ORDER BY duration) - n AS before FROM monitoring_handling_time h
          WHERE h.organization_id = $1 AND h.year = c.year AND h.step = c.step AND h.bucket = ${bucket}) d
    WHERE ${rank} - ${before} >= d.before AND ${rank} - ${before} < d.before + d.n)`;
  return statement(
    `WITH r AS (
       SELECT t.year, t.step, t.total, f.fraction, f.fraction * (t.total - 1) AS pos,
         floor(f.fraction * (t.total - 1))::bigint AS lo, ceil(f.fraction * (t.total - 1))::bigint AS hi
       FROM (SELECT year, step, sum(n) AS total FROM monitoring_handling_bucket WHERE organization_id = $1 AND year = ANY($2::int[]) GROUP BY 1, 2) t
       CROSS JOIN (VALUES (0.5::float8), (0.9::float8)) f(fraction)
     ), c AS (
       SELECT r.*, l.bucket AS lo_bucket, l.before AS lo_before, coalesce(h.bucket, l.bucket) AS hi_bucket, coalesce(h.before, l.before) AS hi_before
       FROM r
       CROSS JOIN LATERAL (${bucketHolding('r.lo')}) l
       LEFT JOIN LATERAL (${bucketHolding('r.hi', 'r.hi >= l.before + l.n AND')}) h ON true
     ), v AS MATERIALIZED (
       SELECT c.year, c.step, c.total, c.fraction, c.pos, c.lo,
         ${valueAt('c.lo', 'c.lo_bucket', 'c.lo_before')} AS lo_value,
         ${valueAt('c.hi', 'c.hi_bucket', 'c.hi_before')} AS hi_value
       FROM c
     ), p AS (
       SELECT year, step, total, fraction, round((lo_value + ((pos - lo) * (hi_value - lo_value)))::numeric, 1)::float8 AS hours FROM v
     )
     SELECT year, step, total::int AS measured, max(hours) FILTER (WHERE fraction = 0.5) AS median, max(hours) FILTER (WHERE fraction = 0.9) AS p90
     FROM p GROUP BY year, step, total`,
    [organizationId, years],
  );
}

/** A lineage's complaints and disputes-body cases in one year, as {@link lineageYears} reads them. */
export interface LineageYearRow {
  year: number;
  codeId: string;
  codeKey: string;
  promiseKey: string;
  promiseTitle: string;
  complaints: number;
  upheld: number;
  disputesCases: number;
  disputesRated: number;
  disputesOverturned: number;
}

/**
 * Complaints per promise lineage and year of receipt, named like the direct count names them, with
 * their disputes-body cases (`x`, by the complaint's year of receipt in the organisation's time zone).
 */
export function lineageYears(organizationId: string, years: number[]): Statement<LineageYearRow> {
  return statement(
    `WITH x AS (
       -- Disputes-body cases per lineage and year of receipt (migration DisputesYearRollup).
       SELECT year, code_id, promise_key, cases, rated, overturned
       FROM monitoring_disputes_year WHERE organization_id = $1 AND year = ANY($2::int[])
     ), named AS (
       -- Each lineage's title: its promise in the published version, else in the latest version.
       SELECT DISTINCT ON (p.code_id, p.key) p.code_id, p.key, p.title
       FROM code_promise p JOIN code_version v ON v.id = p.code_version_id
       WHERE p.organization_id = $1
       ORDER BY p.code_id, p.key, CASE WHEN v.status = 'PUBLISHED' THEN 0 ELSE 1 END, v.version DESC
     )
     SELECT y.year, y.code_id AS "codeId", code.key AS "codeKey", y.promise_key AS "promiseKey", named.title AS "promiseTitle",
       y.received AS complaints, y.upheld,
       coalesce(x.cases, 0) AS "disputesCases", coalesce(x.rated, 0) AS "disputesRated", coalesce(x.overturned, 0) AS "disputesOverturned"
     FROM (SELECT year, code_id, promise_key, sum(received)::int AS received, sum(upheld)::int AS upheld
           FROM monitoring_lineage_year WHERE organization_id = $1 AND year = ANY($2::int[])
           GROUP BY year, code_id, promise_key HAVING sum(received) > 0) y
     JOIN code ON code.id = y.code_id
     LEFT JOIN named ON named.code_id = y.code_id AND named.key = y.promise_key
     LEFT JOIN x ON x.year = y.year AND x.code_id = y.code_id AND x.promise_key = y.promise_key`,
    [organizationId, years],
  );
}

/** A lineage's complaints in a year (the analysis's `byPromise` entry, with its year). */
export type PromiseRow = PromiseComplaintCount & { year: number };

/**
 * The `byPromise` entry of a lineage's counts. Built field by field, here only: an object rest
 * (`{ year, ...row }`) cost a tenth of an analysis's CPU at a thousand rows.
 */
export function promiseCountOf(r: Omit<PromiseComplaintCount, 'disputes'>, disputes: PromiseComplaintCount['disputes']): PromiseComplaintCount {
  return {
    codeId: r.codeId,
    codeKey: r.codeKey,
    promiseKey: r.promiseKey,
    promiseTitle: r.promiseTitle,
    complaints: r.complaints,
    upheld: r.upheld,
    disputes,
  };
}

/** The rows of {@link lineageYears} with their disputes-body figures. */
export function withDisputes(rows: LineageYearRow[]): PromiseRow[] {
  return rows.map((r) => Object.assign(promiseCountOf(r, disputesFigures(r)), { year: r.year }));
}

/** Actions opened in a year, of a kind, where they stand now. */
export type ActionRow = Omit<ActionKindFigures, 'kind'> & { year: number; kind: CorrectiveActionKind };
/** A root cause of two or more actions opened in a year. */
export type RootCauseRow = RootCauseCount & { year: number };

/** Actions per year opened and kind, where they stand now (`today`: the organisation's date). */
export function actionYears(organizationId: string, years: number[], today: string): Statement<ActionRow> {
  return statement(
    `SELECT year, kind, sum(n)::int AS opened,
       coalesce(sum(n) FILTER (WHERE status IN (${list(OPEN_ACTION_STATUSES)})), 0)::int AS open,
       coalesce(sum(n) FILTER (WHERE status IN (${list(PENDING_STATUSES)}) AND due_on < $3::date), 0)::int AS overdue,
       coalesce(sum(n) FILTER (WHERE status = '${CorrectiveActionStatus.DONE}'), 0)::int AS "awaitingCheck",
       coalesce(sum(n) FILTER (WHERE effective = 1), 0)::int AS "verifiedEffective",
       coalesce(sum(n) FILTER (WHERE effective = 0), 0)::int AS "notEffective",
       coalesce(sum(n) FILTER (WHERE status = '${CorrectiveActionStatus.CANCELLED}'), 0)::int AS cancelled,
       coalesce(sum(n) FILTER (WHERE effective = 1), 0)::float8 / NULLIF(sum(n) FILTER (WHERE effective >= 0), 0) AS "effectivenessRate"
     FROM monitoring_action_year WHERE organization_id = $1 AND year = ANY($2::int[])
     GROUP BY year, kind`,
    [organizationId, years, today],
  );
}

/** Root causes of two or more actions opened in the same year, most frequent first; the cause as most often written (ties: first in order). */
export function recurringRootCauses(organizationId: string, years: number[]): Statement<RootCauseRow> {
  return statement(
    `WITH c AS (
       SELECT year, cause_key, cause, sum(n) AS n, array_agg(promise_key) AS keys
       FROM monitoring_root_cause WHERE organization_id = $1 AND year = ANY($2::int[])
       GROUP BY year, cause_key, cause
     )
     SELECT year, (array_agg(cause ORDER BY n DESC, cause))[1] AS "rootCause", sum(n)::int AS actions,
       (SELECT array_agg(DISTINCT k ORDER BY k) FROM c c2, unnest(c2.keys) k WHERE c2.year = c.year AND c2.cause_key = c.cause_key) AS "promiseKeys"
     FROM c GROUP BY year, cause_key
     HAVING sum(n) >= 2
     ORDER BY actions DESC, cause_key`,
    [organizationId, years],
  );
}

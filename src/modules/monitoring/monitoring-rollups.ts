import type { Context } from '../../common/context';
import { CorrectiveActionStatus, PENDING_STATUSES } from '../corrective-action';
import { OPEN_ACTION_STATUSES } from './monitoring-sql';
import type { HandlingRateColumns } from './monitoring-sql';
import type { Period } from './reporting-period';

/**
 * Reads of the monitoring rollups (migration `MonitoringRollups`): tables kept by triggers in the
 * same transaction as every change to complaints, their promise links and corrective actions, so a
 * report sums a few hundred rows instead of counting every complaint. Figures that turn on "now"
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
}

/**
 * The complaint and action figures of every promise lineage of the codes (lineages without any
 * complaint or action have no row) over `period`, `today` the organisation's date: one statement.
 */
export function lineageFigures(ctx: Context, organizationId: string, codeIds: string[], period: Period, today: string): Promise<LineageFigureRow[]> {
  return ctx.db.query(
    `WITH d AS (
       SELECT code_id, promise_key, sum(received) AS received, sum(upheld) AS upheld, sum(partially_upheld) AS partially_upheld,
         sum(ack_done) AS ack_done, sum(ack_done_on_time) AS ack_done_on_time, sum(res_done) AS res_done, sum(res_done_on_time) AS res_done_on_time
       FROM monitoring_lineage_day
       WHERE organization_id = $1 AND code_id = ANY($2::uuid[]) AND day BETWEEN $3::date AND $4::date
       GROUP BY 1, 2
     ), k AS (
       SELECT code_id, promise_key,
         sum(n) FILTER (WHERE kind = 'o') AS open,
         sum(n) FILTER (WHERE kind = 'o' AND at < now()) AS overdue,
         sum(n) FILTER (WHERE kind = 'a' AND day BETWEEN $3::date AND $4::date AND at < now()) AS ack_late,
         sum(n) FILTER (WHERE kind = 'a' AND day BETWEEN $3::date AND $4::date AND at < now() AND on_time) AS ack_late_on_time,
         sum(n) FILTER (WHERE kind = 'r' AND day BETWEEN $3::date AND $4::date AND at < now()) AS res_late,
         sum(n) FILTER (WHERE kind = 'r' AND day BETWEEN $3::date AND $4::date AND at < now() AND on_time) AS res_late_on_time
       FROM monitoring_lineage_clock
       WHERE organization_id = $1 AND code_id = ANY($2::uuid[])
       GROUP BY 1, 2
     ), a AS (
       SELECT code_id, promise_key,
         sum(n) FILTER (WHERE status IN (${list(OPEN_ACTION_STATUSES)})) AS actions_open,
         sum(n) FILTER (WHERE status IN (${list(PENDING_STATUSES)}) AND due_on < $5::date) AS actions_overdue,
         sum(n) FILTER (WHERE status = '${CorrectiveActionStatus.NOT_EFFECTIVE}') AS actions_not_effective,
         sum(n) FILTER (WHERE status = '${CorrectiveActionStatus.VERIFIED_EFFECTIVE}' AND verified_on BETWEEN $3::date AND $4::date) AS actions_verified_effective
       FROM monitoring_lineage_action
       WHERE organization_id = $1 AND code_id = ANY($2::uuid[])
       GROUP BY 1, 2
     ), f AS (
       SELECT code_id, promise_key,
         coalesce(received, 0)::int AS received, coalesce(open, 0)::int AS open, coalesce(overdue, 0)::int AS overdue,
         coalesce(upheld, 0)::int AS upheld, coalesce(partially_upheld, 0)::int AS partially_upheld,
         (coalesce(ack_done, 0) + coalesce(ack_late, 0))::int AS ack_rated, (coalesce(ack_done_on_time, 0) + coalesce(ack_late_on_time, 0))::int AS ack_on_time,
         (coalesce(res_done, 0) + coalesce(res_late, 0))::int AS res_rated, (coalesce(res_done_on_time, 0) + coalesce(res_late_on_time, 0))::int AS res_on_time,
         coalesce(actions_open, 0)::int AS actions_open, coalesce(actions_overdue, 0)::int AS actions_overdue,
         coalesce(actions_not_effective, 0)::int AS actions_not_effective, coalesce(actions_verified_effective, 0)::int AS actions_verified_effective
       FROM d FULL JOIN k USING (code_id, promise_key) FULL JOIN a USING (code_id, promise_key)
     )
     SELECT code_id AS "codeId", promise_key AS "key", received, open, overdue, upheld, partially_upheld AS "partiallyUpheld",
       ack_rated AS "ackRated", ack_on_time AS "ackOnTime", ack_on_time::float8 / NULLIF(ack_rated, 0) AS "ackRate",
       res_rated AS "resRated", res_on_time AS "resOnTime", res_on_time::float8 / NULLIF(res_rated, 0) AS "resRate",
       actions_open AS "actionsOpen", actions_overdue AS "actionsOverdue", actions_not_effective AS "actionsNotEffective",
       actions_verified_effective AS "actionsVerifiedEffective"
     FROM f`,
    [organizationId, codeIds, period.from, period.to, today],
  );
}

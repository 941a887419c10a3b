import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REBUILD } from './1796100000000-MonitoringRollups';

/**
 * Promise status v2:
 *
 * - the organisation's thresholds of the promise status rule and the key of the promise that
 *   answers for complaint-handling timeliness (`organization.status_*`, defaults as the first rule);
 * - two more monitoring rollups, kept in the same transaction as the others: the function every
 *   complaint change goes through (`monitoring_complaints_changed`, which passes complaints but not
 *   objections to the debt on, migration ComplaintLaw) now calls `monitoring_count_decisions`
 *   beside `monitoring_count_complaints`:
 *   `monitoring_lineage_decided`, complaints per promise lineage and day of DECISION (resolved with
 *   outcome UPHELD, PARTIALLY_UPHELD or REJECTED), for the upheld share over the complaints decided
 *   in a period; and `monitoring_code_day` / `monitoring_code_clock`, the handling figures of the
 *   complaints about a code (each complaint once, however many of the code's promises it names),
 *   for the complaint-handling promise. `monitoring_rebuild` clears them too; the backfill rebuilds
 *   every organisation.
 */
export class PromiseStatusV21796400000000 implements MigrationInterface {
  name = 'PromiseStatusV21796400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
    await queryRunner.query(`SELECT monitoring_rebuild(id) FROM organization`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(dispatcher(['monitoring_count_complaints']));
    await queryRunner.query(`DROP FUNCTION monitoring_count_decisions(complaint[], complaint[])`);
    await queryRunner.query(orReplace(REBUILD));
    for (const table of ['monitoring_code_clock', 'monitoring_code_day', 'monitoring_lineage_decided']) await queryRunner.query(`DROP TABLE "${table}"`);
    for (const column of POLICY_COLUMNS) await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "${column.split(' ')[0].replace(/"/g, '')}"`);
  }
}

const org = `"organization_id" uuid NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE`;
const UNRESOLVED = `('RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS')`;
const UPHELD = `('UPHELD', 'PARTIALLY_UPHELD')`;
const DECIDED = `('UPHELD', 'PARTIALLY_UPHELD', 'REJECTED')`;
const signed = `(SELECT x.*, -1 AS s FROM unnest(old_rows) x UNION ALL SELECT x.*, 1 AS s FROM unnest(new_rows) x)`;

const orReplace = (fn: string) => fn.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION');

const POLICY_COLUMNS = [
  `"status_upheld_share_broken_from" double precision NOT NULL DEFAULT '0.5'`,
  `"status_upheld_complaints_broken_from" integer NOT NULL DEFAULT 3`,
  `"status_upheld_share_at_risk_from" double precision NOT NULL DEFAULT '0.2'`,
  `"status_on_time_minimum" double precision NOT NULL DEFAULT '0.8'`,
  `"status_on_time_target" double precision NOT NULL DEFAULT '0.9'`,
  `"status_minimum_rated" integer NOT NULL DEFAULT 3`,
  `"status_handling_promise_key" text`,
];

const TABLES = [
  `CREATE TABLE "monitoring_lineage_decided" (${org}, "code_id" uuid NOT NULL, "day" date NOT NULL, "promise_key" text NOT NULL,
    "decided" int NOT NULL, "upheld" int NOT NULL, PRIMARY KEY ("organization_id", "code_id", "day", "promise_key"))`,
  `CREATE INDEX "monitoring_lineage_decided_zero" ON "monitoring_lineage_decided" ("organization_id") WHERE "decided" = 0`,
  `CREATE TABLE "monitoring_code_day" (${org}, "code_id" uuid NOT NULL, "day" date NOT NULL, "received" int NOT NULL,
    "ack_done" int NOT NULL, "ack_done_on_time" int NOT NULL, "res_done" int NOT NULL, "res_done_on_time" int NOT NULL,
    PRIMARY KEY ("organization_id", "code_id", "day"))`,
  `CREATE INDEX "monitoring_code_day_zero" ON "monitoring_code_day" ("organization_id") WHERE "received" = 0`,
  // Like monitoring_lineage_clock, per code: 'o' unresolved (overdue once `at` < now), 'a' / 'r' a step missing (rated once `at` < now).
  `CREATE TABLE "monitoring_code_clock" (${org}, "code_id" uuid NOT NULL, "kind" char(1) NOT NULL, "day" date NOT NULL,
    "at" timestamptz(3) NOT NULL, "on_time" boolean NOT NULL, "n" int NOT NULL,
    PRIMARY KEY ("organization_id", "code_id", "kind", "day", "at", "on_time"))`,
  `CREATE INDEX "monitoring_code_clock_zero" ON "monitoring_code_clock" ("organization_id") WHERE "n" = 0`,
];

/** The decided and per-code rollups, from the same signed rows as `monitoring_count_complaints`. */
const COUNT_DECISIONS = `
CREATE FUNCTION monitoring_count_decisions(old_rows complaint[], new_rows complaint[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO monitoring_lineage_decided AS t (organization_id, code_id, day, promise_key, decided, upheld)
  SELECT * FROM (
    SELECT c.organization_id, m.code_id, (c.resolved_at AT TIME ZONE o.timezone)::date AS day, m.promise_key,
      sum(c.s)::int AS decided, sum(CASE WHEN c.outcome IN ${UPHELD} THEN c.s ELSE 0 END)::int AS upheld
    FROM ${signed} c
    JOIN organization o ON o.id = c.organization_id
    JOIN monitoring_complaint_lineage m ON m.complaint_id = c.id
    WHERE c.resolved_at IS NOT NULL AND c.outcome IN ${DECIDED}
    GROUP BY 1, 2, 3, 4
  ) d WHERE (d.decided, d.upheld) <> (0, 0) ORDER BY 1, 2, 3, 4
  ON CONFLICT (organization_id, code_id, day, promise_key) DO UPDATE SET decided = t.decided + excluded.decided, upheld = t.upheld + excluded.upheld;

  INSERT INTO monitoring_code_day AS t (organization_id, code_id, day, received, ack_done, ack_done_on_time, res_done, res_done_on_time)
  SELECT * FROM (
    SELECT c.organization_id, m.code_id, (c.received_at AT TIME ZONE o.timezone)::date AS day,
      sum(c.s)::int AS received,
      sum(CASE WHEN c.acknowledged_at IS NOT NULL THEN c.s ELSE 0 END)::int AS ack_done,
      sum(CASE WHEN c.acknowledged_at IS NOT NULL AND c.acknowledged_on_time IS TRUE THEN c.s ELSE 0 END)::int AS ack_done_on_time,
      sum(CASE WHEN c.resolved_at IS NOT NULL THEN c.s ELSE 0 END)::int AS res_done,
      sum(CASE WHEN c.resolved_at IS NOT NULL AND c.resolved_on_time IS TRUE THEN c.s ELSE 0 END)::int AS res_done_on_time
    FROM ${signed} c
    JOIN organization o ON o.id = c.organization_id
    CROSS JOIN LATERAL (SELECT DISTINCT l.code_id FROM monitoring_complaint_lineage l WHERE l.complaint_id = c.id) m
    GROUP BY 1, 2, 3
  ) d WHERE (d.received, d.ack_done, d.ack_done_on_time, d.res_done, d.res_done_on_time) <> (0, 0, 0, 0, 0) ORDER BY 1, 2, 3
  ON CONFLICT (organization_id, code_id, day) DO UPDATE SET
    received = t.received + excluded.received, ack_done = t.ack_done + excluded.ack_done, ack_done_on_time = t.ack_done_on_time + excluded.ack_done_on_time,
    res_done = t.res_done + excluded.res_done, res_done_on_time = t.res_done_on_time + excluded.res_done_on_time;

  INSERT INTO monitoring_code_clock AS t (organization_id, code_id, kind, day, at, on_time, n)
  SELECT * FROM (
    SELECT c.organization_id, m.code_id, k.kind, CASE WHEN k.kind = 'o' THEN '-infinity'::date ELSE (c.received_at AT TIME ZONE o.timezone)::date END AS day,
      k.at, k.on_time, sum(c.s)::int AS n
    FROM ${signed} c
    JOIN organization o ON o.id = c.organization_id
    CROSS JOIN LATERAL (VALUES
      ('o', CASE WHEN c.status IN ${UNRESOLVED} THEN least(
          CASE WHEN c.acknowledged_at IS NULL THEN c.acknowledgement_due_at WHEN c.acknowledged_at > c.acknowledgement_due_at THEN '-infinity'::timestamptz ELSE 'infinity'::timestamptz END,
          CASE WHEN c.resolved_at IS NULL THEN c.resolution_due_at WHEN c.resolved_at > c.resolution_due_at THEN '-infinity'::timestamptz ELSE 'infinity'::timestamptz END) END, false),
      ('a', CASE WHEN c.acknowledged_at IS NULL THEN c.acknowledgement_due_at END, c.acknowledged_on_time IS TRUE),
      ('r', CASE WHEN c.resolved_at IS NULL THEN c.resolution_due_at END, c.resolved_on_time IS TRUE)
    ) k(kind, at, on_time)
    CROSS JOIN LATERAL (SELECT DISTINCT l.code_id FROM monitoring_complaint_lineage l WHERE l.complaint_id = c.id) m
    WHERE k.at IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5, 6
  ) d WHERE d.n <> 0 ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (organization_id, code_id, kind, day, at, on_time) DO UPDATE SET n = t.n + excluded.n;

  DELETE FROM monitoring_lineage_decided WHERE decided = 0;
  DELETE FROM monitoring_code_day WHERE received = 0;
  DELETE FROM monitoring_code_clock WHERE n = 0;
END $fn$`;

/** `monitoring_complaints_changed`: the complaints among the rows (not objections to the debt) to each counting function. */
const dispatcher = (counters: string[]) => `
CREATE OR REPLACE FUNCTION monitoring_complaints_changed(old_rows complaint[], new_rows complaint[]) RETURNS void LANGUAGE plpgsql AS $fn$
  DECLARE
    old_complaints complaint[] := array(SELECT x FROM unnest(old_rows) x WHERE x.kind = 'COMPLAINT');
    new_complaints complaint[] := array(SELECT x FROM unnest(new_rows) x WHERE x.kind = 'COMPLAINT');
  BEGIN
    ${counters.map((counter) => `PERFORM ${counter}(old_complaints, new_complaints);`).join('\n    ')}
  END $fn$`;
const REBUILD_ANCHOR = '    DELETE FROM monitoring_root_cause WHERE organization_id = org;';

function extended(fn: string, anchor: string, extra: string): string {
  if (!fn.includes(anchor)) throw new Error(`PromiseStatusV2: anchor not found: ${anchor}`);
  return orReplace(fn).replace(anchor, `${extra}${anchor}`);
}

/** `monitoring_rebuild(org)` as this migration leaves it (exported for later migrations that extend it). */
export const REBUILD_V2 = extended(
  REBUILD,
  REBUILD_ANCHOR,
  `    DELETE FROM monitoring_lineage_decided WHERE organization_id = org;
    DELETE FROM monitoring_code_day WHERE organization_id = org;
    DELETE FROM monitoring_code_clock WHERE organization_id = org;
`,
);

const UP = [
  ...POLICY_COLUMNS.map((column) => `ALTER TABLE "organization" ADD COLUMN ${column}`),
  ...TABLES,
  COUNT_DECISIONS,
  dispatcher(['monitoring_count_complaints', 'monitoring_count_decisions']),
  REBUILD_V2,
];

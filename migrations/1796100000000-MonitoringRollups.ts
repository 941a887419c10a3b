import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rollups of complaints and corrective actions per organisation, kept by triggers in the same
 * transaction as every change to `complaint`, `complaint_promise`, `corrective_action`,
 * `code_promise` (a promise's key or code) and `organization` (its time zone), so `codeStatus` and
 * `complaintAnalysis` read a few hundred summed rows instead of counting every complaint.
 *
 * Invariant: every rollup row is the sum, over the current rows, of what each complaint (or action)
 * contributes given the current links (`monitoring_complaint_lineage`, one row per complaint and
 * promise lineage it is linked to, however many versions of the promise it names). A change
 * subtracts the old row's contribution and adds the new one's. Figures that depend on "now" are
 * stored with the instant or day they turn on (`at`, `due_on`), and summed by comparing it with now.
 * Calendar days, months and years are the organisation's (time zone at write time; changing the
 * time zone rebuilds the organisation's rollups). `monitoring_rebuild(org)` recomputes them from
 * the rows (the migration's backfill; bulk loaders that disable triggers call it afterwards).
 */
export class MonitoringRollups1796100000000 implements MigrationInterface {
  name = 'MonitoringRollups1796100000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
    await queryRunner.query(`SELECT monitoring_rebuild(id) FROM organization`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}

const org = `"organization_id" uuid NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE`;
export const UNRESOLVED = `('RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS')`;
export const UPHELD = `('UPHELD', 'PARTIALLY_UPHELD')`;
const PENDING_ACTIONS = `('OPEN', 'IN_PROGRESS', 'NOT_EFFECTIVE')`;

/** The rows of a complaint array with a sign: -1 for the old rows, +1 for the new ones. */
export const signed = `(SELECT x.*, -1 AS s FROM unnest(old_rows) x UNION ALL SELECT x.*, 1 AS s FROM unnest(new_rows) x)`;

const TABLES = [
  `CREATE TABLE "monitoring_complaint_lineage" (${org}, "complaint_id" uuid NOT NULL, "code_id" uuid NOT NULL, "promise_key" text NOT NULL,
    PRIMARY KEY ("complaint_id", "code_id", "promise_key"))`,
  // Complaints per promise lineage and day of receipt (figures that never change with time).
  `CREATE TABLE "monitoring_lineage_day" (${org}, "code_id" uuid NOT NULL, "day" date NOT NULL, "promise_key" text NOT NULL,
    "received" int NOT NULL, "upheld" int NOT NULL, "partially_upheld" int NOT NULL,
    "ack_done" int NOT NULL, "ack_done_on_time" int NOT NULL, "res_done" int NOT NULL, "res_done_on_time" int NOT NULL,
    PRIMARY KEY ("organization_id", "code_id", "day", "promise_key"))`,
  // Complaints per promise lineage and year of receipt (the annual analysis).
  `CREATE TABLE "monitoring_lineage_year" (${org}, "year" int NOT NULL, "code_id" uuid NOT NULL, "promise_key" text NOT NULL,
    "received" int NOT NULL, "upheld" int NOT NULL, PRIMARY KEY ("organization_id", "year", "code_id", "promise_key"))`,
  `CREATE INDEX "monitoring_lineage_year_zero" ON "monitoring_lineage_year" ("organization_id") WHERE "received" = 0`,
  // Complaints per lineage whose figures turn on an instant: kind 'o' unresolved (overdue once `at` < now; day -infinity),
  // 'a' not acknowledged (rated once `at`, the deadline, < now), 'r' not resolved (likewise).
  `CREATE TABLE "monitoring_lineage_clock" (${org}, "code_id" uuid NOT NULL, "kind" char(1) NOT NULL, "promise_key" text NOT NULL,
    "day" date NOT NULL, "at" timestamptz(3) NOT NULL, "on_time" boolean NOT NULL, "n" int NOT NULL,
    PRIMARY KEY ("organization_id", "code_id", "kind", "promise_key", "day", "at", "on_time"))`,
  `CREATE INDEX "monitoring_lineage_clock_zero" ON "monitoring_lineage_clock" ("organization_id") WHERE "n" = 0`,
  // Actions per lineage: due day while pending, day verified while VERIFIED_EFFECTIVE (-infinity otherwise).
  `CREATE TABLE "monitoring_lineage_action" (${org}, "code_id" uuid NOT NULL, "promise_key" text NOT NULL, "status" text NOT NULL,
    "due_on" date NOT NULL, "verified_on" date NOT NULL, "n" int NOT NULL,
    PRIMARY KEY ("organization_id", "code_id", "promise_key", "status", "due_on", "verified_on"))`,
  `CREATE INDEX "monitoring_lineage_action_zero" ON "monitoring_lineage_action" ("organization_id") WHERE "n" = 0`,
  // Complaints per month of receipt: one row per figure (received, upheld, channel:EMAIL, category:LEGAL, …).
  `CREATE TABLE "monitoring_month" (${org}, "month" date NOT NULL, "figure" text NOT NULL, "n" bigint NOT NULL,
    PRIMARY KEY ("organization_id", "month", "figure"))`,
  `CREATE INDEX "monitoring_month_zero" ON "monitoring_month" ("organization_id") WHERE "n" = 0`,
  `CREATE TABLE "monitoring_month_clock" (${org}, "month" date NOT NULL, "kind" char(1) NOT NULL, "at" timestamptz(3) NOT NULL,
    "on_time" boolean NOT NULL, "n" int NOT NULL, PRIMARY KEY ("organization_id", "month", "kind", "at", "on_time"))`,
  `CREATE INDEX "monitoring_month_clock_zero" ON "monitoring_month_clock" ("organization_id") WHERE "n" = 0`,
  // Handling times (step 'a' acknowledgement, 'r' resolution) per year of receipt: exact durations, and their
  // counts per 10-minute bucket, so a percentile finds its bucket first and reads only that bucket's durations.
  `CREATE TABLE "monitoring_handling_bucket" (${org}, "year" int NOT NULL, "step" char(1) NOT NULL, "bucket" bigint NOT NULL, "n" int NOT NULL,
    PRIMARY KEY ("organization_id", "year", "step", "bucket"))`,
  `CREATE INDEX "monitoring_handling_bucket_zero" ON "monitoring_handling_bucket" ("organization_id") WHERE "n" = 0`,
  `CREATE TABLE "monitoring_handling_time" (${org}, "year" int NOT NULL, "step" char(1) NOT NULL, "bucket" bigint NOT NULL,
    "duration" interval NOT NULL, "n" int NOT NULL, PRIMARY KEY ("organization_id", "year", "step", "bucket", "duration"))`,
  `CREATE INDEX "monitoring_handling_time_zero" ON "monitoring_handling_time" ("organization_id") WHERE "n" = 0`,
  // Actions per year opened: effective -1 null, 0 false, 1 true; due day while pending.
  `CREATE TABLE "monitoring_action_year" (${org}, "year" int NOT NULL, "kind" text NOT NULL, "status" text NOT NULL,
    "effective" smallint NOT NULL, "due_on" date NOT NULL, "n" int NOT NULL,
    PRIMARY KEY ("organization_id", "year", "kind", "status", "effective", "due_on"))`,
  `CREATE INDEX "monitoring_action_year_zero" ON "monitoring_action_year" ("organization_id") WHERE "n" = 0`,
  `CREATE TABLE "monitoring_root_cause" (${org}, "year" int NOT NULL, "cause_key" text NOT NULL, "cause" text NOT NULL,
    "promise_key" text NOT NULL, "n" int NOT NULL, PRIMARY KEY ("organization_id", "year", "cause_key", "cause", "promise_key"))`,
  `CREATE INDEX "monitoring_root_cause_zero" ON "monitoring_root_cause" ("organization_id") WHERE "n" = 0`,
];

/** The function every complaint change goes through (exported for later migrations that extend it). */
export const COMPLAINTS_CHANGED = `
CREATE FUNCTION monitoring_complaints_changed(old_rows complaint[], new_rows complaint[]) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  INSERT INTO monitoring_lineage_day AS t (organization_id, code_id, day, promise_key, received, upheld, partially_upheld, ack_done, ack_done_on_time, res_done, res_done_on_time)
  SELECT * FROM (
    SELECT c.organization_id, m.code_id, (c.received_at AT TIME ZONE o.timezone)::date AS day, m.promise_key,
      sum(c.s)::int AS received,
      sum(CASE WHEN c.outcome IN ${UPHELD} THEN c.s ELSE 0 END)::int AS upheld,
      sum(CASE WHEN c.outcome = 'PARTIALLY_UPHELD' THEN c.s ELSE 0 END)::int AS partially_upheld,
      sum(CASE WHEN c.acknowledged_at IS NOT NULL THEN c.s ELSE 0 END)::int AS ack_done,
      sum(CASE WHEN c.acknowledged_at IS NOT NULL AND c.acknowledged_on_time IS TRUE THEN c.s ELSE 0 END)::int AS ack_done_on_time,
      sum(CASE WHEN c.resolved_at IS NOT NULL THEN c.s ELSE 0 END)::int AS res_done,
      sum(CASE WHEN c.resolved_at IS NOT NULL AND c.resolved_on_time IS TRUE THEN c.s ELSE 0 END)::int AS res_done_on_time
    FROM ${signed} c
    JOIN organization o ON o.id = c.organization_id
    JOIN monitoring_complaint_lineage m ON m.complaint_id = c.id
    GROUP BY 1, 2, 3, 4
  ) d
  WHERE (d.received, d.upheld, d.partially_upheld, d.ack_done, d.ack_done_on_time, d.res_done, d.res_done_on_time) <> (0, 0, 0, 0, 0, 0, 0)
  ORDER BY 1, 2, 3, 4
  ON CONFLICT (organization_id, code_id, day, promise_key) DO UPDATE SET
    received = t.received + excluded.received, upheld = t.upheld + excluded.upheld,
    partially_upheld = t.partially_upheld + excluded.partially_upheld, ack_done = t.ack_done + excluded.ack_done,
    ack_done_on_time = t.ack_done_on_time + excluded.ack_done_on_time, res_done = t.res_done + excluded.res_done,
    res_done_on_time = t.res_done_on_time + excluded.res_done_on_time;

  INSERT INTO monitoring_lineage_year AS t (organization_id, year, code_id, promise_key, received, upheld)
  SELECT * FROM (
    SELECT c.organization_id, extract(year FROM c.received_at AT TIME ZONE o.timezone)::int AS year, m.code_id, m.promise_key,
      sum(c.s)::int AS received, sum(CASE WHEN c.outcome IN ${UPHELD} THEN c.s ELSE 0 END)::int AS upheld
    FROM ${signed} c
    JOIN organization o ON o.id = c.organization_id
    JOIN monitoring_complaint_lineage m ON m.complaint_id = c.id
    GROUP BY 1, 2, 3, 4
  ) d WHERE (d.received, d.upheld) <> (0, 0) ORDER BY 1, 2, 3, 4
  ON CONFLICT (organization_id, year, code_id, promise_key) DO UPDATE SET received = t.received + excluded.received, upheld = t.upheld + excluded.upheld;

  WITH clock AS (
    SELECT c.organization_id, c.s, (c.received_at AT TIME ZONE o.timezone)::date AS day,
      date_trunc('month', c.received_at AT TIME ZONE o.timezone)::date AS month, k.kind, k.at, k.on_time, c.id
    FROM ${signed} c
    JOIN organization o ON o.id = c.organization_id
    CROSS JOIN LATERAL (VALUES
      ('o', CASE WHEN c.status IN ${UNRESOLVED} THEN least(
          CASE WHEN c.acknowledged_at IS NULL THEN c.acknowledgement_due_at WHEN c.acknowledged_at > c.acknowledgement_due_at THEN '-infinity'::timestamptz ELSE 'infinity'::timestamptz END,
          CASE WHEN c.resolved_at IS NULL THEN c.resolution_due_at WHEN c.resolved_at > c.resolution_due_at THEN '-infinity'::timestamptz ELSE 'infinity'::timestamptz END) END, false),
      ('a', CASE WHEN c.acknowledged_at IS NULL THEN c.acknowledgement_due_at END, c.acknowledged_on_time IS TRUE),
      ('r', CASE WHEN c.resolved_at IS NULL THEN c.resolution_due_at END, c.resolved_on_time IS TRUE)
    ) k(kind, at, on_time)
    WHERE k.at IS NOT NULL
  ), lineage AS (
    INSERT INTO monitoring_lineage_clock AS t (organization_id, code_id, kind, promise_key, day, at, on_time, n)
    SELECT * FROM (
      SELECT k.organization_id, m.code_id, k.kind, m.promise_key, CASE WHEN k.kind = 'o' THEN '-infinity'::date ELSE k.day END AS day, k.at, k.on_time, sum(k.s)::int AS n
      FROM clock k JOIN monitoring_complaint_lineage m ON m.complaint_id = k.id
      GROUP BY 1, 2, 3, 4, 5, 6, 7
    ) d WHERE d.n <> 0 ORDER BY 1, 2, 3, 4, 5, 6, 7
    ON CONFLICT (organization_id, code_id, kind, promise_key, day, at, on_time) DO UPDATE SET n = t.n + excluded.n
  )
  INSERT INTO monitoring_month_clock AS t (organization_id, month, kind, at, on_time, n)
  SELECT * FROM (
    SELECT k.organization_id, k.month, k.kind, k.at, k.on_time, sum(k.s)::int AS n FROM clock k GROUP BY 1, 2, 3, 4, 5
  ) d WHERE d.n <> 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (organization_id, month, kind, at, on_time) DO UPDATE SET n = t.n + excluded.n;

  INSERT INTO monitoring_month AS t (organization_id, month, figure, n)
  SELECT * FROM (
    SELECT c.organization_id, date_trunc('month', c.received_at AT TIME ZONE o.timezone)::date AS month, f.figure, sum(c.s * f.n)::bigint AS n
    FROM ${signed} c
    JOIN organization o ON o.id = c.organization_id
    CROSS JOIN LATERAL (
      SELECT figure, n FROM (VALUES
        ('received', 1),
        ('resolved', CASE WHEN c.resolved_at IS NOT NULL THEN 1 ELSE 0 END),
        ('unresolved', CASE WHEN c.status IN ${UNRESOLVED} THEN 1 ELSE 0 END),
        ('upheld', CASE WHEN c.outcome IN ${UPHELD} THEN 1 ELSE 0 END),
        ('partially_upheld', CASE WHEN c.outcome = 'PARTIALLY_UPHELD' THEN 1 ELSE 0 END),
        ('unclassified', CASE WHEN cardinality(c.categories) = 0 THEN 1 ELSE 0 END),
        ('without_promise', CASE WHEN NOT EXISTS (SELECT 1 FROM monitoring_complaint_lineage m WHERE m.complaint_id = c.id) THEN 1 ELSE 0 END),
        ('ack_done', CASE WHEN c.acknowledged_at IS NOT NULL THEN 1 ELSE 0 END),
        ('ack_done_on_time', CASE WHEN c.acknowledged_at IS NOT NULL AND c.acknowledged_on_time IS TRUE THEN 1 ELSE 0 END),
        ('res_done', CASE WHEN c.resolved_at IS NOT NULL THEN 1 ELSE 0 END),
        ('res_done_on_time', CASE WHEN c.resolved_at IS NOT NULL AND c.resolved_on_time IS TRUE THEN 1 ELSE 0 END),
        ('escalated', CASE WHEN c.escalation_escalated_at IS NOT NULL THEN 1 ELSE 0 END),
        ('escalation_pending', CASE WHEN c.escalation_escalated_at IS NOT NULL AND c.escalation_outcome IS NULL THEN 1 ELSE 0 END),
        ('escalation_decided', CASE WHEN c.escalation_escalated_at IS NOT NULL AND c.escalation_outcome IS NOT NULL THEN 1 ELSE 0 END),
        ('escalation_binding', CASE WHEN c.escalation_escalated_at IS NOT NULL AND c.escalation_outcome IS NOT NULL AND c.escalation_binding IS TRUE THEN 1 ELSE 0 END),
        ('escalation_overturned', CASE WHEN c.escalation_escalated_at IS NOT NULL AND c.escalation_outcome IS NOT NULL AND c.escalation_outcome IS DISTINCT FROM c.outcome THEN 1 ELSE 0 END),
        ('satisfaction_rated', CASE WHEN c.satisfaction IS NOT NULL THEN 1 ELSE 0 END),
        ('satisfaction_sum', coalesce(c.satisfaction, 0)),
        ('channel:' || c.channel, 1),
        ('channel_upheld:' || c.channel, CASE WHEN c.outcome IN ${UPHELD} THEN 1 ELSE 0 END),
        ('outcome:' || coalesce(c.outcome, ''), 1),
        ('escalation_outcome:' || c.escalation_outcome, CASE WHEN c.escalation_outcome IS NOT NULL THEN 1 ELSE 0 END)
      ) v(figure, n)
      UNION ALL
      SELECT 'category:' || cat, 1 FROM (SELECT DISTINCT unnest(c.categories) AS cat) cats
      UNION ALL
      SELECT 'category_upheld:' || cat, 1 FROM (SELECT DISTINCT unnest(c.categories) AS cat) cats WHERE c.outcome IN ${UPHELD}
    ) f
    WHERE f.n <> 0 AND f.figure IS NOT NULL
    GROUP BY 1, 2, 3
  ) d WHERE d.n <> 0 ORDER BY 1, 2, 3
  ON CONFLICT (organization_id, month, figure) DO UPDATE SET n = t.n + excluded.n;

  WITH handled AS (
    SELECT c.organization_id, extract(year FROM c.received_at AT TIME ZONE o.timezone)::int AS year, h.step, h.duration,
      floor(extract(epoch FROM h.duration) / 600)::bigint AS bucket, c.s
    FROM ${signed} c
    JOIN organization o ON o.id = c.organization_id
    CROSS JOIN LATERAL (VALUES ('a', c.acknowledged_at - c.received_at), ('r', c.resolved_at - c.received_at)) h(step, duration)
    WHERE h.duration IS NOT NULL
  ), buckets AS (
    INSERT INTO monitoring_handling_bucket AS t (organization_id, year, step, bucket, n)
    SELECT * FROM (SELECT organization_id, year, step, bucket, sum(s)::int AS n FROM handled GROUP BY 1, 2, 3, 4) d
    WHERE d.n <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (organization_id, year, step, bucket) DO UPDATE SET n = t.n + excluded.n
  )
  INSERT INTO monitoring_handling_time AS t (organization_id, year, step, bucket, duration, n)
  SELECT * FROM (SELECT organization_id, year, step, bucket, duration, sum(s)::int AS n FROM handled GROUP BY 1, 2, 3, 4, 5) d
  WHERE d.n <> 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (organization_id, year, step, bucket, duration) DO UPDATE SET n = t.n + excluded.n;

  DELETE FROM monitoring_lineage_year WHERE received = 0;
  DELETE FROM monitoring_lineage_clock WHERE n = 0;
  DELETE FROM monitoring_month_clock WHERE n = 0;
  DELETE FROM monitoring_month WHERE n = 0;
  DELETE FROM monitoring_handling_bucket WHERE n = 0;
  DELETE FROM monitoring_handling_time WHERE n = 0;
END $fn$`;

const ACTIONS_CHANGED = `
CREATE FUNCTION monitoring_actions_changed(old_rows corrective_action[], new_rows corrective_action[], old_code_id uuid DEFAULT NULL, old_key text DEFAULT NULL)
RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  -- old_code_id/old_key: the lineage of the old rows when their promise's key or code is being changed.
  INSERT INTO monitoring_lineage_action AS t (organization_id, code_id, promise_key, status, due_on, verified_on, n)
  SELECT * FROM (
    SELECT a.organization_id,
      CASE WHEN a.s < 0 AND old_code_id IS NOT NULL THEN old_code_id ELSE p.code_id END AS code_id,
      CASE WHEN a.s < 0 AND old_key IS NOT NULL THEN old_key ELSE p.key END AS promise_key,
      a.status,
      CASE WHEN a.status IN ${PENDING_ACTIONS} THEN a.due_on ELSE '-infinity'::date END AS due_on,
      CASE WHEN a.status = 'VERIFIED_EFFECTIVE' THEN coalesce(a.verified_on, '-infinity'::date) ELSE '-infinity'::date END AS verified_on,
      sum(a.s)::int AS n
    FROM ${signed} a
    JOIN organization o ON o.id = a.organization_id
    JOIN code_promise p ON p.id = a.promise_id
    GROUP BY 1, 2, 3, 4, 5, 6
  ) d WHERE d.n <> 0 ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (organization_id, code_id, promise_key, status, due_on, verified_on) DO UPDATE SET n = t.n + excluded.n;

  INSERT INTO monitoring_action_year AS t (organization_id, year, kind, status, effective, due_on, n)
  SELECT * FROM (
    SELECT a.organization_id, extract(year FROM a.created_at AT TIME ZONE o.timezone)::int AS year, a.kind, a.status,
      (CASE WHEN a.effective IS NULL THEN -1 WHEN a.effective THEN 1 ELSE 0 END)::smallint AS effective,
      CASE WHEN a.status IN ${PENDING_ACTIONS} THEN a.due_on ELSE '-infinity'::date END AS due_on,
      sum(a.s)::int AS n
    FROM ${signed} a
    JOIN organization o ON o.id = a.organization_id
    GROUP BY 1, 2, 3, 4, 5, 6
  ) d WHERE d.n <> 0 ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (organization_id, year, kind, status, effective, due_on) DO UPDATE SET n = t.n + excluded.n;

  INSERT INTO monitoring_root_cause AS t (organization_id, year, cause_key, cause, promise_key, n)
  SELECT * FROM (
    SELECT a.organization_id, extract(year FROM a.created_at AT TIME ZONE o.timezone)::int AS year,
      lower(regexp_replace(btrim(a.root_cause), '\\s+', ' ', 'g')) AS cause_key, btrim(a.root_cause) AS cause,
      CASE WHEN a.s < 0 AND old_key IS NOT NULL THEN old_key ELSE p.key END AS promise_key,
      sum(a.s)::int AS n
    FROM ${signed} a
    JOIN organization o ON o.id = a.organization_id
    JOIN code_promise p ON p.id = a.promise_id
    WHERE btrim(a.root_cause) <> ''
    GROUP BY 1, 2, 3, 4, 5
  ) d WHERE d.n <> 0 ORDER BY 1, 2, 3, 4, 5
  ON CONFLICT (organization_id, year, cause_key, cause, promise_key) DO UPDATE SET n = t.n + excluded.n;

  DELETE FROM monitoring_lineage_action WHERE n = 0;
  DELETE FROM monitoring_action_year WHERE n = 0;
  DELETE FROM monitoring_root_cause WHERE n = 0;
END $fn$`;

/** `monitoring_rebuild(org)` (exported for later migrations that extend it). */
export const REBUILD = `CREATE FUNCTION monitoring_rebuild(org uuid) RETURNS void LANGUAGE plpgsql AS $fn$
  DECLARE
    last_id uuid := '00000000-0000-0000-0000-000000000000';
    batch complaint[];
    actions corrective_action[];
  BEGIN
    DELETE FROM monitoring_complaint_lineage WHERE organization_id = org;
    DELETE FROM monitoring_lineage_day WHERE organization_id = org;
    DELETE FROM monitoring_lineage_year WHERE organization_id = org;
    DELETE FROM monitoring_lineage_clock WHERE organization_id = org;
    DELETE FROM monitoring_lineage_action WHERE organization_id = org;
    DELETE FROM monitoring_month WHERE organization_id = org;
    DELETE FROM monitoring_month_clock WHERE organization_id = org;
    DELETE FROM monitoring_handling_bucket WHERE organization_id = org;
    DELETE FROM monitoring_handling_time WHERE organization_id = org;
    DELETE FROM monitoring_action_year WHERE organization_id = org;
    DELETE FROM monitoring_root_cause WHERE organization_id = org;
    INSERT INTO monitoring_complaint_lineage (organization_id, complaint_id, code_id, promise_key)
    SELECT DISTINCT cp.organization_id, cp.complaint_id, p.code_id, p.key
    FROM complaint_promise cp JOIN code_promise p ON p.id = cp.promise_id WHERE cp.organization_id = org;
    LOOP
      batch := array(SELECT c FROM complaint c WHERE c.organization_id = org AND c.id > last_id ORDER BY c.id LIMIT 20000);
      EXIT WHEN cardinality(batch) = 0;
      PERFORM monitoring_complaints_changed('{}', batch);
      last_id := batch[cardinality(batch)].id;
    END LOOP;
    last_id := '00000000-0000-0000-0000-000000000000';
    LOOP
      actions := array(SELECT a FROM corrective_action a WHERE a.organization_id = org AND a.id > last_id ORDER BY a.id LIMIT 20000);
      EXIT WHEN cardinality(actions) = 0;
      PERFORM monitoring_actions_changed('{}', actions);
      last_id := actions[cardinality(actions)].id;
    END LOOP;
  END $fn$`;

const FUNCTIONS = [
  COMPLAINTS_CHANGED,
  ACTIONS_CHANGED,
  // Takes complaints out of the lineage rollups (with their current rows and links) and forgets their links.
  `CREATE FUNCTION monitoring_detach_complaints(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
  BEGIN
    PERFORM monitoring_complaints_changed(array(SELECT c FROM complaint c WHERE c.id = ANY(ids) ORDER BY c.id), '{}');
    DELETE FROM monitoring_complaint_lineage WHERE complaint_id = ANY(ids);
  END $fn$`,
  // Reads the complaints' links again and adds them back.
  `CREATE FUNCTION monitoring_attach_complaints(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
  BEGIN
    INSERT INTO monitoring_complaint_lineage (organization_id, complaint_id, code_id, promise_key)
    SELECT DISTINCT cp.organization_id, cp.complaint_id, p.code_id, p.key
    FROM complaint_promise cp JOIN code_promise p ON p.id = cp.promise_id JOIN complaint c ON c.id = cp.complaint_id
    WHERE cp.complaint_id = ANY(ids) ORDER BY 2, 3, 4;
    PERFORM monitoring_complaints_changed('{}', array(SELECT c FROM complaint c WHERE c.id = ANY(ids) ORDER BY c.id));
  END $fn$`,
  REBUILD,
  // complaint: inserted and updated rows (statement level), deleted rows before they go (their links are still there).
  `CREATE FUNCTION monitoring_complaint_inserted() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    PERFORM monitoring_complaints_changed('{}', array(SELECT n::complaint FROM new_rows n ORDER BY n.id));
    RETURN NULL;
  END $fn$`,
  `CREATE FUNCTION monitoring_complaint_updated() RETURNS trigger LANGUAGE plpgsql AS $fn$
  DECLARE
    ids uuid[];
  BEGIN
    ids := array(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (o.organization_id, o.received_at, o.status, o.outcome, o.categories, o.channel, o.acknowledgement_due_at, o.acknowledged_at,
             o.acknowledged_on_time, o.resolution_due_at, o.resolved_at, o.resolved_on_time, o.escalation_escalated_at,
             o.escalation_outcome, o.escalation_binding, o.satisfaction)
        IS DISTINCT FROM
            (n.organization_id, n.received_at, n.status, n.outcome, n.categories, n.channel, n.acknowledgement_due_at, n.acknowledged_at,
             n.acknowledged_on_time, n.resolution_due_at, n.resolved_at, n.resolved_on_time, n.escalation_escalated_at,
             n.escalation_outcome, n.escalation_binding, n.satisfaction));
    IF cardinality(ids) > 0 THEN
      PERFORM monitoring_complaints_changed(
        array(SELECT o::complaint FROM old_rows o WHERE o.id = ANY(ids) ORDER BY o.id),
        array(SELECT n::complaint FROM new_rows n WHERE n.id = ANY(ids) ORDER BY n.id));
    END IF;
    RETURN NULL;
  END $fn$`,
  `CREATE FUNCTION monitoring_complaint_deleting() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    PERFORM monitoring_complaints_changed(ARRAY[OLD], '{}');
    DELETE FROM monitoring_complaint_lineage WHERE complaint_id = OLD.id;
    RETURN OLD;
  END $fn$`,
  // complaint_promise: the complaints whose links changed are taken out and added back with their links.
  `CREATE FUNCTION monitoring_links_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
  DECLARE
    ids uuid[];
  BEGIN
    IF TG_OP = 'INSERT' THEN
      ids := array(SELECT DISTINCT complaint_id FROM new_rows ORDER BY 1);
    ELSIF TG_OP = 'DELETE' THEN
      ids := array(SELECT DISTINCT complaint_id FROM old_rows ORDER BY 1);
    ELSE
      ids := array(SELECT complaint_id FROM old_rows UNION SELECT complaint_id FROM new_rows ORDER BY 1);
    END IF;
    PERFORM monitoring_detach_complaints(ids);
    PERFORM monitoring_attach_complaints(ids);
    RETURN NULL;
  END $fn$`,
  `CREATE FUNCTION monitoring_action_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM monitoring_actions_changed('{}', array(SELECT n::corrective_action FROM new_rows n ORDER BY n.id));
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM monitoring_actions_changed(array(SELECT o::corrective_action FROM old_rows o ORDER BY o.id), '{}');
    ELSE
      PERFORM monitoring_actions_changed(
        array(SELECT o::corrective_action FROM old_rows o JOIN new_rows n ON n.id = o.id
              WHERE (o.organization_id, o.promise_id, o.kind, o.status, o.due_on, o.verified_on, o.effective, o.root_cause, o.created_at)
                IS DISTINCT FROM (n.organization_id, n.promise_id, n.kind, n.status, n.due_on, n.verified_on, n.effective, n.root_cause, n.created_at)
              ORDER BY o.id),
        array(SELECT n::corrective_action FROM old_rows o JOIN new_rows n ON n.id = o.id
              WHERE (o.organization_id, o.promise_id, o.kind, o.status, o.due_on, o.verified_on, o.effective, o.root_cause, o.created_at)
                IS DISTINCT FROM (n.organization_id, n.promise_id, n.kind, n.status, n.due_on, n.verified_on, n.effective, n.root_cause, n.created_at)
              ORDER BY n.id));
    END IF;
    RETURN NULL;
  END $fn$`,
  // code_promise: a promise whose key or code changes moves its complaints and actions to the new lineage.
  `CREATE FUNCTION monitoring_promise_moving() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    PERFORM monitoring_detach_complaints(array(SELECT DISTINCT complaint_id FROM complaint_promise WHERE promise_id = OLD.id ORDER BY 1));
    PERFORM monitoring_actions_changed(array(SELECT a FROM corrective_action a WHERE a.promise_id = OLD.id ORDER BY a.id), '{}');
    RETURN NEW;
  END $fn$`,
  `CREATE FUNCTION monitoring_promise_moved() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    PERFORM monitoring_attach_complaints(array(SELECT DISTINCT complaint_id FROM complaint_promise WHERE promise_id = NEW.id ORDER BY 1));
    PERFORM monitoring_actions_changed('{}', array(SELECT a FROM corrective_action a WHERE a.promise_id = NEW.id ORDER BY a.id));
    RETURN NULL;
  END $fn$`,
  `CREATE FUNCTION monitoring_timezone_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    PERFORM monitoring_rebuild(NEW.id);
    RETURN NULL;
  END $fn$`,
];

const TRIGGERS = [
  `CREATE TRIGGER monitoring_complaint_inserted AFTER INSERT ON complaint REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_complaint_inserted()`,
  `CREATE TRIGGER monitoring_complaint_updated AFTER UPDATE ON complaint REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_complaint_updated()`,
  `CREATE TRIGGER monitoring_complaint_deleting BEFORE DELETE ON complaint FOR EACH ROW EXECUTE FUNCTION monitoring_complaint_deleting()`,
  `CREATE TRIGGER monitoring_links_inserted AFTER INSERT ON complaint_promise REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_links_changed()`,
  `CREATE TRIGGER monitoring_links_updated AFTER UPDATE ON complaint_promise REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_links_changed()`,
  `CREATE TRIGGER monitoring_links_deleted AFTER DELETE ON complaint_promise REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_links_changed()`,
  `CREATE TRIGGER monitoring_action_inserted AFTER INSERT ON corrective_action REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_action_changed()`,
  `CREATE TRIGGER monitoring_action_updated AFTER UPDATE ON corrective_action REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_action_changed()`,
  `CREATE TRIGGER monitoring_action_deleted AFTER DELETE ON corrective_action REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION monitoring_action_changed()`,
  `CREATE TRIGGER monitoring_promise_moving BEFORE UPDATE OF key, code_id ON code_promise FOR EACH ROW
     WHEN (OLD.key IS DISTINCT FROM NEW.key OR OLD.code_id IS DISTINCT FROM NEW.code_id) EXECUTE FUNCTION monitoring_promise_moving()`,
  `CREATE TRIGGER monitoring_promise_moved AFTER UPDATE OF key, code_id ON code_promise FOR EACH ROW
     WHEN (OLD.key IS DISTINCT FROM NEW.key OR OLD.code_id IS DISTINCT FROM NEW.code_id) EXECUTE FUNCTION monitoring_promise_moved()`,
  `CREATE TRIGGER monitoring_timezone_changed AFTER UPDATE OF timezone ON organization FOR EACH ROW
     WHEN (OLD.timezone IS DISTINCT FROM NEW.timezone) EXECUTE FUNCTION monitoring_timezone_changed()`,
];

const UP = [...TABLES, ...FUNCTIONS, ...TRIGGERS];

const DOWN = [
  `DROP TRIGGER monitoring_timezone_changed ON organization`,
  `DROP TRIGGER monitoring_promise_moved ON code_promise`,
  `DROP TRIGGER monitoring_promise_moving ON code_promise`,
  `DROP TRIGGER monitoring_action_deleted ON corrective_action`,
  `DROP TRIGGER monitoring_action_updated ON corrective_action`,
  `DROP TRIGGER monitoring_action_inserted ON corrective_action`,
  `DROP TRIGGER monitoring_links_deleted ON complaint_promise`,
  `DROP TRIGGER monitoring_links_updated ON complaint_promise`,
  `DROP TRIGGER monitoring_links_inserted ON complaint_promise`,
  `DROP TRIGGER monitoring_complaint_deleting ON complaint`,
  `DROP TRIGGER monitoring_complaint_updated ON complaint`,
  `DROP TRIGGER monitoring_complaint_inserted ON complaint`,
  `DROP FUNCTION monitoring_timezone_changed()`,
  `DROP FUNCTION monitoring_promise_moved()`,
  `DROP FUNCTION monitoring_promise_moving()`,
  `DROP FUNCTION monitoring_action_changed()`,
  `DROP FUNCTION monitoring_links_changed()`,
  `DROP FUNCTION monitoring_complaint_deleting()`,
  `DROP FUNCTION monitoring_complaint_updated()`,
  `DROP FUNCTION monitoring_complaint_inserted()`,
  `DROP FUNCTION monitoring_rebuild(uuid)`,
  `DROP FUNCTION monitoring_attach_complaints(uuid[])`,
  `DROP FUNCTION monitoring_detach_complaints(uuid[])`,
  `DROP FUNCTION monitoring_actions_changed(corrective_action[], corrective_action[], uuid, text)`,
  `DROP FUNCTION monitoring_complaints_changed(complaint[], complaint[])`,
  ...[
    'monitoring_root_cause',
    'monitoring_action_year',
    'monitoring_handling_time',
    'monitoring_handling_bucket',
    'monitoring_month_clock',
    'monitoring_month',
    'monitoring_lineage_action',
    'monitoring_lineage_clock',
    'monitoring_lineage_year',
    'monitoring_lineage_day',
    'monitoring_complaint_lineage',
  ].map((table) => `DROP TABLE "${table}"`),
];

import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REBUILD_V2 } from './1796400000000-PromiseStatusV2';

/**
 * The disputes-body figures per promise lineage from a rollup instead of a count over every
 * complaint link: `monitoring_disputes_lineage` holds one row per disputes-body case and promise
 * lineage its complaint names (a complaint linked to a lineage in several versions once), with the
 * complaint's day of receipt and of decision in the organisation's time zone, whether the
 * organisation rejected it, and the body's outcome. Cases are few (a few per hundred complaints), so
 * a report reads a few thousand rows at most instead of joining every complaint link of the
 * organisation.
 *
 * It is kept in the same transaction as every change it depends on: a case (insert, update,
 * delete), a complaint with a case (receipt, decision, outcome, kind: objections to the debt count
 * in no figure), the promise links of a complaint with a case, and a promise whose key or code
 * changes. `monitoring_rebuild` (time-zone changes, the benchmark's generator) rebuilds it too.
 * test/e2e/monitoring-rollups.test.ts compares the figures with a direct count on random histories.
 */
export class DisputesRollup1797000000000 implements MigrationInterface {
  name = 'DisputesRollup1797000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
    await queryRunner.query(`SELECT monitoring_disputes_refresh(array(SELECT complaint_id FROM disputes_case))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of DOWN) await queryRunner.query(statement);
  }
}

const REBUILD_ANCHOR = '    DELETE FROM monitoring_root_cause WHERE organization_id = org;';

/** The rows of the cases about complaints `ids`, from the cases, complaints and links as they are now. */
const REFRESH = `CREATE FUNCTION monitoring_disputes_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $fn$
  BEGIN
    IF cardinality(ids) = 0 THEN RETURN; END IF;
    DELETE FROM monitoring_disputes_lineage WHERE complaint_id = ANY(ids);
    INSERT INTO monitoring_disputes_lineage (organization_id, case_id, complaint_id, code_id, promise_key, received_day, decided_day, rejected, outcome)
    SELECT DISTINCT dc.organization_id, dc.id, c.id, p.code_id, p.key, (c.received_at AT TIME ZONE o.timezone)::date,
      (c.resolved_at AT TIME ZONE o.timezone)::date, c.outcome IS NOT DISTINCT FROM 'REJECTED', dc.outcome
    FROM disputes_case dc
    JOIN organization o ON o.id = dc.organization_id
    JOIN complaint c ON c.id = dc.complaint_id AND c.organization_id = dc.organization_id AND c.kind = 'COMPLAINT'
    JOIN complaint_promise cp ON cp.complaint_id = c.id AND cp.organization_id = c.organization_id
    JOIN code_promise p ON p.id = cp.promise_id
    WHERE dc.complaint_id = ANY(ids);
  END $fn$`;

/** Of the complaints `ids`, those with a disputes-body case (most complaints have none: one index probe each). */
const WITH_CASE = (ids: string) => `array(SELECT DISTINCT dc.complaint_id FROM disputes_case dc WHERE dc.complaint_id IN (${ids}) ORDER BY 1)`;

const UP = [
  `CREATE TABLE "monitoring_disputes_lineage" (
    "organization_id" uuid NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE,
    "case_id" uuid NOT NULL REFERENCES "disputes_case"("id") ON DELETE CASCADE,
    "complaint_id" uuid NOT NULL REFERENCES "complaint"("id") ON DELETE CASCADE,
    "code_id" uuid NOT NULL, "promise_key" text NOT NULL,
    "received_day" date NOT NULL, "decided_day" date, "rejected" boolean NOT NULL, "outcome" text,
    PRIMARY KEY ("case_id", "code_id", "promise_key"))`,
  `CREATE INDEX "monitoring_disputes_lineage_code" ON "monitoring_disputes_lineage" ("organization_id", "code_id", "received_day")`,
  `CREATE INDEX "monitoring_disputes_lineage_complaint" ON "monitoring_disputes_lineage" ("complaint_id")`,
  REFRESH,
  `CREATE FUNCTION monitoring_disputes_cases_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM monitoring_disputes_refresh(array(SELECT DISTINCT complaint_id FROM new_rows ORDER BY 1));
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM monitoring_disputes_refresh(array(SELECT DISTINCT complaint_id FROM old_rows ORDER BY 1));
    ELSE
      PERFORM monitoring_disputes_refresh(array(
        SELECT o.complaint_id FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE (o.complaint_id, o.organization_id, o.outcome) IS DISTINCT FROM (n.complaint_id, n.organization_id, n.outcome)
        UNION SELECT n.complaint_id FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE (o.complaint_id, o.organization_id, o.outcome) IS DISTINCT FROM (n.complaint_id, n.organization_id, n.outcome)
        ORDER BY 1));
    END IF;
    RETURN NULL;
  END $fn$`,
  `CREATE FUNCTION monitoring_disputes_complaints_updated() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    PERFORM monitoring_disputes_refresh(${WITH_CASE(`SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.received_at, o.resolved_at, o.outcome, o.kind, o.organization_id) IS DISTINCT FROM (n.received_at, n.resolved_at, n.outcome, n.kind, n.organization_id)`)});
    RETURN NULL;
  END $fn$`,
  `CREATE FUNCTION monitoring_disputes_links_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      PERFORM monitoring_disputes_refresh(${WITH_CASE('SELECT complaint_id FROM new_rows')});
    ELSIF TG_OP = 'DELETE' THEN
      PERFORM monitoring_disputes_refresh(${WITH_CASE('SELECT complaint_id FROM old_rows')});
    ELSE
      PERFORM monitoring_disputes_refresh(${WITH_CASE('SELECT complaint_id FROM old_rows UNION SELECT complaint_id FROM new_rows')});
    END IF;
    RETURN NULL;
  END $fn$`,
  `CREATE FUNCTION monitoring_disputes_promise_moved() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    PERFORM monitoring_disputes_refresh(${WITH_CASE('SELECT complaint_id FROM complaint_promise WHERE promise_id = NEW.id')});
    RETURN NULL;
  END $fn$`,
  `CREATE TRIGGER monitoring_disputes_cases_inserted AFTER INSERT ON disputes_case REFERENCING NEW TABLE AS new_rows
     FOR EACH STATEMENT EXECUTE FUNCTION monitoring_disputes_cases_changed()`,
  `CREATE TRIGGER monitoring_disputes_cases_updated AFTER UPDATE ON disputes_case REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
     FOR EACH STATEMENT EXECUTE FUNCTION monitoring_disputes_cases_changed()`,
  `CREATE TRIGGER monitoring_disputes_cases_deleted AFTER DELETE ON disputes_case REFERENCING OLD TABLE AS old_rows
     FOR EACH STATEMENT EXECUTE FUNCTION monitoring_disputes_cases_changed()`,
  `CREATE TRIGGER monitoring_disputes_complaints_updated AFTER UPDATE ON complaint REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
     FOR EACH STATEMENT EXECUTE FUNCTION monitoring_disputes_complaints_updated()`,
  `CREATE TRIGGER monitoring_disputes_links_inserted AFTER INSERT ON complaint_promise REFERENCING NEW TABLE AS new_rows
     FOR EACH STATEMENT EXECUTE FUNCTION monitoring_disputes_links_changed()`,
  `CREATE TRIGGER monitoring_disputes_links_updated AFTER UPDATE ON complaint_promise REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
     FOR EACH STATEMENT EXECUTE FUNCTION monitoring_disputes_links_changed()`,
  `CREATE TRIGGER monitoring_disputes_links_deleted AFTER DELETE ON complaint_promise REFERENCING OLD TABLE AS old_rows
     FOR EACH STATEMENT EXECUTE FUNCTION monitoring_disputes_links_changed()`,
  `CREATE TRIGGER monitoring_disputes_promise_moved AFTER UPDATE OF key, code_id ON code_promise FOR EACH ROW
     WHEN ((OLD.key, OLD.code_id) IS DISTINCT FROM (NEW.key, NEW.code_id)) EXECUTE FUNCTION monitoring_disputes_promise_moved()`,
  extendedRebuild(),
];

const DOWN = [
  REBUILD_V2,
  ...['monitoring_disputes_promise_moved ON code_promise', 'monitoring_disputes_links_deleted ON complaint_promise',
    'monitoring_disputes_links_updated ON complaint_promise', 'monitoring_disputes_links_inserted ON complaint_promise',
    'monitoring_disputes_complaints_updated ON complaint', 'monitoring_disputes_cases_deleted ON disputes_case',
    'monitoring_disputes_cases_updated ON disputes_case', 'monitoring_disputes_cases_inserted ON disputes_case'].map((t) => `DROP TRIGGER ${t}`),
  ...['monitoring_disputes_promise_moved()', 'monitoring_disputes_links_changed()', 'monitoring_disputes_complaints_updated()',
    'monitoring_disputes_cases_changed()', 'monitoring_disputes_refresh(uuid[])'].map((f) => `DROP FUNCTION ${f}`),
  `DROP TABLE "monitoring_disputes_lineage"`,
];

/** `monitoring_rebuild(org)` rebuilding the disputes rows of the organisation too. */
function extendedRebuild(): string {
  if (!REBUILD_V2.includes(REBUILD_ANCHOR)) throw new Error(`DisputesRollup: anchor not found: ${REBUILD_ANCHOR}`);
  return REBUILD_V2.replace(
    REBUILD_ANCHOR,
    `    DELETE FROM monitoring_disputes_lineage WHERE organization_id = org;
    PERFORM monitoring_disputes_refresh(array(SELECT complaint_id FROM disputes_case WHERE organization_id = org));
${REBUILD_ANCHOR}`,
  );
}

/** `monitoring_rebuild(org)` as this migration leaves it (exported for later migrations that extend it). */
export const REBUILD_WITH_DISPUTES = extendedRebuild();

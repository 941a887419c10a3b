import type { MigrationInterface, QueryRunner } from 'typeorm';
import { REBUILD_SET_BASED } from './1797600000000-SetBasedRebuild';

/**
 * The disputes-body cases per promise lineage and year of receipt, rolled up: `complaintAnalysis`
 * reported them by aggregating every row of `monitoring_disputes_lineage` (one per case and lineage)
 * of the years asked for, on each request: at a million complaints, 16,000 rows and 12 ms of a
 * request's 40. `monitoring_disputes_year` holds their counts per organisation, year, code and
 * promise key (a few rows per lineage), in the same transaction as the rows it counts:
 *
 * - a statement-level trigger on `monitoring_disputes_lineage` adds its NEW − OLD rows, so the
 *   rollup is the count of the source's rows by construction, whichever function wrote them, and a
 *   row is dropped when it counts no case;
 * - `monitoring_rebuild` recomputes it from the source at the end, like the month rollups (a loader
 *   that disabled every trigger still gets it right);
 * - the outcomes are those of `src/modules/disputes/disputes-rules.ts` as this migration was written
 *   (RATED_OUTCOMES, AGAINST_ORGANIZATION): a change to them needs a migration that counts again.
 *
 * test/e2e/monitoring-rollups.test.ts compares the analysis with a direct count on random histories.
 */
export class DisputesYearRollup1797700000000 implements MigrationInterface {
  name = 'DisputesYearRollup1797700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of UP) await queryRunner.query(statement);
    await queryRunner.query(refill('true'));
    // Statistics at once: without them the planner takes the new table for empty and joins it row by row.
    await queryRunner.query('ANALYZE monitoring_disputes_year');
    await queryRunner.query(REBUILD_WITH_DISPUTES_YEAR);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(REBUILD_SET_BASED.replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION'));
    for (const op of ['deleted', 'updated', 'inserted']) await queryRunner.query(`DROP TRIGGER monitoring_disputes_year_${op} ON monitoring_disputes_lineage`);
    await queryRunner.query('DROP FUNCTION monitoring_disputes_year_sync()');
    await queryRunner.query('DROP TABLE "monitoring_disputes_year"');
  }
}

/** RATED_OUTCOMES and AGAINST_ORGANIZATION of disputes-rules.ts. */
const RATED = `('UPHELD', 'PARTIALLY_UPHELD', 'REJECTED', 'SETTLED')`;
const AGAINST = `('UPHELD', 'PARTIALLY_UPHELD')`;

/** The counts of `rows` (source rows, each with `s` = +1 or -1) per organisation, year of receipt, code and promise key. */
const counted = (rows: string, where = 'true') => `
      SELECT organization_id, extract(year FROM received_day)::int AS year, code_id, promise_key,
        sum(s)::int AS cases,
        coalesce(sum(s) FILTER (WHERE outcome IN ${RATED}), 0)::int AS rated,
        coalesce(sum(s) FILTER (WHERE outcome IN ${AGAINST}), 0)::int AS overturned
      FROM ${rows} r WHERE ${where}
      GROUP BY 1, 2, 3, 4`;

const COLUMNS = 'organization_id, received_day, code_id, promise_key, outcome';

/** Adds the signed rows into the rollup (in key order, so that concurrent writers lock alike) and drops rows that count nothing. */
const upsert = (rows: string) => `
    INSERT INTO monitoring_disputes_year AS t (organization_id, year, code_id, promise_key, cases, rated, overturned)
    SELECT * FROM (${counted(rows)}) d WHERE (d.cases, d.rated, d.overturned) <> (0, 0, 0)
    ORDER BY 1, 2, 3, 4
    ON CONFLICT (organization_id, year, code_id, promise_key) DO UPDATE
      SET cases = t.cases + excluded.cases, rated = t.rated + excluded.rated, overturned = t.overturned + excluded.overturned;
    DELETE FROM monitoring_disputes_year WHERE cases = 0;`;

const UP = [
  `CREATE TABLE "monitoring_disputes_year" (
    "organization_id" uuid NOT NULL REFERENCES "organization"("id") ON DELETE CASCADE,
    "year" int NOT NULL, "code_id" uuid NOT NULL, "promise_key" text NOT NULL,
    "cases" int NOT NULL, "rated" int NOT NULL, "overturned" int NOT NULL,
    PRIMARY KEY ("organization_id", "year", "code_id", "promise_key"))`,
  // A row that counts no case is deleted in the statement that emptied it: this index finds it.
  `CREATE INDEX "monitoring_disputes_year_zero" ON "monitoring_disputes_year" ("organization_id") WHERE "cases" = 0`,
  `CREATE FUNCTION monitoring_disputes_year_sync() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      IF NOT EXISTS (SELECT FROM new_rows) THEN RETURN NULL; END IF;
      ${upsert(`(SELECT ${COLUMNS}, 1 AS s FROM new_rows)`)}
    ELSIF TG_OP = 'DELETE' THEN
      IF NOT EXISTS (SELECT FROM old_rows) THEN RETURN NULL; END IF;
      ${upsert(`(SELECT ${COLUMNS}, -1 AS s FROM old_rows)`)}
    ELSE
      IF NOT EXISTS (SELECT FROM new_rows) THEN RETURN NULL; END IF;
      ${upsert(`(SELECT ${COLUMNS}, -1 AS s FROM old_rows UNION ALL SELECT ${COLUMNS}, 1 AS s FROM new_rows)`)}
    END IF;
    RETURN NULL;
  END $fn$`,
  `CREATE TRIGGER monitoring_disputes_year_inserted AFTER INSERT ON monitoring_disputes_lineage REFERENCING NEW TABLE AS new_rows
     FOR EACH STATEMENT EXECUTE FUNCTION monitoring_disputes_year_sync()`,
  `CREATE TRIGGER monitoring_disputes_year_updated AFTER UPDATE ON monitoring_disputes_lineage REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
     FOR EACH STATEMENT EXECUTE FUNCTION monitoring_disputes_year_sync()`,
  `CREATE TRIGGER monitoring_disputes_year_deleted AFTER DELETE ON monitoring_disputes_lineage REFERENCING OLD TABLE AS old_rows
     FOR EACH STATEMENT EXECUTE FUNCTION monitoring_disputes_year_sync()`,
];

/** The rollup's rows of the organisations `orgCondition` (on `organization_id`) counted from the source. */
function refill(orgCondition: string): string {
  return `INSERT INTO monitoring_disputes_year (organization_id, year, code_id, promise_key, cases, rated, overturned)
    ${counted(`(SELECT ${COLUMNS}, 1 AS s FROM monitoring_disputes_lineage)`, orgCondition)}`;
}

const END = '  END $fn$';

/** `monitoring_rebuild(org)` recounting the disputes year rollup from its source at the end. */
export const REBUILD_WITH_DISPUTES_YEAR = (() => {
  if (!REBUILD_SET_BASED.endsWith(END)) throw new Error('DisputesYearRollup: monitoring_rebuild does not end as expected');
  const recount = `    DELETE FROM monitoring_disputes_year WHERE organization_id = org;\n    ${refill('organization_id = org')};\n`;
  return `${REBUILD_SET_BASED.slice(0, -END.length).replace('CREATE FUNCTION', 'CREATE OR REPLACE FUNCTION')}${recount}${END}`;
})();

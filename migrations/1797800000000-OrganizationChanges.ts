import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A change stamp per organisation: `organization_change` counts, per organisation, the statements
 * that changed a row `codeStatus` or `complaintAnalysis` depends on, in the same transaction as the change. Its sum over
 * the slots only grows, and a reader that sees the same sum as before knows that no such change has
 * committed since: the monitoring cache (src/modules/monitoring/monitoring-cache.ts) keeps an
 * answer only while the stamp it was computed under is current.
 *
 * - Statement-level triggers (transition tables, one row per organisation a statement touched) on
 *   the tables the dashboards read (organisation, codes, versions, promises, KPIs, measurements,
 *   survey answers) and on those that feed its monitoring rollups (complaints, their promise links,
 *   corrective actions, disputes-body cases). test/e2e/monitoring-cache.test.ts checks the list
 *   against the tables the statements read and the rollups' own triggers.
 * - 16 slots per organisation (`pg_backend_pid() % 16`), like the rollups' (migration `RollupSlots`):
 *   concurrent intakes do not queue on one row.
 */
export const STAMPED_TABLES = [
  'code',
  'code_version',
  'code_promise',
  'kpi',
  'kpi_measurement',
  'satisfaction_survey_answer',
  'complaint',
  'complaint_promise',
  'corrective_action',
  'disputes_case',
] as const;

const EVENTS = [
  ['inserted', 'INSERT', 'NEW TABLE AS changed_rows'],
  ['updated', 'UPDATE', 'NEW TABLE AS changed_rows'],
  ['deleted', 'DELETE', 'OLD TABLE AS changed_rows'],
] as const;

const stampFunction = (name: string, column: string) => `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO organization_change (organization_id, slot, n)
  SELECT DISTINCT r.${column}, (pg_backend_pid() % 16)::smallint, 1 FROM changed_rows r
  -- rows deleted with their organisation (ON DELETE CASCADE): its stamp is gone with it
  WHERE EXISTS (SELECT 1 FROM organization o WHERE o.id = r.${column})
  ORDER BY 1
  ON CONFLICT (organization_id, slot) DO UPDATE SET n = organization_change.n + 1;
  RETURN NULL;
END $$`;

export class OrganizationChanges1797800000000 implements MigrationInterface {
  name = 'OrganizationChanges1797800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE organization_change (
      organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
      slot smallint NOT NULL,
      n bigint NOT NULL,
      PRIMARY KEY (organization_id, slot))`);
    await queryRunner.query(stampFunction('organization_change_stamp', 'organization_id'));
    // The organisation's own row: its settings (time zone, status policy, survey policy) are part of the answer.
    await queryRunner.query(stampFunction('organization_change_stamp_self', 'id'));
    for (const [op, event, referencing] of EVENTS) {
      // A deleted organisation takes its stamp with it (ON DELETE CASCADE): nothing to count.
      if (event !== 'DELETE')
        await queryRunner.query(
          `CREATE TRIGGER organization_change_${op} AFTER ${event} ON organization REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION organization_change_stamp_self()`,
        );
      for (const table of STAMPED_TABLES)
        await queryRunner.query(
          `CREATE TRIGGER organization_change_${op} AFTER ${event} ON ${table} REFERENCING ${referencing} FOR EACH STATEMENT EXECUTE FUNCTION organization_change_stamp()`,
        );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [op, event] of EVENTS) {
      if (event !== 'DELETE') await queryRunner.query(`DROP TRIGGER organization_change_${op} ON organization`);
      for (const table of STAMPED_TABLES) await queryRunner.query(`DROP TRIGGER organization_change_${op} ON ${table}`);
    }
    await queryRunner.query('DROP FUNCTION organization_change_stamp_self()');
    await queryRunner.query('DROP FUNCTION organization_change_stamp()');
    await queryRunner.query('DROP TABLE organization_change');
  }
}

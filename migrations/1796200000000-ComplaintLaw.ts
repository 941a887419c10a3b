import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Complaint handling under statutory rule packs: the organisation's pack; the complaint's kind
 * (complaint or objection to the debt), complainant type, mandate and postal address, the employee
 * concerned, the working resolution deadline (extensions and pauses; `resolution_due_at` stays the
 * deadline of the statistics), complaints decided outside the code, reopening; timeline entries
 * that record events besides status changes.
 *
 * The rollups (MonitoringRollups) count complaints only: `monitoring_complaints_changed` becomes a
 * filter that hands the rows of kind COMPLAINT to the unchanged counting function (renamed
 * `monitoring_count_complaints`), so an objection to the debt adds to no figure, and a change of kind
 * moves a row in or out exactly; the update trigger also reacts to a change of kind.
 */
export class ComplaintLaw1796200000000 implements MigrationInterface {
  name = 'ComplaintLaw1796200000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organization" ADD "statutory_rule_pack" text NOT NULL DEFAULT 'NONE'`);
    await queryRunner.query(`ALTER TABLE "complaint" ADD "kind" text NOT NULL DEFAULT 'COMPLAINT'`);
    await queryRunner.query(`ALTER TABLE "complaint" ADD "complainant_type" text`);
    await queryRunner.query(`ALTER TABLE "complaint" ADD "complainant_mandate" boolean`);
    await queryRunner.query(`ALTER TABLE "complaint" ADD "complainant_mandate_reference" text`);
    await queryRunner.query(`ALTER TABLE "complaint" ADD "complainant_address" text`);
    await queryRunner.query(`ALTER TABLE "complaint" ADD "employee_concerned_id" uuid`);
    await queryRunner.query(`ALTER TABLE "complaint" ADD "employee_informed_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "complaint" ADD "extended_resolution_due_at" TIMESTAMP(3) WITH TIME ZONE`);
    // Null while the deadline was never moved: existing complaints work to their stored deadline.
    await queryRunner.query(`ALTER TABLE "complaint" ADD "working_resolution_due_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "complaint" ADD "paused_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "complaint" ADD "paused_working_days" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "complaint" ADD "outside_code_reason" text`);
    await queryRunner.query(`ALTER TABLE "complaint" ADD "reopened_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "complaint" ADD "reopen_count" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "complaint_timeline_entry" ADD "kind" text NOT NULL DEFAULT 'STATUS_CHANGED'`);
    await queryRunner.query(`ALTER TABLE "complaint_timeline_entry" ADD "due_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(`CREATE INDEX "idx_complaint_outside_code" ON "complaint"  ("organization_id", "received_at") WHERE "outside_code_reason" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_2b39e257e263800ec93f44f13a" ON "complaint"  ("organization_id", "closed_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_a00cefa7fc777143b61e24aa3f" ON "complaint"  ("organization_id", "registered_by_id", "received_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_69441c338e09b75f9f69e070d5" ON "complaint"  ("organization_id", "kind", "received_at", "id") `);
    await queryRunner.query(`ALTER TABLE "organization" ADD CONSTRAINT "chk_organization_statutory_rule_pack" CHECK ("statutory_rule_pack" IN ('NONE','NL_WKI','NO_INKASSO'))`);
    await queryRunner.query(`ALTER TABLE "complaint" ADD CONSTRAINT "chk_complaint_complainant_type" CHECK ("complainant_type" IN ('DEBTOR','CLIENT','REPRESENTATIVE','OTHER'))`);
    await queryRunner.query(`ALTER TABLE "complaint" ADD CONSTRAINT "chk_complaint_kind" CHECK ("kind" IN ('COMPLAINT','DEBT_OBJECTION'))`);
    await queryRunner.query(`ALTER TABLE "complaint_timeline_entry" ADD CONSTRAINT "chk_complaint_timeline_entry_kind" CHECK ("kind" IN ('STATUS_CHANGED','REOPENED','DEADLINE_EXTENDED','PAUSED','RESUMED','EMPLOYEE_INFORMED'))`);
    await queryRunner.query(`ALTER TABLE "complaint" ADD CONSTRAINT "FK_ba2cdcd8ec5bc8d6f73b6ab885c" FOREIGN KEY ("employee_concerned_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    for (const statement of ROLLUPS_UP) await queryRunner.query(statement);
    await queryRunner.query(`SELECT monitoring_rebuild(id) FROM organization`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of ROLLUPS_DOWN) await queryRunner.query(statement);
    await queryRunner.query(`ALTER TABLE "complaint" DROP CONSTRAINT "FK_ba2cdcd8ec5bc8d6f73b6ab885c"`);
    await queryRunner.query(`ALTER TABLE "complaint_timeline_entry" DROP CONSTRAINT "chk_complaint_timeline_entry_kind"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP CONSTRAINT "chk_complaint_kind"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP CONSTRAINT "chk_complaint_complainant_type"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "chk_organization_statutory_rule_pack"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_69441c338e09b75f9f69e070d5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a00cefa7fc777143b61e24aa3f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2b39e257e263800ec93f44f13a"`);
    await queryRunner.query(`DROP INDEX "public"."idx_complaint_outside_code"`);
    await queryRunner.query(`ALTER TABLE "complaint_timeline_entry" DROP COLUMN "due_at"`);
    await queryRunner.query(`ALTER TABLE "complaint_timeline_entry" DROP COLUMN "kind"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP COLUMN "reopen_count"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP COLUMN "reopened_at"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP COLUMN "outside_code_reason"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP COLUMN "paused_working_days"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP COLUMN "paused_at"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP COLUMN "working_resolution_due_at"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP COLUMN "extended_resolution_due_at"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP COLUMN "employee_informed_at"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP COLUMN "employee_concerned_id"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP COLUMN "complainant_address"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP COLUMN "complainant_mandate_reference"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP COLUMN "complainant_mandate"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP COLUMN "complainant_type"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP COLUMN "kind"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "statutory_rule_pack"`);
  }
}

const COMPARED = (r: string) =>
  `(${r}.organization_id, ${r}.received_at, ${r}.status, ${r}.outcome, ${r}.categories, ${r}.channel, ${r}.acknowledgement_due_at, ${r}.acknowledged_at,
    ${r}.acknowledged_on_time, ${r}.resolution_due_at, ${r}.resolved_at, ${r}.resolved_on_time, ${r}.escalation_escalated_at,
    ${r}.escalation_outcome, ${r}.escalation_binding, ${r}.satisfaction`;

const updatedTrigger = (compared: (r: string) => string) => `
CREATE OR REPLACE FUNCTION monitoring_complaint_updated() RETURNS trigger LANGUAGE plpgsql AS $fn$
  DECLARE
    ids uuid[];
  BEGIN
    ids := array(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE ${compared('o')} IS DISTINCT FROM ${compared('n')});
    IF cardinality(ids) > 0 THEN
      PERFORM monitoring_complaints_changed(
        array(SELECT o::complaint FROM old_rows o WHERE o.id = ANY(ids) ORDER BY o.id),
        array(SELECT n::complaint FROM new_rows n WHERE n.id = ANY(ids) ORDER BY n.id));
    END IF;
    RETURN NULL;
  END $fn$`;

const ROLLUPS_UP = [
  `ALTER FUNCTION monitoring_complaints_changed(complaint[], complaint[]) RENAME TO monitoring_count_complaints`,
  `CREATE FUNCTION monitoring_complaints_changed(old_rows complaint[], new_rows complaint[]) RETURNS void LANGUAGE plpgsql AS $fn$
  BEGIN
    PERFORM monitoring_count_complaints(
      array(SELECT x FROM unnest(old_rows) x WHERE x.kind = 'COMPLAINT'),
      array(SELECT x FROM unnest(new_rows) x WHERE x.kind = 'COMPLAINT'));
  END $fn$`,
  updatedTrigger((r) => `${COMPARED(r)}, ${r}.kind)`),
];

const ROLLUPS_DOWN = [
  updatedTrigger((r) => `${COMPARED(r)})`),
  `DROP FUNCTION monitoring_complaints_changed(complaint[], complaint[])`,
  `ALTER FUNCTION monitoring_count_complaints(complaint[], complaint[]) RENAME TO monitoring_complaints_changed`,
];

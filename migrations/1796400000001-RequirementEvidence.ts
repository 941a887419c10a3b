import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Evidence per norm requirement node (records of the organisation or documents) and not-applicable decisions. */
export class RequirementEvidence1796400000001 implements MigrationInterface {
  name = 'RequirementEvidence1796400000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "requirement_evidence" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "version" integer NOT NULL, "requirement_id" uuid NOT NULL, "kind" text NOT NULL, "kpi_id" uuid, "training_requirement_id" uuid, "resource_id" uuid, "communication_plan_id" uuid, "corrective_action_id" uuid, "document_title" text, "document_location" text, "document_version" text, "reason" text, "note" text, "recorded_by_id" uuid, CONSTRAINT "chk_requirement_evidence_target" CHECK ((("kind" = 'KPI') = ("kpi_id" IS NOT NULL)) AND (("kind" = 'TRAINING_REQUIREMENT') = ("training_requirement_id" IS NOT NULL)) AND (("kind" = 'RESOURCE') = ("resource_id" IS NOT NULL)) AND (("kind" = 'COMMUNICATION_PLAN') = ("communication_plan_id" IS NOT NULL)) AND (("kind" = 'CORRECTIVE_ACTION') = ("corrective_action_id" IS NOT NULL)) AND (("kind" = 'DOCUMENT') = ("document_title" IS NOT NULL AND "document_location" IS NOT NULL AND "document_version" IS NOT NULL)) AND (("kind" = 'NOT_APPLICABLE') = ("reason" IS NOT NULL))), CONSTRAINT "chk_requirement_evidence_kind" CHECK ("kind" IN ('KPI','TRAINING_REQUIREMENT','RESOURCE','COMMUNICATION_PLAN','CORRECTIVE_ACTION','DOCUMENT','NOT_APPLICABLE')), CONSTRAINT "PK_8465cc69b61a0e7b7d7f1d13823" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_4e4bde5eec11e76cce25b0bf0a" ON "requirement_evidence"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c5eeea7620a84df926f981853f" ON "requirement_evidence"  ("kpi_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9172f6c6fd95a66e1c9e542ff9" ON "requirement_evidence"  ("training_requirement_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3c208f71302c642a9cbce14a1c" ON "requirement_evidence"  ("resource_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e896cc095d2659e6575fb2e880" ON "requirement_evidence"  ("communication_plan_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_77f9311bd43afaca23c724b0d7" ON "requirement_evidence"  ("corrective_action_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_requirement_not_applicable" ON "requirement_evidence"  ("organization_id", "requirement_id") WHERE "kind" = 'NOT_APPLICABLE'`);
    await queryRunner.query(`CREATE INDEX "IDX_7c245bff53b92aed90d3374276" ON "requirement_evidence"  ("organization_id", "requirement_id") `);
    await queryRunner.query(`ALTER TABLE "requirement_evidence" ADD CONSTRAINT "FK_4e4bde5eec11e76cce25b0bf0a7" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "requirement_evidence" ADD CONSTRAINT "FK_5c17f894e8b09f0d2593fcd6870" FOREIGN KEY ("requirement_id") REFERENCES "norm_requirement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "requirement_evidence" ADD CONSTRAINT "FK_c5eeea7620a84df926f981853f0" FOREIGN KEY ("kpi_id") REFERENCES "kpi"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "requirement_evidence" ADD CONSTRAINT "FK_9172f6c6fd95a66e1c9e542ff9e" FOREIGN KEY ("training_requirement_id") REFERENCES "training_requirement"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "requirement_evidence" ADD CONSTRAINT "FK_3c208f71302c642a9cbce14a1c9" FOREIGN KEY ("resource_id") REFERENCES "resource"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "requirement_evidence" ADD CONSTRAINT "FK_e896cc095d2659e6575fb2e8804" FOREIGN KEY ("communication_plan_id") REFERENCES "communication_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "requirement_evidence" ADD CONSTRAINT "FK_77f9311bd43afaca23c724b0d7f" FOREIGN KEY ("corrective_action_id") REFERENCES "corrective_action"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "requirement_evidence" ADD CONSTRAINT "FK_e601fab4ee12c3924114f1c5823" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "requirement_evidence" DROP CONSTRAINT "FK_e601fab4ee12c3924114f1c5823"`);
    await queryRunner.query(`ALTER TABLE "requirement_evidence" DROP CONSTRAINT "FK_77f9311bd43afaca23c724b0d7f"`);
    await queryRunner.query(`ALTER TABLE "requirement_evidence" DROP CONSTRAINT "FK_e896cc095d2659e6575fb2e8804"`);
    await queryRunner.query(`ALTER TABLE "requirement_evidence" DROP CONSTRAINT "FK_3c208f71302c642a9cbce14a1c9"`);
    await queryRunner.query(`ALTER TABLE "requirement_evidence" DROP CONSTRAINT "FK_9172f6c6fd95a66e1c9e542ff9e"`);
    await queryRunner.query(`ALTER TABLE "requirement_evidence" DROP CONSTRAINT "FK_c5eeea7620a84df926f981853f0"`);
    await queryRunner.query(`ALTER TABLE "requirement_evidence" DROP CONSTRAINT "FK_5c17f894e8b09f0d2593fcd6870"`);
    await queryRunner.query(`ALTER TABLE "requirement_evidence" DROP CONSTRAINT "FK_4e4bde5eec11e76cce25b0bf0a7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7c245bff53b92aed90d3374276"`);
    await queryRunner.query(`DROP INDEX "public"."uq_requirement_not_applicable"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_77f9311bd43afaca23c724b0d7"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e896cc095d2659e6575fb2e880"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3c208f71302c642a9cbce14a1c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9172f6c6fd95a66e1c9e542ff9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c5eeea7620a84df926f981853f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4e4bde5eec11e76cce25b0bf0a"`);
    await queryRunner.query(`DROP TABLE "requirement_evidence"`);
  }
}

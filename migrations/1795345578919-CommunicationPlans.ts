import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CommunicationPlans1795345578919 implements MigrationInterface {
  name = 'CommunicationPlans1795345578919';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "communication_plan" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "code_version_id" uuid NOT NULL, "audience" text NOT NULL, "channel" text NOT NULL, "message" text NOT NULL, "frequency" text NOT NULL, "owner_id" uuid, "planned_on" date NOT NULL, "executed_on" date, "status" text NOT NULL DEFAULT 'PLANNED', "evidence" text, "cancellation_reason" text, CONSTRAINT "chk_communication_plan_done" CHECK (("status" = 'DONE') = ("executed_on" IS NOT NULL AND "evidence" IS NOT NULL)), CONSTRAINT "chk_communication_plan_status" CHECK ("status" IN ('PLANNED','DONE','CANCELLED')), CONSTRAINT "chk_communication_plan_frequency" CHECK ("frequency" IN ('ONCE','CONTINUOUS','MONTHLY','QUARTERLY','YEARLY')), CONSTRAINT "chk_communication_plan_channel" CHECK ("channel" IN ('WEBSITE','CUSTOMER_PORTAL','LETTER','EMAIL','PHONE_SCRIPT','INTRANET','TRAINING_SESSION','MEETING','SOCIAL_MEDIA','PRINTED_MATERIAL','OTHER')), CONSTRAINT "chk_communication_plan_audience" CHECK ("audience" IN ('CUSTOMERS','EMPLOYEES','CLIENTS','PARTNERS','PUBLIC')), CONSTRAINT "PK_2ffc151a3eb63b02b52a58b79ea" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_f890f34bdc177f3e023b605c05" ON "communication_plan"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6c4b514c9962abb3fcbfc69c6e" ON "communication_plan"  ("code_version_id", "audience") `);
    await queryRunner.query(`ALTER TABLE "communication_plan" ADD CONSTRAINT "FK_f890f34bdc177f3e023b605c054" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "communication_plan" ADD CONSTRAINT "FK_40eda52c35448a759dfd09c1bfe" FOREIGN KEY ("code_version_id") REFERENCES "code_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "communication_plan" ADD CONSTRAINT "FK_aaac2d51f045134bbb919bcf379" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "communication_plan" DROP CONSTRAINT "FK_aaac2d51f045134bbb919bcf379"`);
    await queryRunner.query(`ALTER TABLE "communication_plan" DROP CONSTRAINT "FK_40eda52c35448a759dfd09c1bfe"`);
    await queryRunner.query(`ALTER TABLE "communication_plan" DROP CONSTRAINT "FK_f890f34bdc177f3e023b605c054"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6c4b514c9962abb3fcbfc69c6e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f890f34bdc177f3e023b605c05"`);
    await queryRunner.query(`DROP TABLE "communication_plan"`);
  }
}

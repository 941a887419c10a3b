import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Training1795345162840 implements MigrationInterface {
  name = 'Training1795345162840';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "training_requirement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "topic" text NOT NULL, "assessment" text NOT NULL, "roles" text array NOT NULL DEFAULT '{}', "validity_months" integer, CONSTRAINT "chk_training_requirement_validity" CHECK ("validity_months" > 0), CONSTRAINT "chk_training_requirement_assessment" CHECK ("assessment" IN ('COURSE','KNOWLEDGE_TEST','ETHICS_TEST','PRACTICAL_TEST','ANNUAL_UPDATE')), CONSTRAINT "chk_training_requirement_topic" CHECK ("topic" IN ('CODE_OF_CONDUCT','COMPLAINT_HANDLING','ETHICS','PROFESSIONAL_KNOWLEDGE','COMMUNICATION','DATA_PROTECTION','OTHER')), CONSTRAINT "PK_4678eef3ee2becc74053a7301c4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a373f6113ca30e851abf8aa9ec" ON "training_requirement"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f238dc72a4ddfc629ecae25485" ON "training_requirement"  ("organization_id", "topic", "assessment") `);
    await queryRunner.query(`CREATE TABLE "training_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "person_id" uuid NOT NULL, "topic" text NOT NULL, "assessment" text NOT NULL, "completed_on" date NOT NULL, "result" text NOT NULL, "score" double precision, "valid_until" date, "evidence" text, CONSTRAINT "chk_training_record_score" CHECK ("score" BETWEEN 0 AND 100), CONSTRAINT "chk_training_record_validity" CHECK ("valid_until" >= "completed_on"), CONSTRAINT "chk_training_record_test_result" CHECK (NOT ("result" = 'ATTENDED' AND "assessment" IN ('KNOWLEDGE_TEST','ETHICS_TEST','PRACTICAL_TEST'))), CONSTRAINT "chk_training_record_result" CHECK ("result" IN ('PASSED','FAILED','ATTENDED')), CONSTRAINT "chk_training_record_assessment" CHECK ("assessment" IN ('COURSE','KNOWLEDGE_TEST','ETHICS_TEST','PRACTICAL_TEST','ANNUAL_UPDATE')), CONSTRAINT "chk_training_record_topic" CHECK ("topic" IN ('CODE_OF_CONDUCT','COMPLAINT_HANDLING','ETHICS','PROFESSIONAL_KNOWLEDGE','COMMUNICATION','DATA_PROTECTION','OTHER')), CONSTRAINT "PK_bb21cf01b9f9eaec90b518a9426" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_170e7c47bd161dd9c1055fdfff" ON "training_record"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_6c40b9248cdd8005e7a7a5b91c" ON "training_record"  ("organization_id", "person_id", "completed_on") `);
    await queryRunner.query(`ALTER TABLE "training_requirement" ADD CONSTRAINT "FK_a373f6113ca30e851abf8aa9ec4" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_record" ADD CONSTRAINT "FK_170e7c47bd161dd9c1055fdfffb" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "training_record" ADD CONSTRAINT "FK_51a1c0214038fe143e32f6557f8" FOREIGN KEY ("person_id") REFERENCES "app_user"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "training_record" DROP CONSTRAINT "FK_51a1c0214038fe143e32f6557f8"`);
    await queryRunner.query(`ALTER TABLE "training_record" DROP CONSTRAINT "FK_170e7c47bd161dd9c1055fdfffb"`);
    await queryRunner.query(`ALTER TABLE "training_requirement" DROP CONSTRAINT "FK_a373f6113ca30e851abf8aa9ec4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6c40b9248cdd8005e7a7a5b91c"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_170e7c47bd161dd9c1055fdfff"`);
    await queryRunner.query(`DROP TABLE "training_record"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f238dc72a4ddfc629ecae25485"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a373f6113ca30e851abf8aa9ec"`);
    await queryRunner.query(`DROP TABLE "training_requirement"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Satisfaction surveys about a code's promises (one link per respondent, its token kept as a SHA-256
 * only), their answers per promise lineage with the day answered (indexed for the codeStatus
 * figures), and the organisation's survey policy (link validity, minimum sample, retention of
 * respondent data).
 */
export class SatisfactionSurveys1796900000000 implements MigrationInterface {
  name = 'SatisfactionSurveys1796900000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "satisfaction_survey" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "version" integer NOT NULL, "code_id" uuid NOT NULL, "complaint_id" uuid, "token_hash" text NOT NULL, "origin" text NOT NULL, "respondent_type" text NOT NULL, "respondent_name" text, "respondent_email" text, "case_reference" text, "language" text NOT NULL, "expires_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP(3) WITH TIME ZONE, "overall" integer, "comment" text, "personal_data_erased_at" TIMESTAMP(3) WITH TIME ZONE, "created_by_id" uuid, CONSTRAINT "chk_satisfaction_survey_overall" CHECK ("overall" BETWEEN 1 AND 5), CONSTRAINT "chk_satisfaction_survey_respondent_type" CHECK ("respondent_type" IN ('DEBTOR','CLIENT','REPRESENTATIVE','OTHER')), CONSTRAINT "chk_satisfaction_survey_origin" CHECK ("origin" IN ('COMPLAINT','ON_DEMAND')), CONSTRAINT "PK_47a5168c99cae653183310c9672" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3200baa1df1760bb677df90c30" ON "satisfaction_survey"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_11efe650c3e81f48671adcf649" ON "satisfaction_survey"  ("organization_id", "answered_at") `);
    await queryRunner.query(`CREATE INDEX "IDX_67f13878215a7b4803e1d27b3e" ON "satisfaction_survey"  ("organization_id", "created_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e4a8cef663d8e86016c76b856e" ON "satisfaction_survey"  ("complaint_id") WHERE "complaint_id" IS NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c5859c16289b708573e410ccc5" ON "satisfaction_survey"  ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "satisfaction_survey_answer" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "survey_id" uuid NOT NULL, "code_id" uuid NOT NULL, "promise_key" text NOT NULL, "position" integer NOT NULL, "score" integer, "answered_on" date, CONSTRAINT "chk_satisfaction_survey_answer_score" CHECK ("score" BETWEEN 1 AND 5), CONSTRAINT "PK_25b4d8ff5c1cf758513c219fcd4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a34c571ca80043f904fee30a51" ON "satisfaction_survey_answer"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "idx_satisfaction_survey_answer_lineage_day" ON "satisfaction_survey_answer"  ("organization_id", "code_id", "answered_on", "promise_key") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_f4907dbde3724cc14560437ec1" ON "satisfaction_survey_answer"  ("survey_id", "code_id", "promise_key") `);
    await queryRunner.query(`ALTER TABLE "organization" ADD "survey_link_valid_days" integer NOT NULL DEFAULT '30'`);
    await queryRunner.query(`ALTER TABLE "organization" ADD "survey_minimum_responses" integer NOT NULL DEFAULT '10'`);
    await queryRunner.query(`ALTER TABLE "organization" ADD "survey_respondent_data_retention_days" integer NOT NULL DEFAULT '90'`);
    await queryRunner.query(`ALTER TABLE "satisfaction_survey" ADD CONSTRAINT "FK_3200baa1df1760bb677df90c30f" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "satisfaction_survey" ADD CONSTRAINT "FK_96487305322737e80439dbb6e52" FOREIGN KEY ("code_id") REFERENCES "code"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "satisfaction_survey" ADD CONSTRAINT "FK_7f694b06dc9c27272d4f49d367f" FOREIGN KEY ("complaint_id") REFERENCES "complaint"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "satisfaction_survey_answer" ADD CONSTRAINT "FK_a34c571ca80043f904fee30a517" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "satisfaction_survey_answer" ADD CONSTRAINT "FK_a4875085d795d75930cd6bf814c" FOREIGN KEY ("survey_id") REFERENCES "satisfaction_survey"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "satisfaction_survey_answer" DROP CONSTRAINT "FK_a4875085d795d75930cd6bf814c"`);
    await queryRunner.query(`ALTER TABLE "satisfaction_survey_answer" DROP CONSTRAINT "FK_a34c571ca80043f904fee30a517"`);
    await queryRunner.query(`ALTER TABLE "satisfaction_survey" DROP CONSTRAINT "FK_7f694b06dc9c27272d4f49d367f"`);
    await queryRunner.query(`ALTER TABLE "satisfaction_survey" DROP CONSTRAINT "FK_96487305322737e80439dbb6e52"`);
    await queryRunner.query(`ALTER TABLE "satisfaction_survey" DROP CONSTRAINT "FK_3200baa1df1760bb677df90c30f"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "survey_respondent_data_retention_days"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "survey_minimum_responses"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "survey_link_valid_days"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f4907dbde3724cc14560437ec1"`);
    await queryRunner.query(`DROP INDEX "public"."idx_satisfaction_survey_answer_lineage_day"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a34c571ca80043f904fee30a51"`);
    await queryRunner.query(`DROP TABLE "satisfaction_survey_answer"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c5859c16289b708573e410ccc5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e4a8cef663d8e86016c76b856e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_67f13878215a7b4803e1d27b3e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_11efe650c3e81f48671adcf649"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3200baa1df1760bb677df90c30"`);
    await queryRunner.query(`DROP TABLE "satisfaction_survey"`);
  }
}

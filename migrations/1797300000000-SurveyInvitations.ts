import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Survey links by e-mail: the SHA-256 of the token of the link mailed to the respondent (a second
 * link beside the one shown when the survey was created; either answers it, once) and when the mail
 * went out. Existing surveys were never mailed: both stay null.
 */
export class SurveyInvitations1797300000000 implements MigrationInterface {
  name = 'SurveyInvitations1797300000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "satisfaction_survey" ADD "invitation_token_hash" text`);
    await queryRunner.query(`ALTER TABLE "satisfaction_survey" ADD "invited_at" TIMESTAMP(3) WITH TIME ZONE`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "idx_satisfaction_survey_invitation_token_hash" ON "satisfaction_survey" ("invitation_token_hash") WHERE "invitation_token_hash" IS NOT NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "idx_satisfaction_survey_invitation_token_hash"`);
    await queryRunner.query(`ALTER TABLE "satisfaction_survey" DROP COLUMN "invited_at"`);
    await queryRunner.query(`ALTER TABLE "satisfaction_survey" DROP COLUMN "invitation_token_hash"`);
  }
}

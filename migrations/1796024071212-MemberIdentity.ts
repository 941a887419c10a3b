import type { MigrationInterface, QueryRunner } from 'typeorm';

export class MemberIdentity1796024071212 implements MigrationInterface {
  name = 'MemberIdentity1796024071212';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" ADD "external_subject" text`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_app_user_external_subject" ON "app_user"  ("organization_id", "external_subject") WHERE "external_subject" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_app_user_external_subject"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "external_subject"`);
  }
}

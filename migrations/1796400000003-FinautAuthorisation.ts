import type { MigrationInterface, QueryRunner } from 'typeorm';

/** FinAut: training requirements that are elements of the authorisation (with their subject), the practice the organisation asks for, and each person's file (documented practice, register status and number). */
export class FinautAuthorisation1796400000003 implements MigrationInterface {
  name = 'FinautAuthorisation1796400000003';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "authorisation_registration" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "version" integer NOT NULL, "person_id" uuid NOT NULL, "practice_months" integer NOT NULL DEFAULT '0', "register_status" text NOT NULL DEFAULT 'NOT_APPLIED', "register_number" text, "register_status_since" date, "note" text, CONSTRAINT "chk_authorisation_registration_number" CHECK (NOT ("register_status" IN ('AUTHORISED', 'SUSPENDED') AND "register_number" IS NULL)), CONSTRAINT "chk_authorisation_registration_practice" CHECK ("practice_months" BETWEEN 0 AND 600), CONSTRAINT "chk_authorisation_registration_status" CHECK ("register_status" IN ('NOT_APPLIED','APPLIED','AUTHORISED','SUSPENDED','REVOKED')), CONSTRAINT "PK_f05fbff3f5ffe7ddbb3725ef8d9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_600bab0ca65f1641204e5ab196" ON "authorisation_registration"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b3343aa93d1da74c6de401fd1b" ON "authorisation_registration"  ("organization_id", "person_id") `);
    await queryRunner.query(`ALTER TABLE "organization" ADD "authorisation_practice_months" integer NOT NULL DEFAULT '12'`);
    await queryRunner.query(`ALTER TABLE "training_requirement" ADD "authorisation" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "training_requirement" ADD "subject" text`);
    await queryRunner.query(`ALTER TABLE "authorisation_registration" ADD CONSTRAINT "FK_600bab0ca65f1641204e5ab1963" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "authorisation_registration" ADD CONSTRAINT "FK_1ecdb7845c0087d7dd86636c08f" FOREIGN KEY ("person_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "authorisation_registration" DROP CONSTRAINT "FK_1ecdb7845c0087d7dd86636c08f"`);
    await queryRunner.query(`ALTER TABLE "authorisation_registration" DROP CONSTRAINT "FK_600bab0ca65f1641204e5ab1963"`);
    await queryRunner.query(`ALTER TABLE "training_requirement" DROP COLUMN "subject"`);
    await queryRunner.query(`ALTER TABLE "training_requirement" DROP COLUMN "authorisation"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "authorisation_practice_months"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b3343aa93d1da74c6de401fd1b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_600bab0ca65f1641204e5ab196"`);
    await queryRunner.query(`DROP TABLE "authorisation_registration"`);
  }
}

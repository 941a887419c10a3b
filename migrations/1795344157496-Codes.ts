import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Codes1795344157496 implements MigrationInterface {
  name = 'Codes1795344157496';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "code" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "key" text NOT NULL, "title" text NOT NULL, "scope" text NOT NULL DEFAULT '', "owner_id" uuid, CONSTRAINT "PK_367e70f79a9106b8e802e1a9825" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b3802180aa2ec92505c3c0b346" ON "code"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b9fae0b3d155fbc704a1f0cf10" ON "code"  ("organization_id", "key") `);
    await queryRunner.query(`CREATE TABLE "code_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "code_id" uuid NOT NULL, "version" integer NOT NULL, "revision" integer NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "policy_statement" text, "change_summary" text, "internal_notes" text, "review_comment" text, "approved_by_id" uuid, "approved_at" TIMESTAMP(3) WITH TIME ZONE, "published_at" TIMESTAMP(3) WITH TIME ZONE, "superseded_at" TIMESTAMP(3) WITH TIME ZONE, "withdrawn_at" TIMESTAMP(3) WITH TIME ZONE, "withdrawal_reason" text, "next_review_due" date, CONSTRAINT "chk_code_version_status" CHECK ("status" IN ('DRAFT','IN_REVIEW','APPROVED','PUBLISHED','SUPERSEDED','WITHDRAWN')), CONSTRAINT "PK_ca1712e2ca63b5dbec120cbfede" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_99c3532de4ce39ceaf0a4a7624" ON "code_version"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_be6cace9817cf2d0d089c29f35" ON "code_version"  ("code_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_code_version_published" ON "code_version"  ("code_id") WHERE "status" = 'PUBLISHED'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8b23cedd4d94b39a35c85b4ff2" ON "code_version"  ("code_id", "version") `);
    await queryRunner.query(`CREATE TABLE "code_promise" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "code_version_id" uuid NOT NULL, "code_id" uuid NOT NULL, "key" text NOT NULL, "title" text NOT NULL, "text" text NOT NULL, "rationale" text, "owner_id" uuid, "position" integer NOT NULL DEFAULT '0', "internal_notes" text, CONSTRAINT "PK_ec18a3f2724c9b0d735ed134cf8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b2e7eea07e48e09b7c15089929" ON "code_promise"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_113711bac89a3819e5d346298d" ON "code_promise"  ("code_version_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_198d8672fca792de39e81a9eda" ON "code_promise"  ("code_id", "key") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_141cd4c52aa743eddca515a6f3" ON "code_promise"  ("code_version_id", "key") `);
    await queryRunner.query(`ALTER TABLE "code" ADD CONSTRAINT "FK_b3802180aa2ec92505c3c0b3469" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "code" ADD CONSTRAINT "FK_d771d67671d5db3cbc7bddeec1e" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "code_version" ADD CONSTRAINT "FK_99c3532de4ce39ceaf0a4a76244" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "code_version" ADD CONSTRAINT "FK_be6cace9817cf2d0d089c29f35c" FOREIGN KEY ("code_id") REFERENCES "code"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "code_version" ADD CONSTRAINT "FK_dfcadabf3d9dc9bd7ef92d4df76" FOREIGN KEY ("approved_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "code_promise" ADD CONSTRAINT "FK_b2e7eea07e48e09b7c150899298" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "code_promise" ADD CONSTRAINT "FK_113711bac89a3819e5d346298df" FOREIGN KEY ("code_version_id") REFERENCES "code_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "code_promise" ADD CONSTRAINT "FK_80d47dd1744658f6f98e8b5dfcc" FOREIGN KEY ("code_id") REFERENCES "code"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "code_promise" ADD CONSTRAINT "FK_f75fb3cd69fcfb8a7ec8038d36f" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "code_promise" DROP CONSTRAINT "FK_f75fb3cd69fcfb8a7ec8038d36f"`);
    await queryRunner.query(`ALTER TABLE "code_promise" DROP CONSTRAINT "FK_80d47dd1744658f6f98e8b5dfcc"`);
    await queryRunner.query(`ALTER TABLE "code_promise" DROP CONSTRAINT "FK_113711bac89a3819e5d346298df"`);
    await queryRunner.query(`ALTER TABLE "code_promise" DROP CONSTRAINT "FK_b2e7eea07e48e09b7c150899298"`);
    await queryRunner.query(`ALTER TABLE "code_version" DROP CONSTRAINT "FK_dfcadabf3d9dc9bd7ef92d4df76"`);
    await queryRunner.query(`ALTER TABLE "code_version" DROP CONSTRAINT "FK_be6cace9817cf2d0d089c29f35c"`);
    await queryRunner.query(`ALTER TABLE "code_version" DROP CONSTRAINT "FK_99c3532de4ce39ceaf0a4a76244"`);
    await queryRunner.query(`ALTER TABLE "code" DROP CONSTRAINT "FK_d771d67671d5db3cbc7bddeec1e"`);
    await queryRunner.query(`ALTER TABLE "code" DROP CONSTRAINT "FK_b3802180aa2ec92505c3c0b3469"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_141cd4c52aa743eddca515a6f3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_198d8672fca792de39e81a9eda"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_113711bac89a3819e5d346298d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b2e7eea07e48e09b7c15089929"`);
    await queryRunner.query(`DROP TABLE "code_promise"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8b23cedd4d94b39a35c85b4ff2"`);
    await queryRunner.query(`DROP INDEX "public"."uq_code_version_published"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_be6cace9817cf2d0d089c29f35"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_99c3532de4ce39ceaf0a4a7624"`);
    await queryRunner.query(`DROP TABLE "code_version"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b9fae0b3d155fbc704a1f0cf10"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b3802180aa2ec92505c3c0b346"`);
    await queryRunner.query(`DROP TABLE "code"`);
  }
}

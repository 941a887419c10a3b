import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795343868890 implements MigrationInterface {
  name = 'Foundation1795343868890';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "slug" text NOT NULL, "name" text NOT NULL, "timezone" text NOT NULL DEFAULT 'Europe/Amsterdam', "holiday_country" text NOT NULL DEFAULT 'NL', "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "policy_acknowledge_within" integer NOT NULL DEFAULT '4', "policy_acknowledge_unit" text NOT NULL DEFAULT 'WORKING_DAYS', "policy_resolve_within" integer NOT NULL DEFAULT '14', "policy_resolve_unit" text NOT NULL DEFAULT 'CALENDAR_DAYS', CONSTRAINT "UQ_a08804baa7c5d5427067c49a31f" UNIQUE ("slug"), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "actor_id" uuid, "actor_roles" text array NOT NULL DEFAULT '{}', "action" text NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid, "changes" jsonb NOT NULL DEFAULT '{}', "request_id" text, "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_196a40c529b85398aaebe4e665" ON "audit_event"  ("organization_id", "entity_type", "entity_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_7d2303904985dd996d223cb0bd" ON "audit_event"  ("organization_id", "at", "id") `);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "name" text NOT NULL, "email" text NOT NULL, "roles" text array NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c4c90a083fb10c1386782b5aac" ON "app_user"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_becd382202b95517e0d6f92a7d" ON "app_user"  ("organization_id", "email") `);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD CONSTRAINT "FK_6a01223fcf5d632690399f865de" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_c4c90a083fb10c1386782b5aac5" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // The audit trail is append-only in the database itself, whoever connects.
    await queryRunner.query(`CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$`);
    await queryRunner.query(`CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await queryRunner.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_c4c90a083fb10c1386782b5aac5"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "FK_6a01223fcf5d632690399f865de"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_becd382202b95517e0d6f92a7d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c4c90a083fb10c1386782b5aac"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7d2303904985dd996d223cb0bd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_196a40c529b85398aaebe4e665"`);
    await queryRunner.query(`DROP TRIGGER audit_event_no_truncate ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER audit_event_no_update_delete ON "audit_event"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_append_only()`);
    await queryRunner.query(`DROP TABLE "organization"`);
  }
}

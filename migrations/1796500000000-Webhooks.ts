import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Webhooks1796500000000 implements MigrationInterface {
  name = 'Webhooks1796500000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "webhook_subscription" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "version" integer NOT NULL, "url" text NOT NULL, "events" text array NOT NULL, "description" text, "secret" text NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "disabled_reason" text, "consecutive_failures" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_b52cb4811c5ada4f42896c37ba8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_d6ac76394d7dfbe461c8a19c53" ON "webhook_subscription"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c2e9063f6967af217f19224a2e" ON "webhook_subscription"  ("organization_id", "created_at", "id") `);
    await queryRunner.query(`CREATE TABLE "webhook_delivery" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "message_id" uuid NOT NULL, "sequence" BIGSERIAL NOT NULL, "subscription_id" uuid NOT NULL, "event_id" uuid NOT NULL, "event_type" text NOT NULL, "entity_type" text NOT NULL, "entity_id" uuid, "stream_key" text NOT NULL, "payload" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "next_attempt_at" TIMESTAMP(3) WITH TIME ZONE, "lease_until" TIMESTAMP(3) WITH TIME ZONE, "last_status_code" integer, "last_error" text, "delivered_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_1c8ce4a605ad052df0302141a2" ON "webhook_delivery"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "ix_webhook_delivery_stream" ON "webhook_delivery"  ("subscription_id", "stream_key", "sequence") WHERE "status" IN ('PENDING', 'DELIVERING')`);
    await queryRunner.query(`CREATE INDEX "ix_webhook_delivery_due" ON "webhook_delivery"  ("status", "next_attempt_at") WHERE "status" IN ('PENDING', 'DELIVERING')`);
    await queryRunner.query(`CREATE INDEX "IDX_c14c762e1dde57c440ba7ddf26" ON "webhook_delivery"  ("organization_id", "subscription_id", "sequence") `);
    await queryRunner.query(`CREATE TABLE "webhook_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "delivery_id" uuid NOT NULL, "attempted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), "status_code" integer, "error" text, "duration_ms" integer NOT NULL, CONSTRAINT "PK_e4ff77b66cdd20591ba6189a1f9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_be52c12af0dd7fdde29f071565" ON "webhook_attempt"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_de8887b06ae07819e7a23c0350" ON "webhook_attempt"  ("delivery_id", "attempted_at") `);
    await queryRunner.query(`ALTER TABLE "webhook_subscription" ADD CONSTRAINT "FK_d6ac76394d7dfbe461c8a19c53b" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_1c8ce4a605ad052df0302141a23" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_236a6a1218756223393d1fb5acc" FOREIGN KEY ("subscription_id") REFERENCES "webhook_subscription"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "webhook_attempt" ADD CONSTRAINT "FK_d7ed48c4841159bfd6bdee166ea" FOREIGN KEY ("delivery_id") REFERENCES "webhook_delivery"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "webhook_attempt" DROP CONSTRAINT "FK_d7ed48c4841159bfd6bdee166ea"`);
    await queryRunner.query(`ALTER TABLE "webhook_delivery" DROP CONSTRAINT "FK_236a6a1218756223393d1fb5acc"`);
    await queryRunner.query(`ALTER TABLE "webhook_delivery" DROP CONSTRAINT "FK_1c8ce4a605ad052df0302141a23"`);
    await queryRunner.query(`ALTER TABLE "webhook_subscription" DROP CONSTRAINT "FK_d6ac76394d7dfbe461c8a19c53b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_de8887b06ae07819e7a23c0350"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_be52c12af0dd7fdde29f071565"`);
    await queryRunner.query(`DROP TABLE "webhook_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c14c762e1dde57c440ba7ddf26"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webhook_delivery_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_webhook_delivery_stream"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1c8ce4a605ad052df0302141a2"`);
    await queryRunner.query(`DROP TABLE "webhook_delivery"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c2e9063f6967af217f19224a2e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d6ac76394d7dfbe461c8a19c53"`);
    await queryRunner.query(`DROP TABLE "webhook_subscription"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NotificationsAndReminders1796500000001 implements MigrationInterface {
  name = 'NotificationsAndReminders1796500000001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "recipient_id" uuid NOT NULL, "kind" text NOT NULL, "subject_type" text NOT NULL, "subject_id" uuid NOT NULL, "occurrence_key" text NOT NULL, "params" jsonb NOT NULL DEFAULT '{}', "read_at" TIMESTAMP(3) WITH TIME ZONE, "email_status" text NOT NULL DEFAULT 'NONE', "emailed_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_203543da9a28e0d7bd87e66cd2" ON "notification"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "ix_notification_unread" ON "notification"  ("recipient_id") WHERE "read_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "IDX_5685f2d510c99de81a597e3166" ON "notification"  ("organization_id", "recipient_id", "created_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_15f33bb085d3f095f9516d7a4e" ON "notification"  ("recipient_id", "occurrence_key") `);
    await queryRunner.query(`CREATE TABLE "reminder_rule" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "version" integer NOT NULL, "kind" text NOT NULL, "enabled" boolean NOT NULL, "lead_days" integer NOT NULL, CONSTRAINT "PK_1516615f8a6ae9b90a58398dfbe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_669ec051a41d276e8bfe204f76" ON "reminder_rule"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_96134c8725026825b8fc3f373e" ON "reminder_rule"  ("organization_id", "kind") `);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "language" text NOT NULL DEFAULT 'nl'`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD "email_notifications" text NOT NULL DEFAULT 'IMMEDIATE'`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_203543da9a28e0d7bd87e66cd20" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_9830357f52360a126737d498e66" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "reminder_rule" ADD CONSTRAINT "FK_669ec051a41d276e8bfe204f764" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "reminder_rule" DROP CONSTRAINT "FK_669ec051a41d276e8bfe204f764"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_9830357f52360a126737d498e66"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_203543da9a28e0d7bd87e66cd20"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "email_notifications"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "language"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_96134c8725026825b8fc3f373e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_669ec051a41d276e8bfe204f76"`);
    await queryRunner.query(`DROP TABLE "reminder_rule"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_15f33bb085d3f095f9516d7a4e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5685f2d510c99de81a597e3166"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_unread"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_203543da9a28e0d7bd87e66cd2"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Resources1795345470635 implements MigrationInterface {
  name = 'Resources1795345470635';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "resource" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "code_id" uuid NOT NULL, "code_version_id" uuid NOT NULL, "promise_id" uuid, "kind" text NOT NULL, "description" text NOT NULL, "quantity" numeric(15,3) NOT NULL, "unit" text NOT NULL, "period_start" date NOT NULL, "period_end" date, "owner_id" uuid, CONSTRAINT "chk_resource_period" CHECK ("period_end" >= "period_start"), CONSTRAINT "chk_resource_quantity" CHECK ("quantity" >= 0), CONSTRAINT "chk_resource_unit" CHECK ("unit" IN ('FTE','PERSONS','HOURS','DAYS','EUR','NOK','LICENCES','ITEMS')), CONSTRAINT "chk_resource_kind" CHECK ("kind" IN ('PEOPLE','BUDGET','SYSTEM','TRAINING','TIME','OTHER')), CONSTRAINT "PK_e2894a5867e06ae2e8889f1173f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c4be127214721b3abfe02f71ec" ON "resource"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_e24dde3bdde32310e7fca3c32f" ON "resource"  ("code_version_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_02c9238d84f43ca57635f30bf5" ON "resource"  ("promise_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_92e6d5970621334e38a4e80f5b" ON "resource"  ("organization_id", "code_id", "kind") `);
    await queryRunner.query(`ALTER TABLE "resource" ADD CONSTRAINT "FK_c4be127214721b3abfe02f71ecb" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "resource" ADD CONSTRAINT "FK_4570ea233fc9c6111c7bf90233c" FOREIGN KEY ("code_id") REFERENCES "code"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "resource" ADD CONSTRAINT "FK_e24dde3bdde32310e7fca3c32f1" FOREIGN KEY ("code_version_id") REFERENCES "code_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "resource" ADD CONSTRAINT "FK_02c9238d84f43ca57635f30bf51" FOREIGN KEY ("promise_id") REFERENCES "code_promise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "resource" ADD CONSTRAINT "FK_22dee8c2ec2e51ca75066f8b1c6" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "resource" DROP CONSTRAINT "FK_22dee8c2ec2e51ca75066f8b1c6"`);
    await queryRunner.query(`ALTER TABLE "resource" DROP CONSTRAINT "FK_02c9238d84f43ca57635f30bf51"`);
    await queryRunner.query(`ALTER TABLE "resource" DROP CONSTRAINT "FK_e24dde3bdde32310e7fca3c32f1"`);
    await queryRunner.query(`ALTER TABLE "resource" DROP CONSTRAINT "FK_4570ea233fc9c6111c7bf90233c"`);
    await queryRunner.query(`ALTER TABLE "resource" DROP CONSTRAINT "FK_c4be127214721b3abfe02f71ecb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_92e6d5970621334e38a4e80f5b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_02c9238d84f43ca57635f30bf5"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e24dde3bdde32310e7fca3c32f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c4be127214721b3abfe02f71ec"`);
    await queryRunner.query(`DROP TABLE "resource"`);
  }
}

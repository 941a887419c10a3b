import type { MigrationInterface, QueryRunner } from 'typeorm';

export class NormsAndCodeLifecycle1795344451895 implements MigrationInterface {
  name = 'NormsAndCodeLifecycle1795344451895';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "norm_framework" ("id" uuid NOT NULL, "key" text NOT NULL, "title" text NOT NULL, "description" text NOT NULL, "language" text NOT NULL, "position" integer NOT NULL, CONSTRAINT "UQ_1b6908e4dfd0d3f27585473b66f" UNIQUE ("key"), CONSTRAINT "PK_c045a40773f0569916227f3dc4a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "norm_requirement" ("id" uuid NOT NULL, "framework_id" uuid NOT NULL, "parent_id" uuid, "ref" text NOT NULL, "kind" text NOT NULL, "title" text NOT NULL, "objective" text, "position" integer NOT NULL, CONSTRAINT "UQ_dbefdfab0e248fe2758a0b90355" UNIQUE ("ref"), CONSTRAINT "chk_norm_requirement_kind" CHECK ("kind" IN ('SECTION','NORM_PART','REQUIREMENT')), CONSTRAINT "PK_e1879e20c3d8967faf188ea6ffd" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_af292aa7f493c0b6074e59c18c" ON "norm_requirement"  ("parent_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_438ec437fe9c098790ea5a2e7f" ON "norm_requirement"  ("framework_id", "parent_id", "position") `);
    await queryRunner.query(`CREATE TABLE "promise_requirement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "promise_id" uuid NOT NULL, "requirement_id" uuid NOT NULL, CONSTRAINT "PK_5b4724f5c3138a76ba5bd88774a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_75202eb5abc8c6ab146ff81d53" ON "promise_requirement"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_561266f5939ea782ebdc53a1a4" ON "promise_requirement"  ("requirement_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2529af2b91642ec305ac7a1fbd" ON "promise_requirement"  ("promise_id", "requirement_id") `);
    await queryRunner.query(`CREATE TABLE "maturity_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "requirement_id" uuid NOT NULL, "level" integer NOT NULL, "evidence" text NOT NULL, "assessed_on" date NOT NULL, "assessed_by_id" uuid, CONSTRAINT "chk_maturity_assessment_level" CHECK ("level" BETWEEN 1 AND 5), CONSTRAINT "PK_1bb12f9d0b903ff30f18003b0ae" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_bade084b93668adcee65041bcc" ON "maturity_assessment"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_83dc361e1b7689932e160b2cfb" ON "maturity_assessment"  ("organization_id", "requirement_id", "assessed_on") `);
    await queryRunner.query(`CREATE INDEX "IDX_c91336379ebe913c7c2d2c6bc8" ON "code_version"  ("organization_id", "next_review_due") WHERE "status" = 'PUBLISHED'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_code_version_in_progress" ON "code_version"  ("code_id") WHERE "status" IN ('DRAFT','IN_REVIEW','APPROVED')`);
    await queryRunner.query(`ALTER TABLE "norm_requirement" ADD CONSTRAINT "FK_3ce9d14e598fcf5a30f26b611b9" FOREIGN KEY ("framework_id") REFERENCES "norm_framework"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "norm_requirement" ADD CONSTRAINT "FK_af292aa7f493c0b6074e59c18c1" FOREIGN KEY ("parent_id") REFERENCES "norm_requirement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "promise_requirement" ADD CONSTRAINT "FK_75202eb5abc8c6ab146ff81d530" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "promise_requirement" ADD CONSTRAINT "FK_dfb450b745a5eb03ff8d2fc1e30" FOREIGN KEY ("promise_id") REFERENCES "code_promise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "promise_requirement" ADD CONSTRAINT "FK_561266f5939ea782ebdc53a1a47" FOREIGN KEY ("requirement_id") REFERENCES "norm_requirement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maturity_assessment" ADD CONSTRAINT "FK_bade084b93668adcee65041bcc5" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maturity_assessment" ADD CONSTRAINT "FK_af574e30a201ef24552544f11e8" FOREIGN KEY ("requirement_id") REFERENCES "norm_requirement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "maturity_assessment" ADD CONSTRAINT "FK_e9c38326eb83b6c713d6e08f1ae" FOREIGN KEY ("assessed_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "maturity_assessment" DROP CONSTRAINT "FK_e9c38326eb83b6c713d6e08f1ae"`);
    await queryRunner.query(`ALTER TABLE "maturity_assessment" DROP CONSTRAINT "FK_af574e30a201ef24552544f11e8"`);
    await queryRunner.query(`ALTER TABLE "maturity_assessment" DROP CONSTRAINT "FK_bade084b93668adcee65041bcc5"`);
    await queryRunner.query(`ALTER TABLE "promise_requirement" DROP CONSTRAINT "FK_561266f5939ea782ebdc53a1a47"`);
    await queryRunner.query(`ALTER TABLE "promise_requirement" DROP CONSTRAINT "FK_dfb450b745a5eb03ff8d2fc1e30"`);
    await queryRunner.query(`ALTER TABLE "promise_requirement" DROP CONSTRAINT "FK_75202eb5abc8c6ab146ff81d530"`);
    await queryRunner.query(`ALTER TABLE "norm_requirement" DROP CONSTRAINT "FK_af292aa7f493c0b6074e59c18c1"`);
    await queryRunner.query(`ALTER TABLE "norm_requirement" DROP CONSTRAINT "FK_3ce9d14e598fcf5a30f26b611b9"`);
    await queryRunner.query(`DROP INDEX "public"."uq_code_version_in_progress"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c91336379ebe913c7c2d2c6bc8"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_83dc361e1b7689932e160b2cfb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_bade084b93668adcee65041bcc"`);
    await queryRunner.query(`DROP TABLE "maturity_assessment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2529af2b91642ec305ac7a1fbd"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_561266f5939ea782ebdc53a1a4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_75202eb5abc8c6ab146ff81d53"`);
    await queryRunner.query(`DROP TABLE "promise_requirement"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_438ec437fe9c098790ea5a2e7f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_af292aa7f493c0b6074e59c18c"`);
    await queryRunner.query(`DROP TABLE "norm_requirement"`);
    await queryRunner.query(`DROP TABLE "norm_framework"`);
  }
}

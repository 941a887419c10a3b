import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Languages for the public side: the organisation's languages (existing ones speak Norwegian Bokmål
 * when they follow the Norwegian rules or holidays, else Dutch), the language of each code version's
 * own texts and of each complaint (existing ones: the organisation's default, or the language of
 * the complaint's latest letter), and the translations of code versions and their promises.
 */
export class Languages1796700000000 implements MigrationInterface {
  name = 'Languages1796700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "code_version_translation" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "code_version_id" uuid NOT NULL, "language" text NOT NULL, "title" text NOT NULL, "policy_statement" text, CONSTRAINT "PK_bfba631205f2431d60d91e26073" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_b6d904bea72d5e61ec9d6a94ed" ON "code_version_translation"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_28a01e5ec4f62e74ea0206ef5e" ON "code_version_translation"  ("code_version_id", "language") `);
    await queryRunner.query(`CREATE TABLE "code_promise_translation" ("created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "promise_id" uuid NOT NULL, "language" text NOT NULL, "title" text NOT NULL, "text" text NOT NULL, CONSTRAINT "PK_05f54823c2ed93cccf5ba9cb3aa" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_3d9134a6c03ce038df623377e1" ON "code_promise_translation"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e8e3f819d4393ae2c2577bf85d" ON "code_promise_translation"  ("promise_id", "language") `);
    await queryRunner.query(`ALTER TABLE "organization" ADD "languages" text array NOT NULL DEFAULT '{nl}'`);
    await queryRunner.query(`ALTER TABLE "code_version" ADD "language" text NOT NULL DEFAULT 'nl'`);
    await queryRunner.query(`ALTER TABLE "complaint" ADD "language" text NOT NULL DEFAULT 'nl'`);
    await queryRunner.query(`UPDATE "organization" SET "languages" = '{nb}' WHERE "statutory_rule_pack" = 'NO_INKASSO' OR "holiday_country" = 'NO'`);
    await queryRunner.query(
      `ALTER TABLE "organization" ADD CONSTRAINT "chk_organization_languages" CHECK (cardinality("languages") BETWEEN 1 AND 10 AND array_position("languages", NULL) IS NULL)`,
    );
    await queryRunner.query(`UPDATE "code_version" v SET "language" = o."languages"[1] FROM "organization" o WHERE o."id" = v."organization_id" AND o."languages"[1] <> 'nl'`);
    await queryRunner.query(
      `UPDATE "complaint" c SET "language" = COALESCE(
         (SELECT l."language" FROM "complaint_letter" l WHERE l."complaint_id" = c."id" ORDER BY l."sent_at" DESC, l."created_at" DESC LIMIT 1),
         o."languages"[1])
       FROM "organization" o WHERE o."id" = c."organization_id"`,
    );
    await queryRunner.query(`ALTER TABLE "code_version_translation" ADD CONSTRAINT "FK_b6d904bea72d5e61ec9d6a94ed3" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "code_version_translation" ADD CONSTRAINT "FK_ab7749e4509e661e718360ff7e9" FOREIGN KEY ("code_version_id") REFERENCES "code_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "code_promise_translation" ADD CONSTRAINT "FK_3d9134a6c03ce038df623377e1a" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "code_promise_translation" ADD CONSTRAINT "FK_2be559b59f58889ff78026e98ea" FOREIGN KEY ("promise_id") REFERENCES "code_promise"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "code_promise_translation" DROP CONSTRAINT "FK_2be559b59f58889ff78026e98ea"`);
    await queryRunner.query(`ALTER TABLE "code_promise_translation" DROP CONSTRAINT "FK_3d9134a6c03ce038df623377e1a"`);
    await queryRunner.query(`ALTER TABLE "code_version_translation" DROP CONSTRAINT "FK_ab7749e4509e661e718360ff7e9"`);
    await queryRunner.query(`ALTER TABLE "code_version_translation" DROP CONSTRAINT "FK_b6d904bea72d5e61ec9d6a94ed3"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP COLUMN "language"`);
    await queryRunner.query(`ALTER TABLE "code_version" DROP COLUMN "language"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "chk_organization_languages"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "languages"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e8e3f819d4393ae2c2577bf85d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3d9134a6c03ce038df623377e1"`);
    await queryRunner.query(`DROP TABLE "code_promise_translation"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_28a01e5ec4f62e74ea0206ef5e"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b6d904bea72d5e61ec9d6a94ed"`);
    await queryRunner.query(`DROP TABLE "code_version_translation"`);
  }
}

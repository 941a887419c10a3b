import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ManagementReviews1795346640627 implements MigrationInterface {
  name = 'ManagementReviews1795346640627';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "management_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "year" integer NOT NULL, "title" text NOT NULL, "status" text NOT NULL DEFAULT 'DRAFT', "analysis" jsonb NOT NULL, "analysis_taken_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL, "decisions" text array NOT NULL DEFAULT '{}', "signed_by_id" uuid, "signed_at" TIMESTAMP(3) WITH TIME ZONE, "created_by_id" uuid, CONSTRAINT "chk_management_review_signed" CHECK (("status" = 'SIGNED') = ("signed_at" IS NOT NULL)), CONSTRAINT "chk_management_review_year" CHECK ("year" BETWEEN 2000 AND 2100), CONSTRAINT "chk_management_review_status" CHECK ("status" IN ('DRAFT','SIGNED')), CONSTRAINT "PK_fa26680fab64d2dc22f40438090" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c61dac65e25994434c4ec44289" ON "management_review"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_38850cb9e18fb3cf31e36c65ed" ON "management_review"  ("organization_id", "year") `);
    await queryRunner.query(`CREATE TABLE "management_review_preventive_action" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "management_review_id" uuid NOT NULL, "corrective_action_id" uuid NOT NULL, CONSTRAINT "PK_a1d1dab80cf556a51a32683f88e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_a2fc1ef909fb75badaf1b17893" ON "management_review_preventive_action"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_d91e90d6db27af65536fb11bd0" ON "management_review_preventive_action"  ("corrective_action_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c10fac5939b03fb32bfc8c828f" ON "management_review_preventive_action"  ("management_review_id", "corrective_action_id") `);
    await queryRunner.query(`ALTER TABLE "management_review" ADD CONSTRAINT "FK_c61dac65e25994434c4ec442897" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "management_review" ADD CONSTRAINT "FK_a3dd68588c13912f90ab7733745" FOREIGN KEY ("signed_by_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "management_review" ADD CONSTRAINT "FK_8a1647f6faf4105924eff10ff0c" FOREIGN KEY ("created_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "management_review_preventive_action" ADD CONSTRAINT "FK_a2fc1ef909fb75badaf1b178935" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "management_review_preventive_action" ADD CONSTRAINT "FK_69cd0a3574d5621d6fb54d67f14" FOREIGN KEY ("management_review_id") REFERENCES "management_review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "management_review_preventive_action" ADD CONSTRAINT "FK_d91e90d6db27af65536fb11bd0e" FOREIGN KEY ("corrective_action_id") REFERENCES "corrective_action"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // A signed review is final: no UPDATE or DELETE of its row, no change to its preventive actions.
    await queryRunner.query(`CREATE FUNCTION management_review_signed_is_final() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'management review % is signed and final: % refused', OLD.id, TG_OP USING ERRCODE = 'object_not_in_prerequisite_state'; END $$`);
    await queryRunner.query(`CREATE TRIGGER management_review_signed_final BEFORE UPDATE OR DELETE ON "management_review" FOR EACH ROW WHEN (OLD.status = 'SIGNED') EXECUTE FUNCTION management_review_signed_is_final()`);
    await queryRunner.query(`CREATE FUNCTION management_review_links_of_signed_are_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM management_review r WHERE r.status = 'SIGNED' AND r.id IN (
             CASE WHEN TG_OP <> 'INSERT' THEN OLD.management_review_id END,
             CASE WHEN TG_OP <> 'DELETE' THEN NEW.management_review_id END)) THEN
          RAISE EXCEPTION 'management review is signed and final: % of a preventive action refused', TG_OP USING ERRCODE = 'object_not_in_prerequisite_state';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER management_review_preventive_action_signed_final BEFORE INSERT OR UPDATE OR DELETE ON "management_review_preventive_action" FOR EACH ROW EXECUTE FUNCTION management_review_links_of_signed_are_final()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER management_review_preventive_action_signed_final ON "management_review_preventive_action"`);
    await queryRunner.query(`DROP FUNCTION management_review_links_of_signed_are_final()`);
    await queryRunner.query(`DROP TRIGGER management_review_signed_final ON "management_review"`);
    await queryRunner.query(`DROP FUNCTION management_review_signed_is_final()`);
    await queryRunner.query(`ALTER TABLE "management_review_preventive_action" DROP CONSTRAINT "FK_d91e90d6db27af65536fb11bd0e"`);
    await queryRunner.query(`ALTER TABLE "management_review_preventive_action" DROP CONSTRAINT "FK_69cd0a3574d5621d6fb54d67f14"`);
    await queryRunner.query(`ALTER TABLE "management_review_preventive_action" DROP CONSTRAINT "FK_a2fc1ef909fb75badaf1b178935"`);
    await queryRunner.query(`ALTER TABLE "management_review" DROP CONSTRAINT "FK_8a1647f6faf4105924eff10ff0c"`);
    await queryRunner.query(`ALTER TABLE "management_review" DROP CONSTRAINT "FK_a3dd68588c13912f90ab7733745"`);
    await queryRunner.query(`ALTER TABLE "management_review" DROP CONSTRAINT "FK_c61dac65e25994434c4ec442897"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c10fac5939b03fb32bfc8c828f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d91e90d6db27af65536fb11bd0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a2fc1ef909fb75badaf1b17893"`);
    await queryRunner.query(`DROP TABLE "management_review_preventive_action"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_38850cb9e18fb3cf31e36c65ed"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c61dac65e25994434c4ec44289"`);
    await queryRunner.query(`DROP TABLE "management_review"`);
  }
}

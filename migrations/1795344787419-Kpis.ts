import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Kpis1795344787419 implements MigrationInterface {
  name = 'Kpis1795344787419';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "kpi_chain" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "owner_id" uuid, CONSTRAINT "PK_1823025d8f1fe51deac7c33c3e9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_9a18d5478df61677529f7a38cc" ON "kpi_chain"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_49795ac95ecb900ab81bf96c51" ON "kpi_chain"  ("organization_id", "name") `);
    await queryRunner.query(`CREATE TABLE "kpi" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "chain_id" uuid NOT NULL, "code_id" uuid NOT NULL, "promise_key" text NOT NULL, "kind" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "unit" text NOT NULL, "direction" text NOT NULL, "target" double precision NOT NULL, "threshold" double precision NOT NULL, "frequency" text NOT NULL, "owner_id" uuid, "archived_at" TIMESTAMP(3) WITH TIME ZONE, CONSTRAINT "chk_kpi_threshold_finite" CHECK ("threshold" NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8)), CONSTRAINT "chk_kpi_target_finite" CHECK ("target" NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8)), CONSTRAINT "chk_kpi_frequency" CHECK ("frequency" IN ('WEEKLY','MONTHLY','QUARTERLY','HALF_YEARLY','YEARLY')), CONSTRAINT "chk_kpi_direction" CHECK ("direction" IN ('HIGHER_IS_BETTER','LOWER_IS_BETTER')), CONSTRAINT "chk_kpi_unit" CHECK ("unit" IN ('PERCENT','COUNT','RATIO','SCORE','DAYS','WORKING_DAYS','HOURS','MINUTES','EUR','NOK')), CONSTRAINT "chk_kpi_kind" CHECK ("kind" IN ('RESULT','CHAIN','PROCESS')), CONSTRAINT "PK_56589835e31cc0331684d2d28a7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_049b21bd5d5ac14bf144466ee2" ON "kpi"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_cb1d9bb5f06dc3150c4f5f5024" ON "kpi"  ("organization_id", "code_id", "promise_key") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_337f50a53ae637c2b5efcc29b3" ON "kpi"  ("chain_id", "name") `);
    await queryRunner.query(`CREATE TABLE "kpi_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "cause_id" uuid NOT NULL, "effect_id" uuid NOT NULL, CONSTRAINT "chk_kpi_link_not_self" CHECK ("cause_id" <> "effect_id"), CONSTRAINT "PK_9b84becf957f733f7c21defe359" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_808effd28cae0617f358d2faa7" ON "kpi_link"  ("organization_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_c6d8305a52e3ad25d726524456" ON "kpi_link"  ("effect_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_faf2d47e073ce43165e89b4cdf" ON "kpi_link"  ("cause_id", "effect_id") `);
    await queryRunner.query(`CREATE TABLE "kpi_measurement" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "kpi_id" uuid NOT NULL, "period_start" date NOT NULL, "period_end" date NOT NULL, "value" double precision NOT NULL, "note" text, "recorded_by_id" uuid, CONSTRAINT "chk_kpi_measurement_value_finite" CHECK ("value" NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8)), CONSTRAINT "chk_kpi_measurement_period" CHECK ("period_end" >= "period_start"), CONSTRAINT "PK_eeb893404751e92342eebe496b8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_edc455bd10c153933e105aa269" ON "kpi_measurement"  ("organization_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ff6c7b28839f23ceb92b1ecfbb" ON "kpi_measurement"  ("kpi_id", "period_start", "period_end") `);
    await queryRunner.query(`ALTER TABLE "kpi_chain" ADD CONSTRAINT "FK_9a18d5478df61677529f7a38cc2" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "kpi_chain" ADD CONSTRAINT "FK_b746b7191c20e7863886dfa0b75" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "kpi" ADD CONSTRAINT "FK_049b21bd5d5ac14bf144466ee24" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "kpi" ADD CONSTRAINT "FK_1823025d8f1fe51deac7c33c3e9" FOREIGN KEY ("chain_id") REFERENCES "kpi_chain"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "kpi" ADD CONSTRAINT "FK_055010c694480cf2feac8c89ecb" FOREIGN KEY ("code_id") REFERENCES "code"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "kpi" ADD CONSTRAINT "FK_a0e2eae72204c38d169dc3ba424" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "kpi_link" ADD CONSTRAINT "FK_808effd28cae0617f358d2faa7b" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "kpi_link" ADD CONSTRAINT "FK_e0a8e707767ba181233a7a71deb" FOREIGN KEY ("cause_id") REFERENCES "kpi"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "kpi_link" ADD CONSTRAINT "FK_c6d8305a52e3ad25d726524456f" FOREIGN KEY ("effect_id") REFERENCES "kpi"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "kpi_measurement" ADD CONSTRAINT "FK_edc455bd10c153933e105aa269f" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "kpi_measurement" ADD CONSTRAINT "FK_bdb69a62893f976b2e2793fa593" FOREIGN KEY ("kpi_id") REFERENCES "kpi"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "kpi_measurement" ADD CONSTRAINT "FK_243bed9927c2ddbba4793ed1041" FOREIGN KEY ("recorded_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "kpi_measurement" DROP CONSTRAINT "FK_243bed9927c2ddbba4793ed1041"`);
    await queryRunner.query(`ALTER TABLE "kpi_measurement" DROP CONSTRAINT "FK_bdb69a62893f976b2e2793fa593"`);
    await queryRunner.query(`ALTER TABLE "kpi_measurement" DROP CONSTRAINT "FK_edc455bd10c153933e105aa269f"`);
    await queryRunner.query(`ALTER TABLE "kpi_link" DROP CONSTRAINT "FK_c6d8305a52e3ad25d726524456f"`);
    await queryRunner.query(`ALTER TABLE "kpi_link" DROP CONSTRAINT "FK_e0a8e707767ba181233a7a71deb"`);
    await queryRunner.query(`ALTER TABLE "kpi_link" DROP CONSTRAINT "FK_808effd28cae0617f358d2faa7b"`);
    await queryRunner.query(`ALTER TABLE "kpi" DROP CONSTRAINT "FK_a0e2eae72204c38d169dc3ba424"`);
    await queryRunner.query(`ALTER TABLE "kpi" DROP CONSTRAINT "FK_055010c694480cf2feac8c89ecb"`);
    await queryRunner.query(`ALTER TABLE "kpi" DROP CONSTRAINT "FK_1823025d8f1fe51deac7c33c3e9"`);
    await queryRunner.query(`ALTER TABLE "kpi" DROP CONSTRAINT "FK_049b21bd5d5ac14bf144466ee24"`);
    await queryRunner.query(`ALTER TABLE "kpi_chain" DROP CONSTRAINT "FK_b746b7191c20e7863886dfa0b75"`);
    await queryRunner.query(`ALTER TABLE "kpi_chain" DROP CONSTRAINT "FK_9a18d5478df61677529f7a38cc2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ff6c7b28839f23ceb92b1ecfbb"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_edc455bd10c153933e105aa269"`);
    await queryRunner.query(`DROP TABLE "kpi_measurement"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_faf2d47e073ce43165e89b4cdf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c6d8305a52e3ad25d726524456"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_808effd28cae0617f358d2faa7"`);
    await queryRunner.query(`DROP TABLE "kpi_link"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_337f50a53ae637c2b5efcc29b3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cb1d9bb5f06dc3150c4f5f5024"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_049b21bd5d5ac14bf144466ee2"`);
    await queryRunner.query(`DROP TABLE "kpi"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_49795ac95ecb900ab81bf96c51"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9a18d5478df61677529f7a38cc"`);
    await queryRunner.query(`DROP TABLE "kpi_chain"`);
  }
}

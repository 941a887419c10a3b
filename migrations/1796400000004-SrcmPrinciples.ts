import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Norm requirement nodes of kind PRINCIPLE: the SRCM's four principles (beginselen), seeded; not scored or covered. */
export class SrcmPrinciples1796400000004 implements MigrationInterface {
  name = 'SrcmPrinciples1796400000004';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "norm_requirement" DROP CONSTRAINT "chk_norm_requirement_kind"`);
    await queryRunner.query(
      `ALTER TABLE "norm_requirement" ADD CONSTRAINT "chk_norm_requirement_kind" CHECK ("kind" IN ('SECTION','NORM_PART','REQUIREMENT','PRINCIPLE'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    const principles = `(SELECT id FROM norm_requirement WHERE kind = 'PRINCIPLE')`;
    await queryRunner.query(`DELETE FROM requirement_evidence WHERE requirement_id IN ${principles}`);
    await queryRunner.query(`DELETE FROM norm_requirement WHERE kind = 'PRINCIPLE' AND parent_id IS NOT NULL`);
    await queryRunner.query(`DELETE FROM norm_requirement WHERE kind = 'PRINCIPLE'`);
    await queryRunner.query(`ALTER TABLE "norm_requirement" DROP CONSTRAINT "chk_norm_requirement_kind"`);
    await queryRunner.query(`ALTER TABLE "norm_requirement" ADD CONSTRAINT "chk_norm_requirement_kind" CHECK ("kind" IN ('SECTION','NORM_PART','REQUIREMENT'))`);
  }
}

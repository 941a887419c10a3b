import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClosureDayVersion1796024078446 implements MigrationInterface {
  name = 'ClosureDayVersion1796024078446';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Existing closure days start at version 1; new rows get theirs from TypeORM, like every version column.
    await queryRunner.query(`ALTER TABLE "closure_day" ADD "version" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`ALTER TABLE "closure_day" ALTER COLUMN "version" DROP DEFAULT`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "closure_day" DROP COLUMN "version"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Complaint tracking by the complainant: the SHA-256 of the complaint's tracking secret (the secret
 * itself is shown once and never stored). Null for complaints that were never given one.
 */
export class ComplaintTracking1796800000000 implements MigrationInterface {
  name = 'ComplaintTracking1796800000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "complaint" ADD "tracking_secret_hash" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "complaint" DROP COLUMN "tracking_secret_hash"`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Letters of kind EXTENSION: the complainant told in writing that the handling term was extended (templates and letters). */
export class ExtensionLetters1796600000000 implements MigrationInterface {
  name = 'ExtensionLetters1796600000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await this.kinds(queryRunner, `'ACKNOWLEDGEMENT','DECISION','EXTENSION'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The timeline entries keep their step; only the letters of the new kind go.
    await queryRunner.query(`DELETE FROM "complaint_letter" WHERE "kind" = 'EXTENSION'`);
    await queryRunner.query(`DELETE FROM "letter_template" WHERE "kind" = 'EXTENSION'`);
    await this.kinds(queryRunner, `'ACKNOWLEDGEMENT','DECISION'`);
  }

  private async kinds(queryRunner: QueryRunner, kinds: string): Promise<void> {
    await queryRunner.query(`ALTER TABLE "letter_template" DROP CONSTRAINT "chk_letter_template_kind"`);
    await queryRunner.query(`ALTER TABLE "letter_template" ADD CONSTRAINT "chk_letter_template_kind" CHECK ("kind" IN (${kinds}))`);
    await queryRunner.query(`ALTER TABLE "complaint_letter" DROP CONSTRAINT "chk_complaint_letter_kind"`);
    await queryRunner.query(`ALTER TABLE "complaint_letter" ADD CONSTRAINT "chk_complaint_letter_kind" CHECK ("kind" IN (${kinds}))`);
  }
}

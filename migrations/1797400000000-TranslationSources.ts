import type { MigrationInterface, QueryRunner } from 'typeorm';

const sha256 = (column: string) => `encode(sha256(convert_to(${column}, 'UTF8')), 'hex')`;

/**
 * What each translation was translated from: the SHA-256 of the code title, the policy statement
 * and each promise's title and text as they read when the translation was written. A translation
 * whose source has changed since is stale (`CodeVersion.staleLanguages`), and approval waits for it.
 * Existing translations are taken as translated from the texts as they read now.
 */
export class TranslationSources1797400000000 implements MigrationInterface {
  name = 'TranslationSources1797400000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "code_version_translation" ADD "title_source" text, ADD "policy_statement_source" text`);
    await queryRunner.query(`ALTER TABLE "code_promise_translation" ADD "source" text`);
    await queryRunner.query(
      `UPDATE code_version_translation t SET title_source = ${sha256('c.title')},
              policy_statement_source = CASE WHEN t.policy_statement IS NULL OR v.policy_statement IS NULL THEN NULL ELSE ${sha256('v.policy_statement')} END
         FROM code_version v JOIN code c ON c.id = v.code_id WHERE v.id = t.code_version_id`,
    );
    await queryRunner.query(`UPDATE code_promise_translation t SET source = ${sha256('p.title')} || ${sha256('p.text')} FROM code_promise p WHERE p.id = t.promise_id`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "code_promise_translation" DROP COLUMN "source"`);
    await queryRunner.query(`ALTER TABLE "code_version_translation" DROP COLUMN "title_source", DROP COLUMN "policy_statement_source"`);
  }
}

import fs from 'node:fs';
import path from 'node:path';
import { withDatabase, fail } from './cli';

/**
 * npm run migrate               apply pending migrations
 * npm run migration:revert      undo the last one
 * npm run migration:generate -- <Name>
 *                               write migrations/<timestamp>-<Name>.ts with the SQL that brings a
 *                               migrated database in line with the entities (on an in-memory
 *                               PGlite unless DATABASE_URL is set)
 */
async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  if (command === 'run') {
    await withDatabase(async (db, logger) => {
      const applied = await db.dataSource.runMigrations({ transaction: 'each' });
      logger.info({ applied: applied.map((m) => m.name) }, applied.length ? 'migrations applied' : 'database is up to date');
    });
  } else if (command === 'revert') {
    await withDatabase(async (db) => db.dataSource.undoLastMigration({ transaction: 'each' }));
  } else if (command === 'generate') {
    if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) fail('usage: npm run migration:generate -- <PascalCaseName>');
    await withDatabase(async (db) => {
      await db.dataSource.runMigrations({ transaction: 'each' });
      const sql = await db.dataSource.driver.createSchemaBuilder().log();
      if (sql.upQueries.length === 0) fail('No changes: the entities match the migrations.');
      const stamp = Date.now();
      const q = (s: string) => '`' + s.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
      const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
      const down = sql.downQueries.reverse().map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
      const cls = `${name}${stamp}`;
      const file = path.join(__dirname, '..', '..', 'migrations', `${stamp}-${name}.ts`);
      fs.writeFileSync(
        file,
        `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${cls} implements MigrationInterface {\n  name = '${cls}';\n\n  public async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  public async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
      );
      const index = path.join(__dirname, '..', '..', 'migrations', 'index.ts');
      const text = fs.readFileSync(index, 'utf8')
        .replace('\n\n/**', `\nimport { ${cls} } from './${stamp}-${name}';\n\n/**`)
        .replace(/\n\];/, `\n  ${cls},\n];`);
      fs.writeFileSync(index, text);
      // eslint-disable-next-line no-console
      console.log(`wrote ${path.relative(process.cwd(), file)} and registered it in migrations/index.ts`);
    }, 'memory://');
  } else {
    fail('usage: migrate.js run|revert|generate <Name>');
  }
}

main().catch((e) => fail(e instanceof Error ? e.stack ?? e.message : String(e)));

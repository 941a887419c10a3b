import fs from 'node:fs';
import path from 'node:path';
import { printSchema, lexicographicSortSchema } from 'graphql';
import { createSchema } from '../src/schema';
import { fail } from './cli';

/** npm run schema: writes schema/schema.graphql from the code; `--check` fails when it differs. */
async function main(): Promise<void> {
  const file = path.join(__dirname, '..', '..', 'schema', 'schema.graphql');
  const sdl = `# Emitted from the code by \`npm run schema\`; do not edit.\n\n${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
  if (process.argv.includes('--check')) {
    const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (committed !== sdl) fail('schema/schema.graphql differs from the schema the code emits: run `npm run schema` and commit it.');
    // eslint-disable-next-line no-console
    console.log('schema/schema.graphql is up to date');
    return;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, sdl);
  // eslint-disable-next-line no-console
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

main().catch((e) => fail(e instanceof Error ? e.stack ?? e.message : String(e)));

import { withDatabase, flags, fail, describeError } from './cli';
import { runRetention } from '../src/modules/complaint';

const USAGE = 'usage: npm run retention -- --org <slug> [--dry-run]';

/**
 * npm run retention -- --org <slug> [--dry-run]
 * Anonymises the organisation's CLOSED complaints past the retention period of its statutory rule
 * pack, and erases the respondents' data of satisfaction surveys not tied to a complaint past the
 * survey policy's period (`erasedElsewhere`), or lists them with --dry-run; idempotent. Applies
 * pending migrations first.
 */
async function main(): Promise<void> {
  const f = flags();
  if (!f.org || f.org === 'true') fail(USAGE);
  const dryRun = f['dry-run'] === 'true';
  await withDatabase(async (db, logger) => {
    await db.dataSource.runMigrations({ transaction: 'each' });
    const result = await runRetention(db.dataSource, logger, f.org, dryRun);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  }, undefined, { quiet: true });
}

main().catch((e) => fail(describeError(e)));

import { withDatabase, fail } from './cli';
import { seedAll } from '../seeds';

/** npm run seed: migrates, then loads reference data and the demo organisation (idempotent). */
withDatabase(async (db, logger) => {
  await db.dataSource.runMigrations({ transaction: 'each' });
  await seedAll(db.dataSource, logger);
  await db.dataSource.query('ANALYZE');
}).catch((e) => fail(e instanceof Error ? e.stack ?? e.message : String(e)));

import { withDatabase, flags, fail, describeError } from './cli';
import { BadUserInputError } from '../src/common/errors';
import { OrganizationSetup, SETUP_COUNTRIES } from '../src/modules/organization/organization-setup';
import { seedNormFrameworks } from '../seeds/norms';

const USAGE = `usage:
  npm run org -- create --slug <slug> --name <name> --timezone <IANA zone> --country ${SETUP_COUNTRIES.join('|')} --admin-email <e-mail> --admin-name <name>
  npm run org -- list`;

/** The option each input field comes from, for messages. */
const OPTION: Record<string, string> = {
  slug: '--slug',
  name: '--name',
  timezone: '--timezone',
  holidayCountry: '--country',
  adminEmail: '--admin-email',
  adminName: '--admin-name',
};

const say = (line = '') => process.stdout.write(`${line}\n`);

/**
 * npm run org -- create …   a new organisation and its first member (TOP_MANAGEMENT), idempotent
 * npm run org -- list       organisations with their members
 * Applies pending migrations first, on PostgreSQL (DATABASE_URL) or the embedded database (DATA_DIR).
 */
async function main(): Promise<void> {
  const [command] = process.argv.slice(2);
  const f = flags();
  if (command === 'create') {
    const input = {
      slug: f.slug,
      name: f.name,
      timezone: f.timezone,
      holidayCountry: f.country,
      adminEmail: f['admin-email'],
      adminName: f['admin-name'],
    };
    try {
      await OrganizationSetup.validate(input);
    } catch (error) {
      if (!(error instanceof BadUserInputError)) throw error;
      const fields = (error.extensions.fields ?? []) as { field: string; message: string }[];
      fail(`Invalid input, nothing changed:\n${fields.map((p) => `  ${OPTION[p.field] ?? p.field}: ${p.message}`).join('\n')}\n\n${USAGE}`);
    }
    const result = await withDatabase(async (db, logger) => {
      const applied = await db.dataSource.runMigrations({ transaction: 'each' });
      if (applied.length) say(`Applied ${applied.length} pending migration${applied.length === 1 ? '' : 's'}.`);
      await seedNormFrameworks(db.dataSource, logger);
      return OrganizationSetup.run(db.dataSource, logger, input, 'cli:org-create');
    }, undefined, { quiet: true });
    const { organization: org, admin, outcome } = result;
    if (outcome === 'conflict') {
      fail(`Organisation ${org.slug} already exists with other data; nothing changed:\n${result.differences.map((d) => `  ${d}`).join('\n')}`);
    }
    say(
      outcome === 'created'
        ? `Created organisation ${org.slug} (${org.name}, ${org.timezone}, ${org.holidayCountry}) and its first member ${admin!.name} <${admin!.email}>, TOP_MANAGEMENT.`
        : `Organisation ${org.slug} already exists with these settings and member ${admin!.email}; nothing changed.`,
    );
    say();
    say('Sign in with a token (valid 8 hours):');
    say(`  npm run token -- --org ${org.slug} --email ${admin!.email}`);
  } else if (command === 'list') {
    const rows = await withDatabase(async (db) => OrganizationSetup.list(db.dataSource), undefined, { quiet: true });
    if (!rows.length) {
      say('No organisations yet: npm run org -- create …');
      return;
    }
    const table = [['SLUG', 'NAME', 'COUNTRY', 'MEMBERS'], ...rows.map((r) => [r.slug, r.name, r.country, r.members === r.activeMembers ? String(r.members) : `${r.members} (${r.activeMembers} active)`])];
    const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
    for (const row of table) say(row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd());
  } else {
    fail(USAGE);
  }
}

main().catch((e) => fail(describeError(e)));

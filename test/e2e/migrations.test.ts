import { createTestDatabase, type TestDatabase } from '../support/database';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

describe('smoke: migrations', () => {
  it('bring the database exactly in line with the entities', async () => {
    const sql = await db.database.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('revert completely and apply again', async () => {
    const ds = db.database.dataSource;
    const count = ds.migrations.length;
    for (let i = 0; i < count; i++) await ds.undoLastMigration({ transaction: 'each' });
    const [{ n }]: { n: number }[] = await ds.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations'`);
    expect(n).toBe(0);
    const applied = await ds.runMigrations({ transaction: 'each' });
    expect(applied).toHaveLength(count);
    expect((await ds.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });

  it('turn the escalations recorded before disputes-body cases existed into cases, keeping old data valid', async () => {
    const ds = db.database.dataSource;
    // Back to just before the migration (and those after it).
    const index = ds.migrations.findIndex((m) => m.name === 'CorrespondenceAndDisputes1796300000000');
    expect(index).toBeGreaterThan(-1);
    for (let i = ds.migrations.length - 1; i >= index; i--) await ds.undoLastMigration({ transaction: 'each' });
    const [{ id: org }]: { id: string }[] = await ds.query(`INSERT INTO organization (slug, name, version) VALUES ('legacy', 'Legacy B.V.', 1) RETURNING id`);
    const complaint = (reference: string, status: string, escalation: string) =>
      ds.query(
        `INSERT INTO complaint (organization_id, version, reference, received_at, channel, subject, status, acknowledgement_due_at, resolution_due_at,
           resolved_at, outcome, closed_at, escalation_body, escalation_escalated_at, escalation_outcome, escalation_binding, escalation_decided_at)
         VALUES ($1, 5, $2, '2026-01-05T09:00Z', 'EMAIL', 'Costs', $3, '2026-01-09T23:00Z', '2026-01-19T23:00Z', '2026-01-12T10:00Z', 'REJECTED',
           ${status === 'CLOSED' ? `'2026-04-01T10:00Z'` : 'NULL'}, ${escalation}) RETURNING id`,
        [org, reference, status],
      );
    const [{ id: decided }] = await complaint('K-2026-00001', 'CLOSED', `'De Geschillencommissie', '2026-01-20T10:00Z', 'PARTIALLY_UPHELD', false, '2026-03-30T10:00Z'`);
    const [{ id: pending }] = await complaint('K-2026-00002', 'ESCALATED', `'De Geschillencommissie', '2026-01-21T10:00Z', NULL, NULL, NULL`);
    await complaint('K-2026-00003', 'RESOLVED', 'NULL, NULL, NULL, NULL, NULL');

    await ds.runMigrations({ transaction: 'each' });
    const bodies = await ds.query(`SELECT name, outcome_kind AS "outcomeKind", is_default AS "isDefault" FROM disputes_body WHERE organization_id = $1`, [org]);
    expect(bodies).toEqual([{ name: 'De Geschillencommissie', outcomeKind: null, isDefault: false }]);
    const cases: Record<string, unknown>[] = await ds.query(
      `SELECT complaint_id AS "complaintId", origin, status, outcome, binding, filed_at AS "filedAt", decided_at AS "decidedAt", closed_at IS NOT NULL AS closed
       FROM disputes_case WHERE organization_id = $1 ORDER BY filed_at`,
      [org],
    );
    expect(cases).toEqual([
      { complaintId: decided, origin: 'AFTER_RESOLUTION', status: 'CLOSED', outcome: 'PARTIALLY_UPHELD', binding: false, filedAt: new Date('2026-01-20T10:00Z'), decidedAt: new Date('2026-03-30T10:00Z'), closed: true },
      { complaintId: pending, origin: 'AFTER_RESOLUTION', status: 'OPEN', outcome: null, binding: null, filedAt: new Date('2026-01-21T10:00Z'), decidedAt: null, closed: false },
    ]);
    // The new outcomes are accepted from now on.
    await ds.query(`UPDATE complaint SET outcome = 'SETTLED' WHERE id = $1`, [decided]);
    await ds.query(`DELETE FROM organization WHERE id = $1`, [org]);
  });

  it('give existing organisations, code versions and complaints their language: Norwegian organisations nb, others nl; a complaint its latest letter’s', async () => {
    const ds = db.database.dataSource;
    const index = ds.migrations.findIndex((m) => m.name === 'Languages1796700000000');
    expect(index).toBeGreaterThan(-1);
    for (let i = ds.migrations.length - 1; i >= index; i--) await ds.undoLastMigration({ transaction: 'each' });
    const organization = async (slug: string, country: string) =>
      ((await ds.query(`INSERT INTO organization (slug, name, version, holiday_country) VALUES ($1, $1, 1, $2) RETURNING id`, [slug, country])) as { id: string }[])[0].id;
    const dutch = await organization('legacy-nl', 'NL');
    const norwegian = await organization('legacy-no', 'NO');
    const versionOf = async (org: string) => {
      const [{ id: code }]: { id: string }[] = await ds.query(`INSERT INTO code (organization_id, version, key, title, scope) VALUES ($1, 1, 'code', 'Code', '') RETURNING id`, [org]);
      const [{ id }]: { id: string }[] = await ds.query(`INSERT INTO code_version (organization_id, code_id, version, revision, status) VALUES ($1, $2, 1, 1, 'DRAFT') RETURNING id`, [org, code]);
      return id;
    };
    const [dutchVersion, norwegianVersion] = [await versionOf(dutch), await versionOf(norwegian)];
    const complaint = async (org: string, reference: string) =>
      ((await ds.query(
        `INSERT INTO complaint (organization_id, version, reference, received_at, channel, subject, status, acknowledgement_due_at, resolution_due_at)
         VALUES ($1, 1, $2, '2026-01-05T09:00Z', 'EMAIL', 'Costs', 'RECEIVED', '2026-01-09T23:00Z', '2026-01-19T23:00Z') RETURNING id`,
        [org, reference],
      )) as { id: string }[])[0].id;
    const withoutLetters = await complaint(dutch, 'K-2026-00001');
    const withLetters = await complaint(dutch, 'K-2026-00002');
    const norwegianComplaint = await complaint(norwegian, 'K-2026-00001');
    for (const [language, sentAt] of [['nl', '2026-01-06T10:00Z'], ['en', '2026-01-08T10:00Z']]) {
      await ds.query(
        `INSERT INTO complaint_letter (organization_id, complaint_id, kind, language, channel, sent_at, edited) VALUES ($1, $2, 'ACKNOWLEDGEMENT', $3, 'EMAIL', $4, false)`,
        [dutch, withLetters, language, sentAt],
      );
    }

    await ds.runMigrations({ transaction: 'each' });
    const rows = async (sql: string, ids: string[]) => ((await ds.query(sql, [ids])) as { id: string; language: string }[]).map((r) => [r.id, r.language]);
    expect(await rows(`SELECT id, array_to_string(languages, ',') AS language FROM organization WHERE id = ANY($1) ORDER BY slug`, [dutch, norwegian])).toEqual([
      [dutch, 'nl'],
      [norwegian, 'nb'],
    ]);
    expect(new Map(await rows(`SELECT id, language FROM code_version WHERE id = ANY($1)`, [dutchVersion, norwegianVersion]) as [string, string][])).toEqual(
      new Map([[dutchVersion, 'nl'], [norwegianVersion, 'nb']]),
    );
    expect(new Map(await rows(`SELECT id, language FROM complaint WHERE id = ANY($1)`, [withoutLetters, withLetters, norwegianComplaint]) as [string, string][])).toEqual(
      new Map([[withoutLetters, 'nl'], [withLetters, 'en'], [norwegianComplaint, 'nb']]),
    );
    await ds.query(`DELETE FROM organization WHERE id = ANY($1)`, [[dutch, norwegian]]);
  });
});

import type { Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { Role } from '../../src/common/roles';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { startTestApp, type ApiClient, type TestApp } from '../support/app';
import { createCode, insertComplaint } from '../support/fixtures';
import { graphql } from '../graphql';

const STATUS = graphql(`query PreparedCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) {
  status promises { promise { key } status complaints { received open upheld } correctiveActions { open } } } }`);
const LIST = graphql(`query PreparedComplaints($promiseId: ID) { complaints(first: 10, promiseId: $promiseId) {
  totalCount edges { node { reference status promises { key } } } } }`);
const ONE = graphql(`query PreparedComplaint($id: ID!) { complaint(id: $id) { reference status timeline { to } } }`);

/** The named statements PostgreSQL holds for the session of the pool's one connection. */
async function prepared(app: TestApp): Promise<string[]> {
  const rows: { statement: string }[] = await app.dataSource.query(`SELECT statement FROM pg_prepared_statements WHERE name LIKE 'coc\\_%' ORDER BY prepare_time`);
  return rows.map((r) => r.statement);
}

/** One code with two promises and three complaints about the first; the reads a dashboard sends. */
async function organisation(app: TestApp): Promise<{ client: ApiClient; reads: (() => Promise<unknown>)[] }> {
  const org = await app.createOrganization();
  const code = await createCode(app.dataSource, org, [CodeVersionStatus.PUBLISHED], ['P1', 'P2']);
  const promiseId = code.promises[0].P1.id;
  const complaints: { id: string }[] = [];
  for (let i = 0; i < 3; i++) {
    complaints.push(await insertComplaint(app.dataSource, org, { receivedAt: new Date(Date.now() - (i + 1) * 86_400_000).toISOString(), promiseIds: [promiseId], status: 'RECEIVED' }));
  }
  const client = await app.as(org, Role.QUALITY_MANAGER);
  return {
    client,
    reads: [
      () => client.data(STATUS, { codeId: code.code.id }),
      () => client.data(LIST, { promiseId }),
      () => client.data(ONE, { id: complaints[0].id }),
    ],
  };
}

// One pooled connection (as on PGlite), so that the statements the requests prepared are those of the session the test reads.
describe('named prepared statements', () => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('plans a read once per connection: the second request runs the statements the first one prepared, with the same answers', async () => {
    app = await startTestApp({ DB_POOL_MAX: '1' });
    const { reads } = await organisation(app);
    const first = [];
    for (const read of reads) first.push(await read());
    const held = await prepared(app);
    // The dashboard's rollup figures, the page of complaints, the complaint with its timeline.
    expect(held.some((s) => s.includes('monitoring_lineage_month'))).toBe(true);
    expect(held.some((s) => s.includes('FROM "complaint" "c"'))).toBe(true);
    expect(held.length).toBeGreaterThanOrEqual(3);

    const second = [];
    for (const read of reads) second.push(await read());
    expect(second).toEqual(first);
    // Nothing new to prepare: the same texts under the same names.
    expect(await prepared(app)).toEqual(held);
  });

  it('keeps at most DB_PREPARED_STATEMENTS per connection, deallocating the least recently used, and answers the same after re-preparing', async () => {
    app = await startTestApp({ DB_POOL_MAX: '1', DB_PREPARED_STATEMENTS: '2' });
    const { reads } = await organisation(app);
    const first = [];
    for (const read of reads) first.push(await read());
    expect((await prepared(app)).length).toBeLessThanOrEqual(2);
    // Every read again, in another order: evicted statements are parsed again under their name.
    const again = [];
    for (const i of [2, 0, 1, 0, 2]) again.push(await reads[i]());
    expect(again).toEqual([first[2], first[0], first[1], first[0], first[2]]);
    const held = await prepared(app);
    expect(held.length).toBeGreaterThan(0);
    expect(held.length).toBeLessThanOrEqual(2);
  });

  it('prepares nothing with DB_PREPARED_STATEMENTS=0 (for a pooler in transaction mode)', async () => {
    app = await startTestApp({ DB_POOL_MAX: '1', DB_PREPARED_STATEMENTS: '0' });
    const { reads } = await organisation(app);
    for (const read of reads) await read();
    expect(await prepared(app)).toEqual([]);
  });

  it('a new connection to a session that still holds named statements (PGlite: one session for every connection) prepares them again without error', async () => {
    app = await startTestApp({ DB_POOL_MAX: '1' });
    const { reads } = await organisation(app);
    const first = [];
    for (const read of reads) first.push(await read());
    // Close the pool's connection: the next request opens a new one.
    const pool = (app.dataSource.driver as PostgresDriver).master as Pool;
    const connection = await pool.connect();
    connection.release(true);
    // PGlite's socket server takes the closed connection's slot back a moment later.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const second = [];
    for (const read of reads) second.push(await read());
    expect(second).toEqual(first);
    expect((await prepared(app)).length).toBeGreaterThanOrEqual(3);
  });
});

import { Role } from '../../src/common/roles';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { createCode, insertComplaint, type CodeFixture } from '../support/fixtures';
import { graphql } from '../graphql';
import type { ComplaintsByPromisePageQuery } from '../graphql/graphql';

const PAGE = graphql(`query ComplaintsByPromisePage($promiseId: ID!, $status: [ComplaintStatus!], $first: Int, $after: String) {
  complaints(promiseId: $promiseId, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id receivedAt } } } }`);

/**
 * `complaints(promiseId)` newest first reads only each promise's first page of links (walked in
 * order of receipt); these pages must be exactly those of the direct query, whatever the ties,
 * statuses, links to several versions of the lineage, and corrections of the time of receipt.
 */
describe('complaints about a promise lineage, newest first', () => {
  let app: TestApp;
  let org: TestOrganization;
  let co: ApiClient;
  let code: CodeFixture;

  beforeAll(async () => {
    app = await startTestApp();
    org = await app.createOrganization('by-promise');
    co = await app.as(org, Role.COMPLAINT_OFFICER);
    // Two versions: the lineage of P1 has a promise in each.
    code = await createCode(app.dataSource, org, [CodeVersionStatus.SUPERSEDED, CodeVersionStatus.PUBLISHED], ['P1', 'P2']);
    const [v1, v2] = code.promises;
    const statuses = ['RECEIVED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'] as const;
    for (let i = 0; i < 70; i++) {
      // Every third complaint shares its time of receipt with the one before (ties broken by id).
      const minute = i - Math.floor(i / 3);
      const links = [[v1.P1.id], [v2.P1.id], [v1.P1.id, v2.P1.id], [v2.P2.id], [v1.P2.id, v2.P1.id]][i % 5];
      await insertComplaint(app.dataSource, org, {
        receivedAt: new Date(Date.UTC(2026, 0, 1, 8, minute * 7)).toISOString(),
        promiseIds: links,
        status: statuses[(i * 7) % 4],
      });
    }
  });
  afterAll(() => app.close());

  /** The direct query: every complaint about the lineage passing the status filter, newest first. */
  async function expected(statuses: string[] | null): Promise<string[]> {
    const rows: { id: string }[] = await app.dataSource.query(
      `SELECT c.id FROM complaint c
        WHERE c.organization_id = $1 AND ($2::text[] IS NULL OR c.status = ANY($2::text[]))
          AND EXISTS (SELECT 1 FROM complaint_promise cp JOIN code_promise p ON p.id = cp.promise_id WHERE cp.complaint_id = c.id AND p.code_id = $3 AND p.key = 'P1')
        ORDER BY c.received_at DESC, c.id DESC`,
      [org.id, statuses, code.code.id],
    );
    return rows.map((r) => r.id);
  }

  /** Every page through the API, `first` at a time: the ids in order, and each page's totalCount. */
  async function paged(promiseId: string, statuses: string[] | null, first: number): Promise<{ ids: string[]; totals: number[] }> {
    const ids: string[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const { complaints }: ComplaintsByPromisePageQuery = await co.data(PAGE, { promiseId, status: statuses as never, first, after });
      ids.push(...complaints!.edges.map((e) => e.node.id));
      totals.push(complaints!.totalCount);
      if (!complaints!.pageInfo.hasNextPage) break;
      after = complaints!.pageInfo.endCursor ?? null;
    }
    return { ids, totals };
  }

  it.each([
    [null, 7],
    [['RESOLVED', 'CLOSED'], 5],
    [['RECEIVED'], 3],
    [['IN_PROGRESS', 'RESOLVED'], 20],
  ])('pages through the lineage (status %j, %i a page) exactly as the direct query orders it, each complaint once', async (statuses, first) => {
    const want = await expected(statuses);
    expect(want.length).toBeGreaterThan(first);
    for (const promise of [code.promises[0].P1, code.promises[1].P1]) {
      const { ids, totals } = await paged(promise.id, statuses, first);
      expect(ids).toEqual(want);
      expect(new Set(totals)).toEqual(new Set([want.length]));
    }
  });

  it('follows a corrected time of receipt: the links take it, and the order with them', async () => {
    const [oldest] = (await expected(null)).slice(-1);
    await app.dataSource.query(`UPDATE complaint SET received_at = '2026-06-01T00:00:00Z' WHERE id = $1`, [oldest]);
    const links: { received_at: Date }[] = await app.dataSource.query('SELECT received_at FROM complaint_promise WHERE complaint_id = $1', [oldest]);
    expect(links.map((l) => l.received_at.toISOString())).toEqual(links.map(() => '2026-06-01T00:00:00.000Z'));
    const want = await expected(null);
    expect(want[0]).toBe(oldest);
    expect((await paged(code.promises[1].P1.id, null, 4)).ids).toEqual(want);
  });
});

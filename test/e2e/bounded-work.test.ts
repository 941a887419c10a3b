import { signToken } from '../../src/auth/tokens';
import { Role } from '../../src/common/roles';
import { ManagementReview } from '../../src/modules/management-review/management-review.entity';
import { AuditEvent } from '../../src/common/audit-event.entity';
import { seedBenchDataset, type BenchDataset } from '../../bench/dataset';
import { ApiClient, nodes, startTestApp, statementCounter, TEST_JWT_SECRET, type TestApp } from '../support/app';
import { graphql } from '../graphql';
import type { BoundedPromiseActionsPageQuery, BoundedPromiseComplaintsPageQuery } from '../graphql/graphql';

const TYPENAME = graphql(`query BoundedTypename { __typename }`);
const ME = graphql(`query BoundedMe { me { id } }`);

/** A client of the bench organisation with every role that reads complaints and manages reviews. */
async function benchClient(app: TestApp, dataset: BenchDataset): Promise<ApiClient> {
  const token = await signToken(
    TEST_JWT_SECRET,
    { userId: dataset.userId, organizationSlug: dataset.organizationSlug, roles: [Role.QUALITY_MANAGER, Role.TOP_MANAGEMENT] },
    { expiresIn: '1h' },
  );
  return new ApiClient(app.url, token);
}

/**
 * The fan-out of the hardening issue, in today's shapes: complaints → promises → complaints → promises → complaints.
 * Over the cost limit on purpose: a plain string, sent as written.
 */
const FAN_OUT = (first: number) =>
  `{ complaints(first: ${first}) { edges { node { promises { complaints { edges { node { promises { complaints { edges { node { id } } } } } } } } } } } }`;

describe('bounded work per request', () => {
  let app: TestApp;
  let dataset: BenchDataset;
  let qm: ApiClient;
  let statements: ReturnType<typeof statementCounter>;

  beforeAll(async () => {
    app = await startTestApp();
    dataset = await seedBenchDataset(app.dataSource.manager, { complaints: 60 });
    qm = await benchClient(app, dataset);
    statements = statementCounter(app.dataSource);
    await qm.data(TYPENAME);
  });
  afterAll(() => app.close());

  it.each([100, 20])('refuses the nested fan-out at first: %i with LIMIT_EXCEEDED (HTTP 400) before running a single statement', async (first) => {
    statements.reset();
    const { status, body } = await qm.raw(FAN_OUT(first));
    expect(status).toBe(400);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: app.config.limits.maxCost });
    expect(body.errors?.[0].extensions?.cost).toBeGreaterThan(app.config.limits.maxCost);
    expect(statements.count).toBe(0);
  });

  it('prices the same query text by its variables each time: a cost remembered for small pages does not let a large one through', async () => {
    const query = `query BoundedFanOut($first: Int!) { complaints(first: $first) { edges { node { promises { complaints(first: 50) { edges { node { id } } } } } } } }`;
    const send = async (first: number) => {
      statements.reset();
      const { status, body } = await qm.raw(query, { first });
      return { status, code: body.errors?.[0]?.extensions?.code ?? null, statements: statements.count };
    };
    for (let i = 0; i < 2; i++) {
      expect(await send(1)).toMatchObject({ status: 200, code: null });
      expect(await send(100)).toEqual({ status: 400, code: 'LIMIT_EXCEEDED', statements: 0 });
    }
  });

  it("pages through a promise's complaints: first/after, totalCount and hasNextPage, newest first, each once", async () => {
    const [organization]: { id: string }[] = await app.dataSource.query('SELECT id FROM organization WHERE slug = $1', [dataset.organizationSlug]);
    const [promise]: { id: string; total: string }[] = await app.dataSource.query(
      `SELECT p.id, count(*) AS total FROM code_promise p JOIN complaint_promise cp ON cp.promise_id = p.id
       WHERE p.organization_id = $1 GROUP BY p.id ORDER BY count(*) DESC LIMIT 1`,
      [organization.id],
    );
    const rows: { id: string }[] = await app.dataSource.query(
      `SELECT c.id FROM complaint c JOIN complaint_promise cp ON cp.complaint_id = c.id WHERE cp.promise_id = $1 ORDER BY c.received_at DESC, c.id DESC`,
      [promise.id],
    );
    const expected = rows.map((r) => r.id);
    expect(expected.length).toBeGreaterThan(4);
    const PAGE = graphql(`query BoundedPromiseComplaintsPage($id: ID!, $after: String) { corrective: correctiveActions(first: 1) { totalCount }
      complaints(first: 1, promiseId: $id) { edges { node { promises { id complaints(first: 2, after: $after) {
        totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } } } } } }`);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data: BoundedPromiseComplaintsPageQuery = await qm.data(PAGE, { id: promise.id, after });
      const page = nodes(data.complaints!)[0].promises.find((p) => p.id === promise.id)!.complaints;
      expect(page.totalCount).toBe(expected.length);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...nodes(page).map((c) => c.id));
      expect(page.pageInfo.hasNextPage).toBe(seen.length < expected.length);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual(expected);
  });

  it("pages through a promise's corrective actions by due day (a date cursor), each once", async () => {
    const [promise]: { id: string }[] = await app.dataSource.query(
      `SELECT a.promise_id AS id FROM corrective_action a JOIN organization o ON o.id = a.organization_id WHERE o.slug = $1
       GROUP BY a.promise_id ORDER BY count(*) DESC LIMIT 1`,
      [dataset.organizationSlug],
    );
    const rows: { id: string }[] = await app.dataSource.query(`SELECT id FROM corrective_action WHERE promise_id = $1 ORDER BY due_on, id`, [promise.id]);
    const expected = rows.map((r) => r.id);
    expect(expected.length).toBeGreaterThan(1);
    const PAGE = graphql(`query BoundedPromiseActionsPage($id: ID!, $after: String) { correctiveAction(id: $id) { promise { correctiveActions(first: 1, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } } }`);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data: BoundedPromiseActionsPageQuery = await qm.data(PAGE, { id: expected[0], after });
      const page = data.correctiveAction!.promise!.correctiveActions;
      expect(page.totalCount).toBe(expected.length);
      seen.push(...nodes(page).map((a) => a.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    expect(seen).toEqual(expected);
  });

  it('keeps nested connections batched: the statements of a page do not grow with its size', async () => {
    const query = graphql(`query BoundedNestedPage($first: Int!) { complaints(first: $first) { edges { node { id promises { key
      complaints(first: 5) { totalCount pageInfo { hasNextPage } edges { node { id } } } } } } } }`);
    const countFor = async (first: number) => {
      statements.reset();
      const data = await qm.data(query, { first });
      expect(nodes(data.complaints!)).toHaveLength(first);
      return statements.count;
    };
    const small = await countFor(2);
    const page = await countFor(20);
    expect(page).toBe(small);
    expect(page).toBeLessThanOrEqual(8);
  });

  it('refuses a bad cursor of a nested connection as BAD_USER_INPUT naming `after`', async () => {
    const e = await qm.error(graphql(`query BoundedBadNestedCursor { complaints(first: 1) { edges { node { promises { complaints(after: "bm90IGEgY3Vyc29y") { totalCount } } } } } }`));
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'after' }] } });
  });
});

describe('request deadline', () => {
  let app: TestApp;
  let qm: ApiClient;

  beforeAll(async () => {
    app = await startTestApp({ REQUEST_TIMEOUT_MS: '1' });
    qm = await benchClient(app, await seedBenchDataset(app.dataSource.manager, { complaints: 60 }));
  });
  afterAll(() => app.close());

  it('stops a read that outlives the deadline with TIMEOUT, and the next requests are served', async () => {
    // Authentication and the first page alone take longer than 1 ms: the nested fields hit the deadline.
    const { body } = await qm.request(graphql(`query BoundedDeadline { complaints(first: 20) { edges { node { id promises { key complaints(first: 5) { totalCount } } } } } }`), {});
    expect(body.errors?.map((e) => e.extensions?.code)).toContain('TIMEOUT');
    const served = await Promise.all(Array.from({ length: 15 }, () => qm.request(TYPENAME, {})));
    expect(served.map((r) => [r.status, r.body.data])).toEqual(Array.from({ length: 15 }, () => [200, { __typename: 'Query' }]));
  });
});

describe('statement timeout', () => {
  let app: TestApp;
  let top: ApiClient;
  let dataset: BenchDataset;
  const pglite = process.env.TEST_DB_BACKEND !== 'postgres';

  beforeAll(async () => {
    // Far above any ordinary statement, even on a busy machine (the requests after the timeout must
    // not meet it). A statement outlives it deterministically by waiting on a lock another session
    // holds: PostgreSQL's statement_timeout counts the wait.
    app = await startTestApp({ DB_STATEMENT_TIMEOUT_MS: '150' });
    dataset = await app.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL statement_timeout = 0');
      return seedBenchDataset(manager, { complaints: 300, complaintEveryMinutes: 60 });
    });
    top = await benchClient(app, dataset);
  }, 120_000);
  afterAll(() => app.close());

  /** Runs `work` while another session holds `table` in ACCESS EXCLUSIVE mode (every read and write of it waits). */
  async function whileLocked<T>(table: string, work: () => Promise<T>): Promise<T> {
    const holder = app.dataSource.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    // The holder itself may wait (autovacuum on the freshly loaded tables gives way after a second).
    await holder.query('SET LOCAL statement_timeout = 0');
    await holder.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
    try {
      return await work();
    } finally {
      await holder.rollbackTransaction();
      await holder.release();
    }
  }

  const ANALYSIS = graphql(`query BoundedAnalysis($year: Int!) { complaintAnalysis(year: $year) { totals { received } acknowledgementTime { medianHours } byPromise { promiseKey complaints } } }`);
  const CREATE_REVIEW = graphql(`mutation BoundedCreateReview($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { id } }`);

  it(pglite ? 'on PGlite is not enforced: the statement runs to its end (the request deadline bounds it)' : 'cancels a statement that runs longer with TIMEOUT, and the pool keeps serving', async () => {
    if (pglite) {
      const { body } = await top.request(ANALYSIS, { year: dataset.analysisYear });
      expect(body.data!.complaintAnalysis!.totals.received).toBeGreaterThan(0);
      return;
    }
    // The analysis reads the monthly figures: held by another session, its statement waits past the timeout.
    const { body } = await whileLocked('monitoring_month', () => top.request(ANALYSIS, { year: dataset.analysisYear }));
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'TIMEOUT' } });
    expect(JSON.stringify(body)).not.toMatch(/SELECT|canceling|monitoring_month|http/i);
    const served = await Promise.all(Array.from({ length: 15 }, () => top.request(ME, {})));
    expect(served.every((r) => r.status === 200 && !r.body.errors)).toBe(true);
    expect((await top.request(ANALYSIS, { year: dataset.analysisYear })).body.data!.complaintAnalysis!.totals.received).toBeGreaterThan(0);
  });

  it(pglite ? 'on PGlite lets the management review finish' : 'rolls a mutation back when one of its statements times out: no review, no audit event', async () => {
    const reviews = await app.dataSource.getRepository(ManagementReview).count();
    const audits = await app.dataSource.getRepository(AuditEvent).count();
    const input = { year: dataset.analysisYear, title: 'Directiebeoordeling' };
    if (pglite) {
      const { body } = await top.request(CREATE_REVIEW, { input });
      expect(body.data!.createManagementReview.id).toEqual(expect.any(String));
      return;
    }
    // The review row is written first; its audit event waits on the held table and times out.
    const { body } = await whileLocked('audit_event', () => top.request(CREATE_REVIEW, { input }));
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'TIMEOUT' } });
    expect(await app.dataSource.getRepository(ManagementReview).count()).toBe(reviews);
    expect(await app.dataSource.getRepository(AuditEvent).count()).toBe(audits);
    expect((await top.request(ME, {})).body.errors).toBeUndefined();
  });
});


import type { Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { Role } from '../../src/common/roles';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { startTestApp, statementCounter, type ApiClient, type GraphQLResponse, type TestApp, type TestOrganization } from '../support/app';
import { createCode, insertAction, insertComplaint } from '../support/fixtures';
import { graphql } from '../graphql';

const CODE_STATUS = graphql(`query OneConnectionCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) { status
  promises { status promise { key } kpis { name status } complaints { received open overdue } correctiveActions { open overdue } } } }`);
const COMPLAINTS = graphql(`query OneConnectionComplaints($promiseId: ID) { complaints(first: 50, promiseId: $promiseId) { totalCount
  edges { node { id reference status promises { key } handler { name } correctiveActions { totalCount } } } } }`);
const COMPLAINT = graphql(`query OneConnectionComplaint($id: ID!) { complaint(id: $id) { id reference status handler { name }
  promises { key complaints { totalCount } } correctiveActions { totalCount edges { node { title } } } timeline { at to actor { name } } } }`);
const REGISTER = graphql(`mutation OneConnectionRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id reference
  promises { key complaints { totalCount } } } }`);

const POOL = 2;
const DASHBOARDS = 10;

/** The pool's check-outs while a request runs: how many, and the most held at once. */
function poolWatch(app: TestApp) {
  const pool = (app.dataSource.driver as PostgresDriver).master as Pool;
  let held = 0;
  let peak = 0;
  let checkouts = 0;
  pool.on('acquire', () => {
    checkouts++;
    peak = Math.max(peak, ++held);
  });
  pool.on('release', () => held--);
  return {
    get peak() {
      return peak;
    },
    get checkouts() {
      return checkouts;
    },
    reset() {
      peak = held;
      checkouts = 0;
    },
  };
}

describe(`one connection per request (a pool of ${POOL})`, () => {
  let app: TestApp;
  let org: TestOrganization;
  let qm: ApiClient;
  let co: ApiClient;
  let codeId: string;
  let promiseIds: string[];
  let complaintId: string;
  let pool: ReturnType<typeof poolWatch>;
  let statements: ReturnType<typeof statementCounter>;

  beforeAll(async () => {
    app = await startTestApp({ DB_POOL_MAX: String(POOL), MEMBER_CACHE_TTL_MS: '30000' });
    org = await app.createOrganization('one-connection');
    qm = await app.as(org, Role.QUALITY_MANAGER);
    co = await app.as(org, Role.COMPLAINT_OFFICER);
    const code = await createCode(app.dataSource, org, [CodeVersionStatus.PUBLISHED], ['P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
    codeId = code.code.id;
    promiseIds = Object.values(code.promises[0]).map((p) => p.id);
    const now = Date.now();
    for (let i = 0; i < 24; i++) {
      await insertComplaint(app.dataSource, org, {
        receivedAt: new Date(now - (i + 1) * 86_400_000).toISOString(),
        promiseIds: [promiseIds[i % promiseIds.length]],
        acknowledgedAfterHours: i % 3 === 0 ? undefined : 10,
        resolvedAfterHours: i % 2 === 0 ? 200 : undefined,
        outcome: i % 2 === 0 ? 'UPHELD' : undefined,
      });
    }
    for (const [i, promiseId] of promiseIds.entries()) {
      await insertAction(app.dataSource, org, { promiseId, status: i % 2 ? 'OPEN' : 'DONE', dueOn: '2099-01-01' });
    }
    // References handed out by the service continue after the fixtures'.
    const year = new Date().getUTCFullYear();
    await app.dataSource.query(`INSERT INTO complaint_reference_counter (organization_id, year, last) VALUES ($1, $2, 1000), ($1, $3, 1000)`, [org.id, year, year - 1]);
    complaintId = (
      await co.data(REGISTER, { input: { channel: 'EMAIL', subject: 'Unclear letter', description: 'The letter did not say what I owe.', promiseIds: promiseIds.slice(0, 2) } })
    ).registerComplaint.id;
    pool = poolWatch(app);
    statements = statementCounter(app.dataSource);
    // Each caller's member and organisation are then cached: what follows is the requests' own work.
    await qm.data(CODE_STATUS, { codeId });
  });

  afterAll(async () => {
    await app?.close();
  });

  /** What one request took from the pool, sent alone. */
  const alone = async (send: () => Promise<unknown>) => {
    pool.reset();
    statements.reset();
    const result = await send();
    return { result, checkouts: pool.checkouts, peak: pool.peak, statements: statements.count, sessions: new Set(statements.backends).size };
  };

  it.each([
    ['a code status dashboard (queries sent in parallel)', () => qm.data(CODE_STATUS, { codeId })],
    ['a page of complaints with their relations', () => qm.data(COMPLAINTS, { promiseId: promiseIds[0] })],
    ['a complaint with its nested connections and timeline', () => qm.data(COMPLAINT, { id: complaintId })],
    [
      'a mutation and what it returns',
      () => co.data(REGISTER, { input: { channel: 'PHONE', subject: 'Late answer', description: 'Nobody called back.', promiseIds: [promiseIds[2]] } }),
    ],
  ] as [string, () => Promise<unknown>][])('runs %s on one connection, taken from the pool once', async (_, send) => {
    const used = await alone(send);
    expect(used.statements).toBeGreaterThan(0);
    expect({ checkouts: used.checkouts, heldAtOnce: used.peak, sessions: used.sessions }).toEqual({ checkouts: 1, heldAtOnce: 1, sessions: 1 });
  });

  it(`serves ${DASHBOARDS} concurrent dashboards and complaint lists without an error, never holding more than ${POOL} connections`, async () => {
    pool.reset();
    const requests: Promise<GraphQLResponse<unknown>>[] = [];
    for (let i = 0; i < DASHBOARDS; i++) {
      requests.push(qm.request(CODE_STATUS, { codeId }));
      requests.push(qm.request(COMPLAINTS, { promiseId: promiseIds[i % promiseIds.length] }));
      requests.push(qm.request(COMPLAINT, { id: complaintId }));
    }
    const answers = await Promise.all(requests);
    expect(answers.flatMap((a) => a.body.errors ?? [])).toEqual([]);
    expect(answers.map((a) => a.status)).toEqual(requests.map(() => 200));
    expect(pool.peak).toBeLessThanOrEqual(POOL);
  });

  it('gives every connection back: the pool is idle once the requests are answered', async () => {
    const p = (app.dataSource.driver as PostgresDriver).master as Pool;
    await Promise.all([qm.data(CODE_STATUS, { codeId }), qm.data(COMPLAINTS, {})]);
    expect(p.totalCount - p.idleCount).toBe(0);
    expect(p.waitingCount).toBe(0);
  });
});

import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import { Redis } from 'ioredis';
import { startService, type RunningService } from '../../src/server';
import { Complaint } from '../../src/modules/complaint/complaint.entity';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { startTestApp, type GraphQLResponse, type TestApp, type TestOrganization } from '../support/app';
import { graphql } from '../graphql';
import type { SubmitComplaintInput } from '../graphql/graphql';

const SUBMIT = graphql(`mutation RateLimitsSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }`);
const PUBLISHED = graphql(`query RateLimitsPublished($slug: String!) { publishedCodes(organizationSlug: $slug) { key } }`);
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const budgets = {
  RATE_LIMIT_SUBMISSIONS_PER_ADDRESS: '3',
  RATE_LIMIT_SUBMISSIONS_PER_ORGANIZATION: '4',
  RATE_LIMIT_SUBMISSIONS_WINDOW_SECONDS: '600',
  RATE_LIMIT_READS_PER_ADDRESS: '50',
};

interface Answer<T = unknown> {
  status: number;
  retryAfter: string | null;
  body: GraphQLResponse<T>['body'];
}

/** POSTs a GraphQL request from a chosen local address (127.0.0.0/8 is all loopback), as another client would. */
function post<R, V>(url: string, document: DocumentTypeDecoration<R, V>, variables: V, options: { from?: string; headers?: Record<string, string> } = {}): Promise<Answer<R>> {
  const query = String(document);
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/graphql`,
      { method: 'POST', localAddress: options.from ?? '127.0.0.1', headers: { 'content-type': 'application/json', ...options.headers } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, retryAfter: (res.headers['retry-after'] as string | undefined) ?? null, body: JSON.parse(text) as Answer<R>['body'] }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify({ query, variables }));
  });
}

let n = 0;
const complaint = (): SubmitComplaintInput => ({ subject: `Complaint ${++n}`, description: 'The collector called me four times a day.', complainant: { name: 'Els de Vries', email: 'els@example.nl' } });
const submit = (url: string, org: TestOrganization, options: { from?: string; headers?: Record<string, string> } = {}) =>
  post(url, SUBMIT, { slug: org.slug, input: complaint() }, options);
const rows = (app: TestApp, org: TestOrganization) => app.dataSource.getRepository(Complaint).countBy({ organizationId: org.id });

function expectRateLimited(answer: Answer, scope: 'address' | 'organization', windowSeconds = 600) {
  expect(answer.status).toBe(429);
  expect(Number(answer.retryAfter)).toBeGreaterThanOrEqual(1);
  expect(Number(answer.retryAfter)).toBeLessThanOrEqual(windowSeconds);
  expect(answer.body.data ?? null).toBeNull();
  expect(answer.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'RATE_LIMITED', scope, retryAfterSeconds: Number(answer.retryAfter) } })]);
}

describe('rate limits in this process, client address from the socket', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(budgets);
  });
  afterAll(() => app.close());

  it('refuses the submission past the address budget with 429 RATE_LIMITED and Retry-After, writing nothing; another address still passes', async () => {
    const org = await app.createOrganization();
    for (let i = 0; i < 3; i++) expect((await submit(app.url, org, { from: '127.0.0.1' })).body.errors).toBeUndefined();
    expect(await rows(app, org)).toBe(3);
    expectRateLimited(await submit(app.url, org, { from: '127.0.0.1' }), 'address');
    expect(await rows(app, org)).toBe(3);
    const other = await submit(app.url, org, { from: '127.0.0.2' });
    expect(other.status).toBe(200);
    expect(other.body.data!.submitComplaint.reference).toEqual(expect.any(String));
    expect(await rows(app, org)).toBe(4);
    // Reads have their own budget: the refused address still reads the published codes.
    expect((await post(app.url, PUBLISHED, { slug: org.slug }, { from: '127.0.0.1' })).status).toBe(200);
  });

  it('counts every aliased submission: one request cannot carry more than the budget', async () => {
    const org = await app.createOrganization();
    const aliased = graphql(`mutation RateLimitsMany($slug: String!, $input: SubmitComplaintInput!) {
      a: submitComplaint(organizationSlug: $slug, input: $input) { reference }
      ... on Mutation { b: submitComplaint(organizationSlug: $slug, input: $input) { reference } }
      ...RateLimitsMore }
      fragment RateLimitsMore on Mutation { c: submitComplaint(organizationSlug: $slug, input: $input) { reference } d: submitComplaint(organizationSlug: $slug, input: $input) { reference } }`);
    expectRateLimited(await post(app.url, aliased, { slug: org.slug, input: complaint() }, { from: '127.0.0.3' }), 'address');
    expect(await rows(app, org)).toBe(0);
  });

  it('limits each organisation across addresses, and another organisation still passes', async () => {
    const busy = await app.createOrganization();
    const quiet = await app.createOrganization();
    for (const from of ['127.0.0.4', '127.0.0.4', '127.0.0.5', '127.0.0.5']) expect((await submit(app.url, busy, { from })).status).toBe(200);
    expectRateLimited(await submit(app.url, busy, { from: '127.0.0.6' }), 'organization');
    expect(await rows(app, busy)).toBe(4);
    expect((await submit(app.url, quiet, { from: '127.0.0.7' })).status).toBe(200);
    expect(await rows(app, quiet)).toBe(1);
  });

  it('ignores X-Forwarded-For without TRUST_PROXY: a client cannot pick a fresh address per request', async () => {
    const org = await app.createOrganization();
    for (let i = 1; i <= 3; i++) expect((await submit(app.url, org, { from: '127.0.0.8', headers: { 'x-forwarded-for': `203.0.113.${i}` } })).status).toBe(200);
    expectRateLimited(await submit(app.url, org, { from: '127.0.0.8', headers: { 'x-forwarded-for': '203.0.113.99' } }), 'address');
  });
});

describe('rate limits behind a trusted proxy (TRUST_PROXY)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ ...budgets, TRUST_PROXY: 'loopback' });
  });
  afterAll(() => app.close());

  it('keys on the client X-Forwarded-For names, not on the proxy', async () => {
    const org = await app.createOrganization();
    const via = (client: string) => submit(app.url, org, { from: '127.0.0.1', headers: { 'x-forwarded-for': client } });
    for (let i = 0; i < 3; i++) expect((await via('198.51.100.1')).status).toBe(200);
    expectRateLimited(await via('198.51.100.1'), 'address');
    expect((await via('198.51.100.2')).status).toBe(200);
    expect(await rows(app, org)).toBe(4);
  });
});

describe('rate limits shared through Redis (REDIS_URL)', () => {
  const prefix = `coc-test:${randomUUID()}`;
  let app: TestApp;
  let second: RunningService;
  let redis: Redis;
  beforeAll(async () => {
    app = await startTestApp({ ...budgets, REDIS_URL, RATE_LIMIT_KEY_PREFIX: prefix });
    // A second instance of the service on the same database and the same Redis.
    second = await startService(app.config, pino({ level: 'silent' }), { database: app.service.database });
    redis = new Redis(REDIS_URL);
  });
  afterAll(async () => {
    await second.stop();
    await app.close();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it('enforces one budget across two instances', async () => {
    const org = await app.createOrganization();
    expect((await submit(app.url, org)).status).toBe(200);
    expect((await submit(second.url, org)).status).toBe(200);
    expect((await submit(app.url, org)).status).toBe(200);
    expectRateLimited(await submit(second.url, org), 'address');
    expectRateLimited(await submit(app.url, org), 'address');
    expect(await rows(app, org)).toBe(3);
    expect(await redis.keys(`${prefix}:submissions:address:*`)).toHaveLength(1);
  });
});

describe('rate limits while Redis is unreachable', () => {
  let app: TestApp;
  let degraded: RunningService;
  const lines: string[] = [];
  beforeAll(async () => {
    app = await startTestApp(budgets);
    const sink = new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) });
    // Port 1 on loopback refuses connections: a Redis that is down.
    const config = { ...app.config, rateLimits: { ...app.config.rateLimits, redisUrl: 'redis://127.0.0.1:1' } };
    degraded = await startService(config, pino({ level: 'info' }, sink), { database: app.service.database });
  });
  afterAll(async () => {
    await degraded.stop();
    await app.close();
  });

  it('keeps serving with limits counted in each instance, and logs the outage', async () => {
    const org = await app.createOrganization();
    for (let i = 0; i < 3; i++) expect((await submit(degraded.url, org)).status).toBe(200);
    expectRateLimited(await submit(degraded.url, org), 'address');
    expect(await rows(app, org)).toBe(3);
    const logged = lines.map((l) => JSON.parse(l) as { msg?: string; level: number }).filter((l) => l.msg?.startsWith('rate-limit store unreachable'));
    expect(logged).toEqual([expect.objectContaining({ level: 50 })]);
  });
});

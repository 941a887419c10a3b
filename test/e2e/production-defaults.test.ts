import { Role } from '../../src/common/roles';
import { startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { graphql } from '../graphql';

const METRICS_TOKEN = 'metrics-token-0123456789abcdef';
/** Introspection: a plain string, sent as written. */
const INTROSPECT = `{ __schema { queryType { name } } }`;
const COMPLAINTS = graphql(`query ProductionComplaints($status: [ComplaintStatus!]) { complaints(status: $status) { totalCount } }`);

let production: TestApp;
let org: TestOrganization;
let officer: ApiClient;

beforeAll(async () => {
  production = await startTestApp({ NODE_ENV: 'production', METRICS_TOKEN });
  org = await production.createOrganization();
  officer = await production.as(org, Role.COMPLAINT_OFFICER);
});
afterAll(() => production.close());

describe('production: introspection', () => {
  it('is refused, with or without a token', async () => {
    for (const client of [production.anonymous, officer]) {
      const res = await client.raw(INTROSPECT);
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      // Says what a client needs to know, not how the server's code would switch it on.
      expect(res.body.errors?.[0].message).toBe('Introspection is disabled on this server.');
      expect(res.body.data).toBeUndefined();
    }
  });

  it('answers when GRAPHQL_INTROSPECTION=true', async () => {
    const open = await startTestApp({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' });
    try {
      const { body } = await open.anonymous.raw(INTROSPECT);
      expect(body.errors).toBeUndefined();
      expect((body.data as { __schema: { queryType: { name: string } } }).__schema.queryType.name).toBe('Query');
    } finally {
      await open.close();
    }
  });
});

describe('no "Did you mean" suggestions', () => {
  it.each([
    ['a field', `{ publishedCodes(organizationSlug: "x") { titel } }`, /Cannot query field "titel"/],
    ['an argument', `{ complaints(statu: RECEIVED) { totalCount } }`, /Unknown argument "statu"/],
    ['a type', `query Q($s: Strin!) { publishedCodes(organizationSlug: $s) { title } }`, /Unknown type "Strin"/],
    ['an enum literal', `{ complaints(status: RECEIVE) { totalCount } }`, /Value "RECEIVE" does not exist in "ComplaintStatus" enum/],
  ])('in the error for %s', async (_what, query, expected) => {
    const res = await officer.raw(query);
    expect(res.status).toBe(400);
    const messages = res.body.errors!.map((e) => e.message).join('\n');
    expect(messages).toMatch(expected);
    expect(JSON.stringify(res.body)).not.toMatch(/did you mean|"title"|"status"|RECEIVED"|String"/i);
  });

  it('in the error for an enum value given as a variable, which names the field', async () => {
    // An enum value the schema does not know, on purpose: the document sent untyped.
    const res = await officer.raw(String(COMPLAINTS), { status: ['RECEIVE'] });
    expect(res.status).toBe(400);
    const error = res.body.errors![0];
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'status[0]' }] });
    expect(JSON.stringify(res.body)).not.toMatch(/did you mean|RECEIVED/i);
  });
});

describe('production: /metrics', () => {
  it('answers 401 without the bearer token and the metrics with it', async () => {
    const none = await fetch(`${production.url}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await none.text()).not.toMatch(/graphql_requests_total/);
    const wrong = await fetch(`${production.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}x` } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${production.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(right.status).toBe(200);
    expect(await right.text()).toMatch(/graphql_requests_total/);
  });

  it('keeps the operation label bounded: invalid or overlong names and names past the cap count as "other"', async () => {
    // The operation name is what varies here, so these documents are built as strings and sent as written; each is served.
    const named = async (name: string) => {
      const { body } = await production.anonymous.raw(`query ${name}($slug: String!) { publishedCodes(organizationSlug: $slug) { key } }`, { slug: org.slug });
      expect(body.errors).toBeUndefined();
    };
    await named('PublishedCodes');
    await named(`Long${'x'.repeat(100)}`);
    for (let i = 0; i < 250; i++) await named(`Random${i}`);
    const text = await (await fetch(`${production.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
    const labels = new Set([...text.matchAll(/^graphql_requests_total\{operation="([^"]*)"/gm)].map((m) => m[1]));
    expect(labels.has('PublishedCodes')).toBe(true);
    expect(labels.has('other')).toBe(true);
    expect([...labels].some((l) => l.startsWith('Long'))).toBe(false);
    expect(labels.size).toBeLessThanOrEqual(202);
    expect(text).toMatch(/^graphql_requests_total\{operation="other",type="query"\} \d+/m);
  });
});

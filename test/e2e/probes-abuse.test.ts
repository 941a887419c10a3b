import { Role } from '../../src/common/roles';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { startTestApp, type TestApp, type TestOrganization } from '../support/app';
import { createCode } from '../support/fixtures';
import { graphql } from '../graphql';

const REGISTER = graphql(`mutation ProbesRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id } }`);
const TYPENAME = graphql(`query ProbesTypename { __typename }`);
const SUBMIT = graphql(`mutation ProbesSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }`);
/** Sent with variables that are wrong on purpose. */
const RECORD_MEASUREMENTS = graphql(`mutation ProbesRecordMeasurements($input: [RecordKpiMeasurementInput!]!) { recordMeasurements(input: $input) { id } }`);
/** Sent with a variable of the wrong type on purpose. */
const CODES_AND_COMPLAINTS = graphql(`query ProbesCodesAndComplaints($first: Int!) { publishedCodes(organizationSlug: "x") { key } complaints(first: $first) { totalCount } }`);
const COMPLAINTS = graphql(`query ProbesComplaints { complaints(first: 5) { totalCount edges { node { id promises { key } } } } }`);

/**
 * Abuse probes: what a client sees when it sends hostile GraphQL over HTTP (deep, wide, batched,
 * cross-site, malformed or oversized requests), authenticated and anonymously. Every answer is a
 * 4xx with a stable `extensions.code`, never a 5xx, a stack trace or SQL text.
 */

interface Answer {
  status: number;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] } | null;
}

let app: TestApp;
let org: TestOrganization;
let qmToken: string;

/** Leaks a client must never see: stack frames, source paths, SQL, driver errors. */
const LEAKS = /\bat [\w.<>]+ \(|\.[jt]s:\d+|node_modules|stacktrace|\bSELECT\b|\bINSERT INTO\b|\bFROM "|QueryFailedError|syntax error at or near|relation "/i;

async function send(init: { method?: string; path?: string; body?: string; headers?: Record<string, string>; token?: string | null }): Promise<Answer> {
  const res = await fetch(`${app.url}${init.path ?? '/graphql'}`, {
    method: init.method ?? 'POST',
    headers: {
      ...(init.method === 'GET' ? {} : { 'content-type': 'application/json' }),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...init.headers,
    },
    body: init.body,
  });
  const text = await res.text();
  let body: Answer['body'] = null;
  try {
    body = JSON.parse(text) as Answer['body'];
  } catch {
    body = null;
  }
  return { status: res.status, text, body };
}

const post = (query: string, token: string | null, variables: Record<string, unknown> = {}) => send({ body: JSON.stringify({ query, variables }), token });

/** The complaint rows counted, to show that a refused request stored nothing. */
const countComplaints = (): Promise<{ n: number }[]> => app.dataSource.query('SELECT count(*)::int AS n FROM complaint');

const codes = (a: Answer) => (a.body?.errors ?? []).map((e) => e.extensions?.code);

/** A refused request: the status and code a client sees, no data, nothing leaked. */
function expectRefused(a: Answer, status: number, code: string): void {
  const messages = (a.body?.errors ?? []).map((e) => e.message.slice(0, 200));
  expect({ status: a.status, codes: codes(a), messages }).toEqual({ status, codes: expect.arrayContaining([code]), messages: expect.anything() });
  expect(a.body?.data ?? null).toBeNull();
  expect(a.text).not.toMatch(LEAKS);
}

const nest = (levels: number, leaf = 'id'): string =>
  Array.from({ length: levels }).reduce<string>((inner, _, i) => (i % 2 ? `promises { ${inner} }` : `complaints { ${inner} }`), leaf);

beforeAll(async () => {
  app = await startTestApp();
  org = await app.createOrganization();
  const qm = await app.as(org, Role.QUALITY_MANAGER);
  qmToken = qm.token!;
  // A small dataset: the fan-out probe must not exhaust memory on a server without a nested cost limit.
  const { promises } = await createCode(app.dataSource, org, [CodeVersionStatus.PUBLISHED], ['P1', 'P2']);
  const officer = await app.as(org, Role.COMPLAINT_OFFICER);
  for (let i = 0; i < 3; i++) {
    await officer.data(REGISTER, {
      input: { channel: 'EMAIL', subject: `Klacht ${i}`, description: 'Te veel kosten', promiseIds: [promises[0].P1.id, promises[0].P2.id] },
    });
  }
});
afterAll(() => app.close());

describe.each([
  ['as a QUALITY_MANAGER', () => qmToken],
  ['anonymously', () => null],
])('probes: query limits %s', (_who, token) => {
  it('refuses a query deeper than the depth limit with 400 LIMIT_EXCEEDED', async () => {
    const deep = `{ complaints(first: 1) { edges { node { ${nest(14)} } } } }`;
    expectRefused(await post(deep, token()), 400, 'LIMIT_EXCEEDED');
  });

  it('refuses more aliases than the alias limit with 400 LIMIT_EXCEEDED', async () => {
    const aliases = Array.from({ length: app.config.limits.maxAliases + 1 }, (_, i) => `a${i}: publishedCodes(organizationSlug: "x") { key }`).join(' ');
    expectRefused(await post(`{ ${aliases} }`, token()), 400, 'LIMIT_EXCEEDED');
  });

  it('refuses more directives than the directive limit with 400 LIMIT_EXCEEDED', async () => {
    const directives = Array.from({ length: 60 }, () => '... on Query @include(if: true) { __typename }').join(' ');
    expectRefused(await post(`{ ${directives} }`, token()), 400, 'LIMIT_EXCEEDED');
  });

  it('refuses nested lists whose sizes multiply past the cost limit with 400 LIMIT_EXCEEDED', async () => {
    // The fan-out that once exhausted the process's memory, in today's shapes (nested connections).
    const fanOut = '{ complaints(first: 100) { edges { node { promises { complaints(first: 100) { edges { node { promises { complaints(first: 100) { edges { node { id } } } } } } } } } } } }';
    expectRefused(await post(fanOut, token()), 400, 'LIMIT_EXCEEDED');
  });

  it('refuses a document of more tokens than the token limit with 400 LIMIT_EXCEEDED', async () => {
    const tokens = Array.from({ length: app.config.limits.maxTokens + 10 }, () => '__typename').join(' ');
    expectRefused(await post(`{ ${tokens} }`, token()), 400, 'LIMIT_EXCEEDED');
  });

  it('refuses a body over the body limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const huge = JSON.stringify({ query: String(TYPENAME), variables: { filler: 'x'.repeat(1_100_000) } });
    expectRefused(await send({ body: huge, token: token() }), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('refuses a selection nested a thousand levels deep without overflowing the parser', async () => {
    const deep = `{ ${'__typename a { '.repeat(1000)}__typename${' }'.repeat(1000)} }`;
    const a = await post(deep, token());
    expect(a.status).toBe(400);
    expect(codes(a).every((c) => c === 'LIMIT_EXCEEDED' || c === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
    expect(a.text).not.toMatch(LEAKS);
  });

  it('refuses fragments that spread each other with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const cycle = 'query { ...A } fragment A on Query { __typename ...B } fragment B on Query { __typename ...A }';
    expectRefused(await post(cycle, token()), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an introspection query that fans out over the schema with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    // Every type's fields' types' fields …: graphql-js's introspection depth rule refuses it (the
    // query limits ignore introspection); the standard introspection query never nests like this.
    const fanOut = '{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }';
    expectRefused(await post(fanOut, token()), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('still answers the standard introspection query and an ordinary query', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const introspection = await post(getIntrospectionQuery(), token());
    expect(introspection.status).toBe(200);
    expect(introspection.body?.errors).toBeUndefined();
    const ordinary = await post(String(TYPENAME), token());
    expect([ordinary.status, ordinary.body]).toEqual([200, { data: { __typename: 'Query' } }]);
  });
});

describe.each([
  ['as a QUALITY_MANAGER', () => qmToken],
  ['anonymously', () => null],
])('probes: malformed requests %s', (_who, token) => {
  it('answers a syntax error with 400 GRAPHQL_PARSE_FAILED', async () => {
    expectRefused(await post('{ complaints(first: 1 { id }', token()), 400, 'GRAPHQL_PARSE_FAILED');
    expectRefused(await post('mutation { registerComplaint(input: { subject: "x" ', token()), 400, 'GRAPHQL_PARSE_FAILED');
    expectRefused(await post('{ "\u0000" }', token()), 400, 'GRAPHQL_PARSE_FAILED');
  });

  it('answers an unknown field or a missing argument with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    expectRefused(await post('{ noSuchField }', token()), 400, 'GRAPHQL_VALIDATION_FAILED');
    expectRefused(await post('{ complaint { id } }', token()), 400, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('answers a body that is not JSON, or has no query, with 400 BAD_REQUEST', async () => {
    expectRefused(await send({ body: '{"query": "{ __typename }"', token: token() }), 400, 'BAD_REQUEST');
    expectRefused(await send({ body: JSON.stringify({ variables: {} }), token: token() }), 400, 'BAD_REQUEST');
    expectRefused(await send({ body: JSON.stringify({ query: 42 }), token: token() }), 400, 'BAD_REQUEST');
    expectRefused(await send({ body: JSON.stringify({ query: '{ __typename }', variables: 'x' }), token: token() }), 400, 'BAD_REQUEST');
    expectRefused(await send({ body: '"just a string"', token: token() }), 400, 'BAD_REQUEST');
  });

  it('refuses a batch (an array of operations) with 400 BAD_REQUEST, running none of them', async () => {
    const before = await countComplaints();
    const submit = { query: String(SUBMIT), variables: { slug: 'x', input: { subject: 's', description: 'd', complainant: { name: 'n' } } } };
    const batch = JSON.stringify([{ query: String(TYPENAME) }, submit]);
    expectRefused(await send({ body: batch, token: token() }), 400, 'BAD_REQUEST');
    expect(await countComplaints()).toEqual(before);
  });

  it('refuses simple cross-site requests without a preflight header with 400 BAD_REQUEST (CSRF prevention)', async () => {
    const body = JSON.stringify({ query: String(TYPENAME) });
    const auth: Record<string, string> = token() ? { authorization: `Bearer ${token()}` } : {};
    // A form or fetch without preflight: text/plain, form-encoded, multipart, or a GET.
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const a = await send({ body, headers: { 'content-type': type, ...auth } });
      expect({ type, status: a.status }).toEqual({ type, status: 400 });
      expect(a.body?.data ?? null).toBeNull();
      expect(a.text).not.toMatch(LEAKS);
    }
    expectRefused(await send({ method: 'GET', path: `/graphql?query=${encodeURIComponent(String(TYPENAME))}`, headers: auth }), 400, 'BAD_REQUEST');
    // The same GET with a header a browser cannot send cross-site without a preflight is served.
    const allowed = await send({ method: 'GET', path: `/graphql?query=${encodeURIComponent(String(TYPENAME))}`, headers: { ...auth, 'apollo-require-preflight': 'true' } });
    expect([allowed.status, allowed.body]).toEqual([200, { data: { __typename: 'Query' } }]);
  });

  it('never runs a mutation sent by GET', async () => {
    const before = await countComplaints();
    const variables = { slug: org.slug, input: { subject: 's', description: 'd', complainant: { name: 'n' } } };
    const path = `/graphql?query=${encodeURIComponent(String(SUBMIT))}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
    const a = await send({ method: 'GET', path, headers: { 'apollo-require-preflight': 'true', ...(token() ? { authorization: `Bearer ${token()!}` } : {}) } });
    expect(a.status).toBe(405);
    expect(a.body?.data ?? null).toBeNull();
    expect(await countComplaints()).toEqual(before);
  });

  it('answers a list with more invalid items than GraphQL reports one by one with 400 BAD_USER_INPUT only', async () => {
    // graphql-js stops after 50 variable errors and adds one "Too many errors" error of its own.
    const items = Array.from({ length: 60 }, () => ({}));
    const a = await post(String(RECORD_MEASUREMENTS), token(), { input: items });
    expect(a.status).toBe(400);
    expect([...new Set(codes(a))]).toEqual(['BAD_USER_INPUT']);
    expect(a.text).not.toMatch(LEAKS);
  });

  it('answers a variable of the wrong type with 400 BAD_USER_INPUT naming the variable', async () => {
    const a = await post(String(CODES_AND_COMPLAINTS), token(), { first: 'many' });
    expectRefused(a, 400, 'BAD_USER_INPUT');
  });
});

describe('probes: hostile strings on the public complaint form', () => {
  it.each([
    ['a lone UTF-16 surrogate in the email', { name: 'K. Lant', email: '\ud800' }],
    ['a NUL byte in the name', { name: 'K.\u0000Lant', email: 'k.lant@example.nl' }],
  ])('answers %s with BAD_USER_INPUT naming the field, and stores nothing', async (_what, complainant) => {
    const before = await countComplaints();
    const a = await post(String(SUBMIT), null, { slug: org.slug, input: { subject: 'Kosten', description: 'Te hoog', complainant } });
    expect(a.status).toBeLessThan(500);
    expect(codes(a)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(a.body?.errors?.[0]?.extensions)).toMatch(/input\.complainant\.(email|name)/);
    expect(a.text).not.toMatch(LEAKS);
    expect(await countComplaints()).toEqual(before);
  });
});

describe('probes: ordinary use next to the probes', () => {
  it('serves the small dataset the probes run against', async () => {
    const qm = await app.as(org, Role.QUALITY_MANAGER);
    const complaints = (await qm.data(COMPLAINTS)).complaints!;
    expect(complaints.totalCount).toBe(3);
    expect(complaints.edges[0].node.promises.map((p) => p.key).sort()).toEqual(['P1', 'P2']);
  });
});

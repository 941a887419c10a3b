// First: the instrumentations must patch http, express, graphql and pg before the service uses them.
import { traceInProcess, type InProcessTracing } from '../support/tracing';
import { randomBytes } from 'node:crypto';
import { SpanKind } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { Role } from '../../src/common/roles';
import { startTestApp, type TestApp, type TestOrganization } from '../support/app';
import { graphql } from '../graphql';

const COMPLAINTS = graphql(`query TracingComplaints($search: String) { complaints(search: $search, first: 5) { edges { node { id reference } } } }`);
const USERS = graphql(`query TracingUsers($first: Int!) { users(first: $first) { edges { node { id name roles } } } }`);
const TYPENAME = graphql(`query TracingTypename { __typename }`);
const ADD_MEMBER = graphql(`mutation TracingAddMember($input: [CreateUserInput!]!) { createUsers(input: $input) { id } }`);
/** A search text standing for what a user typed: it must reach no span and no log line. */
const TYPED = 'Zeldzaamheid-4471';

let tracing: InProcessTracing;
let app: TestApp;
let org: TestOrganization;
const lines: string[] = [];

beforeAll(async () => {
  tracing = traceInProcess();
  app = await startTestApp({ LOG_LEVEL: 'trace' }, { logs: { write: (line: string) => void lines.push(line) } });
  org = await app.createOrganization();
});

afterAll(async () => {
  await app?.close();
  await tracing?.stop();
});

/** A W3C `traceparent` of a caller's span: random trace and span ids, sampled. */
function callerSpan(): { traceId: string; spanId: string; traceparent: string } {
  const traceId = randomBytes(16).toString('hex');
  const spanId = randomBytes(8).toString('hex');
  return { traceId, spanId, traceparent: `00-${traceId}-${spanId}-01` };
}

/** The spans of one trace, once its server span has ended (it ends as the response is sent). */
async function spansOf(traceId: string): Promise<ReadableSpan[]> {
  const ofTrace = () => tracing.exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
  for (let i = 0; i < 200 && !ofTrace().some((s) => s.kind === SpanKind.SERVER); i++) await new Promise((r) => setImmediate(r));
  return ofTrace();
}

const scope = (s: ReadableSpan) => s.instrumentationScope.name;

describe('tracing', () => {
  it("makes one trace of a request, under the caller's span: HTTP, GraphQL and database spans", async () => {
    const caller = callerSpan();
    const co = await app.as(org, Role.COMPLAINT_OFFICER);
    const { status, body } = await co.request(COMPLAINTS, { search: TYPED }, { traceparent: caller.traceparent });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();

    const spans = await spansOf(caller.traceId);
    const servers = spans.filter((s) => s.kind === SpanKind.SERVER);
    expect(servers).toHaveLength(1);
    const server = servers[0];
    expect(server.parentSpanContext?.spanId).toBe(caller.spanId);
    expect(scope(server)).toBe('@opentelemetry/instrumentation-http');

    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
    const descendsFromServer = (span: ReadableSpan): boolean => {
      for (let parent = span.parentSpanContext?.spanId; parent; parent = byId.get(parent)?.parentSpanContext?.spanId) {
        if (parent === server.spanContext().spanId) return true;
      }
      return false;
    };
    const graphql = spans.filter((s) => scope(s) === '@opentelemetry/instrumentation-graphql');
    const database = spans.filter((s) => scope(s) === '@opentelemetry/instrumentation-pg');
    expect(graphql.map((s) => s.name)).toEqual(expect.arrayContaining(['graphql.parse', 'graphql.validate', 'query TracingComplaints']));
    expect(database.filter((s) => /SELECT/.test(String(s.attributes['db.query.text'] ?? s.attributes['db.statement'])))).not.toHaveLength(0);
    for (const span of [...graphql, ...database]) expect({ span: span.name, descends: descendsFromServer(span) }).toEqual({ span: span.name, descends: true });

    // What the user typed (a GraphQL variable, hence a SQL parameter) is in no span.
    const recorded = JSON.stringify(spans.map((s) => ({ name: s.name, attributes: s.attributes, events: s.events })));
    expect(recorded).not.toContain(TYPED);
  });

  it('keeps what a GET request carries in its query string (the document, the variables) out of the server span', async () => {
    const caller = callerSpan();
    const url = new URL(`${app.url}/graphql`);
    // A GET request as a browser would send it, the document written out in the URL.
    url.searchParams.set('query', `query Org($slug: String!) { publicCode(organizationSlug: $slug) { id } }`);
    url.searchParams.set('variables', JSON.stringify({ slug: TYPED }));
    await fetch(url, { headers: { traceparent: caller.traceparent, 'apollo-require-preflight': 'true' } });
    const spans = await spansOf(caller.traceId);
    const [server] = spans.filter((s) => s.kind === SpanKind.SERVER);
    expect(server.attributes['url.path']).toBe('/graphql');
    // A GET goes through Express (a POST with a JSON body does not): its middleware spans are in the same trace.
    expect(spans.filter((s) => scope(s) === '@opentelemetry/instrumentation-express')).not.toHaveLength(0);
    expect(JSON.stringify(server.attributes)).not.toContain(TYPED);
  });

  it("keeps a survey link's token out of every span (the path is /s/[token])", async () => {
    const caller = callerSpan();
    const token = randomBytes(32).toString('base64url');
    await fetch(`${app.url}/s/${token}`, { headers: { traceparent: caller.traceparent } });
    const spans = await spansOf(caller.traceId);
    const [server] = spans.filter((s) => s.kind === SpanKind.SERVER);
    expect(server.attributes['url.path'] ?? server.attributes['http.target']).toBe('/s/[token]');
    expect(JSON.stringify(spans.map((s) => [s.name, s.attributes]))).not.toContain(token);
  });

  it("keeps a complaint's tracking secret (the receipt's tracking link) out of the server span", async () => {
    const caller = callerSpan();
    const secret = `${TYPED}-tracking-secret`;
    await fetch(`${app.url}/c/${org.slug}/track?lang=en&reference=K-2026-00001&secret=${secret}`, { headers: { traceparent: caller.traceparent } });
    const [server] = (await spansOf(caller.traceId)).filter((s) => s.kind === SpanKind.SERVER);
    expect(server.attributes['url.path']).toBe(`/c/${org.slug}/track`);
    expect(JSON.stringify(server.attributes)).not.toContain(secret);
    expect(lines.join('')).not.toContain(secret);
  });

  it('makes as many GraphQL spans for a page of five users as for a page of one (list items merged)', async () => {
    const top = await app.as(org, Role.TOP_MANAGEMENT);
    const graphqlSpans = async (first: number) => {
      const caller = callerSpan();
      const { body } = await top.request(USERS, { first }, { traceparent: caller.traceparent });
      expect(body.data!.users!.edges).toHaveLength(first);
      // Resolver spans only: Apollo parses and validates a document once, then caches it.
      return (await spansOf(caller.traceId)).filter((s) => s.name.startsWith('graphql.resolve')).map((s) => s.name).sort();
    };
    const one = await graphqlSpans(1);
    expect(one).toContain('graphql.resolve users.edges.*.node.name');
    expect(await graphqlSpans(5)).toEqual(one);
  });

  it('does not trace probes and scrapes', async () => {
    const caller = callerSpan();
    for (const path of ['/healthz', '/readyz', '/metrics']) await fetch(`${app.url}${path}`, { headers: { traceparent: caller.traceparent } });
    await app.anonymous.request(TYPENAME, {}, { traceparent: caller.traceparent });
    const servers = (await spansOf(caller.traceId)).filter((s) => s.kind === SpanKind.SERVER);
    expect(servers.map((s) => s.attributes['url.path'])).toEqual(['/graphql']);
  });
});

describe('request logs', () => {
  const records = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

  it("name the trace, the operation, the caller's organisation and member id on the completion line", async () => {
    const caller = callerSpan();
    const co = await app.as(org, Role.COMPLAINT_OFFICER);
    lines.length = 0;
    const requestId = `tracing-${caller.spanId}`;
    await co.request(COMPLAINTS, { search: TYPED }, { traceparent: caller.traceparent, 'x-request-id': requestId });
    await spansOf(caller.traceId);

    const ofRequest = records().filter((r) => r.reqId === requestId);
    const completion = ofRequest.find((r) => r.msg === 'request completed');
    expect(completion).toMatchObject({
      trace_id: caller.traceId,
      operation: 'TracingComplaints',
      operationType: 'query',
      org: org.slug,
      userId: org.users[Role.COMPLAINT_OFFICER],
      res: { statusCode: 200 },
    });
    expect(completion?.span_id).toMatch(/^[0-9a-f]{16}$/);
    expect(typeof completion?.responseTime).toBe('number');
    expect(completion?.errorCodes).toBeUndefined();
    for (const line of lines) expect(line).not.toContain(TYPED);
  });

  it('name them on the lines logged during the request too (an unexpected database error)', async () => {
    const caller = callerSpan();
    const top = await app.as(org, Role.TOP_MANAGEMENT);
    await app.dataSource.query(`CREATE FUNCTION refuse_user() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`);
    await app.dataSource.query('CREATE TRIGGER refuse_user BEFORE INSERT ON app_user FOR EACH ROW EXECUTE FUNCTION refuse_user()');
    lines.length = 0;
    const requestId = `tracing-${caller.spanId}`;
    try {
      const { body } = await top.request(
        ADD_MEMBER,
        { input: [{ name: `Member ${TYPED}`, email: `member-${caller.spanId}@tracing.example`, roles: ['STAFF'] }] },
        { traceparent: caller.traceparent, 'x-request-id': requestId },
      );
      expect(body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await app.dataSource.query('DROP TRIGGER refuse_user ON app_user');
      await app.dataSource.query('DROP FUNCTION refuse_user()');
    }
    await spansOf(caller.traceId);
    const ofRequest = records().filter((r) => r.reqId === requestId);
    const masked = ofRequest.filter((r) => r.level === 'error');
    expect(masked).toHaveLength(1);
    const expected = { trace_id: caller.traceId, operation: 'TracingAddMember', org: org.slug, userId: org.users[Role.TOP_MANAGEMENT] };
    expect(masked[0]).toMatchObject(expected);
    expect(ofRequest.find((r) => r.msg === 'request completed')).toMatchObject({ ...expected, errorCodes: ['INTERNAL_SERVER_ERROR'] });
    // The database's own line about the failed statement belongs to the same trace.
    expect(records().find((r) => r.msg === 'database query failed')).toMatchObject({ trace_id: caller.traceId });
    for (const line of lines) expect(line).not.toContain(TYPED);
  });

  it('list the error codes sent to the client', async () => {
    const caller = callerSpan();
    const staff = await app.as(org, Role.STAFF);
    lines.length = 0;
    const requestId = `tracing-${caller.spanId}`;
    // Refused on purpose, what the user typed written into the document itself: sent as written.
    const { body } = await staff.raw(`mutation Refused { registerComplaint(input: { subject: "x", description: "${TYPED}" }) { id } } `, {}, { traceparent: caller.traceparent, 'x-request-id': requestId });
    const codes = [...new Set(body.errors?.map((e) => e.extensions?.code))];
    expect(codes).not.toHaveLength(0);
    await spansOf(caller.traceId);
    const completion = records().find((r) => r.reqId === requestId && r.msg === 'request completed');
    expect(completion).toMatchObject({ trace_id: caller.traceId, operation: 'Refused', org: org.slug, userId: org.users[Role.STAFF], errorCodes: codes });
    for (const line of lines) expect(line).not.toContain(TYPED);
  });
});

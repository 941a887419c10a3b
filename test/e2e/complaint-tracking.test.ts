import http from 'node:http';
import { createHash } from 'node:crypto';
import { Role } from '../../src/common/roles';
import { startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { createCode, createCorrespondence, type CodeFixture } from '../support/fixtures';
import { graphql } from '../graphql';

const SUBMIT = graphql(`mutation TrackingSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference trackingSecret } }`);
const STATUS = graphql(`query TrackingStatus($slug: String!, $reference: String!, $secret: String!) {
  complaintStatus(organizationSlug: $slug, reference: $reference, secret: $secret) {
    reference status receivedAt acknowledgementDueAt resolutionDueAt extensionReason
    letters { kind sentAt language subject body } outcome disputesRoute { name postalAddress website appealWithinMonths } } }`);
const COMPLAINTS = graphql(`query TrackingComplaints($search: String) { complaints(first: 5, search: $search) { edges { node { id version reference } } } }`);
const REGISTER = graphql(`mutation TrackingRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version reference } }`);
const ISSUE = graphql(`mutation TrackingIssue($id: ID!) { issueComplaintTrackingSecret(id: $id) { reference trackingSecret } }`);
const UPDATE = graphql(`mutation TrackingUpdate($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { version } }`);
const ACKNOWLEDGE = graphql(`mutation TrackingAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { version } }`);
const START = graphql(`mutation TrackingStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { version } }`);
const EXTEND = graphql(`mutation TrackingExtend($id: ID!, $input: ExtendComplaintDeadlineInput!) { extendComplaintDeadline(id: $id, input: $input) { version workingResolutionDueAt } }`);
const RESOLVE = graphql(`mutation TrackingResolve($id: ID!, $input: ResolveComplaintInput!) { resolveComplaint(id: $id, input: $input) { version } }`);
const CLOSE = graphql(`mutation TrackingClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { version } }`);
const ANONYMIZE = graphql(`mutation TrackingAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { anonymizedAt } }`);
const AUDIT = graphql(`query TrackingAudit($id: ID!) { auditEvents(first: 20, entityId: $id) { edges { node { action changes } } } }`);

const BUDGET = { RATE_LIMIT_TRACKING_PER_ADDRESS: '40', RATE_LIMIT_TRACKING_PER_REFERENCE: '6', RATE_LIMIT_TRACKING_WINDOW_SECONDS: '600' };

let app: TestApp;
let org: TestOrganization;
let co: ApiClient;
let code: CodeFixture;
let n = 0;

const submit = async (slug = org.slug, idempotencyKey?: string) =>
  (
    await app.anonymous.data(SUBMIT, {
      slug,
      input: { idempotencyKey, subject: `Reminder letters ${++n}`, description: 'I received four reminders in one week.', complainant: { name: 'Els de Vries', email: 'els@example.nl' } },
    })
  ).submitComplaint;
const status = (reference: string, secret: string, slug = org.slug) => app.anonymous.request(STATUS, { slug, reference, secret });
const complaintOf = async (reference: string) => (await co.data(COMPLAINTS, { search: reference })).complaints!.edges[0].node;

/** A raw GraphQL POST from a chosen loopback address: its status, Retry-After and body text. */
function post(query: string, variables: unknown, from = '127.0.0.1'): Promise<{ status: number; retryAfter: string | null; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${app.url}/graphql`, { method: 'POST', localAddress: from, headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, retryAfter: (res.headers['retry-after'] as string | undefined) ?? null, text }));
    });
    req.on('error', reject);
    req.end(JSON.stringify({ query, variables }));
  });
}

beforeAll(async () => {
  app = await startTestApp(BUDGET);
  org = await app.createOrganization();
  co = await app.as(org, Role.COMPLAINT_OFFICER);
  code = await createCode(app.dataSource, org);
  await createCorrespondence(app.dataSource, org);
});
afterAll(() => app.close());

describe('a complaint followed by its complainant', () => {
  it('gets a secret with its reference, stored only as its hash', async () => {
    const receipt = await submit();
    expect(receipt.reference).toMatch(/^K-\d{4}-\d{5}$/);
    expect(receipt.trackingSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [row]: { hash: string }[] = await app.dataSource.query(`SELECT tracking_secret_hash AS hash FROM complaint WHERE reference = $1 AND organization_id = $2`, [
      receipt.reference,
      org.id,
    ]);
    expect(row.hash).toBe(createHash('sha256').update(receipt.trackingSecret).digest('hex'));
    // The secret itself is nowhere: not in the complaint, not in the idempotency keys, not in the audit trail.
    const [{ copies }]: { copies: number }[] = await app.dataSource.query(
      `SELECT (SELECT count(*) FROM complaint c WHERE c::text LIKE $1) + (SELECT count(*) FROM idempotency_key k WHERE k::text LIKE $1)
            + (SELECT count(*) FROM audit_event a WHERE a::text LIKE $1) + (SELECT count(*) FROM audit_event a WHERE a::text LIKE $2) AS copies`,
      [`%${receipt.trackingSecret}%`, `%${row.hash}%`],
    );
    expect(Number(copies)).toBe(0);
  });

  it('shows the status, deadlines and letters as sent, then the outcome and the disputes route once decided, and nothing else', async () => {
    const receipt = await submit();
    const received = (await status(receipt.reference, receipt.trackingSecret)).body.data!.complaintStatus!;
    expect(received).toEqual({
      reference: receipt.reference,
      status: 'RECEIVED',
      receivedAt: expect.any(String),
      acknowledgementDueAt: expect.any(String),
      resolutionDueAt: expect.any(String),
      extensionReason: null,
      letters: [],
      outcome: null,
      disputesRoute: null,
    });

    const c = await complaintOf(receipt.reference);
    let v = (await co.data(UPDATE, { id: c.id, input: { expectedVersion: c.version, promiseIds: [code.promises[0].P1.id] } })).updateComplaint.version;
    v = (await co.data(ACKNOWLEDGE, { id: c.id, input: { expectedVersion: v, note: 'INTERNAL: called back', letter: { channel: 'EMAIL', language: 'en' } } })).acknowledgeComplaint.version;
    const acknowledged = (await status(receipt.reference, receipt.trackingSecret)).body.data!.complaintStatus!;
    expect(acknowledged.status).toBe('ACKNOWLEDGED');
    expect(acknowledged.letters).toEqual([
      { kind: 'ACKNOWLEDGEMENT', sentAt: expect.any(String), language: 'en', subject: `Your complaint ${receipt.reference}`, body: expect.stringContaining(`We received your complaint ${receipt.reference}`) },
    ]);

    v = (await co.data(START, { id: c.id, input: { expectedVersion: v, handlerId: org.users.COMPLAINT_OFFICER } })).startComplaintHandling.version;
    const extended = (await co.data(EXTEND, { id: c.id, input: { expectedVersion: v, within: 5, unit: 'WORKING_DAYS', reason: 'We are asking the creditor for the file.', letter: { channel: 'EMAIL' } } }))
      .extendComplaintDeadline;
    v = extended.version;
    const inProgress = (await status(receipt.reference, receipt.trackingSecret)).body.data!.complaintStatus!;
    expect(inProgress).toMatchObject({ status: 'IN_PROGRESS', resolutionDueAt: extended.workingResolutionDueAt, extensionReason: 'We are asking the creditor for the file.', outcome: null });
    expect(inProgress.letters.map((l) => l.kind)).toEqual(['ACKNOWLEDGEMENT']);

    v = (await co.data(RESOLVE, { id: c.id, input: { expectedVersion: v, decision: 'The extra costs are credited.', outcome: 'PARTIALLY_UPHELD', note: 'INTERNAL: goodwill', letter: { channel: 'EMAIL' } } }))
      .resolveComplaint.version;
    const resolved = (await status(receipt.reference, receipt.trackingSecret)).body.data!.complaintStatus!;
    expect(resolved).toMatchObject({
      status: 'RESOLVED',
      outcome: 'PARTIALLY_UPHELD',
      disputesRoute: { name: 'Test Disputes Committee', postalAddress: null, website: 'https://disputes.example', appealWithinMonths: 12 },
    });
    expect(resolved.letters.map((l) => [l.kind, l.language])).toEqual([['ACKNOWLEDGEMENT', 'en'], ['DECISION', 'en']]);
    expect(resolved.letters[1].body).toContain('The extra costs are credited.');
    const raw = JSON.stringify((await status(receipt.reference, receipt.trackingSecret)).body);
    expect(raw).not.toMatch(/INTERNAL|Els de Vries|els@example|four reminders|handler|P1/);
    await co.data(CLOSE, { id: c.id, input: { expectedVersion: v } });
  });

  it('answers a wrong secret, an unknown reference and an unknown organisation with one and the same error', async () => {
    const receipt = await submit();
    const other = await submit();
    const answers = await Promise.all([
      post(String(STATUS), { slug: org.slug, reference: receipt.reference, secret: other.trackingSecret }),
      post(String(STATUS), { slug: org.slug, reference: receipt.reference, secret: receipt.trackingSecret.slice(0, -1) }),
      post(String(STATUS), { slug: org.slug, reference: 'K-1999-99999', secret: receipt.trackingSecret }),
      post(String(STATUS), { slug: 'no-such-organisation', reference: receipt.reference, secret: receipt.trackingSecret }),
    ]);
    const bodies = answers.map((a) => JSON.parse(a.text) as { errors: { message: string; extensions: { code: string } }[] });
    expect(bodies[0].errors).toEqual([expect.objectContaining({ message: 'No complaint with this reference and secret', extensions: { code: 'NOT_FOUND' } })]);
    // Identical but for nothing: same status, same body text.
    expect(new Set(answers.map((a) => a.status)).size).toBe(1);
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    // Another organisation's complaint under the same reference: its secret opens only its own.
    const elsewhere = await app.createOrganization();
    const theirs = (await app.anonymous.data(SUBMIT, { slug: elsewhere.slug, input: { subject: 'x', description: 'y', complainant: { name: 'A', phone: '0612345678' } } }))
      .submitComplaint;
    expect((await app.dataSource.query(`SELECT 1 FROM complaint WHERE organization_id = $1 AND reference = $2`, [org.id, theirs.reference])).length).toBe(1);
    expect((await status(theirs.reference, theirs.trackingSecret)).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await status(theirs.reference, theirs.trackingSecret, elsewhere.slug)).body.data!.complaintStatus!.status).toBe('RECEIVED');
  });

  it('lets staff issue a secret for a complaint they registered; a new one makes the old one stop working, and is audited without the secret', async () => {
    const staff = await app.as(org, Role.STAFF);
    const registered = (await staff.data(REGISTER, { input: { channel: 'PHONE', subject: 'Rude on the phone', description: 'The agent shouted.', complainant: { name: 'Piet Jansen', phone: '0612345678' } } }))
      .registerComplaint;
    const [{ hash }]: { hash: string | null }[] = await app.dataSource.query(`SELECT tracking_secret_hash AS hash FROM complaint WHERE id = $1`, [registered.id]);
    expect(hash).toBeNull();
    const first = (await staff.data(ISSUE, { id: registered.id })).issueComplaintTrackingSecret;
    expect(first.reference).toBe(registered.reference);
    expect((await status(registered.reference, first.trackingSecret)).body.data!.complaintStatus!.status).toBe('RECEIVED');

    const second = (await co.data(ISSUE, { id: registered.id })).issueComplaintTrackingSecret;
    expect(second.trackingSecret).not.toBe(first.trackingSecret);
    expect((await status(registered.reference, first.trackingSecret)).body.errors?.[0]).toMatchObject({ message: 'No complaint with this reference and secret' });
    expect((await status(registered.reference, second.trackingSecret)).body.data!.complaintStatus!.reference).toBe(registered.reference);

    const audit = (await (await app.as(org, Role.QUALITY_MANAGER)).data(AUDIT, { id: registered.id })).auditEvents!.edges.map((e) => e.node);
    const issued = audit.filter((e) => e.action === 'Complaint.trackingSecretIssued');
    expect(issued).toHaveLength(2);
    expect(issued[0].changes).toMatchObject({ trackingSecretHash: { redacted: true } });
    expect(JSON.stringify(audit)).not.toContain(second.trackingSecret);

    // Staff reach only the complaints they registered; the auditor may not issue secrets at all.
    const fromForm = await submit();
    const formComplaint = await complaintOf(fromForm.reference);
    expect((await staff.error(ISSUE, { id: formComplaint.id })).code).toBe('NOT_FOUND');
    expect((await (await app.as(org, Role.AUDITOR)).error(ISSUE, { id: registered.id })).code).toBe('FORBIDDEN');
  });

  it('answers a resubmission of the form (same idempotency key) with the same reference and a new secret; the first one stops working', async () => {
    const key = `tracking-${Date.now()}`;
    const input = { idempotencyKey: key, subject: 'Twice', description: 'Sent twice.', complainant: { name: 'Els de Vries', email: 'els@example.nl' } };
    const first = (await app.anonymous.data(SUBMIT, { slug: org.slug, input })).submitComplaint;
    const again = (await app.anonymous.data(SUBMIT, { slug: org.slug, input })).submitComplaint;
    expect(again.reference).toBe(first.reference);
    expect(again.trackingSecret).not.toBe(first.trackingSecret);
    expect((await status(first.reference, first.trackingSecret)).body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await status(first.reference, again.trackingSecret)).body.data!.complaintStatus!.status).toBe('RECEIVED');
  });

  it('shows an anonymised complaint only by its status', async () => {
    const receipt = await submit();
    const c = await complaintOf(receipt.reference);
    let v = (await co.data(UPDATE, { id: c.id, input: { expectedVersion: c.version, promiseIds: [code.promises[0].P1.id] } })).updateComplaint.version;
    v = (await co.data(ACKNOWLEDGE, { id: c.id, input: { expectedVersion: v, letter: { channel: 'EMAIL', language: 'en' } } })).acknowledgeComplaint.version;
    v = (await co.data(START, { id: c.id, input: { expectedVersion: v, handlerId: org.users.COMPLAINT_OFFICER } })).startComplaintHandling.version;
    v = (await co.data(RESOLVE, { id: c.id, input: { expectedVersion: v, decision: 'Credited.', outcome: 'UPHELD', letter: { channel: 'EMAIL' } } })).resolveComplaint.version;
    v = (await co.data(CLOSE, { id: c.id, input: { expectedVersion: v } })).closeComplaint.version;
    const qm = await app.as(org, Role.QUALITY_MANAGER);
    await qm.data(ANONYMIZE, { id: c.id, expectedVersion: v });
    expect((await status(receipt.reference, receipt.trackingSecret)).body.data!.complaintStatus).toEqual({
      reference: receipt.reference,
      status: 'CLOSED',
      receivedAt: null,
      acknowledgementDueAt: null,
      resolutionDueAt: null,
      extensionReason: null,
      letters: [],
      outcome: null,
      disputesRoute: null,
    });
    expect((await co.error(ISSUE, { id: c.id })).code).toBe('BAD_USER_INPUT');
  });
});

describe('the tracking budget', () => {
  it('refuses a reference past its budget with 429 and Retry-After, whatever the address, and counts wrong secrets too', async () => {
    const receipt = await submit();
    const query = String(STATUS);
    for (let i = 0; i < 6; i++) {
      const answer = await post(query, { slug: org.slug, reference: receipt.reference, secret: `guess-${i}` }, `127.0.0.${10 + i}`);
      expect(answer.status).toBe(200);
    }
    const refused = await post(query, { slug: org.slug, reference: receipt.reference, secret: receipt.trackingSecret }, '127.0.0.30');
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(refused.text).errors).toEqual([expect.objectContaining({ extensions: { code: 'RATE_LIMITED', scope: 'reference', retryAfterSeconds: Number(refused.retryAfter) } })]);
    // The reference's budget is the reference's own, spelled in any case: another reference still answers.
    expect((await post(query, { slug: org.slug, reference: receipt.reference.toLowerCase(), secret: receipt.trackingSecret }, '127.0.0.31')).status).toBe(429);
    const other = await submit();
    expect(JSON.parse((await post(query, { slug: org.slug, reference: other.reference, secret: other.trackingSecret }, '127.0.0.31')).text).data.complaintStatus.status).toBe('RECEIVED');
  });

  it('refuses an address past its budget, over any references', async () => {
    const from = '127.0.0.50';
    for (let i = 0; i < 40; i++) {
      expect((await post(String(STATUS), { slug: org.slug, reference: `K-2000-${String(i).padStart(5, '0')}`, secret: 'guess' }, from)).status).toBe(200);
    }
    const refused = await post(String(STATUS), { slug: org.slug, reference: 'K-2000-99999', secret: 'guess' }, from);
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.text).errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', scope: 'address' });
  });
});

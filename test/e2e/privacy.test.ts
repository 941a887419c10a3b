import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { Role } from '../../src/auth/roles';
import { startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { createCode, type CodeFixture } from '../support/promise-fixtures';

const SUBMIT = `mutation Submit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }`;
const REGISTER = `mutation Register($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version reference } }`;
const BY_REFERENCE = `query($search: String) { complaints(search: $search, first: 5) { edges { node { id version reference } } } }`;
const UPDATE = `mutation Update($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { id version } }`;
const step = (mutation: string, inputType: string) => `mutation Step($id: ID!, $input: ${inputType}!) { ${mutation}(id: $id, input: $input) { id version } }`;
const ACKNOWLEDGE = step('acknowledgeComplaint', 'ComplaintStepInput');
const START = step('startComplaintHandling', 'StartComplaintHandlingInput');
const RESOLVE = step('resolveComplaint', 'ResolveComplaintInput');
const CLOSE = step('closeComplaint', 'ComplaintStepInput');
const ANONYMIZE = `mutation Anonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { id anonymizedAt complainant { name } } }`;
const CREATE_ACTION = `mutation Action($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id } }`;
const CREATE_REVIEW = `mutation Review($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { id analysis { totals { received } } } }`;

/** A complainant whose every detail is unusual enough to be found anywhere it was copied. */
const PERSON = { name: 'Wilhelmina Zeldzaamheid', email: 'w.zeldzaamheid@privacy.example', phone: '+31 6 98765432', customerReference: 'CR-PRIV-4411' };
const DESCRIPTION = 'Mevrouw Zeldzaamheid received seventeen reminder letters in one week about dossier Q-77341.';
const SECRETS = [PERSON.name, 'Zeldzaamheid', PERSON.email, PERSON.phone, '98765432', PERSON.customerReference, 'Q-77341', 'seventeen reminder letters'];

let app: TestApp;
let org: TestOrganization;
let co: ApiClient;
let qm: ApiClient;
let code: CodeFixture;
const lines: string[] = [];

beforeAll(async () => {
  // The service's own logger at its most verbose level, written into `lines`.
  app = await startTestApp({ LOG_LEVEL: 'trace' }, { logStream: { write: (line: string) => void lines.push(line) } });
  org = await app.createOrganization();
  co = await app.as(org, Role.COMPLAINT_OFFICER);
  qm = await app.as(org, Role.QUALITY_MANAGER);
  code = await createCode(app.dataSource, org);
});

afterAll(async () => {
  await app?.close();
});

describe('logs', () => {
  it('log a failed insert of personal data with its request id and without the data', async () => {
    lines.length = 0;
    const requestId = `privacy-${randomUUID()}`;
    // PostgreSQL refuses a NUL character in text (22021); the input layer lets it through, so the
    // INSERT of the complaint, carrying the complainant's details, really fails in the database.
    const { body } = await app.anonymous.request(
      SUBMIT,
      { slug: org.slug, input: { subject: 'Reminders', description: `${DESCRIPTION}\u0000`, complainant: PERSON, idempotencyKey: randomUUID() } },
      { 'x-request-id': requestId },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(body)).not.toContain('Zeldzaamheid');

    const records = lines.map((l) => JSON.parse(l));
    const failedInsert = records.find((r) => r.msg === 'database query failed' && /INSERT INTO "complaint"/.test(r.sql));
    expect(failedInsert).toMatchObject({ level: 'warn', db: { code: '22021' } });
    const unexpected = records.find((r) => r.msg === 'unexpected error');
    expect(unexpected).toMatchObject({ level: 'error', reqId: requestId, err: { code: '22021' } });
    for (const secret of SECRETS) expect(lines.filter((l) => l.includes(secret))).toEqual([]);
  });
});

describe('anonymisation', () => {
  /** Every text, varchar, json(b) and array column of every table that holds one of `needles`: `table.column`. */
  async function copiesOf(needles: string[]): Promise<string[]> {
    const columns: { table: string; column: string }[] = await app.dataSource.query(
      `SELECT table_name AS table, column_name AS column FROM information_schema.columns
        WHERE table_schema = 'public' AND (data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY'))`,
    );
    expect(columns.length).toBeGreaterThan(20);
    const patterns = needles.map((n) => `%${n.toLowerCase()}%`);
    const found: string[] = [];
    for (const { table, column } of columns) {
      const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM "${table}" WHERE lower("${column}"::text) LIKE ANY($1)`, [patterns]);
      if (n > 0) found.push(`${table}.${column}`);
    }
    return found;
  }

  async function closeWithHistory(id: string, version: number): Promise<number> {
    let v = (await co.data(UPDATE, { id, input: { expectedVersion: version, promiseIds: [code.promises[0].P1.id], categories: ['CONDUCT'] } })).updateComplaint.version;
    const go = async (query: string, input: Record<string, unknown>) => {
      v = (Object.values(await co.data(query, { id, input: { expectedVersion: v, ...input } }))[0] as any).version;
    };
    await go(ACKNOWLEDGE, { note: `Called ${PERSON.name} on ${PERSON.phone}` });
    await go(START, { handlerId: org.users.COMPLAINT_OFFICER, note: `Mail to ${PERSON.email}` });
    await go(RESOLVE, { decision: 'The reminders are stopped and the costs waived.', outcome: 'UPHELD' });
    await go(CLOSE, {});
    return v;
  }

  it('erases every copy of the personal data, forgets the request fingerprints and keeps the statistics', async () => {
    const submitKey = randomUUID();
    const registerKey = randomUUID();
    const submitted = { subject: 'Reminders', description: DESCRIPTION, complainant: PERSON, idempotencyKey: submitKey };
    const { reference } = (await app.anonymous.data(SUBMIT, { slug: org.slug, input: submitted })).submitComplaint;
    const fromForm = (await co.data(BY_REFERENCE, { search: reference })).complaints.edges[0].node;
    const registered = {
      channel: 'PHONE',
      subject: 'Reminders by phone',
      description: DESCRIPTION,
      complainant: PERSON,
      promiseIds: [code.promises[0].P1.id],
      idempotencyKey: registerKey,
    };
    const byPhone = (await co.data(REGISTER, { input: registered })).registerComplaint;
    const versions = [await closeWithHistory(fromForm.id, fromForm.version), await closeWithHistory(byPhone.id, byPhone.version)];
    await co.data(CREATE_ACTION, {
      input: {
        kind: 'CORRECTIVE',
        complaintIds: [fromForm.id, byPhone.id],
        title: 'Cap reminder letters',
        rootCause: 'The dunning run had no weekly limit',
        plannedAction: 'Limit reminders to one a week',
        ownerId: org.users.QUALITY_MANAGER,
        dueOn: DateTime.now().plus({ months: 1 }).toISODate(),
      },
    });
    const year = DateTime.now().setZone('Europe/Amsterdam').year;
    const review = (await qm.data(CREATE_REVIEW, { input: { year } })).createManagementReview;
    expect(review.analysis.totals.received).toBe(2);
    // The search finds the data while it is there (so that finding nothing below means something).
    expect(await copiesOf(SECRETS)).toEqual(expect.arrayContaining(['complaint.complainant_name', 'complaint.description', 'complaint_timeline_entry.note']));

    for (const [i, c] of [fromForm, byPhone].entries()) {
      const anonymised = (await qm.data(ANONYMIZE, { id: c.id, expectedVersion: versions[i] })).anonymizeComplaint;
      expect(anonymised).toMatchObject({ anonymizedAt: expect.any(String), complainant: null });
    }
    expect(await copiesOf(SECRETS)).toEqual([]);
    const [{ n: keys }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM idempotency_key WHERE key = ANY($1)`, [[submitKey, registerKey]]);
    expect(keys).toBe(0);
    expect((await qm.data(`query($y: Int!) { complaintAnalysis(year: $y) { totals { received } } }`, { y: year })).complaintAnalysis.totals.received).toBe(2);

    // Replaying under the old keys cannot tell whether a guess matched: the keys are forgotten, so
    // the same request and a different one both simply create a new complaint.
    const sameAgain = (await app.anonymous.data(SUBMIT, { slug: org.slug, input: submitted })).submitComplaint;
    expect(sameAgain.reference).not.toBe(reference);
    const otherGuess = (await co.data(REGISTER, { input: { ...registered, complainant: { ...PERSON, name: 'Someone Else' } } })).registerComplaint;
    expect(otherGuess.id).not.toBe(byPhone.id);
    expect(otherGuess.reference).not.toBe(sameAgain.reference);
  });
});

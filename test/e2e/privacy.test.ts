import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { Role } from '../../src/common/roles';
import { json, startTestApp, type ApiClient, type GraphQLResponse, type TestApp, type TestOrganization } from '../support/app';
import { createCode, createCorrespondence, type CodeFixture } from '../support/fixtures';
import { KpiFrequency, latestExpectedPeriod } from '../../src/modules/kpi/kpi-period';
import { graphql } from '../graphql';
import type { CreateUserInput, PrivacySubmitMutation, RegisterComplaintInput } from '../graphql/graphql';

const SUBMIT = graphql(`mutation PrivacySubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }`);
const REGISTER = graphql(`mutation PrivacyRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version reference } }`);
const BY_REFERENCE = graphql(`query PrivacyByReference($search: String) { complaints(search: $search, first: 5) { edges { node { id version reference } } } }`);
const UPDATE = graphql(`mutation PrivacyUpdate($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { id version } }`);
const ACKNOWLEDGE = graphql(`mutation PrivacyAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }`);
const START = graphql(`mutation PrivacyStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { id version } }`);
const RESOLVE = graphql(`mutation PrivacyResolve($id: ID!, $input: ResolveComplaintInput!) { resolveComplaint(id: $id, input: $input) { id version } }`);
const CLOSE = graphql(`mutation PrivacyClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { id version } }`);
const ANONYMIZE = graphql(`mutation PrivacyAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { id anonymizedAt complainant { name } } }`);
const CREATE_ACTION = graphql(`mutation PrivacyCreateAction($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id } }`);
const CREATE_REVIEW = graphql(`mutation PrivacyCreateReview($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { id analysis { totals { received } } } }`);
const CREATE_USERS = graphql(`mutation PrivacyCreateUsers($input: [CreateUserInput!]!) { createUsers(input: $input) { id } }`);
const ANALYSIS = graphql(`query PrivacyAnalysis($y: Int!) { complaintAnalysis(year: $y) { totals { received } } }`);
const CREATE_CHAIN = graphql(`mutation PrivacyCreateChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id } }`);
const CREATE_KPI = graphql(`mutation PrivacyCreateKpi($input: CreateKpiInput!) { createKpi(input: $input) { id } }`);
const RECORD_MEASUREMENTS = graphql(`mutation PrivacyRecordMeasurements($input: [RecordKpiMeasurementInput!]!) { recordMeasurements(input: $input) { id } }`);
const KPIS = graphql(`query PrivacyKpis { kpis(first: 5) { edges { node { name } } } }`);
const CODE_KPIS = graphql(`query PrivacyCodeKpis($id: ID!) { code(id: $id) { versions(first: 1) { edges { node { promises { kpis(first: 5) { edges { node { name } } } } } } } } }`);

/** A line of the service's log, parsed. */
interface LogRecord {
  msg?: string;
  sql?: string;
  level?: string;
  reqId?: string;
  err?: Record<string, unknown>;
  [key: string]: unknown;
}
const parseLine = (line: string) => JSON.parse(line) as LogRecord;

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
  app = await startTestApp({ LOG_LEVEL: 'trace' }, { logs: { write: (line: string) => void lines.push(line) } });
  org = await app.createOrganization();
  co = await app.as(org, Role.COMPLAINT_OFFICER);
  qm = await app.as(org, Role.QUALITY_MANAGER);
  code = await createCode(app.dataSource, org);
  await createCorrespondence(app.dataSource, org);
});

afterAll(async () => {
  await app?.close();
});

describe('logs', () => {
  it('log a failed insert of personal data with its request id and without the data', async () => {
    lines.length = 0;
    const requestId = `privacy-${randomUUID()}`;
    // The INSERT of the complaint, carrying the complainant's details, really fails in the database,
    // with an error whose message and detail repeat them (as PostgreSQL's own messages do).
    await app.dataSource.query(`CREATE FUNCTION refuse_complaint() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'complaint of % refused', NEW.complainant_name USING DETAIL = NEW.description; END $$`);
    await app.dataSource.query('CREATE TRIGGER refuse_complaint BEFORE INSERT ON complaint FOR EACH ROW EXECUTE FUNCTION refuse_complaint()');
    let body: GraphQLResponse<PrivacySubmitMutation>['body'] | undefined;
    try {
      ({ body } = await app.anonymous.request(
        SUBMIT,
        { slug: org.slug, input: { subject: 'Reminders', description: DESCRIPTION, complainant: PERSON, idempotencyKey: randomUUID() } },
        { 'x-request-id': requestId },
      ));
    } finally {
      await app.dataSource.query('DROP TRIGGER refuse_complaint ON complaint');
      await app.dataSource.query('DROP FUNCTION refuse_complaint()');
    }
    expect(body!.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(body)).not.toContain('Zeldzaamheid');

    for (const secret of SECRETS) expect(lines.filter((l) => l.includes(secret))).toEqual([]);
    const records = lines.map(parseLine);
    const failedInsert = records.find((r) => r.msg === 'database query failed' && /INSERT INTO "complaint"/.test(r.sql ?? ''));
    expect(failedInsert).toMatchObject({ level: 'warn', db: { code: 'P0001' } });
    const unexpected = records.filter((r) => r.level === 'error' && r.reqId === requestId);
    expect(unexpected).toHaveLength(1);
    expect(unexpected[0]).toMatchObject({ err: { code: 'P0001', message: 'database error P0001' } });
    const errorFields = Object.keys(unexpected[0].err!);
    expect(errorFields.filter((k) => ['parameters', 'detail', 'driverError'].includes(k))).toEqual([]);
  });

  it("give the database layer's lines the request's id, operation, organisation and member, and still no personal data", async () => {
    lines.length = 0;
    await app.dataSource.query(`CREATE FUNCTION refuse_complaint() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'complaint of % refused', NEW.complainant_name USING DETAIL = NEW.description; END $$`);
    await app.dataSource.query('CREATE TRIGGER refuse_complaint BEFORE INSERT ON complaint FOR EACH ROW EXECUTE FUNCTION refuse_complaint()');
    let res: Response;
    try {
      res = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${co.token}` },
        body: JSON.stringify({
          query: String(REGISTER),
          variables: { input: { channel: 'LETTER', subject: 'Reminders', description: DESCRIPTION, complainant: PERSON, promiseIds: [code.promises[0].P1.id] } },
        }),
      });
    } finally {
      await app.dataSource.query('DROP TRIGGER refuse_complaint ON complaint');
      await app.dataSource.query('DROP FUNCTION refuse_complaint()');
    }
    const requestId = res.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    expect((await json<GraphQLResponse<unknown>['body']>(res)).errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');

    const records = lines.map(parseLine);
    const failedInsert = records.filter((r) => r.msg === 'database query failed' && /INSERT INTO "complaint"/.test(r.sql ?? ''));
    expect(failedInsert).toEqual([
      expect.objectContaining({ level: 'warn', reqId: requestId, operation: 'PrivacyRegister', org: org.slug, userId: org.users.COMPLAINT_OFFICER, db: expect.objectContaining({ code: 'P0001' }) }),
    ]);
    // Each field once per line, though the request's own logger binds the same names.
    const raw = lines.find((l) => l.includes('"database query failed"') && l.includes('INSERT INTO'))!;
    for (const key of ['reqId', 'operation', 'org', 'userId']) expect(raw.split(`"${key}":`)).toHaveLength(2);
    for (const secret of SECRETS) expect(lines.filter((l) => l.includes(secret))).toEqual([]);
  });

  it("log a unique violation without the value PostgreSQL puts in its detail (Key (email)=(…))", async () => {
    const top = await app.as(org, Role.TOP_MANAGEMENT);
    const member = { name: 'Gerrit Dubbelganger', email: 'gerrit.dubbelganger@privacy.example', roles: ['STAFF'] } satisfies CreateUserInput;
    await top.data(CREATE_USERS, { input: [member] });
    lines.length = 0;
    const conflict = await top.error(CREATE_USERS, { input: [{ ...member, name: 'Gerrit Tweede' }] });
    expect(conflict).toMatchObject({ code: 'CONFLICT', extensions: { fields: [{ field: 'email' }] } });
    for (const secret of ['dubbelganger', 'Gerrit']) expect(lines.filter((l) => l.toLowerCase().includes(secret.toLowerCase()))).toEqual([]);
    const records = lines.map(parseLine);
    expect(records.find((r) => r.msg === 'database query failed')).toMatchObject({ level: 'warn', db: { code: '23505', table: 'app_user' } });
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
      const [{ n }]: { n: number }[] = await app.dataSource.query(`SELECT count(*)::int AS n FROM "${table}" WHERE lower("${column}"::text) LIKE ANY($1)`, [patterns]);
      if (n > 0) found.push(`${table}.${column}`);
    }
    return found;
  }

  async function closeWithHistory(id: string, version: number): Promise<number> {
    let v = (await co.data(UPDATE, { id, input: { expectedVersion: version, promiseIds: [code.promises[0].P1.id], categories: ['CONDUCT'] } })).updateComplaint.version;
    v = (await co.data(ACKNOWLEDGE, { id, input: { expectedVersion: v, note: `Called ${PERSON.name} on ${PERSON.phone}`, letter: { channel: 'EMAIL', language: 'en', text: `Dear ${PERSON.name}, we received your complaint.` } } })).acknowledgeComplaint.version;
    v = (await co.data(START, { id, input: { expectedVersion: v, handlerId: org.users.COMPLAINT_OFFICER, note: `Mail to ${PERSON.email}` } })).startComplaintHandling.version;
    v = (await co.data(RESOLVE, { id, input: { expectedVersion: v, decision: 'The reminders are stopped and the costs waived.', outcome: 'UPHELD', letter: { channel: 'POST', subject: `For ${PERSON.name}` } } })).resolveComplaint.version;
    v = (await co.data(CLOSE, { id, input: { expectedVersion: v } })).closeComplaint.version;
    return v;
  }

  it('erases every copy of the personal data, forgets the request fingerprints and keeps the statistics', async () => {
    const submitKey = randomUUID();
    const registerKey = randomUUID();
    const submitted = { subject: 'Reminders', description: DESCRIPTION, complainant: PERSON, idempotencyKey: submitKey };
    const { reference } = (await app.anonymous.data(SUBMIT, { slug: org.slug, input: submitted })).submitComplaint;
    const fromForm = (await co.data(BY_REFERENCE, { search: reference })).complaints!.edges[0].node;
    const registered = {
      channel: 'PHONE',
      subject: 'Reminders by phone',
      description: DESCRIPTION,
      complainant: PERSON,
      promiseIds: [code.promises[0].P1.id],
      idempotencyKey: registerKey,
    } satisfies RegisterComplaintInput;
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
    expect(await copiesOf(SECRETS)).toEqual(expect.arrayContaining(['complaint.complainant_name', 'complaint.description', 'complaint_timeline_entry.note', 'complaint_letter.body', 'complaint_letter.subject']));

    for (const [i, c] of [fromForm, byPhone].entries()) {
      const anonymised = (await qm.data(ANONYMIZE, { id: c.id, expectedVersion: versions[i] })).anonymizeComplaint;
      expect(anonymised).toMatchObject({ anonymizedAt: expect.any(String), complainant: null });
    }
    expect(await copiesOf(SECRETS)).toEqual([]);
    const [{ n: keys }]: { n: number }[] = await app.dataSource.query(`SELECT count(*)::int AS n FROM idempotency_key WHERE key = ANY($1)`, [[submitKey, registerKey]]);
    expect(keys).toBe(0);
    expect((await qm.data(ANALYSIS, { y: year })).complaintAnalysis!.totals.received).toBe(2);

    // Replaying under the old keys cannot tell whether a guess matched: the keys are forgotten, so
    // the same request and a different one both simply create a new complaint.
    const sameAgain = (await app.anonymous.data(SUBMIT, { slug: org.slug, input: submitted })).submitComplaint;
    expect(sameAgain.reference).not.toBe(reference);
    const otherGuess = (await co.data(REGISTER, { input: { ...registered, complainant: { ...PERSON, name: 'Someone Else' } } })).registerComplaint;
    expect(otherGuess.id).not.toBe(byPhone.id);
    expect(otherGuess.reference).not.toBe(sameAgain.reference);
  });
});

describe('field-level read rules over HTTP', () => {
  const CODE_STATUS = graphql(`query PrivacyCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) { status
    promises { promise { key } status reasons kpis { name target measurements(first: 3) { edges { node { note recordedBy { email } } } } }
      kpiStatusCounts { status count } complaints { received } } } }`);
  const COMPLAINT = graphql(`query PrivacyComplaint($id: ID!) { complaint(id: $id) { reference subject description complainant { name email } timeline { to note } } }`);
  let complaintId: string;

  beforeAll(async () => {
    const chainId = (await qm.data(CREATE_CHAIN, { input: { name: 'Dunning chain' } })).createKpiChain.id;
    const kpi = (await qm.data(CREATE_KPI, {
      input: { chainId, codeId: code.code.id, promiseKey: 'P1', kind: 'PROCESS', name: 'Reminders within limit', unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', target: 90, threshold: 80, frequency: 'MONTHLY' },
    })).createKpi;
    const period = latestExpectedPeriod(KpiFrequency.MONTHLY, DateTime.now().setZone('Europe/Amsterdam').toISODate()!);
    await qm.data(RECORD_MEASUREMENTS, {
      input: [{ kpiId: kpi.id, periodStart: period.start, periodEnd: period.end, value: 50, note: 'Manual count by the dunning team' }],
    });
    const registered = (await co.data(REGISTER, {
      input: { channel: 'LETTER', subject: 'Too many letters', description: DESCRIPTION, complainant: PERSON, promiseIds: [code.promises[0].P1.id] },
    })).registerComplaint;
    complaintId = registered.id;
    await co.data(ACKNOWLEDGE, { id: complaintId, input: { expectedVersion: registered.version, note: `Called ${PERSON.name}`, letter: { channel: 'EMAIL', language: 'en' } } });
  });

  it('gives STAFF the promise status and its figures, and no KPI data: no KPIs, no KPI names in the reasons', async () => {
    const staff = await app.as(org, Role.STAFF);
    const { body } = await staff.request(CODE_STATUS, { codeId: code.code.id });
    expect(body.errors).toBeUndefined();
    const p1 = body.data!.codeStatus!.promises.find((p) => p.promise.key === 'P1')!;
    expect(p1).toMatchObject({ status: 'BROKEN', kpis: [] });
    expect(p1.reasons).toContain('A KPI OFF_TRACK');
    // The rest of the answer is the quality manager's.
    const full = (await qm.data(CODE_STATUS, { codeId: code.code.id })).codeStatus!;
    const fullP1 = full.promises.find((p) => p.promise.key === 'P1')!;
    expect(body.data!.codeStatus!.status).toBe(full.status);
    expect({ ...p1, kpis: fullP1.kpis, reasons: fullP1.reasons }).toEqual(fullP1);
    expect(p1.reasons).toEqual(fullP1.reasons.map((r) => r.replace("KPI 'Reminders within limit'", 'A KPI')));
    expect(JSON.stringify(body)).not.toMatch(/Reminders within limit|Manual count|@/);
    expect(p1.kpiStatusCounts).toContainEqual({ status: 'OFF_TRACK', count: 1 });
    // The KPI API itself stays closed to staff.
    expect((await staff.error(KPIS)).code).toBe('FORBIDDEN');
    expect((await staff.error(CODE_KPIS, { id: code.code.id })).code).toBe('FORBIDDEN');
  });

  it('gives the KPI readers the KPIs in the same answer', async () => {
    for (const role of [Role.AUDITOR, Role.TOP_MANAGEMENT, Role.COMPLAINT_OFFICER, Role.QUALITY_MANAGER]) {
      const p1 = (await (await app.as(org, role)).data(CODE_STATUS, { codeId: code.code.id })).codeStatus!.promises.find((p) => p.promise.key === 'P1')!;
      expect(p1.kpis).toMatchObject([{ name: 'Reminders within limit', target: 90 }]);
      expect(p1.reasons).toContain("KPI 'Reminders within limit' OFF_TRACK");
    }
  });

  it("shows the complainant's details, description and notes only to complaint officers and quality managers", async () => {
    for (const role of [Role.COMPLAINT_OFFICER, Role.QUALITY_MANAGER]) {
      const c = (await (await app.as(org, role)).data(COMPLAINT, { id: complaintId })).complaint;
      expect(c).toMatchObject({ description: DESCRIPTION, complainant: { name: PERSON.name, email: PERSON.email }, timeline: [{ note: null }, { note: `Called ${PERSON.name}` }] });
    }
    for (const role of [Role.AUDITOR, Role.TOP_MANAGEMENT]) {
      const { body } = await (await app.as(org, role)).request(COMPLAINT, { id: complaintId });
      expect(body.errors).toBeUndefined();
      expect(body.data!.complaint).toMatchObject({ subject: 'Too many letters', description: null, complainant: null, timeline: [{ to: 'RECEIVED', note: null }, { to: 'ACKNOWLEDGED', note: null }] });
      expect(JSON.stringify(body)).not.toContain('Zeldzaamheid');
    }
    // Staff read only the complaints they registered themselves: another is NOT_FOUND.
    expect((await (await app.as(org, Role.STAFF)).error(COMPLAINT, { id: complaintId })).code).toBe('NOT_FOUND');
  });
});

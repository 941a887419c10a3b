import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { Role } from '../../src/common/roles';
import { AuditEvent } from '../../src/common/audit-event.entity';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { Complaint } from '../../src/modules/complaint/complaint.entity';
import { ComplaintTimelineEntry } from '../../src/modules/complaint/complaint-timeline-entry.entity';
import { User } from '../../src/modules/user/user.entity';
import { startTestApp, type ApiClient, type FirstError, type TestApp, type TestOrganization } from '../support/app';
import { createCode, createCorrespondence, type CodeFixture } from '../support/fixtures';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../graphql';
import type { ComplaintsListQuery, ComplaintsListQueryVariables, RegisterComplaintInput } from '../graphql/graphql';

const FIELDS = graphql(`fragment ComplaintsComplaintFields on Complaint { id version reference receivedAt channel subject description status categories
  acknowledgementDueAt acknowledgedAt acknowledgedOnTime resolutionDueAt resolvedAt resolvedOnTime
  decision outcome closedAt isOverdue satisfaction anonymizedAt
  complainant { name email phone customerReference }
  handler { id } registeredBy { id }
  promises { id key }
  escalation { body escalatedAt outcome binding decidedAt }
  timeline { at from to note actor { id } } }`);
/** A complaint as the tests read it (the fields above). */
type ComplaintFields = ResultOf<typeof FIELDS>;
const REGISTER = graphql(`mutation ComplaintsRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { ...ComplaintsComplaintFields } }`);
const SUBMIT = graphql(`mutation ComplaintsSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }`);
const UPDATE = graphql(`mutation ComplaintsUpdate($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }`);
const COMPLAINT = graphql(`query ComplaintsComplaint($id: ID!) { complaint(id: $id) { ...ComplaintsComplaintFields } }`);
const ACKNOWLEDGE = graphql(`mutation ComplaintsAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }`);
const START = graphql(`mutation ComplaintsStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { ...ComplaintsComplaintFields } }`);
const RESOLVE = graphql(`mutation ComplaintsResolve($id: ID!, $input: ResolveComplaintInput!) { resolveComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }`);
const CLOSE = graphql(`mutation ComplaintsClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }`);
const ESCALATE = graphql(`mutation ComplaintsEscalate($id: ID!, $input: EscalateComplaintInput!) { escalateComplaint(id: $id, input: $input) { ...ComplaintsComplaintFields } }`);
const DECIDE = graphql(`mutation ComplaintsDecide($id: ID!, $input: RecordEscalationDecisionInput!) { recordEscalationDecision(id: $id, input: $input) { ...ComplaintsComplaintFields } }`);
const DISPUTES_CASE = graphql(`query ComplaintsDisputesCase($id: ID!) { complaint(id: $id) { disputesCase { status outcome binding body { name outcomeKind } } } }`);
const SATISFACTION = graphql(`mutation ComplaintsSatisfaction($id: ID!, $input: RecordSatisfactionInput!) { recordComplaintSatisfaction(id: $id, input: $input) { ...ComplaintsComplaintFields } }`);
const ANONYMIZE = graphql(`mutation ComplaintsAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { ...ComplaintsComplaintFields } }`);
const LIST = graphql(`query ComplaintsList($first: Int, $after: String, $status: [ComplaintStatus!], $category: ComplaintCategory, $promiseId: ID, $handlerId: ID,
  $overdue: Boolean, $receivedFrom: DateTime, $receivedTo: DateTime, $search: String, $sort: ComplaintSort) {
  complaints(first: $first, after: $after, status: $status, category: $category, promiseId: $promiseId, handlerId: $handlerId,
    overdue: $overdue, receivedFrom: $receivedFrom, receivedTo: $receivedTo, search: $search, sort: $sort) {
    totalCount edges { cursor node { id reference subject status isOverdue receivedAt resolutionDueAt } } pageInfo { hasNextPage endCursor } } }`);
const COUNTS = graphql(`query ComplaintsCounts { complaintCounts { total unresolved unresolvedOverdue byStatus { status count } } }`);
const ORGANIZATION_VERSION = graphql(`query ComplaintsOrganizationVersion { organization { version } }`);
const UPDATE_ORG = graphql(`mutation ComplaintsUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { version complaintPolicy { acknowledgeWithin acknowledgeUnit } } }`);
const ADD_CLOSURE = graphql(`mutation ComplaintsAddClosureDay($input: AddClosureDayInput!) { addClosureDay(input: $input) { id date reason version } }`);
const REMOVE_CLOSURE = graphql(`mutation ComplaintsRemoveClosureDay($date: LocalDate!, $v: Int!) { removeClosureDay(date: $date, expectedVersion: $v) { date } }`);
const CLOSURES = graphql(`query ComplaintsClosureDays($from: LocalDate, $to: LocalDate) { closureDays(from: $from, to: $to) { totalCount edges { node { date reason } } } }`);
const PROMISE_COMPLAINTS = graphql(`query ComplaintsPromiseComplaints($id: ID!) { complaint(id: $id) { promises { key complaints { totalCount edges { node { id } } } } } }`);
const AUDIT_EVENTS = graphql(`query ComplaintsAuditEvents($id: ID) { auditEvents(entityId: $id, first: 100) { edges { node { action changes } } } }`);

/** Tuesday 27 May 2025, 10:00 in Amsterdam: Ascension Day (Thursday 29 May) falls within four working days. */
const BEFORE_ASCENSION = '2025-05-27T08:00:00.000Z';

let app: TestApp;
let alpha: TestOrganization;
let beta: TestOrganization;
let co: ApiClient;
let qm: ApiClient;
let top: ApiClient;
let auditor: ApiClient;
let staff: ApiClient;
let code: CodeFixture;
let P1: string;
let P2: string;

/** The letter sent with a step: generated from the organisation's English template. */
const LETTER = { channel: 'EMAIL' as const, language: 'en' };

const year = () => DateTime.now().setZone('Europe/Amsterdam').year;
const letter = (overrides: Partial<RegisterComplaintInput> = {}): RegisterComplaintInput => ({
  channel: 'LETTER',
  subject: 'Payment arrangement refused',
  description: 'I offered to pay in twelve instalments and the agency refused without a reason.',
  complainant: { name: 'Jan Jansen', email: 'Jan.Jansen@example.nl', phone: '+31 6 12345678', customerReference: 'D-2025-117' },
  categories: ['FINANCIAL'],
  promiseIds: [P1],
  ...overrides,
});
const register = async (client: ApiClient = co, overrides: Partial<RegisterComplaintInput> = {}) => (await client.data(REGISTER, { input: letter(overrides) })).registerComplaint;
const complaintsOf = (org: TestOrganization) => app.dataSource.getRepository(Complaint).countBy({ organizationId: org.id });
const auditCount = () => app.dataSource.getRepository(AuditEvent).count();

/** The variables of a step on complaint `c` as read: its id, its version and the rest of the step's input. */
const stepOn = <I extends object>(c: ComplaintFields, input: I) => ({ id: c.id, input: { expectedVersion: c.version, ...input } });

/** Takes a complaint through the steps up to `status` as the complaint officer. */
async function advance(complaint: ComplaintFields, status: 'ACKNOWLEDGED' | 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED' | 'ESCALATED', client: ApiClient = co): Promise<ComplaintFields> {
  let c = complaint;
  c = (await client.data(ACKNOWLEDGE, stepOn(c, { note: 'Acknowledged by letter', letter: LETTER }))).acknowledgeComplaint;
  if (status === 'ACKNOWLEDGED') return c;
  c = (await client.data(START, stepOn(c, { handlerId: alpha.users.COMPLAINT_OFFICER }))).startComplaintHandling;
  if (status === 'IN_PROGRESS') return c;
  c = (await client.data(RESOLVE, stepOn(c, { decision: 'A payment arrangement of twelve instalments is offered.', outcome: 'UPHELD' as const, letter: LETTER }))).resolveComplaint;
  if (status === 'RESOLVED') return c;
  if (status === 'ESCALATED') {
    c = (await client.data(ESCALATE, stepOn(c, { body: 'Geschillencommissie' }))).escalateComplaint;
    return c;
  }
  c = (await client.data(CLOSE, stepOn(c, {}))).closeComplaint;
  return c;
}

beforeAll(async () => {
  app = await startTestApp();
  alpha = await app.createOrganization('alpha');
  beta = await app.createOrganization('beta');
  [co, qm, top, auditor, staff] = await Promise.all(
    [Role.COMPLAINT_OFFICER, Role.QUALITY_MANAGER, Role.TOP_MANAGEMENT, Role.AUDITOR, Role.STAFF].map((r) => app.as(alpha, r)),
  );
  code = await createCode(app.dataSource, alpha);
  await createCorrespondence(app.dataSource, alpha);
  P1 = code.promises[0].P1.id;
  P2 = code.promises[0].P2.id;
});
afterAll(() => app.close());

describe('smoke: intake', () => {
  it('registers a letter with its complainant, categories, promises and handler, and a first timeline entry', async () => {
    const c = await register(co, { handlerId: alpha.users.COMPLAINT_OFFICER, promiseIds: [P2, P1], categories: ['FINANCIAL', 'CONDUCT'] });
    expect(c.reference).toMatch(new RegExp(`^K-${year()}-\\d{5}$`));
    expect(c).toMatchObject({
      status: 'RECEIVED',
      channel: 'LETTER',
      categories: ['FINANCIAL', 'CONDUCT'],
      complainant: { name: 'Jan Jansen', email: 'jan.jansen@example.nl', phone: '+31 6 12345678', customerReference: 'D-2025-117' },
      handler: { id: alpha.users.COMPLAINT_OFFICER },
      registeredBy: { id: alpha.users.COMPLAINT_OFFICER },
      promises: [{ id: P1, key: 'P1' }, { id: P2, key: 'P2' }],
      isOverdue: false,
      acknowledgedAt: null,
      escalation: null,
    });
    expect(c.timeline).toEqual([{ at: c.receivedAt, from: null, to: 'RECEIVED', note: null, actor: { id: alpha.users.COMPLAINT_OFFICER } }]);
  });

  it('takes a public web submission without a token and answers only the reference', async () => {
    const res = await app.anonymous.request(SUBMIT, {
      slug: 'alpha',
      input: { subject: 'Rude phone call', description: 'The collector shouted at me on the phone.', complainant: { name: 'Els de Vries', email: 'els@example.nl' } },
    });
    expect(res.body.errors).toBeUndefined();
    expect(Object.keys(res.body.data!.submitComplaint)).toEqual(['reference']);
    const { reference } = res.body.data!.submitComplaint;
    const found = (await co.data(LIST, { search: reference })).complaints!.edges;
    expect(found).toHaveLength(1);
    const c = (await co.data(COMPLAINT, { id: found[0].node.id })).complaint!;
    expect(c).toMatchObject({ channel: 'WEB', registeredBy: null, complainant: { name: 'Els de Vries', email: 'els@example.nl', phone: null }, status: 'RECEIVED' });
    expect(c.timeline[0].actor).toBeNull();
  });

  it('refuses a public submission without a way to reach the complainant, and an unknown organisation', async () => {
    const before = await complaintsOf(alpha);
    const noContact = await app.anonymous.error(SUBMIT, { slug: 'alpha', input: { subject: 'S', description: 'D', complainant: { name: 'Anon' } } });
    expect(noContact).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.complainant.email' }] } });
    const unknown = await app.anonymous.error(SUBMIT, { slug: 'nobody', input: { subject: 'S', description: 'D', complainant: { name: 'A', email: 'a@example.nl' } } });
    expect(unknown).toMatchObject({ code: 'NOT_FOUND', extensions: { field: 'organizationSlug' } });
    expect(await complaintsOf(alpha)).toBe(before);
  });
});

describe('deadlines', () => {
  it("stores the acknowledgement and resolution deadlines at receipt, in the organisation's calendar", async () => {
    const c = await register(co, { receivedAt: BEFORE_ASCENSION });
    // Wed 28 May, (Ascension Thu 29), Fri 30, Mon 2 June, Tue 3 June; 14 calendar days: Tue 10 June.
    expect(c.acknowledgementDueAt).toBe('2025-06-03T21:59:59.999Z');
    expect(c.resolutionDueAt).toBe('2025-06-10T21:59:59.999Z');
    expect(c.isOverdue).toBe(true);
    const acknowledged = await advance(c, 'ACKNOWLEDGED');
    expect(acknowledged.acknowledgedOnTime).toBe(false);
  });

  it('records an acknowledgement in time as on time and the complaint as not overdue', async () => {
    const acknowledged = await advance(await register(), 'ACKNOWLEDGED');
    expect(acknowledged).toMatchObject({ acknowledgedOnTime: true, resolvedOnTime: null, isOverdue: false });
  });

  it('does not move existing deadlines when the policy changes; new complaints follow the new policy', async () => {
    const before = await register(co, { receivedAt: BEFORE_ASCENSION });
    const org = (await top.data(ORGANIZATION_VERSION)).organization!;
    await top.data(UPDATE_ORG, { input: { expectedVersion: org.version, complaintPolicy: { acknowledgeWithin: 2 } } });
    try {
      const after = await register(co, { receivedAt: BEFORE_ASCENSION });
      expect(after.acknowledgementDueAt).toBe('2025-05-30T21:59:59.999Z');
      expect((await co.data(COMPLAINT, { id: before.id })).complaint!.acknowledgementDueAt).toBe('2025-06-03T21:59:59.999Z');
    } finally {
      const current = (await top.data(ORGANIZATION_VERSION)).organization!;
      await top.data(UPDATE_ORG, { input: { expectedVersion: current.version, complaintPolicy: { acknowledgeWithin: 4 } } });
    }
  });

  it("skips the organisation's closure days for complaints received after they are added", async () => {
    const before = await register(co, { receivedAt: BEFORE_ASCENSION });
    const day = (await qm.data(ADD_CLOSURE, { input: { date: '2025-05-30', reason: 'Bridge day after Ascension' } })).addClosureDay;
    expect(day).toMatchObject({ date: '2025-05-30', reason: 'Bridge day after Ascension' });
    const after = await register(co, { receivedAt: BEFORE_ASCENSION });
    expect(after.acknowledgementDueAt).toBe('2025-06-04T21:59:59.999Z');
    expect((await co.data(COMPLAINT, { id: before.id })).complaint!.acknowledgementDueAt).toBe('2025-06-03T21:59:59.999Z');
    expect((await staff.data(CLOSURES, { from: '2025-01-01', to: '2025-12-31' })).closureDays).toEqual({
      totalCount: 1,
      edges: [{ node: { date: '2025-05-30', reason: 'Bridge day after Ascension' } }],
    });
    const duplicate = await qm.error(ADD_CLOSURE, { input: { date: '2025-05-30', reason: 'Again' } });
    expect(duplicate).toMatchObject({ code: 'CONFLICT', extensions: { fields: [{ field: 'date' }] } });
    expect((await co.error(ADD_CLOSURE, { input: { date: '2025-12-24', reason: 'Christmas Eve' } })).code).toBe('FORBIDDEN');
    expect((await top.data(REMOVE_CLOSURE, { date: '2025-05-30', v: day.version })).removeClosureDay.date).toBe('2025-05-30');
    expect((await co.data(COMPLAINT, { id: after.id })).complaint!.acknowledgementDueAt).toBe('2025-06-04T21:59:59.999Z');
    expect(await qm.error(REMOVE_CLOSURE, { date: '2025-05-30', v: day.version })).toMatchObject({ code: 'NOT_FOUND', extensions: { field: 'date' } });
  });

  it('counts the closure days ahead for a complaint from the public form as for one registered by staff', async () => {
    const [{ timezone }]: { timezone: string }[] = await app.dataSource.query('SELECT timezone FROM organization WHERE id = $1', [alpha.id]);
    const today = DateTime.now().setZone(timezone);
    const closed = [];
    for (let i = 1; i <= 6; i++) closed.push((await qm.data(ADD_CLOSURE, { input: { date: today.plus({ days: i }).toISODate()!, reason: 'Office closed' } })).addClosureDay);
    try {
      const { reference } = (await app.anonymous.data(SUBMIT, { slug: 'alpha', input: { subject: 'Closed office', description: 'Nobody answers.', complainant: { name: 'A. Client', email: 'client@example.org' } } })).submitComplaint;
      const [submitted]: { received_at: Date; acknowledgement_due_at: Date; resolution_due_at: Date }[] = await app.dataSource.query(
        'SELECT received_at, acknowledgement_due_at, resolution_due_at FROM complaint WHERE organization_id = $1 AND reference = $2',
        [alpha.id, reference],
      );
      const registered = await register(co, { receivedAt: submitted.received_at.toISOString() });
      expect([submitted.acknowledgement_due_at.toISOString(), submitted.resolution_due_at.toISOString()]).toEqual([registered.acknowledgementDueAt, registered.resolutionDueAt]);
      // The closure days count: without them the same receipt is due sooner.
      for (const day of closed.splice(0)) await top.data(REMOVE_CLOSURE, { date: day.date, v: day.version });
      const open = await register(co, { receivedAt: submitted.received_at.toISOString() });
      expect(new Date(open.acknowledgementDueAt!).getTime()).toBeLessThan(submitted.acknowledgement_due_at.getTime());
    } finally {
      for (const day of closed) await top.data(REMOVE_CLOSURE, { date: day.date, v: day.version });
    }
  });

  it("counts in Norway's calendar for a Norwegian organisation (17 May, Whit Monday)", async () => {
    const oslo = await app.createOrganization('oslo-inkasso', { timezone: 'Europe/Oslo', holidayCountry: 'NO' });
    const fixture = await createCode(app.dataSource, oslo);
    const officer = await app.as(oslo, Role.COMPLAINT_OFFICER);
    const c = (await officer.data(REGISTER, { input: letter({ receivedAt: '2024-05-15T08:00:00.000Z', promiseIds: [fixture.promises[0].P1.id] }) })).registerComplaint;
    // Thu 16, (Fri 17 May), (Whit Monday 20), Tue 21, Wed 22, Thu 23 May, end of day in Oslo.
    expect(c.acknowledgementDueAt).toBe('2024-05-23T21:59:59.999Z');
    expect(c.reference).toMatch(/^K-2024-00001$/);
    // The same receipt in the Netherlands: 17 May is a working day there.
    expect((await register(co, { receivedAt: '2024-05-15T08:00:00.000Z' })).acknowledgementDueAt).toBe('2024-05-22T21:59:59.999Z');
  });
});

describe('idempotency and references', () => {
  it('returns the first complaint for a retried registration and creates nothing new', async () => {
    const key = randomUUID();
    const first = await register(co, { idempotencyKey: key });
    const complaints = await complaintsOf(alpha);
    const audits = await auditCount();
    const retry = await register(co, { idempotencyKey: key });
    expect(retry.id).toBe(first.id);
    expect(retry.reference).toBe(first.reference);
    expect(await complaintsOf(alpha)).toBe(complaints);
    expect(await auditCount()).toBe(audits);
  });

  it('refuses a key reused for a different complaint with CONFLICT naming the key', async () => {
    const key = randomUUID();
    await register(co, { idempotencyKey: key });
    const e = await co.error(REGISTER, { input: letter({ idempotencyKey: key, subject: 'Another matter' }) });
    expect(e).toMatchObject({ code: 'CONFLICT', extensions: { fields: [{ field: 'input.idempotencyKey' }] } });
  });

  it('hands out 50 distinct consecutive references to 50 concurrent public submissions', async () => {
    const gamma = await app.createOrganization('gamma');
    const submissions = Array.from({ length: 50 }, (_, i) =>
      app.anonymous.request(SUBMIT, {
        slug: gamma.slug,
        input: { subject: `Complaint ${i}`, description: 'Letter never answered.', complainant: { name: `Person ${i}`, email: `p${i}@example.nl` } },
      }),
    );
    const references = (await Promise.all(submissions)).map((r) => {
      expect(r.body.errors).toBeUndefined();
      return r.body.data!.submitComplaint.reference;
    });
    const expected = Array.from({ length: 50 }, (_, i) => `K-${year()}-${String(i + 1).padStart(5, '0')}`);
    expect([...references].sort()).toEqual(expected);
    expect(await complaintsOf(gamma)).toBe(50);
  });

  it('answers concurrent retries of one submission with one complaint and one reference', async () => {
    const delta = await app.createOrganization('delta');
    const input = { idempotencyKey: randomUUID(), subject: 'Double charge', description: 'Charged twice.', complainant: { name: 'Piet', phone: '0201234567' } };
    const answers = await Promise.all(Array.from({ length: 5 }, () => app.anonymous.request(SUBMIT, { slug: delta.slug, input })));
    const references = new Set(answers.map((a) => a.body.data?.submitComplaint.reference));
    expect(references).toEqual(new Set([`K-${year()}-00001`]));
    expect(await complaintsOf(delta)).toBe(1);
  });

  it('does not use up a reference number when an intake fails, and numbers by the local year of receipt', async () => {
    const epsilon = await app.createOrganization('epsilon');
    const fixture = await createCode(app.dataSource, epsilon);
    const officer = await app.as(epsilon, Role.COMPLAINT_OFFICER);
    const ok = (input: Partial<RegisterComplaintInput> = {}) => officer.data(REGISTER, { input: letter({ promiseIds: [fixture.promises[0].P1.id], ...input }) });
    expect((await ok()).registerComplaint.reference).toBe(`K-${year()}-00001`);
    expect((await officer.error(REGISTER, { input: letter({ promiseIds: [randomUUID()] }) })).code).toBe('NOT_FOUND');
    expect((await ok()).registerComplaint.reference).toBe(`K-${year()}-00002`);
    // 00:30 on New Year's Day in Amsterdam, still the old year in UTC: numbered in the local year.
    expect((await ok({ receivedAt: '2023-12-31T23:30:00.000Z' })).registerComplaint.reference).toBe('K-2024-00001');
  });
});

describe('lifecycle', () => {
  it('goes RECEIVED → ACKNOWLEDGED → IN_PROGRESS → RESOLVED → CLOSED with a timeline entry per step', async () => {
    const c = await register(co, { promiseIds: [P1] });
    let x = (await co.data(ACKNOWLEDGE, { id: c.id, input: { expectedVersion: c.version, note: 'Letter sent', letter: LETTER } })).acknowledgeComplaint;
    expect(x).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgedOnTime: true });
    x = (await qm.data(START, { id: c.id, input: { expectedVersion: x.version, handlerId: alpha.users.COMPLAINT_OFFICER } })).startComplaintHandling;
    expect(x).toMatchObject({ status: 'IN_PROGRESS', handler: { id: alpha.users.COMPLAINT_OFFICER } });
    x = (await co.data(RESOLVE, { id: c.id, input: { expectedVersion: x.version, decision: '  Fee waived.  ', outcome: 'PARTIALLY_UPHELD', note: 'Called back', letter: LETTER } }))
      .resolveComplaint;
    expect(x).toMatchObject({ status: 'RESOLVED', decision: 'Fee waived.', outcome: 'PARTIALLY_UPHELD', resolvedOnTime: true, isOverdue: false });
    x = (await co.data(CLOSE, { id: c.id, input: { expectedVersion: x.version } })).closeComplaint;
    expect(x.status).toBe('CLOSED');
    expect(x.closedAt).not.toBeNull();
    expect(x.timeline.map((t) => [t.from, t.to, t.note, t.actor!.id])).toEqual([
      [null, 'RECEIVED', null, alpha.users.COMPLAINT_OFFICER],
      ['RECEIVED', 'ACKNOWLEDGED', 'Letter sent', alpha.users.COMPLAINT_OFFICER],
      ['ACKNOWLEDGED', 'IN_PROGRESS', null, alpha.users.QUALITY_MANAGER],
      ['IN_PROGRESS', 'RESOLVED', 'Called back', alpha.users.COMPLAINT_OFFICER],
      ['RESOLVED', 'CLOSED', null, alpha.users.COMPLAINT_OFFICER],
    ]);
    const times = x.timeline.map((t) => t.at);
    expect([...times].sort()).toEqual(times);
  });

  it('goes RESOLVED → ESCALATED → CLOSED with the disputes committee’s decision', async () => {
    const resolved = await advance(await register(), 'RESOLVED');
    const escalated = (await co.data(ESCALATE, { id: resolved.id, input: { expectedVersion: resolved.version, body: 'Geschillencommissie', note: 'Complainant disagrees' } }))
      .escalateComplaint;
    expect(escalated.status).toBe('ESCALATED');
    expect(escalated.escalation).toMatchObject({ body: 'Geschillencommissie', outcome: null, binding: null, decidedAt: null });
    const closeDirectly = await co.error(CLOSE, { id: resolved.id, input: { expectedVersion: escalated.version } });
    expect(closeDirectly).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'id' }] } });
    const closed = (await qm.data(DECIDE, { id: resolved.id, input: { expectedVersion: escalated.version, outcome: 'REJECTED', binding: true } })).recordEscalationDecision;
    expect(closed.status).toBe('CLOSED');
    expect(closed.escalation).toMatchObject({ body: 'Geschillencommissie', outcome: 'REJECTED', binding: true });
    expect(closed.escalation!.decidedAt).not.toBeNull();
    expect(closed.timeline.slice(-2).map((t) => [t.from, t.to])).toEqual([['RESOLVED', 'ESCALATED'], ['ESCALATED', 'CLOSED']]);
    // The deprecated operations run on a disputes-body case: the body named is added (its kind unset), the case decided and still open.
    const kase = (await co.data(DISPUTES_CASE, { id: resolved.id })).complaint!.disputesCase;
    expect(kase).toMatchObject({ status: 'DECIDED', outcome: 'REJECTED', binding: true, body: { name: 'Geschillencommissie', outcomeKind: null } });
  });

  // RECEIVED → ESCALATED is allowed for a complaint a disputes body forwards (registerForwardedDisputesCase), not by escalating.
  it.each<[string, (c: ComplaintFields) => Promise<FirstError>, string, string, string[]]>([
    ['close a RECEIVED complaint', (c) => co.error(CLOSE, stepOn(c, {})), 'RECEIVED', 'CLOSED', ['ACKNOWLEDGED', 'ESCALATED']],
    ['resolve a RECEIVED complaint', (c) => co.error(RESOLVE, stepOn(c, { decision: 'D', outcome: 'UPHELD' as const, letter: LETTER })), 'RECEIVED', 'RESOLVED', ['ACKNOWLEDGED', 'ESCALATED']],
    ['start handling a RECEIVED complaint', (c) => co.error(START, stepOn(c, { handlerId: null })), 'RECEIVED', 'IN_PROGRESS', ['ACKNOWLEDGED', 'ESCALATED']],
    ['escalate a RECEIVED complaint', (c) => co.error(ESCALATE, stepOn(c, { body: 'Committee' })), 'RECEIVED', 'ESCALATED', ['ACKNOWLEDGED']],
  ])('refuses to %s with INVALID_TRANSITION naming the states, changing nothing', async (_name, refuse, from, to, allowed) => {
    const c = await register();
    const e = await refuse(c);
    expect(e.code).toBe('INVALID_TRANSITION');
    expect(e.extensions).toMatchObject({ entity: 'Complaint', from, to, allowed });
    expect(e.message).toContain(`from ${from} to ${to}`);
    expect((await co.data(COMPLAINT, { id: c.id })).complaint).toMatchObject({ status: 'RECEIVED', version: c.version });
  });

  it('refuses to acknowledge twice and to reopen a CLOSED complaint', async () => {
    const closed = await advance(await register(), 'CLOSED');
    const again = await co.error(ACKNOWLEDGE, { id: closed.id, input: { expectedVersion: closed.version, letter: LETTER } });
    expect(again).toMatchObject({ code: 'INVALID_TRANSITION', extensions: { from: 'CLOSED', to: 'ACKNOWLEDGED', allowed: ['IN_PROGRESS', 'ESCALATED'] } });
    // Reopening takes a reason (reopenComplaint), not a plain step.
    const start = await co.error(START, { id: closed.id, input: { expectedVersion: closed.version, handlerId: alpha.users.COMPLAINT_OFFICER } });
    expect(start).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'id' }] } });
    const edit = await co.error(UPDATE, { id: closed.id, input: { expectedVersion: closed.version, categories: ['LEGAL'] } });
    expect(edit).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'id' }] } });
  });

  it('needs a complaint officer as handler to start handling', async () => {
    const acknowledged = await advance(await register(), 'ACKNOWLEDGED');
    const input = (handlerId?: string) => ({ id: acknowledged.id, input: { expectedVersion: acknowledged.version, handlerId } });
    expect(await co.error(START, input())).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.handlerId' }] } });
    expect(await co.error(START, input(alpha.users.STAFF))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.handlerId' }] } });
    expect(await co.error(START, input(beta.users.COMPLAINT_OFFICER))).toMatchObject({ code: 'NOT_FOUND', extensions: { field: 'input.handlerId' } });
    const retired = await app.dataSource.getRepository(User).save(
      app.dataSource.getRepository(User).create({ organizationId: alpha.id, name: 'Retired officer', email: 'retired@alpha.example', roles: [Role.COMPLAINT_OFFICER], active: false }),
    );
    expect(await co.error(START, input(retired.id))).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.handlerId' }] } });
    expect((await co.data(COMPLAINT, { id: acknowledged.id })).complaint!.status).toBe('ACKNOWLEDGED');
  });

  it('resolves only a complaint linked to at least one promise', async () => {
    const inProgress = await advance(await register(co, { promiseIds: [] }), 'IN_PROGRESS');
    const e = await co.error(RESOLVE, { id: inProgress.id, input: { expectedVersion: inProgress.version, decision: 'Refund', outcome: 'UPHELD', letter: LETTER } });
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'promises' }] } });
    expect((await co.data(COMPLAINT, { id: inProgress.id })).complaint!.status).toBe('IN_PROGRESS');
    const linked = (await co.data(UPDATE, { id: inProgress.id, input: { expectedVersion: inProgress.version, promiseIds: [P2] } })).updateComplaint;
    expect(linked.promises).toEqual([{ id: P2, key: 'P2' }]);
    const resolved = (await co.data(RESOLVE, { id: inProgress.id, input: { expectedVersion: linked.version, decision: 'Refund', outcome: 'UPHELD', letter: LETTER } })).resolveComplaint;
    expect(resolved.status).toBe('RESOLVED');
    const unlink = await co.error(UPDATE, { id: inProgress.id, input: { expectedVersion: resolved.version, promiseIds: [] } });
    expect(unlink).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.promiseIds' }] } });
  });

  it('records satisfaction from 1 to 5 once resolved', async () => {
    const inProgress = await advance(await register(), 'IN_PROGRESS');
    const early = await co.error(SATISFACTION, { id: inProgress.id, input: { expectedVersion: inProgress.version, satisfaction: 4 } });
    expect(early).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.satisfaction' }] } });
    const current = (await co.data(RESOLVE, { id: inProgress.id, input: { expectedVersion: inProgress.version, decision: 'Done', outcome: 'REJECTED', letter: LETTER } })).resolveComplaint;
    const six = await co.error(SATISFACTION, { id: current.id, input: { expectedVersion: current.version, satisfaction: 6 } });
    expect(six).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.satisfaction' }] } });
    const recorded = (await co.data(SATISFACTION, { id: current.id, input: { expectedVersion: current.version, satisfaction: 4 } })).recordComplaintSatisfaction;
    expect(recorded.satisfaction).toBe(4);
  });

  it('answers CONFLICT to a step taken on a stale version', async () => {
    const c = await register();
    await co.data(UPDATE, { id: c.id, input: { expectedVersion: c.version, categories: ['LEGAL'] } });
    const e = await co.error(ACKNOWLEDGE, { id: c.id, input: { expectedVersion: c.version, letter: LETTER } });
    expect(e).toMatchObject({ code: 'CONFLICT', extensions: { field: 'input.expectedVersion' } });
    expect((await co.data(COMPLAINT, { id: c.id })).complaint!.status).toBe('RECEIVED');
  });
});

describe('roles', () => {
  /** A step on complaint `c` as `client` sends it: refused (its first error) or taken (the complaint after it). */
  interface Step {
    refuse(client: ApiClient, c: ComplaintFields): Promise<FirstError>;
    take(client: ApiClient, c: ComplaintFields): Promise<ComplaintFields>;
  }
  const transitions: [string, 'RECEIVED' | 'ACKNOWLEDGED' | 'IN_PROGRESS' | 'RESOLVED' | 'ESCALATED', Step][] = [
    ['acknowledgeComplaint', 'RECEIVED', {
      refuse: (client, c) => client.error(ACKNOWLEDGE, stepOn(c, { letter: LETTER })),
      take: async (client, c) => (await client.data(ACKNOWLEDGE, stepOn(c, { letter: LETTER }))).acknowledgeComplaint,
    }],
    ['startComplaintHandling', 'ACKNOWLEDGED', {
      refuse: (client, c) => client.error(START, stepOn(c, { handlerId: null })),
      take: async (client, c) => (await client.data(START, stepOn(c, { handlerId: null }))).startComplaintHandling,
    }],
    ['resolveComplaint', 'IN_PROGRESS', {
      refuse: (client, c) => client.error(RESOLVE, stepOn(c, { decision: 'Refund', outcome: 'UPHELD' as const, letter: LETTER })),
      take: async (client, c) => (await client.data(RESOLVE, stepOn(c, { decision: 'Refund', outcome: 'UPHELD' as const, letter: LETTER }))).resolveComplaint,
    }],
    ['closeComplaint', 'RESOLVED', {
      refuse: (client, c) => client.error(CLOSE, stepOn(c, {})),
      take: async (client, c) => (await client.data(CLOSE, stepOn(c, {}))).closeComplaint,
    }],
    ['escalateComplaint', 'RESOLVED', {
      refuse: (client, c) => client.error(ESCALATE, stepOn(c, { body: 'Geschillencommissie' })),
      take: async (client, c) => (await client.data(ESCALATE, stepOn(c, { body: 'Geschillencommissie' }))).escalateComplaint,
    }],
    ['recordEscalationDecision', 'ESCALATED', {
      refuse: (client, c) => client.error(DECIDE, stepOn(c, { outcome: 'UPHELD' as const, binding: true })),
      take: async (client, c) => (await client.data(DECIDE, stepOn(c, { outcome: 'UPHELD' as const, binding: true }))).recordEscalationDecision,
    }],
  ];

  it.each(transitions)('lets only complaint officers and quality managers %s', async (_name, from, step) => {
    const registered = await register(co, { handlerId: alpha.users.COMPLAINT_OFFICER });
    const c = from === 'RECEIVED' ? registered : await advance(registered, from);
    for (const role of [Role.TOP_MANAGEMENT, Role.AUDITOR, Role.STAFF]) {
      const e = await step.refuse(await app.as(alpha, role), c);
      expect({ role, code: e.code }).toEqual({ role, code: 'FORBIDDEN' });
    }
    expect((await co.data(COMPLAINT, { id: c.id })).complaint!.version).toBe(c.version);
    const done = await step.take(qm, c);
    expect(done.version).toBe(c.version + 1);
    expect(done.timeline.at(-1)!.actor!.id).toBe(alpha.users.QUALITY_MANAGER);
  });

  it('lets only complaint officers and quality managers update, record satisfaction and anonymise, and staff register too', async () => {
    const closed = await advance(await register(), 'CLOSED');
    for (const role of [Role.TOP_MANAGEMENT, Role.AUDITOR, Role.STAFF]) {
      const client = await app.as(alpha, role);
      if (role !== Role.STAFF) expect((await client.error(REGISTER, { input: letter() })).code).toBe('FORBIDDEN');
      expect((await client.error(UPDATE, { id: closed.id, input: { expectedVersion: closed.version, subject: 'X' } })).code).toBe('FORBIDDEN');
      expect((await client.error(SATISFACTION, { id: closed.id, input: { expectedVersion: closed.version, satisfaction: 3 } })).code).toBe('FORBIDDEN');
      expect((await client.error(ANONYMIZE, { id: closed.id, expectedVersion: closed.version })).code).toBe('FORBIDDEN');
    }
    expect((await qm.data(REGISTER, { input: letter() })).registerComplaint.registeredBy!.id).toBe(alpha.users.QUALITY_MANAGER);
  });

  it('lets top management and auditors read complaints, and staff only those they registered', async () => {
    expect((await top.data(LIST, { first: 1 })).complaints!.totalCount).toBeGreaterThan(0);
    expect((await auditor.data(COUNTS)).complaintCounts!.total).toBeGreaterThan(0);
    const own = await register(staff);
    expect((await staff.data(LIST, {})).complaints!.edges.map((e) => e.node.id)).toEqual([own.id]);
    expect((await staff.error(COUNTS)).code).toBe('FORBIDDEN');
  });
});

describe('finding complaints', () => {
  let zeta: TestOrganization;
  let officer: ApiClient;
  let lineage: CodeFixture;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    zeta = await app.createOrganization('zeta');
    officer = await app.as(zeta, Role.COMPLAINT_OFFICER);
    lineage = await createCode(app.dataSource, zeta, [CodeVersionStatus.SUPERSEDED, CodeVersionStatus.PUBLISHED], ['P1', 'P2']);
    const add = async (name: string, input: Partial<RegisterComplaintInput>) => {
      ids[name] = (await officer.data(REGISTER, { input: letter({ promiseIds: [lineage.promises[1].P2.id], categories: [], ...input }) })).registerComplaint.id;
    };
    await add('old', { receivedAt: '2025-03-03T09:00:00.000Z', subject: 'Old arrangement', promiseIds: [lineage.promises[0].P1.id], categories: ['LEGAL'] });
    await add('march', { receivedAt: '2026-03-02T09:00:00.000Z', subject: 'Wrong interest', categories: ['FINANCIAL', 'LEGAL'], handlerId: zeta.users.COMPLAINT_OFFICER });
    await add('recent', { subject: 'Unfriendly 100% rude collector', categories: ['CONDUCT'], promiseIds: [lineage.promises[1].P1.id] });
    await add('web', { channel: 'WEB', subject: 'Statement missing', receivedAt: '2026-06-01T09:00:00.000Z' });
  });

  const listed = async (vars: ComplaintsListQueryVariables) => (await officer.data(LIST, { first: 100, ...vars })).complaints!.edges.map((e) => e.node.id);

  it('sorts newest first by default and by earliest resolution deadline on request', async () => {
    expect(await listed({})).toEqual([ids.recent, ids.web, ids.march, ids.old]);
    expect(await listed({ sort: 'RESOLUTION_DUE_AT' })).toEqual([ids.old, ids.march, ids.web, ids.recent]);
  });

  it('pages with keyset cursors through the whole list', async () => {
    const seen: string[] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const page: NonNullable<ComplaintsListQuery['complaints']> = (await officer.data(LIST, { first: 3, after, sort: 'RESOLUTION_DUE_AT' })).complaints!;
      seen.push(...page.edges.map((e) => e.node.id));
      expect(page.totalCount).toBe(4);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([ids.old, ids.march, ids.web, ids.recent]);
  });

  it('filters by status, category, handler, overdue, receipt period and text', async () => {
    const acknowledged = (await officer.data(COMPLAINT, { id: ids.recent })).complaint!;
    await officer.data(ACKNOWLEDGE, { id: ids.recent, input: { expectedVersion: acknowledged.version, letter: { channel: 'POST', language: 'nl', text: 'Wij hebben uw klacht ontvangen.' } } });
    expect(await listed({ status: ['ACKNOWLEDGED'] })).toEqual([ids.recent]);
    expect(await listed({ status: ['RECEIVED', 'ACKNOWLEDGED'] })).toHaveLength(4);
    expect(await listed({ category: 'LEGAL' })).toEqual([ids.march, ids.old]);
    expect(await listed({ handlerId: zeta.users.COMPLAINT_OFFICER })).toEqual([ids.march]);
    expect(await listed({ overdue: true })).toEqual([ids.web, ids.march, ids.old]);
    expect(await listed({ overdue: false })).toEqual([ids.recent]);
    expect(await listed({ receivedFrom: '2026-01-01T00:00:00.000Z', receivedTo: '2026-06-01T09:00:00.000Z' })).toEqual([ids.march]);
    expect(await listed({ search: 'INTEREST' })).toEqual([ids.march]);
    expect(await listed({ search: '100%' })).toEqual([ids.recent]);
    const reference = (await officer.data(COMPLAINT, { id: ids.old })).complaint!.reference;
    expect(await listed({ search: reference })).toEqual([ids.old]);
    expect(await listed({ category: 'FINANCIAL', overdue: true, search: 'wrong' })).toEqual([ids.march]);
  });

  it("finds complaints about a promise in any version of its code", async () => {
    const p1v2 = lineage.promises[1].P1.id;
    expect(await listed({ promiseId: p1v2 })).toEqual([ids.recent, ids.old]);
    expect(await listed({ promiseId: lineage.promises[0].P2.id })).toEqual([ids.web, ids.march]);
    const about = (await officer.data(PROMISE_COMPLAINTS, { id: ids.recent })).complaint!;
    expect(about.promises).toEqual([{ key: 'P1', complaints: { totalCount: 2, edges: [{ node: { id: ids.recent } }, { node: { id: ids.old } }] } }]);
  });

  it('refuses bad filters with the field named', async () => {
    expect(await officer.error(LIST, { promiseId: P1 })).toMatchObject({ code: 'NOT_FOUND', extensions: { field: 'promiseId' } });
    expect(await officer.error(LIST, { handlerId: randomUUID() })).toMatchObject({ code: 'NOT_FOUND', extensions: { field: 'handlerId' } });
    expect(await officer.error(LIST, { handlerId: 'nobody' })).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'handlerId', message: 'must be a UUID' }] } });
    expect(await officer.error(LIST, { receivedFrom: '2026-02-01T00:00:00Z', receivedTo: '2026-01-01T00:00:00Z' })).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: [{ field: 'receivedTo' }] },
    });
    expect((await officer.error(LIST, { first: 101 })).code).toBe('BAD_USER_INPUT');
  });

  it('counts complaints per status for a dashboard badge', async () => {
    const counts = (await officer.data(COUNTS)).complaintCounts!;
    expect(counts).toEqual({
      total: 4,
      unresolved: 4,
      unresolvedOverdue: 3,
      byStatus: [
        { status: 'RECEIVED', count: 3 },
        { status: 'ACKNOWLEDGED', count: 1 },
        { status: 'IN_PROGRESS', count: 0 },
        { status: 'RESOLVED', count: 0 },
        { status: 'ESCALATED', count: 0 },
        { status: 'CLOSED', count: 0 },
      ],
    });
  });
});

describe('smoke: privacy', () => {
  it('shows the complainant to complaint officers and quality managers only; others read the complaint without it', async () => {
    const c = await register();
    for (const client of [co, qm]) expect((await client.data(COMPLAINT, { id: c.id })).complaint!.complainant!.name).toBe('Jan Jansen');
    for (const client of [top, auditor]) {
      const seen = (await client.data(COMPLAINT, { id: c.id })).complaint!;
      expect(seen.complainant).toBeNull();
      expect(seen.subject).toBe('Payment arrangement refused');
    }
    // Staff read only the complaints they registered, and never the complainant.
    expect((await staff.error(COMPLAINT, { id: c.id })).code).toBe('NOT_FOUND');
  });

  it('never writes personal data into audit events', async () => {
    const c = await register(co, { complainant: { name: 'Grietje Privé', email: 'grietje@private.example', phone: '0612345678', customerReference: 'CUST-998877' } });
    const updated = (await co.data(UPDATE, { id: c.id, input: { expectedVersion: c.version, subject: 'Changed subject' } })).updateComplaint;
    await co.data(ACKNOWLEDGE, { id: c.id, input: { expectedVersion: updated.version, note: 'Spoke with Grietje Privé', letter: LETTER } });
    const events = (await qm.data(AUDIT_EVENTS, { id: c.id })).auditEvents!.edges;
    expect(events.map((e) => e.node.action).sort()).toEqual(['Complaint.acknowledged', 'Complaint.received', 'Complaint.updated']);
    const received = events.find((e) => e.node.action === 'Complaint.received')!.node.changes!;
    expect(received.reference).toEqual({ to: c.reference });
    expect(received.status).toEqual({ to: 'RECEIVED' });
    expect(received.complainantName).toEqual({ redacted: true });
    expect(received.description).toEqual({ redacted: true });
    const all: { text: string }[] = await app.dataSource.query(`SELECT changes::text AS text FROM audit_event WHERE organization_id = $1`, [alpha.id]);
    for (const secret of ['Grietje', 'grietje@private.example', '0612345678', 'CUST-998877', 'refused without a reason', 'Changed subject']) {
      expect(all.filter((r) => r.text.includes(secret))).toEqual([]);
    }
  });

  it('anonymises only CLOSED complaints, irreversibly, keeping what statistics need', async () => {
    const open = await register();
    expect(await co.error(ANONYMIZE, { id: open.id, expectedVersion: open.version })).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: [{ field: 'id' }] },
    });
    const closed = await advance(await register(co, { categories: ['CONDUCT', 'LEGAL'] }), 'CLOSED');
    const rated = (await co.data(SATISFACTION, { id: closed.id, input: { expectedVersion: closed.version, satisfaction: 2 } })).recordComplaintSatisfaction;
    const anonymised = (await qm.data(ANONYMIZE, { id: closed.id, expectedVersion: rated.version })).anonymizeComplaint;
    expect(anonymised).toMatchObject({
      reference: closed.reference,
      receivedAt: closed.receivedAt,
      acknowledgementDueAt: closed.acknowledgementDueAt,
      resolvedAt: closed.resolvedAt,
      channel: 'LETTER',
      subject: 'Payment arrangement refused',
      categories: ['CONDUCT', 'LEGAL'],
      outcome: 'UPHELD',
      decision: closed.decision,
      satisfaction: 2,
      promises: [{ id: P1, key: 'P1' }],
      status: 'CLOSED',
      description: null,
      complainant: null,
    });
    expect(anonymised.anonymizedAt).not.toBeNull();
    expect(anonymised.timeline.map((t) => t.note)).toEqual([null, null, null, null, null]);
    expect(anonymised.timeline.map((t) => t.to)).toEqual(['RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED']);
    const row = await app.dataSource.getRepository(Complaint).findOneByOrFail({ id: closed.id });
    expect([row.complainantName, row.complainantEmail, row.complainantPhone, row.customerReference, row.description]).toEqual([null, null, null, null, null]);
    const notes = await app.dataSource.getRepository(ComplaintTimelineEntry).findBy({ complaintId: closed.id });
    expect(notes.map((n) => n.note)).toEqual([null, null, null, null, null]);
    const again = await qm.error(ANONYMIZE, { id: closed.id, expectedVersion: anonymised.version });
    expect(again).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'id' }] } });
    expect((await co.data(LIST, { search: closed.reference })).complaints!.totalCount).toBe(1);
  });
});

describe('bad input changes nothing', () => {
  let withdrawn: CodeFixture;
  let draft: CodeFixture;
  let foreign: CodeFixture;

  beforeAll(async () => {
    withdrawn = await createCode(app.dataSource, alpha, [CodeVersionStatus.WITHDRAWN]);
    draft = await createCode(app.dataSource, alpha, [CodeVersionStatus.DRAFT]);
    foreign = await createCode(app.dataSource, beta);
  });

  it.each([
    ['an unknown channel', () => ({ ...letter(), channel: 'CARRIER_PIGEON' }), 'BAD_USER_INPUT', 'input.channel'],
    ['an unknown category', () => ({ ...letter(), categories: ['WEATHER'] }), 'BAD_USER_INPUT', 'input.categories'],
    ['a promise of another organisation', () => letter({ promiseIds: [foreign.promises[0].P1.id] }), 'NOT_FOUND', 'input.promiseIds'],
    ['a promise that does not exist', () => letter({ promiseIds: [randomUUID()] }), 'NOT_FOUND', 'input.promiseIds'],
    ['a promise of a withdrawn code version', () => letter({ promiseIds: [withdrawn.promises[0].P1.id] }), 'BAD_USER_INPUT', 'input.promiseIds'],
    ['a promise of an unpublished draft', () => letter({ promiseIds: [draft.promises[0].P1.id] }), 'BAD_USER_INPUT', 'input.promiseIds'],
    ['a receipt in the future', () => letter({ receivedAt: DateTime.now().plus({ days: 1 }).toISO() }), 'BAD_USER_INPUT', 'input.receivedAt'],
    ['an empty description', () => letter({ description: '' }), 'BAD_USER_INPUT', 'input.description'],
    ['a blank description', () => letter({ description: '   ' }), 'BAD_USER_INPUT', 'input.description'],
    ['an invalid email address', () => letter({ complainant: { name: 'X', email: 'not-an-email' } }), 'BAD_USER_INPUT', 'input.complainant.email'],
    ['a handler who is not a complaint officer', () => letter({ handlerId: alpha.users.AUDITOR }), 'BAD_USER_INPUT', 'input.handlerId'],
  ])('refuses %s with a clear error naming the field', async (_name, input, code, field) => {
    const complaints = await complaintsOf(alpha);
    const audits = await auditCount();
    // Some inputs are of the wrong type on purpose: the document is sent untyped.
    const e = await co.error(String(REGISTER), { input: input() });
    expect(e.code).toBe(code);
    const named = [e.extensions.field, ...(e.extensions.fields ?? []).map((f) => f.field)].filter((f): f is string => typeof f === 'string' && f !== '');
    expect(named.some((f) => f.startsWith(field))).toBe(true);
    expect(await complaintsOf(alpha)).toBe(complaints);
    expect(await auditCount()).toBe(audits);
  });

  it("refuses another organisation's complaint exactly like a missing one", async () => {
    const c = await register();
    const other = await app.as(beta, Role.COMPLAINT_OFFICER);
    const missing = randomUUID();
    const foreignRead = await other.error(COMPLAINT, { id: c.id });
    const missingRead = await other.error(COMPLAINT, { id: missing });
    expect(foreignRead.code).toBe('NOT_FOUND');
    expect(foreignRead.message.replace(c.id, '<id>')).toBe(missingRead.message.replace(missing, '<id>'));
    expect((await other.error(ACKNOWLEDGE, { id: c.id, input: { expectedVersion: c.version, letter: LETTER } })).code).toBe('NOT_FOUND');
    expect((await other.data(LIST, { search: c.reference })).complaints!.totalCount).toBe(0);
    expect((await co.data(COMPLAINT, { id: c.id })).complaint!.status).toBe('RECEIVED');
  });
});

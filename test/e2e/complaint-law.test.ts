import { DateTime } from 'luxon';
import pino from 'pino';
import { Role } from '../../src/common/roles';
import { deadline } from '../../src/common/deadlines';
import { DeadlineUnit } from '../../src/common/organization.entity';
import { Complaint } from '../../src/modules/complaint/complaint.entity';
import { User } from '../../src/modules/user/user.entity';
import { runRetention } from '../../src/modules/complaint';
import { workingDaysBetween } from '../../src/modules/complaint/complaint.service';
import { startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { createCode, createCorrespondence, type CodeFixture } from '../support/fixtures';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../graphql';
import type { RegisterComplaintInput } from '../graphql/graphql';

/**
 * Complaint handling as the law runs it: statutory rule packs and compliance, intake at the front
 * line (staff, complainant type, address, employee concerned, objections to the debt), extensions
 * and pauses of the resolution term, reopening, complaints outside the code and retention.
 */

const FIELDS = graphql(`fragment LawComplaintFields on Complaint { id version reference status kind receivedAt
  acknowledgementDueAt resolutionDueAt extendedResolutionDueAt workingResolutionDueAt pausedAt pausedWorkingDays
  resolvedAt resolvedOnTime closedAt reopenedAt reopenCount outsideCodeReason isOverdue anonymizedAt
  complainantType complainantMandate employeeInformedAt employeeConcerned { id } handler { id } registeredBy { id }
  complainant { name address mandateReference }
  timeline { kind from to note dueAt actor { id } } }`);
const LETTERS = graphql(`query LawLetters($id: ID!) { complaint(id: $id) { letters { id kind language body } timeline { kind letter { id kind } } } }`);
type ComplaintFields = ResultOf<typeof FIELDS>;

const ORG = graphql(`query LawOrganization { organization { version statutoryRulePack complaintPolicy { acknowledgeWithin acknowledgeUnit resolveWithin resolveUnit }
  statutoryRules { pack title acknowledgement { within unit source { law article url } } disputesBody { required source { law } } retention { years source { law article url } } notes }
  compliance { rule field description currentValue requiredValue source { law article url } } } }`);
const UPDATE_ORG = graphql(`mutation LawUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { version statutoryRulePack
  complaintPolicy { acknowledgeWithin acknowledgeUnit } compliance { rule currentValue requiredValue } } }`);
const REGISTER = graphql(`mutation LawRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { ...LawComplaintFields } }`);
const SUBMIT = graphql(`mutation LawSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }`);
const COMPLAINT = graphql(`query LawComplaint($id: ID!) { complaint(id: $id) { ...LawComplaintFields } }`);
const LIST = graphql(`query LawList($overdue: Boolean, $kind: ComplaintKind, $search: String) { complaints(first: 100, overdue: $overdue, kind: $kind, search: $search) {
  totalCount edges { node { id reference isOverdue } } } }`);
const UPDATE = graphql(`mutation LawUpdate($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { ...LawComplaintFields } }`);
const ACKNOWLEDGE = graphql(`mutation LawAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { ...LawComplaintFields } }`);
const START = graphql(`mutation LawStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { ...LawComplaintFields } }`);
const RESOLVE = graphql(`mutation LawResolve($id: ID!, $input: ResolveComplaintInput!) { resolveComplaint(id: $id, input: $input) { ...LawComplaintFields } }`);
const CLOSE = graphql(`mutation LawClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { ...LawComplaintFields } }`);
const INFORM = graphql(`mutation LawInform($id: ID!, $input: ComplaintStepInput!) { informEmployeeConcerned(id: $id, input: $input) { ...LawComplaintFields } }`);
const EXTEND = graphql(`mutation LawExtend($id: ID!, $input: ExtendComplaintDeadlineInput!) { extendComplaintDeadline(id: $id, input: $input) { ...LawComplaintFields } }`);
const PAUSE = graphql(`mutation LawPause($id: ID!, $input: ComplaintReasonInput!) { pauseComplaint(id: $id, input: $input) { ...LawComplaintFields } }`);
const RESUME = graphql(`mutation LawResume($id: ID!, $input: ComplaintStepInput!) { resumeComplaint(id: $id, input: $input) { ...LawComplaintFields } }`);
const REOPEN = graphql(`mutation LawReopen($id: ID!, $input: ComplaintReasonInput!) { reopenComplaint(id: $id, input: $input) { ...LawComplaintFields } }`);
const ANONYMIZE = graphql(`mutation LawAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { ...LawComplaintFields } }`);
const DUE = graphql(`query LawDue { complaintsDueForAnonymisation { dryRun due references } }`);
const ANONYMIZE_DUE = graphql(`mutation LawAnonymizeDue($input: AnonymizeDueComplaintsInput!) { anonymizeDueComplaints(input: $input) { dryRun due references } }`);
const GAPS = graphql(`query LawCodeGaps { codeGaps { total words { word count } byCategory { category count words { word count } } } }`);
const ANALYSIS = graphql(`query LawAnalysis($year: Int!) { complaintAnalysis(year: $year) { totals { received resolved unresolved withoutPromise } } }`);
const STATUS = graphql(`query LawCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) { promises { promise { key } complaints { received open } } } }`);
const AUDIT = graphql(`query LawAudit($id: ID) { auditEvents(entityId: $id, first: 50) { edges { node { action changes } } } }`);

const ZONE = 'Europe/Amsterdam';
let app: TestApp;
let alpha: TestOrganization;
let co: ApiClient;
let qm: ApiClient;
let top: ApiClient;
let staff: ApiClient;
let code: CodeFixture;
let P1: string;

const letter = (overrides: Partial<RegisterComplaintInput> = {}): RegisterComplaintInput => ({
  channel: 'PHONE',
  subject: 'Collector was rude on the phone',
  description: 'The collector raised his voice and would not listen.',
  complainant: { name: 'Jan Jansen', email: 'jan@example.nl' },
  categories: ['CONDUCT'],
  promiseIds: [P1],
  ...overrides,
});
const register = async (overrides: Partial<RegisterComplaintInput> = {}, client: ApiClient = co) => (await client.data(REGISTER, { input: letter(overrides) })).registerComplaint;
const LETTER = { channel: 'EMAIL' as const, language: 'en' };
const step = <I extends object>(c: ComplaintFields, input: I) => ({ id: c.id, input: { expectedVersion: c.version, ...input } });
const read = async (id: string) => (await co.data(COMPLAINT, { id })).complaint!;
const daysAgo = (days: number) => DateTime.now().minus({ days }).toJSDate().toISOString();
const year = () => DateTime.now().setZone(ZONE).year;

async function advance(c: ComplaintFields, to: 'ACKNOWLEDGED' | 'IN_PROGRESS' | 'RESOLVED' | 'CLOSED'): Promise<ComplaintFields> {
  c = (await co.data(ACKNOWLEDGE, step(c, { letter: LETTER }))).acknowledgeComplaint;
  if (to === 'ACKNOWLEDGED') return c;
  c = (await co.data(START, step(c, { handlerId: alpha.users.COMPLAINT_OFFICER }))).startComplaintHandling;
  if (to === 'IN_PROGRESS') return c;
  c = (await co.data(RESOLVE, step(c, { decision: 'Apologies offered.', outcome: 'UPHELD' as const, letter: LETTER }))).resolveComplaint;
  if (to === 'RESOLVED') return c;
  return (await co.data(CLOSE, step(c, {}))).closeComplaint;
}

/** Acknowledged an hour after receipt (the API acknowledges now): only the resolution deadline is at stake. */
async function acknowledgedInTime(c: ComplaintFields): Promise<ComplaintFields> {
  const acknowledgedAt = new Date(new Date(c.receivedAt).getTime() + 3_600_000);
  await app.dataSource.getRepository(Complaint).update({ id: c.id }, { acknowledgedAt, acknowledgedOnTime: true });
  return read(c.id);
}

async function setPack(pack: 'NONE' | 'NL_WKI' | 'NO_INKASSO', policy?: { acknowledgeWithin: number }) {
  const { version } = (await top.data(ORG)).organization!;
  return (await top.data(UPDATE_ORG, { input: { expectedVersion: version, statutoryRulePack: pack, ...(policy ? { complaintPolicy: policy } : {}) } })).updateOrganization;
}

beforeAll(async () => {
  app = await startTestApp();
  alpha = await app.createOrganization();
  [co, qm, top, staff] = await Promise.all([Role.COMPLAINT_OFFICER, Role.QUALITY_MANAGER, Role.TOP_MANAGEMENT, Role.STAFF].map((r) => app.as(alpha, r)));
  code = await createCode(app.dataSource, alpha);
  await createCorrespondence(app.dataSource, alpha);
  P1 = code.promises[0].P1.id;
});
afterAll(() => app.close());

describe('statutory rule packs', () => {
  it('lets top management switch to the Wki while the policy is laxer, lists the violation with its source, refuses a laxer policy and moves no stored deadline', async () => {
    const before = (await top.data(ORG)).organization!;
    expect(before).toMatchObject({ statutoryRulePack: 'NONE', compliance: [], complaintPolicy: { acknowledgeWithin: 4, acknowledgeUnit: 'WORKING_DAYS' } });
    const earlier = await register();

    expect((await qm.error(UPDATE_ORG, { input: { expectedVersion: before.version, statutoryRulePack: 'NL_WKI' } })).code).toBe('FORBIDDEN');
    const switched = await setPack('NL_WKI');
    expect(switched.compliance).toEqual([{ rule: 'NL_WKI.acknowledgement', currentValue: '4 working days', requiredValue: 'at most 2 working days' }]);
    const org = (await top.data(ORG)).organization!;
    expect(org.statutoryRules).toMatchObject({
      pack: 'NL_WKI',
      acknowledgement: { within: 2, unit: 'WORKING_DAYS', source: { law: expect.stringContaining('Wki') } },
      disputesBody: { required: true },
      retention: { years: 2, source: { article: 'art. 5.1(4)' } },
    });
    expect(org.compliance[0]).toMatchObject({ field: 'complaintPolicy.acknowledgeWithin', source: { url: expect.stringContaining('nowid') } });
    // A stale version is a conflict, as for every organisation setting.
    expect((await top.error(UPDATE_ORG, { input: { expectedVersion: before.version, name: 'X' } })).code).toBe('CONFLICT');

    const laxer = await top.error(UPDATE_ORG, { input: { expectedVersion: org.version, complaintPolicy: { acknowledgeWithin: 3 } } });
    expect(laxer).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.complaintPolicy.acknowledgeWithin' }], violations: [{ rule: 'NL_WKI.acknowledgement' }] } });
    expect(laxer.message).toContain('Wki');
    expect(laxer.message).toContain('nowid.org');
    expect((await top.data(ORG)).organization!.version).toBe(org.version);

    const fixed = (await top.data(UPDATE_ORG, { input: { expectedVersion: org.version, complaintPolicy: { acknowledgeWithin: 2 } } })).updateOrganization;
    expect(fixed.compliance).toEqual([]);
    // Stricter than the law is allowed.
    const stricter = (await top.data(UPDATE_ORG, { input: { expectedVersion: fixed.version, complaintPolicy: { acknowledgeWithin: 1 } } })).updateOrganization;
    expect(stricter.complaintPolicy.acknowledgeWithin).toBe(1);
    await top.data(UPDATE_ORG, { input: { expectedVersion: stricter.version, complaintPolicy: { acknowledgeWithin: 2 } } });

    // Norway: the reference sets no terms, so nothing to violate; the notes say why.
    const norway = await setPack('NO_INKASSO');
    expect(norway.compliance).toEqual([]);
    expect((await top.data(ORG)).organization!.statutoryRules.notes.join(' ')).toContain('Prop. 3 L');
    await setPack('NL_WKI');

    expect((await read(earlier.id)).acknowledgementDueAt).toBe(earlier.acknowledgementDueAt);
    const later = await register();
    expect(new Date(later.acknowledgementDueAt).getTime()).toBeLessThan(new Date(earlier.acknowledgementDueAt).getTime());
    const events = (await top.data(AUDIT, { id: alpha.id })).auditEvents!.edges.map((e) => e.node);
    expect(events.some((e) => JSON.stringify(e.changes).includes('NL_WKI'))).toBe(true);
  });
});

describe('intake at the front line', () => {
  it('lets staff register complaints and read only their own; the complainant type, mandate and address are kept', async () => {
    const own = await register(
      { complainant: { name: 'Mr. De Vries', type: 'REPRESENTATIVE', mandate: true, mandateReference: 'Volmacht 2025-17', address: 'Kerkstraat 1, 1234 AB Utrecht' } },
      staff,
    );
    expect(own).toMatchObject({ registeredBy: { id: alpha.users.STAFF }, complainantType: 'REPRESENTATIVE', complainantMandate: true, complainant: null });
    expect((await co.data(COMPLAINT, { id: own.id })).complaint!.complainant).toEqual({ name: 'Mr. De Vries', address: 'Kerkstraat 1, 1234 AB Utrecht', mandateReference: 'Volmacht 2025-17' });
    const other = await register();
    expect((await staff.data(COMPLAINT, { id: own.id })).complaint!.reference).toBe(own.reference);
    expect(await staff.error(COMPLAINT, { id: other.id })).toMatchObject({ code: 'NOT_FOUND' });
    const listed = (await staff.data(LIST, {})).complaints!;
    expect(listed.edges.map((e) => e.node.id)).toEqual([own.id]);
    expect((await co.data(LIST, {})).complaints!.totalCount).toBeGreaterThan(1);
  });

  it('takes the complainant type and postal address from the public form', async () => {
    const { reference } = (await app.anonymous.data(SUBMIT, {
      slug: alpha.slug,
      input: { subject: 'Letter sent to my old address', description: 'I moved.', complainant: { name: 'Els', email: 'els@example.nl', type: 'DEBTOR', address: 'Dorpsweg 2, Zwolle' } },
    })).submitComplaint;
    const found = (await co.data(LIST, { search: reference })).complaints!.edges[0].node;
    expect(await read(found.id)).toMatchObject({ complainantType: 'DEBTOR', complainant: { address: 'Dorpsweg 2, Zwolle' } });
  });

  it('records that the employee concerned was informed and refuses them as handler', async () => {
    const concerned = alpha.users.COMPLAINT_OFFICER;
    const same = await co.error(REGISTER, { input: letter({ employeeConcernedId: concerned, handlerId: concerned }) });
    expect(same).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.handlerId' }] } });
    expect(same.message).toContain('employee concerned');
    let c = await register({ employeeConcernedId: concerned });
    c = (await co.data(ACKNOWLEDGE, step(c, { letter: LETTER }))).acknowledgeComplaint;
    expect(await co.error(START, step(c, { handlerId: concerned }))).toMatchObject({ extensions: { fields: [{ field: 'input.handlerId' }] } });
    c = (await co.data(INFORM, step(c, { note: 'Told by the team lead' }))).informEmployeeConcerned;
    expect(c.employeeInformedAt).not.toBeNull();
    expect(c.timeline.at(-1)).toMatchObject({ kind: 'EMPLOYEE_INFORMED', from: 'ACKNOWLEDGED', to: 'ACKNOWLEDGED', note: 'Told by the team lead' });
    expect((await co.error(INFORM, step(c, {}))).code).toBe('BAD_USER_INPUT');
    const users = app.dataSource.getRepository(User);
    const other = await users.save(users.create({ organizationId: alpha.id, name: 'Second officer', email: 'second.officer@law.example', roles: [Role.COMPLAINT_OFFICER] }));
    const handled = (await qm.data(START, step(c, { handlerId: other.id }))).startComplaintHandling;
    expect(handled).toMatchObject({ employeeConcerned: { id: concerned }, handler: { id: other.id } });
    expect(await co.error(UPDATE, step(handled, { employeeConcernedId: other.id }))).toMatchObject({ extensions: { fields: [{ field: 'input.employeeConcernedId' }] } });
  });

  it('keeps objections to the debt apart: no promises, resolved without one, counted in no complaint figure', async () => {
    const analysis = async () => (await qm.data(ANALYSIS, { year: year() })).complaintAnalysis!.totals;
    const status = async () => (await qm.data(STATUS, { codeId: code.code.id })).codeStatus!.promises;
    const [totals, figures] = [await analysis(), await status()];
    expect(await co.error(REGISTER, { input: letter({ kind: 'DEBT_OBJECTION' }) })).toMatchObject({ extensions: { fields: [{ field: 'input.promiseIds' }] } });
    let objection = await register({ kind: 'DEBT_OBJECTION', promiseIds: [], subject: 'The amount claimed is wrong' });
    expect(objection.kind).toBe('DEBT_OBJECTION');
    objection = await advance(objection, 'CLOSED');
    expect(objection.status).toBe('CLOSED');
    expect(await analysis()).toEqual(totals);
    expect(await status()).toEqual(figures);
    expect((await co.data(LIST, { kind: 'DEBT_OBJECTION' })).complaints!.edges.map((e) => e.node.id)).toContain(objection.id);

    const complaint = await register();
    expect(await co.error(UPDATE, step(complaint, { kind: 'DEBT_OBJECTION' }))).toMatchObject({ extensions: { fields: [{ field: 'input.kind' }] } });
    const moved = (await co.data(UPDATE, step(complaint, { kind: 'DEBT_OBJECTION', promiseIds: [] }))).updateComplaint;
    expect(moved.kind).toBe('DEBT_OBJECTION');
    expect((await analysis()).received).toBe(totals.received);
  });
});

describe('deadlines: extension and pause', () => {
  it('extends the working deadline with a reason, keeps the original for statistics and bounds the extension', async () => {
    // Received 20 days ago: the 14 calendar days of the policy have passed.
    const c = await acknowledgedInTime(await advance(await register({ receivedAt: daysAgo(20) }), 'IN_PROGRESS'));
    expect(c.isOverdue).toBe(true);
    expect(await co.error(EXTEND, step(c, { within: 15, unit: 'CALENDAR_DAYS' as const, reason: 'Waiting for the client', letter: LETTER }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { fields: [{ field: 'input.within' }] },
    });
    const reason = 'The client must check the payments first.';
    const extended = (await co.data(EXTEND, step(c, { within: 10, unit: 'CALENDAR_DAYS' as const, reason, letter: LETTER }))).extendComplaintDeadline;
    const expected = DateTime.fromISO(c.resolutionDueAt).setZone(ZONE).plus({ days: 10 }).endOf('day').toJSDate().toISOString();
    expect(extended).toMatchObject({ resolutionDueAt: c.resolutionDueAt, extendedResolutionDueAt: expected, workingResolutionDueAt: expected, isOverdue: false });
    expect(extended.timeline.at(-1)).toMatchObject({ kind: 'DEADLINE_EXTENDED', note: reason, dueAt: expected });
    // The complainant is told in writing: the new deadline and the reason, as the English template gives them.
    const newDay = DateTime.fromISO(expected).setZone(ZONE).setLocale('en').toLocaleString(DateTime.DATE_FULL);
    const { letters, timeline } = (await co.data(LETTERS, { id: c.id })).complaint!;
    expect(letters.at(-1)).toEqual({ id: expect.any(String), kind: 'EXTENSION', language: 'en', body: `${c.reference}: we need until ${newDay}. ${reason}` });
    expect(timeline.at(-1)).toEqual({ kind: 'DEADLINE_EXTENDED', letter: { id: letters.at(-1)!.id, kind: 'EXTENSION' } });
    expect((await co.data(LIST, { overdue: true })).complaints!.edges.map((e) => e.node.id)).not.toContain(c.id);
    expect((await co.data(LIST, { overdue: false })).complaints!.edges.map((e) => e.node.id)).toContain(c.id);
    // Together with the first, a second extension may not pass one further resolution term.
    expect((await co.error(EXTEND, step(extended, { within: 5, unit: 'CALENDAR_DAYS' as const, reason: 'More', letter: LETTER }))).code).toBe('BAD_USER_INPUT');
    const resolved = (await co.data(RESOLVE, step(extended, { decision: 'Explained.', outcome: 'REJECTED' as const, letter: LETTER }))).resolveComplaint;
    expect(resolved.resolvedOnTime).toBe(false);
  });

  it('pauses while waiting for the complainant: not overdue while paused, and the deadline moves by the working days paused', async () => {
    let c = await acknowledgedInTime(await advance(await register({ receivedAt: daysAgo(20) }), 'IN_PROGRESS'));
    c = (await co.data(PAUSE, step(c, { reason: 'Asked the complainant for the bank statement' }))).pauseComplaint;
    expect(c.pausedAt).not.toBeNull();
    expect(c.timeline.at(-1)).toMatchObject({ kind: 'PAUSED', note: 'Asked the complainant for the bank statement' });
    expect((await co.error(PAUSE, step(c, { reason: 'again' }))).code).toBe('BAD_USER_INPUT');
    expect(await co.error(RESOLVE, step(c, { decision: 'x', outcome: 'UPHELD' as const, letter: LETTER }))).toMatchObject({ extensions: { fields: [{ field: 'id' }] } });
    // The pause began 10 days ago, before the deadline passed (the API only pauses now).
    const pausedAt = new Date(Date.now() - 10 * 86_400_000);
    await app.dataSource.getRepository(Complaint).update({ id: c.id }, { pausedAt });
    c = await read(c.id);
    expect(c.isOverdue).toBe(false);
    expect((await co.data(LIST, { overdue: true })).complaints!.edges.map((e) => e.node.id)).not.toContain(c.id);

    const resumed = (await co.data(RESUME, step(c, {}))).resumeComplaint;
    const calendar = { timeZone: ZONE, holidayCountry: 'NL', closureDays: new Set<string>() };
    const paused = workingDaysBetween(pausedAt, new Date(), calendar);
    expect(paused).toBeGreaterThanOrEqual(6);
    expect(resumed).toMatchObject({
      pausedAt: null,
      pausedWorkingDays: paused,
      resolutionDueAt: c.resolutionDueAt,
      workingResolutionDueAt: deadline(new Date(c.workingResolutionDueAt), { within: paused, unit: DeadlineUnit.WORKING_DAYS }, calendar).toISOString(),
      isOverdue: false,
    });
    expect(resumed.timeline.at(-1)).toMatchObject({ kind: 'RESUMED', dueAt: resumed.workingResolutionDueAt });
  });
});

describe('reopening and complaints outside the code', () => {
  it('reopens a CLOSED complaint with a reason; it counts once', async () => {
    const totals = async () => (await qm.data(ANALYSIS, { year: year() })).complaintAnalysis!.totals;
    const closed = await advance(await register(), 'CLOSED');
    const before = await totals();
    expect((await co.error(START, step(closed, { handlerId: alpha.users.COMPLAINT_OFFICER }))).code).toBe('BAD_USER_INPUT');
    const reopened = (await co.data(REOPEN, step(closed, { reason: 'The complainant went to the disputes committee with new documents.' }))).reopenComplaint;
    expect(reopened).toMatchObject({ status: 'IN_PROGRESS', closedAt: null, reopenCount: 1, resolvedAt: closed.resolvedAt });
    expect(reopened.timeline.at(-1)).toMatchObject({ kind: 'REOPENED', from: 'CLOSED', to: 'IN_PROGRESS', note: expect.stringContaining('new documents') });
    expect(await totals()).toEqual({ ...before, unresolved: before.unresolved + 1 });
    const again = (await co.data(RESOLVE, step(reopened, { decision: 'Refund of costs.', outcome: 'PARTIALLY_UPHELD' as const, letter: LETTER }))).resolveComplaint;
    expect(again.resolvedAt).toBe(closed.resolvedAt);
    const closedAgain = (await co.data(CLOSE, step(again, {}))).closeComplaint;
    expect(await totals()).toEqual(before);
    expect(closedAgain.timeline.filter((t) => t.kind === 'STATUS_CHANGED' && t.to === 'CLOSED')).toHaveLength(2);
    expect((await co.error(REOPEN, step(await advance(await register(), 'RESOLVED'), { reason: 'x' }))).code).toBe('INVALID_TRANSITION');
  });

  it('resolves without a promise only outside the code, and lists such complaints as code gaps without personal data', async () => {
    const gap = async (subject: string) => advance(await register({ promiseIds: [], subject, categories: ['EXECUTION'] }), 'IN_PROGRESS');
    const a = await gap('Telefonische bereikbaarheid slecht voor Pietersen');
    expect(await co.error(RESOLVE, step(a, { decision: 'x', outcome: 'UPHELD' as const, letter: LETTER }))).toMatchObject({ extensions: { fields: [{ field: 'promises' }] } });
    const linked = await advance(await register(), 'IN_PROGRESS');
    expect(await co.error(RESOLVE, step(linked, { decision: 'x', outcome: 'UPHELD' as const, outsideCode: { reason: 'none' }, letter: LETTER }))).toMatchObject({
      extensions: { fields: [{ field: 'input.outsideCode' }] },
    });
    const resolved = (await co.data(RESOLVE, step(a, { decision: 'Call-back arranged.', outcome: 'UPHELD' as const, outsideCode: { reason: 'No promise covers telephone bereikbaarheid' }, letter: LETTER })))
      .resolveComplaint;
    expect(resolved).toMatchObject({ status: 'RESOLVED', outsideCodeReason: 'No promise covers telephone bereikbaarheid' });
    const b = await gap('Bereikbaarheid in de avond');
    await co.data(RESOLVE, step(b, { decision: 'Noted.', outcome: 'REJECTED' as const, outsideCode: { reason: 'Evening bereikbaarheid is not promised' }, letter: LETTER }));
    const gaps = (await qm.data(GAPS)).codeGaps!;
    expect(gaps.total).toBe(2);
    expect(gaps.words).toContainEqual({ word: 'bereikbaarheid', count: 2 });
    expect(JSON.stringify(gaps)).not.toContain('pietersen');
    expect(gaps.byCategory).toEqual([{ category: 'EXECUTION', count: 2, words: expect.arrayContaining([{ word: 'bereikbaarheid', count: 2 }]) }]);
    expect((await staff.error(GAPS)).code).toBe('FORBIDDEN');
    expect(await co.error(UPDATE, step(resolved, { promiseIds: [P1] }))).toMatchObject({ extensions: { fields: [{ field: 'input.promiseIds' }] } });
  });
});

describe('retention', () => {
  it('refuses anonymisation before the Wki retention period, then anonymises what is due, idempotently, also from the command', async () => {
    if ((await top.data(ORG)).organization!.statutoryRulePack !== 'NL_WKI') await setPack('NL_WKI', { acknowledgeWithin: 2 });
    const recent = await advance(await register({ complainant: { name: 'Recent', address: 'Laan 3' } }), 'CLOSED');
    const refused = await co.error(ANONYMIZE, { id: recent.id, expectedVersion: recent.version });
    const allowedFrom = DateTime.fromISO(recent.closedAt!).setZone(ZONE).plus({ years: 2 }).toJSDate().toISOString();
    expect(refused).toMatchObject({ code: 'RETENTION_PERIOD', extensions: { field: 'id', allowedFrom, rule: 'NL_WKI.retention', source: expect.stringContaining('art. 5.1(4)') } });
    expect((await read(recent.id)).anonymizedAt).toBeNull();

    const old: ComplaintFields[] = [];
    for (let i = 0; i < 3; i++) old.push(await advance(await register({ complainant: { name: 'Old', address: 'Laan 4' } }), 'CLOSED'));
    const threeYearsAgo = DateTime.now().minus({ years: 3 }).toJSDate();
    for (const c of old) await app.dataSource.getRepository(Complaint).update({ id: c.id }, { closedAt: threeYearsAgo });
    const due = (await qm.data(DUE)).complaintsDueForAnonymisation!;
    expect(due).toEqual({ dryRun: true, due: 3, references: expect.arrayContaining(old.map((c) => c.reference)) });
    expect((await co.error(DUE)).code).toBe('FORBIDDEN');

    const first = (await top.data(ANONYMIZE_DUE, { input: { limit: 1 } })).anonymizeDueComplaints;
    expect(first).toMatchObject({ dryRun: false, due: 3, references: [expect.any(String)] });
    const anonymised = await read(old.find((c) => c.reference === first.references[0])!.id);
    expect(anonymised).toMatchObject({ complainant: null });
    expect(anonymised.anonymizedAt).not.toBeNull();

    const log = pino({ level: 'silent' });
    const dry = await runRetention(app.dataSource, log, alpha.slug, true);
    expect(dry).toMatchObject({ dryRun: true, due: 2 });
    const run = await runRetention(app.dataSource, log, alpha.slug, false);
    expect(run.references).toHaveLength(2);
    expect(await runRetention(app.dataSource, log, alpha.slug, false)).toEqual({ organization: alpha.slug, dryRun: false, due: 0, references: [], erasedElsewhere: 0 });
    expect((await qm.data(ANONYMIZE_DUE, { input: {} })).anonymizeDueComplaints).toEqual({ dryRun: false, due: 0, references: [] });
    expect((await read(recent.id)).anonymizedAt).toBeNull();
    const raw = await app.dataSource.getRepository(Complaint).findOneByOrFail({ id: old[0].id });
    expect([raw.complainantName, raw.complainantAddress]).toEqual([null, null]);
  });
});

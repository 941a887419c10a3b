import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { Role } from '../../src/common/roles';
import { User } from '../../src/modules/user/user.entity';
import { TrainingRecord } from '../../src/modules/training/training-record.entity';
import { TrainingRequirement } from '../../src/modules/training/training-requirement.entity';
import { startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { expectCreatedOncePerKey } from '../support/idempotency';
import { graphql } from '../graphql';
import type { CreateTrainingRecordInput, CreateTrainingRequirementInput, TrainingCreateRecordMutation, TrainingOverviewQuery, TrainingRecordsQuery } from '../graphql/graphql';

const CREATE_REQUIREMENT = graphql(`mutation TrainingCreateRequirement($input: CreateTrainingRequirementInput!) { createTrainingRequirement(input: $input) { id version title topic assessment roles validityMonths } }`);
const UPDATE_REQUIREMENT = graphql(`mutation TrainingUpdateRequirement($id: ID!, $input: UpdateTrainingRequirementInput!) { updateTrainingRequirement(id: $id, input: $input) { id version roles validityMonths } }`);
const DELETE_REQUIREMENT = graphql(`mutation TrainingDeleteRequirement($id: ID!, $v: Int!) { deleteTrainingRequirement(id: $id, expectedVersion: $v) { id } }`);
const REQUIREMENTS = graphql(`query TrainingRequirements { trainingRequirements(first: 100) { totalCount edges { node { title } } } }`);
const CREATE_RECORD = graphql(`mutation TrainingCreateRecord($input: CreateTrainingRecordInput!) { createTrainingRecord(input: $input) { id version topic assessment completedOn result score validUntil evidence person { id } } }`);
const UPDATE_RECORD = graphql(`mutation TrainingUpdateRecord($id: ID!, $input: UpdateTrainingRecordInput!) { updateTrainingRecord(id: $id, input: $input) { id version score validUntil evidence } }`);
const DELETE_RECORD = graphql(`mutation TrainingDeleteRecord($id: ID!, $v: Int!) { deleteTrainingRecord(id: $id, expectedVersion: $v) { id } }`);
const RECORDS = graphql(`query TrainingRecords($personId: ID, $first: Int, $after: String) { trainingRecords(personId: $personId, first: $first, after: $after) {
  totalCount edges { node { id completedOn person { id } } } pageInfo { hasNextPage endCursor } } }`);
const RECORD = graphql(`query TrainingRecord($id: ID!) { trainingRecord(id: $id) { id person { id } } }`);
const OVERVIEW = graphql(`query TrainingOverview($personId: ID, $role: Role, $days: Int, $first: Int, $after: String) {
  competenceOverview(personId: $personId, role: $role, expiringWithinDays: $days, first: $first, after: $after) {
    asOf expiringWithinDays
    requirements { requirement { title } valid expiring expired missing }
    people { totalCount pageInfo { hasNextPage endCursor } edges { node { person { id name } competent requirements { requirement { title } status validUntil record { id } } } } }
  } }`);
const AUTHORISATION = graphql(`query TrainingAuthorisation($personId: ID!, $days: Int) { authorisationStatus(personId: $personId, expiringWithinDays: $days) {
  person { id } asOf authorised authorisedUntil elements { assessment status validUntil record { id } } missing { assessment status } } }`);

const todayDt = () => DateTime.now().setZone('Europe/Amsterdam').startOf('day');
const day = (offset: number) => todayDt().plus({ days: offset }).toISODate()!;
const firstOfMonth = (monthsFromNow: number) => todayDt().startOf('month').plus({ months: monthsFromNow }).toISODate()!;

let app: TestApp;
let org: TestOrganization;
let other: TestOrganization;
let qm: ApiClient;
let staff: ApiClient;

function record(personId: string, overrides: Partial<CreateTrainingRecordInput> = {}): CreateTrainingRecordInput {
  return { personId, topic: 'CODE_OF_CONDUCT', assessment: 'COURSE', completedOn: day(-10), result: 'ATTENDED', ...overrides };
}

async function person(name: string, roles: Role[] = [Role.STAFF]): Promise<string> {
  const repo = app.dataSource.getRepository(User);
  return (await repo.save(repo.create({ organizationId: org.id, name, email: `${randomUUID()}@example.test`, roles }))).id;
}

beforeAll(async () => {
  app = await startTestApp();
  org = await app.createOrganization('training-alpha');
  other = await app.createOrganization('training-beta');
  qm = await app.as(org, Role.QUALITY_MANAGER);
  staff = await app.as(org, Role.STAFF);
});
afterAll(() => app.close());

describe('smoke: training requirements', () => {
  it('are set by quality and top management and read by everyone', async () => {
    const created = (await qm.data(CREATE_REQUIREMENT, { input: { title: 'Complaint handling course', topic: 'COMPLAINT_HANDLING', assessment: 'COURSE', roles: ['COMPLAINT_OFFICER'], validityMonths: 24 } })).createTrainingRequirement;
    expect(created).toMatchObject({ version: 1, roles: ['COMPLAINT_OFFICER'], validityMonths: 24 });
    const updated = (await qm.data(UPDATE_REQUIREMENT, { id: created.id, input: { expectedVersion: 1, roles: ['COMPLAINT_OFFICER', 'STAFF'], validityMonths: null } })).updateTrainingRequirement;
    expect(updated).toMatchObject({ version: 2, roles: ['COMPLAINT_OFFICER', 'STAFF'], validityMonths: null });
    expect((await qm.error(UPDATE_REQUIREMENT, { id: created.id, input: { expectedVersion: 1, validityMonths: 12 } })).code).toBe('CONFLICT');
    for (const role of [Role.STAFF, Role.AUDITOR, Role.COMPLAINT_OFFICER]) {
      const client = await app.as(org, role);
      expect((await client.data(REQUIREMENTS)).trainingRequirements!.edges.map((e) => e.node.title)).toContain('Complaint handling course');
      expect((await client.error(CREATE_REQUIREMENT, { input: { title: 'X', topic: 'ETHICS', assessment: 'COURSE' } })).code).toBe('FORBIDDEN');
    }
    expect((await qm.error(CREATE_REQUIREMENT, { input: { title: 'Twice', topic: 'COMPLAINT_HANDLING', assessment: 'COURSE' } })).code).toBe('CONFLICT');
    expect((await qm.error(CREATE_REQUIREMENT, { input: { title: 'Forever and a day', topic: 'ETHICS', assessment: 'COURSE', validityMonths: 0 } })).extensions.fields![0].field).toBe('input.validityMonths');
    expect((await qm.error(DELETE_REQUIREMENT, { id: created.id, v: 1 })).code).toBe('CONFLICT');
    await qm.data(DELETE_REQUIREMENT, { id: created.id, v: 2 });
    expect((await qm.data(REQUIREMENTS)).trainingRequirements!.totalCount).toBe(0);
  });
});

describe('smoke: training records by role', () => {
  let own: TrainingCreateRecordMutation['createTrainingRecord'];
  let colleague: TrainingCreateRecordMutation['createTrainingRecord'];
  beforeAll(async () => {
    own = (await staff.data(CREATE_RECORD, { input: record(org.users.STAFF, { evidence: 'certificate 17' }) })).createTrainingRecord;
    colleague = (await qm.data(CREATE_RECORD, { input: record(org.users.COMPLAINT_OFFICER, { topic: 'COMPLAINT_HANDLING' }) })).createTrainingRecord;
  });

  it('lets staff record, read, change and delete only their own training', async () => {
    expect(own).toMatchObject({ person: { id: org.users.STAFF }, result: 'ATTENDED', evidence: 'certificate 17' });
    const forOther = await staff.error(CREATE_RECORD, { input: record(org.users.COMPLAINT_OFFICER) });
    expect(forOther).toMatchObject({ code: 'FORBIDDEN', extensions: { field: 'input.personId' } });

    const list = (await staff.data(RECORDS, {})).trainingRecords!;
    expect(list.edges.every((e) => e.node.person.id === org.users.STAFF)).toBe(true);
    expect(list.totalCount).toBe(1);
    expect((await staff.error(RECORDS, { personId: org.users.COMPLAINT_OFFICER })).code).toBe('FORBIDDEN');

    const foreign = await staff.error(RECORD, { id: colleague.id });
    const missingId = randomUUID();
    const missing = await staff.error(RECORD, { id: missingId });
    expect(foreign.code).toBe('NOT_FOUND');
    expect(foreign.message.replace(colleague.id, '<id>')).toBe(missing.message.replace(missingId, '<id>'));
    expect((await staff.error(UPDATE_RECORD, { id: colleague.id, input: { expectedVersion: 1, evidence: 'mine now' } })).code).toBe('NOT_FOUND');
    expect((await staff.error(DELETE_RECORD, { id: colleague.id, v: 1 })).code).toBe('NOT_FOUND');

    const changed = (await staff.data(UPDATE_RECORD, { id: own.id, input: { expectedVersion: 1, evidence: null, score: 80 } })).updateTrainingRecord;
    expect(changed).toMatchObject({ version: 2, evidence: null, score: 80 });
  });

  it('lets quality management manage everyone’s records and auditors read them', async () => {
    expect((await qm.data(RECORDS, { personId: org.users.STAFF })).trainingRecords!.totalCount).toBe(1);
    const auditor = await app.as(org, Role.AUDITOR);
    expect((await auditor.data(RECORDS, {})).trainingRecords!.totalCount).toBeGreaterThanOrEqual(2);
    expect((await auditor.data(RECORD, { id: own.id })).trainingRecord!.person.id).toBe(org.users.STAFF);
    expect((await auditor.error(CREATE_RECORD, { input: record(org.users.AUDITOR) })).code).toBe('FORBIDDEN');
    const officer = await app.as(org, Role.COMPLAINT_OFFICER);
    expect((await officer.data(RECORDS, {})).trainingRecords!.edges.map((e) => e.node.id)).toEqual([colleague.id]);

    const temp = (await qm.data(CREATE_RECORD, { input: record(org.users.STAFF, { completedOn: day(-400) }) })).createTrainingRecord;
    expect((await qm.error(DELETE_RECORD, { id: temp.id, v: 7 })).code).toBe('CONFLICT');
    await qm.data(DELETE_RECORD, { id: temp.id, v: temp.version });
    expect(await app.dataSource.getRepository(TrainingRecord).countBy({ id: temp.id })).toBe(0);
  });

  it('pages through records, latest first', async () => {
    const p = await person('Pager');
    for (let i = 0; i < 5; i++) await qm.data(CREATE_RECORD, { input: record(p, { completedOn: day(-i * 30) }) });
    const dates: string[] = [];
    let after: string | null = null;
    do {
      const page: NonNullable<TrainingRecordsQuery['trainingRecords']> = (await qm.data(RECORDS, { personId: p, first: 2, after })).trainingRecords!;
      dates.push(...page.edges.map((e) => e.node.completedOn));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : null;
    } while (after);
    expect(dates).toEqual([0, 1, 2, 3, 4].map((i) => day(-i * 30)));
  });

  const invalid: [string, Partial<CreateTrainingRecordInput>, string][] = [
    ['completed in the future', { completedOn: day(1) }, 'input.completedOn'],
    ['valid until before completion', { completedOn: day(-5), validUntil: day(-6) }, 'input.validUntil'],
    ['a test merely attended', { assessment: 'ETHICS_TEST', result: 'ATTENDED' }, 'input.result'],
    ['a score over 100', { score: 101 }, 'input.score'],
    ['a negative score', { score: -1 }, 'input.score'],
  ];
  it.each(invalid)('refuses a record %s, naming the field and writing nothing', async (_name, overrides, field) => {
    const before = await app.dataSource.getRepository(TrainingRecord).count();
    const e = await qm.error(CREATE_RECORD, { input: record(org.users.STAFF, overrides) });
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.extensions.fields![0].field).toBe(field);
    expect(await app.dataSource.getRepository(TrainingRecord).count()).toBe(before);
  });

  it('refuses unknown assessments and people of another organisation', async () => {
    // An unknown assessment is wrongly typed on purpose: sent untyped.
    expect((await qm.error(String(CREATE_RECORD), { input: { ...record(org.users.STAFF), assessment: 'ORAL_EXAM' } })).code).toBe('BAD_USER_INPUT');
    const e = await qm.error(CREATE_RECORD, { input: record(other.users.STAFF) });
    expect(e).toMatchObject({ code: 'NOT_FOUND', extensions: { field: 'input.personId' } });
    const otherQm = await app.as(other, Role.QUALITY_MANAGER);
    expect((await otherQm.error(RECORD, { id: own.id })).code).toBe('NOT_FOUND');
    expect((await otherQm.error(AUTHORISATION, { personId: org.users.STAFF })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'personId' });
  });
});

describe('competence overview', () => {
  let people: Record<string, string>;
  beforeAll(async () => {
    await qm.data(CREATE_REQUIREMENT, { input: { title: 'Code of conduct', topic: 'CODE_OF_CONDUCT', assessment: 'COURSE', roles: ['TOP_MANAGEMENT'], validityMonths: 12 } });
    await qm.data(CREATE_REQUIREMENT, { input: { title: 'Ethics', topic: 'ETHICS', assessment: 'ETHICS_TEST', roles: [] } });
    people = {
      expiredYesterday: await person('Boundary 1 expired yesterday', [Role.TOP_MANAGEMENT]),
      lastDayToday: await person('Boundary 2 last day today', [Role.TOP_MANAGEMENT]),
      lastDayInWindow: await person('Boundary 3 last day in 30 days', [Role.TOP_MANAGEMENT]),
      lastDayAfterWindow: await person('Boundary 4 last day in 31 days', [Role.TOP_MANAGEMENT]),
      none: await person('Boundary 5 nothing', [Role.TOP_MANAGEMENT]),
    };
    const validUntil = { expiredYesterday: day(-1), lastDayToday: day(0), lastDayInWindow: day(30), lastDayAfterWindow: day(31) };
    for (const [key, until] of Object.entries(validUntil)) {
      await qm.data(CREATE_RECORD, { input: record(people[key], { completedOn: day(-300), validUntil: until }) });
    }
    // An older record and a failed attempt do not hide or replace the best one.
    await qm.data(CREATE_RECORD, { input: record(people.lastDayAfterWindow, { completedOn: day(-700), validUntil: day(-335) }) });
    await qm.data(CREATE_RECORD, { input: record(people.none, { assessment: 'COURSE', result: 'FAILED' }) });
  });

  const statusOf = async (personId: string, days = 30) => {
    const node = (await qm.data(OVERVIEW, { personId, days })).competenceOverview!.people.edges[0].node;
    return node.requirements.find((r) => r.requirement.title === 'Code of conduct');
  };

  it('classifies the last valid day against today and the window, both ends included', async () => {
    expect(await statusOf(people.expiredYesterday)).toMatchObject({ status: 'EXPIRED', validUntil: day(-1) });
    expect(await statusOf(people.lastDayToday)).toMatchObject({ status: 'EXPIRING', validUntil: day(0) });
    expect(await statusOf(people.lastDayInWindow)).toMatchObject({ status: 'EXPIRING', validUntil: day(30) });
    expect(await statusOf(people.lastDayAfterWindow)).toMatchObject({ status: 'VALID', validUntil: day(31) });
    expect(await statusOf(people.none)).toMatchObject({ status: 'MISSING', validUntil: null, record: null });
    expect(await statusOf(people.lastDayAfterWindow, 31)).toMatchObject({ status: 'EXPIRING' });
    expect(await statusOf(people.lastDayInWindow, 29)).toMatchObject({ status: 'VALID' });
  });

  it('counts the validity in months from completion when the record states no last day', async () => {
    const lapsed = await person('Months lapsed', [Role.TOP_MANAGEMENT]);
    const renewing = await person('Months renewing', [Role.TOP_MANAGEMENT]);
    await qm.data(CREATE_RECORD, { input: record(lapsed, { completedOn: firstOfMonth(-13) }) });
    await qm.data(CREATE_RECORD, { input: record(renewing, { completedOn: firstOfMonth(-11) }) });
    expect(await statusOf(lapsed)).toMatchObject({ status: 'EXPIRED', validUntil: firstOfMonth(-1) });
    expect(await statusOf(renewing, 31)).toMatchObject({ status: 'EXPIRING', validUntil: firstOfMonth(1) });
    expect(await statusOf(renewing, 0)).toMatchObject({ status: 'VALID' });
  });

  it('applies requirements by role and counts per requirement what the people list shows', async () => {
    const overview = (await qm.data(OVERVIEW, { role: 'TOP_MANAGEMENT', first: 100 })).competenceOverview!;
    expect(overview).toMatchObject({ asOf: day(0), expiringWithinDays: 30 });
    const nodes = overview.people.edges.map((e) => e.node);
    const tally: Record<string, Record<string, number>> = {};
    for (const node of nodes) {
      for (const r of node.requirements) {
        tally[r.requirement.title] ??= { VALID: 0, EXPIRING: 0, EXPIRED: 0, MISSING: 0 };
        tally[r.requirement.title][r.status]++;
      }
      expect(node.competent).toBe(node.requirements.every((r) => r.status === 'VALID' || r.status === 'EXPIRING'));
    }
    for (const summary of overview.requirements) {
      const t = tally[summary.requirement.title] ?? { VALID: 0, EXPIRING: 0, EXPIRED: 0, MISSING: 0 };
      expect([summary.valid, summary.expiring, summary.expired, summary.missing]).toEqual([t.VALID, t.EXPIRING, t.EXPIRED, t.MISSING]);
    }
    const codeOfConduct = overview.requirements.find((r) => r.requirement.title === 'Code of conduct')!;
    expect(codeOfConduct.missing).toBeGreaterThanOrEqual(1);
    expect(codeOfConduct.expired).toBeGreaterThanOrEqual(2);

    // Staff are not top management: only the requirement for everyone applies to them.
    const staffOnly = (await qm.data(OVERVIEW, { personId: org.users.STAFF })).competenceOverview!.people.edges[0].node;
    expect(staffOnly.requirements.map((r) => r.requirement.title)).toEqual(['Ethics']);
  });

  it('pages through the organisation by name', async () => {
    const names: string[] = [];
    let after: string | null = null;
    do {
      const page: NonNullable<TrainingOverviewQuery['competenceOverview']>['people'] = (await qm.data(OVERVIEW, { first: 3, after })).competenceOverview!.people;
      names.push(...page.edges.map((e) => e.node.person.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor! : null;
    } while (after);
    const active = await app.dataSource.getRepository(User).countBy({ organizationId: org.id, active: true });
    expect(names.length).toBe(active);
    expect([...names].sort((a, b) => (a < b ? -1 : 1))).toEqual(names);
  });

  it('shows staff only themselves', async () => {
    const mine = (await staff.data(OVERVIEW, {})).competenceOverview!;
    expect(mine.people.edges.map((e) => e.node.person.id)).toEqual([org.users.STAFF]);
    expect(mine.requirements.find((r) => r.requirement.title === 'Code of conduct')).toMatchObject({ valid: 0, expiring: 0, expired: 0, missing: 0 });
    expect((await staff.error(OVERVIEW, { personId: people.none })).code).toBe('FORBIDDEN');
  });
});

describe('authorisation status', () => {
  it('moves from nothing to authorised as the tests and the annual update are recorded, and back when the update lapses', async () => {
    const adviser = await person('Adviser Nordmann');
    const adviserClient = await app.as(org, Role.STAFF, { userId: adviser });
    const status = async () => (await adviserClient.data(AUTHORISATION, { personId: adviser })).authorisationStatus!;
    const missing = async () => (await status()).missing.map((m) => `${m.assessment}:${m.status}`);

    expect(await status()).toMatchObject({ person: { id: adviser }, asOf: day(0), authorised: false, authorisedUntil: null });
    expect(await missing()).toEqual(['KNOWLEDGE_TEST:MISSING', 'ETHICS_TEST:MISSING', 'PRACTICAL_TEST:MISSING', 'ANNUAL_UPDATE:MISSING']);

    await adviserClient.data(CREATE_RECORD, { input: record(adviser, { topic: 'PROFESSIONAL_KNOWLEDGE', assessment: 'KNOWLEDGE_TEST', result: 'PASSED', score: 82, completedOn: day(-200) }) });
    expect(await missing()).toEqual(['ETHICS_TEST:MISSING', 'PRACTICAL_TEST:MISSING', 'ANNUAL_UPDATE:MISSING']);

    await adviserClient.data(CREATE_RECORD, { input: record(adviser, { topic: 'ETHICS', assessment: 'ETHICS_TEST', result: 'FAILED', completedOn: day(-150) }) });
    expect(await missing()).toEqual(['ETHICS_TEST:MISSING', 'PRACTICAL_TEST:MISSING', 'ANNUAL_UPDATE:MISSING']);
    await adviserClient.data(CREATE_RECORD, { input: record(adviser, { topic: 'ETHICS', assessment: 'ETHICS_TEST', result: 'PASSED', completedOn: day(-120) }) });
    await adviserClient.data(CREATE_RECORD, { input: record(adviser, { topic: 'PROFESSIONAL_KNOWLEDGE', assessment: 'PRACTICAL_TEST', result: 'PASSED', completedOn: day(-100) }) });
    expect(await missing()).toEqual(['ANNUAL_UPDATE:MISSING']);

    await adviserClient.data(CREATE_RECORD, { input: record(adviser, { topic: 'PROFESSIONAL_KNOWLEDGE', assessment: 'ANNUAL_UPDATE', completedOn: firstOfMonth(-13) }) });
    expect(await missing()).toEqual(['ANNUAL_UPDATE:EXPIRED']);

    const update = (await adviserClient.data(CREATE_RECORD, { input: record(adviser, { topic: 'PROFESSIONAL_KNOWLEDGE', assessment: 'ANNUAL_UPDATE', completedOn: day(0) }) })).createTrainingRecord;
    const authorised = await status();
    expect(authorised).toMatchObject({ authorised: true, missing: [], authorisedUntil: todayDt().plus({ months: 12 }).toISODate() });
    expect(authorised.elements.map((e) => e.status)).toEqual(['VALID', 'VALID', 'VALID', 'VALID']);
    expect(authorised.elements[3].record!.id).toBe(update.id);

    await adviserClient.data(DELETE_RECORD, { id: update.id, v: update.version });
    expect(await status()).toMatchObject({ authorised: false, missing: [{ assessment: 'ANNUAL_UPDATE', status: 'EXPIRED' }] });
  });

  it('reports an annual update about to lapse as EXPIRING while still authorised', async () => {
    const adviser = await person('Adviser Expiring');
    for (const assessment of ['KNOWLEDGE_TEST', 'ETHICS_TEST', 'PRACTICAL_TEST'] as const) {
      await qm.data(CREATE_RECORD, { input: record(adviser, { topic: 'PROFESSIONAL_KNOWLEDGE', assessment, result: 'PASSED', completedOn: day(-400) }) });
    }
    await qm.data(CREATE_RECORD, { input: record(adviser, { topic: 'PROFESSIONAL_KNOWLEDGE', assessment: 'ANNUAL_UPDATE', completedOn: firstOfMonth(-11) }) });
    const s = (await qm.data(AUTHORISATION, { personId: adviser, days: 31 })).authorisationStatus!;
    expect(s).toMatchObject({ authorised: true, authorisedUntil: firstOfMonth(1), missing: [] });
    expect(s.elements[3]).toMatchObject({ assessment: 'ANNUAL_UPDATE', status: 'EXPIRING', validUntil: firstOfMonth(1) });
  });

  it('lets staff ask only about themselves, and auditors about anyone', async () => {
    expect((await staff.error(AUTHORISATION, { personId: org.users.COMPLAINT_OFFICER })).code).toBe('FORBIDDEN');
    expect((await staff.data(AUTHORISATION, { personId: org.users.STAFF })).authorisationStatus!.authorised).toBe(false);
    const auditor = await app.as(org, Role.AUDITOR);
    expect((await auditor.data(AUTHORISATION, { personId: org.users.STAFF })).authorisationStatus!.person.id).toBe(org.users.STAFF);
  });
});

describe('retried creation', () => {
  it('sets a requirement once per idempotency key and refuses the key for a different requirement', async () => {
    const input: CreateTrainingRequirementInput = { title: 'Data protection course', topic: 'DATA_PROTECTION', assessment: 'COURSE', roles: ['STAFF'], validityMonths: 12 };
    const requirement = await expectCreatedOncePerKey(app, qm, org, { mutation: CREATE_REQUIREMENT, entity: TrainingRequirement, input, change: { validityMonths: 24 } });
    expect(requirement).toMatchObject({ title: 'Data protection course', validityMonths: 12 });
  });

  it('records a training once per idempotency key and refuses the key for a different record', async () => {
    const input = record(org.users.STAFF, { topic: 'DATA_PROTECTION', evidence: 'certificate 42' });
    const own = await expectCreatedOncePerKey(app, staff, org, { mutation: CREATE_RECORD, entity: TrainingRecord, input, change: { completedOn: day(-3) } });
    expect(own).toMatchObject({ topic: 'DATA_PROTECTION', person: { id: org.users.STAFF } });
  });
});

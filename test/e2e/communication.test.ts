import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { Role } from '../../src/common/roles';
import { AuditEvent } from '../../src/common/audit-event.entity';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { CommunicationPlan } from '../../src/modules/communication/communication-plan.entity';
import { nodes, startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { addCodeVersion, createCode, type CodeFixture } from '../support/fixtures';
import { expectCreatedOncePerKey } from '../support/idempotency';
import { graphql } from '../graphql';
import type { CreateCommunicationPlanInput } from '../graphql/graphql';

graphql(`fragment CommunicationPlanFields on CommunicationPlan {
  id version audience channel message frequency plannedOn executedOn status evidence cancellationReason codeVersion { id version } owner { id } }`);
const CREATE = graphql(`mutation CommunicationCreate($input: CreateCommunicationPlanInput!) { createCommunicationPlan(input: $input) { ...CommunicationPlanFields } }`);
const UPDATE = graphql(`mutation CommunicationUpdate($id: ID!, $input: UpdateCommunicationPlanInput!) { updateCommunicationPlan(id: $id, input: $input) { ...CommunicationPlanFields } }`);
const COMPLETE = graphql(`mutation CommunicationComplete($id: ID!, $input: CompleteCommunicationPlanInput!) { completeCommunicationPlan(id: $id, input: $input) { ...CommunicationPlanFields } }`);
const CANCEL = graphql(`mutation CommunicationCancel($id: ID!, $input: CancelCommunicationPlanInput!) { cancelCommunicationPlan(id: $id, input: $input) { ...CommunicationPlanFields } }`);
const DELETE = graphql(`mutation CommunicationDelete($id: ID!, $v: Int!) { deleteCommunicationPlan(id: $id, expectedVersion: $v) { id } }`);
const PLAN = graphql(`query CommunicationPlan($id: ID!) { communicationPlan(id: $id) { ...CommunicationPlanFields } }`);
const PLANS = graphql(`query CommunicationPlans($codeVersionId: ID, $audience: CommunicationAudience, $status: CommunicationPlanStatus, $first: Int, $after: String) {
  communicationPlans(codeVersionId: $codeVersionId, audience: $audience, status: $status, first: $first, after: $after) {
    totalCount edges { node { message plannedOn } } pageInfo { hasNextPage endCursor } } }`);
const COVERAGE = graphql(`query CommunicationCoverage($id: ID!) { communicationCoverage(codeVersionId: $id) {
  codeVersion { id } inForce reached notReached audiences { audience reached donePlans plannedPlans lastReachedOn nextPlannedOn } } }`);

const today = () => DateTime.now().setZone('Europe/Amsterdam').toISODate()!;
const tomorrow = () => DateTime.now().setZone('Europe/Amsterdam').plus({ days: 1 }).toISODate()!;

let app: TestApp;
let org: TestOrganization;
let other: TestOrganization;
let qm: ApiClient;
let code: CodeFixture;

const input = (overrides: Partial<CreateCommunicationPlanInput> = {}): CreateCommunicationPlanInput => ({
  codeVersionId: code.versions[0].id,
  audience: 'CUSTOMERS',
  channel: 'WEBSITE',
  message: 'Our code of conduct on the debtor portal',
  frequency: 'CONTINUOUS',
  plannedOn: '2026-02-01',
  ...overrides,
});

beforeAll(async () => {
  app = await startTestApp();
  org = await app.createOrganization('communication-alpha');
  other = await app.createOrganization('communication-beta');
  qm = await app.as(org, Role.QUALITY_MANAGER);
  code = await createCode(app.dataSource, org, [CodeVersionStatus.PUBLISHED], ['P1'], 'collection');
});
afterAll(() => app.close());

describe('smoke: communication plans', () => {
  it('plans, changes and executes a communication with evidence', async () => {
    const plan = (await qm.data(CREATE, { input: input({ ownerId: org.users.QUALITY_MANAGER }) })).createCommunicationPlan;
    expect(plan).toMatchObject({ version: 1, status: 'PLANNED', executedOn: null, evidence: null, codeVersion: { id: code.versions[0].id }, owner: { id: org.users.QUALITY_MANAGER } });
    const changed = (await qm.data(UPDATE, { id: plan.id, input: { expectedVersion: 1, channel: 'CUSTOMER_PORTAL', ownerId: null } })).updateCommunicationPlan;
    expect(changed).toMatchObject({ version: 2, channel: 'CUSTOMER_PORTAL', owner: null });
    expect((await qm.error(UPDATE, { id: plan.id, input: { expectedVersion: 1, message: 'stale' } })).code).toBe('CONFLICT');

    const done = (await qm.data(COMPLETE, { id: plan.id, input: { expectedVersion: 2, executedOn: today(), evidence: 'https://example.test/code' } })).completeCommunicationPlan;
    expect(done).toMatchObject({ status: 'DONE', executedOn: today(), evidence: 'https://example.test/code', version: 3 });
    const events = await app.dataSource.getRepository(AuditEvent).find({ where: { entityId: plan.id }, order: { at: 'ASC' } });
    expect(events.map((e) => e.action)).toEqual(['CommunicationPlan.created', 'CommunicationPlan.updated', 'CommunicationPlan.done']);
  });

  it('cancels a planned communication and refuses what its status does not allow', async () => {
    const plan = (await qm.data(CREATE, { input: input({ audience: 'PARTNERS', channel: 'MEETING' }) })).createCommunicationPlan;
    const cancelled = (await qm.data(CANCEL, { id: plan.id, input: { expectedVersion: 1, reason: 'Partner day moved' } })).cancelCommunicationPlan;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', cancellationReason: 'Partner day moved' });
    const again = await qm.error(COMPLETE, { id: plan.id, input: { expectedVersion: 2, executedOn: today(), evidence: 'x' } });
    expect(again).toMatchObject({ code: 'INVALID_TRANSITION', extensions: { from: 'CANCELLED', to: 'DONE', allowed: [] } });
    expect((await qm.error(UPDATE, { id: plan.id, input: { expectedVersion: 2, message: 'edit' } })).extensions.fields![0]).toEqual({ field: 'id', message: 'only PLANNED plans can be changed; this one is CANCELLED' });
    expect((await qm.error(DELETE, { id: plan.id, v: 2 })).code).toBe('BAD_USER_INPUT');

    const mistake = (await qm.data(CREATE, { input: input({ message: 'Typo' }) })).createCommunicationPlan;
    await qm.data(DELETE, { id: mistake.id, v: 1 });
    expect((await qm.error(PLAN, { id: mistake.id })).code).toBe('NOT_FOUND');
  });
});

describe('communication coverage', () => {
  it('lists the audiences reached by a DONE plan and those not yet reached', async () => {
    const covered = await createCode(app.dataSource, org, [CodeVersionStatus.PUBLISHED], ['P1'], 'coverage');
    const add = async (extra: Partial<CreateCommunicationPlanInput>) => (await qm.data(CREATE, { input: input({ codeVersionId: covered.versions[0].id, ...extra }) })).createCommunicationPlan;
    const web = await add({ audience: 'CUSTOMERS', plannedOn: '2026-01-10' });
    await add({ audience: 'CUSTOMERS', channel: 'LETTER', plannedOn: '2026-03-01' });
    const intranet = await add({ audience: 'EMPLOYEES', channel: 'INTRANET', plannedOn: '2026-01-05' });
    const cancelled = await add({ audience: 'CLIENTS', channel: 'EMAIL', plannedOn: '2026-01-20' });
    await add({ audience: 'PUBLIC', plannedOn: '2026-04-01' });

    const before = (await qm.data(COVERAGE, { id: covered.versions[0].id })).communicationCoverage!;
    expect(before).toMatchObject({ codeVersion: { id: covered.versions[0].id }, inForce: true, reached: [] });
    expect(before.notReached).toEqual(['CUSTOMERS', 'EMPLOYEES', 'CLIENTS', 'PARTNERS', 'PUBLIC']);

    await qm.data(COMPLETE, { id: web.id, input: { expectedVersion: 1, executedOn: '2026-01-12', evidence: 'web page live' } });
    await qm.data(COMPLETE, { id: intranet.id, input: { expectedVersion: 1, executedOn: '2026-01-06', evidence: 'intranet post' } });
    await qm.data(CANCEL, { id: cancelled.id, input: { expectedVersion: 1, reason: 'client mailing dropped' } });

    const after = (await qm.data(COVERAGE, { id: covered.versions[0].id })).communicationCoverage!;
    expect(after.reached).toEqual(['CUSTOMERS', 'EMPLOYEES']);
    expect(after.notReached).toEqual(['CLIENTS', 'PARTNERS', 'PUBLIC']);
    expect(after.audiences).toEqual([
      { audience: 'CUSTOMERS', reached: true, donePlans: 1, plannedPlans: 1, lastReachedOn: '2026-01-12', nextPlannedOn: '2026-03-01' },
      { audience: 'EMPLOYEES', reached: true, donePlans: 1, plannedPlans: 0, lastReachedOn: '2026-01-06', nextPlannedOn: null },
      { audience: 'CLIENTS', reached: false, donePlans: 0, plannedPlans: 0, lastReachedOn: null, nextPlannedOn: null },
      { audience: 'PARTNERS', reached: false, donePlans: 0, plannedPlans: 0, lastReachedOn: null, nextPlannedOn: null },
      { audience: 'PUBLIC', reached: false, donePlans: 0, plannedPlans: 1, lastReachedOn: null, nextPlannedOn: '2026-04-01' },
    ]);

    // A new draft version starts unreached and is not the version in force.
    const draft = await addCodeVersion(app.dataSource, org, covered.code, 2, CodeVersionStatus.DRAFT, ['P1']);
    expect((await qm.data(COVERAGE, { id: draft.version.id })).communicationCoverage).toMatchObject({ inForce: false, reached: [] });

    const page = (await qm.data(PLANS, { codeVersionId: covered.versions[0].id, first: 2 })).communicationPlans!;
    expect(page.totalCount).toBe(5);
    expect(nodes(page).map((p) => p.plannedOn)).toEqual(['2026-01-05', '2026-01-10']);
    const rest = (await qm.data(PLANS, { codeVersionId: covered.versions[0].id, first: 10, after: page.pageInfo.endCursor })).communicationPlans!;
    expect(nodes(rest).map((p) => p.plannedOn)).toEqual(['2026-01-20', '2026-03-01', '2026-04-01']);
    expect((await qm.data(PLANS, { codeVersionId: covered.versions[0].id, status: 'DONE' })).communicationPlans!.totalCount).toBe(2);
  });
});

describe('communication plans by role and bad input', () => {
  it('are read by management, complaint officers and auditors and changed only by quality and top management', async () => {
    const plan = (await qm.data(CREATE, { input: input({ message: 'Role check' }) })).createCommunicationPlan;
    for (const role of [Role.TOP_MANAGEMENT, Role.COMPLAINT_OFFICER, Role.AUDITOR]) {
      expect((await (await app.as(org, role)).data(PLAN, { id: plan.id })).communicationPlan!.message).toBe('Role check');
    }
    expect((await (await app.as(org, Role.STAFF)).error(COVERAGE, { id: code.versions[0].id })).code).toBe('FORBIDDEN');
    const top = await app.as(org, Role.TOP_MANAGEMENT);
    expect((await top.data(COMPLETE, { id: plan.id, input: { expectedVersion: 1, executedOn: today(), evidence: 'minutes' } })).completeCommunicationPlan.status).toBe('DONE');
    for (const role of [Role.COMPLAINT_OFFICER, Role.AUDITOR, Role.STAFF]) {
      expect((await (await app.as(org, role)).error(CREATE, { input: input() })).code).toBe('FORBIDDEN');
    }
  });

  it('refuses execution in the future, missing evidence, unknown audiences and superseded versions, changing nothing', async () => {
    const plan = (await qm.data(CREATE, { input: input({ message: 'Validation' }) })).createCommunicationPlan;
    const future = await qm.error(COMPLETE, { id: plan.id, input: { expectedVersion: 1, executedOn: tomorrow(), evidence: 'x' } });
    expect(future.extensions.fields![0].field).toBe('input.executedOn');
    const noEvidence = await qm.error(COMPLETE, { id: plan.id, input: { expectedVersion: 1, executedOn: today(), evidence: '' } });
    expect(noEvidence.extensions.fields![0].field).toBe('input.evidence');
    expect((await qm.data(PLAN, { id: plan.id })).communicationPlan).toMatchObject({ status: 'PLANNED', version: 1 });

    expect((await qm.error(String(CREATE), { input: { ...input(), audience: 'ALIENS' } })).code).toBe('BAD_USER_INPUT');
    const old = await createCode(app.dataSource, org, [CodeVersionStatus.SUPERSEDED], ['P1'], 'old');
    const before = await app.dataSource.getRepository(CommunicationPlan).count();
    const superseded = await qm.error(CREATE, { input: input({ codeVersionId: old.versions[0].id }) });
    expect(superseded.extensions.fields).toEqual([{ field: 'input.codeVersionId', message: 'version 1 is SUPERSEDED' }]);
    expect(await app.dataSource.getRepository(CommunicationPlan).count()).toBe(before);
  });

  it("answers another organisation's versions and plans as NOT_FOUND", async () => {
    const otherQm = await app.as(other, Role.QUALITY_MANAGER);
    expect((await otherQm.error(CREATE, { input: input() })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.codeVersionId' });
    expect((await otherQm.error(COVERAGE, { id: code.versions[0].id })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'codeVersionId' });
    const mine = (await qm.data(CREATE, { input: input({ message: 'Mine' }) })).createCommunicationPlan;
    const foreign = await otherQm.error(PLAN, { id: mine.id });
    const missingId = randomUUID();
    expect(foreign.message.replace(mine.id, '<id>')).toBe((await otherQm.error(PLAN, { id: missingId })).message.replace(missingId, '<id>'));
    expect((await otherQm.error(CANCEL, { id: mine.id, input: { expectedVersion: 1, reason: 'hijack' } })).code).toBe('NOT_FOUND');
    expect((await otherQm.data(PLANS, {})).communicationPlans!.totalCount).toBe(0);
  });
});

describe('retried creation', () => {
  it('plans a communication once per idempotency key and refuses the key for a different plan', async () => {
    const change: Partial<CreateCommunicationPlanInput> = { audience: 'EMPLOYEES' };
    const plan = await expectCreatedOncePerKey(app, qm, org, { mutation: CREATE, entity: CommunicationPlan, input: input({ channel: 'LETTER' }), change });
    expect(plan).toMatchObject({ audience: 'CUSTOMERS', channel: 'LETTER', status: 'PLANNED' });
  });
});

import { DateTime } from 'luxon';
import pino from 'pino';
import { Role } from '../../src/common/roles';
import { AuditEvent } from '../../src/common/audit-event.entity';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { CorrectiveAction } from '../../src/modules/corrective-action/corrective-action.entity';
import { ManagementReview } from '../../src/modules/management-review/management-review.entity';
import { startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { createCode, type CodeFixture } from '../support/fixtures';
import { DELETE_PROMISE, LINK, SCHEDULE_REVIEW, SUBMIT, UPDATE_PROMISE, UPDATE_VERSION, draftCode, publishVersion, requirementIds } from '../support/codes';
import { expectConcurrentCreatesOnce } from '../support/idempotency';
import { seedNormFrameworks } from '../../seeds/norms';

const MUTATIONS = {
  registerComplaint: `mutation R($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }`,
  updateComplaint: `mutation U($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { id version } }`,
  acknowledgeComplaint: `mutation A($id: ID!, $input: ComplaintStepInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }`,
  addClosureDay: `mutation A($input: AddClosureDayInput!) { addClosureDay(input: $input) { id version } }`,
  removeClosureDay: `mutation R($date: LocalDate!, $v: Int!) { removeClosureDay(date: $date, expectedVersion: $v) { id } }`,
  createCorrectiveAction: `mutation C($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id version kind title dueOn } }`,
  updateCorrectiveAction: `mutation U($id: ID!, $input: UpdateCorrectiveActionInput!) { updateCorrectiveAction(id: $id, input: $input) { id version } }`,
  startCorrectiveAction: `mutation S($id: ID!, $input: CorrectiveActionStepInput!) { startCorrectiveAction(id: $id, input: $input) { id version } }`,
  createKpiChain: `mutation C($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id version } }`,
  createKpi: `mutation K($input: CreateKpiInput!) { createKpi(input: $input) { id version } }`,
  updateKpi: `mutation U($id: ID!, $input: UpdateKpiInput!) { updateKpi(id: $id, input: $input) { id version } }`,
  archiveKpi: `mutation A($id: ID!, $v: Int!) { archiveKpi(id: $id, expectedVersion: $v) { id version } }`,
  createManagementReview: `mutation C($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { id version year title status decisions analysisTakenAt } }`,
  updateManagementReview: `mutation U($id: ID!, $input: UpdateManagementReviewInput!) { updateManagementReview(id: $id, input: $input) { id version } }`,
  linkPreventiveAction: `mutation L($r: ID!, $a: ID!, $v: Int!) { linkPreventiveAction(reviewId: $r, correctiveActionId: $a, expectedVersion: $v) { id version } }`,
  createTrainingRequirement: `mutation C($input: CreateTrainingRequirementInput!) { createTrainingRequirement(input: $input) { id version } }`,
  updateTrainingRequirement: `mutation U($id: ID!, $input: UpdateTrainingRequirementInput!) { updateTrainingRequirement(id: $id, input: $input) { id version } }`,
  deleteTrainingRequirement: `mutation D($id: ID!, $v: Int!) { deleteTrainingRequirement(id: $id, expectedVersion: $v) { id } }`,
  createResource: `mutation C($input: CreateResourceInput!) { createResource(input: $input) { id version } }`,
  updateResource: `mutation U($id: ID!, $input: UpdateResourceInput!) { updateResource(id: $id, input: $input) { id version } }`,
  deleteResource: `mutation D($id: ID!, $v: Int!) { deleteResource(id: $id, expectedVersion: $v) { id } }`,
  createCommunicationPlan: `mutation C($input: CreateCommunicationPlanInput!) { createCommunicationPlan(input: $input) { id version } }`,
  updateCommunicationPlan: `mutation U($id: ID!, $input: UpdateCommunicationPlanInput!) { updateCommunicationPlan(id: $id, input: $input) { id version } }`,
  cancelCommunicationPlan: `mutation X($id: ID!, $input: CancelCommunicationPlanInput!) { cancelCommunicationPlan(id: $id, input: $input) { id version } }`,
  organization: `query { organization { id version } }`,
  updateOrganization: `mutation U($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id version } }`,
  createUsers: `mutation C($input: [CreateUserInput!]!) { createUsers(input: $input) { id version } }`,
  updateUser: `mutation U($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id version } }`,
};

const year = DateTime.now().setZone('Europe/Amsterdam').year;
const inDays = (days: number) => DateTime.now().setZone('Europe/Amsterdam').plus({ days }).toISODate()!;

let app: TestApp;
let org: TestOrganization;
let qm: ApiClient;
let top: ApiClient;
let co: ApiClient;
let code: CodeFixture;

beforeAll(async () => {
  app = await startTestApp();
  await seedNormFrameworks(app.dataSource, pino({ level: 'silent' }));
  org = await app.createOrganization('lost-updates');
  [qm, top, co] = await Promise.all([Role.QUALITY_MANAGER, Role.TOP_MANAGEMENT, Role.COMPLAINT_OFFICER].map((r) => app.as(org, r)));
  code = await createCode(app.dataSource, org, [CodeVersionStatus.PUBLISHED], ['P1']);
});
afterAll(() => app.close());

const data = async (client: ApiClient, mutation: keyof typeof MUTATIONS, variables: Record<string, unknown>) =>
  Object.values(await client.data(MUTATIONS[mutation], variables))[0] as any;
const P1 = () => code.promises[0].P1.id;
const newAction = (overrides: Record<string, unknown> = {}) => ({
  kind: 'CORRECTIVE',
  promiseId: P1(),
  title: 'Rewrite the first demand letter',
  plannedAction: 'Rewrite the template in plain language.',
  ownerId: org.users.QUALITY_MANAGER,
  dueOn: inDays(30),
  ...overrides,
});

/** A request sent with the version its client read before someone else changed the record. */
interface StaleRequest {
  client: ApiClient;
  mutation: string;
  variables: Record<string, unknown>;
  /** Where the version was sent: `expectedVersion` or `input.expectedVersion`. */
  field: string;
  /** The record that must stay as it was (its table and id), and optionally rows that depend on it. */
  table: string;
  id: string;
  dependents?: string;
}

const staleRequests: [string, () => Promise<StaleRequest>][] = [
  ['submitCodeVersion (the revision, not the version number)', async () => {
    const c = await draftCode(qm, 'lu-submit', [{ key: 'P1' }]);
    await qm.data(UPDATE_VERSION, { id: c.versionId, input: { expectedVersion: 1, changeSummary: 'Changed by someone else' } });
    return { client: qm, mutation: SUBMIT, variables: { id: c.versionId, v: 1 }, field: 'expectedVersion', table: 'code_version', id: c.versionId };
  }],
  ['scheduleCodeReview', async () => {
    const c = await draftCode(qm, 'lu-schedule', [{ key: 'P1' }]);
    const published = await publishVersion(qm, top, c.versionId);
    await qm.data(SCHEDULE_REVIEW, { id: c.versionId, input: { expectedVersion: published.revision, nextReviewDue: inDays(100) } });
    return { client: top, mutation: SCHEDULE_REVIEW, variables: { id: c.versionId, input: { expectedVersion: published.revision, nextReviewDue: inDays(200) } }, field: 'input.expectedVersion', table: 'code_version', id: c.versionId };
  }],
  ['deleteCodePromise', async () => {
    const c = await draftCode(qm, 'lu-delete-promise', [{ key: 'P1' }, { key: 'P2' }]);
    await qm.data(UPDATE_PROMISE, { id: c.promises.P2, input: { expectedVersion: 1, text: 'Changed by someone else' } });
    return { client: qm, mutation: DELETE_PROMISE, variables: { id: c.promises.P2, v: 1 }, field: 'expectedVersion', table: 'code_promise', id: c.promises.P2 };
  }],
  ['linkPromiseRequirements (the promise version)', async () => {
    const c = await draftCode(qm, 'lu-link', [{ key: 'P1' }]);
    await qm.data(LINK, { promiseId: c.promises.P1, v: 1, requirementIds: await requirementIds(qm, ['SRCM-5.1.1']) });
    return {
      client: qm,
      mutation: LINK,
      variables: { promiseId: c.promises.P1, v: 1, requirementIds: await requirementIds(qm, ['SRCM-5.1.2']) },
      field: 'expectedVersion',
      table: 'code_promise',
      id: c.promises.P1,
      dependents: `SELECT requirement_id FROM promise_requirement WHERE promise_id = '${c.promises.P1}' ORDER BY 1`,
    };
  }],
  ['acknowledgeComplaint', async () => {
    const c = await data(co, 'registerComplaint', { input: { channel: 'EMAIL', subject: 'Unclear letter', description: 'Fees without explanation.', promiseIds: [P1()] } });
    await data(co, 'updateComplaint', { id: c.id, input: { expectedVersion: c.version, categories: ['LEGAL'] } });
    return { client: co, mutation: MUTATIONS.acknowledgeComplaint, variables: { id: c.id, input: { expectedVersion: c.version } }, field: 'input.expectedVersion', table: 'complaint', id: c.id };
  }],
  ['removeClosureDay', async () => {
    const day = await data(qm, 'addClosureDay', { input: { date: '2031-05-30', reason: 'Bridge day' } });
    return { client: qm, mutation: MUTATIONS.removeClosureDay, variables: { date: '2031-05-30', v: day.version + 1 }, field: 'expectedVersion', table: 'closure_day', id: day.id };
  }],
  ['startCorrectiveAction', async () => {
    const a = await data(qm, 'createCorrectiveAction', { input: newAction() });
    await data(qm, 'updateCorrectiveAction', { id: a.id, input: { expectedVersion: a.version, title: 'Changed by someone else' } });
    return { client: qm, mutation: MUTATIONS.startCorrectiveAction, variables: { id: a.id, input: { expectedVersion: a.version } }, field: 'input.expectedVersion', table: 'corrective_action', id: a.id };
  }],
  ['archiveKpi', async () => {
    const chain = await data(qm, 'createKpiChain', { input: { name: 'Lost updates' } });
    const kpi = await data(qm, 'createKpi', {
      input: { chainId: chain.id, codeId: code.code.id, promiseKey: 'P1', kind: 'PROCESS', name: 'Acknowledged on time', unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', target: 90, threshold: 80, frequency: 'MONTHLY' },
    });
    await data(qm, 'updateKpi', { id: kpi.id, input: { expectedVersion: kpi.version, target: 95 } });
    return { client: qm, mutation: MUTATIONS.archiveKpi, variables: { id: kpi.id, v: kpi.version }, field: 'expectedVersion', table: 'kpi', id: kpi.id };
  }],
  ['linkPreventiveAction (the review version)', async () => {
    const review = await data(qm, 'createManagementReview', { input: { year, decisions: ['Plain-language letters'] } });
    await data(top, 'updateManagementReview', { id: review.id, input: { expectedVersion: review.version, title: 'Changed by someone else' } });
    const action = await data(top, 'createCorrectiveAction', { input: newAction({ kind: 'PREVENTIVE', title: 'Four-eyes check' }) });
    return {
      client: qm,
      mutation: MUTATIONS.linkPreventiveAction,
      variables: { r: review.id, a: action.id, v: review.version },
      field: 'expectedVersion',
      table: 'management_review',
      id: review.id,
      dependents: `SELECT corrective_action_id FROM management_review_preventive_action WHERE management_review_id = '${review.id}'`,
    };
  }],
  ['deleteTrainingRequirement', async () => {
    const r = await data(qm, 'createTrainingRequirement', { input: { title: 'Complaint handling course', topic: 'COMPLAINT_HANDLING', assessment: 'COURSE', roles: ['COMPLAINT_OFFICER'] } });
    await data(qm, 'updateTrainingRequirement', { id: r.id, input: { expectedVersion: r.version, validityMonths: 12 } });
    return { client: qm, mutation: MUTATIONS.deleteTrainingRequirement, variables: { id: r.id, v: r.version }, field: 'expectedVersion', table: 'training_requirement', id: r.id };
  }],
  ['deleteResource', async () => {
    const r = await data(qm, 'createResource', { input: { codeVersionId: code.versions[0].id, kind: 'PEOPLE', description: 'Complaint desk', quantity: 1.5, unit: 'FTE', periodStart: '2026-01-01' } });
    await data(qm, 'updateResource', { id: r.id, input: { expectedVersion: r.version, quantity: 2 } });
    return { client: qm, mutation: MUTATIONS.deleteResource, variables: { id: r.id, v: r.version }, field: 'expectedVersion', table: 'resource', id: r.id };
  }],
  ['cancelCommunicationPlan', async () => {
    const p = await data(qm, 'createCommunicationPlan', {
      input: { codeVersionId: code.versions[0].id, audience: 'CUSTOMERS', channel: 'WEBSITE', message: 'Our code on the portal', frequency: 'CONTINUOUS', plannedOn: '2026-02-01' },
    });
    await data(qm, 'updateCommunicationPlan', { id: p.id, input: { expectedVersion: p.version, message: 'Changed by someone else' } });
    return { client: qm, mutation: MUTATIONS.cancelCommunicationPlan, variables: { id: p.id, input: { expectedVersion: p.version, reason: 'Not needed' } }, field: 'input.expectedVersion', table: 'communication_plan', id: p.id };
  }],
  ['updateOrganization', async () => {
    const read = (await top.data(MUTATIONS.organization)).organization;
    await data(top, 'updateOrganization', { input: { expectedVersion: read.version, name: 'Changed by someone else' } });
    return { client: top, mutation: MUTATIONS.updateOrganization, variables: { input: { expectedVersion: read.version, name: 'Stale name' } }, field: 'input.expectedVersion', table: 'organization', id: org.id };
  }],
  ['updateUser', async () => {
    const [u] = await data(top, 'createUsers', { input: [{ name: 'Bram', email: 'bram@lost-updates.example', roles: ['STAFF'] }] });
    await data(top, 'updateUser', { id: u.id, input: { expectedVersion: u.version, name: 'Changed by someone else' } });
    return { client: top, mutation: MUTATIONS.updateUser, variables: { id: u.id, input: { expectedVersion: u.version, name: 'Stale name' } }, field: 'input.expectedVersion', table: 'app_user', id: u.id };
  }],
];

describe('a change sent with a stale version', () => {
  it.each(staleRequests)('%s answers CONFLICT naming where the version was sent, and changes nothing', async (_name, arrange) => {
    const request = await arrange();
    const row = () => app.dataSource.query(`SELECT * FROM ${request.table} WHERE id = $1`, [request.id]);
    const dependents = () => (request.dependents ? app.dataSource.query(request.dependents) : Promise.resolve([]));
    const events = () => app.dataSource.getRepository(AuditEvent).countBy({ organizationId: org.id });
    const before = { row: await row(), dependents: await dependents(), events: await events() };
    expect(before.row).toHaveLength(1);

    const e = await request.client.error(request.mutation, request.variables);
    expect(e).toMatchObject({ code: 'CONFLICT', extensions: { field: request.field } });
    expect({ row: await row(), dependents: await dependents(), events: await events() }).toEqual(before);
  });
});

describe('the version a change requires', () => {
  const versioned = (type: any) => type?.kind === 'NON_NULL' && type.ofType.name === 'Int';

  it('is a required expectedVersion argument or input field on every mutation that changes or deletes a record', async () => {
    const schema = (await qm.data(`{ __schema { mutationType { fields { name args { name type { kind name ofType { name kind } } } } } } }`)).__schema;
    const inputs = new Map<string, any>();
    const inputType = async (name: string) => {
      if (!inputs.has(name)) inputs.set(name, (await qm.data(`query T($name: String!) { __type(name: $name) { inputFields { name type { kind name ofType { name } } } } }`, { name })).__type);
      return inputs.get(name);
    };
    // Creates (and KPI links, which have no state to overwrite) take no version.
    const creates = /^(create|register|add)|^(submitComplaint|recordMaturityAssessment|recordMeasurements|linkKpis|unlinkKpis)$/;
    const missing: string[] = [];
    for (const field of schema.mutationType.fields) {
      if (creates.test(field.name)) continue;
      let found = field.args.some((a: any) => a.name === 'expectedVersion' && versioned(a.type));
      const input = field.args.find((a: any) => a.name === 'input');
      if (!found && input) {
        const named = input.type.ofType?.name ?? input.type.name;
        found = (await inputType(named)).inputFields.some((f: any) => f.name === 'expectedVersion' && versioned(f.type));
      }
      if (!found) missing.push(field.name);
    }
    expect(missing).toEqual([]);
  });

  it.each([
    ['submitCodeVersion', `mutation { submitCodeVersion(id: "00000000-0000-0000-0000-000000000000") { id } }`],
    ['deleteCodePromise', `mutation { deleteCodePromise(id: "00000000-0000-0000-0000-000000000000") }`],
    ['removeClosureDay', `mutation { removeClosureDay(date: "2031-01-02") { id } }`],
    ['linkPromiseRequirements', `mutation { linkPromiseRequirements(promiseId: "00000000-0000-0000-0000-000000000000", requirementIds: ["00000000-0000-0000-0000-000000000000"]) { id } }`],
    ['linkPreventiveAction', `mutation { linkPreventiveAction(reviewId: "00000000-0000-0000-0000-000000000000", correctiveActionId: "00000000-0000-0000-0000-000000000000") { id } }`],
    ['scheduleCodeReview', `mutation { scheduleCodeReview(id: "00000000-0000-0000-0000-000000000000", input: { nextReviewDue: "2031-01-02" }) { id } }`],
    ['approveCodeVersion', `mutation { approveCodeVersion(id: "00000000-0000-0000-0000-000000000000", input: { policyStatement: "Beleid" }) { id } }`],
    ['publishCodeVersion', `mutation { publishCodeVersion(id: "00000000-0000-0000-0000-000000000000") { id } }`],
  ])('is required by %s: a request without it fails validation', async (_name, document) => {
    const e = await top.error(document);
    expect(e.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(e.message).toMatch(/expectedVersion|input/);
  });

  it('is said to be the revision, not the version number, on every code version step', async () => {
    const type = (await qm.data(`{ __type(name: "ScheduleCodeReviewInput") { inputFields { name description } } }`)).__type;
    expect(type.inputFields.find((f: any) => f.name === 'expectedVersion').description).toMatch(/`revision`.*not the version number/);
  });
});

describe('concurrent creates under one idempotency key', () => {
  let fresh: TestOrganization;
  beforeAll(async () => {
    fresh = await app.createOrganization('lost-updates-keys');
  });

  it('give 20 concurrent createManagementReview calls the first answer, with one review and one audit event', async () => {
    const client = await app.as(fresh, Role.QUALITY_MANAGER);
    const review = await expectConcurrentCreatesOnce(app, client, fresh, {
      mutation: MUTATIONS.createManagementReview,
      entity: ManagementReview,
      input: { year, decisions: ['Plain-language letters'] },
      change: {},
    });
    expect(review).toMatchObject({ year, status: 'DRAFT' });
  });

  it('give 20 concurrent createCorrectiveAction calls the first answer, with one action and one audit event', async () => {
    const client = await app.as(fresh, Role.QUALITY_MANAGER);
    const freshCode = await createCode(app.dataSource, fresh, [CodeVersionStatus.PUBLISHED], ['P1']);
    const action = await expectConcurrentCreatesOnce(app, client, fresh, {
      mutation: MUTATIONS.createCorrectiveAction,
      entity: CorrectiveAction,
      input: newAction({ promiseId: freshCode.promises[0].P1.id, ownerId: fresh.users.QUALITY_MANAGER }),
      change: {},
    });
    expect(action).toMatchObject({ kind: 'CORRECTIVE', title: 'Rewrite the first demand letter' });
  });
});

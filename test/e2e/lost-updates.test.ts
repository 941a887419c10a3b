import { DateTime } from 'luxon';
import pino from 'pino';
import { Role } from '../../src/common/roles';
import { AuditEvent } from '../../src/common/audit-event.entity';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { CorrectiveAction } from '../../src/modules/corrective-action/corrective-action.entity';
import { ManagementReview } from '../../src/modules/management-review/management-review.entity';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { startTestApp, type ApiClient, type FirstError, type TestApp, type TestOrganization } from '../support/app';
import { createCode, type CodeFixture } from '../support/fixtures';
import { DELETE_PROMISE, LINK, SCHEDULE_REVIEW, SUBMIT, UPDATE_PROMISE, UPDATE_VERSION, draftCode, publishVersion, requirementIds } from '../support/codes';
import { expectConcurrentCreatesOnce } from '../support/idempotency';
import { seedNormFrameworks } from '../../seeds/norms';
import { graphql } from '../graphql';
import type { CreateCorrectiveActionInput } from '../graphql/graphql';

const REGISTER_COMPLAINT = graphql(`mutation LostUpdatesRegisterComplaint($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }`);
const UPDATE_COMPLAINT = graphql(`mutation LostUpdatesUpdateComplaint($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { id version } }`);
const ACKNOWLEDGE_COMPLAINT = graphql(`mutation LostUpdatesAcknowledgeComplaint($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }`);
const ADD_CLOSURE_DAY = graphql(`mutation LostUpdatesAddClosureDay($input: AddClosureDayInput!) { addClosureDay(input: $input) { id version } }`);
const REMOVE_CLOSURE_DAY = graphql(`mutation LostUpdatesRemoveClosureDay($date: LocalDate!, $v: Int!) { removeClosureDay(date: $date, expectedVersion: $v) { id } }`);
const CREATE_CORRECTIVE_ACTION = graphql(`mutation LostUpdatesCreateCorrectiveAction($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id version kind title dueOn } }`);
const UPDATE_CORRECTIVE_ACTION = graphql(`mutation LostUpdatesUpdateCorrectiveAction($id: ID!, $input: UpdateCorrectiveActionInput!) { updateCorrectiveAction(id: $id, input: $input) { id version } }`);
const START_CORRECTIVE_ACTION = graphql(`mutation LostUpdatesStartCorrectiveAction($id: ID!, $input: CorrectiveActionStepInput!) { startCorrectiveAction(id: $id, input: $input) { id version } }`);
const CREATE_KPI_CHAIN = graphql(`mutation LostUpdatesCreateKpiChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id version } }`);
const CREATE_KPI = graphql(`mutation LostUpdatesCreateKpi($input: CreateKpiInput!) { createKpi(input: $input) { id version } }`);
const UPDATE_KPI = graphql(`mutation LostUpdatesUpdateKpi($id: ID!, $input: UpdateKpiInput!) { updateKpi(id: $id, input: $input) { id version } }`);
const ARCHIVE_KPI = graphql(`mutation LostUpdatesArchiveKpi($id: ID!, $v: Int!) { archiveKpi(id: $id, expectedVersion: $v) { id version } }`);
const CREATE_MANAGEMENT_REVIEW = graphql(`mutation LostUpdatesCreateManagementReview($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { id version year title status decisions analysisTakenAt } }`);
const UPDATE_MANAGEMENT_REVIEW = graphql(`mutation LostUpdatesUpdateManagementReview($id: ID!, $input: UpdateManagementReviewInput!) { updateManagementReview(id: $id, input: $input) { id version } }`);
const LINK_PREVENTIVE_ACTION = graphql(`mutation LostUpdatesLinkPreventiveAction($r: ID!, $a: ID!, $v: Int!) { linkPreventiveAction(reviewId: $r, correctiveActionId: $a, expectedVersion: $v) { id version } }`);
const CREATE_TRAINING_REQUIREMENT = graphql(`mutation LostUpdatesCreateTrainingRequirement($input: CreateTrainingRequirementInput!) { createTrainingRequirement(input: $input) { id version } }`);
const UPDATE_TRAINING_REQUIREMENT = graphql(`mutation LostUpdatesUpdateTrainingRequirement($id: ID!, $input: UpdateTrainingRequirementInput!) { updateTrainingRequirement(id: $id, input: $input) { id version } }`);
const DELETE_TRAINING_REQUIREMENT = graphql(`mutation LostUpdatesDeleteTrainingRequirement($id: ID!, $v: Int!) { deleteTrainingRequirement(id: $id, expectedVersion: $v) { id } }`);
const CREATE_RESOURCE = graphql(`mutation LostUpdatesCreateResource($input: CreateResourceInput!) { createResource(input: $input) { id version } }`);
const UPDATE_RESOURCE = graphql(`mutation LostUpdatesUpdateResource($id: ID!, $input: UpdateResourceInput!) { updateResource(id: $id, input: $input) { id version } }`);
const DELETE_RESOURCE = graphql(`mutation LostUpdatesDeleteResource($id: ID!, $v: Int!) { deleteResource(id: $id, expectedVersion: $v) { id } }`);
const CREATE_COMMUNICATION_PLAN = graphql(`mutation LostUpdatesCreateCommunicationPlan($input: CreateCommunicationPlanInput!) { createCommunicationPlan(input: $input) { id version } }`);
const UPDATE_COMMUNICATION_PLAN = graphql(`mutation LostUpdatesUpdateCommunicationPlan($id: ID!, $input: UpdateCommunicationPlanInput!) { updateCommunicationPlan(id: $id, input: $input) { id version } }`);
const CANCEL_COMMUNICATION_PLAN = graphql(`mutation LostUpdatesCancelCommunicationPlan($id: ID!, $input: CancelCommunicationPlanInput!) { cancelCommunicationPlan(id: $id, input: $input) { id version } }`);
const ORGANIZATION = graphql(`query LostUpdatesOrganization { organization { id version } }`);
const UPDATE_ORGANIZATION = graphql(`mutation LostUpdatesUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id version } }`);
const CREATE_USERS = graphql(`mutation LostUpdatesCreateUsers($input: [CreateUserInput!]!) { createUsers(input: $input) { id version } }`);
const UPDATE_USER = graphql(`mutation LostUpdatesUpdateUser($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id version } }`);

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

const P1 = () => code.promises[0].P1.id;
const newAction = (overrides: Partial<CreateCorrectiveActionInput> = {}): CreateCorrectiveActionInput => ({
  kind: 'CORRECTIVE',
  promiseId: P1(),
  title: 'Rewrite the first demand letter',
  plannedAction: 'Rewrite the template in plain language.',
  ownerId: org.users.QUALITY_MANAGER,
  dueOn: inDays(30),
  ...overrides,
});

/** Where a stale request's version was sent, and what it must leave as it was. */
interface StaleTarget {
  /** Where the version was sent: `expectedVersion` or `input.expectedVersion`. */
  field: string;
  /** The record that must stay as it was (its table and id), and optionally rows that depend on it. */
  table: string;
  id: string;
  dependents?: string;
}

/** A request sent with the version its client read before someone else changed the record. */
interface StaleRequest extends StaleTarget {
  /** Sends the request; answers its first error. */
  send: () => Promise<FirstError>;
}

/** `mutation` with `variables`, sent by `client` (the variables typed by the mutation). */
function stale<R, V>(request: { client: ApiClient; mutation: DocumentTypeDecoration<R, V>; variables: NoInfer<V> } & StaleTarget): StaleRequest {
  const { client, mutation, variables, ...target } = request;
  return { ...target, send: () => client.error(mutation, variables) };
}

const staleRequests: [string, () => Promise<StaleRequest>][] = [
  ['submitCodeVersion (the revision, not the version number)', async () => {
    const c = await draftCode(qm, 'lu-submit', [{ key: 'P1' }]);
    await qm.data(UPDATE_VERSION, { id: c.versionId, input: { expectedVersion: 1, changeSummary: 'Changed by someone else' } });
    return stale({ client: qm, mutation: SUBMIT, variables: { id: c.versionId, v: 1 }, field: 'expectedVersion', table: 'code_version', id: c.versionId });
  }],
  ['scheduleCodeReview', async () => {
    const c = await draftCode(qm, 'lu-schedule', [{ key: 'P1' }]);
    const published = await publishVersion(qm, top, c.versionId);
    await qm.data(SCHEDULE_REVIEW, { id: c.versionId, input: { expectedVersion: published.revision, nextReviewDue: inDays(100) } });
    return stale({ client: top, mutation: SCHEDULE_REVIEW, variables: { id: c.versionId, input: { expectedVersion: published.revision, nextReviewDue: inDays(200) } }, field: 'input.expectedVersion', table: 'code_version', id: c.versionId });
  }],
  ['deleteCodePromise', async () => {
    const c = await draftCode(qm, 'lu-delete-promise', [{ key: 'P1' }, { key: 'P2' }]);
    await qm.data(UPDATE_PROMISE, { id: c.promises.P2, input: { expectedVersion: 1, text: 'Changed by someone else' } });
    return stale({ client: qm, mutation: DELETE_PROMISE, variables: { id: c.promises.P2, v: 1 }, field: 'expectedVersion', table: 'code_promise', id: c.promises.P2 });
  }],
  ['linkPromiseRequirements (the promise version)', async () => {
    const c = await draftCode(qm, 'lu-link', [{ key: 'P1' }]);
    await qm.data(LINK, { promiseId: c.promises.P1, v: 1, requirementIds: await requirementIds(qm, ['SRCM-5.1.1']) });
    return stale({
      client: qm,
      mutation: LINK,
      variables: { promiseId: c.promises.P1, v: 1, requirementIds: await requirementIds(qm, ['SRCM-5.1.2']) },
      field: 'expectedVersion',
      table: 'code_promise',
      id: c.promises.P1,
      dependents: `SELECT requirement_id FROM promise_requirement WHERE promise_id = '${c.promises.P1}' ORDER BY 1`,
    });
  }],
  ['acknowledgeComplaint', async () => {
    const c = (await co.data(REGISTER_COMPLAINT, { input: { channel: 'EMAIL', subject: 'Unclear letter', description: 'Fees without explanation.', promiseIds: [P1()] } })).registerComplaint;
    await co.data(UPDATE_COMPLAINT, { id: c.id, input: { expectedVersion: c.version, categories: ['LEGAL'] } });
    return stale({ client: co, mutation: ACKNOWLEDGE_COMPLAINT, variables: { id: c.id, input: { expectedVersion: c.version, letter: { channel: 'EMAIL', language: 'en', text: 'Received.' } } }, field: 'input.expectedVersion', table: 'complaint', id: c.id });
  }],
  ['removeClosureDay', async () => {
    const day = (await qm.data(ADD_CLOSURE_DAY, { input: { date: '2031-05-30', reason: 'Bridge day' } })).addClosureDay;
    return stale({ client: qm, mutation: REMOVE_CLOSURE_DAY, variables: { date: '2031-05-30', v: day.version + 1 }, field: 'expectedVersion', table: 'closure_day', id: day.id });
  }],
  ['startCorrectiveAction', async () => {
    const a = (await qm.data(CREATE_CORRECTIVE_ACTION, { input: newAction() })).createCorrectiveAction;
    await qm.data(UPDATE_CORRECTIVE_ACTION, { id: a.id, input: { expectedVersion: a.version, title: 'Changed by someone else' } });
    return stale({ client: qm, mutation: START_CORRECTIVE_ACTION, variables: { id: a.id, input: { expectedVersion: a.version } }, field: 'input.expectedVersion', table: 'corrective_action', id: a.id });
  }],
  ['archiveKpi', async () => {
    const chain = (await qm.data(CREATE_KPI_CHAIN, { input: { name: 'Lost updates' } })).createKpiChain;
    const kpi = (await qm.data(CREATE_KPI, {
      input: { chainId: chain.id, codeId: code.code.id, promiseKey: 'P1', kind: 'PROCESS', name: 'Acknowledged on time', unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', target: 90, threshold: 80, frequency: 'MONTHLY' },
    })).createKpi;
    await qm.data(UPDATE_KPI, { id: kpi.id, input: { expectedVersion: kpi.version, target: 95 } });
    return stale({ client: qm, mutation: ARCHIVE_KPI, variables: { id: kpi.id, v: kpi.version }, field: 'expectedVersion', table: 'kpi', id: kpi.id });
  }],
  ['linkPreventiveAction (the review version)', async () => {
    const review = (await qm.data(CREATE_MANAGEMENT_REVIEW, { input: { year, decisions: ['Plain-language letters'] } })).createManagementReview;
    await top.data(UPDATE_MANAGEMENT_REVIEW, { id: review.id, input: { expectedVersion: review.version, title: 'Changed by someone else' } });
    const action = (await top.data(CREATE_CORRECTIVE_ACTION, { input: newAction({ kind: 'PREVENTIVE', title: 'Four-eyes check' }) })).createCorrectiveAction;
    return stale({
      client: qm,
      mutation: LINK_PREVENTIVE_ACTION,
      variables: { r: review.id, a: action.id, v: review.version },
      field: 'expectedVersion',
      table: 'management_review',
      id: review.id,
      dependents: `SELECT corrective_action_id FROM management_review_preventive_action WHERE management_review_id = '${review.id}'`,
    });
  }],
  ['deleteTrainingRequirement', async () => {
    const r = (await qm.data(CREATE_TRAINING_REQUIREMENT, { input: { title: 'Complaint handling course', topic: 'COMPLAINT_HANDLING', assessment: 'COURSE', roles: ['COMPLAINT_OFFICER'] } })).createTrainingRequirement;
    await qm.data(UPDATE_TRAINING_REQUIREMENT, { id: r.id, input: { expectedVersion: r.version, validityMonths: 12 } });
    return stale({ client: qm, mutation: DELETE_TRAINING_REQUIREMENT, variables: { id: r.id, v: r.version }, field: 'expectedVersion', table: 'training_requirement', id: r.id });
  }],
  ['deleteResource', async () => {
    const r = (await qm.data(CREATE_RESOURCE, { input: { codeVersionId: code.versions[0].id, kind: 'PEOPLE', description: 'Complaint desk', quantity: 1.5, unit: 'FTE', periodStart: '2026-01-01' } })).createResource;
    await qm.data(UPDATE_RESOURCE, { id: r.id, input: { expectedVersion: r.version, quantity: 2 } });
    return stale({ client: qm, mutation: DELETE_RESOURCE, variables: { id: r.id, v: r.version }, field: 'expectedVersion', table: 'resource', id: r.id });
  }],
  ['cancelCommunicationPlan', async () => {
    const p = (await qm.data(CREATE_COMMUNICATION_PLAN, {
      input: { codeVersionId: code.versions[0].id, audience: 'CUSTOMERS', channel: 'WEBSITE', message: 'Our code on the portal', frequency: 'CONTINUOUS', plannedOn: '2026-02-01' },
    })).createCommunicationPlan;
    await qm.data(UPDATE_COMMUNICATION_PLAN, { id: p.id, input: { expectedVersion: p.version, message: 'Changed by someone else' } });
    return stale({ client: qm, mutation: CANCEL_COMMUNICATION_PLAN, variables: { id: p.id, input: { expectedVersion: p.version, reason: 'Not needed' } }, field: 'input.expectedVersion', table: 'communication_plan', id: p.id });
  }],
  ['updateOrganization', async () => {
    const read = (await top.data(ORGANIZATION)).organization!;
    await top.data(UPDATE_ORGANIZATION, { input: { expectedVersion: read.version, name: 'Changed by someone else' } });
    return stale({ client: top, mutation: UPDATE_ORGANIZATION, variables: { input: { expectedVersion: read.version, name: 'Stale name' } }, field: 'input.expectedVersion', table: 'organization', id: org.id });
  }],
  ['updateUser', async () => {
    const [u] = (await top.data(CREATE_USERS, { input: [{ name: 'Bram', email: 'bram@lost-updates.example', roles: ['STAFF'] }] })).createUsers;
    await top.data(UPDATE_USER, { id: u.id, input: { expectedVersion: u.version, name: 'Changed by someone else' } });
    return stale({ client: top, mutation: UPDATE_USER, variables: { id: u.id, input: { expectedVersion: u.version, name: 'Stale name' } }, field: 'input.expectedVersion', table: 'app_user', id: u.id });
  }],
];

describe('a change sent with a stale version', () => {
  it.each(staleRequests)('%s answers CONFLICT naming where the version was sent, and changes nothing', async (_name, arrange) => {
    const request = await arrange();
    const row = (): Promise<Record<string, unknown>[]> => app.dataSource.query(`SELECT * FROM ${request.table} WHERE id = $1`, [request.id]);
    const dependents = (): Promise<Record<string, unknown>[]> => (request.dependents ? app.dataSource.query(request.dependents) : Promise.resolve([]));
    const events = () => app.dataSource.getRepository(AuditEvent).countBy({ organizationId: org.id });
    const before = { row: await row(), dependents: await dependents(), events: await events() };
    expect(before.row).toHaveLength(1);

    const e = await request.send();
    expect(e).toMatchObject({ code: 'CONFLICT', extensions: { field: request.field } });
    expect({ row: await row(), dependents: await dependents(), events: await events() }).toEqual(before);
  });
});

/** A type reference as introspection answers it. */
interface TypeRef {
  kind: string;
  name: string | null;
  ofType: { name: string | null; kind?: string } | null;
}

/** Introspection is sent untyped; the caller names the shape of the answer. */
async function introspect<T>(client: ApiClient, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const { body } = await client.raw(query, variables);
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors, null, 2)}`);
  return body.data as T;
}

describe('the version a change requires', () => {
  const versioned = (type: TypeRef) => type.kind === 'NON_NULL' && type.ofType!.name === 'Int';

  it('is a required expectedVersion argument or input field on every mutation that changes or deletes a record', async () => {
    type Field = { name: string; args: { name: string; type: TypeRef }[] };
    type InputType = { inputFields: { name: string; type: TypeRef }[] };
    const schema = (await introspect<{ __schema: { mutationType: { fields: Field[] } } }>(qm, `{ __schema { mutationType { fields { name args { name type { kind name ofType { name kind } } } } } } }`)).__schema;
    const inputs = new Map<string, InputType>();
    const inputType = async (name: string): Promise<InputType> => {
      if (!inputs.has(name)) inputs.set(name, (await introspect<{ __type: InputType }>(qm, `query T($name: String!) { __type(name: $name) { inputFields { name type { kind name ofType { name } } } } }`, { name })).__type);
      return inputs.get(name)!;
    };
    // Creates (and KPI links, which have no state to overwrite) take no version; nor does the retention job, which
    // anonymises the complaints it has just read, each under the version it read; a not-applicable decision is a new
    // record; marking one's notifications read and sending a webhook delivery again are commands on rows nobody edits;
    // a satisfaction survey is answered once, through its link (a second answer is refused like an unknown link); a new
    // tracking secret replaces a credential, not anything a member wrote (the one handed out last is the one that works).
    const creates =
      /^(create|register|add)|^(submitComplaint|recordMaturityAssessment|recordMeasurements|linkKpis|unlinkKpis|anonymizeDueComplaints|markRequirementNotApplicable|markNotificationRead|markAllNotificationsRead|redeliverWebhook|answerSatisfactionSurvey|issueComplaintTrackingSecret)$/;
    const missing: string[] = [];
    for (const field of schema.mutationType.fields) {
      if (creates.test(field.name)) continue;
      let found = field.args.some((a) => a.name === 'expectedVersion' && versioned(a.type));
      const input = field.args.find((a) => a.name === 'input');
      if (!found && input) {
        const named = (input.type.ofType?.name ?? input.type.name)!;
        found = (await inputType(named)).inputFields.some((f) => f.name === 'expectedVersion' && versioned(f.type));
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
    type InputType = { inputFields: { name: string; description: string | null }[] };
    const type = (await introspect<{ __type: InputType }>(qm, `{ __type(name: "ScheduleCodeReviewInput") { inputFields { name description } } }`)).__type;
    expect(type.inputFields.find((f) => f.name === 'expectedVersion')!.description).toMatch(/`revision`.*not the version number/);
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
      mutation: CREATE_MANAGEMENT_REVIEW,
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
      mutation: CREATE_CORRECTIVE_ACTION,
      entity: CorrectiveAction,
      input: newAction({ promiseId: freshCode.promises[0].P1.id, ownerId: fresh.users.QUALITY_MANAGER }),
      change: {},
    });
    expect(action).toMatchObject({ kind: 'CORRECTIVE', title: 'Rewrite the first demand letter' });
  });
});

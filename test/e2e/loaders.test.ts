import { Role } from '../../src/common/roles';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { nodes, startTestApp, statementCounter, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { createCode } from '../support/fixtures';
import { graphql } from '../graphql';
import type { RegisterComplaintInput } from '../graphql/graphql';

const REGISTER = graphql(`mutation LoadersRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id } }`);
const CREATE_ACTION = graphql(`mutation LoadersCreateAction($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id } }`);
const ACTION_COMPLAINTS = graphql(`query LoadersActionComplaints($id: ID!) { correctiveAction(id: $id) {
  complaints { edges { node { id subject } } }
  promise { complaints { edges { node { id subject } } } }
} }`);
const COMPLAINT_ACTIONS = graphql(`query LoadersComplaintActions($id: ID!) { complaint(id: $id) {
  correctiveActions { edges { node { id title } } }
  promises { correctiveActions { edges { node { id title } } } }
} }`);
const PROMISE_COMPLAINT_COUNT = graphql(`query LoadersPromiseComplaintCount($id: ID!) { complaint(id: $id) { promises { complaints { totalCount } } } }`);
const REGISTER_TWICE = graphql(`mutation LoadersRegisterTwice($input: RegisterComplaintInput!) {
  a: registerComplaint(input: $input) { promises { complaints { totalCount edges { node { id } } } } }
  b: registerComplaint(input: $input) { id promises { complaints { totalCount edges { node { id } } } } }
}`);

/** The statements that read whole rows of `table` (TypeORM aliases an entity's own find by its class name). */
const rowReads = (statements: readonly string[], table: string, entity: string) =>
  statements.filter((sql) => sql.includes(`FROM "${table}" "${entity}"`)).length;

describe('request loaders', () => {
  let app: TestApp;
  let alpha: TestOrganization;
  let co: ApiClient;
  let P1: string;
  let statements: ReturnType<typeof statementCounter>;
  let complaintIds: string[];
  let actionId: string;

  const register = async (client: ApiClient) =>
    (await client.data(REGISTER, { input: { channel: 'EMAIL', subject: 'Unclear letter', description: 'The letter did not say what I owe.', promiseIds: [P1] } }))
      .registerComplaint.id;

  beforeAll(async () => {
    app = await startTestApp();
    alpha = await app.createOrganization('alpha');
    co = await app.as(alpha, Role.COMPLAINT_OFFICER);
    const code = await createCode(app.dataSource, alpha, [CodeVersionStatus.PUBLISHED]);
    P1 = code.promises[0].P1.id;
    complaintIds = [await register(co), await register(co)];
    actionId = (
      await co.data(CREATE_ACTION, {
        input: {
          kind: 'CORRECTIVE',
          title: 'Rewrite the first demand letter',
          rootCause: 'The template lists fees without explaining them.',
          plannedAction: 'Rewrite the template in plain language.',
          ownerId: alpha.users.QUALITY_MANAGER,
          dueOn: '2099-01-01',
          complaintIds,
        },
      })
    ).createCorrectiveAction.id;
    statements = statementCounter(app.dataSource);
  });
  afterAll(() => app.close());

  it("reads the complaints of an action's complaints and of its promise's complaints with their pages, without a SELECT of their own", async () => {
    statements.reset();
    const correctiveAction = (await co.data(ACTION_COMPLAINTS, { id: actionId })).correctiveAction!;
    const direct = nodes(correctiveAction.complaints).map((c) => c.id);
    const throughPromise = nodes(correctiveAction.promise.complaints).map((c) => c.id);
    expect(direct.sort()).toEqual([...complaintIds].sort());
    expect(throughPromise.sort()).toEqual([...complaintIds].sort());
    expect(rowReads(statements.statements, 'complaint', 'Complaint')).toBe(0);
    // The action, its promise, and one statement per connection (its page with the complaints' rows); the by-id read is gone.
    expect(statements.count).toBe(4);
  });

  it("reads the actions of a complaint's actions and of its promises' actions with their pages, without a SELECT of their own", async () => {
    statements.reset();
    const complaint = (await co.data(COMPLAINT_ACTIONS, { id: complaintIds[0] })).complaint!;
    expect(nodes(complaint.correctiveActions).map((a) => a.id)).toEqual([actionId]);
    expect(nodes(complaint.promises[0].correctiveActions).map((a) => a.id)).toEqual([actionId]);
    expect(rowReads(statements.statements, 'corrective_action', 'CorrectiveAction')).toBe(0);
    // The complaint, its promises, and one statement per connection (its page with the actions' rows); the by-id read is gone.
    expect(statements.count).toBe(4);
  });

  it('lets a mutation see what an earlier mutation of the same request wrote (loaders start afresh)', async () => {
    const before = (await co.data(PROMISE_COMPLAINT_COUNT, { id: complaintIds[0] })).complaint!.promises[0].complaints.totalCount;
    const input = { channel: 'EMAIL', subject: 'Fees unexplained', description: 'Again no explanation of the fees.', promiseIds: [P1] } satisfies RegisterComplaintInput;
    const result = await co.data(REGISTER_TWICE, { input });
    expect(result.a.promises[0].complaints.totalCount).toBe(before + 1);
    expect(result.b.promises[0].complaints.totalCount).toBe(before + 2);
    expect(nodes(result.b.promises[0].complaints).map((c) => c.id)).toContain(result.b.id);
  });
});

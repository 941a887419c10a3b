import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { Role } from '../../src/common/roles';
import { startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { createCode, type CodeFixture } from '../support/fixtures';
import { graphql } from '../graphql';
import type { CreateKpiInput, CreateResourceInput, RegisterComplaintInput } from '../graphql/graphql';

const CREATE_CODE = graphql(`mutation InputSafetyCreateCode($input: CreateCodeInput!) { createCode(input: $input) { id title scope } }`);
const REGISTER = graphql(`mutation InputSafetyRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id subject acknowledgementDueAt resolutionDueAt } }`);
const SUBMIT = graphql(`mutation InputSafetySubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }`);
const COMPLAINTS = graphql(`query InputSafetyComplaints($promiseId: ID, $search: String) { complaints(promiseId: $promiseId, search: $search) { totalCount } }`);
const CREATE_RESOURCE = graphql(`mutation InputSafetyCreateResource($input: CreateResourceInput!) { createResource(input: $input) { id quantity } }`);
const UPDATE_RESOURCE = graphql(`mutation InputSafetyUpdateResource($id: ID!, $input: UpdateResourceInput!) { updateResource(id: $id, input: $input) { id } }`);
const RESOURCES = graphql(`query InputSafetyResources($codeId: ID, $promiseId: ID) { resources(codeId: $codeId, promiseId: $promiseId) { totalCount } }`);
const CREATE_CHAIN = graphql(`mutation InputSafetyCreateChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id name } }`);
const CREATE_KPI = graphql(`mutation InputSafetyCreateKpi($input: CreateKpiInput!) { createKpi(input: $input) { id target } }`);
const RECORD = graphql(`mutation InputSafetyRecord($input: [RecordKpiMeasurementInput!]!) { recordMeasurements(input: $input) { id } }`);
const CREATE_REVIEW = graphql(`mutation InputSafetyCreateReview($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { id } }`);
const UPDATE_ORG = graphql(`mutation InputSafetyUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { version complaintPolicy { acknowledgeWithin acknowledgeUnit resolveWithin resolveUnit } } }`);
const ORG = graphql(`query InputSafetyOrganization { organization { version complaintPolicy { acknowledgeWithin acknowledgeUnit resolveWithin resolveUnit } } }`);

let app: TestApp;
let org: TestOrganization;
let manager: ApiClient;
let code: CodeFixture;
let chainId: string;
let kpiId: string;

/** Rows of every table the refused requests would write, and the audit trail. */
async function snapshot(): Promise<Record<string, number>> {
  const tables = ['audit_event', 'code', 'complaint', 'resource', 'kpi_chain', 'kpi', 'kpi_measurement', 'management_review', 'idempotency_key'];
  const [row]: Record<string, number>[] = await app.dataSource.query(`SELECT ${tables.map((t) => `(SELECT count(*)::int FROM ${t}) AS ${t}`).join(', ')}`);
  const [{ version }]: { version: number }[] = await app.dataSource.query(`SELECT version FROM organization WHERE id = $1`, [org.id]);
  return { ...row, organizationVersion: version };
}

const complaint = (overrides: Partial<RegisterComplaintInput> = {}): RegisterComplaintInput => ({
  channel: 'EMAIL',
  subject: 'Wrong amount',
  description: 'The letter names an amount I do not owe.',
  complainant: { name: 'Jan Jansen', email: 'jan@example.nl' },
  promiseIds: [code.promises[0].P1.id],
  ...overrides,
});
const resource = (overrides: Partial<CreateResourceInput> = {}): CreateResourceInput => ({
  codeVersionId: code.versions[0].id,
  kind: 'PEOPLE',
  description: 'Complaint desk',
  quantity: 1.5,
  unit: 'FTE',
  periodStart: '2026-01-01',
  ...overrides,
});
const kpi = (overrides: Partial<CreateKpiInput> = {}): CreateKpiInput => ({
  chainId,
  codeId: code.code.id,
  promiseKey: 'P1',
  kind: 'RESULT',
  name: 'Complaints acknowledged in time',
  unit: 'PERCENT',
  direction: 'HIGHER_IS_BETTER',
  target: 95,
  threshold: 90,
  frequency: 'MONTHLY',
  ...overrides,
});
const lastMonth = () => {
  const start = DateTime.now().setZone('Europe/Amsterdam').minus({ months: 1 }).startOf('month');
  return { periodStart: start.toISODate()!, periodEnd: start.endOf('month').toISODate()! };
};

beforeAll(async () => {
  app = await startTestApp();
  org = await app.createOrganization('input-safety');
  manager = await app.as(org, [Role.TOP_MANAGEMENT, Role.QUALITY_MANAGER, Role.COMPLAINT_OFFICER]);
  code = await createCode(app.dataSource, org, [CodeVersionStatus.PUBLISHED], ['P1', 'P2'], 'gedragscode');
  chainId = (await manager.data(CREATE_CHAIN, { input: { name: 'Complaint handling' } })).createKpiChain.id;
  kpiId = (await manager.data(CREATE_KPI, { input: kpi() })).createKpi.id;
});
afterAll(() => app.close());

/**
 * Sends a request that must be refused as BAD_USER_INPUT naming exactly `fields`, and checks that nothing changed.
 * The documents are valid; the variables hold values the service refuses, so they are sent as given.
 */
async function expectRefused(client: ApiClient, document: DocumentTypeDecoration<unknown, never>, variables: Record<string, unknown>, fields: string[]) {
  const before = await snapshot();
  const { status, body } = await client.raw(String(document), variables);
  expect(status).toBeLessThan(500);
  expect(body.errors).toHaveLength(1);
  const [error] = body.errors!;
  expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  expect(error.extensions?.fields?.map((f) => f.field)).toEqual(fields);
  expect(JSON.stringify(error)).not.toMatch(/stack|SELECT|INSERT|invalid byte sequence/i);
  expect(await snapshot()).toEqual(before);
  return error;
}

describe('text PostgreSQL cannot store', () => {
  it.each([
    ['a code title', () => manager, CREATE_CODE, () => ({ input: { key: 'nul', title: 'Gedrags\u0000code' } }), ['input.title']],
    ['a nested complainant name', () => manager, REGISTER, () => ({ input: complaint({ complainant: { name: 'Jan\u0000', email: 'jan@example.nl' } }) }), ['input.complainant.name']],
    ['the public form', () => app.anonymous, SUBMIT, () => ({ slug: org.slug, input: { subject: 'S', description: 'D\u0000', complainant: { name: 'A', email: 'a@example.nl' } } }), ['input.description']],
    ['a list item', () => manager, CREATE_REVIEW, () => ({ input: { year: 2025, decisions: ['Hire staff', 'More\u0000'] } }), ['input.decisions[1]']],
    ['a KPI chain name and an idempotency key at once', () => manager, CREATE_CHAIN, () => ({ input: { name: 'N\u0000', idempotencyKey: 'k\u0000' } }), ['input.idempotencyKey', 'input.name']],
    ['a measurement note in a batch', () => manager, RECORD, () => ({ input: [{ kpiId, ...lastMonth(), value: 1, note: '\u0000' }] }), ['input[0].note']],
    ['a lone surrogate', () => manager, CREATE_CODE, () => ({ input: { key: 'surrogaat', title: 'Half \ud800 a character' } }), ['input.title']],
  ])('refuses U+0000 or broken Unicode in %s', async (_name, client, document, variables, fields) => {
    const error = await expectRefused(client(), document, variables(), fields);
    expect(error.extensions?.fields?.[0].message).toMatch(/NUL|Unicode/);
  });

  it('refuses it in a query argument too', async () => {
    await expectRefused(manager, COMPLAINTS, { search: 'Jan\u0000' }, ['search']);
  });
});

describe('numbers outside what the columns hold', () => {
  it.each([
    ['a denormal quantity (rounds to 0)', CREATE_RESOURCE, () => ({ input: resource({ quantity: 5e-324 }) }), ['input.quantity']],
    ['a huge quantity', CREATE_RESOURCE, () => ({ input: resource({ quantity: 1e300 }) }), ['input.quantity']],
    ['a quantity past numeric(15,3)', CREATE_RESOURCE, () => ({ input: resource({ quantity: 1e13 }) }), ['input.quantity']],
    ['a huge KPI target', CREATE_KPI, () => ({ input: kpi({ target: -1e300 }) }), ['input.target']],
    ['a denormal measurement', RECORD, () => ({ input: [{ kpiId, ...lastMonth(), value: 5e-324 }] }), ['input[0].value']],
  ])('refuses %s', async (_name, document, variables, fields) => {
    await expectRefused(manager, document, variables(), fields);
  });

  it('still takes 0 and ordinary decimals', async () => {
    expect((await manager.data(CREATE_RESOURCE, { input: resource({ quantity: 0 }) })).createResource.quantity).toBe(0);
    expect((await manager.data(CREATE_RESOURCE, { input: resource({ quantity: 0.125 }) })).createResource.quantity).toBe(0.125);
  });
});

describe('blank and padded text', () => {
  it.each([
    ['a required KPI chain name', CREATE_CHAIN, () => ({ input: { name: '   ' } }), ['input.name']],
    ['an optional code scope', CREATE_CODE, () => ({ input: { key: 'leeg', title: 'T', scope: ' \t\n ' } }), ['input.scope']],
    ['a required resource description', CREATE_RESOURCE, () => ({ input: resource({ description: '  ' }) }), ['input.description']],
    ['a complaint subject and a nested name', REGISTER, () => ({ input: complaint({ subject: ' ', complainant: { name: '  ', email: 'jan@example.nl' } }) }), ['input.subject', 'input.complainant.name']],
  ])('refuses %s as blank', async (_name, document, variables, fields) => {
    const error = await expectRefused(manager, document, variables(), fields);
    expect(error.extensions?.fields?.every((f) => f.message === 'must not be blank')).toBe(true);
  });

  it('stores text trimmed, in every module alike', async () => {
    expect((await manager.data(CREATE_CODE, { input: { key: 'gepolijst', title: '  Klantbeloften \n', scope: ' Incasso ' } })).createCode).toMatchObject({
      title: 'Klantbeloften',
      scope: 'Incasso',
    });
    expect((await manager.data(CREATE_CHAIN, { input: { name: '\tKeten  ' } })).createKpiChain.name).toBe('Keten');
    expect((await manager.data(REGISTER, { input: complaint({ subject: '  Te hoog bedrag ' }) })).registerComplaint.subject).toBe('Te hoog bedrag');
  });
});

describe('ids', () => {
  it.each([
    ['an empty promise id in a list', REGISTER, () => ({ input: complaint({ promiseIds: [''] }) }), ['input.promiseIds[0]']],
    ['a malformed id argument', UPDATE_RESOURCE, () => ({ id: 'abc', input: { expectedVersion: 1 } }), ['id']],
    ['a malformed nested id', CREATE_KPI, () => ({ input: kpi({ chainId: `${randomUUID()}x` }) }), ['input.chainId']],
  ])('refuses %s', async (_name, document, variables, fields) => {
    const error = await expectRefused(manager, document, variables(), fields);
    expect(error.extensions?.fields?.[0].message).toBe('must be a UUID');
  });

  it.each([
    ['resources', RESOURCES, { codeId: '' }, ['codeId']],
    ['resources', RESOURCES, { promiseId: 'P1' }, ['promiseId']],
    ['complaints', COMPLAINTS, { promiseId: '' }, ['promiseId']],
  ])('refuses an empty or malformed id filter of %s instead of ignoring it', async (_name, document, variables, fields) => {
    await expectRefused(manager, document, variables, fields);
  });

  it('takes an upper-case UUID as the same id', async () => {
    const upper = code.code.id.toUpperCase();
    expect((await manager.data(RESOURCES, { codeId: upper })).resources!.totalCount).toBe((await manager.data(RESOURCES, { codeId: code.code.id })).resources!.totalCount);
  });
});

describe('the complaint policy', () => {
  const policy = async () => (await manager.data(ORG)).organization!;

  it.each([
    ['acknowledgement in 0 days', { acknowledgeWithin: 0 }, ['input.complaintPolicy.acknowledgeWithin']],
    ['acknowledgement in -1 days', { acknowledgeWithin: -1 }, ['input.complaintPolicy.acknowledgeWithin']],
    ['resolution in 100,000 working days', { resolveWithin: 100_000, resolveUnit: 'WORKING_DAYS' }, ['input.complaintPolicy.resolveWithin']],
    ['resolution in 365 working days', { resolveWithin: 365, resolveUnit: 'WORKING_DAYS' }, ['input.complaintPolicy.resolveWithin']],
    ['resolution in 0 calendar days', { resolveWithin: 0 }, ['input.complaintPolicy.resolveWithin']],
    ['acknowledgement after resolution', { acknowledgeWithin: 10, acknowledgeUnit: 'WORKING_DAYS', resolveWithin: 7, resolveUnit: 'CALENDAR_DAYS' }, ['input.complaintPolicy.acknowledgeWithin']],
  ])('refuses %s', async (_name, complaintPolicy, fields) => {
    const { version } = await policy();
    await expectRefused(manager, UPDATE_ORG, { input: { expectedVersion: version, complaintPolicy } }, fields);
  });

  it('takes a wide policy within the bounds, and intake keeps working', async () => {
    const { version } = await policy();
    const updated = (await manager.data(UPDATE_ORG, { input: { expectedVersion: version, complaintPolicy: { acknowledgeWithin: 60, acknowledgeUnit: 'WORKING_DAYS', resolveWithin: 365, resolveUnit: 'CALENDAR_DAYS' } } })).updateOrganization;
    expect(updated.complaintPolicy).toEqual({ acknowledgeWithin: 60, acknowledgeUnit: 'WORKING_DAYS', resolveWithin: 365, resolveUnit: 'CALENDAR_DAYS' });
    const c = (await manager.data(REGISTER, { input: complaint() })).registerComplaint;
    expect(new Date(c.acknowledgementDueAt).getTime()).toBeLessThan(new Date(c.resolutionDueAt).getTime());
  });

  it('serves intake, public form included, even from a policy row written before the bounds', async () => {
    await app.dataSource.query(
      `UPDATE organization SET policy_acknowledge_within = 0, policy_acknowledge_unit = 'WORKING_DAYS', policy_resolve_within = 100000, policy_resolve_unit = 'WORKING_DAYS' WHERE id = $1`,
      [org.id],
    );
    const receivedAt = '2026-01-12T09:00:00.000Z';
    const registered = (await manager.data(REGISTER, { input: complaint({ receivedAt }) })).registerComplaint;
    // Counted as the nearest bounds: 1 working day (Tuesday) and 90 working days.
    expect(registered.acknowledgementDueAt).toBe('2026-01-13T22:59:59.999Z');
    expect(new Date(registered.resolutionDueAt).getTime()).toBeLessThan(new Date('2026-06-30T00:00:00Z').getTime());
    const submitted = await app.anonymous.data(SUBMIT, { slug: org.slug, input: { subject: 'S', description: 'D', complainant: { name: 'A', email: 'a@example.nl' } } });
    expect(submitted.submitComplaint.reference).toMatch(/^K-\d{4}-\d+$/);
  });
});

describe("a nested connection's arguments", () => {
  const NESTED = `query InputSafetyNested($small: Int, $large: Int) {
    complaints(first: 3) { edges { node { id fine: correctiveActions(first: $small) { totalCount } refused: correctiveActions(first: $large) { totalCount } } } } }`;
  type Nested = { complaints: { edges: { node: { id: string; fine: { totalCount: number }; refused: { totalCount: number } } }[] } | null };
  const errorsOf = (body: { errors?: readonly { path?: readonly (string | number)[]; extensions?: Record<string, unknown> }[] }) =>
    body.errors?.map((e) => [e.path?.join('.'), e.extensions?.code, (e.extensions?.fields as { field: string }[] | undefined)?.map((f) => f.field)]);

  beforeAll(async () => {
    for (let i = 0; i < 3; i++) await manager.data(REGISTER, { input: complaint() });
  });

  it('refuse a page size out of bounds under the first parent, naming the aliased field and the argument', async () => {
    const { body } = await manager.raw(NESTED, { small: 5, large: 500 });
    expect(errorsOf(body)).toEqual([['complaints.edges.0.node.refused', 'BAD_USER_INPUT', ['first']]]);
    // The connection is non-null: the error nulls the nearest nullable field, the root one.
    expect((body.data as Nested).complaints).toBeNull();
  });

  it('are checked per field and per request: the values refused in one request are taken in the next, and the other way round', async () => {
    expect(errorsOf((await manager.raw(NESTED, { small: 500, large: 5 })).body)).toEqual([['complaints.edges.0.node.fine', 'BAD_USER_INPUT', ['first']]]);
    const { body } = await manager.raw(NESTED, { small: 5, large: 100 });
    expect(body.errors).toBeUndefined();
    expect((body.data as Nested).complaints!.edges.map((e) => [e.node.fine.totalCount, e.node.refused.totalCount])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  });
});

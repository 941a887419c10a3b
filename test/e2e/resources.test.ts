import { randomUUID } from 'node:crypto';
import { Role } from '../../src/common/roles';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { Resource } from '../../src/modules/resource/resource.entity';
import { nodes, startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { addCodeVersion, createCode, type CodeFixture } from '../support/fixtures';
import { expectCreatedOncePerKey } from '../support/idempotency';
import { graphql } from '../graphql';
import type { CreateResourceInput, ResourcesListQuery } from '../graphql/graphql';

graphql(`fragment ResourcesResourceFields on Resource {
  id version kind description quantity unit periodStart periodEnd code { key } codeVersion { id version } promise { key } owner { id } }`);
const CREATE = graphql(`mutation ResourcesCreate($input: CreateResourceInput!) { createResource(input: $input) { ...ResourcesResourceFields } }`);
const UPDATE = graphql(`mutation ResourcesUpdate($id: ID!, $input: UpdateResourceInput!) { updateResource(id: $id, input: $input) { ...ResourcesResourceFields } }`);
const DELETE = graphql(`mutation ResourcesDelete($id: ID!, $v: Int!) { deleteResource(id: $id, expectedVersion: $v) { id } }`);
const RESOURCE = graphql(`query ResourcesResource($id: ID!) { resource(id: $id) { ...ResourcesResourceFields } }`);
const LIST = graphql(`query ResourcesList($codeId: ID, $codeVersionId: ID, $promiseId: ID, $kind: ResourceKind, $activeOn: LocalDate, $first: Int, $after: String) {
  resources(codeId: $codeId, codeVersionId: $codeVersionId, promiseId: $promiseId, kind: $kind, activeOn: $activeOn, first: $first, after: $after) {
    totalCount edges { node { description periodStart } } pageInfo { hasNextPage endCursor } } }`);
const TOTALS = graphql(`query ResourcesTotals($codeId: ID!, $codeVersionId: ID, $activeOn: LocalDate) { resourceTotals(codeId: $codeId, codeVersionId: $codeVersionId, activeOn: $activeOn) { kind unit quantity resources } }`);

let app: TestApp;
let org: TestOrganization;
let other: TestOrganization;
let qm: ApiClient;
let code: CodeFixture;

const input = (overrides: Partial<CreateResourceInput> = {}): CreateResourceInput => ({
  codeVersionId: code.versions[0].id,
  kind: 'PEOPLE',
  description: 'Complaint desk staffing',
  quantity: 1.5,
  unit: 'FTE',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  ...overrides,
});

beforeAll(async () => {
  app = await startTestApp();
  org = await app.createOrganization('resources-alpha');
  other = await app.createOrganization('resources-beta');
  qm = await app.as(org, Role.QUALITY_MANAGER);
  code = await createCode(app.dataSource, org, [CodeVersionStatus.PUBLISHED], ['P1', 'P2'], 'collection');
});
afterAll(() => app.close());

describe('smoke: resources', () => {
  it('commits resources to a code version or to one promise, and reads them back', async () => {
    const forVersion = (await qm.data(CREATE, { input: input({ ownerId: org.users.QUALITY_MANAGER }) })).createResource;
    expect(forVersion).toMatchObject({ version: 1, kind: 'PEOPLE', quantity: 1.5, unit: 'FTE', code: { key: 'collection' }, codeVersion: { id: code.versions[0].id, version: 1 }, promise: null, owner: { id: org.users.QUALITY_MANAGER } });
    const forPromise = (await qm.data(CREATE, { input: input({ codeVersionId: null, promiseId: code.promises[0].P2.id, kind: 'BUDGET', quantity: 25000.25, unit: 'EUR', description: 'Arrangement calculator' }) })).createResource;
    expect(forPromise).toMatchObject({ promise: { key: 'P2' }, codeVersion: { id: code.versions[0].id }, quantity: 25000.25 });
    expect((await qm.data(RESOURCE, { id: forPromise.id })).resource!.description).toBe('Arrangement calculator');
    expect((await qm.data(LIST, { promiseId: code.promises[0].P2.id })).resources!.totalCount).toBe(1);
  });

  it('updates with the version read, refuses a stale one and deletes', async () => {
    const r = (await qm.data(CREATE, { input: input({ description: 'Temporary' }) })).createResource;
    const updated = (await qm.data(UPDATE, { id: r.id, input: { expectedVersion: 1, quantity: 2, periodEnd: null } })).updateResource;
    expect(updated).toMatchObject({ version: 2, quantity: 2, periodEnd: null });
    expect((await qm.error(UPDATE, { id: r.id, input: { expectedVersion: 1, quantity: 3 } })).code).toBe('CONFLICT');
    expect((await qm.error(DELETE, { id: r.id, v: 1 })).code).toBe('CONFLICT');
    await qm.data(DELETE, { id: r.id, v: 2 });
    expect((await qm.error(RESOURCE, { id: r.id })).code).toBe('NOT_FOUND');
  });
});

describe('resource totals', () => {
  it('sums per kind and unit for a code, a version of it, or a day', async () => {
    const totals = await createCode(app.dataSource, org, [CodeVersionStatus.PUBLISHED], ['P1'], 'totals');
    const v2 = await addCodeVersion(app.dataSource, org, totals.code, 2, CodeVersionStatus.DRAFT, ['P1']);
    const add = (extra: Partial<CreateResourceInput>) => qm.data(CREATE, { input: input({ codeVersionId: totals.versions[0].id, ...extra }) });
    await add({ kind: 'PEOPLE', quantity: 1.5, unit: 'FTE' });
    await add({ kind: 'PEOPLE', quantity: 0.5, unit: 'FTE', periodStart: '2025-01-01', periodEnd: '2025-12-31' });
    await add({ kind: 'PEOPLE', quantity: 2, unit: 'PERSONS' });
    await add({ kind: 'BUDGET', quantity: 1000.1, unit: 'EUR', codeVersionId: null, promiseId: totals.promises[0].P1.id });
    await add({ kind: 'BUDGET', quantity: 2000.2, unit: 'EUR', codeVersionId: v2.version.id, periodEnd: null });

    expect((await qm.data(TOTALS, { codeId: totals.code.id })).resourceTotals).toEqual([
      { kind: 'BUDGET', unit: 'EUR', quantity: 3000.3, resources: 2 },
      { kind: 'PEOPLE', unit: 'FTE', quantity: 2, resources: 2 },
      { kind: 'PEOPLE', unit: 'PERSONS', quantity: 2, resources: 1 },
    ]);
    expect((await qm.data(TOTALS, { codeId: totals.code.id, codeVersionId: v2.version.id })).resourceTotals).toEqual([{ kind: 'BUDGET', unit: 'EUR', quantity: 2000.2, resources: 1 }]);
    expect((await qm.data(TOTALS, { codeId: totals.code.id, activeOn: '2025-06-01' })).resourceTotals).toEqual([{ kind: 'PEOPLE', unit: 'FTE', quantity: 0.5, resources: 1 }]);
    expect((await qm.data(TOTALS, { codeId: totals.code.id, activeOn: '2027-06-01' })).resourceTotals).toEqual([{ kind: 'BUDGET', unit: 'EUR', quantity: 2000.2, resources: 1 }]);
    expect((await qm.error(TOTALS, { codeId: totals.code.id, codeVersionId: code.versions[0].id })).extensions.fields![0].field).toBe('codeVersionId');
  });

  it('pages through a code’s resources, latest period first', async () => {
    const paged = await createCode(app.dataSource, org, [CodeVersionStatus.PUBLISHED], ['P1'], 'paged');
    for (let m = 1; m <= 5; m++) await qm.data(CREATE, { input: input({ codeVersionId: paged.versions[0].id, description: `Month ${m}`, periodStart: `2026-0${m}-01`, periodEnd: null }) });
    const seen: string[] = [];
    let after: string | null | undefined = null;
    do {
      const page: NonNullable<ResourcesListQuery['resources']> = (await qm.data(LIST, { codeId: paged.code.id, first: 2, after })).resources!;
      seen.push(...nodes(page).map((r) => r.description));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(['Month 5', 'Month 4', 'Month 3', 'Month 2', 'Month 1']);
  });
});

describe('resources by role', () => {
  it('are read by management, complaint officers and auditors and changed only by quality and top management', async () => {
    const r = (await qm.data(CREATE, { input: input({ description: 'Role check' }) })).createResource;
    for (const role of [Role.TOP_MANAGEMENT, Role.COMPLAINT_OFFICER, Role.AUDITOR]) {
      expect((await (await app.as(org, role)).data(RESOURCE, { id: r.id })).resource!.description).toBe('Role check');
    }
    expect((await (await app.as(org, Role.STAFF)).error(RESOURCE, { id: r.id })).code).toBe('FORBIDDEN');
    const top = await app.as(org, Role.TOP_MANAGEMENT);
    expect((await top.data(UPDATE, { id: r.id, input: { expectedVersion: r.version, quantity: 3 } })).updateResource.quantity).toBe(3);
    for (const role of [Role.COMPLAINT_OFFICER, Role.AUDITOR, Role.STAFF]) {
      const client = await app.as(org, role);
      expect((await client.error(CREATE, { input: input() })).code).toBe('FORBIDDEN');
      expect((await client.error(DELETE, { id: r.id, v: 2 })).code).toBe('FORBIDDEN');
    }
  });
});

describe('bad resource input', () => {
  it.each<[string, Partial<CreateResourceInput>, string]>([
    ['neither a version nor a promise', { codeVersionId: null }, 'input.codeVersionId'],
    ['both a version and a promise', { promiseId: '00000000-0000-4000-8000-000000000000' }, 'input.codeVersionId'],
    ['a negative quantity', { quantity: -1 }, 'input.quantity'],
    ['more than three decimals', { quantity: 1.2345 }, 'input.quantity'],
    ['a budget counted in hours', { kind: 'BUDGET', unit: 'HOURS' }, 'input.unit'],
    ['a period ending before it starts', { periodStart: '2026-06-01', periodEnd: '2026-05-31' }, 'input.periodEnd'],
  ])('refuses %s, naming the field and writing nothing', async (_name, overrides, field) => {
    const before = await app.dataSource.getRepository(Resource).count();
    const e = await qm.error(CREATE, { input: input(overrides) });
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.extensions.fields!.map((f) => f.field)).toContain(field);
    expect(await app.dataSource.getRepository(Resource).count()).toBe(before);
  });

  it('refuses unknown units and kinds', async () => {
    expect((await qm.error(String(CREATE), { input: { ...input(), unit: 'BARRELS' } })).code).toBe('BAD_USER_INPUT');
    expect((await qm.error(String(CREATE), { input: { ...input(), kind: 'MAGIC' } })).code).toBe('BAD_USER_INPUT');
  });

  it("answers another organisation's versions, promises and resources as NOT_FOUND", async () => {
    const otherQm = await app.as(other, Role.QUALITY_MANAGER);
    expect((await otherQm.error(CREATE, { input: input() })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.codeVersionId' });
    expect((await otherQm.error(CREATE, { input: input({ codeVersionId: null, promiseId: code.promises[0].P1.id }) })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.promiseId' });
    const mine = (await qm.data(CREATE, { input: input({ description: 'Mine' }) })).createResource;
    const foreign = await otherQm.error(RESOURCE, { id: mine.id });
    const missingId = randomUUID();
    const missing = await otherQm.error(RESOURCE, { id: missingId });
    expect(foreign.message.replace(mine.id, '<id>')).toBe(missing.message.replace(missingId, '<id>'));
    expect((await otherQm.error(UPDATE, { id: mine.id, input: { expectedVersion: 1, quantity: 9 } })).code).toBe('NOT_FOUND');
    expect((await otherQm.error(TOTALS, { codeId: code.code.id })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'codeId' });
    expect((await otherQm.data(LIST, {})).resources!.totalCount).toBe(0);
  });
});

describe('retried creation', () => {
  it('commits a resource once per idempotency key and refuses the key for a different resource', async () => {
    const change = { quantity: 2 };
    const resource = await expectCreatedOncePerKey(app, qm, org, { mutation: CREATE, entity: Resource, input: input({ description: 'Weekend complaint desk' }), change });
    expect(resource).toMatchObject({ description: 'Weekend complaint desk', quantity: 1.5 });
  });
});

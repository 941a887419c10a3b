import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { Role } from '../../src/common/roles';
import { AuditEvent } from '../../src/common/audit-event.entity';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { Kpi } from '../../src/modules/kpi/kpi.entity';
import { KpiChain } from '../../src/modules/kpi/kpi-chain.entity';
import { KpiMeasurement } from '../../src/modules/kpi/kpi-measurement.entity';
import { KpiFrequency, latestExpectedPeriod, shiftPeriod, type Period } from '../../src/modules/kpi/kpi-period';
import { nodes, startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { addCodeVersion, createCode, type CodeFixture } from '../support/fixtures';
import { expectCreatedOncePerKey } from '../support/idempotency';
import { graphql } from '../graphql';
import type { CreateKpiInput, KpisCreateMutation, KpisHistoryQuery, RecordKpiMeasurementInput } from '../graphql/graphql';

graphql(`fragment KpisKpiFields on Kpi { id version name kind unit direction target threshold frequency promiseKey archived archivedAt
  chain { id name } code { id key } promise { id key title } }`);
const CREATE_CHAIN = graphql(`mutation KpisCreateChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id name version activeKpiCount kpiLimit capacityWarning } }`);
const CHAIN = graphql(`query KpisChain($id: ID!) { kpiChain(id: $id) { id name activeKpiCount kpiLimit capacityWarning kpis { name } links { cause { name } effect { name } } } }`);
const CREATE_KPI = graphql(`mutation KpisCreate($input: CreateKpiInput!) { createKpi(input: $input) { ...KpisKpiFields } }`);
const UPDATE_KPI = graphql(`mutation KpisUpdate($id: ID!, $input: UpdateKpiInput!) { updateKpi(id: $id, input: $input) { ...KpisKpiFields } }`);
const ARCHIVE = graphql(`mutation KpisArchive($id: ID!, $v: Int!) { archiveKpi(id: $id, expectedVersion: $v) { id version archived archivedAt } }`);
const RESTORE = graphql(`mutation KpisRestore($id: ID!, $v: Int!) { restoreKpi(id: $id, expectedVersion: $v) { id version archived } }`);
const KPI = graphql(`query KpisKpi($id: ID!) { kpi(id: $id) { ...KpisKpiFields } }`);
const KPIS = graphql(`query KpisList($chainId: ID, $codeId: ID, $promiseKey: String, $includeArchived: Boolean, $first: Int, $after: String) {
  kpis(chainId: $chainId, codeId: $codeId, promiseKey: $promiseKey, includeArchived: $includeArchived, first: $first, after: $after) {
    totalCount edges { node { name archived } } pageInfo { hasNextPage endCursor } } }`);
const LINK = graphql(`mutation KpisLink($c: ID!, $e: ID!) { linkKpis(causeId: $c, effectId: $e) { id cause { name } effect { name } } }`);
const UNLINK = graphql(`mutation KpisUnlink($c: ID!, $e: ID!) { unlinkKpis(causeId: $c, effectId: $e) { id cause { name } effect { name } } }`);
const GRAPH = graphql(`query KpisGraph($id: ID!) { kpi(id: $id) { name causes { name } effects { name } allCauses: causes(transitive: true) { name } allEffects: effects(transitive: true) { name } } }`);
const RECORD = graphql(`mutation KpisRecord($input: [RecordKpiMeasurementInput!]!) { recordMeasurements(input: $input) { id periodStart periodEnd value note corrected version recordedBy { id } kpi { id } } }`);
const STATUS = graphql(`query KpisStatus($id: ID!, $periods: Int) { kpi(id: $id) { status trend(periods: $periods) expectedPeriod { start end } latestMeasurement { periodStart value } } }`);
const HISTORY = graphql(`query KpisHistory($id: ID!, $from: LocalDate, $to: LocalDate, $first: Int, $after: String) { kpi(id: $id) {
  measurements(from: $from, to: $to, first: $first, after: $after) { totalCount edges { cursor node { periodStart value } } pageInfo { hasNextPage endCursor } } } }`);
const PROMISE_KPIS = graphql(`query KpisPromiseKpis($id: ID!) { kpi(id: $id) { promise { kpis { totalCount edges { node { name } } } } } }`);
const AUDIT_EVENTS = graphql(`query KpisAuditEvents($id: ID!) { auditEvents(entityId: $id) { edges { node { action changes } } } }`);
const ALL_KPIS = graphql(`query KpisAllWithHistory { kpis(first: 100) { edges { node { name status trend measurements(first: 2) { totalCount edges { node { value } } } } } } }`);
/** A value given as a literal that is no finite number (1e400): wrong on purpose, so not a typed document. */
const RECORD_INFINITE_LITERAL = `mutation KpisRecordInfiniteLiteral($kpiId: ID!, $periodStart: LocalDate!, $periodEnd: LocalDate!) {
  recordMeasurements(input: [{ kpiId: $kpiId, periodStart: $periodStart, periodEnd: $periodEnd, value: 1e400 }]) { id } }`;

type CreatedKpi = KpisCreateMutation['createKpi'];

/** Today and months as the organisation (Europe/Amsterdam) sees them. */
const today = () => DateTime.now().setZone('Europe/Amsterdam').toISODate()!;
const monthsBack = (n: number): Period => shiftPeriod(KpiFrequency.MONTHLY, latestExpectedPeriod(KpiFrequency.MONTHLY, today()), -n);
const row = (kpiId: string, period: Period, value: number, extra: Partial<RecordKpiMeasurementInput> = {}): RecordKpiMeasurementInput => ({
  kpiId,
  periodStart: period.start,
  periodEnd: period.end,
  value,
  ...extra,
});

let app: TestApp;
let org: TestOrganization;
let other: TestOrganization;
let qm: ApiClient;
let code: CodeFixture;
let chainId: string;

async function newChain(name: string): Promise<string> {
  return (await qm.data(CREATE_CHAIN, { input: { name } })).createKpiChain.id;
}

function kpiInput(name: string, overrides: Partial<CreateKpiInput> = {}): CreateKpiInput {
  return {
    chainId,
    codeId: code.code.id,
    promiseKey: 'P1',
    kind: 'PROCESS',
    name,
    unit: 'PERCENT',
    direction: 'HIGHER_IS_BETTER',
    target: 90,
    threshold: 80,
    frequency: 'MONTHLY',
    ...overrides,
  };
}

async function newKpi(name: string, overrides: Partial<CreateKpiInput> = {}, client = qm): Promise<CreatedKpi> {
  return (await client.data(CREATE_KPI, { input: kpiInput(name, overrides) })).createKpi;
}

const countAudit = () => app.dataSource.getRepository(AuditEvent).count();

beforeAll(async () => {
  app = await startTestApp();
  org = await app.createOrganization('kpi-alpha');
  other = await app.createOrganization('kpi-beta');
  qm = await app.as(org, Role.QUALITY_MANAGER);
  code = await createCode(app.dataSource, org, [CodeVersionStatus.PUBLISHED], ['P1', 'P2', 'P3'], 'collection');
  chainId = await newChain('Debtor arrangements');
});
afterAll(() => app.close());

describe('smoke: KPIs of a promise lineage', () => {
  it('creates a KPI for a promise and shows it on the promise, the chain and the list', async () => {
    const kpi = await newKpi('Arrangements kept', { kind: 'RESULT', description: 'Share of payment arrangements kept for 6 months' });
    expect(kpi).toMatchObject({
      version: 1,
      kind: 'RESULT',
      unit: 'PERCENT',
      promiseKey: 'P1',
      archived: false,
      archivedAt: null,
      chain: { id: chainId, name: 'Debtor arrangements' },
      code: { key: 'collection' },
      promise: { id: code.promises[0].P1.id, key: 'P1', title: 'P1 (version 1)' },
    });
    const promiseKpis = (await qm.data(PROMISE_KPIS, { id: kpi.id })).kpi!.promise!.kpis;
    expect(promiseKpis).toEqual({ totalCount: 1, edges: [{ node: { name: 'Arrangements kept' } }] });
    expect((await qm.data(CHAIN, { id: chainId })).kpiChain).toMatchObject({ activeKpiCount: 1, kpiLimit: 15, capacityWarning: null });
    expect(nodes((await qm.data(KPIS, { codeId: code.code.id, promiseKey: 'P1' })).kpis!).map((k) => k.name)).toContain('Arrangements kept');
  });

  it('follows the promise into a new version of the code, and every version lists the KPI', async () => {
    const lineage = await createCode(app.dataSource, org, [CodeVersionStatus.SUPERSEDED], ['P7'], 'lineage');
    const kpi = await newKpi('Lineage KPI', { codeId: lineage.code.id, promiseKey: 'P7' });
    expect(kpi.promise!.id).toBe(lineage.promises[0].P7.id);
    const v2 = await addCodeVersion(app.dataSource, org, lineage.code, 2, CodeVersionStatus.PUBLISHED, ['P7']);
    expect((await qm.data(KPI, { id: kpi.id })).kpi!.promise).toEqual({ id: v2.promises.P7.id, key: 'P7', title: 'P7 (version 2)' });
    expect((await qm.data(PROMISE_KPIS, { id: kpi.id })).kpi!.promise!.kpis).toEqual({ totalCount: 1, edges: [{ node: { name: 'Lineage KPI' } }] });
  });

  it('refuses a promise key the code does not have, naming the field', async () => {
    const e = await qm.error(CREATE_KPI, { input: kpiInput('Nowhere', { promiseKey: 'P99' }) });
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.extensions.fields).toEqual([{ field: 'input.promiseKey', message: 'code collection has no promise P99 in any version' }]);
  });

  it('updates with the version read and answers CONFLICT to a stale one', async () => {
    const kpi = await newKpi('Response time', { unit: 'WORKING_DAYS', direction: 'LOWER_IS_BETTER', target: 4, threshold: 6 });
    const updated = (await qm.data(UPDATE_KPI, { id: kpi.id, input: { expectedVersion: kpi.version, target: 3, promiseKey: 'P2' } })).updateKpi;
    expect(updated).toMatchObject({ version: 2, target: 3, threshold: 6, promiseKey: 'P2', promise: { key: 'P2' } });
    const stale = await qm.error(UPDATE_KPI, { id: kpi.id, input: { expectedVersion: kpi.version, target: 2 } });
    expect(stale.code).toBe('CONFLICT');
    expect(stale.extensions.field).toBe('input.expectedVersion');
    expect((await qm.data(KPI, { id: kpi.id })).kpi!.target).toBe(3);
  });

  it('archives a KPI (keeping its measurements) and restores it', async () => {
    const kpi = await newKpi('To archive');
    await qm.data(RECORD, { input: [row(kpi.id, monthsBack(0), 91)] });
    const archived = (await qm.data(ARCHIVE, { id: kpi.id, v: kpi.version })).archiveKpi;
    expect(archived).toMatchObject({ archived: true, version: 2 });
    expect((await qm.data(CHAIN, { id: chainId })).kpiChain!.kpis.map((k) => k.name)).not.toContain('To archive');
    expect(nodes((await qm.data(KPIS, { chainId })).kpis!).map((k) => k.name)).not.toContain('To archive');
    expect(nodes((await qm.data(KPIS, { chainId, includeArchived: true })).kpis!).map((k) => k.name)).toContain('To archive');
    expect((await qm.data(HISTORY, { id: kpi.id })).kpi!.measurements!.totalCount).toBe(1);

    const again = await qm.error(ARCHIVE, { id: kpi.id, v: archived.version });
    expect(again).toMatchObject({ code: 'INVALID_TRANSITION', extensions: { from: 'ARCHIVED', allowed: ['ACTIVE'] } });
    expect((await qm.error(UPDATE_KPI, { id: kpi.id, input: { expectedVersion: archived.version, name: 'Renamed' } })).extensions.fields![0].field).toBe('id');
    expect((await qm.error(RECORD, { input: [row(kpi.id, monthsBack(1), 91)] })).extensions.fields![0].field).toBe('input[0].kpiId');

    expect((await qm.data(RESTORE, { id: kpi.id, v: archived.version })).restoreKpi).toMatchObject({ archived: false, version: 3 });
  });
});

describe('KPIs by role', () => {
  it('lets management, complaint officers and auditors read KPIs, and only quality and top management change them', async () => {
    const kpi = await newKpi('Role check');
    for (const role of [Role.TOP_MANAGEMENT, Role.COMPLAINT_OFFICER, Role.AUDITOR]) {
      const client = await app.as(org, role);
      expect((await client.data(KPI, { id: kpi.id })).kpi!.name).toBe('Role check');
      expect((await client.data(CHAIN, { id: chainId })).kpiChain!.name).toBe('Debtor arrangements');
    }
    const staff = await app.as(org, Role.STAFF);
    expect((await staff.error(KPI, { id: kpi.id })).code).toBe('FORBIDDEN');
    expect((await staff.error(KPIS, {})).code).toBe('FORBIDDEN');

    const top = await app.as(org, Role.TOP_MANAGEMENT);
    expect((await newKpi('Created by top management', {}, top)).name).toBe('Created by top management');
    for (const role of [Role.COMPLAINT_OFFICER, Role.AUDITOR, Role.STAFF]) {
      const client = await app.as(org, role);
      const before = await app.dataSource.getRepository(Kpi).count();
      expect((await client.error(CREATE_KPI, { input: kpiInput(`By ${role}`) })).code).toBe('FORBIDDEN');
      expect((await client.error(ARCHIVE, { id: kpi.id, v: kpi.version })).code).toBe('FORBIDDEN');
      expect((await client.error(RECORD, { input: [row(kpi.id, monthsBack(0), 90)] })).code).toBe('FORBIDDEN');
      expect((await client.error(LINK, { c: kpi.id, e: kpi.id })).code).toBe('FORBIDDEN');
      expect((await client.error(CREATE_CHAIN, { input: { name: `Chain by ${role}` } })).code).toBe('FORBIDDEN');
      expect(await app.dataSource.getRepository(Kpi).count()).toBe(before);
    }
  });
});

describe('chain capacity', () => {
  it('warns from the 12th active KPI and refuses the 16th with LIMIT_EXCEEDED', async () => {
    const full = await newChain('Full chain');
    const kpis: CreatedKpi[] = [];
    for (let i = 1; i <= 11; i++) kpis.push(await newKpi(`Full ${i}`, { chainId: full }));
    expect((await qm.data(CHAIN, { id: full })).kpiChain).toMatchObject({ activeKpiCount: 11, capacityWarning: null });
    kpis.push(await newKpi('Full 12', { chainId: full }));
    const at12 = (await qm.data(CHAIN, { id: full })).kpiChain!;
    expect(at12.activeKpiCount).toBe(12);
    expect(at12.capacityWarning).toMatch(/12 active KPIs.*3 more allowed/);
    for (let i = 13; i <= 15; i++) kpis.push(await newKpi(`Full ${i}`, { chainId: full }));
    expect((await qm.data(CHAIN, { id: full })).kpiChain!.capacityWarning).toMatch(/15 active KPIs.*no more allowed/);

    const audits = await countAudit();
    const refused = await qm.error(CREATE_KPI, { input: kpiInput('Full 16', { chainId: full }) });
    expect(refused.code).toBe('LIMIT_EXCEEDED');
    expect(refused.message).toMatch(/already has 15 active KPIs/);
    expect(refused.extensions).toMatchObject({ field: 'input.chainId', limit: 15 });
    expect(await countAudit()).toBe(audits);
    expect((await qm.data(CHAIN, { id: full })).kpiChain!.activeKpiCount).toBe(15);

    // Archived KPIs do not count; restoring one into a full chain is refused like adding one.
    await qm.data(ARCHIVE, { id: kpis[0].id, v: kpis[0].version });
    const sixteenth = await newKpi('Full 16', { chainId: full });
    expect((await qm.error(RESTORE, { id: kpis[0].id, v: kpis[0].version + 1 })).code).toBe('LIMIT_EXCEEDED');
    // Moving a KPI into a full chain is refused too.
    const outsider = await newKpi('Outsider');
    const move = await qm.error(UPDATE_KPI, { id: outsider.id, input: { expectedVersion: outsider.version, chainId: full } });
    expect(move).toMatchObject({ code: 'LIMIT_EXCEEDED', extensions: { field: 'input.chainId' } });
    expect(sixteenth.chain.id).toBe(full);
  });

  it('holds under concurrent additions: of four simultaneous KPIs for a chain at 13, exactly two get in', async () => {
    const busy = await newChain('Busy chain');
    for (let i = 1; i <= 13; i++) await newKpi(`Busy ${i}`, { chainId: busy });
    const results = await Promise.all([14, 15, 16, 17].map((i) => qm.request(CREATE_KPI, { input: kpiInput(`Busy ${i}`, { chainId: busy }) })));
    const codes = results.map((r) => r.body.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['LIMIT_EXCEEDED', 'LIMIT_EXCEEDED', 'OK', 'OK']);
    expect(await app.dataSource.getRepository(Kpi).countBy({ chainId: busy })).toBe(15);
  });
});

describe('cause-effect graph', () => {
  let a: CreatedKpi;
  let b: CreatedKpi;
  let c: CreatedKpi;
  let graphChain: string;
  beforeAll(async () => {
    graphChain = await newChain('Graph chain');
    a = await newKpi('A: first-call resolution', { chainId: graphChain, kind: 'PROCESS' });
    b = await newKpi('B: arrangements offered', { chainId: graphChain, kind: 'CHAIN' });
    c = await newKpi('C: debtor satisfaction', { chainId: graphChain, kind: 'RESULT' });
  });

  it('links causes to effects and walks them to any depth', async () => {
    expect((await qm.data(LINK, { c: a.id, e: b.id })).linkKpis).toMatchObject({ cause: { name: a.name }, effect: { name: b.name } });
    await qm.data(LINK, { c: b.id, e: c.id });
    const ofC = (await qm.data(GRAPH, { id: c.id })).kpi!;
    expect(ofC.causes).toEqual([{ name: b.name }]);
    expect(ofC.allCauses).toEqual([{ name: a.name }, { name: b.name }]);
    expect(ofC.effects).toEqual([]);
    const ofA = (await qm.data(GRAPH, { id: a.id })).kpi!;
    expect(ofA.effects).toEqual([{ name: b.name }]);
    expect(ofA.allEffects).toEqual([{ name: b.name }, { name: c.name }]);
    expect((await qm.data(CHAIN, { id: graphChain })).kpiChain!.links).toEqual([
      { cause: { name: a.name }, effect: { name: b.name } },
      { cause: { name: b.name }, effect: { name: c.name } },
    ]);
  });

  it('refuses the link closing a cycle of length 3 with BAD_USER_INPUT naming its KPIs, and writes nothing', async () => {
    const audits = await countAudit();
    const e = await qm.error(LINK, { c: c.id, e: a.id });
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.message).toBe(`This link would close the cycle ${c.name} → ${a.name} → ${b.name} → ${c.name}`);
    expect((e.extensions.cycle as { id: string }[]).map((k) => k.id)).toEqual([c.id, a.id, b.id, c.id]);
    expect(e.extensions.fields![0].field).toBe('effectId');
    expect(await countAudit()).toBe(audits);
    expect((await qm.data(GRAPH, { id: a.id })).kpi!.causes).toEqual([]);
  });

  it('refuses a self-link and a duplicate link', async () => {
    const self = await qm.error(LINK, { c: a.id, e: a.id });
    expect(self.code).toBe('BAD_USER_INPUT');
    expect(self.message).toBe(`A KPI cannot be its own cause (${a.name} → ${a.name})`);
    expect((await qm.error(LINK, { c: a.id, e: b.id })).code).toBe('CONFLICT');
  });

  it('unlinks, after which the former cycle-closing link is allowed', async () => {
    expect((await qm.data(UNLINK, { c: b.id, e: c.id })).unlinkKpis).toMatchObject({ cause: { name: b.name }, effect: { name: c.name } });
    expect((await qm.error(UNLINK, { c: b.id, e: c.id })).code).toBe('NOT_FOUND');
    await qm.data(LINK, { c: c.id, e: a.id });
    expect((await qm.data(GRAPH, { id: b.id })).kpi!.allCauses).toEqual([{ name: a.name }, { name: c.name }]);
  });

  it("answers another organisation's KPI as NOT_FOUND naming the argument", async () => {
    const otherQm = await app.as(other, Role.QUALITY_MANAGER);
    const e = await otherQm.error(LINK, { c: a.id, e: b.id });
    expect(e).toMatchObject({ code: 'NOT_FOUND', extensions: { field: 'causeId' } });
    const own = await app.dataSource.getRepository(Kpi).countBy({ organizationId: other.id });
    expect(own).toBe(0);
  });
});

describe('measurements', () => {
  let kpi: CreatedKpi;
  beforeAll(async () => {
    kpi = await newKpi('Acknowledged on time', { unit: 'PERCENT', target: 95, threshold: 85 });
  });

  it('is NO_DATA before anything is recorded, expecting the last complete month', async () => {
    const s = (await qm.data(STATUS, { id: kpi.id })).kpi;
    expect(s).toEqual({ status: 'NO_DATA', trend: null, expectedPeriod: monthsBack(0), latestMeasurement: null });
  });

  it('records a batch and derives status and trend from it', async () => {
    const recorded = (await qm.data(RECORD, { input: [row(kpi.id, monthsBack(2), 80), row(kpi.id, monthsBack(1), 86, { note: 'new script' }), row(kpi.id, monthsBack(0), 90)] })).recordMeasurements;
    expect(recorded.map((m) => [m.periodStart, m.value, m.corrected])).toEqual([
      [monthsBack(2).start, 80, false],
      [monthsBack(1).start, 86, false],
      [monthsBack(0).start, 90, false],
    ]);
    expect(recorded[0].recordedBy!.id).toBe(org.users.QUALITY_MANAGER);
    expect((await qm.data(STATUS, { id: kpi.id, periods: 3 })).kpi).toEqual({
      status: 'AT_RISK',
      trend: 'IMPROVING',
      expectedPeriod: monthsBack(0),
      latestMeasurement: { periodStart: monthsBack(0).start, value: 90 },
    });
  });

  it('mirrors the status for lower-is-better KPIs and turns NO_DATA when the latest month is missing', async () => {
    const days = await newKpi('Days to resolve', { unit: 'DAYS', direction: 'LOWER_IS_BETTER', target: 10, threshold: 14 });
    await qm.data(RECORD, { input: [row(days.id, monthsBack(1), 16)] });
    expect((await qm.data(STATUS, { id: days.id })).kpi!.status).toBe('NO_DATA');
    await qm.data(RECORD, { input: [row(days.id, monthsBack(0), 16)] });
    expect((await qm.data(STATUS, { id: days.id })).kpi).toMatchObject({ status: 'OFF_TRACK', trend: 'STABLE' });
    await qm.data(RECORD, { input: [row(days.id, monthsBack(0), 9, { correction: true, expectedVersion: 1 })] });
    expect((await qm.data(STATUS, { id: days.id })).kpi).toMatchObject({ status: 'ON_TRACK', trend: 'IMPROVING' });
  });

  it('refuses a second value for a period without correction: true, and keeps the replaced value in the audit trail', async () => {
    const period = monthsBack(1);
    const conflict = await qm.error(RECORD, { input: [row(kpi.id, period, 88)] });
    expect(conflict.code).toBe('CONFLICT');
    expect(conflict.extensions.fields).toEqual([{ field: 'input[0].correction', message: 'a value is already recorded for this period' }]);

    const unread = await qm.error(RECORD, { input: [row(kpi.id, period, 88, { correction: true, note: 'recount' })] });
    expect([unread.code, unread.extensions.fields![0].field]).toEqual(['BAD_USER_INPUT', 'input[0].expectedVersion']);
    const [corrected] = (await qm.data(RECORD, { input: [row(kpi.id, period, 88, { correction: true, expectedVersion: 1, note: 'recount' })] })).recordMeasurements;
    expect(corrected).toMatchObject({ value: 88, note: 'recount', corrected: true, version: 2 });
    const stale = await qm.error(RECORD, { input: [row(kpi.id, period, 87, { correction: true, expectedVersion: 1 })] });
    expect([stale.code, stale.extensions.field]).toEqual(['CONFLICT', 'input[0].expectedVersion']);
    const events = nodes((await qm.data(AUDIT_EVENTS, { id: corrected.id })).auditEvents!);
    expect(events[0]).toEqual({ action: 'KpiMeasurement.corrected', changes: { value: { from: 86, to: 88 }, note: { from: 'new script', to: 'recount' } } });
    expect(events[1].action).toBe('KpiMeasurement.recorded');
    expect(await app.dataSource.getRepository(KpiMeasurement).countBy({ kpiId: kpi.id, periodStart: period.start })).toBe(1);
  });

  it('treats an exact repeat as a retry that changes nothing', async () => {
    const audits = await countAudit();
    const [again] = (await qm.data(RECORD, { input: [row(kpi.id, monthsBack(1), 88, { note: 'recount' })] })).recordMeasurements;
    expect(again).toMatchObject({ value: 88, version: 2 });
    expect(await countAudit()).toBe(audits);
  });

  it('refuses a correction of a period that has no value', async () => {
    const e = await qm.error(RECORD, { input: [row(kpi.id, monthsBack(5), 70, { correction: true })] });
    expect(e.extensions.fields![0].field).toBe('input[0].correction');
  });

  it('records nothing from a batch with one bad row', async () => {
    const before = await app.dataSource.getRepository(KpiMeasurement).count();
    const audits = await countAudit();
    const e = await qm.error(RECORD, { input: [row(kpi.id, monthsBack(3), 75), row(kpi.id, monthsBack(4), 101), row(kpi.id, monthsBack(5), 70)] });
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.extensions.fields).toEqual([{ field: 'input[1].value', message: 'must be at most 100 for PERCENT' }]);
    expect(await app.dataSource.getRepository(KpiMeasurement).count()).toBe(before);
    expect(await countAudit()).toBe(audits);
  });

  it('records nothing from a batch whose last row conflicts with a stored value', async () => {
    const before = await app.dataSource.getRepository(KpiMeasurement).count();
    expect((await qm.error(RECORD, { input: [row(kpi.id, monthsBack(3), 75), row(kpi.id, monthsBack(0), 50)] })).code).toBe('CONFLICT');
    expect(await app.dataSource.getRepository(KpiMeasurement).count()).toBe(before);
  });

  it.each([
    ['a period that ends before it starts', () => ({ periodStart: monthsBack(1).start, periodEnd: monthsBack(2).end }), 'input[0].periodEnd', 'must not be before periodStart'],
    ['a span that is not one month', () => ({ periodStart: monthsBack(1).start, periodEnd: monthsBack(0).end }), 'input[0].periodStart', /must be one MONTHLY period/],
    ['a period that has not ended', () => nextMonth(), 'input[0].periodEnd', /has not ended yet/],
    ['a duplicate period within the batch', () => ({}), 'input[1].periodStart', /already has a measurement/],
  ])('refuses %s, naming the field', async (_name, period, field, message) => {
    const p: Partial<RecordKpiMeasurementInput> = period();
    const input = Object.keys(p).length ? [{ ...row(kpi.id, monthsBack(6), 50), ...p }] : [row(kpi.id, monthsBack(6), 50), row(kpi.id, monthsBack(6), 51)];
    const e = await qm.error(RECORD, { input });
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.extensions.fields![0].field).toBe(field);
    expect(e.extensions.fields![0].message).toMatch(message);
  });

  it('refuses values that are not finite numbers, and unknown enum values', async () => {
    const e = await qm.error(RECORD_INFINITE_LITERAL, { kpiId: kpi.id, periodStart: monthsBack(7).start, periodEnd: monthsBack(7).end });
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.extensions.fields).toEqual([{ field: 'input[0].value', message: 'must be a finite number' }]);
    const viaVariables = await qm.raw(String(RECORD), { input: [{ ...row(kpi.id, monthsBack(7), 1), value: 'NaN' }] });
    expect(viaVariables.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const frequency = await qm.error(String(CREATE_KPI), { input: { ...kpiInput('Daily'), frequency: 'DAILY' } });
    expect(frequency.code).toBe('BAD_USER_INPUT');
    const unit = await qm.error(String(CREATE_KPI), { input: { ...kpiInput('Furlongs'), unit: 'FURLONGS' } });
    expect(unit.code).toBe('BAD_USER_INPUT');
    expect(await app.dataSource.getRepository(KpiMeasurement).countBy({ kpiId: kpi.id, periodStart: monthsBack(7).start })).toBe(0);
  });

  it('refuses targets and thresholds that contradict the unit or the direction', async () => {
    expect((await qm.error(CREATE_KPI, { input: kpiInput('Over 100', { target: 120 }) })).extensions.fields).toEqual([{ field: 'input.target', message: 'must be at most 100 for PERCENT' }]);
    expect((await qm.error(CREATE_KPI, { input: kpiInput('Negative count', { unit: 'COUNT', direction: 'LOWER_IS_BETTER', target: -1, threshold: 3 }) })).extensions.fields![0].field).toBe('input.target');
    expect((await qm.error(CREATE_KPI, { input: kpiInput('Upside down', { target: 80, threshold: 90 }) })).extensions.fields).toEqual([
      { field: 'input.threshold', message: 'must not be above the target when higher is better' },
    ]);
  });

  it('fixes unit and frequency once measured', async () => {
    const fresh = (await qm.data(KPI, { id: kpi.id })).kpi!;
    const e = await qm.error(UPDATE_KPI, { id: kpi.id, input: { expectedVersion: fresh.version, frequency: 'QUARTERLY' } });
    expect(e.extensions.fields).toEqual([{ field: 'input.frequency', message: 'cannot change once the KPI has measurements' }]);
  });

  it('pages through the history by period range, newest first', async () => {
    const history = await newKpi('History KPI', { unit: 'COUNT', direction: 'LOWER_IS_BETTER', target: 5, threshold: 10 });
    await qm.data(RECORD, { input: Array.from({ length: 8 }, (_, i) => row(history.id, monthsBack(i), i)) });
    const range = { from: monthsBack(6).start, to: monthsBack(1).end };
    const seen: number[] = [];
    let after: string | null | undefined = null;
    for (let page = 0; page < 5; page++) {
      const result: NonNullable<NonNullable<KpisHistoryQuery['kpi']>['measurements']> = (await qm.data(HISTORY, { id: history.id, ...range, first: 4, after })).kpi!.measurements!;
      expect(result.totalCount).toBe(6);
      seen.push(...nodes(result).map((m) => m.value));
      if (!result.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    const bad = await qm.error(HISTORY, { id: history.id, from: range.to, to: range.from });
    expect(bad.extensions.fields![0].field).toBe('to');
  });

  it('gives each KPI of a list its own history, status and trend', async () => {
    const listed = nodes((await qm.data(ALL_KPIS)).kpis!);
    const history = listed.find((n) => n.name === 'History KPI')!;
    expect(history.measurements).toEqual({ totalCount: 8, edges: [{ node: { value: 0 } }, { node: { value: 1 } }] });
    expect(history.status).toBe('ON_TRACK');
    expect(history.trend).toBe('IMPROVING');
    expect(listed.find((n) => n.name === 'Acknowledged on time')!.measurements!.totalCount).toBe(3);
  });

  it('has the database refuse a second row for the same KPI and period', async () => {
    const [m] = await app.dataSource.getRepository(KpiMeasurement).findBy({ kpiId: kpi.id });
    await expect(
      app.dataSource.query(`INSERT INTO kpi_measurement (organization_id, version, kpi_id, period_start, period_end, value) VALUES ($1, 1, $2, $3, $4, 1)`, [org.id, kpi.id, m.periodStart, m.periodEnd]),
    ).rejects.toThrow(/duplicate key/);
    await expect(
      app.dataSource.query(`UPDATE kpi_measurement SET value = 'Infinity' WHERE id = $1`, [m.id]),
    ).rejects.toThrow(/chk_kpi_measurement_value_finite/);
  });
});

describe('smoke: tenancy', () => {
  it("answers another organisation's chains, KPIs and codes as NOT_FOUND, exactly like missing ones", async () => {
    const otherQm = await app.as(other, Role.QUALITY_MANAGER);
    const mine = await newKpi('Private KPI');
    const foreign = await otherQm.error(KPI, { id: mine.id });
    const missingId = randomUUID();
    const missing = await otherQm.error(KPI, { id: missingId });
    expect(foreign.code).toBe('NOT_FOUND');
    expect(foreign.message.replace(mine.id, '<id>')).toBe(missing.message.replace(missingId, '<id>'));
    expect((await otherQm.error(CHAIN, { id: chainId })).code).toBe('NOT_FOUND');
    expect((await otherQm.error(RECORD, { input: [row(mine.id, monthsBack(0), 90)] })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input[0].kpiId' });

    const otherChain = (await otherQm.data(CREATE_CHAIN, { input: { name: 'Theirs' } })).createKpiChain.id;
    const withMyCode = await otherQm.error(CREATE_KPI, { input: { ...kpiInput('Borrowed'), chainId: otherChain } });
    expect(withMyCode.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.codeId' });
    const intoMyChain = await qm.error(CREATE_KPI, { input: kpiInput('Into their chain', { chainId: otherChain }) });
    expect(intoMyChain.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.chainId' });
    expect((await otherQm.data(KPIS, { first: 100 })).kpis!.totalCount).toBe(0);
    expect((await otherQm.error(KPIS, { chainId })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'chainId' });
  });
});

/** Next month, which has not ended whatever the day. */
function nextMonth(): { periodStart: string; periodEnd: string } {
  const next = shiftPeriod(KpiFrequency.MONTHLY, monthsBack(0), 2);
  return { periodStart: next.start, periodEnd: next.end };
}

describe('retried creation', () => {
  it('creates a chain once per idempotency key and refuses the key for a different chain', async () => {
    const chain = await expectCreatedOncePerKey(app, qm, org, { mutation: CREATE_CHAIN, entity: KpiChain, input: { name: 'Payment reminders' }, change: { name: 'Payment plans' } });
    expect(chain).toMatchObject({ name: 'Payment reminders', activeKpiCount: 0 });
  });

  it('creates a KPI once per idempotency key and refuses the key for a different KPI', async () => {
    const input = kpiInput('Reminders answered', { chainId: await newChain('Reminder answers') });
    // The answer typed by its one root field (the helper's own type would keep `__typename` among the roots).
    const kpi = await expectCreatedOncePerKey<Pick<KpisCreateMutation, 'createKpi'>, CreateKpiInput>(app, qm, org, { mutation: CREATE_KPI, entity: Kpi, input, change: { target: 95 } });
    expect((await qm.data(CHAIN, { id: input.chainId })).kpiChain!.kpis).toEqual([{ name: kpi.name }]);
  });
});

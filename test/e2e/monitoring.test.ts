import { DateTime } from 'luxon';
import { Role } from '../../src/auth/roles';
import { CodePromise } from '../../src/modules/code/code-promise.entity';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { KpiFrequency, latestExpectedPeriod } from '../../src/modules/kpi/kpi-period';
import { startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { createCode, type CodeFixture } from '../support/promise-fixtures';
import { insertAction, insertComplaint } from '../support/monitoring-fixtures';

const CODE_STATUS = `query CodeStatus($codeId: ID!, $period: PeriodInput) {
  codeStatus(codeId: $codeId, period: $period) {
    code { id key } codeVersion { id version } period { from to } status statusCounts { status count }
    promises {
      promise { id key title } status reasons
      kpis { name status } kpiStatusCounts { status count }
      complaints { received open overdue upheld partiallyUpheld acknowledgement { rated onTime rate } resolution { rated onTime rate } }
      correctiveActions { open overdue notEffective verifiedEffective }
    } } }`;

export const YEAR_FIELDS = `year period { from to }
  totals { received resolved unresolved overdue upheld partiallyUpheld unclassified withoutPromise }
  byCategory { category complaints upheld }
  byPromise { codeId codeKey promiseKey promiseTitle complaints upheld }
  byChannel { channel complaints upheld }
  byMonth { month complaints upheld }
  acknowledgement { rated onTime rate } resolution { rated onTime rate }
  acknowledgementTime { measured medianHours p90Hours } resolutionTime { measured medianHours p90Hours }
  outcomes { outcome complaints }
  escalations { escalated pending decided binding overturned outcomes { outcome complaints } }
  satisfaction { rated average }
  recurringRootCauses { rootCause actions promiseKeys }
  actions { kind opened open overdue awaitingCheck verifiedEffective notEffective cancelled effectivenessRate }`;
const ANALYSIS = `query Analysis($year: Int!) { complaintAnalysis(year: $year) { ${YEAR_FIELDS}
  previousYear { ${YEAR_FIELDS} } changes { figure current previous change } } }`;

const CREATE_CHAIN = `mutation C($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id } }`;
const CREATE_KPI = `mutation K($input: CreateKpiInput!) { createKpi(input: $input) { id version } }`;
const RECORD = `mutation M($input: [RecordKpiMeasurementInput!]!) { recordMeasurements(input: $input) { id } }`;
const ARCHIVE = `mutation A($id: ID!, $v: Int!) { archiveKpi(id: $id, expectedVersion: $v) { id } }`;

const YEAR_2025 = { from: '2025-01-01', to: '2025-12-31' };
const today = () => DateTime.now().setZone('Europe/Amsterdam').toISODate()!;

let app: TestApp;
let alpha: TestOrganization;
let gamma: TestOrganization;
let qm: ApiClient;

/** KPIs of a promise lineage through the KPI API; `value` is recorded for the latest expected month (none: no data). */
async function addKpis(client: ApiClient, codeId: string, kpis: { promiseKey: string; name: string; value?: number; archived?: boolean }[]) {
  const chainId = (await client.data(CREATE_CHAIN, { input: { name: `Keten ${codeId.slice(0, 8)} ${kpis[0].name}` } })).createKpiChain.id;
  const period = latestExpectedPeriod(KpiFrequency.MONTHLY, today());
  for (const k of kpis) {
    const kpi = (await client.data(CREATE_KPI, {
      input: { chainId, codeId, promiseKey: k.promiseKey, kind: 'PROCESS', name: k.name, unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', target: 90, threshold: 80, frequency: 'MONTHLY' },
    })).createKpi;
    if (k.value !== undefined) await client.data(RECORD, { input: [{ kpiId: kpi.id, periodStart: period.start, periodEnd: period.end, value: k.value }] });
    if (k.archived) await client.data(ARCHIVE, { id: kpi.id, v: kpi.version });
  }
}

beforeAll(async () => {
  app = await startTestApp();
  alpha = await app.createOrganization('alpha');
  gamma = await app.createOrganization('gamma');
  qm = await app.as(alpha, Role.QUALITY_MANAGER);
});
afterAll(() => app.close());

describe('smoke: code status', () => {
  let code: CodeFixture;
  let v1: Record<string, CodePromise>;
  let v2: Record<string, CodePromise>;

  beforeAll(async () => {
    code = await createCode(app.dataSource, alpha, [CodeVersionStatus.SUPERSEDED, CodeVersionStatus.PUBLISHED], ['P1', 'P2', 'P3', 'P4']);
    [v1, v2] = code.promises;
    const ds = app.dataSource;
    // P1: three complaints in 2025, all upheld (one partially), one acknowledged late, one resolved late; one older complaint still open.
    await insertComplaint(ds, alpha, { receivedAt: '2025-02-03T09:00:00Z', promiseIds: [v1.P1.id, v2.P1.id], acknowledgedAfterHours: 24, resolvedAfterHours: 400, outcome: 'UPHELD' });
    await insertComplaint(ds, alpha, { receivedAt: '2025-04-07T09:00:00Z', promiseIds: [v2.P1.id], acknowledgedAfterHours: 24, resolvedAfterHours: 100, outcome: 'PARTIALLY_UPHELD' });
    await insertComplaint(ds, alpha, { receivedAt: '2025-05-05T09:00:00Z', promiseIds: [v2.P1.id], acknowledgedAfterHours: 120, resolvedAfterHours: 200, outcome: 'UPHELD' });
    await insertComplaint(ds, alpha, { receivedAt: '2024-11-04T09:00:00Z', promiseIds: [v2.P1.id], acknowledgedAfterHours: 24 });
    await insertAction(ds, alpha, { promiseId: v2.P1.id, status: 'OPEN', dueOn: '2025-06-30' });
    await insertAction(ds, alpha, { promiseId: v1.P1.id, status: 'VERIFIED_EFFECTIVE', dueOn: '2025-08-31', verifiedOn: '2025-09-15' });
    await insertAction(ds, alpha, { promiseId: v2.P1.id, status: 'VERIFIED_EFFECTIVE', dueOn: '2024-11-30', verifiedOn: '2024-12-01' });
    await insertAction(ds, alpha, { promiseId: v2.P1.id, status: 'NOT_EFFECTIVE', dueOn: '2099-12-31' });
    await insertAction(ds, alpha, { promiseId: v2.P1.id, status: 'CANCELLED', dueOn: '2025-01-31' });
    // P2: two complaints handled on time, one upheld. P3: one rejected complaint. P4: only a complaint of 2024.
    await insertComplaint(ds, alpha, { receivedAt: '2025-06-02T09:00:00Z', promiseIds: [v2.P2.id], acknowledgedAfterHours: 24, resolvedAfterHours: 100, outcome: 'REJECTED' });
    await insertComplaint(ds, alpha, { receivedAt: '2025-07-07T09:00:00Z', promiseIds: [v2.P2.id], acknowledgedAfterHours: 24, resolvedAfterHours: 100, outcome: 'UPHELD' });
    await insertComplaint(ds, alpha, { receivedAt: '2025-08-04T09:00:00Z', promiseIds: [v2.P3.id], acknowledgedAfterHours: 24, resolvedAfterHours: 100, outcome: 'REJECTED' });
    await insertComplaint(ds, alpha, { receivedAt: '2024-03-04T09:00:00Z', promiseIds: [v1.P4.id], acknowledgedAfterHours: 24, resolvedAfterHours: 100, outcome: 'REJECTED' });
    await addKpis(qm, code.code.id, [
      { promiseKey: 'P1', name: 'Klachten binnen 14 dagen afgehandeld', value: 70 },
      { promiseKey: 'P2', name: 'Afhandeling binnen 14 dagen', value: 85 },
      { promiseKey: 'P3', name: 'Ontvangstbevestiging binnen 4 werkdagen', value: 95 },
      { promiseKey: 'P3', name: 'Oude meting', value: 50, archived: true },
      { promiseKey: 'P4', name: 'Tevredenheid na afhandeling' },
    ]);
  });

  const kpiCounts = (counts: Partial<Record<string, number>>) =>
    ['ON_TRACK', 'AT_RISK', 'OFF_TRACK', 'NO_DATA'].map((status) => ({ status, count: counts[status] ?? 0 }));

  it('reports every figure of each promise of the version in force, its status and reasons, and the worst status for the code', async () => {
    const { codeStatus } = await qm.data(CODE_STATUS, { codeId: code.code.id, period: YEAR_2025 });
    expect(codeStatus.codeVersion).toEqual({ id: code.versions[1].id, version: 2 });
    expect(codeStatus.period).toEqual(YEAR_2025);
    expect(codeStatus.status).toBe('BROKEN');
    expect(codeStatus.statusCounts).toEqual([
      { status: 'BROKEN', count: 1 },
      { status: 'AT_RISK', count: 1 },
      { status: 'NO_DATA', count: 1 },
      { status: 'KEPT', count: 1 },
    ]);
    const [p1, p2, p3, p4] = codeStatus.promises;
    expect(codeStatus.promises.map((p: any) => p.promise.id)).toEqual([v2.P1.id, v2.P2.id, v2.P3.id, v2.P4.id]);

    expect(p1).toMatchObject({
      status: 'BROKEN',
      reasons: [
        "KPI 'Klachten binnen 14 dagen afgehandeld' OFF_TRACK",
        '3 complaints upheld or partially upheld in the period',
        'Acknowledgement on time 66.6 % (minimum 80 %)',
        'Resolution on time 66.6 % (minimum 80 %)',
        '1 complaint overdue',
        '1 corrective action overdue',
        '1 corrective action not effective',
      ],
      kpis: [{ name: 'Klachten binnen 14 dagen afgehandeld', status: 'OFF_TRACK' }],
      kpiStatusCounts: kpiCounts({ OFF_TRACK: 1 }),
      complaints: {
        received: 3,
        open: 1,
        overdue: 1,
        upheld: 3,
        partiallyUpheld: 1,
        acknowledgement: { rated: 3, onTime: 2, rate: 2 / 3 },
        resolution: { rated: 3, onTime: 2, rate: 2 / 3 },
      },
      correctiveActions: { open: 2, overdue: 1, notEffective: 1, verifiedEffective: 1 },
    });
    expect(p2).toMatchObject({
      status: 'AT_RISK',
      reasons: ["KPI 'Afhandeling binnen 14 dagen' AT_RISK", '1 complaint upheld or partially upheld in the period'],
      kpiStatusCounts: kpiCounts({ AT_RISK: 1 }),
      complaints: { received: 2, open: 0, overdue: 0, upheld: 1, partiallyUpheld: 0, acknowledgement: { rated: 2, onTime: 2, rate: 1 }, resolution: { rated: 2, onTime: 2, rate: 1 } },
      correctiveActions: { open: 0, overdue: 0, notEffective: 0, verifiedEffective: 0 },
    });
    expect(p3).toMatchObject({
      status: 'KEPT',
      reasons: ['1 KPI ON_TRACK', '1 complaint received in the period, none upheld or overdue', 'Acknowledgement on time 100 %', 'Resolution on time 100 %'],
      kpis: [{ name: 'Ontvangstbevestiging binnen 4 werkdagen', status: 'ON_TRACK' }],
      kpiStatusCounts: kpiCounts({ ON_TRACK: 1 }),
      complaints: { received: 1, open: 0, overdue: 0, upheld: 0, partiallyUpheld: 0, acknowledgement: { rated: 1, onTime: 1, rate: 1 }, resolution: { rated: 1, onTime: 1, rate: 1 } },
    });
    expect(p4).toMatchObject({
      status: 'NO_DATA',
      reasons: ['No KPI measured for its latest period and no complaint received in the period'],
      kpis: [{ name: 'Tevredenheid na afhandeling', status: 'NO_DATA' }],
      kpiStatusCounts: kpiCounts({ NO_DATA: 1 }),
      complaints: { received: 0, open: 0, overdue: 0, upheld: 0, acknowledgement: { rated: 0, onTime: 0, rate: null }, resolution: { rated: 0, onTime: 0, rate: null } },
    });
  });

  it("counts over the last 12 months up to today by default, in the organisation's time zone", async () => {
    const fresh = await createCode(app.dataSource, alpha, [CodeVersionStatus.PUBLISHED], ['P1']);
    const now = DateTime.now();
    await insertComplaint(app.dataSource, alpha, { receivedAt: now.minus({ days: 30 }).toISO()!, promiseIds: [fresh.promises[0].P1.id], acknowledgedAfterHours: 1, resolvedAfterHours: 2, outcome: 'REJECTED' });
    await insertComplaint(app.dataSource, alpha, { receivedAt: now.minus({ days: 400 }).toISO()!, promiseIds: [fresh.promises[0].P1.id], acknowledgedAfterHours: 1, resolvedAfterHours: 2, outcome: 'UPHELD' });
    const { codeStatus } = await qm.data(CODE_STATUS, { codeId: fresh.code.id });
    const to = DateTime.fromISO(today());
    expect(codeStatus.period).toEqual({ from: to.minus({ months: 12 }).plus({ days: 1 }).toISODate(), to: today() });
    expect(codeStatus.promises[0]).toMatchObject({ status: 'KEPT', complaints: { received: 1, upheld: 0 } });
  });

  it('answers NO_DATA without promises for a code with no version in force', async () => {
    const draft = await createCode(app.dataSource, alpha, [CodeVersionStatus.DRAFT], ['P1']);
    const { codeStatus } = await qm.data(CODE_STATUS, { codeId: draft.code.id });
    expect(codeStatus).toMatchObject({ codeVersion: null, status: 'NO_DATA', promises: [] });
    expect(codeStatus.statusCounts.every((c: any) => c.count === 0)).toBe(true);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const error = await qm.error(CODE_STATUS, { codeId: code.code.id, period: { from: '2025-02-01', to: '2025-01-31' } });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'period.to' }] } });
  });

  it("is readable by every role, and answers another organisation's code like a missing one", async () => {
    for (const role of [Role.TOP_MANAGEMENT, Role.QUALITY_MANAGER, Role.COMPLAINT_OFFICER, Role.STAFF, Role.AUDITOR]) {
      const { codeStatus } = await (await app.as(alpha, role)).data(CODE_STATUS, { codeId: code.code.id, period: YEAR_2025 });
      expect(codeStatus.status).toBe('BROKEN');
    }
    const outsider = await app.as(gamma, Role.QUALITY_MANAGER);
    expect(await outsider.error(CODE_STATUS, { codeId: code.code.id })).toMatchObject({ code: 'NOT_FOUND', extensions: { field: 'codeId' } });
    expect((await app.anonymous.error(CODE_STATUS, { codeId: code.code.id })).code).toBe('UNAUTHENTICATED');
  });
});

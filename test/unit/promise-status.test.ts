import { KpiStatus } from '../../src/modules/kpi/kpi-status';
import { PromiseStatus, promiseStatus, rolledUpStatus, type PromiseEvidence } from '../../src/modules/monitoring/promise-status';

const { KEPT, AT_RISK, BROKEN, NO_DATA } = PromiseStatus;

/** Evidence of a promise kept: one KPI on track, four complaints handled on time, none upheld. */
function evidence(change: { kpis?: PromiseEvidence['kpis']; complaints?: Partial<PromiseEvidence['complaints']>; correctiveActions?: Partial<PromiseEvidence['correctiveActions']> } = {}): PromiseEvidence {
  return {
    kpis: change.kpis ?? [{ name: 'Ontvangstbevestiging binnen 4 werkdagen', status: KpiStatus.ON_TRACK }],
    complaints: { received: 4, upheld: 0, overdue: 0, acknowledgementOnTimeRate: 1, resolutionOnTimeRate: 1, ...change.complaints },
    correctiveActions: { overdue: 0, notEffective: 0, ...change.correctiveActions },
  };
}
const kpi = (status: KpiStatus, name = 'Afhandeling binnen 14 dagen') => ({ name, status });

describe('promise status', () => {
  it('is KEPT on good evidence, and says what the evidence is', () => {
    expect(promiseStatus(evidence())).toEqual({
      status: KEPT,
      reasons: ['1 KPI ON_TRACK', '4 complaints received in the period, none upheld or overdue', 'Acknowledgement on time 100 %', 'Resolution on time 100 %'],
    });
  });

  it('is KEPT when fewer than a fifth of the complaints were upheld, and says how many', () => {
    expect(promiseStatus(evidence({ complaints: { received: 20, upheld: 3 } }))).toEqual({
      status: KEPT,
      reasons: ['1 KPI ON_TRACK', '20 complaints received in the period, 3 upheld (15 %), none overdue', 'Acknowledgement on time 100 %', 'Resolution on time 100 %'],
    });
  });

  it.each<[string, Parameters<typeof evidence>[0], PromiseStatus, string[]]>([
    ['a KPI off track', { kpis: [kpi(KpiStatus.OFF_TRACK)] }, BROKEN, ["KPI 'Afhandeling binnen 14 dagen' OFF_TRACK"]],
    ['three of four complaints upheld', { complaints: { upheld: 3 } }, BROKEN, ['3 of 4 complaints upheld or partially upheld: 75 % (maximum 50 %)']],
    ['three of six upheld: exactly half', { complaints: { received: 6, upheld: 3 } }, BROKEN, ['3 of 6 complaints upheld or partially upheld: 50 % (maximum 50 %)']],
    ['two of four upheld: half, but too few to call it broken', { complaints: { upheld: 2 } }, AT_RISK, ['2 of 4 complaints upheld or partially upheld: 50 % (target below 20 %)']],
    ['one of four upheld', { complaints: { upheld: 1 } }, AT_RISK, ['1 of 4 complaints upheld or partially upheld: 25 % (target below 20 %)']],
    ['six of twenty upheld', { complaints: { received: 20, upheld: 6 } }, AT_RISK, ['6 of 20 complaints upheld or partially upheld: 30 % (target below 20 %)']],
    ['one of five upheld: exactly a fifth', { complaints: { received: 5, upheld: 1 } }, AT_RISK, ['1 of 5 complaints upheld or partially upheld: 20 % (target below 20 %)']],
    ['resolution on time below 80 %', { complaints: { resolutionOnTimeRate: 0.75 } }, BROKEN, ['Resolution on time 75 % (minimum 80 %)']],
    ['acknowledgement on time below 80 %', { complaints: { acknowledgementOnTimeRate: 0.5 } }, BROKEN, ['Acknowledgement on time 50 % (minimum 80 %)']],
    ['a rate just under 80 %, shown rounded down', { complaints: { resolutionOnTimeRate: 0.7999 } }, BROKEN, ['Resolution on time 79.9 % (minimum 80 %)']],
    ['resolution on time exactly 80 %', { complaints: { resolutionOnTimeRate: 0.8 } }, AT_RISK, ['Resolution on time 80 % (target 90 %)']],
    ['acknowledgement on time below 90 %', { complaints: { acknowledgementOnTimeRate: 0.85 } }, AT_RISK, ['Acknowledgement on time 85 % (target 90 %)']],
    ['a KPI at risk', { kpis: [kpi(KpiStatus.AT_RISK)] }, AT_RISK, ["KPI 'Afhandeling binnen 14 dagen' AT_RISK"]],
    ['an overdue complaint', { complaints: { overdue: 1 } }, AT_RISK, ['1 complaint overdue']],
    ['overdue complaints', { complaints: { overdue: 2 } }, AT_RISK, ['2 complaints overdue']],
    ['an overdue corrective action', { correctiveActions: { overdue: 1 } }, AT_RISK, ['1 corrective action overdue']],
    ['actions found not effective', { correctiveActions: { notEffective: 2 } }, AT_RISK, ['2 corrective actions not effective']],
  ])('%s: %s', (_, change, status, reasons) => {
    expect(promiseStatus(evidence(change))).toEqual({ status, reasons });
  });

  it('lists every finding of a BROKEN promise, the BROKEN ones first', () => {
    const result = promiseStatus(
      evidence({
        kpis: [kpi(KpiStatus.AT_RISK, 'Bereikbaarheid'), kpi(KpiStatus.OFF_TRACK)],
        complaints: { upheld: 4, overdue: 1, acknowledgementOnTimeRate: 0.85, resolutionOnTimeRate: 0.6 },
        correctiveActions: { overdue: 1, notEffective: 1 },
      }),
    );
    expect(result).toEqual({
      status: BROKEN,
      reasons: [
        "KPI 'Afhandeling binnen 14 dagen' OFF_TRACK",
        '4 of 4 complaints upheld or partially upheld: 100 % (maximum 50 %)',
        'Resolution on time 60 % (minimum 80 %)',
        "KPI 'Bereikbaarheid' AT_RISK",
        'Acknowledgement on time 85 % (target 90 %)',
        '1 complaint overdue',
        '1 corrective action overdue',
        '1 corrective action not effective',
      ],
    });
  });

  it('is NO_DATA without a measured KPI and without complaints in the period', () => {
    const expected = { status: NO_DATA, reasons: ['No KPI measured for its latest period and no complaint received in the period'] };
    const silent = { received: 0, acknowledgementOnTimeRate: null, resolutionOnTimeRate: null };
    expect(promiseStatus(evidence({ kpis: [], complaints: silent }))).toEqual(expected);
    expect(promiseStatus(evidence({ kpis: [kpi(KpiStatus.NO_DATA)], complaints: silent }))).toEqual(expected);
  });

  it('judges warning signs before the lack of data: an old overdue complaint makes an unmeasured promise AT_RISK', () => {
    const result = promiseStatus(evidence({ kpis: [], complaints: { received: 0, overdue: 1, acknowledgementOnTimeRate: null, resolutionOnTimeRate: null } }));
    expect(result).toEqual({ status: AT_RISK, reasons: ['1 complaint overdue'] });
  });

  it('is KEPT on complaints alone, or on KPIs alone, and leaves KPIs without data out of the count', () => {
    expect(promiseStatus(evidence({ kpis: [] })).status).toBe(KEPT);
    expect(promiseStatus(evidence({ kpis: [kpi(KpiStatus.ON_TRACK), kpi(KpiStatus.NO_DATA, 'Bereikbaarheid')], complaints: { received: 0, acknowledgementOnTimeRate: null, resolutionOnTimeRate: null } }))).toEqual({
      status: KEPT,
      reasons: ['1 KPI ON_TRACK'],
    });
  });
});

describe('code status', () => {
  it.each<[PromiseStatus[], PromiseStatus]>([
    [[KEPT, KEPT], KEPT],
    [[KEPT, NO_DATA], NO_DATA],
    [[NO_DATA, AT_RISK, KEPT], AT_RISK],
    [[AT_RISK, BROKEN, NO_DATA, KEPT], BROKEN],
    [[], NO_DATA],
  ])('of promises %j is %s', (statuses, status) => {
    expect(rolledUpStatus(statuses)).toBe(status);
  });
});

import { KpiStatus } from '../../src/modules/kpi/kpi-status';
import {
  DEFAULT_THRESHOLDS,
  PromiseStatus,
  promiseStatus,
  rolledUpStatus,
  type HandlingEvidence,
  type PromiseEvidence,
} from '../../src/modules/monitoring/promise-status';

const { KEPT, AT_RISK, BROKEN, NO_DATA } = PromiseStatus;

interface Change {
  kpis?: PromiseEvidence['kpis'];
  complaints?: Partial<PromiseEvidence['complaints']>;
  handling?:
    | (Partial<Omit<HandlingEvidence, 'acknowledgement' | 'resolution'>> & {
        ack?: [number, number | null];
        res?: [number, number | null];
      })
    | null;
  correctiveActions?: Partial<PromiseEvidence['correctiveActions']>;
}

/** Evidence of a promise kept: one KPI on track, four complaints received and decided, none upheld, every step of four on time. */
function evidence(change: Change = {}): PromiseEvidence {
  const { ack = [4, 1], res = [4, 1], ...handling } = change.handling ?? {};
  return {
    kpis: change.kpis ?? [
      {
        name: 'Ontvangstbevestiging binnen 4 werkdagen',
        status: KpiStatus.ON_TRACK,
      },
    ],
    complaints: {
      received: 4,
      decided: 4,
      upheld: 0,
      overturned: 0,
      ...change.complaints,
    },
    handling:
      change.handling === null
        ? null
        : {
            overdue: 0,
            ...handling,
            acknowledgement: { rated: ack[0], rate: ack[1] },
            resolution: { rated: res[0], rate: res[1] },
          },
    correctiveActions: {
      overdue: 0,
      notEffective: 0,
      ...change.correctiveActions,
    },
  };
}
const kpi = (status: KpiStatus, name = 'Afhandeling binnen 14 dagen') => ({
  name,
  status,
});

describe('promise status', () => {
  it('is KEPT on good evidence, and says what the evidence is', () => {
    expect(promiseStatus(evidence())).toEqual({
      status: KEPT,
      reasons: [
        '1 KPI ON_TRACK',
        '4 complaints received and 4 decided in the period, none upheld',
        'Acknowledgement on time 100 % of 4 rated',
        'Resolution on time 100 % of 4 rated',
      ],
    });
  });

  it('is KEPT when fewer than a fifth of the decided complaints were upheld, and says how many', () => {
    expect(promiseStatus(evidence({ complaints: { received: 20, decided: 20, upheld: 3 } }))).toEqual({
      status: KEPT,
      reasons: [
        '1 KPI ON_TRACK',
        '20 complaints received and 20 decided in the period, 3 upheld (15 %)',
        'Acknowledgement on time 100 % of 4 rated',
        'Resolution on time 100 % of 4 rated',
      ],
    });
  });

  it.each<[string, Change, PromiseStatus, string[]]>([
    ['a KPI off track', { kpis: [kpi(KpiStatus.OFF_TRACK)] }, BROKEN, ["KPI 'Afhandeling binnen 14 dagen' OFF_TRACK"]],
    ['three of four decided upheld', { complaints: { upheld: 3 } }, BROKEN, ['3 of 4 complaints decided in the period upheld: 75 % (maximum 50 %)']],
    [
      'three of six upheld: exactly half',
      { complaints: { decided: 6, upheld: 3 } },
      BROKEN,
      ['3 of 6 complaints decided in the period upheld: 50 % (maximum 50 %)'],
    ],
    [
      'two of four upheld: half, but too few upheld to call it broken',
      { complaints: { upheld: 2 } },
      AT_RISK,
      ['2 of 4 complaints decided in the period upheld: 50 % (target below 20 %)'],
    ],
    ['one of four upheld', { complaints: { upheld: 1 } }, AT_RISK, ['1 of 4 complaints decided in the period upheld: 25 % (target below 20 %)']],
    [
      'six of twenty upheld',
      { complaints: { received: 20, decided: 20, upheld: 6 } },
      AT_RISK,
      ['6 of 20 complaints decided in the period upheld: 30 % (target below 20 %)'],
    ],
    [
      'one of five upheld: exactly a fifth',
      { complaints: { decided: 5, upheld: 1 } },
      AT_RISK,
      ['1 of 5 complaints decided in the period upheld: 20 % (target below 20 %)'],
    ],
    ['resolution on time below 80 %', { handling: { res: [4, 0.75] } }, BROKEN, ['Resolution on time 75 % of 4 rated (minimum 80 %)']],
    ['acknowledgement on time below 80 %', { handling: { ack: [4, 0.5] } }, BROKEN, ['Acknowledgement on time 50 % of 4 rated (minimum 80 %)']],
    ['a rate just under 80 %, shown rounded down', { handling: { res: [10000, 0.7999] } }, BROKEN, ['Resolution on time 79.9 % of 10000 rated (minimum 80 %)']],
    ['resolution on time exactly 80 %', { handling: { res: [5, 0.8] } }, AT_RISK, ['Resolution on time 80 % of 5 rated (target 90 %)']],
    ['acknowledgement on time below 90 %', { handling: { ack: [20, 0.85] } }, AT_RISK, ['Acknowledgement on time 85 % of 20 rated (target 90 %)']],
    ['a KPI at risk', { kpis: [kpi(KpiStatus.AT_RISK)] }, AT_RISK, ["KPI 'Afhandeling binnen 14 dagen' AT_RISK"]],
    ['an overdue complaint', { handling: { overdue: 1 } }, AT_RISK, ['1 complaint overdue']],
    ['overdue complaints', { handling: { overdue: 2 } }, AT_RISK, ['2 complaints overdue']],
    ['an overdue corrective action', { correctiveActions: { overdue: 1 } }, AT_RISK, ['1 corrective action overdue']],
    ['actions found not effective', { correctiveActions: { notEffective: 2 } }, AT_RISK, ['2 corrective actions not effective']],
  ])('%s', (_, change, status, reasons) => {
    expect(promiseStatus(evidence(change))).toEqual({ status, reasons });
  });

  describe('the upheld share is over the complaints decided in the period', () => {
    it('3 of 4 decided upheld stays BROKEN when 4 more complaints are received and still open', () => {
      expect(promiseStatus(evidence({ complaints: { received: 4, decided: 4, upheld: 3 } })).status).toBe(BROKEN);
      expect(promiseStatus(evidence({ complaints: { received: 8, decided: 4, upheld: 3 } }))).toEqual({
        status: BROKEN,
        reasons: ['3 of 4 complaints decided in the period upheld: 75 % (maximum 50 %)'],
      });
    });

    it('complaints decided in the period count even when received before it', () => {
      expect(promiseStatus(evidence({ complaints: { received: 0, decided: 4, upheld: 0 } }))).toEqual({
        status: KEPT,
        reasons: [
          '1 KPI ON_TRACK',
          '0 complaints received and 4 decided in the period, none upheld',
          'Acknowledgement on time 100 % of 4 rated',
          'Resolution on time 100 % of 4 rated',
        ],
      });
    });
  });

  describe('disputes-body overturns count as upheld', () => {
    it('two upheld and one overturned of four decided: three upheld, BROKEN', () => {
      expect(promiseStatus(evidence({ complaints: { upheld: 2, overturned: 1 } }))).toEqual({
        status: BROKEN,
        reasons: ['3 of 4 complaints decided in the period upheld (1 overturned by a disputes body): 75 % (maximum 50 %)'],
      });
    });

    it('one overturned of ten decided: AT_RISK is not reached (10 %), KEPT says it', () => {
      expect(promiseStatus(evidence({ complaints: { decided: 10, overturned: 1 } })).reasons[1]).toBe(
        '4 complaints received and 10 decided in the period, 1 upheld (10 %)',
      );
    });

    it('an overturn counts as decided even when its decision fell outside the period', () => {
      expect(
        promiseStatus(evidence({ complaints: { decided: 0, overturned: 1 } }), {
          ...DEFAULT_THRESHOLDS,
          minimumRated: 1,
          upheldComplaintsBrokenFrom: 1,
        }),
      ).toEqual({
        status: BROKEN,
        reasons: ['1 of 1 complaint decided in the period upheld (1 overturned by a disputes body): 100 % (maximum 50 %)'],
      });
    });
  });

  describe('a minimum number of complaints before a rate can break a promise', () => {
    it('one late acknowledgement of one rated is too few to judge: AT_RISK, not BROKEN', () => {
      expect(promiseStatus(evidence({ handling: { ack: [1, 0] } }))).toEqual({
        status: AT_RISK,
        reasons: ['Acknowledgement on time 0 % of 1 rated: too few to judge (1 rated, minimum 3)'],
      });
    });

    it('two of two decided upheld is too few to judge', () => {
      expect(promiseStatus(evidence({ complaints: { decided: 2, upheld: 2 } }))).toEqual({
        status: AT_RISK,
        reasons: ['2 of 2 complaints decided in the period upheld: 100 %: too few to judge (2 decided, minimum 3)'],
      });
    });

    it('from the minimum on, the same rate breaks it', () => {
      expect(promiseStatus(evidence({ handling: { ack: [3, 1 / 3] } }))).toEqual({
        status: BROKEN,
        reasons: ['Acknowledgement on time 33.3 % of 3 rated (minimum 80 %)'],
      });
    });

    it('a rate below the target (not the minimum) on few complaints is AT_RISK as before', () => {
      expect(promiseStatus(evidence({ handling: { res: [2, 0.85] } })).reasons).toEqual(['Resolution on time 85 % of 2 rated (target 90 %)']);
    });
  });

  describe('thresholds per organisation', () => {
    const strict = {
      ...DEFAULT_THRESHOLDS,
      upheldShareBrokenFrom: 0.25,
      upheldComplaintsBrokenFrom: 1,
      upheldShareAtRiskFrom: 0.1,
      onTimeMinimum: 0.95,
      onTimeTarget: 0.99,
      minimumRated: 4,
    };

    it('one of four upheld breaks a promise under a strict policy, AT_RISK under the defaults', () => {
      expect(promiseStatus(evidence({ complaints: { upheld: 1 } }), strict)).toEqual({
        status: BROKEN,
        reasons: ['1 of 4 complaints decided in the period upheld: 25 % (maximum 25 %)'],
      });
      expect(promiseStatus(evidence({ complaints: { upheld: 1 } })).status).toBe(AT_RISK);
    });

    it('on-time rates against the organisation minimum and target', () => {
      expect(promiseStatus(evidence({ handling: { ack: [20, 0.9] } }), strict).reasons).toEqual(['Acknowledgement on time 90 % of 20 rated (minimum 95 %)']);
      expect(promiseStatus(evidence({ handling: { ack: [20, 0.97] } }), strict).reasons).toEqual(['Acknowledgement on time 97 % of 20 rated (target 99 %)']);
    });

    it('the minimum number of complaints is the organisation’s', () => {
      expect(promiseStatus(evidence({ complaints: { decided: 3, upheld: 3 } }), strict).status).toBe(AT_RISK);
      expect(promiseStatus(evidence({ complaints: { decided: 3, upheld: 3 } })).status).toBe(BROKEN);
    });
  });

  describe('handling timeliness is judged only where the promise answers for it', () => {
    it('without handling evidence, late handling and overdue complaints do not touch the promise', () => {
      const late = evidence({
        handling: { overdue: 3, ack: [10, 0.1], res: [10, 0.2] },
      });
      expect(promiseStatus(late).status).toBe(BROKEN);
      expect(promiseStatus({ ...late, handling: null })).toEqual({
        status: KEPT,
        reasons: ['1 KPI ON_TRACK', '4 complaints received and 4 decided in the period, none upheld'],
      });
    });
  });

  it('lists every finding of a BROKEN promise, the BROKEN ones first', () => {
    const result = promiseStatus(
      evidence({
        kpis: [kpi(KpiStatus.AT_RISK, 'Bereikbaarheid'), kpi(KpiStatus.OFF_TRACK)],
        complaints: { upheld: 4 },
        handling: { overdue: 1, ack: [20, 0.85], res: [5, 0.6] },
        correctiveActions: { overdue: 1, notEffective: 1 },
      }),
    );
    expect(result).toEqual({
      status: BROKEN,
      reasons: [
        "KPI 'Afhandeling binnen 14 dagen' OFF_TRACK",
        '4 of 4 complaints decided in the period upheld: 100 % (maximum 50 %)',
        'Resolution on time 60 % of 5 rated (minimum 80 %)',
        "KPI 'Bereikbaarheid' AT_RISK",
        'Acknowledgement on time 85 % of 20 rated (target 90 %)',
        '1 complaint overdue',
        '1 corrective action overdue',
        '1 corrective action not effective',
      ],
    });
  });

  it('is NO_DATA without a measured KPI and without complaints received or decided in the period', () => {
    const expected = {
      status: NO_DATA,
      reasons: ['No KPI measured for its latest period and no complaint received or decided in the period'],
    };
    const silent: Change = {
      complaints: { received: 0, decided: 0 },
      handling: { ack: [0, null], res: [0, null] },
    };
    expect(promiseStatus(evidence({ ...silent, kpis: [] }))).toEqual(expected);
    expect(promiseStatus(evidence({ ...silent, kpis: [kpi(KpiStatus.NO_DATA)] }))).toEqual(expected);
  });

  it('judges warning signs before the lack of data: an old overdue complaint makes an unmeasured promise AT_RISK', () => {
    const result = promiseStatus(
      evidence({
        kpis: [],
        complaints: { received: 0, decided: 0 },
        handling: { overdue: 1, ack: [0, null], res: [0, null] },
      }),
    );
    expect(result).toEqual({
      status: AT_RISK,
      reasons: ['1 complaint overdue'],
    });
  });

  it('is KEPT on complaints alone, or on KPIs alone, and leaves KPIs without data out of the count', () => {
    expect(promiseStatus(evidence({ kpis: [] })).status).toBe(KEPT);
    expect(
      promiseStatus(
        evidence({
          kpis: [kpi(KpiStatus.ON_TRACK), kpi(KpiStatus.NO_DATA, 'Bereikbaarheid')],
          complaints: { received: 0, decided: 0 },
          handling: { ack: [0, null], res: [0, null] },
        }),
      ),
    ).toEqual({ status: KEPT, reasons: ['1 KPI ON_TRACK'] });
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

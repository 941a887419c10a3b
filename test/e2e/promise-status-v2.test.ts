import { Role } from '../../src/common/roles';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { createCode, insertComplaint, type CodeFixture } from '../support/fixtures';
import { startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { graphql } from '../graphql';

/**
 * Promise status v2 on a hand-counted history of one code (P1 the complaint-handling promise once
 * named, P2 and P3 with complaints), over 2025:
 *
 * - P2: received in 2025 c1–c4, acknowledged on time and resolved on time (UPHELD, UPHELD,
 *   PARTIALLY_UPHELD, REJECTED), and c5–c8 received in December, acknowledged, never resolved
 *   (overdue, resolution late): 8 received, 4 decided, 3 of them upheld;
 * - P3: c1 as well, and c9 received 2024-12-20, decided (UPHELD) 2025-01-10: 1 received, 2 decided, 2 upheld;
 * - the code: c1–c8 received in 2025 (c1 once though it names two promises): 8 acknowledgements on
 *   time, 4 of 8 resolutions on time, 4 overdue.
 */

const STATUS = graphql(`
  query PromiseStatusV2Status($codeId: ID!, $period: PeriodInput) {
    codeStatus(codeId: $codeId, period: $period) {
      status
      promises {
        promise {
          key
        }
        status
        reasons
        complaints {
          received
          open
          overdue
          upheld
          partiallyUpheld
          decided
          decidedUpheld
          overturned
          acknowledgement {
            rated
            onTime
            rate
          }
          resolution {
            rated
            onTime
            rate
          }
        }
        handling {
          overdue
          acknowledgement {
            rated
            onTime
            rate
          }
          resolution {
            rated
            onTime
            rate
          }
        }
      }
    }
  }
`);
const POLICY = graphql(`
  query PromiseStatusV2Policy {
    promiseStatusPolicy {
      upheldShareBrokenFrom
      upheldComplaintsBrokenFrom
      upheldShareAtRiskFrom
      onTimeMinimum
      onTimeTarget
      minimumRated
      handlingPromiseKey
    }
    organization {
      version
    }
  }
`);
const UPDATE = graphql(`
  mutation PromiseStatusV2Update($input: PromiseStatusPolicyInput!) {
    updatePromiseStatusPolicy(input: $input) {
      upheldShareBrokenFrom
      upheldComplaintsBrokenFrom
      upheldShareAtRiskFrom
      onTimeMinimum
      onTimeTarget
      minimumRated
      handlingPromiseKey
    }
  }
`);
const VERSION = graphql(`
  query PromiseStatusV2Version {
    organization {
      version
    }
  }
`);

const YEAR_2025 = { from: '2025-01-01', to: '2025-12-31' };
const DEFAULTS = {
  upheldShareBrokenFrom: 0.5,
  upheldComplaintsBrokenFrom: 3,
  upheldShareAtRiskFrom: 0.2,
  onTimeMinimum: 0.8,
  onTimeTarget: 0.9,
  minimumRated: 3,
  handlingPromiseKey: null,
};

let app: TestApp;
let org: TestOrganization;
let code: CodeFixture;
let qm: ApiClient;
let top: ApiClient;

beforeAll(async () => {
  app = await startTestApp();
  org = await app.createOrganization('statusv2');
  qm = await app.as(org, Role.QUALITY_MANAGER);
  top = await app.as(org, Role.TOP_MANAGEMENT);
  code = await createCode(app.dataSource, org, [CodeVersionStatus.PUBLISHED], ['P1', 'P2', 'P3']);
  const { P2, P3 } = code.promises[0];
  const ds = app.dataSource;
  const decided = ['UPHELD', 'UPHELD', 'PARTIALLY_UPHELD', 'REJECTED'] as const;
  for (const [i, outcome] of decided.entries()) {
    await insertComplaint(ds, org, {
      receivedAt: `2025-0${i + 2}-03T09:00:00Z`,
      promiseIds: i === 0 ? [P2.id, P3.id] : [P2.id],
      acknowledgedAfterHours: 24,
      resolvedAfterHours: 100,
      outcome,
    });
  }
  for (let i = 0; i < 4; i++) {
    await insertComplaint(ds, org, { receivedAt: `2025-12-0${i + 1}T09:00:00Z`, promiseIds: [P2.id], acknowledgedAfterHours: 24 });
  }
  await insertComplaint(ds, org, {
    receivedAt: '2024-12-20T09:00:00Z',
    promiseIds: [P3.id],
    acknowledgedAfterHours: 24,
    resolvedAfterHours: 504,
    outcome: 'UPHELD',
  });
});
afterAll(() => app.close());

const version = async () => (await qm.data(VERSION)).organization!.version;
const status = async () => (await qm.data(STATUS, { codeId: code.code.id, period: YEAR_2025 })).codeStatus!;
const rate = (rated: number, onTime: number) => ({ rated, onTime, rate: rated ? onTime / rated : null });

describe('promise status v2', () => {
  it('starts with the default policy: thresholds as before, a minimum of 3, no complaint-handling promise', async () => {
    expect((await qm.data(POLICY)).promiseStatusPolicy).toEqual(DEFAULTS);
  });

  it('judges the upheld share over the complaints decided in the period, and each promise on its own handling when none is named', async () => {
    const [p1, p2, p3] = (await status()).promises;
    expect(p1).toMatchObject({ status: 'NO_DATA', handling: { overdue: 0, acknowledgement: rate(0, 0), resolution: rate(0, 0) } });
    expect(p2).toEqual({
      promise: { key: 'P2' },
      status: 'BROKEN',
      reasons: [
        '3 of 4 complaints decided in the period upheld: 75 % (maximum 50 %)',
        'Resolution on time 50 % of 8 rated (minimum 80 %)',
        '4 complaints overdue',
      ],
      complaints: {
        received: 8,
        open: 4,
        overdue: 4,
        upheld: 3,
        partiallyUpheld: 1,
        decided: 4,
        decidedUpheld: 3,
        overturned: 0,
        acknowledgement: rate(8, 8),
        resolution: rate(8, 4),
      },
      handling: { overdue: 4, acknowledgement: rate(8, 8), resolution: rate(8, 4) },
    });
    // Two decided, both upheld: a breaking share on too few complaints is a warning, not BROKEN.
    expect(p3).toMatchObject({
      status: 'AT_RISK',
      reasons: ['2 of 2 complaints decided in the period upheld: 100 %: too few to judge (2 decided, minimum 3)'],
      complaints: { received: 1, upheld: 1, decided: 2, decidedUpheld: 2, acknowledgement: rate(1, 1), resolution: rate(1, 1) },
    });
  });

  it('charges handling timeliness to the complaint-handling promise the organisation names, over all complaints about the code', async () => {
    const before = await status();
    const policy = (await qm.data(UPDATE, { input: { expectedVersion: await version(), handlingPromiseKey: 'P1' } })).updatePromiseStatusPolicy;
    expect(policy).toEqual({ ...DEFAULTS, handlingPromiseKey: 'P1' });
    const after = await status();
    const [p1, p2, p3] = after.promises;
    expect(p1).toMatchObject({
      status: 'BROKEN',
      reasons: ['Resolution on time 50 % of 8 rated (minimum 80 %)', '4 complaints overdue'],
      complaints: { received: 0, decided: 0 },
      handling: { overdue: 4, acknowledgement: rate(8, 8), resolution: rate(8, 4) },
    });
    expect(p2).toMatchObject({ status: 'BROKEN', reasons: ['3 of 4 complaints decided in the period upheld: 75 % (maximum 50 %)'], handling: null });
    expect(p3).toMatchObject({ status: 'AT_RISK', handling: null });
    // The figures of each promise do not change with the rule.
    expect(after.promises.map((p) => p.complaints)).toEqual(before.promises.map((p) => p.complaints));
  });

  it('applies the organisation thresholds', async () => {
    await top.data(UPDATE, { input: { expectedVersion: await version(), minimumRated: 2, upheldComplaintsBrokenFrom: 2 } });
    const p3 = (await status()).promises[2];
    expect(p3).toMatchObject({ status: 'BROKEN', reasons: ['2 of 2 complaints decided in the period upheld: 100 % (maximum 50 %)'] });
    await top.data(UPDATE, { input: { expectedVersion: await version(), minimumRated: 3, upheldComplaintsBrokenFrom: 3, handlingPromiseKey: null } });
    expect((await qm.data(POLICY)).promiseStatusPolicy).toEqual(DEFAULTS);
  });

  it('refuses thresholds out of bounds naming the field, and changes nothing', async () => {
    const v = await version();
    const cases: [Record<string, unknown>, string][] = [
      [{ upheldShareAtRiskFrom: 0.6 }, 'input.upheldShareAtRiskFrom'],
      [{ onTimeMinimum: 1.5 }, 'input.onTimeMinimum'],
      [{ onTimeMinimum: 0.95, onTimeTarget: 0.9 }, 'input.onTimeTarget'],
      [{ minimumRated: 0 }, 'input.minimumRated'],
      [{ upheldComplaintsBrokenFrom: 5000 }, 'input.upheldComplaintsBrokenFrom'],
      [{ handlingPromiseKey: 'P 1;' }, 'input.handlingPromiseKey'],
    ];
    for (const [change, field] of cases) {
      const error = await qm.error(UPDATE, { input: { expectedVersion: v, ...change } });
      expect(error.code).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(error.extensions)).toContain(field);
    }
    expect(await qm.error(UPDATE, { input: { expectedVersion: v - 1, minimumRated: 5 } })).toMatchObject({
      code: 'CONFLICT',
      extensions: { field: 'input.expectedVersion' },
    });
    expect(await version()).toBe(v);
    expect((await qm.data(POLICY)).promiseStatusPolicy).toEqual(DEFAULTS);
  });

  it('is changed by top management and quality managers only (audited), and read by management', async () => {
    for (const role of [Role.COMPLAINT_OFFICER, Role.STAFF, Role.AUDITOR]) {
      expect((await (await app.as(org, role)).error(UPDATE, { input: { expectedVersion: await version(), minimumRated: 4 } })).code).toBe('FORBIDDEN');
    }
    expect((await (await app.as(org, Role.STAFF)).error(POLICY)).code).toBe('FORBIDDEN');
    const events: { n: number }[] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE organization_id = $1 AND action = 'Organization.promiseStatusPolicyUpdated'`,
      [org.id],
    );
    expect(events[0].n).toBe(3);
  });
});

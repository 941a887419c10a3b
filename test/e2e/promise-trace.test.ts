import pino from 'pino';
import { Role } from '../../src/common/roles';
import { seedNormFrameworks } from '../../seeds/norms';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { createCode, insertAction, insertComplaint, type CodeFixture } from '../support/fixtures';
import { startTestApp, statementCounter, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { graphql } from '../graphql';

/**
 * The trace of P1 over a hand-made history: version 1 (published 2025-01-06) and version 2
 * (published 2025-07-01, text changed, "P1 sneller: binnen 5 werkdagen"); complaints 2025-02 (2,
 * both decided in February, 1 upheld, the rejection confirmed by a disputes body), 2025-08 (1
 * received, decided in September, rejected, overturned by the body) and 2025-10 (1 received, rejected
 * on 1 November in Amsterdam, partially upheld by the body; an objection to the debt overturned in
 * December counts nowhere); a
 * corrective action opened 2025-03-01 found effective 2025-09-30; one KPI with two measurements;
 * the 2025 management review deciding "P1 herschrijven" (and "P10 schrappen", which is not P1);
 * P1 of version 2 serves COMPLAINTS-4.3.
 */

const TRACE = graphql(`
  query TracePromise($codeId: ID!, $promiseKey: String!) {
    promiseTrace(codeId: $codeId, promiseKey: $promiseKey) {
      codeKey
      promiseKey
      title
      versions {
        version
        status
        title
        text
        textChanged
        changeSummary
        publishedAt
      }
      kpis {
        name
        target
        threshold
        measurements {
          periodStart
          periodEnd
          value
        }
      }
      complaintMonths {
        month
        received
        upheld
        decided
        decidedUpheld
        overturned
      }
      actions {
        kind
        title
        status
        rootCause
        dueOn
        verifiedOn
        effective
      }
      reviews {
        year
        decisions
        preventiveActionIds
      }
      evidence {
        requirementRef
        via
        versions
      }
      timeline {
        at
        kind
        summary
      }
    }
  }
`);

let app: TestApp;
let org: TestOrganization;
let qm: ApiClient;
let code: CodeFixture;

beforeAll(async () => {
  app = await startTestApp();
  await seedNormFrameworks(app.dataSource, pino({ level: 'silent' }));
  org = await app.createOrganization('trace');
  qm = await app.as(org, Role.QUALITY_MANAGER);
  const ds = app.dataSource;
  code = await createCode(ds, org, [CodeVersionStatus.SUPERSEDED, CodeVersionStatus.PUBLISHED], ['P1', 'P2'], 'klachten');
  const [v1, v2] = code.versions;
  await ds.query(
    `UPDATE code_version SET published_at = '2025-01-06T09:00:00Z', superseded_at = '2025-07-01T09:00:00Z', created_at = '2025-01-02T09:00:00Z' WHERE id = $1`,
    [v1.id],
  );
  await ds.query(
    `UPDATE code_version SET published_at = '2025-07-01T09:00:00Z', created_at = '2025-06-02T09:00:00Z', change_summary = 'P1 sneller: binnen 5 werkdagen' WHERE id = $1`,
    [v2.id],
  );
  await ds.query(
    `UPDATE code_promise SET title = 'Snelle afhandeling', text = 'Wij handelen uw klacht binnen 14 dagen af.' WHERE code_version_id = $1 AND key = 'P1'`,
    [v1.id],
  );
  await ds.query(
    `UPDATE code_promise SET title = 'Snelle afhandeling', text = 'Wij handelen uw klacht binnen 5 werkdagen af.' WHERE code_version_id = $1 AND key = 'P1'`,
    [v2.id],
  );
  const p1v1 = code.promises[0].P1.id;
  const p1v2 = code.promises[1].P1.id;
  const februaryUpheld = await insertComplaint(ds, org, {
    receivedAt: '2025-02-03T09:00:00Z',
    promiseIds: [p1v1],
    acknowledgedAfterHours: 24,
    resolvedAfterHours: 100,
    outcome: 'UPHELD',
  });
  const februaryRejected = await insertComplaint(ds, org, {
    receivedAt: '2025-02-10T09:00:00Z',
    promiseIds: [p1v1],
    acknowledgedAfterHours: 24,
    resolvedAfterHours: 100,
    outcome: 'REJECTED',
  });
  const augustRejected = await insertComplaint(ds, org, {
    receivedAt: '2025-08-25T09:00:00Z',
    promiseIds: [p1v2, code.promises[1].P2.id],
    acknowledgedAfterHours: 24,
    resolvedAfterHours: 200,
    outcome: 'REJECTED',
  });
  await insertComplaint(ds, org, { receivedAt: '2025-08-26T09:00:00Z', promiseIds: [code.promises[1].P2.id] });
  // Rejected on 31 October at 23:30 UTC, 1 November in Amsterdam: decided in November, linked in both versions (counted once).
  const lateOctober = await insertComplaint(ds, org, {
    receivedAt: '2025-10-20T09:00:00Z',
    promiseIds: [p1v1, p1v2],
    acknowledgedAfterHours: 24,
    resolvedAfterHours: 278.5,
    outcome: 'REJECTED',
  });
  // Rejected in December and overturned, but an objection to the debt: in no figure.
  const objection = await insertComplaint(ds, org, {
    receivedAt: '2025-12-01T09:00:00Z',
    promiseIds: [p1v2],
    acknowledgedAfterHours: 24,
    resolvedAfterHours: 100,
    outcome: 'REJECTED',
  });
  await ds.query(`UPDATE complaint SET kind = 'DEBT_OBJECTION' WHERE id = $1`, [objection.id]);
  // Disputes-body cases: the body found for the complainant on the August complaint (decided in September) and on the
  // late-October one; it agreed with the February rejection, and upheld what the organisation had upheld itself.
  const [{ id: bodyId }] = await ds.query(`INSERT INTO disputes_body (organization_id, version, name) VALUES ($1, 1, 'Geschillencommissie') RETURNING id`, [org.id]);
  for (const [complaint, outcome] of [
    [augustRejected, 'UPHELD'],
    [lateOctober, 'PARTIALLY_UPHELD'],
    [februaryRejected, 'REJECTED'],
    [februaryUpheld, 'UPHELD'],
    [objection, 'UPHELD'],
  ] as const) {
    await ds.query(
      `INSERT INTO disputes_case (organization_id, version, complaint_id, body_id, origin, status, filed_at, outcome, decided_at)
       VALUES ($1, 1, $2, $3, 'AFTER_RESOLUTION', 'DECIDED', $4::timestamptz + interval '1 day', $5, $4::timestamptz + interval '30 days')`,
      [org.id, complaint.id, bodyId, complaint.resolvedAt, outcome],
    );
  }
  const action = await insertAction(ds, org, {
    promiseId: p1v1,
    status: 'VERIFIED_EFFECTIVE',
    dueOn: '2025-05-31',
    createdAt: '2025-03-01T09:00:00Z',
    verifiedOn: '2025-09-30',
    rootCause: 'Te weinig capaciteit',
  });
  await insertAction(ds, org, { promiseId: code.promises[1].P2.id, status: 'OPEN', dueOn: '2026-01-31' });
  const [{ id: reviewId }] = await ds.query(
    `INSERT INTO management_review (organization_id, version, year, title, status, analysis, analysis_taken_at, decisions, signed_at)
     VALUES ($1, 1, 2025, 'Directiebeoordeling 2025', 'DRAFT', '{}', '2025-06-15T09:00:00Z', ARRAY['P1 herschrijven', 'P10 schrappen', 'Meer personeel'], NULL) RETURNING id`,
    [org.id],
  );
  await ds.query(`INSERT INTO management_review_preventive_action (organization_id, management_review_id, corrective_action_id) VALUES ($1, $2, $3)`, [
    org.id,
    reviewId,
    action.id,
  ]);
  await ds.query(`UPDATE management_review SET status = 'SIGNED', signed_at = '2025-06-20T09:00:00Z' WHERE id = $1`, [reviewId]);
  const [{ id: chainId }] = await ds.query(`INSERT INTO kpi_chain (organization_id, version, name) VALUES ($1, 1, 'Klachten') RETURNING id`, [org.id]);
  const [{ id: kpiId }] = await ds.query(
    `INSERT INTO kpi (organization_id, version, chain_id, code_id, promise_key, kind, name, description, unit, direction, target, threshold, frequency, created_at)
     VALUES ($1, 1, $2, $3, 'P1', 'PROCESS', 'Afgehandeld binnen termijn', '', 'PERCENT', 'HIGHER_IS_BETTER', 90, 80, 'QUARTERLY', '2025-01-10T09:00:00Z') RETURNING id`,
    [org.id, chainId, code.code.id],
  );
  for (const [start, end, value] of [
    ['2025-01-01', '2025-03-31', 72],
    ['2025-07-01', '2025-09-30', 93],
  ]) {
    await ds.query(`INSERT INTO kpi_measurement (organization_id, version, kpi_id, period_start, period_end, value) VALUES ($1, 1, $2, $3, $4, $5)`, [
      org.id,
      kpiId,
      start,
      end,
      value,
    ]);
  }
  await ds.query(
    `INSERT INTO promise_requirement (organization_id, promise_id, requirement_id) SELECT $1, $2, id FROM norm_requirement WHERE ref = 'COMPLAINTS-4.3'`,
    [org.id, p1v2],
  );
});
afterAll(() => app.close());

describe('promise trace', () => {
  it('answers every version, KPI, complaint month, action, review decision and requirement of the lineage, in time order', async () => {
    const trace = (await qm.data(TRACE, { codeId: code.code.id, promiseKey: 'P1' })).promiseTrace!;
    expect(trace).toMatchObject({ codeKey: 'klachten', promiseKey: 'P1', title: 'Snelle afhandeling' });
    expect(trace.versions).toEqual([
      {
        version: 1,
        status: 'SUPERSEDED',
        title: 'Snelle afhandeling',
        text: 'Wij handelen uw klacht binnen 14 dagen af.',
        textChanged: true,
        changeSummary: null,
        publishedAt: '2025-01-06T09:00:00.000Z',
      },
      {
        version: 2,
        status: 'PUBLISHED',
        title: 'Snelle afhandeling',
        text: 'Wij handelen uw klacht binnen 5 werkdagen af.',
        textChanged: true,
        changeSummary: 'P1 sneller: binnen 5 werkdagen',
        publishedAt: '2025-07-01T09:00:00.000Z',
      },
    ]);
    expect(trace.kpis).toEqual([
      {
        name: 'Afgehandeld binnen termijn',
        target: 90,
        threshold: 80,
        measurements: [
          { periodStart: '2025-01-01', periodEnd: '2025-03-31', value: 72 },
          { periodStart: '2025-07-01', periodEnd: '2025-09-30', value: 93 },
        ],
      },
    ]);
    // Overturned: REJECTED by the organisation, found for the complainant by the body, in the month of the decision.
    expect(trace.complaintMonths).toEqual([
      { month: '2025-02', received: 2, upheld: 1, decided: 2, decidedUpheld: 1, overturned: 0 },
      { month: '2025-08', received: 1, upheld: 0, decided: 0, decidedUpheld: 0, overturned: 0 },
      { month: '2025-09', received: 0, upheld: 0, decided: 1, decidedUpheld: 0, overturned: 1 },
      { month: '2025-10', received: 1, upheld: 0, decided: 0, decidedUpheld: 0, overturned: 0 },
      { month: '2025-11', received: 0, upheld: 0, decided: 1, decidedUpheld: 0, overturned: 1 },
    ]);
    expect(trace.actions).toEqual([
      {
        kind: 'CORRECTIVE',
        title: expect.any(String),
        status: 'VERIFIED_EFFECTIVE',
        rootCause: 'Te weinig capaciteit',
        dueOn: '2025-05-31',
        verifiedOn: '2025-09-30',
        effective: true,
      },
    ]);
    expect(trace.reviews).toEqual([{ year: 2025, decisions: ['P1 herschrijven'], preventiveActionIds: [expect.any(String)] }]);
    expect(trace.evidence).toEqual([{ requirementRef: 'COMPLAINTS-4.3', via: 'PROMISE', versions: [2] }]);
    expect(trace.timeline.map((e) => [e.at.slice(0, 10), e.kind])).toEqual([
      ['2025-01-02', 'VERSION_CREATED'],
      ['2025-01-06', 'VERSION_PUBLISHED'],
      ['2025-01-10', 'KPI_CREATED'],
      ['2025-03-01', 'ACTION_OPENED'],
      ['2025-06-02', 'VERSION_CREATED'],
      ['2025-06-20', 'REVIEW_SIGNED'],
      ['2025-07-01', 'VERSION_PUBLISHED'],
      ['2025-09-30', 'ACTION_VERIFIED'],
    ]);
    expect(trace.timeline[6].summary).toBe('Version 2 published: P1 sneller: binnen 5 werkdagen');
  });

  it('is one statement, however long the history', async () => {
    const counter = statementCounter(app.dataSource);
    const countFor = async () => {
      await qm.data(TRACE, { codeId: code.code.id, promiseKey: 'P1' });
      counter.reset();
      await qm.data(TRACE, { codeId: code.code.id, promiseKey: 'P1' });
      return counter.count;
    };
    const small = await countFor();
    for (let i = 0; i < 30; i++) {
      await insertComplaint(app.dataSource, org, {
        receivedAt: `2024-${String((i % 12) + 1).padStart(2, '0')}-15T09:00:00Z`,
        promiseIds: [code.promises[0].P1.id],
      });
    }
    const large = await countFor();
    expect([small, large]).toEqual([1, 1]);
  });

  it('downloads as Markdown for the same roles, and refuses others and bad paths', async () => {
    const response = await fetch(`${app.url}/reports/promise-trace/${code.code.id}/P1.md`, {
      headers: { authorization: `Bearer ${(await app.as(org, Role.AUDITOR)).token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="promise-trace-klachten-P1.md"');
    const text = await response.text();
    expect(text).toContain('# Promise P1 of code klachten: Snelle afhandeling');
    expect(text).toContain(
      '| 2 | PUBLISHED | 2025-07-01 | yes | Snelle afhandeling | Wij handelen uw klacht binnen 5 werkdagen af. | P1 sneller: binnen 5 werkdagen |',
    );
    expect(text).toContain('| 2025 | 2025-06-20 | P1 herschrijven |');
    expect(text).not.toContain('P10 schrappen');
    const get = async (path: string, role: Role) =>
      fetch(`${app.url}/reports/promise-trace/${path}`, { headers: { authorization: `Bearer ${(await app.as(org, role)).token}` } });
    expect((await get(`${code.code.id}/P1.md`, Role.STAFF)).status).toBe(403);
    expect(await (await get(`not-a-uuid/P1.md`, Role.QUALITY_MANAGER)).json()).toMatchObject({
      errors: [{ extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'codeId' }] } }],
    });
    expect(await (await get(`${code.code.id}/P9.md`, Role.QUALITY_MANAGER)).json()).toMatchObject({
      errors: [{ extensions: { code: 'NOT_FOUND', field: 'promiseKey' } }],
    });
    expect((await fetch(`${app.url}/reports/promise-trace/${code.code.id}/P1.md`)).status).toBe(401);
  });

  it("answers another organisation's code like a missing one, and is not for staff", async () => {
    const other = await app.as(await app.createOrganization('trace-other'), Role.QUALITY_MANAGER);
    expect(await other.error(TRACE, { codeId: code.code.id, promiseKey: 'P1' })).toMatchObject({ code: 'NOT_FOUND', extensions: { field: 'codeId' } });
    expect((await (await app.as(org, Role.STAFF)).error(TRACE, { codeId: code.code.id, promiseKey: 'P1' })).code).toBe('FORBIDDEN');
  });
});

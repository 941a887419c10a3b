import fc from 'fast-check';
import type { QueryRunner } from 'typeorm';
import { DateTime } from 'luxon';
import pino from 'pino';
import { Role } from '../../src/common/roles';
import { createContext, type Context } from '../../src/common/context';
import { promiseLineageKey } from '../../src/modules/code';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { assembleAnalysis } from '../../src/modules/monitoring/complaint-analysis.service';
import { handlingRates } from '../../src/modules/monitoring/monitoring-sql';
import { disputesFigures, periodGrain } from '../../src/modules/monitoring/monitoring-rollups';
import { calendarYear, reportingPeriod } from '../../src/modules/monitoring/reporting-period';
import { createCode, insertAction, insertComplaint, type CodeFixture } from '../support/fixtures';
import { DirectCountReference } from '../support/monitoring-reference';
import { startTestApp, statementCounter, type TestApp, type TestOrganization } from '../support/app';
import { graphql } from '../graphql';
import { MONTHS } from '../../migrations/1797100000000-RollupMonths';
import { BULK, bulkBody, bulkProcedure, installedBody } from '../../migrations/1797600000000-SetBasedRebuild';

/**
 * The monitoring rollups (kept by triggers) must give exactly the figures of a direct count over
 * every complaint and action (`DirectCountReference`, the SQL the services ran before): random
 * histories are written straight to the database, changed afterwards (statuses, steps, outcomes,
 * links to other promises and versions, anonymisation, actions checked and reopened, a promise key
 * renamed, the time zone changed, everything rebuilt by `monitoring_rebuild`), and
 * `codeStatus` and `complaintAnalysis` are compared field by field with the reference.
 */

const STATUS = graphql(`
  query RollupsCodeStatus($codeId: ID!, $period: PeriodInput) {
    codeStatus(codeId: $codeId, period: $period) {
      period {
        from
        to
      }
      promises {
        promise {
          key
        }
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
          disputes {
            cases
            rated
            overturned
            overturnRate
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
        correctiveActions {
          open
          overdue
          notEffective
          verifiedEffective
        }
      }
    }
  }
`);
graphql(`
  fragment RollupsAnalysisFields on ComplaintAnalysis {
    year
    period {
      from
      to
    }
    totals {
      received
      resolved
      unresolved
      overdue
      upheld
      partiallyUpheld
      unclassified
      withoutPromise
    }
    byCategory {
      category
      complaints
      upheld
    }
    byPromise {
      codeId
      codeKey
      promiseKey
      promiseTitle
      complaints
      upheld
      disputes {
        cases
        rated
        overturned
        overturnRate
      }
    }
    byChannel {
      channel
      complaints
      upheld
    }
    byMonth {
      month
      complaints
      upheld
    }
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
    acknowledgementTime {
      measured
      medianHours
      p90Hours
    }
    resolutionTime {
      measured
      medianHours
      p90Hours
    }
    outcomes {
      outcome
      complaints
    }
    escalations {
      escalated
      pending
      decided
      binding
      overturned
      outcomes {
        outcome
        complaints
      }
    }
    satisfaction {
      rated
      average
    }
    recurringRootCauses {
      rootCause
      actions
      promiseKeys
    }
    actions {
      kind
      opened
      open
      overdue
      awaitingCheck
      verifiedEffective
      notEffective
      cancelled
      effectivenessRate
    }
  }
`);
graphql(`
  fragment RollupsPreviousYearFields on ComplaintYearFigures {
    year
    period {
      from
      to
    }
    totals {
      received
      resolved
      unresolved
      overdue
      upheld
      partiallyUpheld
      unclassified
      withoutPromise
    }
    byCategory {
      category
      complaints
      upheld
    }
    byPromise {
      codeId
      codeKey
      promiseKey
      promiseTitle
      complaints
      upheld
      disputes {
        cases
        rated
        overturned
        overturnRate
      }
    }
    byChannel {
      channel
      complaints
      upheld
    }
    byMonth {
      month
      complaints
      upheld
    }
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
    acknowledgementTime {
      measured
      medianHours
      p90Hours
    }
    resolutionTime {
      measured
      medianHours
      p90Hours
    }
    outcomes {
      outcome
      complaints
    }
    escalations {
      escalated
      pending
      decided
      binding
      overturned
      outcomes {
        outcome
        complaints
      }
    }
    satisfaction {
      rated
      average
    }
    recurringRootCauses {
      rootCause
      actions
      promiseKeys
    }
    actions {
      kind
      opened
      open
      overdue
      awaitingCheck
      verifiedEffective
      notEffective
      cancelled
      effectivenessRate
    }
  }
`);
const ANALYSIS = graphql(`
  query RollupsAnalysis($year: Int!) {
    complaintAnalysis(year: $year) {
      ...RollupsAnalysisFields
      previousYear {
        ...RollupsPreviousYearFields
      }
      changes {
        figure
        current
        previous
        change
      }
    }
  }
`);

const HOUR = 3_600_000;
/** Whole hours from a fixed instant: no deadline falls between the two readings compared (they take seconds). */
const ANCHOR = Math.floor(Date.now() / HOUR) * HOUR;
const THIS_YEAR = DateTime.fromMillis(ANCHOR).setZone('Europe/Amsterdam').year;

const STATUSES = ['RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'RESOLVED', 'ESCALATED', 'CLOSED'] as const;
const OUTCOMES = ['UPHELD', 'PARTIALLY_UPHELD', 'REJECTED', 'WITHDRAWN', 'SETTLED', 'INADMISSIBLE'] as const;
const CHANNELS = ['LETTER', 'EMAIL', 'PHONE', 'WEB', 'IN_PERSON'] as const;
const CATEGORIES = ['CONDUCT', 'LEGAL', 'FINANCIAL', 'EXECUTION'] as const;
const ACTION_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED_EFFECTIVE', 'NOT_EFFECTIVE', 'CANCELLED'] as const;
const KINDS = ['CORRECTIVE', 'PREVENTIVE', 'IMPROVEMENT'] as const;
const CAUSES = ['Unclear letter', 'unclear  letter', 'Slow reply', ' slow reply', 'Staff shortage', ''] as const;

const step = fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined });
const complaintArb = fc.record({
  receivedHoursAgo: fc.integer({ min: 1, max: 3 * 365 * 24 }),
  promises: fc.uniqueArray(fc.integer({ min: 0, max: 7 }), {
    minLength: 0,
    maxLength: 2,
  }),
  acknowledgeWithinHours: fc.integer({ min: 1, max: 200 }),
  resolveWithinHours: fc.integer({ min: 1, max: 700 }),
  acknowledgedAfterHours: step,
  resolvedAfterHours: step,
  status: fc.option(fc.constantFrom(...STATUSES), { nil: undefined }),
  outcome: fc.option(fc.constantFrom(...OUTCOMES), { nil: undefined }),
  channel: fc.constantFrom(...CHANNELS),
  categories: fc.array(fc.constantFrom(...CATEGORIES), { maxLength: 3 }),
  escalation: fc.option(
    fc.record({
      afterHours: fc.integer({ min: 0, max: 2000 }),
      outcome: fc.option(fc.constantFrom(...OUTCOMES), { nil: undefined }),
      binding: fc.boolean(),
    }),
    {
      nil: undefined,
    },
  ),
  satisfaction: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  // Objections to the debt count in no figure, whatever they are linked to.
  kind: fc.constantFrom('COMPLAINT', 'COMPLAINT', 'COMPLAINT', 'DEBT_OBJECTION'),
});
const actionArb = fc.record({
  promise: fc.integer({ min: 0, max: 7 }),
  kind: fc.constantFrom(...KINDS),
  status: fc.constantFrom(...ACTION_STATUSES),
  dueDaysFromNow: fc.integer({ min: -400, max: 60 }),
  createdDaysAgo: fc.integer({ min: 0, max: 3 * 365 }),
  verifiedDaysAgo: fc.integer({ min: 0, max: 500 }),
  rootCause: fc.constantFrom(...CAUSES),
});
/** Changes made after the history was written. */
const changeArb = fc.oneof(
  fc.record({
    type: fc.constant('status' as const),
    complaint: fc.nat(),
    status: fc.constantFrom(...STATUSES),
    outcome: fc.option(fc.constantFrom(...OUTCOMES), { nil: null }),
  }),
  fc.record({
    type: fc.constant('acknowledge' as const),
    complaint: fc.nat(),
    afterHours: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
  }),
  fc.record({
    type: fc.constant('relink' as const),
    complaint: fc.nat(),
    promises: fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { maxLength: 2 }),
  }),
  fc.record({ type: fc.constant('anonymise' as const), complaint: fc.nat() }),
  fc.record({
    type: fc.constant('escalate' as const),
    complaint: fc.nat(),
    outcome: fc.option(fc.constantFrom(...OUTCOMES), { nil: null }),
  }),
  fc.record({
    type: fc.constant('action' as const),
    action: fc.nat(),
    status: fc.constantFrom(...ACTION_STATUSES),
    effective: fc.option(fc.boolean(), { nil: null }),
    promise: fc.integer({ min: 0, max: 7 }),
    verifiedDaysAgo: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
  }),
  fc.record({ type: fc.constant('delete' as const), complaint: fc.nat() }),
  fc.record({ type: fc.constant('kind' as const), complaint: fc.nat() }),
  // A decision taken (or changed) later: moves the day of decision and the outcome, which the
  // upheld share and the overturns (a REJECTED complaint a body found for) count by.
  fc.record({
    type: fc.constant('decide' as const),
    complaint: fc.nat(),
    outcome: fc.constantFrom(...OUTCOMES),
    afterHours: fc.option(fc.integer({ min: 0, max: 9000 }), { nil: null }),
  }),
);
const historyArb = fc.record({
  complaints: fc.array(complaintArb, { minLength: 5, maxLength: 30 }),
  actions: fc.array(actionArb, { maxLength: 10 }),
  changes: fc.array(changeArb, { maxLength: 12 }),
  // The database session of each change: rollup rows are kept per writing session (slots), so a
  // complaint counted by one session and changed by another leaves parts of a figure in two slots.
  sessions: fc.array(fc.nat({ max: 3 }), { minLength: 12, maxLength: 12 }),
  // Periods starting and ending on any day (mid-month, across months and years, up to today or later):
  // the rollups sum whole months and read the edge days.
  periods: fc.array(fc.record({ fromDaysAgo: fc.integer({ min: -10, max: 3 * 365 }), days: fc.integer({ min: 0, max: 500 }) }), { maxLength: 2 }),
  renameKey: fc.boolean(),
  timezone: fc.constantFrom('Europe/Amsterdam', 'Europe/Oslo', 'America/New_York', 'Asia/Kolkata'),
  handlingPromiseKey: fc.constantFrom(null, 'P1', 'P2'),
  // The rollups rebuilt from scratch at the end, as after a bulk load (a time-zone change rebuilds them too).
  rebuild: fc.boolean(),
});

type History = typeof historyArb extends fc.Arbitrary<infer T> ? T : never;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const day = (daysFromNow: number) => DateTime.fromMillis(ANCHOR).plus({ days: daysFromNow }).toISODate()!;

/**
 * Runs reference queries of one organisation in a context of their own (no request, no
 * transaction), ended at once: a context holds a pool connection until it ends, and the embedded
 * database's pool has one.
 */
async function withReference<T>(org: TestOrganization, query: (ctx: Context) => Promise<T>): Promise<T> {
  const ctx = createContext({
    requestId: 'rollups-reference',
    log: pino({ level: 'silent' }),
    dataSource: app.dataSource,
    user: {
      id: org.users.QUALITY_MANAGER,
      organizationId: org.id,
      organizationSlug: org.slug,
      roles: [Role.QUALITY_MANAGER],
    },
  });
  try {
    return await query(ctx);
  } finally {
    ctx.connection.end();
  }
}

/** Writes a random history for a new organisation: two codes, the first with three versions. */
async function writeHistory(history: History) {
  const org = await app.createOrganization();
  const ds = app.dataSource;
  const codes: CodeFixture[] = [
    await createCode(ds, org, [CodeVersionStatus.SUPERSEDED, CodeVersionStatus.SUPERSEDED, CodeVersionStatus.PUBLISHED], ['P1', 'P2']),
    await createCode(ds, org, [CodeVersionStatus.PUBLISHED], ['P1', 'P2']),
  ];
  // Eight promises: P1 and P2 of every version of both codes (several per lineage).
  const promises = codes.flatMap((c) => c.promises.flatMap((byKey) => [byKey.P1, byKey.P2]));
  const complaintIds: string[] = [];
  for (const c of history.complaints) {
    const complaint = await insertComplaint(ds, org, {
      receivedAt: new Date(ANCHOR - c.receivedHoursAgo * HOUR).toISOString(),
      channel: c.channel,
      categories: c.categories,
      promiseIds: c.promises.map((i) => promises[i].id),
      acknowledgeWithinHours: c.acknowledgeWithinHours,
      resolveWithinHours: c.resolveWithinHours,
      acknowledgedAfterHours: c.acknowledgedAfterHours,
      resolvedAfterHours: c.resolvedAfterHours,
      status: c.status,
      outcome: c.outcome,
      escalation: c.escalation,
      satisfaction: c.satisfaction,
      kind: c.kind,
    });
    complaintIds.push(complaint.id);
    if (c.escalation) await fileDisputesCase(ds, complaint.id, c.escalation.outcome ?? null);
  }
  const actionIds: string[] = [];
  for (const a of history.actions) {
    const action = await insertAction(ds, org, {
      promiseId: promises[a.promise].id,
      kind: a.kind,
      status: a.status,
      dueOn: day(a.dueDaysFromNow),
      createdAt: new Date(ANCHOR - a.createdDaysAgo * 24 * HOUR).toISOString(),
      verifiedOn: day(-a.verifiedDaysAgo),
      rootCause: a.rootCause,
    });
    actionIds.push(action.id);
  }
  const live = [...complaintIds];
  const sessions = await openSessions();
  try {
    for (const [i, change] of history.changes.entries()) await applyChange(sessions[history.sessions[i] % sessions.length], change);
  } finally {
    await Promise.all(sessions.map((session) => session.release()));
  }
  if (history.renameKey) await ds.query(`UPDATE code_promise SET key = 'P9' WHERE id = $1`, [codes[0].promises[2].P2.id]);
  if (history.timezone !== 'Europe/Amsterdam') await ds.query(`UPDATE organization SET timezone = $2 WHERE id = $1`, [org.id, history.timezone]);
  await ds.query(`UPDATE organization SET status_handling_promise_key = $2 WHERE id = $1`, [org.id, history.handlingPromiseKey]);
  if (history.rebuild) await ds.query(`SELECT monitoring_rebuild($1)`, [org.id]);
  return { org, codes, timezone: history.timezone, handlingPromiseKey: history.handlingPromiseKey };

  /** The complaint's disputes-body case, with the outcome given (undecided when none): the overturn rate's source. */
  async function fileDisputesCase(db: { query: (sql: string, parameters: unknown[]) => Promise<unknown> }, id: string, outcome: string | null) {
    await db.query(`INSERT INTO disputes_body (organization_id, version, name) VALUES ($1, 1, 'Rollup body') ON CONFLICT DO NOTHING`, [org.id]);
    await db.query(
      `INSERT INTO disputes_case (organization_id, version, complaint_id, body_id, origin, status, filed_at, outcome)
       SELECT c.organization_id, 1, c.id, b.id, 'AFTER_RESOLUTION', CASE WHEN $2::text IS NULL THEN 'OPEN' ELSE 'DECIDED' END, c.escalation_escalated_at, $2
       FROM complaint c JOIN disputes_body b ON b.organization_id = c.organization_id WHERE c.id = $1
       ON CONFLICT (complaint_id) DO UPDATE SET outcome = excluded.outcome, status = excluded.status`,
      [id, outcome],
    );
  }

  /** Four sessions of their own on PostgreSQL (the embedded database has one connection, so one). */
  async function openSessions(): Promise<QueryRunner[]> {
    const count = process.env.TEST_DB_BACKEND === 'postgres' ? 4 : 1;
    const runners = Array.from({ length: count }, () => ds.createQueryRunner());
    for (const runner of runners) await runner.connect();
    return runners;
  }

  async function applyChange(db: QueryRunner, change: History['changes'][number]) {
    if (change.type === 'action') {
      if (actionIds.length === 0) return;
      const id = actionIds[change.action % actionIds.length];
      await db.query(
        `UPDATE corrective_action SET status = $2, effective = $3, promise_id = $4, due_on = due_on + 3, verified_on = coalesce($5::date, verified_on) WHERE id = $1`,
        [id, change.status, change.effective, promises[change.promise].id, change.verifiedDaysAgo === null ? null : day(-change.verifiedDaysAgo)],
      );
      return;
    }
    if (live.length === 0) return;
    const id = live[change.complaint % live.length];
    if (change.type === 'status') await db.query(`UPDATE complaint SET status = $2, outcome = $3 WHERE id = $1`, [id, change.status, change.outcome]);
    if (change.type === 'acknowledge') {
      await db.query(
        `UPDATE complaint SET acknowledged_at = received_at + make_interval(hours => $2::int), acknowledged_on_time = received_at + make_interval(hours => $2::int) <= acknowledgement_due_at WHERE id = $1`,
        [id, change.afterHours],
      );
    }
    if (change.type === 'relink') {
      await db.query(`DELETE FROM complaint_promise WHERE complaint_id = $1`, [id]);
      for (const i of change.promises) {
        await db.query(`INSERT INTO complaint_promise (organization_id, complaint_id, promise_id) VALUES ($1, $2, $3)`, [org.id, id, promises[i].id]);
      }
    }
    if (change.type === 'anonymise')
      await db.query(`UPDATE complaint SET complainant_name = NULL, description = NULL, anonymized_at = now() WHERE id = $1`, [id]);
    if (change.type === 'escalate') {
      await db.query(
        `UPDATE complaint SET escalation_escalated_at = coalesce(resolved_at, received_at) + interval '5 hours', escalation_outcome = $2, status = 'ESCALATED' WHERE id = $1`,
        [id, change.outcome],
      );
      await fileDisputesCase(db, id, change.outcome);
    }
    if (change.type === 'decide') {
      await db.query(`UPDATE complaint SET status = 'RESOLVED', outcome = $2, resolved_at = coalesce(received_at + make_interval(hours => $3::int), resolved_at, now()) WHERE id = $1`, [
        id,
        change.outcome,
        change.afterHours,
      ]);
    }
    if (change.type === 'kind') {
      await db.query(`UPDATE complaint SET kind = CASE kind WHEN 'COMPLAINT' THEN 'DEBT_OBJECTION' ELSE 'COMPLAINT' END WHERE id = $1`, [id]);
    }
    if (change.type === 'delete') {
      await db.query(`DELETE FROM complaint WHERE id = $1`, [id]);
      live.splice(live.indexOf(id), 1);
    }
  }
}

/**
 * Every month rollup (migration RollupMonths) of the organisation holds, summed over its slots,
 * exactly the sums of its source's rows by month (keys whose figures are all zero left out).
 */
async function expectMonthsMatchSources(organizationId: string) {
  for (const r of MONTHS) {
    const keys = r.keys.map((k) => k.name);
    const figures = r.sums.map(([c]) => c);
    const month = r.day ? [`date_trunc('month', ${r.day}::timestamp)::date::text AS month`] : [];
    const order = [...keys, ...(r.day ? ['month'] : [])].join(', ');
    const read = (sql: string) =>
      app.dataSource.query(`SELECT * FROM (${sql}) x WHERE (${figures.join(', ')}) <> (${figures.map(() => '0').join(', ')}) ORDER BY ${order}`, [
        organizationId,
      ]);
    const rollup = await read(
      `SELECT ${[...keys, ...(r.day ? ['month::text AS month'] : [])].join(', ')}, ${figures.map((c) => `sum(${c})::int AS ${c}`).join(', ')}
       FROM ${r.target} WHERE organization_id = $1 GROUP BY ${order}`,
    );
    const source = await read(
      `SELECT ${[...keys, ...month].join(', ')}, ${r.sums.map(([c, src]) => `sum(${src})::int AS ${c}`).join(', ')}
       FROM ${r.source} WHERE organization_id = $1${r.where ? ` AND ${r.where}` : ''} GROUP BY ${order}`,
    );
    expect({ table: r.target, rows: rollup }).toEqual({ table: r.target, rows: source });
  }
}

/** codeStatus's figures of each promise of the version in force, counted directly. */
async function referenceStatus(ctx: Context, fixture: CodeFixture, timezone: string, handlingPromiseKey: string | null, period?: { from: string; to: string }) {
  const today = DateTime.now().setZone(timezone).toISODate()!;
  const bounds = reportingPeriod(period, today, timezone);
  const complaints = await DirectCountReference.complaintFigures(ctx, [fixture.code.id], bounds);
  const actions = await DirectCountReference.lineageActionFigures(ctx, [fixture.code.id], bounds, today);
  const codeHandling = await DirectCountReference.codeHandlingFigures(ctx, [fixture.code.id], bounds);
  const promises = await ctx.db.query(
    `SELECT p.code_id AS "codeId", p.key FROM code_promise p JOIN code_version v ON v.id = p.code_version_id
     WHERE v.code_id = $1 AND v.status = 'PUBLISHED' ORDER BY p.position`,
    [fixture.code.id],
  );
  return promises.map((p: { codeId: string; key: string }) => {
    const own = complaints.get(promiseLineageKey(p)) ?? {
      received: 0,
      open: 0,
      overdue: 0,
      upheld: 0,
      partiallyUpheld: 0,
      decided: 0,
      decidedUpheld: 0,
      overturned: 0,
      ...handlingRates(undefined),
      disputes: disputesFigures(undefined),
    };
    const handling =
      handlingPromiseKey === null
        ? {
            overdue: own.overdue,
            acknowledgement: own.acknowledgement,
            resolution: own.resolution,
          }
        : handlingPromiseKey === p.key
          ? (codeHandling.get(p.codeId) ?? {
              overdue: 0,
              ...handlingRates(undefined),
            })
          : null;
    return {
      promise: { key: p.key },
      complaints: own,
      handling,
      correctiveActions: actions.get(promiseLineageKey(p)) ?? {
        open: 0,
        overdue: 0,
        notEffective: 0,
        verifiedEffective: 0,
      },
    };
  });
}

describe('monitoring rollups equal a direct count', () => {
  it('codeStatus and complaintAnalysis on random histories', async () => {
    await fc.assert(
      fc.asyncProperty(historyArb, async (history) => {
        const { org, codes, timezone, handlingPromiseKey } = await writeHistory(history);
        const qm = await app.as(org, Role.QUALITY_MANAGER);
        await expectMonthsMatchSources(org.id);
        const periods = [
          undefined,
          { from: `${THIS_YEAR - 2}-03-15`, to: `${THIS_YEAR - 1}-06-30` },
          { from: `${THIS_YEAR - 2}-12-20`, to: `${THIS_YEAR - 1}-01-05` },
          { from: `${THIS_YEAR - 1}-05-03`, to: `${THIS_YEAR - 1}-05-29` },
          ...history.periods.map((p) => ({ from: day(-p.fromDaysAgo), to: day(-p.fromDaysAgo + p.days) })),
        ];
        for (const fixture of codes) {
          for (const period of periods) {
            const answer = await qm.data(STATUS, {
              codeId: fixture.code.id,
              period,
            });
            expect(answer.codeStatus!.promises).toEqual(await withReference(org, (ctx) => referenceStatus(ctx, fixture, timezone, handlingPromiseKey, period)));
          }
        }
        for (const year of [THIS_YEAR, THIS_YEAR - 1, THIS_YEAR - 2]) {
          const answer = await qm.data(ANALYSIS, { year });
          const start = calendarYear(year - 1, timezone).start;
          const end = calendarYear(year, timezone).end;
          const today = DateTime.now().setZone(timezone).toISODate()!;
          const rows = await withReference(org, (ctx) => DirectCountReference.analysisRows(ctx, timezone, start, end, today));
          expect(answer.complaintAnalysis).toEqual(assembleAnalysis(year, timezone, rows));
        }
      }),
      // Each history is its own organisation written through the database.
      { numRuns: 25 },
    );
  }, 180_000);
});

describe('monitoring_rebuild', () => {
  it('counts with the incremental functions\' own statements, their signed rows replaced by the organisation\'s rows', async () => {
    // A migration that changes an incremental counting function must derive its set-based variant again (SetBasedRebuild).
    for (const bulk of BULK) {
      expect(await installedBody(app.dataSource, bulkProcedure(bulk))).toBe(bulkBody(await installedBody(app.dataSource, bulk.incremental), bulk));
    }
  });
});

describe('periodGrain', () => {
  it('reads every day of the period exactly once: whole months plus and minus edge days', () => {
    const date = (days: number) => DateTime.fromISO('2024-01-01', { zone: 'utc' }).plus({ days });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1200 }), fc.integer({ min: 0, max: 500 }), fc.integer({ min: -40, max: 1800 }), (start, length, todayAt) => {
        const from = date(start);
        const to = date(start + length);
        const grain = periodGrain({ from: from.toISODate()!, to: to.toISODate()! }, date(todayAt).toISODate()!);
        // Each edge range lies within one month.
        for (const r of grain.ranges) expect(r.from.slice(0, 7)).toBe(r.to.slice(0, 7));
        const wrong: string[] = [];
        for (let d = date(start - 35); d <= date(start + length + 35); d = d.plus({ days: 1 })) {
          const iso = d.toISODate()!;
          const month = d.startOf('month').toISODate()!;
          const times =
            (month >= grain.firstMonth && month <= grain.lastMonth ? 1 : 0) + grain.ranges.reduce((n, r) => n + (iso >= r.from && iso <= r.to ? r.sign : 0), 0);
          if (times !== (d >= from && d <= to ? 1 : 0)) wrong.push(`${iso}: ${times}`);
        }
        expect(wrong).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('reads at most about half a month of days at each edge', () => {
    expect(periodGrain({ from: '2025-11-10', to: '2026-11-20' }, '2026-11-20')).toEqual({
      firstMonth: '2025-11-01',
      lastMonth: '2026-11-01',
      ranges: [
        { from: '2025-11-01', to: '2025-11-09', sign: -1 },
        { from: '2026-11-21', to: '2026-11-30', sign: -1 },
      ],
    });
    // The default period of a status asked for on the 15th: the second half of the first month, the last month less the days after today (none yet).
    expect(periodGrain({ from: '2025-11-16', to: '2026-11-15' }, '2026-11-15')).toEqual({
      firstMonth: '2025-12-01',
      lastMonth: '2026-11-01',
      ranges: [
        { from: '2025-11-16', to: '2025-11-30', sign: 1 },
        { from: '2026-11-16', to: '2026-11-30', sign: -1 },
      ],
    });
    expect(periodGrain({ from: '2025-12-01', to: '2026-11-30' }, '2026-11-30')).toEqual({ firstMonth: '2025-12-01', lastMonth: '2026-11-01', ranges: [] });
    expect(periodGrain({ from: '2026-05-10', to: '2026-05-12' }, '2026-11-30')).toEqual({
      firstMonth: '2026-06-01',
      lastMonth: '2026-05-01',
      ranges: [{ from: '2026-05-10', to: '2026-05-12', sign: 1 }],
    });
    expect(periodGrain({ from: '2026-05-25', to: '2026-07-03' }, '2026-11-30')).toEqual({
      firstMonth: '2026-06-01',
      lastMonth: '2026-06-01',
      ranges: [
        { from: '2026-05-25', to: '2026-05-31', sign: 1 },
        { from: '2026-07-01', to: '2026-07-03', sign: 1 },
      ],
    });
  });
});

describe('month rollups follow every change, periods starting and ending mid-month', () => {
  it('actions moving between pending and closed and verified, complaints resolved, relinked and deleted', async () => {
    const org = await app.createOrganization();
    const ds = app.dataSource;
    const fixture = await createCode(ds, org, [CodeVersionStatus.SUPERSEDED, CodeVersionStatus.PUBLISHED], ['P1', 'P2']);
    const [old, current] = fixture.promises;
    const qm = await app.as(org, Role.QUALITY_MANAGER);
    const periods = [
      undefined,
      { from: day(-75), to: day(-20) },
      { from: day(-45), to: day(-35) },
      { from: day(-420), to: day(-30) },
      { from: `${THIS_YEAR - 1}-12-17`, to: `${THIS_YEAR}-01-09` },
    ];
    /** Every period's figures equal the direct count, the month rollups their sources; P1's figures over days -75 to -20. */
    const check = async () => {
      await expectMonthsMatchSources(org.id);
      let p1: unknown;
      for (const period of periods) {
        const answer = await qm.data(STATUS, { codeId: fixture.code.id, period });
        const expected = await withReference(org, (ctx) => referenceStatus(ctx, fixture, 'Europe/Amsterdam', null, period));
        expect(answer.codeStatus!.promises).toEqual(expected);
        if (period === periods[1]) {
          const { complaints, correctiveActions } = answer.codeStatus!.promises.find((p) => p.promise.key === 'P1')!;
          p1 = {
            received: complaints.received,
            unresolved: complaints.open,
            decided: complaints.decided,
            ackRated: complaints.acknowledgement.rated,
            ...correctiveActions,
          };
        }
      }
      return p1;
    };
    const daysAgo = (days: number) => new Date(ANCHOR - days * 24 * HOUR).toISOString();
    // Received 40 and 60 days ago (in the period) and 400 days ago (outside it), about P1 in both versions.
    const recent = await insertComplaint(ds, org, { receivedAt: daysAgo(40), promiseIds: [old.P1.id, current.P1.id], acknowledgeWithinHours: 24 });
    const older = await insertComplaint(ds, org, { receivedAt: daysAgo(60), promiseIds: [current.P1.id], acknowledgedAfterHours: 5 });
    await insertComplaint(ds, org, {
      receivedAt: daysAgo(400),
      promiseIds: [current.P1.id],
      acknowledgedAfterHours: 5,
      resolvedAfterHours: 48,
      outcome: 'UPHELD',
    });
    const action = await insertAction(ds, org, { promiseId: current.P1.id, status: 'OPEN', dueOn: day(20) });
    expect(await check()).toEqual({ received: 2, unresolved: 2, decided: 0, ackRated: 2, open: 1, overdue: 0, notEffective: 0, verifiedEffective: 0 });
    // The action falls due, is worked on, done, verified effective 38 days ago, found not effective, reopened, cancelled.
    await ds.query(`UPDATE corrective_action SET due_on = $2 WHERE id = $1`, [action.id, day(-10)]);
    expect(await check()).toMatchObject({ open: 1, overdue: 1 });
    await ds.query(`UPDATE corrective_action SET status = 'IN_PROGRESS' WHERE id = $1`, [action.id]);
    expect(await check()).toMatchObject({ open: 1, overdue: 1 });
    await ds.query(`UPDATE corrective_action SET status = 'DONE' WHERE id = $1`, [action.id]);
    expect(await check()).toMatchObject({ open: 1, overdue: 0, verifiedEffective: 0 });
    await ds.query(`UPDATE corrective_action SET status = 'VERIFIED_EFFECTIVE', effective = true, verified_on = $2 WHERE id = $1`, [action.id, day(-38)]);
    expect(await check()).toMatchObject({ open: 0, overdue: 0, verifiedEffective: 1 });
    // Verified on another day: 90 days ago, out of the period.
    await ds.query(`UPDATE corrective_action SET verified_on = $2 WHERE id = $1`, [action.id, day(-90)]);
    expect(await check()).toMatchObject({ open: 0, verifiedEffective: 0 });
    await ds.query(`UPDATE corrective_action SET status = 'NOT_EFFECTIVE', effective = false WHERE id = $1`, [action.id]);
    expect(await check()).toMatchObject({ open: 1, overdue: 1, notEffective: 1, verifiedEffective: 0 });
    await ds.query(`UPDATE corrective_action SET status = 'IN_PROGRESS', effective = NULL, due_on = $2 WHERE id = $1`, [action.id, day(30)]);
    expect(await check()).toMatchObject({ open: 1, overdue: 0, notEffective: 0 });
    // Due today: not overdue yet.
    await ds.query(`UPDATE corrective_action SET due_on = $2 WHERE id = $1`, [action.id, DateTime.now().setZone('Europe/Amsterdam').toISODate()]);
    expect(await check()).toMatchObject({ open: 1, overdue: 0 });
    await ds.query(`UPDATE corrective_action SET status = 'CANCELLED' WHERE id = $1`, [action.id]);
    expect(await check()).toMatchObject({ open: 0, overdue: 0 });
    // A second action verified effective 25 days ago, moved to P2.
    const second = await insertAction(ds, org, { promiseId: current.P1.id, status: 'VERIFIED_EFFECTIVE', dueOn: day(-50), verifiedOn: day(-25) });
    expect(await check()).toMatchObject({ verifiedEffective: 1 });
    await ds.query(`UPDATE corrective_action SET promise_id = $2 WHERE id = $1`, [second.id, current.P2.id]);
    expect(await check()).toMatchObject({ verifiedEffective: 0 });
    // The complaints: one acknowledged and resolved (decided 30 days ago), one relinked to P2, then deleted.
    await ds.query(
      `UPDATE complaint SET acknowledged_at = received_at + interval '2 hours', acknowledged_on_time = true, status = 'RESOLVED', outcome = 'UPHELD',
         resolved_at = received_at + interval '10 days', resolved_on_time = true WHERE id = $1`,
      [recent.id],
    );
    expect(await check()).toMatchObject({ received: 2, unresolved: 1, decided: 1 });
    await ds.query(`DELETE FROM complaint_promise WHERE complaint_id = $1`, [older.id]);
    await ds.query(`INSERT INTO complaint_promise (organization_id, complaint_id, promise_id) VALUES ($1, $2, $3)`, [org.id, older.id, current.P2.id]);
    expect(await check()).toMatchObject({ received: 1, unresolved: 0, decided: 1 });
    await ds.query(`DELETE FROM complaint WHERE id = $1`, [recent.id]);
    expect(await check()).toMatchObject({ received: 0, unresolved: 0, decided: 0 });
    // The time zone changes: every rollup is rebuilt, month rollups too.
    await ds.query(`UPDATE organization SET timezone = 'America/New_York' WHERE id = $1`, [org.id]);
    await expectMonthsMatchSources(org.id);
  });
});

describe('disputes-body figures follow every change they depend on', () => {
  it('a case, its complaint, its links and its promise changing one at a time', async () => {
    const org = await app.createOrganization();
    const ds = app.dataSource;
    const fixture = await createCode(ds, org, [CodeVersionStatus.SUPERSEDED, CodeVersionStatus.PUBLISHED], ['P1', 'P2']);
    const [old, current] = fixture.promises;
    const qm = await app.as(org, Role.QUALITY_MANAGER);
    // Received and rejected a week ago, linked to P1 in both versions (one case, counted once), then upheld by a body.
    const complaint = await insertComplaint(ds, org, {
      receivedAt: new Date(ANCHOR - 7 * 24 * HOUR).toISOString(),
      promiseIds: [old.P1.id, current.P1.id],
      acknowledgedAfterHours: 5,
      resolvedAfterHours: 48,
      outcome: 'REJECTED',
    });
    await ds.query(`INSERT INTO disputes_body (organization_id, version, name) VALUES ($1, 1, 'Body') RETURNING id`, [org.id]);
    const figures = async () => {
      const answer = await qm.data(STATUS, { codeId: fixture.code.id });
      const expected = await withReference(org, (ctx) => referenceStatus(ctx, fixture, 'Europe/Amsterdam', null));
      expect(answer.codeStatus!.promises).toEqual(expected);
      return Object.fromEntries(
        answer.codeStatus!.promises.map((p) => [p.promise.key, [p.complaints.disputes.cases, p.complaints.disputes.overturned, p.complaints.overturned]]),
      );
    };
    expect(await figures()).toEqual({ P1: [0, 0, 0], P2: [0, 0, 0] });
    await ds.query(
      `INSERT INTO disputes_case (organization_id, version, complaint_id, body_id, origin, status, filed_at, outcome)
       SELECT $1, 1, $2, id, 'AFTER_RESOLUTION', 'DECIDED', now(), 'UPHELD' FROM disputes_body WHERE organization_id = $1`,
      [org.id, complaint.id],
    );
    expect(await figures()).toEqual({ P1: [1, 1, 1], P2: [0, 0, 0] });
    // The organisation reconsiders: no longer a rejection the body overturned.
    await ds.query(`UPDATE complaint SET outcome = 'UPHELD' WHERE id = $1`, [complaint.id]);
    expect(await figures()).toEqual({ P1: [1, 1, 0], P2: [0, 0, 0] });
    await ds.query(`UPDATE complaint SET outcome = 'REJECTED' WHERE id = $1`, [complaint.id]);
    expect(await figures()).toEqual({ P1: [1, 1, 1], P2: [0, 0, 0] });
    // The body's outcome changes.
    await ds.query(`UPDATE disputes_case SET outcome = 'REJECTED' WHERE complaint_id = $1`, [complaint.id]);
    expect(await figures()).toEqual({ P1: [1, 0, 0], P2: [0, 0, 0] });
    await ds.query(`UPDATE disputes_case SET outcome = 'PARTIALLY_UPHELD' WHERE complaint_id = $1`, [complaint.id]);
    expect(await figures()).toEqual({ P1: [1, 1, 1], P2: [0, 0, 0] });
    // Relinked to P2: the case moves with it.
    await ds.query(`DELETE FROM complaint_promise WHERE complaint_id = $1`, [complaint.id]);
    await ds.query(`INSERT INTO complaint_promise (organization_id, complaint_id, promise_id) VALUES ($1, $2, $3)`, [org.id, complaint.id, current.P2.id]);
    expect(await figures()).toEqual({ P1: [0, 0, 0], P2: [1, 1, 1] });
    // Decided a year earlier: out of the period's decisions, still a case about a complaint received in it.
    await ds.query(`UPDATE complaint SET resolved_at = resolved_at - interval '400 days' WHERE id = $1`, [complaint.id]);
    expect(await figures()).toEqual({ P1: [0, 0, 0], P2: [1, 1, 0] });
    await ds.query(`UPDATE complaint SET resolved_at = resolved_at + interval '400 days' WHERE id = $1`, [complaint.id]);
    // An objection to the debt counts in no figure.
    await ds.query(`UPDATE complaint SET kind = 'DEBT_OBJECTION' WHERE id = $1`, [complaint.id]);
    expect(await figures()).toEqual({ P1: [0, 0, 0], P2: [0, 0, 0] });
    await ds.query(`UPDATE complaint SET kind = 'COMPLAINT' WHERE id = $1`, [complaint.id]);
    expect(await figures()).toEqual({ P1: [0, 0, 0], P2: [1, 1, 1] });
    // The promise in force renamed P1 → its complaints move to the P1 lineage.
    await ds.query(`UPDATE code_promise SET key = 'P1x' WHERE id = $1`, [current.P1.id]);
    await ds.query(`UPDATE code_promise SET key = 'P1' WHERE id = $1`, [current.P2.id]);
    await ds.query(`UPDATE code_promise SET key = 'P2' WHERE id = $1`, [current.P1.id]);
    expect(await figures()).toEqual({ P2: [0, 0, 0], P1: [1, 1, 1] });
    // The case withdrawn from the register.
    await ds.query(`DELETE FROM disputes_case WHERE complaint_id = $1`, [complaint.id]);
    expect(await figures()).toEqual({ P2: [0, 0, 0], P1: [0, 0, 0] });
  });
});

describe('codeStatus statements', () => {
  it('do not grow with the number of complaints', async () => {
    const org = await app.createOrganization();
    const fixture = await createCode(app.dataSource, org, [CodeVersionStatus.SUPERSEDED, CodeVersionStatus.PUBLISHED], ['P1', 'P2', 'P3']);
    const qm = await app.as(org, Role.QUALITY_MANAGER);
    const statements = statementCounter(app.dataSource);
    const countFor = async () => {
      await qm.data(STATUS, { codeId: fixture.code.id });
      statements.reset();
      await qm.data(STATUS, { codeId: fixture.code.id });
      return statements.count;
    };
    const addComplaints = async (n: number) => {
      for (let i = 0; i < n; i++) {
        await insertComplaint(app.dataSource, org, {
          receivedAt: new Date(ANCHOR - (i + 1) * 7 * HOUR).toISOString(),
          promiseIds: [fixture.promises[i % 2].P1.id, fixture.promises[1].P3.id],
          acknowledgedAfterHours: i % 3 === 0 ? undefined : 5,
          outcome: i % 2 ? 'UPHELD' : undefined,
        });
      }
    };
    await addComplaints(3);
    const small = await countFor();
    await addComplaints(60);
    const large = await countFor();
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(3);
  });
});

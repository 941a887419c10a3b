import { Role } from '../../src/common/roles';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import pino from 'pino';
import { createContext } from '../../src/common/context';
import { configureMonitoringCache } from '../../src/modules/monitoring';
import { keptOrComputed } from '../../src/modules/monitoring/monitoring-cache';
import { startTestApp, statementCounter, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { addCodeVersion, createCode, insertAction, insertComplaint, type CodeFixture } from '../support/fixtures';
import { graphql } from '../graphql';

/** A dashboard's question: every figure and status of every promise. */
const STATUS = graphql(`query CachedCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) {
  code { key } codeVersion { version } period { from to } status statusCounts { status count }
  promises { promise { key title } status reasons kpis { name status latestMeasurement { value } } kpiStatusCounts { status count }
    complaints { received open overdue upheld partiallyUpheld decided overturned acknowledgement { rate } resolution { rate } disputes { cases overturned } }
    handling { overdue } correctiveActions { open overdue notEffective verifiedEffective } customerPerceived { responses } } } }`);

/** A quality manager's annual analysis: every figure the rollups and clocks give, both years. */
const ANALYSIS = graphql(`query CachedAnalysis($year: Int!) { complaintAnalysis(year: $year) {
  totals { received resolved unresolved overdue upheld partiallyUpheld unclassified withoutPromise }
  byCategory { category complaints } byPromise { promiseKey complaints upheld } byChannel { channel complaints } byMonth { month complaints }
  acknowledgement { rate } resolution { rate } acknowledgementTime { medianHours p90Hours } resolutionTime { medianHours p90Hours }
  outcomes { outcome complaints } escalations { escalated pending decided binding overturned }
  actions { kind opened open overdue verifiedEffective notEffective effectivenessRate } recurringRootCauses { rootCause actions }
  changes { figure change } previousYear { totals { received overdue } } } }`);
const ANALYSIS_WITH_SURVEYS = graphql(`query CachedAnalysisWithSurveys($year: Int!) { complaintAnalysis(year: $year) {
  totals { received } customerSatisfaction { responses { sent answered } } } }`);

const ENTRIES = 256;

/**
 * The monitoring cache (MONITORING_CACHE_ENTRIES) serves a kept answer only while nothing it
 * depends on has changed: after every kind of write, and when a deadline passes with no write at
 * all, the answer is the one a new computation gives (the cache emptied first).
 */
describe('monitoring cache: codeStatus and complaintAnalysis', () => {
  let app: TestApp;
  let statements: ReturnType<typeof statementCounter>;
  let org: TestOrganization;
  let code: CodeFixture;
  let qm: ApiClient;
  let codeId: string;

  beforeAll(async () => {
    app = await startTestApp({ MONITORING_CACHE_ENTRIES: String(ENTRIES) });
    statements = statementCounter(app.dataSource);
    org = await app.createOrganization();
    code = await createCode(app.dataSource, org, [CodeVersionStatus.SUPERSEDED, CodeVersionStatus.PUBLISHED], ['P1', 'P2']);
    codeId = code.code.id;
    const [chain]: { id: string }[] = await app.dataSource.query(`INSERT INTO kpi_chain (organization_id, version, name) VALUES ($1, 1, 'Chain') RETURNING id`, [org.id]);
    await app.dataSource.query(
      `INSERT INTO kpi (organization_id, version, chain_id, code_id, promise_key, kind, name, unit, direction, target, threshold, frequency)
       VALUES ($1, 1, $2, $3, 'P1', 'PROCESS', 'Called back', 'PERCENT', 'HIGHER_IS_BETTER', 90, 80, 'MONTHLY')`,
      [org.id, chain.id, codeId],
    );
    qm = await app.as(org, Role.QUALITY_MANAGER);
  });
  afterAll(async () => {
    await app?.close();
  });

  const status = async (client = qm) => JSON.stringify(await client.data(STATUS, { codeId }));
  /** The answer of a new computation: the cache emptied first (it keeps the answer for the next request). */
  const computed = async (client = qm) => {
    configureMonitoringCache(app.dataSource, ENTRIES);
    return status(client);
  };
  // Complaints received in the last days fall in this year or, in the first days of January, the last: the analysis holds both.
  const year = new Date().getUTCFullYear();
  const analysis = async () => JSON.stringify(await qm.data(ANALYSIS, { year }));
  const computedAnalysis = async () => {
    configureMonitoringCache(app.dataSource, ENTRIES);
    return analysis();
  };
  const p1 = () => code.promises[1].P1.id;
  const p2 = () => code.promises[1].P2.id;
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

  it('answers a repeated question in one statement, with the same answer', async () => {
    const first = await computed();
    statements.reset();
    expect(await status()).toBe(first);
    expect(statements.count).toBe(1);
    const firstAnalysis = await computedAnalysis();
    statements.reset();
    expect(await analysis()).toBe(firstAnalysis);
    expect(statements.count).toBe(1);
  });

  /** How many lookups of `kind` went as `result`, from the service's /metrics. */
  const lookups = async (kind: string, result: string) => {
    const text = await (await fetch(`${app.url}/metrics`)).text();
    const line = text.split('\n').find((l) => l.startsWith(`monitoring_cache_lookups_total{kind="${kind}",result="${result}"}`));
    return line ? Number(line.split(' ').pop()) : 0;
  };

  it('answers a dashboard asked again with nothing changed whole, without executing it: the same bytes, one statement', async () => {
    for (const [ask, fresh] of [
      [status, computed],
      [analysis, computedAnalysis],
    ] as const) {
      const first = await fresh();
      const servedBefore = await lookups('response', 'hit');
      const hitsBefore = (await lookups('codeStatus', 'hit')) + (await lookups('complaintAnalysis', 'hit'));
      // The second is executed with the kept answer; the third and fourth are its whole response.
      statements.reset();
      const answers = [await ask(), await ask(), await ask()];
      expect(statements.count).toBe(3);
      expect(answers).toEqual([first, first, first]);
      expect(await lookups('response', 'hit')).toBe(servedBefore + 2);
      expect((await lookups('codeStatus', 'hit')) + (await lookups('complaintAnalysis', 'hit'))).toBe(hitsBefore + 1);
    }
  });

  it('never keeps a whole response that read more than kept answers, nor one of another caller', async () => {
    // The survey figures are read anew every time: that answer is executed every time.
    await qm.data(ANALYSIS_WITH_SURVEYS, { year });
    await qm.data(ANALYSIS_WITH_SURVEYS, { year });
    const served = await lookups('response', 'hit');
    statements.reset();
    await qm.data(ANALYSIS_WITH_SURVEYS, { year });
    expect(statements.count).toBe(3);
    expect(await lookups('response', 'hit')).toBe(served);
    // Staff ask the same question: management's response (with KPI names in the reasons) is not theirs.
    await status(); // computed (the cache was emptied before)
    await status(); // executed with the kept answer
    expect(await status()).toContain('Called back');
    expect(await lookups('response', 'hit')).toBe(served + 1);
    const staff = await app.as(org, Role.STAFF);
    const staffAnswer = JSON.stringify(await staff.data(STATUS, { codeId }));
    expect(await lookups('response', 'hit')).toBe(served + 1);
    expect(staffAnswer).not.toContain('Called back');
  });

  describe('requests asking the same answer together', () => {
    /**
     * Asks for a kept answer as a request of `org` would, in a context of its own, ended at once (it
     * gives its connection back after its one statement: the embedded database's pool has one).
     * `reached` is told when the request has read the stamp and is about to look the answer up.
     */
    const ask = (of: TestOrganization, compute: () => Promise<{ value: object; nextChangeAt: null }>, reached?: () => void) => {
      const ctx = createContext({
        requestId: 'together',
        log: pino({ level: 'silent' }),
        dataSource: app.dataSource,
        user: { id: of.users.QUALITY_MANAGER, organizationId: of.id, organizationSlug: of.slug, roles: [Role.QUALITY_MANAGER] },
      });
      const answer = keptOrComputed(ctx, 'together', () => {
        reached?.();
        return ['dashboard'];
      }, compute);
      ctx.connection.end();
      return answer;
    };
    const deferred = <T>() => {
      let resolve!: (value: T) => void;
      const promise = new Promise<T>((r) => (resolve = r));
      return { promise, resolve };
    };

    it('compute it once: the others wait for that answer', async () => {
      configureMonitoringCache(app.dataSource, ENTRIES);
      const [missed, shared] = [await lookups('together', 'miss'), await lookups('together', 'shared')];
      const started = deferred<void>();
      const result = deferred<{ value: object; nextChangeAt: null }>();
      let computations = 0;
      const compute = () => {
        computations++;
        started.resolve();
        return result.promise;
      };
      const first = ask(org, compute);
      await started.promise;
      const arrivals = [1, 2, 3, 4].map(() => deferred<void>());
      const others = arrivals.map((arrived) => ask(org, compute, () => arrived.resolve()));
      await Promise.all(arrivals.map((a) => a.promise));
      result.resolve({ value: { figures: [1, 2, 3] }, nextChangeAt: null });
      const answers = await Promise.all([first, ...others]);
      expect(computations).toBe(1);
      for (const answer of answers) expect(answer).toEqual({ figures: [1, 2, 3] });
      expect(await lookups('together', 'miss')).toBe(missed + 1);
      expect(await lookups('together', 'shared')).toBe(shared + 4);
    });

    it('but one that read the stamp after a write computes its own', async () => {
      configureMonitoringCache(app.dataSource, ENTRIES);
      const started = deferred<void>();
      const before = deferred<{ value: object; nextChangeAt: null }>();
      const first = ask(org, () => {
        started.resolve();
        return before.promise;
      });
      await started.promise;
      await insertComplaint(app.dataSource, org, { receivedAt: hoursAgo(2), promiseIds: [p1()] });
      const after = await ask(org, async () => ({ value: { complaints: 'one more' }, nextChangeAt: null }));
      before.resolve({ value: { complaints: 'as before' }, nextChangeAt: null });
      expect(await first).toEqual({ complaints: 'as before' });
      expect(after).toEqual({ complaints: 'one more' });
    });
  });

  it('reads the analysis\'s survey figures anew: the organisation and stamp, then two statements', async () => {
    await qm.data(ANALYSIS_WITH_SURVEYS, { year });
    statements.reset();
    await qm.data(ANALYSIS_WITH_SURVEYS, { year });
    expect(statements.count).toBe(3);
  });

  /**
   * Each write, then: the answers served equal new computations, and differ from the ones before where the write changes a
   * figure (of the code's status; of the analysis).
   */
  const writes: [string, () => Promise<unknown>, boolean, boolean][] = [
    ['a complaint received about a promise', () => insertComplaint(app.dataSource, org, { receivedAt: hoursAgo(30), promiseIds: [p1()] }), true, true],
    [
      'a complaint resolved and upheld',
      async () => {
        const c = await insertComplaint(app.dataSource, org, { receivedAt: hoursAgo(50), promiseIds: [p2()], acknowledgedAfterHours: 2 });
        await app.dataSource.query(`UPDATE complaint SET status = 'CLOSED', outcome = 'UPHELD', resolved_at = now() - interval '1 hour' WHERE id = $1`, [c.id]);
      },
      true,
      true,
    ],
    [
      'a complaint linked to a second promise',
      async () => {
        const [c]: { id: string }[] = await app.dataSource.query(`SELECT id FROM complaint WHERE organization_id = $1 ORDER BY received_at DESC LIMIT 1`, [org.id]);
        await app.dataSource.query(`INSERT INTO complaint_promise (organization_id, complaint_id, promise_id) VALUES ($1, $2, $3)`, [org.id, c.id, p2()]);
      },
      true,
      true,
    ],
    ['a disputes-body case', () => insertComplaint(app.dataSource, org, { receivedAt: hoursAgo(60), promiseIds: [p1()], acknowledgedAfterHours: 1, resolvedAfterHours: 5, outcome: 'REJECTED', escalation: { afterHours: 10, outcome: 'UPHELD' } }), true, true],
    ['a corrective action opened', () => insertAction(app.dataSource, org, { promiseId: p1(), status: 'OPEN', dueOn: '2099-01-01' }), true, true],
    ['a corrective action verified effective', () => app.dataSource.query(`UPDATE corrective_action SET status = 'VERIFIED_EFFECTIVE', effective = true, verified_on = current_date WHERE organization_id = $1`, [org.id]), true, true],
    [
      'a KPI measurement',
      () =>
        app.dataSource.query(
          `INSERT INTO kpi_measurement (organization_id, version, kpi_id, period_start, period_end, value)
           SELECT organization_id, 1, id, (date_trunc('month', current_date) - interval '1 month')::date, (date_trunc('month', current_date) - interval '1 day')::date, 70
           FROM kpi WHERE organization_id = $1`,
          [org.id],
        ),
      true,
      false,
    ],
    ['a KPI renamed', () => app.dataSource.query(`UPDATE kpi SET name = 'Called back in time' WHERE organization_id = $1`, [org.id]), true, false],
    ['the status policy changed', () => app.dataSource.query(`UPDATE organization SET status_minimum_rated = 1, status_on_time_minimum = 1 WHERE id = $1`, [org.id]), true, false],
    ['a promise retitled', () => app.dataSource.query(`UPDATE code_promise SET title = 'Retitled' WHERE id = $1`, [p1()]), true, false],
    [
      'a new version put in force',
      async () => {
        await app.dataSource.query(`UPDATE code_version SET status = 'SUPERSEDED' WHERE organization_id = $1 AND code_id = $2 AND status = 'PUBLISHED'`, [org.id, codeId]);
        await addCodeVersion(app.dataSource, org, code.code, 3, CodeVersionStatus.PUBLISHED, ['P1', 'P2', 'P3']);
      },
      true,
      false,
    ],
    ['a complaint deleted', () => app.dataSource.query(`DELETE FROM complaint WHERE id = (SELECT id FROM complaint WHERE organization_id = $1 ORDER BY received_at LIMIT 1)`, [org.id]), true, true],
  ];

  it.each(writes)('after %s, answers what a new computation answers', async (_what, write, changes, changesAnalysis) => {
    const before = await status();
    const analysisBefore = await analysis();
    expect(await status()).toBe(before); // kept
    expect(await analysis()).toBe(analysisBefore);
    expect(await status()).toBe(before); // the whole response kept
    expect(await analysis()).toBe(analysisBefore);
    const stale = await lookups('response', 'stale');
    await write();
    const served = await status();
    const servedAnalysis = await analysis();
    // Both whole responses were found no longer current.
    expect(await lookups('response', 'stale')).toBe(stale + 2);
    expect(served).toBe(await computed());
    expect(servedAnalysis).toBe(await computedAnalysis());
    if (changes) expect(served).not.toBe(before);
    if (changesAnalysis) expect(servedAnalysis).not.toBe(analysisBefore);
  });

  it('answers anew when a deadline passes with no write at all', async () => {
    // A complaint whose acknowledgement falls due in 1.5 s: not yet overdue.
    const c = await insertComplaint(app.dataSource, org, { receivedAt: hoursAgo(1), promiseIds: [p1()] });
    await app.dataSource.query(`UPDATE complaint SET acknowledgement_due_at = now() + interval '1500 milliseconds' WHERE id = $1`, [c.id]);
    const before = await computed();
    const analysisBefore = await computedAnalysis();
    expect(await status()).toBe(before);
    expect(await analysis()).toBe(analysisBefore);
    expect(await status()).toBe(before); // the whole response kept
    expect(await analysis()).toBe(analysisBefore);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    statements.reset();
    const served = await status();
    expect(statements.count).toBeGreaterThan(1); // computed again
    expect(served).not.toBe(before);
    const servedAnalysis = await analysis();
    expect(servedAnalysis).not.toBe(analysisBefore); // one more overdue
    expect(served).toBe(await computed());
    expect(servedAnalysis).toBe(await computedAnalysis());
  });

  it('keeps answers apart by organisation and by what the caller may read', async () => {
    const other = await app.createOrganization();
    const otherCode = await createCode(app.dataSource, other, [CodeVersionStatus.PUBLISHED], ['P1']);
    const staff = await app.as(org, Role.STAFF);
    const mine = await status();
    // STAFF reads the statuses without KPI names: a kept answer for management is not theirs.
    const staffAnswer = await staff.data(STATUS, { codeId });
    expect(staffAnswer.codeStatus!.promises.flatMap((p) => p.reasons).join(' ')).not.toContain('Called back');
    configureMonitoringCache(app.dataSource, ENTRIES);
    expect(JSON.stringify(await staff.data(STATUS, { codeId }))).toBe(JSON.stringify(staffAnswer));
    // Another organisation asking for this code's id finds no such code, kept answer or not.
    const outsider = await app.as(other, Role.QUALITY_MANAGER);
    expect((await outsider.error(STATUS, { codeId })).code).toBe('NOT_FOUND');
    expect(await status()).toBe(mine);
    expect(otherCode.code.id).not.toBe(codeId);
  });

  it('every table the computation reads is stamped by its writes, or is a rollup whose every source is', async () => {
    configureMonitoringCache(app.dataSource, ENTRIES);
    statements.reset();
    await status();
    await analysis(); // less the survey figures, read anew

    const tables: string[] = (await app.dataSource.query(`SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace`)).map(
      (r: { relname: string }) => r.relname,
    );
    const read = new Set(
      statements.statements.flatMap((sql) => [...sql.matchAll(/\b(?:FROM|JOIN)\s+"?([a-z_]+)"?/gi)].map((m) => m[1]).filter((t) => tables.includes(t))),
    );
    const triggers: { table: string; name: string }[] = await app.dataSource.query(
      `SELECT tgrelid::regclass::text AS table, tgname AS name FROM pg_trigger WHERE NOT tgisinternal AND tgrelid::regclass::text NOT LIKE 'monitoring\\_%'`,
    );
    const stamped = new Set(triggers.filter((t) => t.name === 'organization_change_inserted').map((t) => t.table));
    const rollupSources = new Set(triggers.filter((t) => t.name.startsWith('monitoring_')).map((t) => t.table));
    expect(read.size).toBeGreaterThan(10);
    for (const table of read) {
      if (table === 'organization_change') continue;
      expect({ table, stamped: table.startsWith('monitoring_') || stamped.has(table) }).toEqual({ table, stamped: true });
    }
    expect(rollupSources.size).toBeGreaterThan(3);
    for (const table of rollupSources) expect({ table, stamped: stamped.has(table) }).toEqual({ table, stamped: true });
    // Each statement-level trigger counts updates and deletes as well as inserts.
    for (const table of stamped) for (const op of ['updated', 'deleted']) expect(triggers.some((t) => t.table === table && t.name === `organization_change_${op}`) || table === 'organization').toBe(true);
  });
});

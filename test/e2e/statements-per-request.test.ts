import { Role } from '../../src/common/roles';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { startTestApp, statementCounter, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { createCode, insertAction, insertComplaint } from '../support/fixtures';
import { graphql } from '../graphql';

/** (b) of issue 12: a page of complaints by status and promise, with promises, handler and action count. */
const LIST = graphql(`query StatementsComplaintList($status: [ComplaintStatus!], $promiseId: ID) {
  complaints(first: 50, status: $status, promiseId: $promiseId) {
    edges { node { id reference status promises { key } handler { name } correctiveActions { totalCount } } } } }`);
/** (a): the status of a code's promises, with their KPIs and figures, as a dashboard asks for it. */
const STATUS = graphql(`query StatementsCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) {
  code { key } codeVersion { version } period { from to } status statusCounts { status count }
  promises { promise { key title } status reasons kpis { name status } kpiStatusCounts { status count }
    complaints { received open overdue upheld acknowledgement { rate } resolution { rate } }
    correctiveActions { open overdue notEffective verifiedEffective } } } }`);
/** (c): one complaint with its timeline. */
const ONE = graphql(`query StatementsComplaintTimeline($id: ID!) { complaint(id: $id) {
  id reference status subject receivedAt handler { name } registeredBy { name } timeline { at from to note actor { name } } } }`);

/** A page with and without its total, and a nested connection with and without its nodes. */
const PAGE = graphql(`query StatementsPage { complaints(first: 3) { edges { node { id } } } }`);
const PAGE_TOTAL = graphql(`query StatementsPageTotal { complaints(first: 3) { totalCount edges { node { id } } } }`);
const NESTED_COUNTS = graphql(`query StatementsNestedCounts { complaints(first: 3) { edges { node { id correctiveActions(first: 2) { totalCount } } } } }`);
const NESTED_NODES = graphql(`query StatementsNestedNodes { complaints(first: 3) { edges { node { id
  correctiveActions(first: 2) { totalCount edges { node { id title } } } } } } }`);

/** (d): the annual complaint analysis, as the quality manager's report asks for it. */
const ANALYSIS = graphql(`query StatementsAnalysis($year: Int!) { complaintAnalysis(year: $year) {
  totals { received resolved unresolved overdue upheld } byCategory { category complaints } byPromise { promiseKey complaints upheld }
  byChannel { channel complaints } byMonth { month complaints } acknowledgementTime { medianHours p90Hours } resolutionTime { medianHours p90Hours }
  outcomes { outcome complaints } recurringRootCauses { rootCause actions } actions { kind opened effectivenessRate } changes { figure change } } }`);

/** (e): the public form's submission. */
const SUBMIT = graphql(`mutation StatementsSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }`);
const TIMELINE = graphql(`query StatementsSubmittedTimeline($reference: String!) { complaints(first: 1, search: $reference) { edges { node { reference status timeline { to } } } } }`);

/**
 * Statements per request, independent of page and data size, at issue 12's bounds: (a) 3 (it took
 * 7 with KPIs): the organisation with its change stamp (the monitoring cache), the code with its
 * version in force and promises, then the rollup figures with the KPIs, their latest measurements
 * and the next deadline; an answer kept by the cache, 1; (b) 4 (it took 8); (c) 1 (it took 3): the complaint with
 * its timeline and every member they name.
 */
const STATUS_BOUND = 3;
const LIST_BOUND = 4;
const ONE_BOUND = 1;
/** (d): the organisation (time zone, survey policy) and the six reads of the rollups, sent as one statement (it took 7). */
const ANALYSIS_BOUND = 2;
/** BEGIN, the organisation with its closure days, the complaint numbered with its first timeline entry, its audit events, COMMIT (it took 12). */
const SUBMIT_BOUND = 5;

describe('statements per request (counts, at two data sizes)', () => {
  let app: TestApp;
  let statements: ReturnType<typeof statementCounter>;

  beforeAll(async () => {
    app = await startTestApp({ MEMBER_CACHE_TTL_MS: '30000' });
    statements = statementCounter(app.dataSource);
  });
  afterAll(async () => {
    await app?.close();
  });

  /** An organisation holding `size` complaints on one promise, each with a handler, timeline entries and an action. */
  async function organisationOf(size: number): Promise<{ client: ApiClient; promiseId: string; complaintId: string; org: TestOrganization }> {
    const org = await app.createOrganization(`statements-${size}`);
    const code = await createCode(app.dataSource, org, [CodeVersionStatus.SUPERSEDED, CodeVersionStatus.PUBLISHED], ['P1', 'P2']);
    const promiseId = code.promises[1].P1.id;
    const ids: string[] = [];
    for (let i = 0; i < size; i++) {
      const complaint = await insertComplaint(app.dataSource, org, {
        receivedAt: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(),
        promiseIds: [i % 2 ? code.promises[0].P1.id : promiseId, code.promises[1].P2.id],
        acknowledgedAfterHours: 5,
        status: 'IN_PROGRESS',
      });
      ids.push(complaint.id);
    }
    await app.dataSource.query(`UPDATE complaint SET handler_id = $1, registered_by_id = $2 WHERE organization_id = $3`, [
      org.users.COMPLAINT_OFFICER,
      org.users.QUALITY_MANAGER,
      org.id,
    ]);
    await app.dataSource.query(
      `INSERT INTO complaint_timeline_entry (organization_id, complaint_id, actor_id, from_status, to_status, at, note)
       SELECT c.organization_id, c.id, $2::uuid, NULL, 'RECEIVED', c.received_at, NULL FROM complaint c WHERE c.organization_id = $1
       UNION ALL
       SELECT c.organization_id, c.id, $3::uuid, 'RECEIVED', 'ACKNOWLEDGED', c.acknowledged_at, 'Called back' FROM complaint c WHERE c.organization_id = $1`,
      // A third member took a step: the members named are read together, not per field.
      [org.id, org.users.QUALITY_MANAGER, org.users.TOP_MANAGEMENT],
    );
    const action = await insertAction(app.dataSource, org, { promiseId, status: 'OPEN', dueOn: '2099-01-01' });
    await app.dataSource.query(
      `INSERT INTO corrective_action_complaint (organization_id, corrective_action_id, complaint_id) SELECT organization_id, $2, id FROM complaint WHERE organization_id = $1`,
      [org.id, action.id],
    );
    const client = await app.as(org, Role.QUALITY_MANAGER);
    // The caller's member and organisation are cached from here on, as for any caller after its first request.
    await client.data(ONE, { id: ids[0] });
    return { client, promiseId, complaintId: ids[ids.length - 1], org };
  }

  /**
   * An organisation whose code has `promiseCount` promises in force (and a superseded version),
   * `kpisPerPromise` active KPIs on each lineage measured monthly for two years (on track, at risk,
   * off track, or no longer measured), an archived KPI, `complaintCount` complaints and an action.
   */
  async function codeOf(promiseCount: number, kpisPerPromise: number, complaintCount: number): Promise<{ client: ApiClient; codeId: string }> {
    const org = await app.createOrganization();
    const keys = Array.from({ length: promiseCount }, (_, i) => `P${i + 1}`);
    const code = await createCode(app.dataSource, org, [CodeVersionStatus.SUPERSEDED, CodeVersionStatus.PUBLISHED], keys);
    const [chain]: { id: string }[] = await app.dataSource.query(`INSERT INTO kpi_chain (organization_id, version, name) VALUES ($1, 1, 'Chain') RETURNING id`, [org.id]);
    await app.dataSource.query(
      `INSERT INTO kpi (organization_id, version, chain_id, code_id, promise_key, kind, name, unit, direction, target, threshold, frequency, archived_at)
       SELECT $1, 1, $2, $3, key, 'PROCESS', 'KPI ' || key || '-' || n, 'PERCENT', 'HIGHER_IS_BETTER', 90, 80, 'MONTHLY', CASE WHEN n > $5 THEN now() END
       FROM unnest($4::text[]) key CROSS JOIN generate_series(1, $5::int + 1) n`,
      [org.id, chain.id, code.code.id, keys, kpisPerPromise],
    );
    await app.dataSource.query(
      `INSERT INTO kpi_measurement (organization_id, version, kpi_id, period_start, period_end, value)
       SELECT k.organization_id, 1, k.id, (date_trunc('month', current_date) - m * interval '1 month')::date,
              (date_trunc('month', current_date) - (m - 1) * interval '1 month' - interval '1 day')::date,
              (ARRAY[95, 85, 70])[1 + (hashtext(k.name) & 2147483647) % 3]
       FROM kpi k CROSS JOIN generate_series(1, 24) m
       WHERE k.organization_id = $1 AND (m > 3 OR hashtext(k.name) % 4 <> 0)`,
      [org.id],
    );
    for (let i = 0; i < complaintCount; i++) {
      await insertComplaint(app.dataSource, org, {
        receivedAt: new Date(Date.now() - (i + 1) * 7 * 3_600_000).toISOString(),
        promiseIds: [code.promises[i % 2].P1.id, code.promises[1][keys[i % keys.length]].id],
        acknowledgedAfterHours: i % 3 === 0 ? undefined : 5,
        outcome: i % 2 ? 'UPHELD' : undefined,
      });
    }
    await insertAction(app.dataSource, org, { promiseId: code.promises[1].P1.id, status: 'OPEN', dueOn: '2020-01-01' });
    const client = await app.as(org, Role.QUALITY_MANAGER);
    // The caller's member and organisation are cached from here on, as for any caller after its first request.
    await client.data(STATUS, { codeId: code.code.id });
    return { client, codeId: code.code.id };
  }

  it(`reads the status of a code with its KPIs and figures in at most ${STATUS_BOUND} statements, whatever the size`, async () => {
    const sizes = [
      { promises: 2, kpisPerPromise: 1, complaints: 3 },
      { promises: 50, kpisPerPromise: 3, complaints: 60 },
    ];
    const counts: number[] = [];
    for (const size of sizes) {
      const { client, codeId } = await codeOf(size.promises, size.kpisPerPromise, size.complaints);
      counts.push(await counted(() => client.data(STATUS, { codeId })));
      // Asked again with nothing changed: the kept answer, after one statement.
      expect(await counted(() => client.data(STATUS, { codeId }))).toBe(1);
      const status = (await client.data(STATUS, { codeId })).codeStatus;
      // The answer is whole: every promise with its active KPIs and their statuses, figures from the complaints.
      expect(status?.promises.length).toBe(size.promises);
      for (const report of status?.promises ?? []) {
        expect(report.kpis.map((k) => k.name)).toEqual(Array.from({ length: size.kpisPerPromise }, (_, n) => `KPI ${report.promise.key}-${n + 1}`));
        expect(report.kpiStatusCounts.reduce((sum, c) => sum + c.count, 0)).toBe(size.kpisPerPromise);
        for (const kpi of report.kpis) expect(report.kpiStatusCounts.find((c) => c.status === kpi.status)?.count).toBeGreaterThan(0);
      }
      // Each complaint is about P1 and one more lineage (P1 again for every promiseCount-th one).
      const received = Array.from({ length: size.complaints }, (_, i) => (i % size.promises === 0 ? 1 : 2)).reduce((a, b) => a + b, 0);
      expect(status?.promises.reduce((sum, r) => sum + r.complaints.received, 0)).toBe(received);
    }
    expect(counts[0]).toBe(counts[1]);
    expect({ bounded: counts[1] <= STATUS_BOUND, counts }).toEqual({ bounded: true, counts });
  });

  const counted = async (send: () => Promise<unknown>) => {
    statements.reset();
    await send();
    return statements.count;
  };

  it(`reads a page of complaints with its relations in at most ${LIST_BOUND} statements and one complaint with its timeline in at most ${ONE_BOUND}, whatever the size`, async () => {
    const sizes = [5, 60];
    const counts: { size: number; list: number; one: number; rows: number }[] = [];
    for (const size of sizes) {
      const { client, promiseId, complaintId } = await organisationOf(size);
      const list = await counted(() => client.data(LIST, { status: ['IN_PROGRESS'], promiseId }));
      const page = await client.data(LIST, { status: ['IN_PROGRESS'], promiseId });
      const one = await counted(() => client.data(ONE, { id: complaintId }));
      const read = await client.data(ONE, { id: complaintId });
      // The answers are whole: every relation read.
      const nodes = page.complaints?.edges.map((e) => e.node) ?? [];
      // Half link the promise of version 1: the same lineage, so every complaint matches.
      expect(nodes.length).toBe(Math.min(50, size));
      for (const node of nodes) expect({ promises: node.promises.map((p) => p.key), handler: !!node.handler, actions: node.correctiveActions.totalCount }).toEqual({ promises: ['P1', 'P2'], handler: true, actions: 1 });
      expect(read.complaint?.timeline.map((t) => [t.to, t.actor?.name !== undefined])).toEqual([['RECEIVED', true], ['ACKNOWLEDGED', true]]);
      expect(new Set([read.complaint?.handler?.name, read.complaint?.registeredBy?.name, ...(read.complaint?.timeline.map((t) => t.actor?.name) ?? [])]).size).toBe(3);
      counts.push({ size, list, one, rows: nodes.length });
    }
    expect(counts[0].list).toBe(counts[1].list);
    expect(counts[0].one).toBe(counts[1].one);
    expect({ list: counts[1].list <= LIST_BOUND, one: counts[1].one <= ONE_BOUND, counts }).toEqual({ list: true, one: true, counts });
  });

  it('counts a page only when its totalCount is selected, and reads a nested connection\'s nodes only when its edges are', async () => {
    const { client } = await organisationOf(4);
    const sent = async (send: () => Promise<unknown>) => {
      statements.reset();
      await send();
      return statements.statements.join('\n');
    };
    const without = await sent(() => client.data(PAGE));
    const withTotal = await sent(() => client.data(PAGE_TOTAL));
    expect({ without: /count\(\*\)/i.test(without), withTotal: /count\(\*\)/i.test(withTotal) }).toEqual({ without: false, withTotal: true });
    expect((await client.data(PAGE_TOTAL)).complaints?.totalCount).toBe(4);

    // The nested pages' nodes are read with them (the actions' rows as JSON) only when edges are asked for.
    const countsOnly = await sent(() => client.data(NESTED_COUNTS));
    const withNodes = await sent(() => client.data(NESTED_NODES));
    expect({ countsOnly: countsOnly.includes('to_jsonb(n)'), withNodes: withNodes.includes('to_jsonb(n)') }).toEqual({ countsOnly: false, withNodes: true });
    const nested = (await client.data(NESTED_NODES)).complaints?.edges.map((e) => e.node.correctiveActions) ?? [];
    expect(nested.map((c) => [c.totalCount, c.edges.length])).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
  });

  it(`reads the annual complaint analysis in ${ANALYSIS_BOUND} statements, whatever the size`, async () => {
    const counts: number[] = [];
    // Organisations of their own (the list test has those of 5 and 60).
    for (const size of [6, 61]) {
      const { client } = await organisationOf(size);
      counts.push(await counted(() => client.data(ANALYSIS, { year: 2025 })));
      const analysis = (await client.data(ANALYSIS, { year: 2025 })).complaintAnalysis!;
      // The answer is whole: the complaints counted, per promise, with their handling times.
      expect({ received: analysis.totals.received, p1: analysis.byPromise.find((p) => p.promiseKey === 'P1')?.complaints, measured: analysis.acknowledgementTime.medianHours }).toEqual({
        received: size,
        p1: size,
        measured: 5,
      });
    }
    expect(counts).toEqual([ANALYSIS_BOUND, ANALYSIS_BOUND]);
  });

  it(`records a submitted complaint in ${SUBMIT_BOUND} statements, numbered in the statement that inserts it with its first timeline entry`, async () => {
    const org = await app.createOrganization();
    const input = (n: number) => ({ subject: `Niet teruggebeld ${n}`, description: 'Ik ben niet teruggebeld zoals beloofd.', complainant: { name: 'Klant', email: 'klant@voorbeeld.nl' } });
    await app.anonymous.data(SUBMIT, { slug: org.slug, input: input(0) });
    const sent: string[][] = [];
    const references: string[] = [];
    for (const n of [1, 2]) {
      statements.reset();
      references.push((await app.anonymous.data(SUBMIT, { slug: org.slug, input: input(n) })).submitComplaint.reference);
      sent.push([...statements.statements]);
    }
    const year = new Date().getUTCFullYear();
    // Gap-free references; the complaint is never rewritten to number it.
    expect(references.map((r) => r.replace(/^K-\d{4}-/, ''))).toEqual(['00002', '00003']);
    expect(references[0].startsWith(`K-${year}-`) || references[0].startsWith(`K-${year + 1}-`)).toBe(true);
    expect(sent.map((s) => s.length)).toEqual([SUBMIT_BOUND, SUBMIT_BOUND]);
    expect(sent[0].filter((sql) => /^\s*UPDATE\s+"?complaint"?\s/i.test(sql))).toEqual([]);
    const officer = await app.as(org, Role.COMPLAINT_OFFICER);
    for (const reference of references) {
      const found = (await officer.data(TIMELINE, { reference })).complaints?.edges.map((e) => e.node);
      expect(found).toEqual([{ reference, status: 'RECEIVED', timeline: [{ to: 'RECEIVED' }] }]);
    }
  });
});

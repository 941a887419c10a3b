import type { DataSource, QueryRunner } from 'typeorm';
import { Role } from '../../src/common/roles';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { createCode, type CodeFixture } from '../support/fixtures';
import { graphql } from '../graphql';
import type { QueryPlansComplaintsQueryVariables } from '../graphql/graphql';

/**
 * Every filter and sort of the lists the API offers is served by an index (issue 12, point 4).
 *
 * How it is checked, and why this way: the test generates a dataset inside the database
 * (generate_series) in two organisations, one large and one small beside it, runs ANALYZE, sends
 * each list query with each filter and sort as a client would, captures the SQL (and parameters)
 * the service sends, and asks the database for each statement's plan with EXPLAIN (FORMAT JSON).
 * No plan may contain a sequential scan of a large table. The planner is left alone (no
 * `enable_seqscan = off`): the plans are the ones the service gets. That is only meaningful when
 * the tables are big enough that a sequential scan would cost more than an index: on a few hundred
 * rows the planner rightly reads the whole table, so the dataset has tens of thousands of complaints
 * (QUERY_PLANS_COMPLAINTS, 20,000 by default; `QUERY_PLANS_COMPLAINTS=200000` repeats the check at
 * scale, QUERY_PLANS_PRINT=1 prints every plan, QUERY_PLANS_TIMINGS=1 each statement's execution time). Small configuration tables (codes, users,
 * plans, resources, reviews) are indexed too but not asserted: the planner reads a handful of pages
 * whole, which is the cheapest plan for them.
 *
 * Sequential scans are checked on the tables that grow with use. The search (ILIKE '%…%') must use
 * the pg_trgm indexes on both databases; its results are checked against the same filter evaluated
 * in SQL.
 */

const COMPLAINTS = Number(process.env.QUERY_PLANS_COMPLAINTS ?? 20_000);
const PRINT = process.env.QUERY_PLANS_PRINT === '1';
const TIMINGS = process.env.QUERY_PLANS_TIMINGS === '1';
const LARGE_TABLES = [
  'complaint',
  'complaint_promise',
  'complaint_timeline_entry',
  'corrective_action',
  'corrective_action_complaint',
  'audit_event',
  'training_record',
  'kpi',
  'kpi_measurement',
];

const COMPLAINTS_QUERY = graphql(`query QueryPlansComplaints(
  $first: Int!, $after: String, $status: [ComplaintStatus!], $category: ComplaintCategory, $handlerId: ID, $promiseId: ID,
  $overdue: Boolean, $receivedFrom: DateTime, $receivedTo: DateTime, $search: String, $sort: ComplaintSort! = RECEIVED_AT, $kind: ComplaintKind
) {
  complaints(first: $first, after: $after, status: $status, category: $category, handlerId: $handlerId, promiseId: $promiseId,
    overdue: $overdue, receivedFrom: $receivedFrom, receivedTo: $receivedTo, search: $search, sort: $sort, kind: $kind) {
    totalCount pageInfo { endCursor hasNextPage }
    edges { node { id reference subject timeline { at } promises { id } correctiveActions(first: 5) { totalCount edges { node { id } } } } }
  }
}`);
const STAFF_COMPLAINTS_QUERY = graphql(`query QueryPlansStaffComplaints($after: String) {
  complaints(first: 20, after: $after) { totalCount pageInfo { endCursor } edges { node { id reference } } }
}`);
const RETENTION_QUERY = graphql(`query QueryPlansRetention { complaintsDueForAnonymisation { due references } codeGaps { total words { word count } } }`);
const ACTIONS_QUERY = graphql(`query QueryPlansActions($after: String, $status: [CorrectiveActionStatus!], $kind: CorrectiveActionKind, $promiseId: ID, $overdue: Boolean) {
  correctiveActions(first: 20, after: $after, status: $status, kind: $kind, promiseId: $promiseId, overdue: $overdue) {
    totalCount pageInfo { endCursor hasNextPage }
    edges { node { id complaints(first: 5) { totalCount edges { node { id } } } } }
  }
}`);
const OVERDUE_ACTIONS_QUERY = graphql(`query QueryPlansOverdueActions { overdueCorrectiveActions(first: 20) { totalCount edges { node { id } } } }`);
const PROMISE_QUERY = graphql(`query QueryPlansPromise($id: ID!) { complaint(id: $id) { promises {
  complaints(first: 10) { totalCount edges { node { id } } }
  correctiveActions(first: 10) { totalCount edges { node { id } } }
  kpis(first: 5) { totalCount edges { node { id measurements(first: 6) { totalCount edges { node { id } } } } } }
} } }`);
const AUDIT_QUERY = graphql(`query QueryPlansAudit($entityId: ID, $entityType: String, $actorId: ID, $action: String, $from: DateTime, $to: DateTime) {
  auditEvents(first: 20, entityId: $entityId, entityType: $entityType, actorId: $actorId, action: $action, from: $from, to: $to) {
    totalCount edges { node { id } }
  }
}`);
const TRAINING_QUERY = graphql(`query QueryPlansTraining($personId: ID, $topic: TrainingTopic, $from: LocalDate, $to: LocalDate) {
  trainingRecords(first: 20, personId: $personId, topic: $topic, from: $from, to: $to) { totalCount edges { node { id } } }
}`);
const KPIS_QUERY = graphql(`query QueryPlansKpis($codeId: ID, $promiseKey: String, $kind: KpiKind, $after: String) {
  kpis(first: 20, codeId: $codeId, promiseKey: $promiseKey, kind: $kind, after: $after) { totalCount pageInfo { endCursor } edges { node { id } } }
}`);
const SEARCH_QUERY = graphql(`query QueryPlansSearch($search: String!, $after: String) {
  complaints(first: 100, search: $search, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { id } } }
}`);
const OTHER_LISTS_QUERY = graphql(`query QueryPlansOtherLists {
  users(first: 20) { totalCount edges { node { id } } }
  trainingRequirements(first: 20) { totalCount edges { node { id } } }
  communicationPlans(first: 20) { totalCount edges { node { id } } }
  resources(first: 20) { totalCount edges { node { id } } }
  managementReviews(first: 20) { totalCount edges { node { id } } }
  codesDueForReview(within: 60) { id }
}`);

interface Captured {
  sql: string;
  parameters: unknown[];
}

/** Every statement the service sends, with its parameters (statementCounter keeps only the SQL). */
function captureStatements(dataSource: DataSource): { take(): Captured[] } {
  let statements: Captured[] = [];
  const logger = dataSource.logger;
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (...args: Parameters<typeof logQuery>) => {
    statements.push({ sql: args[0], parameters: (args[1] as unknown[] | undefined) ?? [] });
    return logQuery(...args);
  };
  return {
    take() {
      const taken = statements;
      statements = [];
      return taken;
    },
  };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Parent Relationship'?: string;
  Plans?: PlanNode[];
}

const walk = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(walk)];

/**
 * The nodes of a page statement without its `totalCount`: a page that selects it counts in an
 * uncorrelated subquery of the same statement (`connection_total_count`), which runs as an InitPlan.
 */
const walkPage = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).filter((child) => child['Parent Relationship'] !== 'InitPlan').flatMap(walkPage)];

async function planOf(dataSource: DataSource, statement: Captured): Promise<PlanNode> {
  const rows: { 'QUERY PLAN': [{ Plan: PlanNode }] | string }[] = await dataSource.query(`EXPLAIN (FORMAT JSON) ${statement.sql}`, statement.parameters);
  const plan = rows[0]['QUERY PLAN'];
  return (typeof plan === 'string' ? (JSON.parse(plan) as [{ Plan: PlanNode }]) : plan)[0].Plan;
}

const isRead = (sql: string) => /^\s*(SELECT|WITH)\b/i.test(sql);
/** A connection's totalCount statement (computed beside the page). */
const isCount = (sql: string) => /^\s*SELECT COUNT\(/i.test(sql);

/**
 * Writes the dataset straight into the database: complaints over three years in every status,
 * 1–2 promises each (two versions of each code, so lineages span versions), a timeline entry each,
 * a fifth as many corrective actions linked to complaints, audit events, training records, KPIs
 * with monthly measurements.
 */
async function generate(ds: Pick<QueryRunner, 'query'>, org: TestOrganization, codes: CodeFixture[], complaints: number, kpis: number): Promise<void> {
  const promiseIds = codes.flatMap((c) => c.promises.flatMap((byKey) => Object.values(byKey).map((p) => p.id)));
  const people: { id: string }[] = await ds.query(
    `INSERT INTO app_user (organization_id, version, name, email, roles)
     SELECT $1, 1, 'Medewerker ' || g, 'm' || g || '@' || $2 || '.example', ARRAY['COMPLAINT_OFFICER']
     FROM generate_series(1, 40) g RETURNING id`,
    [org.id, org.slug],
  );
  const handlers = people.map((p) => p.id);
  await ds.query(
    `INSERT INTO complaint (organization_id, version, reference, received_at, channel, subject, categories, status, handler_id,
       acknowledgement_due_at, acknowledged_at, acknowledged_on_time, resolution_due_at, resolved_at, resolved_on_time, closed_at)
     SELECT $1, 1, 'K-' || extract(year FROM t.received) || '-' || lpad(g::text, 7, '0'), t.received,
            (ARRAY['LETTER','EMAIL','PHONE','WEB','IN_PERSON'])[1 + g % 5],
            (ARRAY['Onduidelijke brief','Te late betaling','Onbeleefde medewerker','Fout in factuur','Geen reactie op e-mail','Incassokosten te hoog'])[1 + g % 6] || ' nr ' || g,
            CASE g % 4 WHEN 0 THEN ARRAY['CONDUCT'] WHEN 1 THEN ARRAY['FINANCIAL'] WHEN 2 THEN ARRAY['LEGAL','EXECUTION'] ELSE ARRAY[]::text[] END,
            t.status, ($2::uuid[])[1 + g % array_length($2::uuid[], 1)],
            t.received + interval '4 days', t.ack, t.ack <= t.received + interval '4 days',
            t.received + interval '14 days', t.res, t.res <= t.received + interval '14 days',
            CASE WHEN t.status = 'CLOSED' THEN t.res END
     FROM generate_series(1, $3::int) g
     CROSS JOIN LATERAL (SELECT now() - (g * (interval '3 years' / $3::int)) AS received,
       CASE WHEN g <= $3::int / 100 THEN (ARRAY['RECEIVED','ACKNOWLEDGED','IN_PROGRESS'])[1 + g % 3]
            WHEN g % 50 = 0 THEN 'IN_PROGRESS' ELSE 'CLOSED' END AS status) s0
     CROSS JOIN LATERAL (SELECT s0.received, s0.status,
       CASE WHEN s0.status <> 'RECEIVED' THEN s0.received + (g % 7) * interval '1 day' END AS ack,
       CASE WHEN s0.status = 'CLOSED' THEN s0.received + (g % 20) * interval '1 day' END AS res) t`,
    [org.id, handlers, complaints],
  );
  await ds.query(
    `INSERT INTO complaint_promise (organization_id, complaint_id, promise_id)
     SELECT c.organization_id, c.id, p.promise_id
     FROM (SELECT id, organization_id, row_number() OVER (ORDER BY received_at) AS n FROM complaint WHERE organization_id = $1) c
     CROSS JOIN LATERAL (SELECT DISTINCT unnest(ARRAY[($2::uuid[])[1 + c.n % array_length($2::uuid[], 1)],
                                                      ($2::uuid[])[1 + (c.n * 7 + c.n / 3) % array_length($2::uuid[], 1)]]) AS promise_id) p`,
    [org.id, promiseIds],
  );
  await ds.query(
    `INSERT INTO complaint_timeline_entry (organization_id, complaint_id, at, to_status) SELECT organization_id, id, received_at, 'RECEIVED' FROM complaint WHERE organization_id = $1`,
    [org.id],
  );
  await ds.query(
    `INSERT INTO corrective_action (organization_id, version, kind, promise_id, title, planned_action, owner_id, due_on, status, decided_by_id)
     SELECT $1, 1, (ARRAY['CORRECTIVE','PREVENTIVE','IMPROVEMENT'])[1 + g % 3], ($2::uuid[])[1 + g % array_length($2::uuid[], 1)],
            'Actie ' || g, 'Verbeteren', $3, current_date - (g % 1000) + 30,
            CASE WHEN g % 10 = 0 THEN (ARRAY['OPEN','IN_PROGRESS','DONE'])[1 + g % 3] ELSE 'VERIFIED_EFFECTIVE' END,
            CASE WHEN g % 3 = 1 THEN $4::uuid END
     FROM generate_series(1, $5::int) g`,
    [org.id, promiseIds, org.users.QUALITY_MANAGER, org.users.TOP_MANAGEMENT, Math.ceil(complaints / 5)],
  );
  await ds.query(`UPDATE corrective_action SET verified_by_id = owner_id, verified_on = due_on, effective = true WHERE organization_id = $1 AND status = 'VERIFIED_EFFECTIVE'`, [org.id]);
  await ds.query(
    `INSERT INTO corrective_action_complaint (organization_id, corrective_action_id, complaint_id)
     SELECT a.organization_id, a.id, c.id
     FROM (SELECT id, organization_id, row_number() OVER (ORDER BY id) AS n FROM corrective_action WHERE organization_id = $1) a
     JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM complaint WHERE organization_id = $1) c ON c.n = a.n * 5`,
    [org.id],
  );
  await ds.query(
    `INSERT INTO audit_event (organization_id, actor_id, action, entity_type, entity_id, at)
     SELECT organization_id, handler_id, 'Complaint.received', 'Complaint', id, received_at FROM complaint WHERE organization_id = $1
     UNION ALL
     SELECT organization_id, owner_id, 'CorrectiveAction.created', 'CorrectiveAction', id, created_at - (due_on - current_date) * interval '1 day' FROM corrective_action WHERE organization_id = $1`,
    [org.id],
  );
  await ds.query(
    `INSERT INTO training_record (organization_id, version, person_id, topic, assessment, completed_on, result)
     SELECT $1, 1, ($2::uuid[])[1 + g % array_length($2::uuid[], 1)],
            (ARRAY['CODE_OF_CONDUCT','COMPLAINT_HANDLING','ETHICS','PROFESSIONAL_KNOWLEDGE','COMMUNICATION','DATA_PROTECTION','OTHER'])[1 + g % 7],
            'COURSE', current_date - (g % 1500), 'PASSED'
     FROM generate_series(1, $3::int) g`,
    [org.id, handlers, Math.ceil(complaints / 10)],
  );
  const [chain]: { id: string }[] = await ds.query(`INSERT INTO kpi_chain (organization_id, version, name) VALUES ($1, 1, 'Keten') RETURNING id`, [org.id]);
  const keys = Object.keys(codes[0].promises[0]);
  await ds.query(
    `INSERT INTO kpi (organization_id, version, chain_id, code_id, promise_key, kind, name, unit, direction, target, threshold, frequency)
     SELECT $1, 1, $2, ($3::uuid[])[1 + g % array_length($3::uuid[], 1)], ($4::text[])[1 + g % array_length($4::text[], 1)],
            (ARRAY['RESULT','CHAIN','PROCESS'])[1 + g % 3], 'KPI ' || g, 'PERCENT', 'HIGHER_IS_BETTER', 90, 80, 'MONTHLY'
     FROM generate_series(1, $5::int) g`,
    [org.id, chain.id, codes.map((c) => c.code.id), keys, kpis],
  );
  await ds.query(
    `INSERT INTO kpi_measurement (organization_id, version, kpi_id, period_start, period_end, value)
     SELECT k.organization_id, 1, k.id, (date_trunc('month', current_date) - m * interval '1 month')::date,
            (date_trunc('month', current_date) - (m - 1) * interval '1 month' - interval '1 day')::date, 85
     FROM kpi k CROSS JOIN generate_series(1, 12) m WHERE k.organization_id = $1`,
    [org.id],
  );
}

let app: TestApp;
let big: TestOrganization;
let small: TestOrganization;
let bigCodes: CodeFixture[];
let smallCodes: CodeFixture[];
let capture: { take(): Captured[] };

beforeAll(async () => {
  app = await startTestApp();
  const ds = app.dataSource;
  big = await app.createOrganization('plans-big');
  small = await app.createOrganization('plans-small');
  const keys = Array.from({ length: 50 }, (_, i) => `P${i + 1}`);
  const statuses = [CodeVersionStatus.SUPERSEDED, CodeVersionStatus.PUBLISHED];
  bigCodes = [await createCode(ds, big, statuses, keys), await createCode(ds, big, statuses, keys)];
  smallCodes = [await createCode(ds, small, statuses, keys)];
  // One connection without the service's statement timeout: at QUERY_PLANS_COMPLAINTS=200000 a
  // generating statement runs longer.
  const runner = ds.createQueryRunner();
  try {
    await runner.query('SET statement_timeout = 0');
    await generate(runner, big, bigCodes, COMPLAINTS, 2_000);
    await generate(runner, small, smallCodes, Math.ceil(COMPLAINTS / 10), 200);
    // The statistics the planner would have after autovacuum (PGlite runs none of its own).
    await runner.query('VACUUM ANALYZE');
    await runner.query('RESET statement_timeout');
  } finally {
    await runner.release();
  }
  capture = captureStatements(ds);
}, 600_000);

afterAll(() => app?.close());

interface Case {
  name: string;
  send: (client: ApiClient) => Promise<unknown>;
}

/** Sends each case as the organisation's quality manager and answers the sequential scans of large tables in its plans. */
async function seqScans(org: TestOrganization, cases: Case[], options: { counts: boolean }): Promise<string[]> {
  const client = await app.as(org, [Role.QUALITY_MANAGER, Role.TOP_MANAGEMENT]);
  const found: string[] = [];
  for (const c of cases) {
    capture.take();
    await c.send(client);
    for (const statement of capture.take().filter((s) => isRead(s.sql) && (options.counts || !isCount(s.sql)))) {
      const plan = await planOf(app.dataSource, statement);
      const nodes = options.counts || !statement.sql.includes('connection_total_count') ? walk(plan) : walkPage(plan);
      const scans = nodes.filter((n) => n['Node Type'] === 'Seq Scan' && LARGE_TABLES.includes(n['Relation Name'] ?? ''));
      if (TIMINGS) {
        // Reported by hand runs only (never asserted): the statement's own execution time.
        const rows: { 'QUERY PLAN': [{ 'Execution Time': number }] | string }[] = await app.dataSource.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${statement.sql}`, statement.parameters);
        const analysed = rows[0]['QUERY PLAN'];
        const ms = (typeof analysed === 'string' ? (JSON.parse(analysed) as [{ 'Execution Time': number }]) : analysed)[0]['Execution Time'];
        const kind = isCount(statement.sql) ? 'count' : 'page';
        console.log(`${org.slug} | ${c.name} | ${kind} | ${ms.toFixed(2)} ms | ${scans.map((n) => `Seq Scan ${n['Relation Name']}`).join(', ') || 'index'}`);
      }
      if (PRINT && c.name.includes(process.env.QUERY_PLANS_ONLY ?? '')) console.log(`${org.slug} ${c.name}\n${statement.sql}\n${JSON.stringify(plan, null, 1)}`);
      for (const scan of scans) found.push(`${c.name}: Seq Scan on ${scan['Relation Name']} in ${statement.sql}`);
    }
  }
  return found;
}

/** One case per filter and sort of each list, with values drawn from the organisation's data. */
async function cases(org: TestOrganization, codes: CodeFixture[]): Promise<Case[]> {
  const ds = app.dataSource;
  const promiseId = codes[0].promises[1].P3.id;
  const [one]: { id: string; handler_id: string; received_at: Date; reference: string }[] = await ds.query(
    `SELECT id, handler_id, received_at, reference FROM complaint WHERE organization_id = $1 ORDER BY received_at DESC OFFSET 100 LIMIT 1`,
    [org.id],
  );
  const from = new Date(one.received_at.getTime() - 15 * 86_400_000).toISOString();
  const to = new Date(one.received_at.getTime() + 15 * 86_400_000).toISOString();
  const complaints = (name: string, vars: Omit<QueryPlansComplaintsQueryVariables, 'first' | 'after'>): Case => ({
    name: `complaints ${name}`,
    send: async (client) => {
      const page = await client.data(COMPLAINTS_QUERY, { first: 20, ...vars });
      // The next page too: the keyset condition must keep to the same index.
      const after = page.complaints?.pageInfo.endCursor;
      if (after) await client.data(COMPLAINTS_QUERY, { first: 20, ...vars, after });
    },
  });
  return [
    complaints('newest first', {}),
    complaints('by resolution deadline', { sort: 'RESOLUTION_DUE_AT' }),
    complaints('by status', { status: ['RECEIVED'] }),
    complaints('by statuses, by resolution deadline', { status: ['ACKNOWLEDGED', 'IN_PROGRESS'], sort: 'RESOLUTION_DUE_AT' }),
    complaints('by handler', { handlerId: one.handler_id }),
    complaints('by promise lineage', { promiseId }),
    complaints('overdue', { overdue: true }),
    complaints('not overdue', { overdue: false }),
    complaints('received in a month', { receivedFrom: from, receivedTo: to }),
    complaints('received in a month, by resolution deadline', { receivedFrom: from, receivedTo: to, sort: 'RESOLUTION_DUE_AT' }),
    complaints('by category', { category: 'FINANCIAL' }),
    complaints('search, a word', { search: 'factuur' }),
    complaints('search, a reference', { search: one.reference }),
    complaints('search, by resolution deadline', { search: 'incasso', sort: 'RESOLUTION_DUE_AT' }),
    complaints('objections to the debt', { kind: 'DEBT_OBJECTION' }),
    { name: 'complaints a member of staff registered', send: async () => (await app.as(org, Role.STAFF)).data(STAFF_COMPLAINTS_QUERY, {}) },
    { name: 'complaints due for anonymisation, code gaps', send: (c) => c.data(RETENTION_QUERY) },
    { name: 'correctiveActions', send: (c) => c.data(ACTIONS_QUERY, {}) },
    { name: 'correctiveActions by status', send: (c) => c.data(ACTIONS_QUERY, { status: ['OPEN', 'IN_PROGRESS'] }) },
    { name: 'correctiveActions by kind', send: (c) => c.data(ACTIONS_QUERY, { kind: 'PREVENTIVE' }) },
    { name: 'correctiveActions by promise lineage', send: (c) => c.data(ACTIONS_QUERY, { promiseId }) },
    { name: 'correctiveActions overdue', send: (c) => c.data(ACTIONS_QUERY, { overdue: true }) },
    { name: 'correctiveActions not overdue', send: (c) => c.data(ACTIONS_QUERY, { overdue: false }) },
    { name: 'overdueCorrectiveActions', send: (c) => c.data(OVERDUE_ACTIONS_QUERY) },
    { name: 'a promise lineage: complaints, actions, KPIs and measurements', send: (c) => c.data(PROMISE_QUERY, { id: one.id }) },
    { name: 'auditEvents', send: (c) => c.data(AUDIT_QUERY, {}) },
    { name: 'auditEvents of an entity', send: (c) => c.data(AUDIT_QUERY, { entityId: one.id }) },
    { name: 'auditEvents of an entity type', send: (c) => c.data(AUDIT_QUERY, { entityType: 'CorrectiveAction' }) },
    { name: 'auditEvents of an actor', send: (c) => c.data(AUDIT_QUERY, { actorId: one.handler_id }) },
    { name: 'auditEvents of an action', send: (c) => c.data(AUDIT_QUERY, { action: 'CorrectiveAction.created' }) },
    { name: 'auditEvents in a month', send: (c) => c.data(AUDIT_QUERY, { from, to }) },
    { name: 'trainingRecords', send: (c) => c.data(TRAINING_QUERY, {}) },
    { name: 'trainingRecords of a person', send: (c) => c.data(TRAINING_QUERY, { personId: one.handler_id }) },
    { name: 'trainingRecords of a topic', send: (c) => c.data(TRAINING_QUERY, { topic: 'ETHICS' }) },
    { name: 'trainingRecords in a month', send: (c) => c.data(TRAINING_QUERY, { from: from.slice(0, 10), to: to.slice(0, 10) }) },
    { name: 'kpis', send: async (c) => { const page = await c.data(KPIS_QUERY, {}); await c.data(KPIS_QUERY, { after: page.kpis?.pageInfo.endCursor }); } },
    { name: 'kpis of a promise lineage', send: (c) => c.data(KPIS_QUERY, { codeId: codes[0].code.id, promiseKey: 'P3' }) },
    { name: 'kpis by kind', send: (c) => c.data(KPIS_QUERY, { kind: 'CHAIN' }) },
    { name: 'users, training requirements, communication plans, resources, reviews, codes due', send: (c) => c.data(OTHER_LISTS_QUERY) },
  ];
}

describe('query plans', () => {
  it('every page of every list is read through an index, in the large organisation and beside it', async () => {
    expect(await seqScans(big, await cases(big, bigCodes), { counts: false })).toEqual([]);
    expect(await seqScans(small, await cases(small, smallCodes), { counts: false })).toEqual([]);
  });

  /*
   * totalCount visits every row that matches. Where a filter keeps most of an organisation that
   * is most of the table (the large organisation here: "not overdue", a category, no filter), a
   * sequential read is the cheapest way to count and the planner rightly takes it; no index makes
   * that count cheaper (it is why totalCount is computed only when selected, and why the
   * dashboards read rollups). What must never happen is that a small organisation pays for its
   * large neighbour: its counts, like its pages, stay within its own index ranges.
   */
  it("a small organisation's pages and counts never read its large neighbour's rows", async () => {
    expect(await seqScans(small, await cases(small, smallCodes), { counts: true })).toEqual([]);
  });

  it('the complaint search finds exactly what ILIKE finds, through the trigram indexes', async () => {
    const client = await app.as(big, Role.QUALITY_MANAGER);
    const [{ reference }]: { reference: string }[] = await app.dataSource.query(
      `SELECT reference FROM complaint WHERE organization_id = $1 ORDER BY received_at DESC OFFSET 1234 LIMIT 1`,
      [big.id],
    );
    // A word, its capitals, a reference, part of one, a number inside subjects, LIKE wildcards taken literally.
    for (const search of ['incassokosten', 'FACTUUR', reference, reference.slice(0, -1), 'nr 1234', '100%', 'te_late']) {
      const found: string[] = [];
      let after: string | null | undefined;
      let totalCount = 0;
      capture.take();
      do {
        const page = (await client.data(SEARCH_QUERY, { search, after })).complaints!;
        found.push(...page.edges.map((e) => e.node.id));
        totalCount = page.totalCount;
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after && found.length < 300);
      const statements = capture.take();
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const expected: { id: string }[] = await app.dataSource.query(
        `SELECT id FROM complaint WHERE organization_id = $1 AND (reference ILIKE $2 OR subject ILIKE $2) ORDER BY received_at DESC, id DESC LIMIT $3`,
        [big.id, pattern, found.length || 1],
      );
      const [{ n }]: { n: number }[] = await app.dataSource.query(
        `SELECT count(*)::int AS n FROM complaint WHERE organization_id = $1 AND (reference ILIKE $2 OR subject ILIKE $2)`,
        [big.id, pattern],
      );
      expect({ search, totalCount, found }).toEqual({ search, totalCount: n, found: n ? expected.map((r) => r.id) : [] });
      // A selective search is answered from the trigram indexes (the planner may walk the
      // received_at index instead when the term matches so many rows that a page fills at once).
      if (n > 0 && n < COMPLAINTS / 50) {
        const page = statements.find((st) => /ILIKE/.test(st.sql) && /LIMIT/.test(st.sql))!;
        const indexes = walk(await planOf(app.dataSource, page)).map((node) => node['Index Name']);
        expect({ search, trigram: [...new Set(indexes.filter((i) => i?.endsWith('_trgm')))].sort() }).toEqual({ search, trigram: ['idx_complaint_reference_trgm', 'idx_complaint_subject_trgm'] });
      }
    }
  });
});

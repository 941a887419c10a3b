import type http from 'node:http';
import type { Pool } from 'pg';
import { DateTime } from 'luxon';
import { kpiStatus } from '../../src/modules/kpi/kpi-status';
import type { KpiFrequency } from '../../src/modules/kpi/kpi-period';
import { promiseStatus, rolledUpStatus, STATUS_SEVERITY } from '../../src/modules/monitoring/promise-status';
import { mergeReads, statement } from '../../src/common/statement-batch';
import { TIMEZONE } from './generate';

/**
 * The raw-SQL baseline: a minimal `node:http` handler with one hand-written SQL statement per
 * request on a `pg` pool of 10, answering the same data as the service's scenarios (JSON in the
 * shape of the GraphQL answers; no authentication, no validation: the practical limit).
 *
 *   POST /a  codeStatus of a code        POST /b  a filtered page of complaints
 *   POST /c  one complaint + timeline    POST /d  complaintAnalysis (the service's own SQL, merged)
 *   POST /e  the public complaint intake (counter, complaint, timeline entry and audit event in one statement)
 */

const UNRESOLVED = `('RECEIVED','ACKNOWLEDGED','IN_PROGRESS')`;
const OVERDUE = (c: string) => `(coalesce(${c}.acknowledged_at, now()) > ${c}.acknowledgement_due_at OR coalesce(${c}.resolved_at, now()) > ${c}.resolution_due_at)`;

/** (a): per promise of the version in force, its KPIs with their latest measurement, complaint and action figures of its lineage. */
const CODE_STATUS = `
WITH p AS (
  SELECT p.id, p.key, p.title, p.position FROM code_promise p
  JOIN code_version v ON v.id = p.code_version_id AND v.status = 'PUBLISHED'
  WHERE p.code_id = $2 AND p.organization_id = $1
), cf AS (
  SELECT l.key,
    count(DISTINCT c.id) FILTER (WHERE c.received_at >= $3 AND c.received_at < $4)::int AS received,
    count(DISTINCT c.id) FILTER (WHERE c.status IN ${UNRESOLVED})::int AS open,
    count(DISTINCT c.id) FILTER (WHERE c.status IN ${UNRESOLVED} AND ${OVERDUE('c')})::int AS overdue,
    count(DISTINCT c.id) FILTER (WHERE c.received_at >= $3 AND c.received_at < $4 AND c.outcome IN ('UPHELD','PARTIALLY_UPHELD'))::int AS upheld,
    count(DISTINCT c.id) FILTER (WHERE c.received_at >= $3 AND c.received_at < $4 AND c.outcome = 'PARTIALLY_UPHELD')::int AS "partiallyUpheld",
    count(DISTINCT c.id) FILTER (WHERE c.received_at >= $3 AND c.received_at < $4 AND (c.acknowledged_at IS NOT NULL OR c.acknowledgement_due_at < now()))::int AS "ackRated",
    count(DISTINCT c.id) FILTER (WHERE c.received_at >= $3 AND c.received_at < $4 AND (c.acknowledged_at IS NOT NULL OR c.acknowledgement_due_at < now()) AND c.acknowledged_on_time IS TRUE)::int AS "ackOnTime",
    count(DISTINCT c.id) FILTER (WHERE c.received_at >= $3 AND c.received_at < $4 AND (c.resolved_at IS NOT NULL OR c.resolution_due_at < now()))::int AS "resRated",
    count(DISTINCT c.id) FILTER (WHERE c.received_at >= $3 AND c.received_at < $4 AND (c.resolved_at IS NOT NULL OR c.resolution_due_at < now()) AND c.resolved_on_time IS TRUE)::int AS "resOnTime"
  FROM complaint c JOIN complaint_promise cp ON cp.complaint_id = c.id JOIN code_promise l ON l.id = cp.promise_id
  WHERE c.organization_id = $1 AND l.code_id = $2
  GROUP BY l.key
), af AS (
  SELECT l.key,
    count(*) FILTER (WHERE a.status IN ('OPEN','IN_PROGRESS','NOT_EFFECTIVE','DONE'))::int AS open,
    count(*) FILTER (WHERE a.status IN ('OPEN','IN_PROGRESS','NOT_EFFECTIVE') AND a.due_on < $5::date)::int AS overdue,
    count(*) FILTER (WHERE a.status = 'NOT_EFFECTIVE')::int AS "notEffective",
    count(*) FILTER (WHERE a.status = 'VERIFIED_EFFECTIVE' AND a.verified_on BETWEEN $6::date AND $5::date)::int AS "verifiedEffective"
  FROM corrective_action a JOIN code_promise l ON l.id = a.promise_id
  WHERE a.organization_id = $1 AND l.code_id = $2
  GROUP BY l.key
), k AS (
  SELECT k.promise_key AS key, json_agg(json_build_object('name', k.name, 'direction', k.direction, 'target', k.target, 'threshold', k.threshold,
    'frequency', k.frequency, 'latest', CASE WHEN m.period_end IS NOT NULL THEN json_build_object('periodStart', m.period_start, 'periodEnd', m.period_end, 'value', m.value) END) ORDER BY k.name) AS kpis
  FROM kpi k LEFT JOIN LATERAL (SELECT period_start, period_end, value FROM kpi_measurement WHERE kpi_id = k.id ORDER BY period_start DESC LIMIT 1) m ON true
  WHERE k.organization_id = $1 AND k.code_id = $2 AND k.archived_at IS NULL
  GROUP BY k.promise_key
)
SELECT p.key, p.title, row_to_json(cf) AS complaints, row_to_json(af) AS actions, coalesce(k.kpis, '[]') AS kpis
FROM p LEFT JOIN cf USING (key) LEFT JOIN af USING (key) LEFT JOIN k USING (key)
ORDER BY p.position`;

/** (b): a page of 50 by status and promise lineage, newest first, with promises, handler and the first 5 actions. */
export const COMPLAINTS = `
SELECT c.id, c.reference, c.subject, c.status, c.received_at AS "receivedAt", c.resolution_due_at AS "resolutionDueAt", ${OVERDUE('c')} AS "isOverdue",
  (SELECT json_build_object('id', u.id, 'name', u.name) FROM app_user u WHERE u.id = c.handler_id) AS handler,
  (SELECT coalesce(json_agg(json_build_object('id', p.id, 'key', p.key, 'title', p.title) ORDER BY p.key), '[]') FROM complaint_promise cp JOIN code_promise p ON p.id = cp.promise_id WHERE cp.complaint_id = c.id) AS promises,
  (SELECT coalesce(json_agg(a), '[]') FROM (SELECT a.id, a.title, a.status, a.due_on AS "dueOn" FROM corrective_action_complaint ac JOIN corrective_action a ON a.id = ac.corrective_action_id
     WHERE ac.complaint_id = c.id ORDER BY a.due_on, a.id LIMIT 5) a) AS "correctiveActions"
FROM complaint c
WHERE c.id IN (
  -- Each lineage promise's links newest first (idx_complaint_promise_promise_received), down to a page that passes the filter.
  SELECT w.id FROM code_promise l CROSS JOIN LATERAL (
    SELECT cp.complaint_id AS id FROM complaint_promise cp JOIN complaint f ON f.id = cp.complaint_id
    WHERE cp.promise_id = l.id AND f.organization_id = $1 AND f.status = ANY($2::text[])
    ORDER BY cp.received_at DESC, cp.complaint_id DESC LIMIT 51) w
  WHERE l.organization_id = $1 AND l.code_id = $3 AND l.key = $4)
ORDER BY c.received_at DESC, c.id DESC
LIMIT 51`;

/** (c): one complaint with its timeline and each entry's actor. */
export const COMPLAINT = `
SELECT c.id, c.reference, c.subject, c.status, c.channel, c.received_at AS "receivedAt", c.acknowledgement_due_at AS "acknowledgementDueAt",
  c.resolution_due_at AS "resolutionDueAt", c.acknowledged_at AS "acknowledgedAt", c.resolved_at AS "resolvedAt", c.outcome,
  (SELECT coalesce(json_agg(json_build_object('at', t.at, 'from', t.from_status, 'to', t.to_status, 'note', t.note, 'actor', CASE WHEN u.id IS NOT NULL THEN json_build_object('name', u.name) END) ORDER BY t.at, t.id), '[]')
   FROM complaint_timeline_entry t LEFT JOIN app_user u ON u.id = t.actor_id WHERE t.complaint_id = c.id) AS timeline
FROM complaint c WHERE c.id = $1 AND c.organization_id = $2`;

/** (e): the public intake: next reference, the complaint, its first timeline entry and the audit event. */
const SUBMIT = `
WITH o AS (SELECT id, timezone FROM organization WHERE slug = $1),
counter AS (
  INSERT INTO complaint_reference_counter (organization_id, year, last)
  SELECT o.id, extract(year FROM now() AT TIME ZONE o.timezone)::int, 1 FROM o
  ON CONFLICT (organization_id, year) DO UPDATE SET last = complaint_reference_counter.last + 1
  RETURNING organization_id, year, last
), c AS (
  INSERT INTO complaint (organization_id, version, reference, received_at, channel, subject, description, complainant_name, complainant_email, categories, status,
    acknowledgement_due_at, resolution_due_at)
  SELECT counter.organization_id, 1, 'K-' || counter.year || '-' || CASE WHEN counter.last < 100000 THEN lpad(counter.last::text, 5, '0') ELSE counter.last::text END,
    now(), 'WEB', $2, $3, $4, $5, '{}', 'RECEIVED', $6, $7
  FROM counter
  RETURNING id, organization_id, reference, received_at
), t AS (
  INSERT INTO complaint_timeline_entry (organization_id, complaint_id, at, to_status) SELECT organization_id, id, received_at, 'RECEIVED' FROM c
), audit AS (
  INSERT INTO audit_event (organization_id, action, entity_type, entity_id, changes) SELECT organization_id, 'Complaint.received', 'Complaint', id, '{}' FROM c
)
SELECT reference FROM c`;

/** The service's (d) statements merged into one, as the service merges reads (`mergeReads`). */
export function mergeStatements(statements: { text: string; values: unknown[] }[]): { text: string; values: unknown[] } {
  const merged = mergeReads(statements.map((s) => statement(s.text, s.values)));
  return { text: merged.sql, values: merged.params };
}

interface Body {
  [key: string]: unknown;
}

export function rawHandler(pool: Pool) {
  let analysis: { text: string; values: unknown[] } | null = null;
  const routes: Record<string, (b: Body) => Promise<unknown>> = {
    async '/a'(b) {
      const today = DateTime.now().setZone(TIMEZONE);
      const from = today.minus({ months: 12 }).plus({ days: 1 }).startOf('day');
      const end = today.plus({ days: 1 }).startOf('day');
      const { rows } = await pool.query(CODE_STATUS, [b.organizationId, b.codeId, from.toJSDate(), end.toJSDate(), today.toISODate(), from.toISODate()]);
      const todayIso = today.toISODate()!;
      const promises = rows.map((row) => {
        const kpis = (row.kpis as { name: string; direction: never; target: number; threshold: number; frequency: KpiFrequency; latest: never }[]).map((k) => ({
          name: k.name,
          status: kpiStatus(k, k.latest, todayIso),
        }));
        const c = row.complaints ?? { received: 0, open: 0, overdue: 0, upheld: 0, ackRated: 0, ackOnTime: 0, resRated: 0, resOnTime: 0 };
        const a = row.actions ?? { open: 0, overdue: 0, notEffective: 0, verifiedEffective: 0 };
        const ackRate = c.ackRated ? c.ackOnTime / c.ackRated : null;
        const resRate = c.resRated ? c.resOnTime / c.resRated : null;
        const { status, reasons } = promiseStatus({
          kpis,
          // The raw baseline counts upheld over received (its statement predates the decided figures); the cost compared is the same.
          complaints: { received: c.received, decided: c.received, upheld: c.upheld, overturned: 0 },
          handling: { overdue: c.overdue, acknowledgement: { rated: c.ackRated, rate: ackRate }, resolution: { rated: c.resRated, rate: resRate } },
          correctiveActions: a,
        });
        return {
          promise: { key: row.key, title: row.title },
          status,
          reasons,
          kpis,
          complaints: { received: c.received, open: c.open, overdue: c.overdue, upheld: c.upheld, acknowledgement: { rate: ackRate }, resolution: { rate: resRate } },
          correctiveActions: a,
        };
      });
      const statuses = promises.map((p) => p.status);
      return {
        codeStatus: {
          status: rolledUpStatus(statuses),
          statusCounts: STATUS_SEVERITY.map((status) => ({ status, count: statuses.filter((s) => s === status).length })),
          promises,
        },
      };
    },
    async '/b'(b) {
      const { rows } = await pool.query(COMPLAINTS, [b.organizationId, b.status, b.codeId, b.promiseKey]);
      const page = rows.slice(0, 50);
      return { complaints: { edges: page.map((node) => ({ node })), pageInfo: { hasNextPage: rows.length > 50, endCursor: page.at(-1)?.id ?? null } } };
    },
    async '/c'(b) {
      const { rows } = await pool.query(COMPLAINT, [b.id, b.organizationId]);
      return { complaint: rows[0] ?? null };
    },
    async '/d'() {
      if (!analysis) throw new Error('the analysis statements are not configured');
      const { rows } = await pool.query(analysis.text, analysis.values);
      return { complaintAnalysis: rows[0].rows };
    },
    async '/e'(b) {
      // Deadlines at the end of a local day, as the service sets them (calendar days here), so the
      // rollups' deadline instants are shared by a day's complaints as they are for the service's.
      const today = DateTime.now().setZone(TIMEZONE);
      const endOfDay = (days: number) => today.plus({ days }).endOf('day').toJSDate();
      const { rows } = await pool.query(SUBMIT, [b.organizationSlug, b.subject, b.description, b.name, b.email, endOfDay(4), endOfDay(14)]);
      return { submitComplaint: { reference: rows[0].reference } };
    },
  };
  return {
    configure(message: { analysis: { text: string; values: unknown[] }[] }) {
      analysis = mergeStatements(message.analysis);
    },
    handle(req: http.IncomingMessage, res: http.ServerResponse) {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const route = routes[req.url ?? ''];
        if (!route) {
          res.writeHead(404).end();
          return;
        }
        route(chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : {}).then(
          (data) => {
            const body = JSON.stringify({ data });
            res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
          },
          (error: Error) => {
            const body = JSON.stringify({ errors: [{ message: error.message }] });
            res.writeHead(500, { 'content-type': 'application/json' }).end(body);
          },
        );
      });
    },
  };
}

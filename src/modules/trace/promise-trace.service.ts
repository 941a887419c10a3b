import type { Context } from '../../common/context';
import { NotFoundError } from '../../common/errors';
import { scoped } from '../../common/tenancy';
import { Code } from '../code';
import { ComplaintKind, ComplaintOutcome } from '../complaint';
import { AGAINST_ORGANIZATION } from '../disputes';
import { TraceEventKind, type PromiseTrace, type TraceEvent } from './promise-trace.types';

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * The whole trace in one statement: the promise in every version of its code, the KPIs of the
 * lineage with their measurements, the complaint months from the monitoring month rollups (received and
 * decided) with the overturns counted as codeStatus counts them (`DISPUTES_BY_LINEAGE`,
 * `decided_overturned`): complaints of the lineage decided REJECTED in the month (organisation's
 * time zone) that a disputes body found for the complainant, each once; the actions about any version of the promise, the management reviews whose decisions
 * name the key or whose preventive actions concern the lineage, and the norm requirements it serves.
 */
const TRACE_SQL = `
WITH code AS (
  SELECT c.id, c.key FROM code c WHERE c.id = $2 AND c.organization_id = $1
), versions AS (
  SELECT p.id AS promise_id, v.version, v.status, p.title, p.text, v.change_summary, v.created_at, v.published_at, v.superseded_at,
    (lag(p.title) OVER w, lag(p.text) OVER w) IS DISTINCT FROM (p.title, p.text) AS text_changed
  FROM code_promise p JOIN code_version v ON v.id = p.code_version_id
  WHERE p.organization_id = $1 AND p.code_id = $2 AND p.key = $3
  WINDOW w AS (ORDER BY v.version)
), kpis AS (
  SELECT k.id, k.name, k.target, k.threshold, k.created_at, k.archived_at,
    coalesce((SELECT json_agg(json_build_object('periodStart', m.period_start, 'periodEnd', m.period_end, 'value', m.value) ORDER BY m.period_start)
              FROM kpi_measurement m WHERE m.kpi_id = k.id), '[]') AS measurements
  FROM kpi k WHERE k.organization_id = $1 AND k.code_id = $2 AND k.promise_key = $3
), overturned AS (
  SELECT date_trunc('month', (c.resolved_at AT TIME ZONE o.timezone)::date)::date AS month, count(DISTINCT c.id) AS overturned
  FROM disputes_case dc
  JOIN organization o ON o.id = dc.organization_id
  JOIN complaint c ON c.id = dc.complaint_id AND c.organization_id = dc.organization_id
  WHERE dc.organization_id = $1 AND c.kind = '${ComplaintKind.COMPLAINT}' AND c.resolved_at IS NOT NULL
    AND c.outcome = '${ComplaintOutcome.REJECTED}' AND dc.outcome IN (${list(AGAINST_ORGANIZATION)})
    AND EXISTS (SELECT 1 FROM complaint_promise cp JOIN code_promise p ON p.id = cp.promise_id
                WHERE cp.complaint_id = c.id AND cp.organization_id = $1 AND p.code_id = $2 AND p.key = $3)
  GROUP BY 1
), months AS (
  SELECT to_char(month, 'YYYY-MM') AS month, coalesce(r.received, 0)::int AS received, coalesce(r.upheld, 0)::int AS upheld,
    coalesce(d.decided, 0)::int AS decided, coalesce(d.upheld, 0)::int AS decided_upheld, coalesce(x.overturned, 0)::int AS overturned
  FROM (SELECT month, sum(received) AS received, sum(upheld) AS upheld FROM monitoring_lineage_month
        WHERE organization_id = $1 AND code_id = $2 AND promise_key = $3 GROUP BY 1) r
  FULL JOIN (SELECT month, sum(decided) AS decided, sum(upheld) AS upheld FROM monitoring_lineage_decided_month
        WHERE organization_id = $1 AND code_id = $2 AND promise_key = $3 GROUP BY 1) d USING (month)
  FULL JOIN overturned x USING (month)
  WHERE coalesce(r.received, 0) + coalesce(d.decided, 0) + coalesce(x.overturned, 0) > 0
), actions AS (
  SELECT a.id, a.kind, a.title, a.status, a.root_cause, a.created_at, a.due_on, a.done_at, a.verified_on, a.effective, a.effectiveness_note
  FROM corrective_action a JOIN code_promise p ON p.id = a.promise_id
  WHERE a.organization_id = $1 AND p.code_id = $2 AND p.key = $3
), reviews AS (
  SELECT r.id, r.year, r.status, r.signed_at, r.created_at,
    array(SELECT d FROM unnest(r.decisions) WITH ORDINALITY u(d, i) WHERE d ~ $4 ORDER BY i) AS decisions,
    array(SELECT pa.corrective_action_id FROM management_review_preventive_action pa
          WHERE pa.management_review_id = r.id AND pa.corrective_action_id IN (SELECT id FROM actions) ORDER BY pa.corrective_action_id) AS action_ids
  FROM management_review r WHERE r.organization_id = $1
), evidence AS (
  SELECT r.ref, r.title, 'PROMISE' AS via, array_agg(DISTINCT v.version ORDER BY v.version) AS versions
  FROM promise_requirement l JOIN versions v ON v.promise_id = l.promise_id JOIN norm_requirement r ON r.id = l.requirement_id
  WHERE l.organization_id = $1 GROUP BY r.ref, r.title
  UNION ALL
  SELECT DISTINCT r.ref, r.title, e.kind, '{}'::int[]
  FROM requirement_evidence e JOIN norm_requirement r ON r.id = e.requirement_id
  WHERE e.organization_id = $1 AND (e.kpi_id IN (SELECT id FROM kpis) OR e.corrective_action_id IN (SELECT id FROM actions))
)
SELECT (SELECT row_to_json(code) FROM code) AS code,
  coalesce((SELECT json_agg(json_build_object('version', version, 'status', status, 'title', title, 'text', text, 'textChanged', text_changed,
    'changeSummary', change_summary, 'createdAt', created_at, 'publishedAt', published_at, 'supersededAt', superseded_at) ORDER BY version) FROM versions), '[]') AS versions,
  coalesce((SELECT json_agg(json_build_object('id', id, 'name', name, 'target', target, 'threshold', threshold, 'createdAt', created_at,
    'archivedAt', archived_at, 'measurements', measurements) ORDER BY created_at, id) FROM kpis), '[]') AS kpis,
  coalesce((SELECT json_agg(json_build_object('month', month, 'received', received, 'upheld', upheld, 'decided', decided,
    'decidedUpheld', decided_upheld, 'overturned', overturned) ORDER BY month) FROM months), '[]') AS months,
  coalesce((SELECT json_agg(json_build_object('id', id, 'kind', kind, 'title', title, 'status', status, 'rootCause', root_cause, 'createdAt', created_at,
    'dueOn', due_on, 'doneAt', done_at, 'verifiedOn', verified_on, 'effective', effective, 'effectivenessNote', effectiveness_note) ORDER BY created_at, id) FROM actions), '[]') AS actions,
  coalesce((SELECT json_agg(json_build_object('id', id, 'year', year, 'status', status, 'signedAt', signed_at, 'decisions', decisions,
    'preventiveActionIds', action_ids) ORDER BY year, created_at) FROM reviews WHERE cardinality(decisions) > 0 OR cardinality(action_ids) > 0), '[]') AS reviews,
  coalesce((SELECT json_agg(json_build_object('requirementRef', ref, 'requirementTitle', title, 'via', via, 'versions', versions) ORDER BY ref, via) FROM evidence), '[]') AS evidence`;

interface TraceRow {
  code: { id: string; key: string } | null;
  versions: (Omit<PromiseTrace['versions'][number], 'createdAt' | 'publishedAt' | 'supersededAt'> & {
    createdAt: string;
    publishedAt: string | null;
    supersededAt: string | null;
  })[];
  kpis: (Omit<PromiseTrace['kpis'][number], 'createdAt' | 'archivedAt'> & { createdAt: string; archivedAt: string | null })[];
  months: PromiseTrace['complaintMonths'];
  actions: (Omit<PromiseTrace['actions'][number], 'createdAt' | 'doneAt'> & { createdAt: string; doneAt: string | null })[];
  reviews: (Omit<PromiseTrace['reviews'][number], 'signedAt'> & { signedAt: string | null })[];
  evidence: PromiseTrace['evidence'];
}

const date = (value: string | null) => (value === null ? null : new Date(value));
const day = (value: string) => new Date(`${value}T00:00:00Z`);

/** `promiseTrace`: one promise lineage in time order, for a timeline and for the Markdown download. */
export class PromiseTraceService {
  static async trace(ctx: Context, codeId: string, promiseKey: string): Promise<PromiseTrace> {
    const organizationId = scoped(ctx, Code).organizationId;
    const keyWord = `(^|[^A-Za-z0-9])${promiseKey.replace(/[.]/g, '\\.')}($|[^A-Za-z0-9])`;
    const [row]: TraceRow[] = await ctx.db.query(TRACE_SQL, [organizationId, codeId, promiseKey, keyWord]);
    if (!row.code) throw new NotFoundError('Code', codeId, 'codeId');
    if (row.versions.length === 0) throw new NotFoundError('CodePromise', promiseKey, 'promiseKey');
    const versions = row.versions.map((v) => ({
      ...v,
      createdAt: new Date(v.createdAt),
      publishedAt: date(v.publishedAt),
      supersededAt: date(v.supersededAt),
    }));
    const kpis = row.kpis.map((k) => ({ ...k, createdAt: new Date(k.createdAt), archivedAt: date(k.archivedAt) }));
    const actions = row.actions.map((a) => ({ ...a, createdAt: new Date(a.createdAt), doneAt: date(a.doneAt) }));
    const reviews = row.reviews.map((r) => ({ ...r, signedAt: date(r.signedAt) }));
    const timeline: TraceEvent[] = [
      ...versions.flatMap((v) => [
        { at: v.createdAt, kind: TraceEventKind.VERSION_CREATED, summary: `Version ${v.version} drafted${v.textChanged ? ': text changed' : ''}` },
        ...(v.publishedAt
          ? [
              {
                at: v.publishedAt,
                kind: TraceEventKind.VERSION_PUBLISHED,
                summary: `Version ${v.version} published${v.changeSummary ? `: ${v.changeSummary}` : ''}`,
              },
            ]
          : []),
      ]),
      ...kpis.map((k) => ({ at: k.createdAt, kind: TraceEventKind.KPI_CREATED, summary: `KPI '${k.name}' (target ${k.target}, threshold ${k.threshold})` })),
      ...actions.flatMap((a) => [
        { at: a.createdAt, kind: TraceEventKind.ACTION_OPENED, summary: `${a.kind} action '${a.title}' opened, due ${a.dueOn}` },
        ...(a.verifiedOn && a.effective !== null
          ? [
              {
                at: day(a.verifiedOn),
                kind: TraceEventKind.ACTION_VERIFIED,
                summary: `'${a.title}' ${a.effective ? 'verified effective' : 'found not effective'}`,
              },
            ]
          : []),
      ]),
      ...reviews.flatMap((r) =>
        r.signedAt
          ? [
              {
                at: r.signedAt,
                kind: TraceEventKind.REVIEW_SIGNED,
                summary: `Management review ${r.year} signed: ${r.decisions.join('; ') || 'preventive action'}`,
              },
            ]
          : [],
      ),
    ].sort((a, b) => a.at.getTime() - b.at.getTime() || a.kind.localeCompare(b.kind));
    return {
      codeId: row.code.id,
      codeKey: row.code.key,
      promiseKey,
      title: versions[versions.length - 1].title,
      versions,
      kpis,
      complaintMonths: row.months,
      actions,
      reviews,
      evidence: row.evidence,
      timeline,
    };
  }
}

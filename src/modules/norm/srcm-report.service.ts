import type { Context } from '../../common/context';
import { BadUserInputError } from '../../common/errors';
import { scoped } from '../../common/tenancy';
import { MaturityAssessment } from './maturity-assessment.entity';
import { maturityLevel } from './maturity-levels';
import type { SrcmInternalPart, SrcmReport } from './srcm-report.types';

export const SRCM_FIRST_YEAR = 2000;
export const SRCM_LAST_YEAR = 2100;

/**
 * Per SRCM norm part: its latest self-assessment as of the end of the year and of the year before,
 * how many of its requirements are covered (a promise of a version in force, or evidence on the
 * requirement, part or theme), the evidence recorded, and the open actions on promises serving it.
 */
const PARTS_SQL = `
WITH parts AS (
  SELECT p.id, p.ref, p.title, t.id AS theme_id, t.title AS theme, t.position AS theme_position, p.position
    FROM norm_requirement p
    JOIN norm_requirement t ON t.id = p.parent_id
    JOIN norm_framework f ON f.id = p.framework_id
   WHERE f.key = 'SRCM' AND p.kind = 'NORM_PART'
), reqs AS (
  SELECT r.id, r.parent_id AS part_id FROM norm_requirement r JOIN parts ON parts.id = r.parent_id WHERE r.kind = 'REQUIREMENT'
), latest AS (
  SELECT DISTINCT ON (m.requirement_id) m.requirement_id, m.level, m.evidence, m.assessed_on
    FROM maturity_assessment m WHERE m.organization_id = $1 AND m.assessed_on <= $2::date
   ORDER BY m.requirement_id, m.assessed_on DESC, m.created_at DESC
), previous AS (
  SELECT DISTINCT ON (m.requirement_id) m.requirement_id, m.level
    FROM maturity_assessment m WHERE m.organization_id = $1 AND m.assessed_on <= $3::date
   ORDER BY m.requirement_id, m.assessed_on DESC, m.created_at DESC
), coverage AS (
  SELECT reqs.part_id, count(*)::int AS total,
         count(*) FILTER (WHERE
           EXISTS (SELECT 1 FROM promise_requirement l JOIN code_promise p ON p.id = l.promise_id
                     JOIN code_version v ON v.id = p.code_version_id AND v.status = 'PUBLISHED'
                    WHERE l.organization_id = $1 AND l.requirement_id = reqs.id)
           OR EXISTS (SELECT 1 FROM requirement_evidence e JOIN parts ON parts.id = reqs.part_id
                       WHERE e.organization_id = $1 AND e.kind <> 'NOT_APPLICABLE' AND e.requirement_id IN (reqs.id, parts.id, parts.theme_id)))::int AS covered
    FROM reqs GROUP BY reqs.part_id
), evidence AS (
  SELECT parts.id AS part_id,
         array_agg(e.kind || ': ' || coalesce(e.document_title || ' ' || e.document_version, e.note, e.reason, '') ORDER BY e.created_at, e.id) AS items
    FROM parts JOIN requirement_evidence e ON e.organization_id = $1
     AND (e.requirement_id IN (parts.id, parts.theme_id) OR e.requirement_id IN (SELECT id FROM reqs WHERE reqs.part_id = parts.id))
   GROUP BY parts.id
), planned AS (
  SELECT reqs.part_id, array_agg(DISTINCT a.kind || ': ' || a.title || ' (' || a.due_on || ')') AS items
    FROM reqs
    JOIN promise_requirement l ON l.requirement_id = reqs.id AND l.organization_id = $1
    JOIN code_promise p ON p.id = l.promise_id
    JOIN code_promise lineage ON lineage.code_id = p.code_id AND lineage.key = p.key
    JOIN corrective_action a ON a.promise_id = lineage.id AND a.status IN ('OPEN', 'IN_PROGRESS', 'NOT_EFFECTIVE', 'DONE')
   GROUP BY reqs.part_id
)
SELECT parts.ref, parts.title, parts.theme, latest.level, previous.level AS "previousLevel", latest.evidence AS "assessmentEvidence",
       CAST(latest.assessed_on AS text) AS "assessedOn", coalesce(coverage.total, 0) AS "requirementCount", coalesce(coverage.covered, 0) AS "coveredCount",
       coalesce(evidence.items, '{}') AS evidence, coalesce(planned.items, '{}') AS "plannedImprovements",
       (SELECT array_agg(pr.title ORDER BY pr.position) FROM norm_requirement pr JOIN norm_requirement root ON root.id = pr.parent_id
         WHERE root.ref = 'SRCM-B' AND pr.kind = 'PRINCIPLE') AS principles
  FROM parts
  LEFT JOIN latest ON latest.requirement_id = parts.id
  LEFT JOIN previous ON previous.requirement_id = parts.id
  LEFT JOIN coverage ON coverage.part_id = parts.id
  LEFT JOIN evidence ON evidence.part_id = parts.id
  LEFT JOIN planned ON planned.part_id = parts.id
 ORDER BY parts.theme_position, parts.position`;

interface PartRow extends Omit<SrcmInternalPart, 'change'> {
  theme: string;
  principles: string[] | null;
}

/** `srcmReport(year)`: the yearly SRCM report in one statement; level 1 (or no assessment) means a part is not met. */
export class SrcmReportService {
  static async report(ctx: Context, year: number): Promise<SrcmReport> {
    if (!Number.isInteger(year) || year < SRCM_FIRST_YEAR || year > SRCM_LAST_YEAR) {
      throw BadUserInputError.field('year', `must be a year from ${SRCM_FIRST_YEAR} to ${SRCM_LAST_YEAR}`);
    }
    const rows: PartRow[] = await ctx.db.query(PARTS_SQL, [scoped(ctx, MaturityAssessment).organizationId, `${year}-12-31`, `${year - 1}-12-31`]);
    const change = (level: number | null, previous: number | null) =>
      level === null ? 'NONE' : previous === null ? 'NEW' : level > previous ? 'UP' : level < previous ? 'DOWN' : 'SAME';
    const parts = rows.map((r) => ({
      ref: r.ref,
      theme: r.theme,
      title: r.title,
      level: r.level === null ? null : maturityLevel(r.level),
      previousLevel: r.previousLevel,
      met: r.level !== null && maturityLevel(r.level).meetsNorm,
    }));
    return {
      year,
      publicPart: { principles: rows[0]?.principles ?? [], partsMet: parts.filter((p) => p.met).length, partsTotal: parts.length, parts },
      internalPart: rows.map(({ theme: _theme, principles: _principles, ...r }) => ({ ...r, change: change(r.level, r.previousLevel) })),
    };
  }
}

import type { Context } from '../../common/context';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import { scoped } from '../../common/tenancy';
import { Code, CodeVersion, CodeVersionStatus, CodePromise } from '../code';
import { NormRequirement, NormRequirementKind } from './norm-requirement.entity';
import { RequirementEvidence } from './requirement-evidence.entity';
import { PromiseRequirement } from './promise-requirement.entity';
import { NormService } from './norm.service';
import { COVERAGE_STATES, coverageState, type NormCoverage, type RequirementCoverage } from './norm-coverage.types';

interface CoverageRow {
  requirementId: string | null;
  depth: number | null;
  requirementCount: number;
  coveredCount: number;
  notApplicableCount: number;
  promiseIds: string[];
  evidenceIds: string[];
}

/**
 * One pass over the framework's tree (and the organisation's evidence): `node` walks it top-down keeping each node's position path
 * (for tree order) and lineage (itself and its ancestors); every requirement (leaf) then counts
 * towards each node of its lineage. A requirement is covered by a promise linked to it or by
 * evidence on any node of its lineage, and not applicable when any node of its lineage is marked
 * so (then it counts as not applicable, not as covered). The empty grouping set adds the framework's total as the row
 * whose requirementId is null.
 */
const COVERAGE_SQL = `
WITH RECURSIVE node AS (
  SELECT r.id, r.kind, ARRAY[r.position] AS path, ARRAY[r.id] AS lineage
    FROM norm_requirement r
   WHERE r.framework_id = $1 AND r.parent_id IS NULL AND r.kind <> 'PRINCIPLE'
  UNION ALL
  SELECT r.id, r.kind, node.path || r.position, node.lineage || r.id
    FROM norm_requirement r
    JOIN node ON r.parent_id = node.id
),
link AS (
  SELECT l.requirement_id, l.promise_id
    FROM promise_requirement l
    JOIN code_promise p ON p.id = l.promise_id AND p.organization_id = l.organization_id
   WHERE l.organization_id = $2 AND p.code_version_id = $3
),
evidence AS (
  SELECT e.id, e.requirement_id, e.kind
    FROM requirement_evidence e
   WHERE e.organization_id = $2
),
requirement AS (
  SELECT node.id, node.lineage,
         bool_or(link.promise_id IS NOT NULL)
           OR EXISTS (SELECT 1 FROM evidence e WHERE e.kind <> 'NOT_APPLICABLE' AND e.requirement_id = ANY(node.lineage)) AS covered,
         EXISTS (SELECT 1 FROM evidence e WHERE e.kind = 'NOT_APPLICABLE' AND e.requirement_id = ANY(node.lineage)) AS not_applicable
    FROM node
    LEFT JOIN link ON link.requirement_id = node.id
   WHERE node.kind = 'REQUIREMENT'
   GROUP BY node.id, node.lineage
)
SELECT node.id AS "requirementId",
       cardinality(node.path) - 1 AS depth,
       count(DISTINCT requirement.id)::int AS "requirementCount",
       count(DISTINCT requirement.id) FILTER (WHERE requirement.covered AND NOT requirement.not_applicable)::int AS "coveredCount",
       count(DISTINCT requirement.id) FILTER (WHERE requirement.not_applicable)::int AS "notApplicableCount",
       COALESCE(array_agg(DISTINCT link.promise_id::text) FILTER (WHERE link.promise_id IS NOT NULL), '{}') AS "promiseIds",
       COALESCE(array_agg(DISTINCT evidence.id::text) FILTER (WHERE evidence.id IS NOT NULL), '{}') AS "evidenceIds"
  FROM node
  LEFT JOIN requirement ON node.id = ANY(requirement.lineage)
  LEFT JOIN link ON link.requirement_id = requirement.id
  LEFT JOIN evidence ON evidence.requirement_id = ANY(requirement.lineage)
 GROUP BY GROUPING SETS ((node.id, node.path), ())
 ORDER BY node.path NULLS FIRST`;

/** Coverage of a norm framework by the promises of a code version and the organisation's evidence. */
export class NormCoverageService {
  /**
   * Per requirement node: the promises linked to the requirements in it, how many of those
   * requirements are covered, and its state; with totals per top-level node and for the framework.
   * Reports on `codeVersionId` when given, else on the version in force.
   */
  static async coverage(ctx: Context, frameworkKey: string, codeId: string, codeVersionId?: string | null): Promise<NormCoverage> {
    const framework = await NormService.framework(ctx, frameworkKey, 'frameworkKey');
    const code = await scoped(ctx, Code).get(codeId, 'codeId');
    const version = await NormCoverageService.versionOf(ctx, code, codeVersionId);
    const links = scoped(ctx, PromiseRequirement);
    const rows: CoverageRow[] = await ctx.db.query(COVERAGE_SQL, [framework.id, links.organizationId, version.id]);
    const requirements = await ctx.db.getRepository(NormRequirement).findBy({ frameworkId: framework.id });
    const byId = new Map(requirements.map((r) => [r.id, r]));
    for (const r of requirements) ctx.loaders.norm.requirement.prime(r.id, r);
    const linked = await scoped(ctx, CodePromise).byIds([...new Set(rows.flatMap((r) => r.promiseIds))]);
    const promises = new Map(linked.filter((p): p is CodePromise => p !== null).map((p) => [p.id, p]));
    const inVersionOrder = (a: CodePromise, b: CodePromise) => a.position - b.position || a.key.localeCompare(b.key);
    const evidenceRows = await scoped(ctx, RequirementEvidence).byIds([...new Set(rows.flatMap((r) => r.evidenceIds))]);
    const evidence = new Map(evidenceRows.filter((e): e is RequirementEvidence => e !== null).map((e) => [e.id, e]));
    const inRecordOrder = (a: RequirementEvidence, b: RequirementEvidence) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);
    const nodes: RequirementCoverage[] = [];
    let total: CoverageRow | undefined;
    for (const row of rows) {
      if (row.requirementId === null) {
        total = row;
        continue;
      }
      nodes.push({
        requirement: byId.get(row.requirementId)!,
        depth: row.depth!,
        state: coverageState(row.requirementCount, row.coveredCount, row.notApplicableCount),
        requirementCount: row.requirementCount,
        coveredCount: row.coveredCount,
        notApplicableCount: row.notApplicableCount,
        gapCount: row.requirementCount - row.notApplicableCount - row.coveredCount,
        promises: row.promiseIds.map((id) => promises.get(id)!).sort(inVersionOrder),
        evidence: row.evidenceIds.map((id) => evidence.get(id)!).sort(inRecordOrder),
      });
    }
    const requirementCount = total?.requirementCount ?? 0;
    const coveredCount = total?.coveredCount ?? 0;
    const notApplicableCount = total?.notApplicableCount ?? 0;
    const applicable = requirementCount - notApplicableCount;
    return {
      framework,
      code,
      codeVersion: version,
      state: coverageState(requirementCount, coveredCount, notApplicableCount),
      requirementCount,
      coveredCount,
      notApplicableCount,
      gapCount: applicable - coveredCount,
      coverageRate: applicable ? coveredCount / applicable : 0,
      stateCounts: COVERAGE_STATES.map((state) => ({ state, count: nodes.filter((n) => n.requirement.kind === NormRequirementKind.REQUIREMENT && n.state === state).length })),
      sections: nodes.filter((n) => n.depth === 0),
      nodes,
    };
  }

  private static async versionOf(ctx: Context, code: Code, codeVersionId?: string | null): Promise<CodeVersion> {
    const versions = scoped(ctx, CodeVersion);
    if (codeVersionId) {
      const version = await versions.get(codeVersionId, 'codeVersionId');
      if (version.codeId !== code.id) throw new NotFoundError('CodeVersion', codeVersionId, 'codeVersionId');
      return version;
    }
    const inForce = await versions.findOne({ codeId: code.id, status: CodeVersionStatus.PUBLISHED });
    if (!inForce) throw BadUserInputError.field('codeVersionId', `code ${code.key} has no version in force: name the version to report on`);
    return inForce;
  }
}

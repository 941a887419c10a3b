import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NormFramework } from './norm-framework.entity';
import { NormRequirement } from './norm-requirement.entity';
import { Code, CodeVersion, CodePromise } from '../code';
import { RequirementEvidence } from './requirement-evidence.entity';

export enum CoverageState {
  COVERED = 'COVERED',
  PARTIAL = 'PARTIAL',
  GAP = 'GAP',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}
export const COVERAGE_STATES: readonly CoverageState[] = [CoverageState.COVERED, CoverageState.PARTIAL, CoverageState.GAP, CoverageState.NOT_APPLICABLE];
registerEnumType(CoverageState, {
  name: 'CoverageState',
  description:
    'How far a requirement node is covered. A requirement (leaf) is covered when a promise of the code version is linked to it, or ' +
    'evidence (KPI, training, resource, communication plan, action, document) is recorded on it or on a node above it; it is not ' +
    'applicable when it or a node above it is marked so. A node is NOT_APPLICABLE when every requirement in it is, COVERED when ' +
    'every applicable requirement in it is covered, PARTIAL when some but not all are, and GAP when none is.',
  valuesConfig: {
    COVERED: { description: 'Every applicable requirement in the node is covered by a promise or evidence.' },
    PARTIAL: { description: 'Some, not all, applicable requirements in the node are covered.' },
    GAP: { description: 'No applicable requirement in the node is covered.' },
    NOT_APPLICABLE: { description: 'Every requirement in the node was marked not applicable (reason and who decided on the evidence).' },
  },
});

/** The state of a node from its requirement counts (the rule documented on {@link CoverageState}). */
export function coverageState(requirementCount: number, coveredCount: number, notApplicableCount = 0): CoverageState {
  const applicable = requirementCount - notApplicableCount;
  if (requirementCount > 0 && applicable === 0) return CoverageState.NOT_APPLICABLE;
  if (applicable > 0 && coveredCount === applicable) return CoverageState.COVERED;
  return coveredCount > 0 ? CoverageState.PARTIAL : CoverageState.GAP;
}

@ObjectType({ description: 'How many requirements (leaf nodes) have one coverage state.' })
export class CoverageStateCount {
  @Field(() => CoverageState)
  state: CoverageState;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Coverage of one requirement node by the promises of a code version.' })
export class RequirementCoverage {
  @Field(() => NormRequirement)
  requirement: NormRequirement;

  @Field(() => Int, { description: 'Depth in the tree: 0 for a top-level node (an SRCM theme, an ISO 10001 clause).' })
  depth: number;

  @Field(() => CoverageState)
  state: CoverageState;

  @Field(() => Int, { description: 'Requirements (leaf nodes) in this node; 1 for a requirement.' })
  requirementCount: number;

  @Field(() => Int, { description: 'Of those, how many are applicable and covered by a promise or evidence.' })
  coveredCount: number;

  @Field(() => Int, { description: 'Of those, how many are marked not applicable.' })
  notApplicableCount: number;

  @Field(() => Int, { description: 'Of those, how many are applicable and not covered.' })
  gapCount: number;

  @Field(() => [CodePromise], { description: 'The promises linked to any requirement in this node, in the order of the version.' })
  promises: CodePromise[];

  @Field(() => [RequirementEvidence], {
    description: 'Evidence and not-applicable decisions that count for this node: on any node of the lineage of a requirement in it, in the order recorded.',
  })
  evidence: RequirementEvidence[];
}

@ObjectType({ description: 'How the promises of a code version cover a norm framework, node by node, with totals.' })
export class NormCoverage {
  @Field(() => NormFramework)
  framework: NormFramework;

  @Field(() => Code)
  code: Code;

  @Field(() => CodeVersion, { description: 'The version reported on: the one given, or the version in force.' })
  codeVersion: CodeVersion;

  @Field(() => CoverageState, { description: 'Over the whole framework.' })
  state: CoverageState;

  @Field(() => Int, { description: 'Requirements (leaf nodes) in the framework.' })
  requirementCount: number;

  @Field(() => Int)
  coveredCount: number;

  @Field(() => Int)
  notApplicableCount: number;

  @Field(() => Int, { description: 'Applicable requirements not covered.' })
  gapCount: number;

  @Field(() => Float, { description: 'coveredCount / applicable requirements (requirementCount - notApplicableCount), 0 to 1.' })
  coverageRate: number;

  @Field(() => [CoverageStateCount], { description: 'Requirements (leaf nodes) per state, every state listed; per theme see sections.' })
  stateCounts: CoverageStateCount[];

  @Field(() => [RequirementCoverage], { description: 'Totals per top-level node: SRCM themes, ISO 10001 clauses, procedure sections.' })
  sections: RequirementCoverage[];

  @Field(() => [RequirementCoverage], { description: 'Every node of the framework, depth first in tree order.' })
  nodes: RequirementCoverage[];
}

import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NormFramework } from './norm-framework.entity';
import { NormRequirement } from './norm-requirement.entity';
import { Code, CodeVersion, CodePromise } from '../code';

export enum CoverageState {
  COVERED = 'COVERED',
  PARTIAL = 'PARTIAL',
  GAP = 'GAP',
}
registerEnumType(CoverageState, {
  name: 'CoverageState',
  description:
    'How far the promises of a code version cover a requirement node. Only requirements (leaf nodes) are mapped to promises; ' +
    'a requirement is covered when at least one promise is linked to it. A node is COVERED when every requirement in it ' +
    '(itself, for a requirement) is covered, PARTIAL when some but not all are, and GAP when none is.',
  valuesConfig: {
    COVERED: { description: 'Every requirement in the node has at least one promise linked.' },
    PARTIAL: { description: 'Some, not all, requirements in the node have a promise linked.' },
    GAP: { description: 'No requirement in the node has a promise linked.' },
  },
});

/** The state of a node from its requirement counts (the rule documented on {@link CoverageState}). */
export function coverageState(requirementCount: number, coveredCount: number): CoverageState {
  if (requirementCount > 0 && coveredCount === requirementCount) return CoverageState.COVERED;
  return coveredCount > 0 ? CoverageState.PARTIAL : CoverageState.GAP;
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

  @Field(() => Int, { description: 'Of those, how many have at least one promise linked.' })
  coveredCount: number;

  @Field(() => Int, { description: 'Of those, how many have no promise linked.' })
  gapCount: number;

  @Field(() => [CodePromise], { description: 'The promises linked to any requirement in this node, in the order of the version.' })
  promises: CodePromise[];
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
  gapCount: number;

  @Field(() => Float, { description: 'coveredCount / requirementCount, 0 to 1.' })
  coverageRate: number;

  @Field(() => [RequirementCoverage], { description: 'Totals per top-level node: SRCM themes, ISO 10001 clauses, procedure sections.' })
  sections: RequirementCoverage[];

  @Field(() => [RequirementCoverage], { description: 'Every node of the framework, depth first in tree order.' })
  nodes: RequirementCoverage[];
}

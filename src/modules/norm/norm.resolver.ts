import { Arg, Args, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allowed } from '../../common/permissions';
import { Connection, ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import type { Context } from '../../common/context';
import { User, UserService } from '../user';
import { CodePromise } from '../code';
import { NormFramework } from './norm-framework.entity';
import { NormRequirement } from './norm-requirement.entity';
import { MaturityAssessment } from './maturity-assessment.entity';
import { NormService } from './norm.service';
import { NormMappingService } from './norm-mapping.service';
import { NormCoverageService } from './norm-coverage.service';
import { NormCoverage } from './norm-coverage.types';
import { MaturityLevel, SRCM_MATURITY_LEVELS, maturityLevel } from './maturity-levels';
import { SrcmReport } from './srcm-report.types';
import { SRCM_FIRST_YEAR, SRCM_LAST_YEAR, SrcmReportService } from './srcm-report.service';
import { NormCoverageArgs, PromiseRequirementsArgs, RecordMaturityAssessmentInput } from './norm.dto';

@ObjectType()
export class MaturityAssessmentConnection extends Connection(MaturityAssessment, 'MaturityAssessment') {}

@Resolver(() => NormFramework)
export class NormFrameworkResolver {
  @Allowed('readCodes')
  @Query(() => [NormFramework], { description: 'Every requirement catalogue.' })
  normFrameworks(@Ctx() ctx: Context): Promise<NormFramework[]> {
    return NormService.frameworks(ctx);
  }

  @Allowed('readCodes')
  @Query(() => NormFramework)
  normFramework(@Ctx() ctx: Context, @Arg('key') key: string): Promise<NormFramework> {
    return NormService.framework(ctx, key);
  }

  @Allowed('readCodes')
  @Query(() => NormCoverage, { description: 'How the promises of a code version (default: the version in force) cover a framework.' })
  normCoverage(@Ctx() ctx: Context, @Args() args: NormCoverageArgs): Promise<NormCoverage> {
    return NormCoverageService.coverage(ctx, args.frameworkKey, args.codeId, args.codeVersionId);
  }

  @Allowed('readManagement')
  @Query(() => SrcmReport, {
    description:
      'The yearly SRCM report: a public part (principles, per norm part its maturity level and whether it is met) and an internal part (what each level rests on, the change since last year, evidence, planned improvements). Also as Markdown: GET /reports/srcm/<year>.md (?part=public for the public part alone).',
  })
  srcmReport(@Ctx() ctx: Context, @Arg('year', () => Int, { description: `${SRCM_FIRST_YEAR} to ${SRCM_LAST_YEAR}.` }) year: number): Promise<SrcmReport> {
    return SrcmReportService.report(ctx, year);
  }

  @FieldResolver(() => [MaturityLevel], { description: 'The named maturity levels the framework scores its parts on (SRCM: 1 Reactief to 5 Geoptimaliseerd); empty otherwise.' })
  maturityLevels(@Root() framework: NormFramework): readonly MaturityLevel[] {
    return framework.key === 'SRCM' ? SRCM_MATURITY_LEVELS : [];
  }

  @FieldResolver(() => [NormRequirement], { description: 'The top-level nodes, in order.' })
  requirements(@Root() framework: NormFramework, @Ctx() ctx: Context): Promise<NormRequirement[]> {
    return ctx.loaders.norm.roots.load(framework.id);
  }
}

@Resolver(() => NormRequirement)
export class NormRequirementResolver {
  @Allowed('readCodes')
  @Query(() => NormRequirement, { description: 'A requirement node by its ref, e.g. `SRCM-6.3`.' })
  normRequirement(@Ctx() ctx: Context, @Arg('ref') ref: string): Promise<NormRequirement> {
    return NormService.requirementByRef(ctx, ref);
  }

  @FieldResolver(() => NormFramework)
  async framework(@Root() requirement: NormRequirement, @Ctx() ctx: Context): Promise<NormFramework> {
    return (await ctx.loaders.norm.framework.load(requirement.frameworkId))!;
  }

  @FieldResolver(() => NormRequirement, { nullable: true })
  parent(@Root() requirement: NormRequirement, @Ctx() ctx: Context): Promise<NormRequirement | null> | null {
    return requirement.parentId ? ctx.loaders.norm.requirement.load(requirement.parentId) : null;
  }

  @FieldResolver(() => [NormRequirement], { description: 'In order; empty for a requirement.' })
  children(@Root() requirement: NormRequirement, @Ctx() ctx: Context): Promise<NormRequirement[]> {
    return ctx.loaders.norm.children.load(requirement.id);
  }

  @FieldResolver(() => MaturityAssessment, { nullable: true, description: "The organisation's latest maturity self-assessment (norm parts only)." })
  async maturity(@Root() requirement: NormRequirement, @Ctx() ctx: Context): Promise<MaturityAssessment | null> {
    return NormService.latestMaturity(ctx, requirement);
  }

  @FieldResolver(() => MaturityAssessmentConnection, { description: "The organisation's maturity self-assessments, latest first." })
  maturityAssessments(@Root() requirement: NormRequirement, @Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<ConnectionResult<MaturityAssessment>> {
    return NormService.maturityAssessments(ctx, requirement, args);
  }
}

@Resolver(() => MaturityAssessment)
export class MaturityAssessmentResolver {
  @Allowed('assessMaturity')
  @Mutation(() => MaturityAssessment, { description: 'Records a maturity self-assessment (1–5) on an SRCM norm part.' })
  recordMaturityAssessment(@Ctx() ctx: Context, @Arg('input') input: RecordMaturityAssessmentInput): Promise<MaturityAssessment> {
    return NormService.recordMaturity(ctx, input);
  }

  @FieldResolver(() => NormRequirement, { description: 'The norm part assessed.' })
  async requirement(@Root() assessment: MaturityAssessment, @Ctx() ctx: Context): Promise<NormRequirement> {
    return (await ctx.loaders.norm.requirement.load(assessment.requirementId))!;
  }

  @FieldResolver(() => MaturityLevel, { description: 'The named level (1 Reactief … 5 Geoptimaliseerd); level 1 means the part is not met.' })
  levelInfo(@Root() assessment: MaturityAssessment): MaturityLevel {
    return maturityLevel(assessment.level);
  }

  @FieldResolver(() => User, { nullable: true })
  assessedBy(@Root() assessment: MaturityAssessment, @Ctx() ctx: Context): Promise<User | null> | null {
    return assessment.assessedById ? UserService.loader(ctx).load(assessment.assessedById) : null;
  }
}

/** The norm side of a promise: the requirements it serves, and linking them. */
@Resolver(() => CodePromise)
export class PromiseRequirementResolver {
  @Allowed('draftCodes')
  @Mutation(() => CodePromise, { description: 'Links a promise of a DRAFT version to requirements; existing links stay.' })
  linkPromiseRequirements(@Ctx() ctx: Context, @Args() args: PromiseRequirementsArgs): Promise<CodePromise> {
    return NormMappingService.link(ctx, args.promiseId, args.requirementIds, args.expectedVersion);
  }

  @Allowed('draftCodes')
  @Mutation(() => CodePromise, { description: 'Removes links between a promise of a DRAFT version and requirements.' })
  unlinkPromiseRequirements(@Ctx() ctx: Context, @Args() args: PromiseRequirementsArgs): Promise<CodePromise> {
    return NormMappingService.unlink(ctx, args.promiseId, args.requirementIds, args.expectedVersion);
  }

  @FieldResolver(() => [NormRequirement], { description: 'The norm requirements this promise serves.' })
  requirements(@Root() promise: CodePromise, @Ctx() ctx: Context): Promise<NormRequirement[]> {
    return ctx.loaders.norm.requirementsOfPromise.load(promise.id);
  }
}

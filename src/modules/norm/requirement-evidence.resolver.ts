import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { Allowed, PERMISSIONS } from '../../common/permissions';
import { byIdLoader, ExpectedVersionArg } from '../../common/tenancy';
import { ReadableBy } from '../../auth/read-policy';
import { User, UserService } from '../user';
import { Kpi } from '../kpi';
import { TrainingRequirement } from '../training';
import { Resource } from '../resource';
import { CommunicationPlan } from '../communication';
import { CorrectiveAction } from '../corrective-action';
import { NormRequirement } from './norm-requirement.entity';
import { EvidenceDocument, RequirementEvidence } from './requirement-evidence.entity';
import { AddRequirementEvidenceInput, MarkRequirementNotApplicableInput } from './requirement-evidence.dto';
import { RequirementEvidenceService } from './requirement-evidence.service';

const related = <T extends { id: string }>(ctx: Context, entity: (new () => T) & Function, id: string | null) =>
  id ? (byIdLoader(ctx, entity as never).load(id) as Promise<T | null>) : null;

@Resolver(() => RequirementEvidence)
export class RequirementEvidenceResolver {
  @Allowed('manageNormEvidence')
  @Mutation(() => RequirementEvidence, { description: 'Records evidence (a record of the organisation or a document) for a requirement node.' })
  addRequirementEvidence(@Ctx() ctx: Context, @Arg('input') input: AddRequirementEvidenceInput): Promise<RequirementEvidence> {
    return RequirementEvidenceService.add(ctx, input);
  }

  @Allowed('manageNormEvidence')
  @Mutation(() => RequirementEvidence, { description: 'Marks a requirement node not applicable, with the reason; the caller is recorded as who decided.' })
  markRequirementNotApplicable(@Ctx() ctx: Context, @Arg('input') input: MarkRequirementNotApplicableInput): Promise<RequirementEvidence> {
    return RequirementEvidenceService.markNotApplicable(ctx, input);
  }

  @Allowed('manageNormEvidence')
  @Mutation(() => RequirementEvidence, { description: 'Removes evidence or a not-applicable decision; answers what was removed.' })
  removeRequirementEvidence(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @ExpectedVersionArg() expectedVersion: number): Promise<RequirementEvidence> {
    return RequirementEvidenceService.remove(ctx, id, expectedVersion);
  }

  @FieldResolver(() => NormRequirement, { description: 'The node it is recorded on.' })
  async requirement(@Root() evidence: RequirementEvidence, @Ctx() ctx: Context): Promise<NormRequirement> {
    return (await ctx.loaders.norm.requirement.load(evidence.requirementId))!;
  }

  @FieldResolver(() => Kpi, { nullable: true })
  @ReadableBy(PERMISSIONS.readManagement, null)
  kpi(@Root() evidence: RequirementEvidence, @Ctx() ctx: Context) {
    return related(ctx, Kpi, evidence.kpiId);
  }

  @FieldResolver(() => TrainingRequirement, { nullable: true })
  trainingRequirement(@Root() evidence: RequirementEvidence, @Ctx() ctx: Context) {
    return related(ctx, TrainingRequirement, evidence.trainingRequirementId);
  }

  @FieldResolver(() => Resource, { nullable: true })
  @ReadableBy(PERMISSIONS.readManagement, null)
  resource(@Root() evidence: RequirementEvidence, @Ctx() ctx: Context) {
    return related(ctx, Resource, evidence.resourceId);
  }

  @FieldResolver(() => CommunicationPlan, { nullable: true })
  @ReadableBy(PERMISSIONS.readManagement, null)
  communicationPlan(@Root() evidence: RequirementEvidence, @Ctx() ctx: Context) {
    return related(ctx, CommunicationPlan, evidence.communicationPlanId);
  }

  @FieldResolver(() => CorrectiveAction, { nullable: true })
  @ReadableBy(PERMISSIONS.readManagement, null)
  correctiveAction(@Root() evidence: RequirementEvidence, @Ctx() ctx: Context) {
    return related(ctx, CorrectiveAction, evidence.correctiveActionId);
  }

  @FieldResolver(() => EvidenceDocument, { nullable: true, description: 'For DOCUMENT evidence.' })
  document(@Root() evidence: RequirementEvidence): EvidenceDocument | null {
    const { documentTitle: title, documentLocation: location, documentVersion: version } = evidence;
    return title !== null && location !== null && version !== null ? { title, location, version } : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who recorded it; for NOT_APPLICABLE, who decided.' })
  recordedBy(@Root() evidence: RequirementEvidence, @Ctx() ctx: Context): Promise<User | null> | null {
    return evidence.recordedById ? UserService.loader(ctx).load(evidence.recordedById) : null;
  }

  @FieldResolver(() => Date, { description: 'When it was recorded (decided, for NOT_APPLICABLE).' })
  recordedAt(@Root() evidence: RequirementEvidence): Date {
    return evidence.createdAt;
  }
}

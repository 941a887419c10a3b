import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allowed } from '../../common/permissions';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../common/context';
import { Connection, type ConnectionResult } from '../../common/pagination';
import { byIdLoader, ExpectedVersionArg, scoped } from '../../common/tenancy';
import { User, UserService } from '../user';
import { CodeVersion } from '../code';
import { CommunicationAudience, CommunicationPlan } from './communication-plan.entity';
import * as coverage from './communication.service';
import { CommunicationService } from './communication.service';
import {
  CancelCommunicationPlanInput,
  CommunicationPlansArgs,
  CompleteCommunicationPlanInput,
  CreateCommunicationPlanInput,
  UpdateCommunicationPlanInput,
} from './communication.dto';

@ObjectType()
export class CommunicationPlanConnection extends Connection(CommunicationPlan, 'CommunicationPlan') {}

@ObjectType({ description: 'How far one audience has been reached for a code version.' })
export class AudienceCoverage implements coverage.AudienceCoverage {
  @Field(() => CommunicationAudience)
  audience: CommunicationAudience;

  @Field({ description: 'True once a plan for this audience is DONE.' })
  reached: boolean;

  @Field(() => Int)
  donePlans: number;

  @Field(() => Int)
  plannedPlans: number;

  @Field(() => LocalDateResolver, { nullable: true })
  lastReachedOn: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The earliest plan still PLANNED.' })
  nextPlannedOn: string | null;
}

@ObjectType({ description: 'Which audiences a code version has reached (ISO 10001 visibility and accessibility).' })
export class CommunicationCoverage implements coverage.CommunicationCoverage {
  @Field(() => CodeVersion)
  codeVersion: CodeVersion;

  @Field({ description: 'True when this is the version in force (published).' })
  inForce: boolean;

  @Field(() => [AudienceCoverage], { description: 'Every audience, reached or not.' })
  audiences: AudienceCoverage[];

  @Field(() => [CommunicationAudience])
  reached: CommunicationAudience[];

  @Field(() => [CommunicationAudience])
  notReached: CommunicationAudience[];
}

@Resolver(() => CommunicationPlan)
export class CommunicationPlanResolver {
  @Allowed('readManagement')
  @Query(() => CommunicationPlanConnection, { description: 'Communication plans, earliest planned first.' })
  communicationPlans(@Ctx() ctx: Context, @Args() args: CommunicationPlansArgs): Promise<ConnectionResult<CommunicationPlan>> {
    return CommunicationService.list(ctx, args);
  }

  @Allowed('readManagement')
  @Query(() => CommunicationPlan)
  communicationPlan(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<CommunicationPlan> {
    return scoped(ctx, CommunicationPlan).get(id, 'id');
  }

  @Allowed('readManagement')
  @Query(() => CommunicationCoverage, { description: 'Which audiences the code version has reached and which not yet.' })
  communicationCoverage(@Ctx() ctx: Context, @Arg('codeVersionId', () => ID) codeVersionId: string): Promise<coverage.CommunicationCoverage> {
    return CommunicationService.coverage(ctx, codeVersionId);
  }

  @Allowed('editSteering')
  @Mutation(() => CommunicationPlan)
  createCommunicationPlan(@Ctx() ctx: Context, @Arg('input') input: CreateCommunicationPlanInput): Promise<CommunicationPlan> {
    return CommunicationService.create(ctx, input);
  }

  @Allowed('editSteering')
  @Mutation(() => CommunicationPlan)
  updateCommunicationPlan(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateCommunicationPlanInput): Promise<CommunicationPlan> {
    return CommunicationService.update(ctx, id, input);
  }

  @Allowed('editSteering')
  @Mutation(() => CommunicationPlan, { description: 'Marks a planned communication as executed, with the evidence.' })
  completeCommunicationPlan(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: CompleteCommunicationPlanInput): Promise<CommunicationPlan> {
    return CommunicationService.complete(ctx, id, input);
  }

  @Allowed('editSteering')
  @Mutation(() => CommunicationPlan)
  cancelCommunicationPlan(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: CancelCommunicationPlanInput): Promise<CommunicationPlan> {
    return CommunicationService.cancel(ctx, id, input);
  }

  @Allowed('editSteering')
  @Mutation(() => CommunicationPlan, { description: 'Removes a PLANNED plan made by mistake; returns it as it was.' })
  deleteCommunicationPlan(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @ExpectedVersionArg() expectedVersion: number): Promise<CommunicationPlan> {
    return CommunicationService.remove(ctx, id, expectedVersion);
  }

  @FieldResolver(() => CodeVersion)
  codeVersion(@Ctx() ctx: Context, @Root() plan: CommunicationPlan): Promise<CodeVersion | null> {
    return byIdLoader(ctx, CodeVersion).load(plan.codeVersionId);
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Ctx() ctx: Context, @Root() plan: CommunicationPlan): Promise<User | null> | null {
    return plan.ownerId ? UserService.loader(ctx).load(plan.ownerId) : null;
  }
}

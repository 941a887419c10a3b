import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allowed } from '../../common/permissions';
import { SnapshotTransaction } from '../../common/unit-of-work';
import { ExpectedVersionArg, scoped } from '../../common/tenancy';
import type { Context } from '../../common/context';
import { Connection, ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { User } from '../user';
import { CorrectiveAction, CorrectiveActionConnection } from '../corrective-action';
import { Period } from '../monitoring';
import { ManagementReview } from './management-review.entity';
import { ManagementReviewService } from './management-review.service';
import { CreateManagementReviewInput, ManagementReviewsArgs, UpdateManagementReviewInput } from './management-review.dto';

@ObjectType()
export class ManagementReviewConnection extends Connection(ManagementReview, 'ManagementReview') {}

@Resolver(() => ManagementReview)
export class ManagementReviewResolver {
  @Allowed('readAnalysis')
  @Query(() => ManagementReviewConnection, { description: 'Management reviews, latest year first.' })
  managementReviews(@Ctx() ctx: Context, @Args() args: ManagementReviewsArgs): Promise<ConnectionResult<ManagementReview>> {
    return ManagementReviewService.list(ctx, args);
  }

  @Allowed('readAnalysis')
  @Query(() => ManagementReview)
  managementReview(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<ManagementReview> {
    return scoped(ctx, ManagementReview).get(id);
  }

  @Allowed('prepareManagementReviews')
  @SnapshotTransaction()
  @Mutation(() => ManagementReview, { description: "Starts a DRAFT review of a year with a snapshot of that year's complaint analysis." })
  createManagementReview(@Ctx() ctx: Context, @Arg('input') input: CreateManagementReviewInput): Promise<ManagementReview> {
    return ManagementReviewService.create(ctx, input);
  }

  @Allowed('prepareManagementReviews')
  @Mutation(() => ManagementReview, { description: 'Changes the title or replaces the decisions of a DRAFT review.' })
  updateManagementReview(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateManagementReviewInput): Promise<ManagementReview> {
    return ManagementReviewService.update(ctx, id, input);
  }

  @Allowed('prepareManagementReviews')
  @SnapshotTransaction()
  @Mutation(() => ManagementReview, { description: "Takes a DRAFT review's complaint analysis again, as the complaints stand now." })
  refreshManagementReviewAnalysis(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @ExpectedVersionArg() expectedVersion: number): Promise<ManagementReview> {
    return ManagementReviewService.refreshAnalysis(ctx, id, expectedVersion);
  }

  @Allowed('prepareManagementReviews')
  @Mutation(() => ManagementReview, { description: 'Links a PREVENTIVE action decided in a DRAFT review (again: no change).' })
  linkPreventiveAction(@Ctx() ctx: Context, @Arg('reviewId', () => ID) reviewId: string, @Arg('correctiveActionId', () => ID) correctiveActionId: string, @ExpectedVersionArg("The review's `version` you read: its preventive actions are part of it; CONFLICT when it changed since.") expectedVersion: number): Promise<ManagementReview> {
    return ManagementReviewService.linkPreventiveAction(ctx, reviewId, correctiveActionId, expectedVersion);
  }

  @Allowed('prepareManagementReviews')
  @Mutation(() => ManagementReview, { description: 'Removes a preventive action from a DRAFT review; the action itself stays.' })
  unlinkPreventiveAction(@Ctx() ctx: Context, @Arg('reviewId', () => ID) reviewId: string, @Arg('correctiveActionId', () => ID) correctiveActionId: string, @ExpectedVersionArg("The review's `version` you read: its preventive actions are part of it; CONFLICT when it changed since.") expectedVersion: number): Promise<ManagementReview> {
    return ManagementReviewService.unlinkPreventiveAction(ctx, reviewId, correctiveActionId, expectedVersion);
  }

  @Allowed('signManagementReviews')
  @Mutation(() => ManagementReview, { description: 'DRAFT → SIGNED by top management (needs at least one decision); a signed review never changes again.' })
  signManagementReview(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @ExpectedVersionArg() expectedVersion: number): Promise<ManagementReview> {
    return ManagementReviewService.sign(ctx, id, expectedVersion);
  }

  @FieldResolver(() => Period, { description: 'The calendar year reviewed, as days.' })
  period(@Root() review: ManagementReview): Period {
    return review.analysis.period;
  }

  @FieldResolver(() => CorrectiveActionConnection, { description: 'The preventive actions decided in the review, earliest due first, as they stand now.' })
  preventiveActions(@Ctx() ctx: Context, @Root() review: ManagementReview, @Args() args: ConnectionArgs): Promise<ConnectionResult<CorrectiveAction>> {
    return ManagementReviewService.preventiveActions(ctx, review, args);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The member of top management who signed.' })
  signedBy(@Ctx() ctx: Context, @Root() review: ManagementReview): Promise<User | null> | null {
    return ManagementReviewService.user(ctx, review.signedById);
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Ctx() ctx: Context, @Root() review: ManagementReview): Promise<User | null> | null {
    return ManagementReviewService.user(ctx, review.createdById);
  }
}

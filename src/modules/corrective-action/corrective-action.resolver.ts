import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allowed } from '../../common/permissions';
import { scoped } from '../../common/tenancy';
import type { Context } from '../../common/context';
import { Connection, ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { User } from '../user';
import { CodePromise } from '../code';
import { Complaint, ComplaintConnection } from '../complaint';
import { CorrectiveAction } from './corrective-action.entity';
import { CorrectiveActionService } from './corrective-action.service';
import {
  CancelCorrectiveActionInput,
  CheckEffectivenessInput,
  CorrectiveActionsArgs,
  CorrectiveActionStepInput,
  CreateCorrectiveActionInput,
  EffectivenessCheck,
  ReopenCorrectiveActionInput,
  UpdateCorrectiveActionInput,
} from './corrective-action.dto';

@ObjectType()
export class CorrectiveActionConnection extends Connection(CorrectiveAction, 'CorrectiveAction') {}

@Resolver(() => CorrectiveAction)
export class CorrectiveActionResolver {
  @Allowed('readManagement')
  @Query(() => CorrectiveActionConnection, { description: 'Corrective, preventive and improvement actions, earliest due first.' })
  correctiveActions(@Ctx() ctx: Context, @Args() args: CorrectiveActionsArgs): Promise<ConnectionResult<CorrectiveAction>> {
    return CorrectiveActionService.list(ctx, args);
  }

  @Allowed('readManagement')
  @Query(() => CorrectiveActionConnection, { description: 'Pending actions (OPEN, IN_PROGRESS, NOT_EFFECTIVE) past their due day, earliest first.' })
  overdueCorrectiveActions(@Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<ConnectionResult<CorrectiveAction>> {
    return CorrectiveActionService.list(ctx, { ...args, overdue: true });
  }

  @Allowed('readManagement')
  @Query(() => CorrectiveAction)
  correctiveAction(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<CorrectiveAction> {
    return scoped(ctx, CorrectiveAction).get(id);
  }

  @Allowed('openCorrectiveActions')
  @Mutation(() => CorrectiveAction, { description: 'Opens an action about a promise, from complaints or on its own; PREVENTIVE actions only by TOP_MANAGEMENT.' })
  createCorrectiveAction(@Ctx() ctx: Context, @Arg('input') input: CreateCorrectiveActionInput): Promise<CorrectiveAction> {
    return CorrectiveActionService.create(ctx, input);
  }

  @Allowed('workCorrectiveActions')
  @Mutation(() => CorrectiveAction, { description: 'Edits a pending action (OPEN, IN_PROGRESS, NOT_EFFECTIVE).' })
  updateCorrectiveAction(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateCorrectiveActionInput): Promise<CorrectiveAction> {
    return CorrectiveActionService.update(ctx, id, input);
  }

  @Allowed('workCorrectiveActions')
  @Mutation(() => CorrectiveAction, { description: 'OPEN → IN_PROGRESS.' })
  startCorrectiveAction(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: CorrectiveActionStepInput): Promise<CorrectiveAction> {
    return CorrectiveActionService.start(ctx, id, input);
  }

  @Allowed('workCorrectiveActions')
  @Mutation(() => CorrectiveAction, { description: 'IN_PROGRESS → DONE; the effectiveness check is still to come.' })
  completeCorrectiveAction(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: CorrectiveActionStepInput): Promise<CorrectiveAction> {
    return CorrectiveActionService.complete(ctx, id, input);
  }

  @Allowed('verifyCorrectiveActions')
  @Mutation(() => CorrectiveAction, { description: 'DONE → VERIFIED_EFFECTIVE or NOT_EFFECTIVE: the quality manager checks whether the cause is gone.' })
  checkCorrectiveActionEffectiveness(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: CheckEffectivenessInput): Promise<CorrectiveAction> {
    return CorrectiveActionService.checkEffectiveness(ctx, id, input);
  }

  @Allowed('verifyCorrectiveActions')
  @Mutation(() => CorrectiveAction, { description: 'NOT_EFFECTIVE → IN_PROGRESS, with what will be done differently.' })
  reopenCorrectiveAction(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: ReopenCorrectiveActionInput): Promise<CorrectiveAction> {
    return CorrectiveActionService.reopen(ctx, id, input);
  }

  @Allowed('cancelCorrectiveActions')
  @Mutation(() => CorrectiveAction, { description: '→ CANCELLED with a reason (from OPEN, IN_PROGRESS or NOT_EFFECTIVE).' })
  cancelCorrectiveAction(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: CancelCorrectiveActionInput): Promise<CorrectiveAction> {
    return CorrectiveActionService.cancel(ctx, id, input);
  }

  @FieldResolver(() => CodePromise, { description: 'The promise the action is about.' })
  promise(@Ctx() ctx: Context, @Root() action: CorrectiveAction): Promise<CodePromise | null> {
    return CorrectiveActionService.promise(ctx, action);
  }

  @FieldResolver(() => ComplaintConnection, { description: 'The complaints the action answers, newest first.' })
  complaints(@Ctx() ctx: Context, @Root() action: CorrectiveAction, @Args() args: ConnectionArgs): Promise<ConnectionResult<Complaint>> {
    return CorrectiveActionService.complaints(ctx, action, args);
  }

  @FieldResolver(() => User)
  owner(@Ctx() ctx: Context, @Root() action: CorrectiveAction): Promise<User | null> | null {
    return CorrectiveActionService.user(ctx, action.ownerId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The member of top management who decided a PREVENTIVE action.' })
  decidedBy(@Ctx() ctx: Context, @Root() action: CorrectiveAction): Promise<User | null> | null {
    return CorrectiveActionService.user(ctx, action.decidedById);
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Ctx() ctx: Context, @Root() action: CorrectiveAction): Promise<User | null> | null {
    return CorrectiveActionService.user(ctx, action.createdById);
  }

  @FieldResolver(() => EffectivenessCheck, { nullable: true, description: 'The latest effectiveness check; null until checked.' })
  effectivenessCheck(@Root() action: CorrectiveAction): EffectivenessCheck | null {
    return CorrectiveActionService.effectivenessCheck(action);
  }

  @FieldResolver(() => Boolean, { description: "Pending (OPEN, IN_PROGRESS, NOT_EFFECTIVE) and due before today in the organisation's time zone." })
  isOverdue(@Ctx() ctx: Context, @Root() action: CorrectiveAction): Promise<boolean> {
    return CorrectiveActionService.isOverdue(ctx, action);
  }
}

@Resolver(() => EffectivenessCheck)
export class EffectivenessCheckResolver {
  @FieldResolver(() => User, { description: 'The quality manager who checked.' })
  verifiedBy(@Ctx() ctx: Context, @Root() check: EffectivenessCheck): Promise<User | null> | null {
    return CorrectiveActionService.user(ctx, check.verifiedById);
  }
}

@Resolver(() => Complaint)
export class ComplaintCorrectiveActionsResolver {
  @Allowed('readManagement')
  @FieldResolver(() => CorrectiveActionConnection, { description: 'Actions answering this complaint, earliest due first.' })
  correctiveActions(@Ctx() ctx: Context, @Root() complaint: Complaint, @Args() args: ConnectionArgs): Promise<ConnectionResult<CorrectiveAction>> {
    return CorrectiveActionService.forComplaint(ctx, complaint, args);
  }
}

@Resolver(() => CodePromise)
export class CodePromiseCorrectiveActionsResolver {
  @Allowed('readManagement')
  @FieldResolver(() => CorrectiveActionConnection, { description: 'Actions about this promise in any version of its code (same key), earliest due first.' })
  correctiveActions(@Ctx() ctx: Context, @Root() promise: CodePromise, @Args() args: ConnectionArgs): Promise<ConnectionResult<CorrectiveAction>> {
    return CorrectiveActionService.forPromise(ctx, promise, args);
  }
}

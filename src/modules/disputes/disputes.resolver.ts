import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allowed } from '../../common/permissions';
import type { Context } from '../../common/context';
import { Connection, ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { byIdLoader, scoped } from '../../common/tenancy';
import { Complaint } from '../complaint';
import { DisputesBody } from './disputes-body.entity';
import { DisputesCase, DisputesCaseCompliance } from './disputes-case.entity';
import { DisputesService } from './disputes.service';
import {
  CloseDisputesCaseInput,
  CreateDisputesBodyInput,
  DecideDisputesCaseInput,
  DisputesCasesArgs,
  EscalateComplaintInput,
  OpenDisputesCaseInput,
  RecordEscalationDecisionInput,
  RegisterForwardedDisputesCaseInput,
  RespondToDisputesCaseInput,
  UpdateDisputesBodyInput,
} from './disputes.dto';

@ObjectType()
export class DisputesBodyConnection extends Connection(DisputesBody, 'DisputesBody') {}

@ObjectType()
export class DisputesCaseConnection extends Connection(DisputesCase, 'DisputesCase') {}

@Resolver(() => DisputesBody)
export class DisputesBodyResolver {
  @Allowed('readManagement')
  @Query(() => DisputesBodyConnection, { description: 'The disputes bodies the organisation is affiliated with, oldest first.' })
  disputesBodies(@Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<ConnectionResult<DisputesBody>> {
    return DisputesService.bodies(ctx, args);
  }

  @Allowed('manageDisputesBodies')
  @Mutation(() => DisputesBody, { description: 'Adds a disputes body: kind of outcome, fee and refund rule, response term, how to go there, and the source of these facts.' })
  createDisputesBody(@Ctx() ctx: Context, @Arg('input') input: CreateDisputesBodyInput): Promise<DisputesBody> {
    return DisputesService.createBody(ctx, input);
  }

  @Allowed('manageDisputesBodies')
  @Mutation(() => DisputesBody, { description: 'Changes a disputes body; open cases keep the response term and fee they opened with.' })
  updateDisputesBody(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateDisputesBodyInput): Promise<DisputesBody> {
    return DisputesService.updateBody(ctx, id, input);
  }
}

@Resolver(() => DisputesCase)
export class DisputesCaseResolver {
  @Allowed('readManagement')
  @Query(() => DisputesCaseConnection, { description: 'Disputes-body cases, newest first.' })
  disputesCases(@Ctx() ctx: Context, @Args() args: DisputesCasesArgs): Promise<ConnectionResult<DisputesCase>> {
    return DisputesService.cases(ctx, args);
  }

  @Allowed('readManagement')
  @Query(() => DisputesCase)
  disputesCase(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<DisputesCase> {
    return scoped(ctx, DisputesCase).get(id, 'id');
  }

  @Allowed('handleComplaints')
  @Mutation(() => DisputesCase, { description: 'A disputes body sent a case about a RESOLVED or CLOSED complaint: the complaint becomes ESCALATED (expectedVersion: its version).' })
  openDisputesCase(@Ctx() ctx: Context, @Arg('input') input: OpenDisputesCaseInput): Promise<DisputesCase> {
    return DisputesService.open(ctx, input);
  }

  @Allowed('handleComplaints')
  @Mutation(() => DisputesCase, { description: 'A disputes body forwarded a complaint the organisation never registered: records the complaint (ESCALATED) and its case.' })
  registerForwardedDisputesCase(@Ctx() ctx: Context, @Arg('input') input: RegisterForwardedDisputesCaseInput): Promise<DisputesCase> {
    return DisputesService.registerForwarded(ctx, input);
  }

  @Allowed('handleComplaints')
  @Mutation(() => DisputesCase, { description: 'OPEN → RESPONDED: the organisation sent the body its response.' })
  respondToDisputesCase(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: RespondToDisputesCaseInput): Promise<DisputesCase> {
    return DisputesService.respond(ctx, id, input);
  }

  @Allowed('handleComplaints')
  @Mutation(() => DisputesCase, { description: "OPEN or RESPONDED → DECIDED with the body's outcome; the complaint becomes CLOSED." })
  decideDisputesCase(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: DecideDisputesCaseInput): Promise<DisputesCase> {
    return DisputesService.decide(ctx, id, input);
  }

  @Allowed('handleComplaints')
  @Mutation(() => DisputesCase, { description: 'DECIDED → CLOSED with what the outcome requires: answer to advice, proof of compliance, fee refund.' })
  closeDisputesCase(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: CloseDisputesCaseInput): Promise<DisputesCase> {
    return DisputesService.close(ctx, id, input);
  }

  @FieldResolver(() => Complaint)
  complaint(@Ctx() ctx: Context, @Root() kase: DisputesCase): Promise<Complaint | null> {
    return byIdLoader(ctx, Complaint).load(kase.complaintId);
  }

  @FieldResolver(() => DisputesBody)
  body(@Ctx() ctx: Context, @Root() kase: DisputesCase): Promise<DisputesBody | null> {
    return byIdLoader(ctx, DisputesBody).load(kase.bodyId);
  }

  @FieldResolver(() => DisputesCaseCompliance, { nullable: true, description: 'Proof of compliance with the ruling, once given.' })
  compliance(@Root() kase: DisputesCase): DisputesCaseCompliance | null {
    return kase.compliance?.on ? kase.compliance : null;
  }
}

@Resolver(() => Complaint)
export class ComplaintDisputesResolver {
  @Allowed('readManagement')
  @FieldResolver(() => DisputesCase, { nullable: true, description: 'The complaint before a disputes body, if it went to one.' })
  disputesCase(@Ctx() ctx: Context, @Root() complaint: Complaint): Promise<DisputesCase | null> {
    return DisputesService.caseOf(ctx, complaint);
  }

  @Allowed('handleComplaints')
  @Mutation(() => Complaint, {
    deprecationReason: 'Use openDisputesCase with a configured disputes body.',
    description: 'RESOLVED or CLOSED → ESCALATED: opens a disputes-body case with the body of that name (added, kind unset, when not configured).',
  })
  escalateComplaint(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: EscalateComplaintInput): Promise<Complaint> {
    return DisputesService.escalate(ctx, id, input);
  }

  @Allowed('handleComplaints')
  @Mutation(() => Complaint, {
    deprecationReason: 'Use decideDisputesCase, then closeDisputesCase.',
    description: "ESCALATED → CLOSED with the body's decision: decides the complaint's disputes-body case.",
  })
  recordEscalationDecision(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: RecordEscalationDecisionInput): Promise<Complaint> {
    return DisputesService.recordEscalationDecision(ctx, id, input);
  }
}

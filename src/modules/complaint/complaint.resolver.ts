import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Extensions, FieldResolver, ID, Info, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allowed } from '../../common/permissions';
import { ExpectedVersionArg } from '../../common/tenancy';
import { fieldSelects } from '../../common/field-selection';
import type { Context } from '../../common/context';
import { ReadableBy } from '../../auth/read-policy';
import { PERMISSIONS } from '../../common/permissions';
import { Connection, ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { CodePromise } from '../code';
import { User } from '../user';
import { ComplainantType, Complaint, ComplaintEscalation } from './complaint.entity';
import { OrganizationService } from '../organization';
import { ComplaintTimelineEntry } from './complaint-timeline-entry.entity';
import { ComplaintLetter } from './complaint-letter.entity';
import { MAX_TIMELINE_ENTRIES } from './complaint-lifecycle';
import { ComplaintService } from './complaint.service';
import { ComplaintTrackingService } from './complaint-tracking';
import {
  AnonymizeDueComplaintsInput,
  CodeGaps,
  CodeGapsArgs,
  Complainant,
  ComplaintReasonInput,
  ExtendComplaintDeadlineInput,
  RetentionRun,
  ComplaintCounts,
  ComplaintReceipt,
  ComplaintStatusArgs,
  ComplaintTracking,
  ComplaintsArgs,
  IssuedTrackingSecret,
  AcknowledgeComplaintInput,
  ComplaintStepInput,
  MAX_PROMISES_PER_COMPLAINT,
  RecordSatisfactionInput,
  RegisterComplaintInput,
  ResolveComplaintInput,
  StartComplaintHandlingInput,
  SubmitComplaintInput,
  UpdateComplaintInput,
} from './complaint.dto';

@ObjectType()
export class ComplaintConnection extends Connection(Complaint, 'Complaint') {}

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Allowed('readComplaints')
  @Query(() => ComplaintConnection, { description: 'Complaints, filtered and sorted (newest first by default). STAFF read only the complaints they registered.' })
  complaints(@Ctx() ctx: Context, @Args() args: ComplaintsArgs): Promise<ConnectionResult<Complaint>> {
    return ComplaintService.list(ctx, args);
  }

  @Allowed('readComplaints')
  @Query(() => Complaint, { description: 'One complaint; STAFF read only those they registered (any other is NOT_FOUND).' })
  complaint(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Info() info: GraphQLResolveInfo): Promise<Complaint> {
    return ComplaintService.one(ctx, id, { timeline: fieldSelects(info, 'timeline'), members: ['timeline.actor', 'handler', 'registeredBy'].some((path) => fieldSelects(info, path)) });
  }

  @Allowed('readManagement')
  @Query(() => ComplaintCounts, { description: 'Complaints per status and how many unresolved ones are overdue.' })
  complaintCounts(@Ctx() ctx: Context): Promise<ComplaintCounts> {
    return ComplaintService.counts(ctx);
  }

  @Allowed('registerComplaints')
  @Mutation(() => Complaint, {
    description: 'Registers a complaint received through any channel (also by STAFF at the front line); deadlines are set from the policy in force.',
  })
  registerComplaint(@Ctx() ctx: Context, @Arg('input') input: RegisterComplaintInput): Promise<Complaint> {
    return ComplaintService.register(ctx, input);
  }

  @Mutation(() => ComplaintReceipt, { description: 'Public complaint form (no token): answers the reference and the tracking secret (shown only here).' })
  submitComplaint(
    @Ctx() ctx: Context,
    @Arg('organizationSlug') organizationSlug: string,
    @Arg('input') input: SubmitComplaintInput,
  ): Promise<ComplaintReceipt> {
    return ComplaintService.submit(ctx, organizationSlug, input);
  }

  @Query(() => ComplaintTracking, {
    description:
      'Public (no token): the complainant follows a complaint with its reference and tracking secret. A wrong secret, an unknown reference and an unknown organisation answer the same NOT_FOUND.',
  })
  complaintStatus(@Ctx() ctx: Context, @Args() args: ComplaintStatusArgs): Promise<ComplaintTracking> {
    return ComplaintTrackingService.status(ctx, args.organizationSlug, args.reference, args.secret);
  }

  @Allowed('registerComplaints')
  @Mutation(() => IssuedTrackingSecret, {
    description: 'Issues a new tracking secret to give the complainant (e.g. of a complaint registered by staff), shown only in this answer; the earlier one stops working.',
  })
  issueComplaintTrackingSecret(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<IssuedTrackingSecret> {
    return ComplaintService.issueTrackingSecret(ctx, id);
  }

  @Allowed('handleComplaints')
  @Mutation(() => Complaint, { description: 'Corrects the subject, classifies, links promises or assigns the handler (not once CLOSED).' })
  updateComplaint(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateComplaintInput): Promise<Complaint> {
    return ComplaintService.update(ctx, id, input);
  }

  @Allowed('handleComplaints')
  @Mutation(() => Complaint, { description: 'RECEIVED → ACKNOWLEDGED, with the acknowledgement letter as sent (see previewLetter).' })
  acknowledgeComplaint(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: AcknowledgeComplaintInput): Promise<Complaint> {
    return ComplaintService.acknowledge(ctx, id, input);
  }

  @Allowed('handleComplaints')
  @Mutation(() => Complaint, { description: 'ACKNOWLEDGED → IN_PROGRESS, with a complaint officer as handler.' })
  startComplaintHandling(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: StartComplaintHandlingInput): Promise<Complaint> {
    return ComplaintService.startHandling(ctx, id, input);
  }

  @Allowed('handleComplaints')
  @Mutation(() => Complaint, { description: 'IN_PROGRESS → RESOLVED, with decision, outcome and the decision letter as sent; needs at least one linked promise.' })
  resolveComplaint(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: ResolveComplaintInput): Promise<Complaint> {
    return ComplaintService.resolve(ctx, id, input);
  }

  @Allowed('handleComplaints')
  @Mutation(() => Complaint, { description: 'RESOLVED → CLOSED.' })
  closeComplaint(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: ComplaintStepInput): Promise<Complaint> {
    return ComplaintService.close(ctx, id, input);
  }

  @Allowed('handleComplaints')
  @Mutation(() => Complaint, { description: "The complainant's satisfaction (1–5), once resolved." })
  recordComplaintSatisfaction(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: RecordSatisfactionInput): Promise<Complaint> {
    return ComplaintService.recordSatisfaction(ctx, id, input);
  }

  @Allowed('handleComplaints')
  @Mutation(() => Complaint, { description: 'Erases the personal data of a CLOSED complaint, irreversibly; its statistics stay.' })
  anonymizeComplaint(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @ExpectedVersionArg() expectedVersion: number): Promise<Complaint> {
    return ComplaintService.anonymize(ctx, id, expectedVersion);
  }

  @Allowed('readManagement')
  @Query(() => CodeGaps, { description: 'Complaints decided outside the code, by category and words used: input for the next code version.' })
  codeGaps(@Ctx() ctx: Context, @Args() args: CodeGapsArgs): Promise<CodeGaps> {
    return ComplaintService.codeGaps(ctx, args);
  }

  @Allowed('manageRetention')
  @Query(() => RetentionRun, { description: 'The CLOSED complaints past their retention period and not yet anonymised (at most 500 references).' })
  async complaintsDueForAnonymisation(@Ctx() ctx: Context): Promise<RetentionRun> {
    return ComplaintService.anonymizeDue(ctx, await OrganizationService.current(ctx), { dryRun: true, limit: 500 });
  }

  @Allowed('manageRetention')
  @Mutation(() => RetentionRun, { description: 'Anonymises the complaints past their retention period (idempotent: a second run finds none), or lists them (dryRun).' })
  async anonymizeDueComplaints(@Ctx() ctx: Context, @Arg('input', () => AnonymizeDueComplaintsInput) input: AnonymizeDueComplaintsInput): Promise<RetentionRun> {
    return ComplaintService.anonymizeDue(ctx, await OrganizationService.current(ctx), input);
  }

  @Allowed('handleComplaints')
  @Mutation(() => Complaint, { description: 'Records that the employee concerned was informed of the complaint (timeline entry EMPLOYEE_INFORMED).' })
  informEmployeeConcerned(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: ComplaintStepInput): Promise<Complaint> {
    return ComplaintService.informEmployeeConcerned(ctx, id, input);
  }

  @Allowed('handleComplaints')
  @Mutation(() => Complaint, {
    description: 'Extends the resolution term with the reason told to the complainant: workingResolutionDueAt moves, resolutionDueAt (statistics) does not.',
  })
  extendComplaintDeadline(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: ExtendComplaintDeadlineInput): Promise<Complaint> {
    return ComplaintService.extendDeadline(ctx, id, input);
  }

  @Allowed('handleComplaints')
  @Mutation(() => Complaint, { description: 'Pauses handling while waiting for the complainant; the working deadline stands still.' })
  pauseComplaint(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: ComplaintReasonInput): Promise<Complaint> {
    return ComplaintService.pause(ctx, id, input);
  }

  @Allowed('handleComplaints')
  @Mutation(() => Complaint, { description: 'Resumes a paused complaint: the working deadline moves by the working days paused.' })
  resumeComplaint(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: ComplaintStepInput): Promise<Complaint> {
    return ComplaintService.resume(ctx, id, input);
  }

  @Allowed('handleComplaints')
  @Mutation(() => Complaint, { description: 'CLOSED → IN_PROGRESS with a reason; the complaint still counts once in every figure.' })
  reopenComplaint(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: ComplaintReasonInput): Promise<Complaint> {
    return ComplaintService.reopen(ctx, id, input);
  }

  @FieldResolver(() => Date, {
    description: 'The deadline the handler works to: resolutionDueAt moved by extensions and by the working days paused. Overdue lists use it; statistics keep resolutionDueAt.',
  })
  workingResolutionDueAt(@Root() complaint: Complaint): Date {
    return ComplaintService.workingResolutionDueAt(complaint);
  }

  @FieldResolver(() => ComplainantType, { nullable: true, description: 'Who complained (not personal data: kept on anonymisation); null when not recorded.' })
  complainantType(@Root() complaint: Complaint): ComplainantType | null {
    return complaint.complainantType;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'For a REPRESENTATIVE: whether a mandate was shown; null otherwise.' })
  complainantMandate(@Root() complaint: Complaint): boolean | null {
    return complaint.complainantMandate;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The member whose conduct the complaint concerns; never its handler.' })
  employeeConcerned(@Ctx() ctx: Context, @Root() complaint: Complaint): Promise<User | null> | null {
    return ComplaintService.user(ctx, complaint.employeeConcernedId);
  }

  @FieldResolver(() => Complainant, {
    nullable: true,
    description: 'Personal data: null unless the caller is a COMPLAINT_OFFICER or QUALITY_MANAGER (other roles read complaints without it), and null once anonymised.',
  })
  @ReadableBy(PERMISSIONS.readPersonalData, null)
  complainant(@Root() complaint: Complaint): Complainant | null {
    return ComplaintService.complainant(complaint);
  }

  @FieldResolver(() => [CodePromise], { description: `The promises the complaint concerns (at most ${MAX_PROMISES_PER_COMPLAINT}).` })
  @Extensions({ listSize: MAX_PROMISES_PER_COMPLAINT })
  promises(@Ctx() ctx: Context, @Root() complaint: Complaint): Promise<CodePromise[]> {
    return ComplaintService.promises(ctx, complaint);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The complaint officer handling it.' })
  handler(@Ctx() ctx: Context, @Root() complaint: Complaint): Promise<User | null> | null {
    return ComplaintService.user(ctx, complaint.handlerId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who registered it; null for the public form.' })
  registeredBy(@Ctx() ctx: Context, @Root() complaint: Complaint): Promise<User | null> | null {
    return ComplaintService.user(ctx, complaint.registeredById);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether a deadline was missed: acknowledgement and resolution each compared by the time they were done, or by now while not done (while paused, by when the pause began); the resolution against workingResolutionDueAt.',
  })
  isOverdue(@Root() complaint: Complaint): boolean {
    return ComplaintService.isOverdue(complaint);
  }

  @FieldResolver(() => ComplaintEscalation, { nullable: true, description: 'The disputes committee, once escalated.' })
  escalation(@Root() complaint: Complaint): ComplaintEscalation | null {
    return ComplaintService.escalation(complaint);
  }

  @Allowed('readManagement')
  @FieldResolver(() => [ComplaintLetter], { description: `The letters sent to the complainant, oldest first (at most ${MAX_TIMELINE_ENTRIES}: one per step).` })
  @Extensions({ listSize: MAX_TIMELINE_ENTRIES })
  letters(@Ctx() ctx: Context, @Root() complaint: Complaint): Promise<ComplaintLetter[]> {
    return ComplaintService.letters(ctx, complaint);
  }

  @FieldResolver(() => [ComplaintTimelineEntry], { description: `Every step and event, oldest first (at most ${MAX_TIMELINE_ENTRIES}: reopenings, extensions and pauses are bounded).` })
  @Extensions({ listSize: MAX_TIMELINE_ENTRIES })
  timeline(@Ctx() ctx: Context, @Root() complaint: Complaint): ComplaintTimelineEntry[] | Promise<ComplaintTimelineEntry[]> {
    return ComplaintService.timeline(ctx, complaint);
  }
}

@Resolver(() => ComplaintTimelineEntry)
export class ComplaintTimelineEntryResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who took the step; null for the public form.' })
  actor(@Ctx() ctx: Context, @Root() entry: ComplaintTimelineEntry): Promise<User | null> | null {
    return ComplaintService.user(ctx, entry.actorId);
  }

  @Allowed('readManagement')
  @FieldResolver(() => ComplaintLetter, { nullable: true, description: 'The letter sent with this step (acknowledgement, decision).' })
  letter(@Ctx() ctx: Context, @Root() entry: ComplaintTimelineEntry): Promise<ComplaintLetter | null> | null {
    return ComplaintService.letter(ctx, entry.letterId);
  }
}

@Resolver(() => ComplaintLetter)
export class ComplaintLetterResolver {
  @FieldResolver(() => User, { nullable: true, description: 'Who recorded the letter.' })
  sentBy(@Ctx() ctx: Context, @Root() letter: ComplaintLetter): Promise<User | null> | null {
    return ComplaintService.user(ctx, letter.sentById);
  }
}

@Resolver(() => CodePromise)
export class CodePromiseComplaintsResolver {
  @Allowed('readManagement')
  @FieldResolver(() => ComplaintConnection, {
    description: 'Complaints about this promise in any version of its code (same key), newest first.',
  })
  complaints(@Ctx() ctx: Context, @Root() promise: CodePromise, @Args() args: ConnectionArgs): Promise<ConnectionResult<Complaint>> {
    return ComplaintService.complaintsAbout(ctx, promise, args);
  }
}

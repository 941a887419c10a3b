import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayUnique, IsEmail, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { IdempotencyKeyField } from '../../common/idempotency';
import { ConnectionArgs } from '../../common/pagination';
import { ComplainantType, ComplaintCategory, ComplaintChannel, ComplaintKind, ComplaintOutcome, ComplaintStatus } from './complaint.entity';
import { DeadlineUnit } from '../../common/organization.entity';
import { VersionedUpdateInput } from '../../common/versioned-input';
import { ComplaintLetterInput, DecisionLetterInput } from './correspondence.dto';
import { LetterKind } from './letter-rendering';

/** Most promises one complaint may concern: the hard cap on `Complaint.promises`. */
export const MAX_PROMISES_PER_COMPLAINT = 50;


@ObjectType({ description: 'Who complained. Personal data: only complaint officers and quality managers can read it.' })
export class Complainant {
  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true, description: "The complainant's number at the organisation (debtor or case number)." })
  customerReference: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address, for written correspondence.' })
  address: string | null;

  @Field(() => String, { nullable: true, description: "A representative's mandate (power of attorney): its reference." })
  mandateReference: string | null;
}

@InputType()
export class ComplainantInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()./-]{3,40}$/, { message: '$property must be a phone number' })
  phone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  customerReference?: string;

  @Field(() => ComplainantType, { nullable: true, description: 'Who complains: the debtor, the client (creditor), a representative, or another party.' })
  type?: ComplainantType;

  @Field({ nullable: true, description: 'Postal address (street, postcode and town, country), for written correspondence.' })
  @IsOptional()
  @Length(1, 500)
  address?: string;

  @Field({ nullable: true, description: 'For a REPRESENTATIVE: whether a mandate (power of attorney) was shown.' })
  mandate?: boolean;

  @Field({ nullable: true, description: "For a REPRESENTATIVE: the mandate's reference." })
  @IsOptional()
  @Length(1, 200)
  mandateReference?: string;
}

/** What an organisation records of any complaint it takes in: channel, words, complainant, categories and promises. */
@InputType()
export abstract class ComplaintIntakeInput {
  @Field(() => ComplaintChannel)
  channel: ComplaintChannel;

  @Field()
  @Length(1, 200)
  subject: string;

  @Field()
  @Length(1, 10_000)
  description: string;

  @Field(() => ComplainantInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  complainant?: ComplainantInput;

  @Field(() => [ComplaintCategory], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  categories?: ComplaintCategory[];

  @Field(() => [ID], { nullable: true, description: 'Promises the complaint concerns (of a code version that is or was in force).' })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(MAX_PROMISES_PER_COMPLAINT)
  promiseIds?: string[];

  @Field({ nullable: true, description: "BCP 47 tag of the complainant's language; default: the organisation's default language." })
  @IsOptional()
  @MaxLength(35)
  language?: string;
}

@InputType()
export class RegisterComplaintInput extends ComplaintIntakeInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;

  @Field({ nullable: true, description: 'When the complaint reached the organisation (default: now); never in the future.' })
  receivedAt?: Date;

  @Field(() => ID, { nullable: true, description: 'An active complaint officer; never the employee concerned.' })
  handlerId?: string;

  @Field(() => ComplaintKind, { nullable: true, description: 'COMPLAINT (default), or DEBT_OBJECTION: an objection to the debt itself, linked to no promise.' })
  kind?: ComplaintKind;

  @Field(() => ID, { nullable: true, description: 'The member whose conduct the complaint concerns: to be informed, and never its handler.' })
  employeeConcernedId?: string;
}

@InputType({ description: "A complaint from the public form: the complainant's own words and how to reach them (name and email or phone)." })
export class SubmitComplaintInput {
  @IdempotencyKeyField('Any unique string (e.g. a UUID): a resubmission with the same key returns the first reference.')
  idempotencyKey?: string;

  @Field()
  @Length(1, 200)
  subject: string;

  @Field()
  @Length(1, 10_000)
  description: string;

  @Field(() => ComplainantInput)
  @ValidateNested()
  complainant: ComplainantInput;

  @Field({ nullable: true, description: "BCP 47 tag of the language the complainant wrote in (e.g. the public page's); default: the best match of the browser's Accept-Language among the organisation's languages, else its default language." })
  @IsOptional()
  @MaxLength(35)
  language?: string;
}

@ObjectType({ description: 'What the public learns about a submitted complaint: its reference, and the secret to follow it with.' })
export class ComplaintReceipt {
  @Field()
  reference: string;

  @Field({
    description:
      'The tracking secret (complaintStatus), shown only in this answer: it is stored only as a hash. A resubmission with the same idempotency key answers a new one, and the earlier one stops working.',
  })
  trackingSecret: string;
}

@ObjectType({ description: 'A tracking secret issued for a complaint, to hand to the complainant: shown only in this answer.' })
export class IssuedTrackingSecret {
  @Field()
  reference: string;

  @Field({ description: 'The new secret; any earlier secret of the complaint no longer works.' })
  trackingSecret: string;
}

@ArgsType()
export class ComplaintStatusArgs {
  @Field()
  organizationSlug: string;

  @Field({ description: 'The complaint reference, e.g. K-2026-00001.' })
  reference: string;

  @Field({ description: 'The tracking secret given with the receipt (or issued by the organisation since).' })
  secret: string;
}

@ObjectType({ description: 'A letter sent to the complainant, as the complainant may read it again when tracking.' })
export class TrackedLetter {
  @Field(() => LetterKind, { description: 'ACKNOWLEDGEMENT or DECISION.' })
  kind: LetterKind;

  @Field()
  sentAt: Date;

  @Field({ description: 'BCP 47 language tag of the letter.' })
  language: string;

  @Field(() => String, { nullable: true })
  subject: string | null;

  @Field(() => String, { nullable: true, description: 'The exact text sent.' })
  body: string | null;
}

@ObjectType({ description: 'Where a complainant who disagrees with the decision can go, as named in the decision letter.' })
export class TrackedDisputesRoute {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  postalAddress: string | null;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => Int, { nullable: true, description: 'Within how many months of the decision the complainant must turn to the body.' })
  appealWithinMonths: number | null;
}

@ObjectType({
  description:
    'A complaint as its complainant follows it (complaintStatus): where it stands, its deadlines, the letters sent and, once decided, the outcome and the disputes route. An anonymised complaint shows only its reference and status (and the time zone of its dates).',
})
export class ComplaintTracking {
  @Field()
  reference: string;

  @Field(() => ComplaintStatus)
  status: ComplaintStatus;

  @Field({ description: 'IANA time zone of the organisation (e.g. Europe/Amsterdam), in which its days are counted: show dates and deadlines in it.' })
  timeZone: string;

  @Field(() => Date, { nullable: true, description: 'When the complaint was received; null once anonymised.' })
  receivedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'End of the last day for the acknowledgement of receipt.' })
  acknowledgementDueAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'End of the last day for the decision: the deadline worked to (moved by an extension).' })
  resolutionDueAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the term was extended, as told to the complainant; null when it was not.' })
  extensionReason: string | null;

  @Field(() => [TrackedLetter], { description: 'The acknowledgement and decision letters as sent, oldest first.' })
  letters: TrackedLetter[];

  @Field(() => ComplaintOutcome, { nullable: true, description: 'The outcome, once decided.' })
  outcome: ComplaintOutcome | null;

  @Field(() => TrackedDisputesRoute, { nullable: true, description: 'The disputes body named in the decision letter, once decided.' })
  disputesRoute: TrackedDisputesRoute | null;
}

@InputType()
export class UpdateComplaintInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  subject?: string;

  @Field(() => [ComplaintCategory], { nullable: true, description: 'Replaces the categories.' })
  @IsOptional()
  @ArrayUnique()
  categories?: ComplaintCategory[];

  @Field(() => [ID], { nullable: true, description: 'Replaces the linked promises.' })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(MAX_PROMISES_PER_COMPLAINT)
  promiseIds?: string[];

  @Field(() => ID, { nullable: true, description: 'An active complaint officer; never the employee concerned.' })
  handlerId?: string;

  @Field(() => ComplaintKind, { nullable: true, description: 'Reclassifies: a DEBT_OBJECTION has no promises, so unlink them first.' })
  kind?: ComplaintKind;

  @Field(() => ID, { nullable: true, description: 'The member whose conduct the complaint concerns; never its handler.' })
  employeeConcernedId?: string;

  @Field({ nullable: true, description: "Corrects the complainant's language (BCP 47 tag): the first letter about the complaint defaults to it (later ones to the last letter's)." })
  @IsOptional()
  @MaxLength(35)
  language?: string;
}

@InputType({ description: 'A step in the handling of a complaint, with an optional note for the timeline.' })
export class ComplaintStepInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 2000)
  note?: string;
}

@InputType({ description: 'RECEIVED → ACKNOWLEDGED: the acknowledgement letter is recorded with the step.' })
export class AcknowledgeComplaintInput extends ComplaintStepInput {
  @Field(() => ComplaintLetterInput, { description: 'The acknowledgement letter as sent; the complaint counts as acknowledged when it was sent.' })
  @ValidateNested()
  letter: ComplaintLetterInput;
}

@InputType()
export class StartComplaintHandlingInput extends ComplaintStepInput {
  @Field(() => ID, { nullable: true, description: 'The complaint officer who handles it; required unless one is assigned already.' })
  handlerId?: string;
}

@InputType({ description: 'Why a complaint is decided outside the code.' })
export class OutsideCodeInput {
  @Field({ description: 'What the complaint is about that no promise covers; written without names (it feeds codeGaps).' })
  @Length(1, 2000)
  reason: string;
}

@InputType()
export class ResolveComplaintInput extends ComplaintStepInput {
  @Field({ description: 'The decision as communicated to the complainant.' })
  @Length(1, 10_000)
  decision: string;

  @Field(() => ComplaintOutcome, { description: 'INADMISSIBLE is a finding of a disputes body, not of the organisation.' })
  outcome: ComplaintOutcome;

  @Field(() => DecisionLetterInput, { description: 'The decision letter as sent, naming the route to the disputes body; the complaint counts as resolved when it was sent.' })
  @ValidateNested()
  letter: DecisionLetterInput;

  @Field(() => OutsideCodeInput, {
    nullable: true,
    description: 'Required to resolve a complaint linked to no promise: no promise of the code covers it (listed in codeGaps, counted in no per-promise figure).',
  })
  @IsOptional()
  @ValidateNested()
  outsideCode?: OutsideCodeInput;
}

@InputType({ description: 'A reason, for the timeline.' })
export class ComplaintReasonInput extends VersionedUpdateInput {
  @Field()
  @Length(1, 2000)
  reason: string;
}

@InputType({ description: 'An extension of the resolution term, with the reason told to the complainant: the extension letter is recorded with it.' })
export class ExtendComplaintDeadlineInput extends ComplaintReasonInput {
  @Field(() => Int, { description: 'How many days to add to the working resolution deadline.' })
  @Min(1)
  @Max(90)
  within: number;

  @Field(() => DeadlineUnit)
  unit: DeadlineUnit;

  @Field(() => ComplaintLetterInput, {
    description: 'The extension letter as sent, telling the complainant the new deadline and the reason ({{newDeadline}}, {{reason}}); without an EXTENSION template, its text.',
  })
  @ValidateNested()
  letter: ComplaintLetterInput;
}

@InputType()
export class AnonymizeDueComplaintsInput {
  @Field({ defaultValue: false, description: 'Only list what is due; change nothing.' })
  dryRun: boolean = false;

  @Field(() => Int, { defaultValue: 100, description: 'At most this many complaints in one run (1 to 500); run again for the rest.' })
  @Min(1)
  @Max(500)
  limit: number = 100;
}

@InputType({ description: 'A complaint a disputes body forwarded, never registered by the organisation before.' })
export class ForwardedComplaintInput extends ComplaintIntakeInput {
  @Field({ nullable: true, description: 'When the complaint reached the organisation (default: when the body forwarded it); never in the future.' })
  receivedAt?: Date;
}

@InputType()
export class RecordSatisfactionInput extends VersionedUpdateInput {
  @Field(() => Int, { description: '1 (very dissatisfied) to 5 (very satisfied).' })
  @Min(1)
  @Max(5)
  satisfaction: number;
}

export enum ComplaintSort {
  RECEIVED_AT = 'RECEIVED_AT',
  RESOLUTION_DUE_AT = 'RESOLUTION_DUE_AT',
}
registerEnumType(ComplaintSort, {
  name: 'ComplaintSort',
  valuesConfig: {
    RECEIVED_AT: { description: 'Newest first.' },
    RESOLUTION_DUE_AT: { description: 'Earliest resolution deadline first.' },
  },
});

@ArgsType()
export class ComplaintsArgs extends ConnectionArgs {
  @Field(() => [ComplaintStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @ArrayUnique()
  status?: ComplaintStatus[];

  @Field(() => ComplaintCategory, { nullable: true })
  category?: ComplaintCategory;

  @Field(() => ID, { nullable: true, description: 'Complaints about this promise or the same promise (key) in another version of its code.' })
  promiseId?: string;

  @Field(() => ID, { nullable: true })
  handlerId?: string;

  @Field(() => ComplaintKind, { nullable: true, description: 'Only complaints, or only objections to the debt.' })
  kind?: ComplaintKind;

  @Field(() => Boolean, { nullable: true, description: 'Only complaints that missed (true) or kept (false) their deadlines so far; see Complaint.isOverdue.' })
  overdue?: boolean;

  @Field({ nullable: true, description: 'Received at or after this instant.' })
  receivedFrom?: Date;

  @Field({ nullable: true, description: 'Received before this instant.' })
  receivedTo?: Date;

  @Field({ nullable: true, description: 'Text in the reference or the subject (case-insensitive).' })
  @IsOptional()
  @Length(1, 100)
  search?: string;

  @Field(() => ComplaintSort, { defaultValue: ComplaintSort.RECEIVED_AT })
  sort: ComplaintSort = ComplaintSort.RECEIVED_AT;
}

@ObjectType()
export class ComplaintStatusCount {
  @Field(() => ComplaintStatus)
  status: ComplaintStatus;

  @Field(() => Int)
  count: number;
}

@ObjectType({ description: 'Complaint numbers for a dashboard.' })
export class ComplaintCounts {
  @Field(() => [ComplaintStatusCount], { description: 'Every status, zero included.' })
  byStatus: ComplaintStatusCount[];

  @Field(() => Int)
  total: number;

  @Field(() => Int, { description: 'Not yet resolved (RECEIVED, ACKNOWLEDGED, IN_PROGRESS).' })
  unresolved: number;

  @Field(() => Int, { description: 'Not yet resolved and past a deadline.' })
  unresolvedOverdue: number;
}

@InputType()
export class AddClosureDayInput {
  @Field(() => LocalDateResolver)
  date: string;

  @Field()
  @Length(1, 200)
  reason: string;
}

@ArgsType()
export class ClosureDaysArgs extends ConnectionArgs {
  @Field(() => LocalDateResolver, { nullable: true, description: 'On or after this day.' })
  from?: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'On or before this day.' })
  to?: string;
}

@ObjectType({ description: 'What an anonymisation run found due and did.' })
export class RetentionRun {
  @Field({ description: 'True when nothing was changed (dry run).' })
  dryRun: boolean;

  @Field(() => Int, { description: 'Complaints past their retention period and not yet anonymised, before this run.' })
  due: number;

  @Field(() => [String], { description: 'References of the complaints anonymised by this run (or that a real run would anonymise).' })
  references: string[];

  @Field(() => Int, {
    description: "Other records whose personal data this run erased (or would erase) past their own retention period: respondents of satisfaction surveys not tied to a complaint.",
  })
  erasedElsewhere: number;
}

@ArgsType()
export class CodeGapsArgs {
  @Field({ nullable: true, description: 'Received at or after this instant.' })
  receivedFrom?: Date;

  @Field({ nullable: true, description: 'Received before this instant.' })
  receivedTo?: Date;
}

@ObjectType({ description: 'A word used in the subjects and reasons of complaints outside the code.' })
export class CodeGapWord {
  @Field()
  word: string;

  @Field(() => Int, { description: 'In how many complaints it occurs.' })
  count: number;
}

@ObjectType({ description: 'Complaints outside the code in one category (UNCLASSIFIED: none given).' })
export class CodeGapCategory {
  @Field(() => String, { description: 'A ComplaintCategory, or UNCLASSIFIED.' })
  category: string;

  @Field(() => Int)
  count: number;

  @Field(() => [CodeGapWord], { description: 'Its most frequent significant words (at most 10), each used in at least two complaints.' })
  words: CodeGapWord[];
}

@ObjectType({ description: 'Complaints decided outside the code: what the next code version might promise.' })
export class CodeGaps {
  @Field(() => Int)
  total: number;

  @Field(() => [CodeGapCategory])
  byCategory: CodeGapCategory[];

  @Field(() => [CodeGapWord], { description: 'The most frequent significant words over all of them (at most 20), each used in at least two complaints.' })
  words: CodeGapWord[];
}

import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ArrayUnique, IsEmail, IsOptional, Length, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { IdempotencyKeyField } from '../../common/idempotency';
import { ConnectionArgs } from '../../common/pagination';
import { ComplaintCategory, ComplaintChannel, ComplaintOutcome, ComplaintStatus } from './complaint.entity';
import { VersionedUpdateInput } from '../../common/versioned-input';
import { ComplaintLetterInput, DecisionLetterInput } from './correspondence.dto';

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
}

@InputType()
export class RegisterComplaintInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;

  @Field({ nullable: true, description: 'When the complaint reached the organisation (default: now); never in the future.' })
  receivedAt?: Date;

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

  @Field(() => ID, { nullable: true, description: 'An active complaint officer.' })
  handlerId?: string;
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
}

@ObjectType({ description: 'What the public learns about a submitted complaint: its reference.' })
export class ComplaintReceipt {
  @Field()
  reference: string;
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

  @Field(() => ID, { nullable: true, description: 'An active complaint officer.' })
  handlerId?: string;
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
}

@InputType({ description: 'A complaint a disputes body forwarded, never registered by the organisation before.' })
export class ForwardedComplaintInput {
  @Field({ nullable: true, description: 'When the complaint reached the organisation (default: when the body forwarded it); never in the future.' })
  receivedAt?: Date;

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

  @Field(() => [ID], { nullable: true, description: 'Promises the complaint concerns.' })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(MAX_PROMISES_PER_COMPLAINT)
  promiseIds?: string[];
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

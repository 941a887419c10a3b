import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, IsUrl, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { ConnectionArgs } from '../../common/pagination';
import { DeadlineUnit } from '../../common/organization.entity';
import { IdempotencyKeyField } from '../../common/idempotency';
import { VersionedUpdateInput } from '../../common/versioned-input';
import { ComplaintOutcome, ForwardedComplaintInput } from '../complaint';
import { DisputesCaseStatus, DisputesOutcomeKind, FeeRefundRule } from './disputes-rules';

@InputType()
export class DisputesBodyFields {
  @Field(() => DisputesOutcomeKind, { nullable: true })
  outcomeKind?: DisputesOutcomeKind;

  @Field(() => Int, { nullable: true, description: "The complainant's fee or deposit in cents." })
  @IsOptional()
  @Min(0)
  @Max(10_000_000)
  feeCents?: number;

  @Field({ nullable: true, description: 'ISO 4217 currency, e.g. EUR or NOK.' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: '$property must be an ISO 4217 currency code such as EUR' })
  currency?: string;

  @Field(() => FeeRefundRule, { nullable: true })
  feeRefundRule?: FeeRefundRule;

  @Field(() => Int, { nullable: true, description: "The organisation's response term (with responseUnit)." })
  @IsOptional()
  @Min(1)
  @Max(365)
  responseWithin?: number;

  @Field(() => DeadlineUnit, { nullable: true })
  responseUnit?: DeadlineUnit;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(120)
  appealWithinMonths?: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 500)
  postalAddress?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true })
  @Length(1, 500)
  website?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 2000)
  source?: string;

  @Field({ nullable: true, description: 'Make it the body decision letters name (the previous default stops being one).' })
  isDefault?: boolean;
}

@InputType()
export class CreateDisputesBodyInput extends DisputesBodyFields {
  @Field()
  @Length(1, 200)
  name: string;

  @Field(() => DisputesOutcomeKind)
  declare outcomeKind: DisputesOutcomeKind;
}

@InputType()
export class UpdateDisputesBodyInput extends DisputesBodyFields {
  @Field(() => Int, { description: 'The version you read; CONFLICT when it changed since.' })
  expectedVersion: number;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;
}

@InputType({ description: 'A disputes body sent the organisation a case about a RESOLVED or CLOSED complaint.' })
export class OpenDisputesCaseInput extends VersionedUpdateInput {
  @Field(() => ID, { description: 'The complaint (RESOLVED or CLOSED); expectedVersion is its version.' })
  complaintId: string;

  @Field(() => ID)
  bodyId: string;

  @Field({ nullable: true, description: 'When the body notified the organisation (default: now); not in the future, not before the resolution.' })
  filedAt?: Date;

  @Field({ nullable: true, description: "The body's case number." })
  @IsOptional()
  @Length(1, 100)
  bodyReference?: string;

  @Field({ nullable: true, description: "A note for the complaint's timeline." })
  @IsOptional()
  @Length(1, 2000)
  note?: string;
}

@InputType({ description: 'A disputes body forwarded a complaint the organisation never registered: the complaint and its case are recorded together.' })
export class RegisterForwardedDisputesCaseInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;

  @Field(() => ID)
  bodyId: string;

  @Field({ nullable: true, description: 'When the body notified the organisation (default: now).' })
  filedAt?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 100)
  bodyReference?: string;

  @Field(() => ForwardedComplaintInput)
  @ValidateNested()
  complaint: ForwardedComplaintInput;
}

@InputType()
export class RespondToDisputesCaseInput extends VersionedUpdateInput {
  @Field({ nullable: true, description: 'When the organisation sent its response (default: now); not before the case was filed.' })
  respondedAt?: Date;
}

@InputType()
export class DecideDisputesCaseInput extends VersionedUpdateInput {
  @Field(() => ComplaintOutcome)
  outcome: ComplaintOutcome;

  @Field({ nullable: true, description: 'When the body decided (default: now); not before the case was filed.' })
  decidedAt?: Date;

  @Field({ nullable: true, description: 'Only for a body whose kind of outcome is not configured: whether this outcome binds the organisation.' })
  binding?: boolean;

  @Field({ nullable: true, description: "A note for the complaint's timeline." })
  @IsOptional()
  @Length(1, 2000)
  note?: string;
}

@InputType()
export class DisputesComplianceInput {
  @Field(() => LocalDateResolver)
  on: string;

  @Field()
  @Length(1, 2000)
  description: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  documentReference?: string;
}

@InputType({ description: 'What closing a decided case needs: the answer to advice against the organisation, proof of compliance, the fee refund when due.' })
export class CloseDisputesCaseInput extends VersionedUpdateInput {
  @Field({ nullable: true, description: 'Advisory body, advice against the organisation: whether it follows the advice.' })
  adviceFollowed?: boolean;

  @Field(() => DisputesComplianceInput, { nullable: true, description: 'Proof that the ruling (or settlement) was carried out.' })
  @IsOptional()
  @ValidateNested()
  compliance?: DisputesComplianceInput;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day the fee was refunded (when the body’s rule makes it due).' })
  feeRefundedOn?: string;
}

@ArgsType()
export class DisputesCasesArgs extends ConnectionArgs {
  @Field(() => [DisputesCaseStatus], { nullable: true })
  status?: DisputesCaseStatus[];

  @Field(() => ID, { nullable: true })
  bodyId?: string;
}

// The deprecated operations of the first escalation model, kept working on top of cases.

@InputType()
export class EscalateComplaintInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 2000)
  note?: string;

  @Field({ description: 'The disputes body by name; one not configured yet is added (its kind of outcome unset).' })
  @Length(1, 200)
  body: string;

  @Field({ nullable: true, description: 'When the complainant went to the committee (default: now); not in the future, not before the resolution.' })
  escalatedAt?: Date;
}

@InputType()
export class RecordEscalationDecisionInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 2000)
  note?: string;

  @Field(() => ComplaintOutcome)
  outcome: ComplaintOutcome;

  @Field({ description: 'Whether the decision binds the organisation.' })
  binding: boolean;

  @Field({ nullable: true, description: 'When the committee decided (default: now); not in the future, not before the escalation.' })
  decidedAt?: Date;
}

import { AuthorisationRegisterStatus } from './authorisation-registration.entity';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ArrayUnique, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Role } from '../../common/roles';
import { IdempotencyKeyField } from '../../common/idempotency';
import { ConnectionArgs } from '../../common/pagination';
import { TrainingAssessment, TrainingResult } from './competence';
import { TrainingTopic } from './training-requirement.entity';
import { VersionedUpdateInput } from '../../common/versioned-input';

@InputType()
export class CreateTrainingRequirementInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;

  @Field()
  @Length(1, 200)
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string;

  @Field(() => TrainingTopic)
  topic: TrainingTopic;

  @Field(() => TrainingAssessment)
  assessment: TrainingAssessment;

  @Field(() => [Role], { defaultValue: [], description: 'Who must have it; empty means everyone.' })
  @ArrayUnique()
  roles: Role[];

  @Field(() => Int, { nullable: true, description: '1 to 120; null: does not expire.' })
  @IsOptional()
  @Min(1)
  @Max(120)
  validityMonths?: number | null;

  @Field({ defaultValue: false, description: 'An element of the FinAut authorisation (tests and the yearly update only).' })
  authorisation: boolean;

  @Field(() => String, { nullable: true, description: 'What the test or update covers.' })
  @IsOptional()
  @Length(1, 200)
  subject?: string | null;
}

@InputType()
export class UpdateTrainingRequirementInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string;

  @Field(() => [Role], { nullable: true })
  @IsOptional()
  @ArrayUnique()
  roles?: Role[];

  @Field(() => Int, { nullable: true, description: 'null: does not expire; omitted: unchanged.' })
  @IsOptional()
  @Min(1)
  @Max(120)
  validityMonths?: number | null;

  @Field({ nullable: true })
  @IsOptional()
  authorisation?: boolean;

  @Field(() => String, { nullable: true, description: 'null: none; omitted: unchanged.' })
  @IsOptional()
  @Length(1, 200)
  subject?: string | null;
}

@InputType({ description: "A manager's record of a person's FinAut file: documented practice and the register status FinAut gave." })
export class RecordAuthorisationRegistrationInput {
  @Field(() => ID)
  personId: string;

  @Field(() => Int, { description: 'The version of the file you read, 0 when the person has none yet; CONFLICT when it changed since.' })
  @Min(0)
  expectedVersion: number;

  @Field(() => Int, { nullable: true, description: 'Months of relevant practice documented, 0 to 600; omitted: unchanged.' })
  @IsOptional()
  @Min(0)
  @Max(600)
  practiceMonths?: number;

  @Field(() => AuthorisationRegisterStatus, { nullable: true, description: 'Omitted: unchanged.' })
  @IsOptional()
  registerStatus?: AuthorisationRegisterStatus;

  @Field(() => String, { nullable: true, description: "FinAut's register number; required for AUTHORISED." })
  @IsOptional()
  @Length(1, 50)
  registerNumber?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the status took effect; default today.' })
  @IsOptional()
  registerStatusSince?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;
}

@InputType()
export class CreateTrainingRecordInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;

  @Field(() => ID, { description: 'The member who took the training (staff: themselves).' })
  personId: string;

  @Field(() => TrainingTopic)
  topic: TrainingTopic;

  @Field(() => TrainingAssessment)
  assessment: TrainingAssessment;

  @Field(() => LocalDateResolver, { description: 'Today at the latest.' })
  completedOn: string;

  @Field(() => TrainingResult)
  result: TrainingResult;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100)
  score?: number | null;

  @Field(() => LocalDateResolver, { nullable: true })
  validUntil?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  evidence?: string | null;
}

@InputType({ description: 'Only the fields given change; null clears score, validUntil or evidence.' })
export class UpdateTrainingRecordInput extends VersionedUpdateInput {
  @Field(() => TrainingTopic, { nullable: true })
  topic?: TrainingTopic;

  @Field(() => TrainingAssessment, { nullable: true })
  assessment?: TrainingAssessment;

  @Field(() => LocalDateResolver, { nullable: true })
  completedOn?: string;

  @Field(() => TrainingResult, { nullable: true })
  result?: TrainingResult;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(100)
  score?: number | null;

  @Field(() => LocalDateResolver, { nullable: true })
  validUntil?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  evidence?: string | null;
}

@ArgsType()
export class TrainingRequirementsArgs extends ConnectionArgs {}

@ArgsType()
export class TrainingRecordsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'Staff always see only their own records.' })
  personId?: string | null;

  @Field(() => TrainingTopic, { nullable: true })
  topic?: TrainingTopic | null;

  @Field(() => TrainingAssessment, { nullable: true })
  assessment?: TrainingAssessment | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Completed on or after this day.' })
  from?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Completed on or before this day.' })
  to?: string | null;
}

@ArgsType()
export class ExpiryWindowArgs {
  @Field(() => Int, { defaultValue: 30, description: 'A training whose last valid day falls within this many days (0 to 366) is EXPIRING.' })
  @Min(0)
  @Max(366)
  expiringWithinDays: number;
}

@ArgsType()
export class CompetenceOverviewArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: 'One person; without it everyone active in the organisation (staff: themselves).' })
  personId?: string | null;

  @Field(() => Role, { nullable: true, description: 'Only people holding this role.' })
  role?: Role | null;
}

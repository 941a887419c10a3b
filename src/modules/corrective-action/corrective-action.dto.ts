import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { ArrayMaxSize, ArrayUnique, IsOptional, Length } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { IdempotencyKeyField } from '../../common/idempotency';
import { ConnectionArgs } from '../../common/pagination';
import { CorrectiveActionKind, CorrectiveActionStatus } from './corrective-action.entity';
import { VersionedUpdateInput } from '../../common/versioned-input';


@ObjectType({ description: "The quality manager's check whether a finished action removed the cause." })
export class EffectivenessCheck {
  verifiedById: string;

  @Field(() => LocalDateResolver)
  verifiedOn: string;

  @Field()
  effective: boolean;

  @Field(() => String, { description: 'What was checked and found.' })
  note: string;
}

@InputType()
export class CreateCorrectiveActionInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;

  @Field(() => CorrectiveActionKind, { description: 'PREVENTIVE actions can only be decided by TOP_MANAGEMENT.' })
  kind: CorrectiveActionKind;

  @Field(() => ID, {
    nullable: true,
    description: "The promise the action is about; may be left out when the linked complaints concern exactly one promise (it is then that one).",
  })
  promiseId?: string;

  @Field(() => [ID], { nullable: true, description: 'Complaints the action answers.' })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(100)
  complaintIds?: string[];

  @Field()
  @Length(1, 200)
  title: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 10_000)
  rootCause?: string;

  @Field()
  @Length(1, 10_000)
  plannedAction: string;

  @Field(() => ID, { description: 'An active member of the organisation.' })
  ownerId: string;

  @Field(() => LocalDateResolver)
  dueOn: string;
}

@InputType()
export class UpdateCorrectiveActionInput extends VersionedUpdateInput {
  @Field(() => ID, { nullable: true })
  promiseId?: string;

  @Field(() => [ID], { nullable: true, description: 'Replaces the linked complaints.' })
  @IsOptional()
  @ArrayUnique()
  @ArrayMaxSize(100)
  complaintIds?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 10_000)
  rootCause?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 10_000)
  plannedAction?: string;

  @Field(() => ID, { nullable: true })
  ownerId?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  dueOn?: string;
}

@InputType()
export class CorrectiveActionStepInput extends VersionedUpdateInput {
}

@InputType()
export class CheckEffectivenessInput extends CorrectiveActionStepInput {
  @Field({ description: 'true → VERIFIED_EFFECTIVE, false → NOT_EFFECTIVE.' })
  effective: boolean;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Day of the check (default: today); not in the future, not before the action was done.' })
  verifiedOn?: string;

  @Field()
  @Length(1, 10_000)
  note: string;
}

@InputType()
export class ReopenCorrectiveActionInput extends CorrectiveActionStepInput {
  @Field({ description: 'What will be done differently.' })
  @Length(1, 10_000)
  note: string;
}

@InputType()
export class CancelCorrectiveActionInput extends CorrectiveActionStepInput {
  @Field()
  @Length(1, 10_000)
  reason: string;
}

@ArgsType()
export class CorrectiveActionsArgs extends ConnectionArgs {
  @Field(() => [CorrectiveActionStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @ArrayUnique()
  status?: CorrectiveActionStatus[];

  @Field(() => CorrectiveActionKind, { nullable: true })
  kind?: CorrectiveActionKind;

  @Field(() => ID, { nullable: true, description: 'Actions about this promise or the same promise (key) in another version of its code.' })
  promiseId?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only pending actions past their due day (true), or all others (false).' })
  overdue?: boolean;
}

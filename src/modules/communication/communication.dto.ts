import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsOptional, Length } from 'class-validator';
import { IdempotencyKeyField } from '../../common/idempotency';
import { ConnectionArgs } from '../../common/pagination';
import { CommunicationAudience, CommunicationChannel, CommunicationFrequency, CommunicationPlanStatus } from './communication-plan.entity';
import { VersionedUpdateInput } from '../../common/versioned-input';

@InputType()
export class CreateCommunicationPlanInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;

  @Field(() => ID)
  codeVersionId: string;

  @Field(() => CommunicationAudience)
  audience: CommunicationAudience;

  @Field(() => CommunicationChannel)
  channel: CommunicationChannel;

  @Field()
  @Length(1, 4000)
  message: string;

  @Field(() => CommunicationFrequency)
  frequency: CommunicationFrequency;

  @Field(() => LocalDateResolver)
  plannedOn: string;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;
}

@InputType({ description: 'Only PLANNED plans change; only the fields given (ownerId null removes the owner).' })
export class UpdateCommunicationPlanInput extends VersionedUpdateInput {
  @Field(() => CommunicationAudience, { nullable: true })
  audience?: CommunicationAudience;

  @Field(() => CommunicationChannel, { nullable: true })
  channel?: CommunicationChannel;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 4000)
  message?: string;

  @Field(() => CommunicationFrequency, { nullable: true })
  frequency?: CommunicationFrequency;

  @Field(() => LocalDateResolver, { nullable: true })
  plannedOn?: string;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;
}

@InputType()
export class CompleteCommunicationPlanInput extends VersionedUpdateInput {
  @Field(() => LocalDateResolver, { description: 'When it was done: today at the latest.' })
  executedOn: string;

  @Field({ description: 'Proof: a link, document or screenshot reference.' })
  @Length(1, 2000)
  evidence: string;
}

@InputType()
export class CancelCommunicationPlanInput extends VersionedUpdateInput {
  @Field()
  @Length(1, 2000)
  reason: string;
}

@ArgsType()
export class CommunicationPlansArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true })
  codeVersionId?: string | null;

  @Field(() => CommunicationAudience, { nullable: true })
  audience?: CommunicationAudience | null;

  @Field(() => CommunicationPlanStatus, { nullable: true })
  status?: CommunicationPlanStatus | null;
}

import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ArrayMaxSize, ArrayMinSize, Length, Max, MaxLength, Min } from 'class-validator';
import { IdempotencyKeyField } from '../../common/idempotency';

@InputType({ description: "A self-assessment of the organisation's maturity on one SRCM norm part." })
export class RecordMaturityAssessmentInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;

  @Field(() => ID, { description: 'The norm part (kind NORM_PART).' })
  requirementId: string;

  @Field(() => Int, { description: '1 to 5.' })
  @Min(1)
  @Max(5)
  level: number;

  @Field({ description: 'What the level rests on.' })
  @MaxLength(4000)
  evidence: string;

  @Field(() => LocalDateResolver, { description: 'Not in the future.' })
  assessedOn: string;

  @Field(() => ID, { nullable: true, description: 'Who assessed; defaults to the caller.' })
  assessedById?: string | null;
}

@ArgsType()
export class NormCoverageArgs {
  @Field({ description: 'e.g. `SRCM`.' })
  @Length(1, 50)
  frameworkKey: string;

  @Field(() => ID)
  codeId: string;

  @Field(() => ID, { nullable: true, description: 'The version to report on; default the version in force.' })
  codeVersionId?: string | null;
}

@ArgsType()
export class PromiseRequirementsArgs {
  @Field(() => ID)
  promiseId: string;

  @Field(() => Int, { description: "The promise's `version` you read: its links are part of it, and a change of them bumps it; CONFLICT when it changed since." })
  expectedVersion: number;

  @Field(() => [ID], { description: 'Requirements (kind REQUIREMENT), 1 to 100.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  requirementIds: string[];
}

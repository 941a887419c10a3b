import { ArgsType, Field, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Max, Min } from 'class-validator';
import { IdempotencyKeyField } from '../../common/idempotency';
import { ConnectionArgs } from '../../common/pagination';
import { FIRST_YEAR, LAST_YEAR } from '../monitoring';
import { ManagementReviewStatus } from './management-review.entity';
import { VersionedUpdateInput } from '../../common/versioned-input';

const MAX_DECISIONS = 50;

@InputType()
export class CreateManagementReviewInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;

  @Field(() => Int, { description: `The calendar year reviewed (${FIRST_YEAR}–${LAST_YEAR}); its complaint analysis is stored with the review.` })
  @Min(FIRST_YEAR)
  @Max(LAST_YEAR)
  year: number;

  @Field({ nullable: true, description: 'Default: "Management review <year>".' })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field(() => [String], { nullable: true, description: `What top management decided, one item each (at most ${MAX_DECISIONS}).` })
  @IsOptional()
  @ArrayMaxSize(MAX_DECISIONS)
  @Length(1, 2000, { each: true })
  decisions?: string[];
}

@InputType()
export class UpdateManagementReviewInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field(() => [String], { nullable: true, description: 'Replaces the decisions.' })
  @IsOptional()
  @ArrayMaxSize(MAX_DECISIONS)
  @Length(1, 2000, { each: true })
  decisions?: string[];
}

@ArgsType()
export class ManagementReviewsArgs extends ConnectionArgs {
  @Field(() => Int, { nullable: true })
  year?: number;

  @Field(() => ManagementReviewStatus, { nullable: true })
  status?: ManagementReviewStatus;
}

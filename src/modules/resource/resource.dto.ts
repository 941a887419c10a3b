import { ArgsType, Field, Float, ID, InputType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsNumber, IsOptional, Length, Max, Min } from 'class-validator';
import { IdempotencyKeyField } from '../../common/idempotency';
import { ConnectionArgs } from '../../common/pagination';
import { ResourceKind, ResourceUnit } from './resource-kind';
import { VersionedUpdateInput } from '../../common/versioned-input';

const QUANTITY = { maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false };
const MAX_QUANTITY = 999_999_999_999;

@InputType({ description: 'Give either codeVersionId (the version as a whole) or promiseId (one promise of a version).' })
export class CreateResourceInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;

  @Field(() => ID, { nullable: true })
  codeVersionId?: string | null;

  @Field(() => ID, { nullable: true })
  promiseId?: string | null;

  @Field(() => ResourceKind)
  kind: ResourceKind;

  @Field()
  @Length(1, 2000)
  description: string;

  @Field(() => Float, { description: 'Not negative, at most 3 decimals.' })
  @IsNumber(QUANTITY)
  @Min(0)
  @Max(MAX_QUANTITY)
  quantity: number;

  @Field(() => ResourceUnit)
  unit: ResourceUnit;

  @Field(() => LocalDateResolver)
  periodStart: string;

  @Field(() => LocalDateResolver, { nullable: true })
  periodEnd?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;
}

@InputType({ description: 'Only the fields given change; periodEnd and ownerId null clear them.' })
export class UpdateResourceInput extends VersionedUpdateInput {
  @Field(() => ResourceKind, { nullable: true })
  kind?: ResourceKind;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 2000)
  description?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber(QUANTITY)
  @Min(0)
  @Max(MAX_QUANTITY)
  quantity?: number;

  @Field(() => ResourceUnit, { nullable: true })
  unit?: ResourceUnit;

  @Field(() => LocalDateResolver, { nullable: true })
  periodStart?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  periodEnd?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;
}

@ArgsType()
export class ResourcesArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true })
  codeId?: string | null;

  @Field(() => ID, { nullable: true })
  codeVersionId?: string | null;

  @Field(() => ID, { nullable: true })
  promiseId?: string | null;

  @Field(() => ResourceKind, { nullable: true })
  kind?: ResourceKind | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Only resources whose period includes this day.' })
  activeOn?: string | null;
}

@ArgsType()
export class ResourceTotalsArgs {
  @Field(() => ID)
  codeId: string;

  @Field(() => ID, { nullable: true, description: 'Only this version of the code.' })
  codeVersionId?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Only resources whose period includes this day.' })
  activeOn?: string | null;
}

import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { IsOptional, Length, MaxLength, Max, Min } from 'class-validator';
import { IsPromiseKey } from '../code';
import { IdempotencyKeyField } from '../../common/idempotency';
import { ConnectionArgs } from '../../common/pagination';
import { KpiKind } from './kpi.entity';
import { KpiFrequency } from './kpi-period';
import { KpiDirection } from './kpi-status';
import { KpiUnit } from './kpi-unit';
import { VersionedUpdateInput } from '../../common/versioned-input';

/** Largest batch `recordMeasurements` accepts. */
export const MAX_MEASUREMENT_BATCH = 200;

@InputType()
export class CreateKpiChainInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;

  @Field()
  @Length(1, 200)
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;
}

@InputType()
export class UpdateKpiChainInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string;

  @Field(() => ID, { nullable: true, description: 'null removes the owner.' })
  ownerId?: string | null;
}

@InputType()
export class CreateKpiInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;

  @Field(() => ID)
  chainId: string;

  @Field(() => ID, { description: 'The code whose promise lineage the KPI measures.' })
  codeId: string;

  @Field({ description: 'Key of a promise of that code (in any of its versions), e.g. `P3`.' })
  @Length(1, 50)
  @IsPromiseKey()
  promiseKey: string;

  @Field(() => KpiKind)
  kind: KpiKind;

  @Field()
  @Length(1, 200)
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string;

  @Field(() => KpiUnit)
  unit: KpiUnit;

  @Field(() => KpiDirection)
  direction: KpiDirection;

  @Field(() => Float)
  target: number;

  @Field(() => Float)
  threshold: number;

  @Field(() => KpiFrequency)
  frequency: KpiFrequency;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;
}

@InputType({ description: 'Only the fields given change. Unit and frequency are fixed once the KPI has measurements.' })
export class UpdateKpiInput extends VersionedUpdateInput {
  @Field(() => ID, { nullable: true, description: 'Moves the KPI to another chain (counts towards that chain’s limit).' })
  chainId?: string;

  @Field(() => ID, { nullable: true })
  codeId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 50)
  @IsPromiseKey()
  promiseKey?: string;

  @Field(() => KpiKind, { nullable: true })
  kind?: KpiKind;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  description?: string;

  @Field(() => KpiUnit, { nullable: true })
  unit?: KpiUnit;

  @Field(() => KpiDirection, { nullable: true })
  direction?: KpiDirection;

  @Field(() => Float, { nullable: true })
  target?: number;

  @Field(() => Float, { nullable: true })
  threshold?: number;

  @Field(() => KpiFrequency, { nullable: true })
  frequency?: KpiFrequency;

  @Field(() => ID, { nullable: true, description: 'null removes the owner.' })
  ownerId?: string | null;
}

@InputType()
export class RecordKpiMeasurementInput {
  @Field(() => ID)
  kpiId: string;

  @Field(() => LocalDateResolver, { description: "First day of one period of the KPI's frequency." })
  periodStart: string;

  @Field(() => LocalDateResolver, { description: 'Last day of that period; the period must have ended (today at the latest).' })
  periodEnd: string;

  @Field(() => Float)
  value: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  note?: string | null;

  @Field({ defaultValue: false, description: 'Replaces the value already recorded for this period; without it such a row is a CONFLICT.' })
  correction: boolean;

  @Field(() => Int, { nullable: true, description: 'Required with `correction: true`: the `version` of the measurement you read; CONFLICT when it changed since.' })
  expectedVersion?: number | null;
}

@ArgsType()
export class KpiChainsArgs extends ConnectionArgs {}

@ArgsType()
export class KpisArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true })
  chainId?: string | null;

  @Field(() => ID, { nullable: true })
  codeId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only KPIs of this promise lineage (with codeId).' })
  @IsOptional()
  @Length(1, 50)
  promiseKey?: string | null;

  @Field(() => KpiKind, { nullable: true })
  kind?: KpiKind | null;

  @Field({ defaultValue: false })
  includeArchived: boolean;
}

@ArgsType()
export class MeasurementHistoryArgs extends ConnectionArgs {
  @Field(() => LocalDateResolver, { nullable: true, description: 'Periods ending on or after this day.' })
  from?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Periods starting on or before this day.' })
  to?: string | null;
}

@ArgsType()
export class PromiseKpisArgs extends ConnectionArgs {
  @Field({ defaultValue: false, description: 'Archived KPIs too.' })
  includeArchived: boolean = false;
}

@ArgsType()
export class KpiTrendArgs {
  @Field(() => Int, { defaultValue: 3, description: 'How many periods, 2 to 12, ending with the latest expected (or later measured) period.' })
  @Min(2)
  @Max(12)
  periods: number;
}

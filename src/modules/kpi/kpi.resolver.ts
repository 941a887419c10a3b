import { Arg, Args, Ctx, Extensions, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allowed } from '../../common/permissions';
import { LocalDateResolver } from 'graphql-scalars';
import type { Context } from '../../common/context';
import { Connection, type ConnectionResult } from '../../common/pagination';
import { byIdLoader, ExpectedVersionArg, scoped } from '../../common/tenancy';
import { User, UserService } from '../user';
import { Code, CodePromise } from '../code';
import { KPI_WARNING_FROM, KpiChain, MAX_KPIS_PER_CHAIN } from './kpi-chain.entity';
import { Kpi } from './kpi.entity';
import { KpiLink } from './kpi-link.entity';
import { KpiMeasurement } from './kpi-measurement.entity';
import { KpiStatus, KpiTrend } from './kpi-status';
import type { Period } from './kpi-period';
import { KpiChainService } from './kpi-chain.service';
import { KpiService } from './kpi.service';
import { KpiLinkService } from './kpi-link.service';
import { KpiMeasurementService } from './kpi-measurement.service';
import {
  CreateKpiChainInput,
  CreateKpiInput,
  KpiChainsArgs,
  KpisArgs,
  KpiTrendArgs,
  MeasurementHistoryArgs,
  PromiseKpisArgs,
  RecordKpiMeasurementInput,
  UpdateKpiChainInput,
  UpdateKpiInput,
} from './kpi.dto';

@ObjectType()
export class KpiChainConnection extends Connection(KpiChain, 'KpiChain') {}

@ObjectType()
export class KpiConnection extends Connection(Kpi, 'Kpi') {}

@ObjectType()
export class KpiMeasurementConnection extends Connection(KpiMeasurement, 'KpiMeasurement') {}

@ObjectType({ description: 'A calendar period, both days included.' })
export class KpiPeriod implements Period {
  @Field(() => LocalDateResolver)
  start: string;

  @Field(() => LocalDateResolver)
  end: string;
}

@Resolver(() => KpiChain)
export class KpiChainResolver {
  @Allowed('readManagement')
  @Query(() => KpiChainConnection, { description: 'Customer chains, by name.' })
  kpiChains(@Ctx() ctx: Context, @Args() args: KpiChainsArgs): Promise<ConnectionResult<KpiChain>> {
    return KpiChainService.list(ctx, args);
  }

  @Allowed('readManagement')
  @Query(() => KpiChain)
  kpiChain(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<KpiChain> {
    return scoped(ctx, KpiChain).get(id, 'id');
  }

  @Allowed('editSteering')
  @Mutation(() => KpiChain)
  createKpiChain(@Ctx() ctx: Context, @Arg('input') input: CreateKpiChainInput): Promise<KpiChain> {
    return KpiChainService.create(ctx, input);
  }

  @Allowed('editSteering')
  @Mutation(() => KpiChain)
  updateKpiChain(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateKpiChainInput): Promise<KpiChain> {
    return KpiChainService.update(ctx, id, input);
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Ctx() ctx: Context, @Root() chain: KpiChain): Promise<User | null> | null {
    return chain.ownerId ? UserService.loader(ctx).load(chain.ownerId) : null;
  }

  @FieldResolver(() => [Kpi], { description: `The active KPIs of the chain (at most ${MAX_KPIS_PER_CHAIN}), by name; archived ones through \`kpis(chainId, includeArchived: true)\`.` })
  @Extensions({ listSize: MAX_KPIS_PER_CHAIN })
  kpis(@Ctx() ctx: Context, @Root() chain: KpiChain): Promise<Kpi[]> {
    return KpiService.activeInChain(ctx, chain.id);
  }

  @FieldResolver(() => Int)
  activeKpiCount(@Ctx() ctx: Context, @Root() chain: KpiChain): Promise<number> {
    return KpiChainService.activeCount(ctx, chain.id);
  }

  @FieldResolver(() => Int, { description: 'Most active KPIs the chain may hold.' })
  kpiLimit(): number {
    return MAX_KPIS_PER_CHAIN;
  }

  @FieldResolver(() => String, { nullable: true, description: `Set from ${KPI_WARNING_FROM} active KPIs on: a chain should stay at 12–15 KPIs.` })
  capacityWarning(@Ctx() ctx: Context, @Root() chain: KpiChain): Promise<string | null> {
    return KpiChainService.activeCount(ctx, chain.id).then(KpiChainService.capacityWarning);
  }

  @FieldResolver(() => [KpiLink], { description: "Cause-effect links that start or end at one of the chain's active KPIs." })
  links(@Ctx() ctx: Context, @Root() chain: KpiChain): Promise<KpiLink[]> {
    return KpiLinkService.ofChain(ctx, chain.id);
  }
}

@Resolver(() => Kpi)
export class KpiResolver {
  @Allowed('readManagement')
  @Query(() => KpiConnection, { description: 'KPIs by name; archived ones only on request.' })
  kpis(@Ctx() ctx: Context, @Args() args: KpisArgs): Promise<ConnectionResult<Kpi>> {
    return KpiService.list(ctx, args);
  }

  @Allowed('readManagement')
  @Query(() => Kpi)
  kpi(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Kpi> {
    return scoped(ctx, Kpi).get(id, 'id');
  }

  @Allowed('editSteering')
  @Mutation(() => Kpi, { description: `Adds a KPI to a chain; LIMIT_EXCEEDED when the chain already has ${MAX_KPIS_PER_CHAIN} active KPIs.` })
  createKpi(@Ctx() ctx: Context, @Arg('input') input: CreateKpiInput): Promise<Kpi> {
    return KpiService.create(ctx, input);
  }

  @Allowed('editSteering')
  @Mutation(() => Kpi)
  updateKpi(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateKpiInput): Promise<Kpi> {
    return KpiService.update(ctx, id, input);
  }

  @Allowed('editSteering')
  @Mutation(() => Kpi, { description: "Takes a KPI out of its chain's active set; its measurements and links are kept." })
  archiveKpi(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @ExpectedVersionArg() expectedVersion: number): Promise<Kpi> {
    return KpiService.archive(ctx, id, expectedVersion);
  }

  @Allowed('editSteering')
  @Mutation(() => Kpi, { description: 'Brings an archived KPI back into its chain, if the chain has room.' })
  restoreKpi(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @ExpectedVersionArg() expectedVersion: number): Promise<Kpi> {
    return KpiService.restore(ctx, id, expectedVersion);
  }

  @FieldResolver(() => KpiChain)
  chain(@Ctx() ctx: Context, @Root() kpi: Kpi): Promise<KpiChain | null> {
    return byIdLoader(ctx, KpiChain).load(kpi.chainId);
  }

  @FieldResolver(() => Code)
  code(@Ctx() ctx: Context, @Root() kpi: Kpi): Promise<Code | null> {
    return byIdLoader(ctx, Code).load(kpi.codeId);
  }

  @FieldResolver(() => CodePromise, { nullable: true, description: 'The promise measured, in the version in force (or, before any is published, the latest version that has it).' })
  promise(@Ctx() ctx: Context, @Root() kpi: Kpi): Promise<CodePromise | null> {
    return KpiService.promiseOf(ctx, kpi);
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Ctx() ctx: Context, @Root() kpi: Kpi): Promise<User | null> | null {
    return kpi.ownerId ? UserService.loader(ctx).load(kpi.ownerId) : null;
  }

  @FieldResolver(() => [Kpi], { description: 'KPIs that drive this one: direct causes, or with `transitive` causes at any depth; by name.' })
  causes(@Ctx() ctx: Context, @Root() kpi: Kpi, @Arg('transitive', { defaultValue: false }) transitive: boolean): Promise<Kpi[]> {
    return KpiLinkService.neighbours(ctx, kpi.id, 'causes', transitive);
  }

  @FieldResolver(() => [Kpi], { description: 'KPIs this one drives: direct effects, or with `transitive` effects at any depth; by name.' })
  effects(@Ctx() ctx: Context, @Root() kpi: Kpi, @Arg('transitive', { defaultValue: false }) transitive: boolean): Promise<Kpi[]> {
    return KpiLinkService.neighbours(ctx, kpi.id, 'effects', transitive);
  }

  @FieldResolver(() => KpiMeasurementConnection, { description: 'Measurements, newest period first.' })
  measurements(@Ctx() ctx: Context, @Root() kpi: Kpi, @Args() args: MeasurementHistoryArgs): Promise<ConnectionResult<KpiMeasurement>> {
    return KpiMeasurementService.history(ctx, kpi.id, args);
  }

  @FieldResolver(() => KpiMeasurement, { nullable: true, description: 'The measurement of the most recent period.' })
  latestMeasurement(@Ctx() ctx: Context, @Root() kpi: Kpi): Promise<KpiMeasurement | null> {
    return KpiMeasurementService.latest(ctx, kpi);
  }

  @FieldResolver(() => KpiPeriod, { description: "The latest period a measurement is expected for: the most recent period of the KPI's frequency that ended before today." })
  expectedPeriod(@Ctx() ctx: Context, @Root() kpi: Kpi): Promise<Period> {
    return KpiMeasurementService.expectedPeriod(ctx, kpi);
  }

  @FieldResolver(() => KpiStatus, { description: 'The latest measurement against target and threshold; NO_DATA when the expected period has no measurement.' })
  status(@Ctx() ctx: Context, @Root() kpi: Kpi): KpiStatus | Promise<KpiStatus> {
    return KpiMeasurementService.status(ctx, kpi);
  }

  @FieldResolver(() => KpiTrend, {
    nullable: true,
    description: 'Direction over the last periods: the least-squares line through their measurements, compared with a tenth of the at-risk band |target − threshold|. Null with fewer than two measurements in the window.',
  })
  trend(@Ctx() ctx: Context, @Root() kpi: Kpi, @Args() args: KpiTrendArgs): Promise<KpiTrend | null> {
    return KpiMeasurementService.trend(ctx, kpi, args.periods);
  }
}

@Resolver(() => KpiLink)
export class KpiLinkResolver {
  @Allowed('editSteering')
  @Mutation(() => KpiLink, { description: 'Records that `causeId` drives `effectId`. BAD_USER_INPUT (with `cycle`) when the link would close a cycle.' })
  linkKpis(@Ctx() ctx: Context, @Arg('causeId', () => ID) causeId: string, @Arg('effectId', () => ID) effectId: string): Promise<KpiLink> {
    return KpiLinkService.link(ctx, causeId, effectId);
  }

  @Allowed('editSteering')
  @Mutation(() => KpiLink, { description: 'Removes a cause-effect link; returns the removed link.' })
  unlinkKpis(@Ctx() ctx: Context, @Arg('causeId', () => ID) causeId: string, @Arg('effectId', () => ID) effectId: string): Promise<KpiLink> {
    return KpiLinkService.unlink(ctx, causeId, effectId);
  }

  @FieldResolver(() => Kpi)
  cause(@Ctx() ctx: Context, @Root() link: KpiLink): Promise<Kpi | null> {
    return byIdLoader(ctx, Kpi).load(link.causeId);
  }

  @FieldResolver(() => Kpi)
  effect(@Ctx() ctx: Context, @Root() link: KpiLink): Promise<Kpi | null> {
    return byIdLoader(ctx, Kpi).load(link.effectId);
  }
}

@Resolver(() => KpiMeasurement)
export class KpiMeasurementResolver {
  @Allowed('editSteering')
  @Mutation(() => [KpiMeasurement], {
    description: 'Records measurements, all or none. A period that already has a value needs `correction: true` and the `expectedVersion` of the value it replaces (CONFLICT otherwise); repeating the stored value changes nothing.',
  })
  recordMeasurements(@Ctx() ctx: Context, @Arg('input', () => [RecordKpiMeasurementInput]) input: RecordKpiMeasurementInput[]): Promise<KpiMeasurement[]> {
    return KpiMeasurementService.record(ctx, input);
  }

  @FieldResolver(() => Kpi)
  kpi(@Ctx() ctx: Context, @Root() measurement: KpiMeasurement): Promise<Kpi | null> {
    return byIdLoader(ctx, Kpi).load(measurement.kpiId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who recorded the current value.' })
  recordedBy(@Ctx() ctx: Context, @Root() measurement: KpiMeasurement): Promise<User | null> | null {
    return measurement.recordedById ? UserService.loader(ctx).load(measurement.recordedById) : null;
  }
}

@Resolver(() => CodePromise)
export class CodePromiseKpiResolver {
  @Allowed('readManagement')
  @FieldResolver(() => KpiConnection, { description: 'KPIs of this promise lineage (the same in every version of the code), by name.' })
  kpis(@Ctx() ctx: Context, @Root() promise: CodePromise, @Args() args: PromiseKpisArgs): Promise<ConnectionResult<Kpi>> {
    return KpiService.pageOfLineage(ctx, { codeId: promise.codeId, promiseKey: promise.key }, args);
  }
}

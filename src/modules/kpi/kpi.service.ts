import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { perKey } from '../../common/context';
import { createOnce } from '../../common/idempotency';
import { byIdLoader, scoped, expectedIn } from '../../common/tenancy';
import { BadUserInputError, InvalidTransitionError } from '../../common/errors';
import { connectionLoader, paginate, type ConnectionResult, type PageArgs } from '../../common/pagination';
import { UserService } from '../user';
import { Code, CodePromise, CodeVersionStatus, inLineages, lineageKey, lineageSql, parseLineageKey, type PromiseLineage } from '../code';
import { KpiChain } from './kpi-chain.entity';
import { KpiChainService } from './kpi-chain.service';
import { Kpi } from './kpi.entity';
import { KpiMeasurement } from './kpi-measurement.entity';
import { KpiDirection } from './kpi-status';
import { unitProblem, type KpiUnit } from './kpi-unit';
import type { CreateKpiInput, KpisArgs, PromiseKpisArgs, UpdateKpiInput } from './kpi.dto';


/** The KPIs' loaders of a request (`ctx.loaders.kpi`). */
export interface KpiLoaders {
  /** The active KPIs of each chain, by name. */
  activeByChain: DataLoader<string, Kpi[]>;
  /** The KPIs of each promise lineage, by name. */
  byLineage: (includeArchived: boolean) => DataLoader<PromiseLineage, Kpi[], string>;
  /** The promise each lineage reads as now. */
  promiseOfLineage: DataLoader<PromiseLineage, CodePromise | null, string>;
  /** A page of the KPIs of each promise lineage, by name. */
  pageOfLineage: (includeArchived: boolean) => (args: PageArgs) => DataLoader<PromiseLineage, ConnectionResult<Kpi>, string>;
}

declare module '../../common/context' {
  interface LoaderGroups {
    kpi: KpiLoaders;
  }
}

/**
 * KPIs: their definition, the promise lineage and chain they belong to, archiving. Status, trend
 * and measurements are in {@link KpiMeasurementService}, the cause-effect graph in KpiLinkService.
 */
export class KpiService {

  static async list(ctx: Context, args: KpisArgs): Promise<ConnectionResult<Kpi>> {
    const qb = scoped(ctx, Kpi).query('k');
    if (args.chainId) qb.andWhere('k.chainId = :chainId', { chainId: (await scoped(ctx, KpiChain).get(args.chainId, 'chainId')).id });
    if (args.codeId) qb.andWhere('k.codeId = :codeId', { codeId: (await scoped(ctx, Code).get(args.codeId, 'codeId')).id });
    if (args.promiseKey) qb.andWhere('k.promiseKey = :promiseKey', { promiseKey: args.promiseKey });
    if (args.kind) qb.andWhere('k.kind = :kind', { kind: args.kind });
    if (!args.includeArchived) qb.andWhere('k.archivedAt IS NULL');
    return paginate(qb, args, { column: 'k.name', property: 'name', direction: 'ASC' });
  }

  /** Defines a KPI in a chain with room for it (idempotent with a key: a retry is not refused by the chain's limit). */
  static create(ctx: Context, input: CreateKpiInput): Promise<Kpi> {
    return createOnce(ctx, {
      operation: 'createKpi',
      input,
      storedAs: 'kpiId',
      run: async () => {
        await KpiService.checkLineage(ctx, input, 'input');
        KpiService.checkNorm(input);
        if (input.ownerId) await UserService.assignable(ctx, input.ownerId, 'input.ownerId');
        const chain = await KpiChainService.reserveRoom(ctx, input.chainId, 'input.chainId');
        return scoped(ctx, Kpi).insert({
          chainId: chain.id,
          codeId: input.codeId,
          promiseKey: input.promiseKey,
          kind: input.kind,
          name: input.name.trim(),
          description: input.description?.trim() ?? '',
          unit: input.unit,
          direction: input.direction,
          target: input.target,
          threshold: input.threshold,
          frequency: input.frequency,
          ownerId: input.ownerId ?? null,
          archivedAt: null,
        });
      },
      reload: (id) => scoped(ctx, Kpi).get(id),
    });
  }

  /** Changes the fields given. Unit and frequency are fixed once measurements exist (their periods and values depend on them). */
  static async update(ctx: Context, id: string, input: UpdateKpiInput): Promise<Kpi> {
    const kpis = scoped(ctx, Kpi);
    const current = await kpis.get(id, 'id');
    if (current.archivedAt) throw BadUserInputError.field('id', 'the KPI is archived; restore it before changing it');
    const { expectedVersion, ownerId, ...fields } = input;
    const patch = Object.fromEntries(Object.entries(fields).filter(([, v]) => v != null)) as Partial<Kpi>;
    if (patch.name) patch.name = patch.name.trim();
    if (patch.description != null) patch.description = patch.description.trim();
    if (ownerId !== undefined) patch.ownerId = ownerId;
    const next = { ...current, ...patch };

    for (const field of ['unit', 'frequency'] as const) {
      if (patch[field] && patch[field] !== current[field] && (await scoped(ctx, KpiMeasurement).count({ kpiId: current.id }))) {
        throw BadUserInputError.field(`input.${field}`, `cannot change once the KPI has measurements`);
      }
    }
    if (patch.codeId || patch.promiseKey) await KpiService.checkLineage(ctx, next, 'input');
    KpiService.checkNorm(next);
    if (ownerId) await UserService.assignable(ctx, ownerId, 'input.ownerId');
    if (patch.chainId && patch.chainId !== current.chainId) await KpiChainService.reserveRoom(ctx, patch.chainId, 'input.chainId');
    return kpis.update(current, patch, expectedIn(input));
  }

  /** Takes the KPI out of its chain's active set; its measurements and links stay. */
  static async archive(ctx: Context, id: string, expectedVersion: number): Promise<Kpi> {
    const kpis = scoped(ctx, Kpi);
    const current = await kpis.get(id, 'id');
    if (current.archivedAt) throw new InvalidTransitionError('Kpi', 'ARCHIVED', 'ARCHIVED', ['ACTIVE']);
    return kpis.update(current, { archivedAt: new Date() }, { expectedVersion, action: 'Kpi.archived' });
  }

  /** Brings an archived KPI back into its chain, if the chain has room. */
  static async restore(ctx: Context, id: string, expectedVersion: number): Promise<Kpi> {
    const kpis = scoped(ctx, Kpi);
    const current = await kpis.get(id, 'id');
    if (!current.archivedAt) throw new InvalidTransitionError('Kpi', 'ACTIVE', 'ACTIVE', ['ARCHIVED']);
    await KpiChainService.reserveRoom(ctx, current.chainId, 'id');
    return kpis.update(current, { archivedAt: null }, { expectedVersion, action: 'Kpi.restored' });
  }

  /** The code must be the organisation's and hold a promise with this key in one of its versions. */
  private static async checkLineage(ctx: Context, lineage: PromiseLineage, prefix: string): Promise<void> {
    const code = await scoped(ctx, Code).get(lineage.codeId, `${prefix}.codeId`);
    if (!(await scoped(ctx, CodePromise).count({ codeId: code.id, key: lineage.promiseKey }))) {
      throw BadUserInputError.field(`${prefix}.promiseKey`, `code ${code.key} has no promise ${lineage.promiseKey} in any version`);
    }
  }

  /** Target and threshold must be values of the unit, with the threshold on the worse side of the target. */
  private static checkNorm(kpi: { unit: KpiUnit; direction: KpiDirection; target: number; threshold: number }): void {
    for (const field of ['target', 'threshold'] as const) {
      const problem = unitProblem(kpi.unit, kpi[field]);
      if (problem) throw BadUserInputError.field(`input.${field}`, problem);
    }
    if (kpi.direction === KpiDirection.HIGHER_IS_BETTER && kpi.threshold > kpi.target) {
      throw BadUserInputError.field('input.threshold', 'must not be above the target when higher is better');
    }
    if (kpi.direction === KpiDirection.LOWER_IS_BETTER && kpi.threshold < kpi.target) {
      throw BadUserInputError.field('input.threshold', 'must not be below the target when lower is better');
    }
  }

  /** The active KPIs of a chain (at most 15), by name. */
  static activeInChain(ctx: Context, chainId: string): Promise<Kpi[]> {
    return ctx.loaders.kpi.activeByChain.load(chainId);
  }

  /** The KPIs of a promise lineage, by name; batched over every promise of the request. */
  static ofLineage(ctx: Context, lineage: PromiseLineage, includeArchived: boolean): Promise<Kpi[]> {
    return ctx.loaders.kpi.byLineage(includeArchived).load(lineage);
  }

  /** A page of the KPIs of a promise lineage, by name; batched over every promise of the request. */
  static pageOfLineage(ctx: Context, lineage: PromiseLineage, args: PromiseKpisArgs): Promise<ConnectionResult<Kpi>> {
    return ctx.loaders.kpi.pageOfLineage(args.includeArchived)(args).load(lineage);
  }

  /**
   * The promise a KPI measures as customers read it now: in the version in force, or, while no
   * version is published, in the latest version that has it.
   */
  static promiseOf(ctx: Context, lineage: PromiseLineage): Promise<CodePromise | null> {
    return ctx.loaders.kpi.promiseOfLineage.load(lineage);
  }

  /** The loaders of a request (`ctx.loaders.kpi`), registered in the module's definition. */
  static loaders(ctx: Context): KpiLoaders {
    return {
      activeByChain: new DataLoader(async (chainIds: readonly string[]) => {
        const rows = await scoped(ctx, Kpi).query('k').andWhere('k.chainId IN (:...chainIds) AND k.archivedAt IS NULL', { chainIds }).orderBy('k.name').getMany();
        return chainIds.map((id) => rows.filter((k) => k.chainId === id));
      }),
      byLineage: perKey(
        String,
        (includeArchived: boolean) =>
          new DataLoader(
            async (lineages: readonly PromiseLineage[]) => {
              const filter = inLineages('k', 'promiseKey', lineages);
              const qb = scoped(ctx, Kpi).query('k').andWhere(filter.where, filter.params);
              if (!includeArchived) qb.andWhere('k.archivedAt IS NULL');
              const rows = await qb.orderBy('k.name').getMany();
              return lineages.map((l) => rows.filter((k) => lineageKey(k) === lineageKey(l)));
            },
            { cacheKeyFn: lineageKey },
          ),
      ),
      promiseOfLineage: new DataLoader(
        async (lineages: readonly PromiseLineage[]) => {
          const filter = inLineages('p', 'key', lineages);
          const rows = await scoped(ctx, CodePromise).query('p').innerJoinAndSelect('p.codeVersion', 'v').andWhere(filter.where, filter.params).getMany();
          const rank = (p: CodePromise) => (p.codeVersion!.status === CodeVersionStatus.PUBLISHED ? 1e9 : 0) + p.codeVersion!.version;
          return lineages.map((l) => rows
            .filter((p) => p.codeId === l.codeId && p.key === l.promiseKey)
            .reduce<CodePromise | null>((best, p) => (!best || rank(p) > rank(best) ? p : best), null));
        },
        { cacheKeyFn: lineageKey },
      ),
      pageOfLineage: perKey(String, (includeArchived: boolean) =>
        connectionLoader({
          keyOf: lineageKey,
          direction: 'ASC',
          nodes: byIdLoader(ctx, Kpi),
          entity: Kpi,
          source: (keys) => {
            const lineages = keys.map(parseLineageKey);
            const filter = inLineages('k', 'promiseKey', lineages);
            const qb = scoped(ctx, Kpi).query('k').andWhere(filter.where, filter.params);
            if (!includeArchived) qb.andWhere('k.archivedAt IS NULL');
            return qb.select(lineageSql('k', 'promiseKey'), 'parent').addSelect('k.id', 'id').addSelect('k.name', 'sort');
          },
        }),
      ),
    };
  }
}

import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { createOnce } from '../../common/idempotency';
import { scoped, expectedIn } from '../../common/tenancy';
import { LimitExceededError } from '../../common/errors';
import { paginate, type ConnectionResult } from '../../common/pagination';
import { UserService } from '../user';
import { KPI_WARNING_FROM, KpiChain, MAX_KPIS_PER_CHAIN } from './kpi-chain.entity';
import { Kpi } from './kpi.entity';
import type { CreateKpiChainInput, KpiChainsArgs, UpdateKpiChainInput } from './kpi.dto';

/** The KPI chains' loaders of a request (`ctx.loaders.kpiChain`). */
export interface KpiChainLoaders {
  /** The number of active KPIs of each chain. */
  activeCount: DataLoader<string, number>;
}

declare module '../../common/context' {
  interface LoaderGroups {
    kpiChain: KpiChainLoaders;
  }
}

/** Customer chains and the limit on how many active KPIs each may hold. */
export class KpiChainService {

  static list(ctx: Context, args: KpiChainsArgs): Promise<ConnectionResult<KpiChain>> {
    return paginate(scoped(ctx, KpiChain).query('c'), args, { column: 'c.name', property: 'name', direction: 'ASC' });
  }

  /** Creates a chain (idempotent with a key). */
  static create(ctx: Context, input: CreateKpiChainInput): Promise<KpiChain> {
    return createOnce(ctx, {
      operation: 'createKpiChain',
      input,
      storedAs: 'kpiChainId',
      run: async () => {
        if (input.ownerId) await UserService.assignable(ctx, input.ownerId, 'input.ownerId');
        return scoped(ctx, KpiChain).insert({ name: input.name.trim(), description: input.description?.trim() ?? '', ownerId: input.ownerId ?? null });
      },
      reload: (id) => scoped(ctx, KpiChain).get(id),
    });
  }

  static async update(ctx: Context, id: string, input: UpdateKpiChainInput): Promise<KpiChain> {
    const chains = scoped(ctx, KpiChain);
    const current = await chains.get(id, 'id');
    if (input.ownerId) await UserService.assignable(ctx, input.ownerId, 'input.ownerId');
    const patch: Partial<KpiChain> = {};
    if (input.name != null) patch.name = input.name.trim();
    if (input.description != null) patch.description = input.description.trim();
    if (input.ownerId !== undefined) patch.ownerId = input.ownerId;
    return chains.update(current, patch, expectedIn(input));
  }

  /**
   * Locks the chain row (`FOR UPDATE`, until the mutation commits) and checks it has room for one
   * more active KPI. Concurrent additions to the same chain queue on the lock, so each counts the
   * KPIs the others committed and the 16th is refused however the requests interleave.
   */
  static async reserveRoom(ctx: Context, chainId: string, field: string): Promise<KpiChain> {
    const chain = await scoped(ctx, KpiChain).get(chainId, field);
    await scoped(ctx, KpiChain).query('c').andWhere('c.id = :id', { id: chain.id }).setLock('pessimistic_write').getOne();
    const active = await scoped(ctx, Kpi).query('k').andWhere('k.chainId = :chainId AND k.archivedAt IS NULL', { chainId: chain.id }).getCount();
    if (active >= MAX_KPIS_PER_CHAIN) {
      throw new LimitExceededError(`Chain "${chain.name}" already has ${active} active KPIs, the most a chain may hold (${MAX_KPIS_PER_CHAIN}); archive one first`, {
        field,
        limit: MAX_KPIS_PER_CHAIN,
      });
    }
    return chain;
  }

  /** Number of active KPIs per chain, one grouped query per request batch. */
  static activeCount(ctx: Context, chainId: string): Promise<number> {
    return ctx.loaders.kpiChain.activeCount.load(chainId);
  }

  /** The warning a frontend shows once a chain holds {@link KPI_WARNING_FROM} or more active KPIs. */
  static capacityWarning(activeKpis: number): string | null {
    if (activeKpis < KPI_WARNING_FROM) return null;
    const left = MAX_KPIS_PER_CHAIN - activeKpis;
    return `This chain has ${activeKpis} active KPIs; keep a chain to 12–15 KPIs so that it stays steerable (${left > 0 ? `${left} more allowed` : 'no more allowed'}).`;
  }

  /** The loaders of a request (`ctx.loaders.kpiChain`), registered in the module's definition. */
  static loaders(ctx: Context): KpiChainLoaders {
    return {
      activeCount: new DataLoader(async (ids: readonly string[]) => {
        const rows: { chainId: string; n: number }[] = await scoped(ctx, Kpi)
          .query('k')
          .select('k.chainId', 'chainId')
          .addSelect('count(*)::int', 'n')
          .andWhere('k.chainId IN (:...ids) AND k.archivedAt IS NULL', { ids })
          .groupBy('k.chainId')
          .getRawMany();
        const byChain = new Map(rows.map((r) => [r.chainId, r.n]));
        return ids.map((id) => byChain.get(id) ?? 0);
      }),
    };
  }
}

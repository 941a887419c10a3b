import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { currentUser, perKey } from '../../common/context';
import { byIdLoader, scoped } from '../../common/tenancy';
import { AppError, BadUserInputError, ConflictError, ErrorCode, NotFoundError } from '../../common/errors';
import { Kpi } from './kpi.entity';
import { KpiLink } from './kpi-link.entity';
import { cycleClosedBy, type KpiEdge } from './kpi-graph';

/** BAD_USER_INPUT for a link that would make the KPI graph cyclic; `cycle` lists the KPIs along it. */
export class KpiCycleError extends AppError {
  constructor(cycle: Pick<Kpi, 'id' | 'name'>[]) {
    const path = cycle.map((k) => k.name).join(' → ');
    const message = cycle.length === 2 ? `A KPI cannot be its own cause (${path})` : `This link would close the cycle ${path}`;
    super(message, ErrorCode.BAD_USER_INPUT, {
      fields: [{ field: 'effectId', message }],
      cycle: cycle.map((k) => ({ id: k.id, name: k.name })),
    });
  }
}

export type GraphDirection = 'causes' | 'effects';

/** The KPI links' loaders of a request (`ctx.loaders.kpiLink`). */
export interface KpiLinkLoaders {
  /** The causes or effects of each KPI, direct or at any depth. */
  neighbours: (walk: { direction: GraphDirection; transitive: boolean }) => DataLoader<string, Kpi[]>;
  /** The links at each chain's active KPIs, oldest first. */
  byChain: DataLoader<string, KpiLink[]>;
}

declare module '../../common/context' {
  interface LoaderGroups {
    kpiLink: KpiLinkLoaders;
  }
}

/**
 * The cause-effect graph between KPIs. It spans the organisation (a process KPI of one chain may
 * drive a result KPI of another) and stays acyclic: every link is checked against the links
 * reachable from its effect.
 */
export class KpiLinkService {
  static async link(ctx: Context, causeId: string, effectId: string): Promise<KpiLink> {
    const cause = await scoped(ctx, Kpi).get(causeId, 'causeId');
    const effect = await scoped(ctx, Kpi).get(effectId, 'effectId');
    if (cause.id === effect.id) throw new KpiCycleError([cause, cause]);
    for (const [field, kpi] of [['causeId', cause], ['effectId', effect]] as const) {
      if (kpi.archivedAt) throw BadUserInputError.field(field, `KPI "${kpi.name}" is archived`);
    }
    // One writer at a time per organisation's graph: two links that are each harmless alone
    // (A → B and B → A) must not both pass the check concurrently.
    await ctx.db.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`kpi-graph:${currentUser(ctx).organizationId}`]);
    const links = scoped(ctx, KpiLink);
    if (await links.count({ causeId: cause.id, effectId: effect.id })) {
      throw new ConflictError(`"${cause.name}" is already a cause of "${effect.name}"`, { fields: [{ field: 'effectId', message: 'already linked' }] });
    }
    const cycle = cycleClosedBy(await KpiLinkService.edgesReachableFrom(ctx, effect.id), cause.id, effect.id);
    if (cycle) {
      const kpis = await scoped(ctx, Kpi).byIds(cycle);
      throw new KpiCycleError(kpis.map((k) => k!));
    }
    return links.insert({ causeId: cause.id, effectId: effect.id });
  }

  /** Removes the link; NOT_FOUND when the two KPIs are not linked this way. */
  static async unlink(ctx: Context, causeId: string, effectId: string): Promise<KpiLink> {
    const cause = await scoped(ctx, Kpi).get(causeId, 'causeId');
    const effect = await scoped(ctx, Kpi).get(effectId, 'effectId');
    const links = scoped(ctx, KpiLink);
    const link = await links.findOne({ causeId: cause.id, effectId: effect.id });
    if (!link) throw new NotFoundError('KpiLink', `${cause.id} → ${effect.id}`, 'effectId');
    await links.delete(link);
    return link;
  }

  /** Every link on a path that starts at `kpiId` (one recursive query). */
  private static async edgesReachableFrom(ctx: Context, kpiId: string): Promise<KpiEdge[]> {
    return ctx.db.query(
      `WITH RECURSIVE reachable(cause_id, effect_id) AS (
         SELECT cause_id, effect_id FROM kpi_link WHERE organization_id = $1 AND cause_id = $2
         UNION
         SELECT l.cause_id, l.effect_id FROM kpi_link l JOIN reachable r ON l.cause_id = r.effect_id WHERE l.organization_id = $1
       )
       SELECT cause_id AS "causeId", effect_id AS "effectId" FROM reachable`,
      [currentUser(ctx).organizationId, kpiId],
    );
  }

  /**
   * The KPIs that drive this one (`causes`) or that it drives (`effects`): the direct neighbours,
   * or with `transitive` every KPI at any depth. Batched: one recursive query for all KPIs of the
   * request, then the KPIs by id.
   */
  static async neighbours(ctx: Context, kpiId: string, direction: GraphDirection, transitive: boolean): Promise<Kpi[]> {
    return ctx.loaders.kpiLink.neighbours({ direction, transitive }).load(kpiId);
  }

  /** Links that start or end at one of the chain's active KPIs, oldest first. */
  static async ofChain(ctx: Context, chainId: string): Promise<KpiLink[]> {
    return ctx.loaders.kpiLink.byChain.load(chainId);
  }

  /** The loaders of a request (`ctx.loaders.kpiLink`), registered in the module's definition. */
  static loaders(ctx: Context): KpiLinkLoaders {
    return {
      neighbours: perKey(
        ({ direction, transitive }: { direction: GraphDirection; transitive: boolean }) => `${direction}.${transitive}`,
        ({ direction, transitive }: { direction: GraphDirection; transitive: boolean }) =>
          new DataLoader(async (ids: readonly string[]) => {
            const [from, to] = direction === 'causes' ? ['effect_id', 'cause_id'] : ['cause_id', 'effect_id'];
            const step = transitive
              ? `UNION SELECT w.root, l.${to} FROM walk w JOIN kpi_link l ON l.${from} = w.kpi_id WHERE l.organization_id = $1`
              : '';
            const rows: { root: string; kpiId: string }[] = await ctx.db.query(
              `WITH RECURSIVE walk(root, kpi_id) AS (
                 SELECT ${from}, ${to} FROM kpi_link WHERE organization_id = $1 AND ${from} = ANY($2::uuid[])
                 ${step}
               )
               SELECT w.root, w.kpi_id AS "kpiId" FROM walk w JOIN kpi k ON k.id = w.kpi_id ORDER BY k.name, k.id`,
              [currentUser(ctx).organizationId, ids],
            );
            const kpis = await byIdLoader(ctx, Kpi).loadMany([...new Set(rows.map((r) => r.kpiId))]);
            const byId = new Map(kpis.filter((k): k is Kpi => k instanceof Kpi).map((k) => [k.id, k]));
            return ids.map((id) => rows.filter((r) => r.root === id && r.kpiId !== id).map((r) => byId.get(r.kpiId)!));
          }),
      ),
      byChain: new DataLoader(async (chainIds: readonly string[]) => {
        const rows: { chainId: string; linkId: string }[] = await ctx.db.query(
          `SELECT DISTINCT k.chain_id AS "chainId", l.id AS "linkId", l.created_at
             FROM kpi_link l JOIN kpi k ON k.id IN (l.cause_id, l.effect_id) AND k.archived_at IS NULL
            WHERE l.organization_id = $1 AND k.chain_id = ANY($2::uuid[])
            ORDER BY l.created_at, l.id`,
          [currentUser(ctx).organizationId, chainIds],
        );
        const links = await scoped(ctx, KpiLink).byIds(rows.map((r) => r.linkId));
        return chainIds.map((id) => rows.flatMap((r, i) => (r.chainId === id && links[i] ? [links[i]!] : [])));
      }),
    };
  }
}

import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { currentUser, perKey } from '../../common/context';
import { byIdLoader, scoped } from '../../common/tenancy';
import { fromJsonRow, type JsonRow } from '../../common/json-rows';
import { statement, type Statement } from '../../common/statement-batch';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors';
import { decodeCursor, encodeCursor, pageSize, type ConnectionResult } from '../../common/pagination';
import { organizationToday } from '../../common/local-date';
import { inLineages, lineageKey, type PromiseLineage } from '../code';
import { Kpi } from './kpi.entity';
import { KpiMeasurement } from './kpi-measurement.entity';
import { isPeriod, latestExpectedPeriod, periodContaining, type Period } from './kpi-period';
import { kpiStatus, kpiTrend, type KpiStatus, type KpiTrend } from './kpi-status';
import { unitProblem } from './kpi-unit';
import { MAX_MEASUREMENT_BATCH, type MeasurementHistoryArgs, type RecordKpiMeasurementInput } from './kpi.dto';

/** A row of {@link KpiMeasurementService.activeWithLatest}: the KPI and its latest measurement, as JSON. */
export interface ActiveKpiRow {
  kpi: JsonRow;
  latest: JsonRow | null;
}

/** An active KPI with its latest measurement and its status today. */
export interface KpiWithStatus {
  kpi: Kpi;
  latest: KpiMeasurement | null;
  status: KpiStatus;
}

/** Measurements kept in view for status and trend: enough for the longest trend window (12 periods). */
const RECENT = 12;

interface HistoryFilter {
  from?: string | null;
  to?: string | null;
  after?: string | null;
}

/** The KPI measurements' loaders of a request (`ctx.loaders.kpiMeasurement`). */
export interface KpiMeasurementLoaders {
  /** A page of each KPI's measurements, newest period first. */
  history: (page: { filter: HistoryFilter; first: number }) => DataLoader<string, ConnectionResult<KpiMeasurement>>;
  /** The latest measurements of each KPI, newest first. */
  recent: DataLoader<string, KpiMeasurement[]>;
  /** The measurement of each KPI's most recent period: the first of {@link recent}, unless a statement read it already. */
  latest: DataLoader<string, KpiMeasurement | null>;
  /** Statuses already worked out in this request (by {@link KpiMeasurementService.activeWithStatus}), by KPI id. */
  statusesKnown: Map<string, KpiStatus>;
}

declare module '../../common/context' {
  interface LoaderGroups {
    kpiMeasurement: KpiMeasurementLoaders;
  }
}

/**
 * Measurements of KPIs and what follows from them: status against target and threshold, trend,
 * history. Periods are the calendar periods of the KPI's frequency; "today" is the organisation's.
 */
export class KpiMeasurementService {
  /**
   * Records a batch of measurements, all or none: every row is checked before anything is
   * written, and the mutation's transaction undoes the rest if a write fails. A row for a period
   * that already has a value needs `correction: true` with the `expectedVersion` of the value it
   * replaces (the audit event keeps the replaced value),
   * except an exact repeat of the stored value and note, which changes nothing (a retried request).
   */
  static async record(ctx: Context, rows: RecordKpiMeasurementInput[]): Promise<KpiMeasurement[]> {
    if (rows.length === 0 || rows.length > MAX_MEASUREMENT_BATCH) {
      throw BadUserInputError.field('input', `must hold 1 to ${MAX_MEASUREMENT_BATCH} measurements`);
    }
    const today = await organizationToday(ctx);
    const kpis = await scoped(ctx, Kpi).byIds(rows.map((r) => r.kpiId));
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const at = (field: string) => `input[${i}].${field}`;
      const kpi = kpis[i];
      if (!kpi) throw new NotFoundError('Kpi', row.kpiId, at('kpiId'));
      if (kpi.archivedAt) throw BadUserInputError.field(at('kpiId'), `KPI "${kpi.name}" is archived`);
      if (row.periodEnd < row.periodStart) throw BadUserInputError.field(at('periodEnd'), 'must not be before periodStart');
      if (!isPeriod(kpi.frequency, { start: row.periodStart, end: row.periodEnd })) {
        const p = periodContaining(kpi.frequency, row.periodStart);
        throw BadUserInputError.field(at('periodStart'), `must be one ${kpi.frequency} period of "${kpi.name}", e.g. ${p.start} to ${p.end}`);
      }
      if (row.periodEnd > today) throw BadUserInputError.field(at('periodEnd'), `the period has not ended yet (today is ${today})`);
      const problem = unitProblem(kpi.unit, row.value);
      if (problem) throw BadUserInputError.field(at('value'), problem);
      const key = `${kpi.id}|${row.periodStart}`;
      if (seen.has(key)) throw BadUserInputError.field(at('periodStart'), `the batch already has a measurement of "${kpi.name}" for this period`);
      seen.add(key);
    });

    const measurements = scoped(ctx, KpiMeasurement);
    const existing = await measurements
      .query('m')
      .andWhere('(m.kpiId, m.periodStart) IN (SELECT * FROM unnest(CAST(:kpiIds AS uuid[]), CAST(:starts AS date[])))', {
        kpiIds: rows.map((r) => r.kpiId),
        starts: rows.map((r) => r.periodStart),
      })
      .getMany();
    const stored = new Map(existing.map((m) => [`${m.kpiId}|${m.periodStart}`, m]));
    const recordedById = currentUser(ctx).id;
    const result: KpiMeasurement[] = [];
    let writes = 0;
    for (const [i, row] of rows.entries()) {
      const note = row.note?.trim() || null;
      const previous = stored.get(`${row.kpiId}|${row.periodStart}`);
      if (!previous) {
        if (row.correction) throw BadUserInputError.field(`input[${i}].correction`, 'there is no recorded value for this period to correct');
        result.push(await measurements.insert({ kpiId: row.kpiId, periodStart: row.periodStart, periodEnd: row.periodEnd, value: row.value, note, recordedById }, { action: 'KpiMeasurement.recorded' }));
        writes++;
      } else if (!row.correction) {
        if (previous.value !== row.value || previous.note !== note) {
          throw new ConflictError(`"${kpis[i]!.name}" already has the value ${previous.value} for ${row.periodStart} to ${row.periodEnd}; send correction: true with the expectedVersion you read to replace it`, {
            fields: [{ field: `input[${i}].correction`, message: 'a value is already recorded for this period' }],
          });
        }
        result.push(previous);
      } else {
        if (row.expectedVersion == null) throw BadUserInputError.field(`input[${i}].expectedVersion`, 'is required with correction: true: the version of the measurement you read');
        result.push(await measurements.update(previous, { value: row.value, note, recordedById }, {
          action: 'KpiMeasurement.corrected',
          expectedVersion: row.expectedVersion,
          versionField: `input[${i}].expectedVersion`,
        }));
        writes++;
      }
    }
    if (writes === 0) ctx.unchanged = true;
    return result;
  }

  /** A page of a KPI's measurements, newest period first, restricted to periods overlapping `from`–`to`. */
  static history(ctx: Context, kpiId: string, args: MeasurementHistoryArgs): Promise<ConnectionResult<KpiMeasurement>> {
    if (args.from && args.to && args.to < args.from) throw BadUserInputError.field('to', 'must not be before from');
    const first = pageSize(args);
    const filter: HistoryFilter = { from: args.from, to: args.to, after: args.after };
    return ctx.loaders.kpiMeasurement.history({ filter, first }).load(kpiId);
  }

  /** The latest measurements of a KPI (up to 12, newest first), shared by status, trend and latest value. */
  static recent(ctx: Context, kpiId: string): Promise<KpiMeasurement[]> {
    return ctx.loaders.kpiMeasurement.recent.load(kpiId);
  }

  static latest(ctx: Context, kpi: Kpi): Promise<KpiMeasurement | null> {
    return ctx.loaders.kpiMeasurement.latest.load(kpi.id);
  }

  /**
   * The active KPIs of each promise lineage, by name, with their status today: one statement,
   * reading each KPI's latest measurement beside it, which also fills the loaders that `Kpi.status`
   * and `Kpi.latestMeasurement` read (whatever the number of lineages and KPIs).
   */
  static async activeWithStatus(ctx: Context, lineages: readonly PromiseLineage[]): Promise<KpiWithStatus[][]> {
    if (lineages.length === 0) return [];
    const read = KpiMeasurementService.activeWithLatest(ctx, lineages);
    const [rows, today] = await Promise.all([ctx.db.query(read.sql, read.params) as Promise<ActiveKpiRow[]>, organizationToday(ctx)]);
    return KpiMeasurementService.withStatus(ctx, lineages, rows, today);
  }

  /** The statement of {@link activeWithStatus}: each active KPI of the lineages (as JSON) with its latest measurement, by name. */
  static activeWithLatest(ctx: Context, lineages: readonly PromiseLineage[]): Statement<ActiveKpiRow> {
    const filter = inLineages('k', 'promiseKey', lineages);
    const [sql, params] = scoped(ctx, Kpi)
      .query('k')
      .andWhere(filter.where, filter.params)
      .andWhere('k.archivedAt IS NULL')
      .select('to_jsonb(k)', 'kpi')
      .addSelect(
        (latest) =>
          latest
            .select('to_jsonb(m)')
            .from(KpiMeasurement, 'm')
            .where('m.organizationId = k.organizationId AND m.kpiId = k.id')
            .orderBy('m.periodStart', 'DESC')
            .addOrderBy('m.id', 'DESC')
            .limit(1),
        'latest',
      )
      .orderBy('k.name')
      .addOrderBy('k.id')
      .getQueryAndParameters();
    return statement(sql, params);
  }

  /** The rows of {@link activeWithLatest} as KPIs with their status `today`, per lineage, priming the request's loaders. */
  static withStatus(ctx: Context, lineages: readonly PromiseLineage[], rows: readonly ActiveKpiRow[], today: string): KpiWithStatus[][] {
    const kpis = rows.map((row) => {
      const kpi = fromJsonRow(ctx.db, Kpi, row.kpi);
      const latest = row.latest ? fromJsonRow(ctx.db, KpiMeasurement, row.latest) : null;
      return { kpi, latest, status: kpiStatus(kpi, latest, today) };
    });
    KpiMeasurementService.prime(ctx, kpis);
    const byLineage = new Map<string, KpiWithStatus[]>();
    for (const entry of kpis) {
      const key = lineageKey(entry.kpi);
      const list = byLineage.get(key);
      if (list) list.push(entry);
      else byLineage.set(key, [entry]);
    }
    return lineages.map((lineage) => byLineage.get(lineageKey(lineage)) ?? []);
  }

  /** Gives the request's loaders KPIs already read with their latest measurement and status today (read now, or kept from an earlier request of the same day). */
  static prime(ctx: Context, kpis: readonly KpiWithStatus[]): void {
    for (const { kpi, latest, status } of kpis) {
      byIdLoader(ctx, Kpi).prime(kpi.id, kpi);
      if (latest) byIdLoader(ctx, KpiMeasurement).prime(latest.id, latest);
      ctx.loaders.kpiMeasurement.latest.prime(kpi.id, latest);
      ctx.loaders.kpiMeasurement.statusesKnown.set(kpi.id, status);
    }
  }

  /** The period the KPI's status looks at today (see {@link latestExpectedPeriod}). */
  static async expectedPeriod(ctx: Context, kpi: Kpi): Promise<Period> {
    return latestExpectedPeriod(kpi.frequency, await organizationToday(ctx));
  }

  /** A KPI's status today: as already worked out in this request (a code's status), else from its latest measurement. */
  static status(ctx: Context, kpi: Kpi): KpiStatus | Promise<KpiStatus> {
    return ctx.loaders.kpiMeasurement.statusesKnown.get(kpi.id) ?? KpiMeasurementService.statusNow(ctx, kpi);
  }

  private static async statusNow(ctx: Context, kpi: Kpi): Promise<KpiStatus> {
    const [latest, today] = await Promise.all([KpiMeasurementService.latest(ctx, kpi), organizationToday(ctx)]);
    return kpiStatus(kpi, latest, today);
  }

  static async trend(ctx: Context, kpi: Kpi, periods: number): Promise<KpiTrend | null> {
    const [recent, today] = await Promise.all([KpiMeasurementService.recent(ctx, kpi.id), organizationToday(ctx)]);
    return kpiTrend(kpi, recent, today, periods);
  }

  /**
   * Up to `limit` measurements per KPI, newest period first, after the filter: one query ranking
   * each KPI's rows with a window function, whatever the number of KPIs.
   */
  private static latestOf(ctx: Context, kpiIds: readonly string[], filter: HistoryFilter, limit: number): Promise<KpiMeasurement[]> {
    const ranked = KpiMeasurementService.filtered(ctx, kpiIds, filter)
      .select('m.id', 'id')
      .addSelect('row_number() OVER (PARTITION BY m.kpi_id ORDER BY m.period_start DESC, m.id DESC)', 'rank');
    if (filter.after) {
      const [periodStart, id] = decodeCursor(filter.after);
      ranked.andWhere('(m.periodStart, m.id) < (:cursorStart, :cursorId)', { cursorStart: String(periodStart), cursorId: id });
    }
    return scoped(ctx, KpiMeasurement)
      .query('page')
      .andWhere(`page.id IN (SELECT ranked.id FROM (${ranked.getQuery()}) ranked WHERE ranked.rank <= :limit)`)
      .setParameters({ ...ranked.getParameters(), limit })
      .orderBy('page.periodStart', 'DESC')
      .addOrderBy('page.id', 'DESC')
      .getMany();
  }

  private static async count(ctx: Context, kpiIds: readonly string[], filter: HistoryFilter): Promise<Map<string, number>> {
    const rows: { kpiId: string; n: number }[] = await KpiMeasurementService.filtered(ctx, kpiIds, filter)
      .select('m.kpiId', 'kpiId')
      .addSelect('count(*)::int', 'n')
      .groupBy('m.kpiId')
      .getRawMany();
    return new Map(rows.map((r) => [r.kpiId, r.n]));
  }

  private static filtered(ctx: Context, kpiIds: readonly string[], filter: HistoryFilter) {
    const qb = scoped(ctx, KpiMeasurement).query('m').andWhere('m.kpiId IN (:...kpiIds)', { kpiIds });
    if (filter.from) qb.andWhere('m.periodEnd >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('m.periodStart <= :to', { to: filter.to });
    return qb;
  }

  /** The loaders of a request (`ctx.loaders.kpiMeasurement`), registered in the module's definition. */
  static loaders(ctx: Context): KpiMeasurementLoaders {
    return {
      history: perKey(
        (page: { filter: HistoryFilter; first: number }) => JSON.stringify([page.filter, page.first]),
        ({ filter, first }: { filter: HistoryFilter; first: number }) =>
          new DataLoader(async (kpiIds: readonly string[]) => {
            const [rows, totals] = await Promise.all([
              KpiMeasurementService.latestOf(ctx, kpiIds, filter, first + 1),
              KpiMeasurementService.count(ctx, kpiIds, filter),
            ]);
            return kpiIds.map((id) => {
              const own = rows.filter((m) => m.kpiId === id);
              const edges = own.slice(0, first).map((node) => ({ node, cursor: encodeCursor(node.periodStart, node.id) }));
              return {
                edges,
                totalCount: totals.get(id) ?? 0,
                pageInfo: {
                  hasNextPage: own.length > first,
                  hasPreviousPage: !!filter.after,
                  startCursor: edges[0]?.cursor ?? null,
                  endCursor: edges[edges.length - 1]?.cursor ?? null,
                },
              };
            });
          }),
      ),
      recent: new DataLoader(async (kpiIds: readonly string[]) => {
        const rows = await KpiMeasurementService.latestOf(ctx, kpiIds, {}, RECENT);
        return kpiIds.map((id) => rows.filter((m) => m.kpiId === id));
      }),
      latest: new DataLoader(async (kpiIds: readonly string[]) => {
        const recent = await ctx.loaders.kpiMeasurement.recent.loadMany(kpiIds);
        return recent.map((list) => (list instanceof Error ? list : (list[0] ?? null)));
      }),
      statusesKnown: new Map(),
    };
  }
}

import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { can } from '../../common/permissions';
import { todayIn } from '../../common/local-date';
import type { PromiseStatusPolicy } from '../../common/organization.entity';
import { scoped } from '../../common/tenancy';
import { OrganizationService } from '../organization';
import { CodePromise, CodeService, lineageOf, promiseLineageKey, type CodeInForce } from '../code';
import { Complaint } from '../complaint';
import { KpiStatus, KpiMeasurementService, type KpiWithStatus } from '../kpi';
import { customerPerceived, type SurveyCounts } from '../survey';
import { handlingRates } from './monitoring-sql';
import { disputesFigures, lineageFigures, nextClockChange, type LineageFigureRow } from './monitoring-rollups';
import { keptOrComputed } from './monitoring-cache';
import { readTogether } from '../../common/statement-batch';
import type { Organization } from '../../common/organization.entity';
import { STATUS_SEVERITY, promiseStatus, rolledUpStatus, type PromiseStatus } from './promise-status';
import { reportingPeriod, type Period, type PeriodBounds } from './reporting-period';
import type { CodeStatus, PromiseActionFigures, PromiseComplaintFigures, PromiseHandlingFigures, PromiseStatusReport } from './code-status.types';

const NO_COMPLAINTS: PromiseComplaintFigures = {
  received: 0,
  open: 0,
  overdue: 0,
  upheld: 0,
  partiallyUpheld: 0,
  decided: 0,
  decidedUpheld: 0,
  overturned: 0,
  ...handlingRates(undefined),
  disputes: disputesFigures(undefined),
};
const NO_HANDLING: PromiseHandlingFigures = {
  overdue: 0,
  ...handlingRates(undefined),
};
const NO_ACTIONS: PromiseActionFigures = {
  open: 0,
  overdue: 0,
  notEffective: 0,
  verifiedEffective: 0,
};

/** The monitoring module's loaders of a request (`ctx.loaders.monitoring`). */
export interface MonitoringLoaders {
  /** The status of each promise's lineage over the default period. */
  status: DataLoader<CodePromise, PromiseStatus, string>;
}

declare module '../../common/context' {
  interface LoaderGroups {
    monitoring: MonitoringLoaders;
  }
}

/**
 * A computed `codeStatus`, with what its computation gave the request's loaders (given again to
 * each request a kept answer serves) and the first deadline ahead at which a figure may change.
 */
interface ComputedCodeStatus {
  status: CodeStatus;
  inForce: CodeInForce;
  kpis: KpiWithStatus[];
  nextChangeAt: number | null;
}

/**
 * `codeStatus`: for each promise of the version in force, its KPI statuses, complaints and
 * corrective actions, and the status the rule in {@link promiseStatus} gives them; rolled up for
 * the code. At most three statements, whatever the number of promises, KPIs or complaints: the
 * organisation with its change stamp (when the monitoring cache is on; a current kept answer ends
 * here), the code with its version in force and promises (code module), then together the
 * complaint and action figures of every promise from the monitoring rollups
 * (`monitoring-rollups.ts`), the KPIs of every promise with their latest measurements (KPI module)
 * and the next deadline ahead.
 */
export class CodeStatusService {
  /**
   * The status of a code over a period. With the monitoring cache on (`MONITORING_CACHE_ENTRIES`),
   * the organisation and its change stamp are read first: an answer kept under the same stamp, date
   * and period, none of whose deadlines has passed since, is the answer (one statement); otherwise
   * it is computed in two more statements and kept.
   */
  static async codeStatus(ctx: Context, codeId: string, period?: Period | null): Promise<CodeStatus> {
    const kept = await keptOrComputed(
      ctx,
      'codeStatus',
      ({ organization }) => {
        const today = todayIn(organization.timezone);
        const bounds = reportingPeriod(period, today, organization.timezone);
        // Reasons name KPIs only to those who may read them.
        return [codeId, bounds.from, bounds.to, today, can(ctx, 'readManagement')];
      },
      async (stamped) => {
        const { nextChangeAt, ...value } = await CodeStatusService.compute(ctx, codeId, period, stamped?.organization);
        return { value, nextChangeAt };
      },
      ({ inForce, kpis }) => {
        CodeService.primeInForce(ctx, inForce);
        KpiMeasurementService.prime(ctx, kpis);
      },
    );
    return kept.status;
  }

  /** `codeStatus` computed: the code in force (one statement), then its figures, KPIs and next deadline (one statement). */
  private static async compute(
    ctx: Context,
    codeId: string,
    period: Period | null | undefined,
    known?: Organization,
  ): Promise<ComputedCodeStatus> {
    const inForce = await CodeService.withVersionInForce(ctx, codeId, 'codeId');
    const { code, version, promises } = inForce;
    // Read with the code when not known already.
    const organization = known ?? (await OrganizationService.current(ctx));
    const today = todayIn(organization.timezone);
    const bounds = reportingPeriod(period, today, organization.timezone);
    const { reports, kpis, nextChangeAt } = await CodeStatusService.assess(
      ctx,
      promises,
      bounds,
      today,
      organization.promiseStatusPolicy,
      organization.surveyPolicy.minimumResponses,
    );
    const statuses = reports.map((r) => r.status);
    const status: CodeStatus = {
      code,
      codeVersion: version,
      period: { from: bounds.from, to: bounds.to },
      status: rolledUpStatus(statuses),
      statusCounts: STATUS_SEVERITY.map((s) => ({
        status: s,
        count: statuses.filter((x) => x === s).length,
      })),
      promises: reports,
    };
    return { status, inForce, kpis: kpis.flat(), nextChangeAt };
  }

  /** `CodePromise.status`: the status of the promise's lineage over the default period, batched over every promise of the request. */
  static status(ctx: Context, promise: CodePromise): Promise<PromiseStatus> {
    return ctx.loaders.monitoring.status.load(promise);
  }

  /** The module's loaders of a request (`ctx.loaders.monitoring`), registered in its definition. */
  static loaders(ctx: Context): MonitoringLoaders {
    return {
      status: new DataLoader(
        async (promises: readonly CodePromise[]) => {
          const { timezone, promiseStatusPolicy, surveyPolicy } = await OrganizationService.current(ctx);
          const today = todayIn(timezone);
          const { reports } = await CodeStatusService.assess(ctx, promises, reportingPeriod(null, today, timezone), today, promiseStatusPolicy, surveyPolicy.minimumResponses);
          return reports.map((r) => r.status);
        },
        { cacheKeyFn: promiseLineageKey },
      ),
    };
  }

  /**
   * The evidence and status of each promise (of any codes), judged on its lineage with the
   * organisation's thresholds. Handling timeliness is judged on the promise the policy names (over
   * all complaints about its code), or, when it names none, on each promise's own complaints.
   */
  private static async assess(
    ctx: Context,
    promises: readonly CodePromise[],
    period: PeriodBounds,
    today: string,
    policy: PromiseStatusPolicy,
    minimumResponses: number,
  ): Promise<{ reports: PromiseStatusReport[]; kpis: KpiWithStatus[][]; nextChangeAt: number | null }> {
    if (promises.length === 0) return { reports: [], kpis: [], nextChangeAt: null };
    const codeIds = [...new Set(promises.map((p) => p.codeId))];
    const organizationId = scoped(ctx, Complaint).organizationId;
    const lineageList = promises.map(lineageOf);
    // One statement: the rollups' figures, the KPIs with their latest measurements, the next deadline.
    const [figureRows, kpiRows, [next]] = await readTogether(ctx, [
      lineageFigures(organizationId, codeIds, period, today),
      KpiMeasurementService.activeWithLatest(ctx, lineageList),
      nextClockChange(organizationId, codeIds),
    ]);
    const { lineages, codes } = CodeStatusService.figures(figureRows);
    const kpis = KpiMeasurementService.withStatus(ctx, lineageList, kpiRows, today);
    // Reasons name KPIs only to those who may read them (STAFF reads the status, not KPI details).
    const kpiNames = can(ctx, 'readManagement');
    const reports = promises.map((promise, i) => {
      const lineage = lineages.get(promiseLineageKey(promise));
      const complaintFigures = lineage?.complaints ?? NO_COMPLAINTS;
      const actionFigures = lineage?.actions ?? NO_ACTIONS;
      const handling: PromiseHandlingFigures | null =
        policy.handlingPromiseKey === null
          ? {
              overdue: complaintFigures.overdue,
              acknowledgement: complaintFigures.acknowledgement,
              resolution: complaintFigures.resolution,
            }
          : policy.handlingPromiseKey === promise.key
            ? (codes.get(promise.codeId) ?? NO_HANDLING)
            : null;
      const { status, reasons } = promiseStatus(
        {
          kpis: kpis[i].map(({ kpi, status: kpiStatus }) => ({
            name: kpiNames ? kpi.name : null,
            status: kpiStatus,
          })),
          complaints: {
            received: complaintFigures.received,
            decided: complaintFigures.decided,
            upheld: complaintFigures.decidedUpheld,
            overturned: complaintFigures.overturned,
          },
          handling,
          correctiveActions: actionFigures,
        },
        policy,
      );
      return {
        promise,
        status,
        reasons,
        kpis: kpis[i].map((k) => k.kpi),
        kpiStatusCounts: Object.values(KpiStatus).map((s) => ({
          status: s,
          count: kpis[i].filter((k) => k.status === s).length,
        })),
        complaints: complaintFigures,
        handling,
        correctiveActions: actionFigures,
        customerPerceived: customerPerceived(lineage?.survey, minimumResponses),
      };
    });
    return { reports, kpis, nextChangeAt: next?.at ?? null };
  }

  /**
   * Complaint and action figures per promise lineage of the codes, from the monitoring rollups in
   * one statement: a complaint linked to the same promise in two versions counts once.
   */
  private static figures(rows: readonly LineageFigureRow[]): {
    lineages: Map<string, { complaints: PromiseComplaintFigures; actions: PromiseActionFigures; survey: SurveyCounts }>;
    codes: Map<string, PromiseHandlingFigures>;
  } {
    const codes = new Map<string, PromiseHandlingFigures>(
      rows.map((r) => [
        r.codeId,
        {
          overdue: r.codeOverdue,
          ...handlingRates({
            ackRated: r.codeAckRated,
            ackOnTime: r.codeAckOnTime,
            ackRate: r.codeAckRated > 0 ? r.codeAckOnTime / r.codeAckRated : null,
            resRated: r.codeResRated,
            resOnTime: r.codeResOnTime,
            resRate: r.codeResRated > 0 ? r.codeResOnTime / r.codeResRated : null,
          }),
        },
      ]),
    );
    const lineages = new Map(
      rows.map((r) => [
        promiseLineageKey(r),
        {
          complaints: {
            received: r.received,
            open: r.open,
            overdue: r.overdue,
            upheld: r.upheld,
            partiallyUpheld: r.partiallyUpheld,
            decided: r.decided,
            decidedUpheld: r.decidedUpheld,
            overturned: r.decidedOverturned,
            ...handlingRates(r),
            disputes: disputesFigures(r),
          },
          actions: {
            open: r.actionsOpen,
            overdue: r.actionsOverdue,
            notEffective: r.actionsNotEffective,
            verifiedEffective: r.actionsVerifiedEffective,
          },
          survey: { responses: r.surveyResponses, scoreSum: r.surveyScoreSum, satisfied: r.surveySatisfied },
        },
      ]),
    );
    return { lineages, codes };
  }
}

import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { ComplaintOutcome, UNRESOLVED_STATUSES, overdueCondition } from '../complaint';
import { CorrectiveActionStatus, PENDING_STATUSES, actionOverdueCondition } from '../corrective-action';

/**
 * SQL conditions shared by the monitoring reports, written against query-builder aliases (entity
 * property names), so every figure means the same thing in `codeStatus` and `complaintAnalysis`.
 * Status and outcome lists come from the enums: constants, never user input.
 */

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** Outcomes that count as "upheld": the complaint was found justified, wholly or partly. */
export const UPHELD_OUTCOMES: readonly ComplaintOutcome[] = [ComplaintOutcome.UPHELD, ComplaintOutcome.PARTIALLY_UPHELD];

/** Action statuses in which an action is not closed: its effectiveness is not confirmed and it is not cancelled. */
export const OPEN_ACTION_STATUSES: readonly CorrectiveActionStatus[] = [...PENDING_STATUSES, CorrectiveActionStatus.DONE];

/** Conditions on a complaint alias. */
export function complaintConditions(c: string) {
  const unresolved = `${c}.status IN (${list(UNRESOLVED_STATUSES)})`;
  return {
    /** Not resolved yet (RECEIVED, ACKNOWLEDGED, IN_PROGRESS). */
    unresolved,
    /** Not resolved yet and past a deadline now. */
    overdue: `(${unresolved} AND ${overdueCondition(c)})`,
    upheld: `${c}.outcome IN (${list(UPHELD_OUTCOMES)})`,
    /**
     * Whether the acknowledgement can be rated: it was given, or it is still missing past its
     * deadline (certainly late). A complaint still within its deadline is not rated yet.
     */
    acknowledgementRated: `(${c}.acknowledgedAt IS NOT NULL OR ${c}.acknowledgementDueAt < now())`,
    acknowledgedOnTime: `${c}.acknowledgedOnTime IS TRUE`,
    /** Whether the resolution can be rated, like the acknowledgement. */
    resolutionRated: `(${c}.resolvedAt IS NOT NULL OR ${c}.resolutionDueAt < now())`,
    resolvedOnTime: `${c}.resolvedOnTime IS TRUE`,
  };
}

/** Conditions on a corrective-action alias; `overdue` needs the parameter `:today` (the organisation's local date). */
export function actionConditions(a: string) {
  return {
    open: `${a}.status IN (${list(OPEN_ACTION_STATUSES)})`,
    overdue: actionOverdueCondition(a),
    notEffective: `${a}.status = '${CorrectiveActionStatus.NOT_EFFECTIVE}'`,
    verifiedEffective: `${a}.status = '${CorrectiveActionStatus.VERIFIED_EFFECTIVE}'`,
  };
}

/**
 * How many rows match `condition`, as an int; `counted` is what is counted, e.g. `DISTINCT c.id`
 * when a join repeats a complaint.
 */
export const countWhere = (condition: string, counted = '*') => `(count(${counted}) FILTER (WHERE ${condition}))::int`;

/** The columns {@link selectHandlingRates} adds: acknowledgement (`ack…`) and resolution (`res…`) on time. */
export interface HandlingRateColumns {
  ackRated: number;
  ackOnTime: number;
  ackRate: number | null;
  resRated: number;
  resOnTime: number;
  resRate: number | null;
}

/** On-time rates of acknowledgement and resolution as reported, from {@link HandlingRateColumns} (none rated when absent). */
export function handlingRates(row: HandlingRateColumns | undefined): {
  acknowledgement: OnTimeRateFigures;
  resolution: OnTimeRateFigures;
} {
  return {
    acknowledgement: {
      rated: row?.ackRated ?? 0,
      onTime: row?.ackOnTime ?? 0,
      rate: row?.ackRate ?? null,
    },
    resolution: {
      rated: row?.resRated ?? 0,
      onTime: row?.resOnTime ?? 0,
      rate: row?.resRate ?? null,
    },
  };
}

/** An on-time rate: how many steps could be rated, how many were on time, and their share (null when none rated). */
export interface OnTimeRateFigures {
  rated: number;
  onTime: number;
  rate: number | null;
}

/**
 * Adds the {@link HandlingRateColumns} over the complaints matching `cohort`: whether they were
 * acknowledged and resolved on time, rated once a step is done or past its deadline.
 */
export function selectHandlingRates<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  c: string,
  step: { cohort: string; counted?: string },
): SelectQueryBuilder<T> {
  const conditions = complaintConditions(c);
  selectOnTimeRate(qb, 'ack', {
    ...step,
    rated: conditions.acknowledgementRated,
    onTime: conditions.acknowledgedOnTime,
  });
  return selectOnTimeRate(qb, 'res', {
    ...step,
    rated: conditions.resolutionRated,
    onTime: conditions.resolvedOnTime,
  });
}

/**
 * Adds `<prefix>Rated`, `<prefix>OnTime` and `<prefix>Rate` (on time / rated, NULL when nothing is
 * rated) over the rows matching `cohort`.
 */
export function selectOnTimeRate<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  prefix: string,
  step: { cohort: string; rated: string; onTime: string; counted?: string },
): SelectQueryBuilder<T> {
  const { cohort, rated, onTime, counted = '*' } = step;
  return qb
    .addSelect(countWhere(`${cohort} AND ${rated}`, counted), `${prefix}Rated`)
    .addSelect(countWhere(`${cohort} AND ${rated} AND ${onTime}`, counted), `${prefix}OnTime`)
    .addSelect(
      `(count(${counted}) FILTER (WHERE ${cohort} AND ${rated} AND ${onTime}))::float8 / NULLIF(count(${counted}) FILTER (WHERE ${cohort} AND ${rated}), 0)`,
      `${prefix}Rate`,
    );
}

import { addDays } from '../../common/local-date';

/** Which kind of proof a training record is. */
export enum TrainingAssessment {
  COURSE = 'COURSE',
  KNOWLEDGE_TEST = 'KNOWLEDGE_TEST',
  ETHICS_TEST = 'ETHICS_TEST',
  PRACTICAL_TEST = 'PRACTICAL_TEST',
  ANNUAL_UPDATE = 'ANNUAL_UPDATE',
}

export enum TrainingResult {
  PASSED = 'PASSED',
  FAILED = 'FAILED',
  ATTENDED = 'ATTENDED',
}

/** Where a person stands on one required training. */
export enum CompetenceStatus {
  VALID = 'VALID',
  EXPIRING = 'EXPIRING',
  EXPIRED = 'EXPIRED',
  MISSING = 'MISSING',
}

/** Tests have a pass mark: they are PASSED or FAILED, never merely ATTENDED. */
export const TESTS: readonly TrainingAssessment[] = [TrainingAssessment.KNOWLEDGE_TEST, TrainingAssessment.ETHICS_TEST, TrainingAssessment.PRACTICAL_TEST];

/** The day competence is judged on and the last day that still counts as "expiring soon". */
export interface CompetenceWindow {
  today: string;
  horizon: string;
}

export function competenceWindow(today: string, expiringWithinDays: number): CompetenceWindow {
  return { today, horizon: addDays(today, expiringWithinDays) };
}

/** The best record a person has for a requirement: its last valid day, null when it does not expire. */
export interface BestRecord {
  validUntil: string | null;
}

/**
 * A person's status on a requirement from their best record (the one valid longest): MISSING
 * without one; EXPIRED when its last valid day is before today; EXPIRING when that day is today or
 * within the window (today + `expiringWithinDays`, inclusive); VALID otherwise, and always when the
 * record does not expire. {@link competenceStatusSql} is the same rule for aggregates in SQL.
 */
export function competenceStatus(best: BestRecord | null, window: CompetenceWindow): CompetenceStatus {
  if (!best) return CompetenceStatus.MISSING;
  if (best.validUntil === null) return CompetenceStatus.VALID;
  if (best.validUntil < window.today) return CompetenceStatus.EXPIRED;
  if (best.validUntil <= window.horizon) return CompetenceStatus.EXPIRING;
  return CompetenceStatus.VALID;
}

/** True for the statuses in which a training still counts. */
export const isCurrent = (status: CompetenceStatus) => status === CompetenceStatus.VALID || status === CompetenceStatus.EXPIRING;

/**
 * {@link competenceStatus} as a SQL expression, for counting in the database. `recordId` is null
 * when there is no record, `validUntil` null when the record does not expire; the parameters
 * `:today` and `:horizon` come from {@link competenceWindow}.
 */
export function competenceStatusSql(recordId: string, validUntil: string): string {
  return `CASE WHEN ${recordId} IS NULL THEN '${CompetenceStatus.MISSING}'
    WHEN ${validUntil} IS NULL THEN '${CompetenceStatus.VALID}'
    WHEN ${validUntil} < CAST(:today AS date) THEN '${CompetenceStatus.EXPIRED}'
    WHEN ${validUntil} <= CAST(:horizon AS date) THEN '${CompetenceStatus.EXPIRING}'
    ELSE '${CompetenceStatus.VALID}' END`;
}

/**
 * SQL of a record's last valid day: its own `valid_until` when the certificate states one,
 * otherwise the completion day plus the validity in months (31 January + 1 month = end of
 * February), or NULL (no expiry) when the validity is NULL.
 */
export function validUntilSql(record: string, validityMonths: string): string {
  return `COALESCE(${record}.valid_until, CAST(${record}.completed_on + make_interval(months => ${validityMonths}) AS date))`;
}

/** What a records counts for: anything but a failed attempt. */
export const countsSql = (record: string) => `${record}.result <> '${TrainingResult.FAILED}'`;

/**
 * The Norwegian authorisation scheme for collection advisers (FinAut): the knowledge, ethics and
 * practical tests passed, and an annual update done within the last 12 months.
 */
export const AUTHORISATION_ELEMENTS: readonly TrainingAssessment[] = [...TESTS, TrainingAssessment.ANNUAL_UPDATE];
export const ANNUAL_UPDATE_VALIDITY_MONTHS = 12;

export interface AuthorisationElementStatus {
  assessment: TrainingAssessment;
  status: CompetenceStatus;
  validUntil: string | null;
}

export interface Authorisation {
  authorised: boolean;
  /** The last day of the authorisation as things stand (the first element to lapse), when authorised. */
  authorisedUntil: string | null;
  elements: AuthorisationElementStatus[];
  missing: AuthorisationElementStatus[];
}

/** Authorised when every element is VALID or EXPIRING; what is MISSING or EXPIRED is listed. */
export function authorisation(best: ReadonlyMap<TrainingAssessment, BestRecord>, window: CompetenceWindow): Authorisation {
  const elements = AUTHORISATION_ELEMENTS.map((assessment) => {
    const record = best.get(assessment) ?? null;
    return { assessment, status: competenceStatus(record, window), validUntil: record?.validUntil ?? null };
  });
  const missing = elements.filter((e) => !isCurrent(e.status));
  const lapses = elements.map((e) => e.validUntil).filter((d): d is string => d !== null).sort();
  return { authorised: missing.length === 0, authorisedUntil: missing.length === 0 ? lapses[0] ?? null : null, elements, missing };
}

/** Whether a person may be put forward to FinAut for authorisation (FinAut decides and registers it). */
export enum AuthorisationEligibility {
  ELIGIBLE = 'ELIGIBLE',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
}

/** One element the organisation's authorisation scheme asks for: a test or the yearly update on a topic. */
export interface SchemeElement {
  requirementId: string | null;
  assessment: TrainingAssessment;
  topic: string | null;
  subject: string | null;
}

export interface SchemeElementStatus extends SchemeElement, AuthorisationElementStatus {}

export interface Eligibility {
  eligibility: AuthorisationEligibility;
  elements: SchemeElementStatus[];
  /** What keeps the person from being eligible, one sentence each, in the order of the scheme (practice last). */
  missing: string[];
  practice: { requiredMonths: number; documentedMonths: number };
}

const ASSESSMENT_NAMES: Record<TrainingAssessment, string> = {
  [TrainingAssessment.COURSE]: 'course',
  [TrainingAssessment.KNOWLEDGE_TEST]: 'knowledge test',
  [TrainingAssessment.ETHICS_TEST]: 'ethics test',
  [TrainingAssessment.PRACTICAL_TEST]: 'practical test',
  [TrainingAssessment.ANNUAL_UPDATE]: 'annual update',
};

/**
 * Eligibility for the FinAut authorisation: every element of the scheme (each test on its topic,
 * the yearly update on the year's curriculum) VALID or EXPIRING, and at least the required months
 * of relevant practice documented. `best` holds the best record per element, by index.
 */
export function eligibility(
  elements: readonly SchemeElement[],
  best: readonly (BestRecord | null)[],
  practice: { requiredMonths: number; documentedMonths: number },
  window: CompetenceWindow,
): Eligibility {
  const statuses = elements.map((e, i) => ({ ...e, status: competenceStatus(best[i] ?? null, window), validUntil: best[i]?.validUntil ?? null }));
  const missing = statuses
    .filter((e) => !isCurrent(e.status))
    .map((e) => {
      const what = `${ASSESSMENT_NAMES[e.assessment]}${e.subject ? ` '${e.subject}'` : e.topic ? ` on ${e.topic}` : ''}`;
      return e.status === CompetenceStatus.EXPIRED ? `${what}: expired on ${e.validUntil}` : `${what}: no passed record`;
    });
  if (practice.documentedMonths < practice.requiredMonths) {
    missing.push(`relevant practice: ${practice.documentedMonths} of ${practice.requiredMonths} months documented`);
  }
  return { eligibility: missing.length ? AuthorisationEligibility.NOT_ELIGIBLE : AuthorisationEligibility.ELIGIBLE, elements: statuses, missing, practice };
}

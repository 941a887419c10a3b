import { DateTime } from 'luxon';
import type { Context } from '../../common/context';
import { deadline, type WorkingCalendar } from '../../common/deadlines';
import { DeadlineUnit } from '../../common/organization.entity';
import { todayIn } from '../../common/local-date';
import type { JobDefinition, JobEnvironment } from '../../common/jobs';
import { runOutsideRequest } from '../../common/unit-of-work';
import { NotificationKind as K, NotificationService, type NewNotification } from '../notification';
import { KpiFrequency, latestExpectedPeriod } from '../kpi';
import { REMINDER_DEFAULTS, type ReminderDefault } from './reminder-defaults';

export const REMINDER_JOB = 'reminders.scan';

interface Org {
  id: string;
  timezone: string;
  holiday_country: string;
}

/** A row a reminder query answers: who, about what, and what the message names. */
interface Hit {
  recipient_id: string;
  subject_id: string;
  key: string;
  params: Record<string, string | number>;
}

/** The members of the organisation holding one of `roles` (SQL, `:org` the organisation). */
const holding = (...roles: string[]) => `(SELECT id FROM app_user WHERE organization_id = :org AND active AND roles && ARRAY[${roles.map((r) => `'${r}'`).join(',')}]::text[])`;

/** Everyone a step of a complaint concerns: its handler, or the complaint officers while it has none (and quality managers once it is late). */
const complaintRecipients = (late: boolean) =>
  `(CASE WHEN c.handler_id IS NOT NULL THEN ARRAY[c.handler_id] ELSE ARRAY${holding('COMPLAINT_OFFICER')} END)` +
  (late ? ` || ARRAY${holding('QUALITY_MANAGER')}` : '');

/** Everyone an open disputes-body case concerns: the complaint's handler, if any, and the quality managers (each once). */
const disputesRecipients = `ARRAY(SELECT c.handler_id WHERE c.handler_id IS NOT NULL UNION SELECT q.id FROM ${holding('QUALITY_MANAGER')} q)`;

/** An open disputes-body case (the organisation has not responded yet), its complaint and its body. */
const openDisputesCase = (due: string) => `
    SELECT unnest(${disputesRecipients}) AS recipient_id, d.id AS subject_id, d.id::text AS key,
           jsonb_build_object('reference', c.reference, 'disputesBody', b.name, 'due', to_char(d.response_due_at AT TIME ZONE o.timezone, 'YYYY-MM-DD')) AS params
      FROM disputes_case d JOIN complaint c ON c.id = d.complaint_id JOIN disputes_body b ON b.id = d.body_id JOIN organization o ON o.id = d.organization_id
     WHERE d.organization_id = :org AND d.status = 'OPEN' AND d.responded_at IS NULL AND ${due}`;

/** The latest record of a person and topic (a training renewed since does not remind); annual updates are the authorisation's own reminder. */
const latestRecord = `NOT EXISTS (SELECT 1 FROM training_record n WHERE n.person_id = t.person_id AND n.topic = t.topic AND n.completed_on > t.completed_on AND n.organization_id = t.organization_id)`;

/**
 * The queries of each reminder: `:org` organisation, `:now` now, `:threshold` the rule's threshold (an
 * instant for complaints and disputes-body cases, a day for dates), `:today` today in the organisation's time zone.
 */
const QUERIES: Partial<Record<K, string>> = {
  [K.COMPLAINT_ACKNOWLEDGEMENT_DUE_SOON]: `
    SELECT unnest(${complaintRecipients(false)}) AS recipient_id, c.id AS subject_id, c.id::text AS key,
           jsonb_build_object('reference', c.reference, 'due', to_char(c.acknowledgement_due_at AT TIME ZONE o.timezone, 'YYYY-MM-DD')) AS params
      FROM complaint c JOIN organization o ON o.id = c.organization_id
     WHERE c.organization_id = :org AND c.acknowledged_at IS NULL AND c.status = 'RECEIVED' AND c.acknowledgement_due_at > :now AND c.acknowledgement_due_at <= :threshold`,
  [K.COMPLAINT_ACKNOWLEDGEMENT_OVERDUE]: `
    SELECT unnest(${complaintRecipients(true)}) AS recipient_id, c.id AS subject_id, c.id::text AS key,
           jsonb_build_object('reference', c.reference, 'due', to_char(c.acknowledgement_due_at AT TIME ZONE o.timezone, 'YYYY-MM-DD')) AS params
      FROM complaint c JOIN organization o ON o.id = c.organization_id
     WHERE c.organization_id = :org AND c.acknowledged_at IS NULL AND c.status = 'RECEIVED' AND c.acknowledgement_due_at <= :now`,
  [K.COMPLAINT_RESOLUTION_DUE_SOON]: `
    SELECT unnest(${complaintRecipients(false)}) AS recipient_id, c.id AS subject_id, c.id::text AS key,
           jsonb_build_object('reference', c.reference, 'due', to_char(c.resolution_due_at AT TIME ZONE o.timezone, 'YYYY-MM-DD')) AS params
      FROM complaint c JOIN organization o ON o.id = c.organization_id
     WHERE c.organization_id = :org AND c.resolved_at IS NULL AND c.status IN ('RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS') AND c.resolution_due_at > :now AND c.resolution_due_at <= :threshold`,
  [K.COMPLAINT_RESOLUTION_OVERDUE]: `
    SELECT unnest(${complaintRecipients(true)}) AS recipient_id, c.id AS subject_id, c.id::text AS key,
           jsonb_build_object('reference', c.reference, 'due', to_char(c.resolution_due_at AT TIME ZONE o.timezone, 'YYYY-MM-DD')) AS params
      FROM complaint c JOIN organization o ON o.id = c.organization_id
     WHERE c.organization_id = :org AND c.resolved_at IS NULL AND c.status IN ('RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS') AND c.resolution_due_at <= :now`,
  [K.CORRECTIVE_ACTION_DUE_SOON]: `
    SELECT a.owner_id AS recipient_id, a.id AS subject_id, a.id || ':' || a.due_on AS key, jsonb_build_object('title', a.title, 'due', a.due_on::text) AS params
      FROM corrective_action a
     WHERE a.organization_id = :org AND a.status IN ('OPEN', 'IN_PROGRESS', 'NOT_EFFECTIVE') AND a.due_on >= :today::date AND a.due_on <= :threshold::date`,
  [K.CORRECTIVE_ACTION_OVERDUE]: `
    SELECT unnest(ARRAY[a.owner_id] || ARRAY${holding('QUALITY_MANAGER')}) AS recipient_id, a.id AS subject_id, a.id || ':' || a.due_on AS key,
           jsonb_build_object('title', a.title, 'due', a.due_on::text) AS params
      FROM corrective_action a
     WHERE a.organization_id = :org AND a.status IN ('OPEN', 'IN_PROGRESS', 'NOT_EFFECTIVE') AND a.due_on < :today::date`,
  [K.CORRECTIVE_ACTION_EFFECTIVENESS_CHECK]: `
    SELECT unnest(ARRAY${holding('QUALITY_MANAGER')}) AS recipient_id, a.id AS subject_id, a.id || ':' || floor(extract(epoch FROM a.done_at) * 1000)::bigint AS key,
           jsonb_build_object('title', a.title) AS params
      FROM corrective_action a
     WHERE a.organization_id = :org AND a.status = 'DONE' AND a.done_at <= :threshold`,
  [K.TRAINING_EXPIRING]: `
    SELECT t.person_id AS recipient_id, t.id AS subject_id, t.id::text AS key, jsonb_build_object('topic', t.topic, 'due', t.valid_until::text) AS params
      FROM training_record t
     WHERE t.organization_id = :org AND t.assessment <> 'ANNUAL_UPDATE' AND t.valid_until >= :today::date AND t.valid_until <= :threshold::date AND ${latestRecord}`,
  [K.TRAINING_EXPIRED]: `
    SELECT t.person_id AS recipient_id, t.id AS subject_id, t.id::text AS key, jsonb_build_object('topic', t.topic, 'due', t.valid_until::text) AS params
      FROM training_record t
     WHERE t.organization_id = :org AND t.assessment <> 'ANNUAL_UPDATE' AND t.valid_until < :today::date AND ${latestRecord}`,
  [K.AUTHORISATION_LAPSING]: `
    SELECT t.person_id AS recipient_id, t.id AS subject_id, t.id::text AS key, jsonb_build_object('topic', t.topic, 'due', t.valid_until::text) AS params
      FROM training_record t
     WHERE t.organization_id = :org AND t.assessment = 'ANNUAL_UPDATE' AND t.valid_until >= :today::date AND t.valid_until <= :threshold::date
       AND NOT EXISTS (SELECT 1 FROM training_record n WHERE n.person_id = t.person_id AND n.assessment = 'ANNUAL_UPDATE' AND n.completed_on > t.completed_on AND n.organization_id = t.organization_id)`,
  [K.CODE_REVIEW_DUE]: `
    SELECT unnest(CASE WHEN c.owner_id IS NOT NULL THEN ARRAY[c.owner_id] ELSE ARRAY${holding('TOP_MANAGEMENT', 'QUALITY_MANAGER')} END) AS recipient_id,
           v.id AS subject_id, v.id || ':' || v.next_review_due AS key, jsonb_build_object('code', c.key, 'version', v.version, 'due', v.next_review_due::text) AS params
      FROM code_version v JOIN code c ON c.id = v.code_id
     WHERE v.organization_id = :org AND v.status = 'PUBLISHED' AND v.next_review_due <= :threshold::date`,
  [K.DISPUTES_RESPONSE_DUE_SOON]: openDisputesCase('d.response_due_at > :now AND d.response_due_at <= :threshold'),
  [K.DISPUTES_RESPONSE_OVERDUE]: openDisputesCase('d.response_due_at <= :now'),
};

/** KPIs of one frequency without a measurement for `period` (`:frequency`, `:periodStart`, `:periodEnd`). */
const KPI_MISSING = `
  SELECT unnest(CASE WHEN k.owner_id IS NOT NULL THEN ARRAY[k.owner_id] ELSE ARRAY${holding('QUALITY_MANAGER')} END) AS recipient_id,
         k.id AS subject_id, k.id || ':' || :periodStart AS key, jsonb_build_object('name', k.name, 'periodStart', :periodStart::text, 'periodEnd', :periodEnd::text) AS params
    FROM kpi k
   WHERE k.organization_id = :org AND k.archived_at IS NULL AND k.frequency = :frequency AND k.created_at < (:periodEnd::date + 1)
     AND NOT EXISTS (SELECT 1 FROM kpi_measurement m WHERE m.kpi_id = k.id AND m.period_start = :periodStart::date)
     AND :now::timestamptz > :threshold::timestamptz`;

/** A statement with `:name` placeholders as `$n` and the values it uses, in order. */
function bind(sql: string, values: Record<string, unknown>): [string, unknown[]] {
  const order: string[] = [];
  const text = sql.replace(/(?<!:):([a-zA-Z]+)/g, (_m, name: string) => {
    if (!(name in values)) throw new Error(`No value for :${name}`);
    if (!order.includes(name)) order.push(name);
    return `$${order.indexOf(name) + 1}`;
  });
  return [text, order.map((name) => values[name])];
}

/** The rules of an organisation: its own rows over the defaults. */
async function rulesOf(ctx: Context, organizationId: string): Promise<Record<K, ReminderDefault>> {
  const rows = (await ctx.db.query(`SELECT kind, enabled, lead_days FROM reminder_rule WHERE organization_id = $1`, [organizationId])) as { kind: K; enabled: boolean; lead_days: number }[];
  const rules = { ...REMINDER_DEFAULTS };
  for (const row of rows) if (rules[row.kind]) rules[row.kind] = { ...rules[row.kind], enabled: row.enabled, leadDays: row.lead_days };
  return rules;
}

/** `now` moved `days` ahead: working days through the organisation's calendar, or calendar days. */
function ahead(now: Date, days: number, unit: DeadlineUnit, calendar: WorkingCalendar): Date {
  if (days <= 0) return now;
  return deadline(now, { within: days, unit }, calendar);
}

/** Makes one organisation's due reminders; answers how many notifications were new. */
export async function scanOrganization(ctx: Context, org: Org, now: Date): Promise<number> {
  const rules = await rulesOf(ctx, org.id);
  const closures = (await ctx.db.query(`SELECT date::text AS date FROM closure_day WHERE organization_id = $1`, [org.id])) as { date: string }[];
  const calendar: WorkingCalendar = { timeZone: org.timezone, holidayCountry: org.holiday_country, closureDays: new Set(closures.map((c) => c.date)) };
  const today = todayIn(org.timezone, now);
  const items: NewNotification[] = [];
  const collect = (kind: K, hits: Hit[], subjectType: string) =>
    items.push(
      ...hits.map((h) => ({ organizationId: org.id, recipientId: h.recipient_id, kind, subjectType, subjectId: h.subject_id, occurrenceKey: `${kind}:${h.key}`, params: h.params })),
    );
  const SUBJECT: Partial<Record<K, string>> = {
    [K.COMPLAINT_ACKNOWLEDGEMENT_DUE_SOON]: 'Complaint',
    [K.COMPLAINT_ACKNOWLEDGEMENT_OVERDUE]: 'Complaint',
    [K.COMPLAINT_RESOLUTION_DUE_SOON]: 'Complaint',
    [K.COMPLAINT_RESOLUTION_OVERDUE]: 'Complaint',
    [K.CORRECTIVE_ACTION_DUE_SOON]: 'CorrectiveAction',
    [K.CORRECTIVE_ACTION_OVERDUE]: 'CorrectiveAction',
    [K.CORRECTIVE_ACTION_EFFECTIVENESS_CHECK]: 'CorrectiveAction',
    [K.TRAINING_EXPIRING]: 'TrainingRecord',
    [K.TRAINING_EXPIRED]: 'TrainingRecord',
    [K.AUTHORISATION_LAPSING]: 'TrainingRecord',
    [K.CODE_REVIEW_DUE]: 'CodeVersion',
    [K.DISPUTES_RESPONSE_DUE_SOON]: 'DisputesCase',
    [K.DISPUTES_RESPONSE_OVERDUE]: 'DisputesCase',
  };
  for (const [kind, sql] of Object.entries(QUERIES) as [K, string][]) {
    const rule = rules[kind];
    if (!rule.enabled) continue;
    // The effectiveness check looks back (done at least so many days ago); the others look ahead.
    const threshold =
      kind === K.CORRECTIVE_ACTION_EFFECTIVENESS_CHECK
        ? DateTime.fromJSDate(now).minus({ days: rule.leadDays }).toJSDate()
        : ahead(now, rule.leadDays, rule.unit, calendar);
    const asDay = /:threshold::date/.test(sql) && kind !== K.CORRECTIVE_ACTION_EFFECTIVENESS_CHECK;
    const param = asDay ? todayIn(org.timezone, threshold) : threshold;
    collect(kind, (await ctx.db.query(...bind(sql, { org: org.id, now, threshold: param, today }))) as Hit[], SUBJECT[kind]!);
  }
  const kpiRule = rules[K.KPI_MEASUREMENT_MISSING];
  if (kpiRule.enabled) {
    for (const frequency of Object.values(KpiFrequency)) {
      const period = latestExpectedPeriod(frequency, today);
      // The grace after the period: so many working days after its last day.
      const periodEnd = DateTime.fromISO(period.end, { zone: org.timezone }).endOf('day').toJSDate();
      const graceEnd = kpiRule.leadDays > 0 ? deadline(periodEnd, { within: kpiRule.leadDays, unit: kpiRule.unit }, calendar) : periodEnd;
      const values = { org: org.id, now, threshold: graceEnd, frequency, periodStart: period.start, periodEnd: period.end };
      collect(K.KPI_MEASUREMENT_MISSING, (await ctx.db.query(...bind(KPI_MISSING, values))) as Hit[], 'Kpi');
    }
  }
  return NotificationService.notify(ctx, items);
}

/**
 * Every organisation's reminders, each organisation in its own transaction. A reminder is made
 * once per occurrence and recipient (a unique key), so scans may overlap or repeat, on one instance
 * or several, and nobody is reminded twice.
 */
async function scanAll(env: JobEnvironment): Promise<{ organizations: number; notifications: number }> {
  const now = new Date();
  const orgs = (await env.dataSource.query(`SELECT id, timezone, holiday_country FROM organization ORDER BY id`)) as Org[];
  let notifications = 0;
  for (const org of orgs) {
    notifications += await runOutsideRequest(
      { dataSource: env.dataSource, log: env.log, requestId: `job:${REMINDER_JOB}`, user: null },
      // Reminders are messages, not changes of the organisation's records: no audit event.
      { requireAudit: false },
      (ctx) => scanOrganization(ctx, org, now),
    );
  }
  return { organizations: orgs.length, notifications };
}

export const reminderJob: JobDefinition = {
  name: REMINDER_JOB,
  cron: (config) => config.jobs.remindersCron,
  policy: 'stately',
  retryLimit: 3,
  retryDelaySeconds: 60,
  expireInSeconds: 900,
  handler: (_job, env) => scanAll(env),
};

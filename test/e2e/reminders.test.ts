import { DateTime } from 'luxon';
import { Role } from '../../src/common/roles';
import { addDays, todayIn } from '../../src/common/local-date';
import { CodeVersion, CodeVersionStatus } from '../../src/modules/code';
import { TrainingRecord } from '../../src/modules/training';
import { Complaint } from '../../src/modules/complaint';
import { DisputesCase } from '../../src/modules/disputes';
import { DisputesCaseOrigin, DisputesCaseStatus } from '../../src/modules/disputes/disputes-rules';
import { REMINDER_JOB } from '../../src/modules/reminder';
import { startTestApp, nodes, type TestApp, type TestOrganization, type ApiClient } from '../support/app';
import { createCode, createCorrespondence, insertAction, insertComplaint } from '../support/fixtures';
import { eventually, startSmtpServer } from '../support/receivers';
import { graphql } from '../graphql';

const NOTIFICATIONS = graphql(`
  query RemindersNotifications($unreadOnly: Boolean) {
    notifications(first: 100, unreadOnly: $unreadOnly) { unreadCount edges { node { id kind subjectType subjectId title body read readAt } } }
  }
`);
const SETTINGS = graphql(`
  mutation RemindersSettings($input: UpdateMyNotificationSettingsInput!) { updateMyNotificationSettings(input: $input) { id language emailNotifications version } }
`);
const ME = graphql(`query RemindersMe { me { user { version } } }`);
const MARK = graphql(`mutation RemindersMark($id: ID!) { markNotificationRead(id: $id) { id read } }`);
const MARK_ALL = graphql(`mutation RemindersMarkAll { markAllNotificationsRead }`);
const RULES = graphql(`query RemindersRules { reminderRules { kind enabled leadDays unit version } }`);
const CREATE_CHAIN = graphql(`mutation RemindersCreateChain($input: CreateKpiChainInput!) { createKpiChain(input: $input) { id } }`);
const CREATE_KPI = graphql(`mutation RemindersCreateKpi($input: CreateKpiInput!) { createKpi(input: $input) { id } }`);
const SET_RULE = graphql(`mutation RemindersSetRule($input: SetReminderRuleInput!) { setReminderRule(input: $input) { kind enabled leadDays version } }`);

let app: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  app = await startTestApp({ JOBS_ENABLED: 'true', JOBS_POLL_INTERVAL_MS: '500', SMTP_URL: smtp.url, MAIL_FROM: 'Klachten <noreply@example.test>' });
});
afterAll(async () => {
  await app.close();
  await smtp.close();
});

/** Runs a job now and waits until it has completed (it throws when the job failed). */
async function runJob(name: string): Promise<void> {
  const runner = app.service.jobs!;
  const id = await runner.queue.send(name, {});
  await eventually(`${name} completed`, async () => {
    const job = await runner.boss.getJobById(name, id!);
    if (job?.state === 'failed') throw new Error(`${name} failed: ${JSON.stringify(job.output)}`);
    return job?.state === 'completed';
  });
}

/** Waits until no e-mail of a notification is waiting to be sent. */
const mailsSettled = () =>
  eventually('e-mails sent', async () => Number((await app.dataSource.query(`SELECT count(*) AS n FROM notification WHERE email_status = 'PENDING'`))[0].n) === 0);

const kinds = async (client: ApiClient) => nodes((await client.data(NOTIFICATIONS, {})).notifications!).map((n) => n.kind).sort();

describe('reminders and notifications', () => {
  let org: TestOrganization;
  let officer: ApiClient;
  let qm: ApiClient;
  let top: ApiClient;
  let staff: ApiClient;

  beforeAll(async () => {
    org = await app.createOrganization('remind');
    [officer, qm, top, staff] = await Promise.all([Role.COMPLAINT_OFFICER, Role.QUALITY_MANAGER, Role.TOP_MANAGEMENT, Role.STAFF].map((r) => app.as(org, r)));
    // The quality manager reads English; top management wants one e-mail a day.
    const qmVersion = (await qm.data(ME)).me!.user!.version;
    await qm.data(SETTINGS, { input: { expectedVersion: qmVersion, language: 'EN' } });
    const topVersion = (await top.data(ME)).me!.user!.version;
    await top.data(SETTINGS, { input: { expectedVersion: topVersion, emailNotifications: 'DAILY_DIGEST' } });

    const now = DateTime.utc();
    const today = todayIn('Europe/Amsterdam');
    // Acknowledgement overdue (received three days ago, due yesterday).
    await insertComplaint(app.dataSource, org, { receivedAt: now.minus({ days: 3 }).toISO()!, acknowledgeWithinHours: 48 });
    // Resolution due within the hour (acknowledged).
    await insertComplaint(app.dataSource, org, { receivedAt: now.minus({ days: 10 }).toISO()!, acknowledgedAfterHours: 2, resolveWithinHours: 10 * 24 + 1 });
    // A complaint well within its terms: no reminder.
    await insertComplaint(app.dataSource, org, { receivedAt: now.toISO()!, acknowledgedAfterHours: 0 });
    const code = await createCode(app.dataSource, org, [CodeVersionStatus.PUBLISHED]);
    await app.dataSource.getRepository(CodeVersion).update(code.versions[0].id, { nextReviewDue: addDays(today, 5) });
    // A corrective action (owned by the quality manager) past its due day, and one done eleven days ago, still unchecked.
    await insertAction(app.dataSource, org, { promiseId: code.promises[0].P1.id, status: 'OPEN', dueOn: addDays(today, -1) });
    const done = await insertAction(app.dataSource, org, { promiseId: code.promises[0].P1.id, status: 'DONE', dueOn: addDays(today, -12) });
    await app.dataSource.query(`UPDATE corrective_action SET done_at = now() - interval '11 days' WHERE id = $1`, [done.id]);
    // A monthly KPI, a year old, never measured; the organisation wants the reminder as soon as a period ends.
    const chainId = (await qm.data(CREATE_CHAIN, { input: { name: 'Arrangements' } })).createKpiChain.id;
    const kpi = (
      await qm.data(CREATE_KPI, {
        input: { chainId, codeId: code.code.id, promiseKey: 'P1', kind: 'PROCESS', name: 'Arrangements kept', unit: 'PERCENT', direction: 'HIGHER_IS_BETTER', target: 90, threshold: 80, frequency: 'MONTHLY' },
      })
    ).createKpi;
    await app.dataSource.query(`UPDATE kpi SET created_at = now() - interval '400 days' WHERE id = $1`, [kpi.id]);
    await qm.data(SET_RULE, { input: { kind: 'KPI_MEASUREMENT_MISSING', expectedVersion: 0, enabled: true, leadDays: 0 } });
    // The staff member's annual update (their authorisation) lapses in twenty days.
    await app.dataSource.getRepository(TrainingRecord).insert({
      organizationId: org.id,
      personId: org.users.STAFF,
      topic: 'PROFESSIONAL_KNOWLEDGE' as never,
      assessment: 'ANNUAL_UPDATE' as never,
      completedOn: addDays(today, -345),
      result: 'PASSED' as never,
      validUntil: addDays(today, 20),
    });
    // A training of the staff member that expires in ten days.
    await app.dataSource.getRepository(TrainingRecord).insert({
      organizationId: org.id,
      personId: org.users.STAFF,
      topic: 'CODE_OF_CONDUCT' as never,
      assessment: 'COURSE' as never,
      completedOn: addDays(today, -355),
      result: 'PASSED' as never,
      validUntil: addDays(today, 10),
    });
  });

  it('reminds the right members once per occurrence, in their language, by e-mail', async () => {
    await runJob(REMINDER_JOB);
    expect(await kinds(officer)).toEqual(['COMPLAINT_ACKNOWLEDGEMENT_OVERDUE', 'COMPLAINT_RESOLUTION_DUE_SOON']);
    expect(await kinds(qm)).toEqual([
      'CODE_REVIEW_DUE',
      'COMPLAINT_ACKNOWLEDGEMENT_OVERDUE',
      'CORRECTIVE_ACTION_EFFECTIVENESS_CHECK',
      'CORRECTIVE_ACTION_OVERDUE',
      'KPI_MEASUREMENT_MISSING',
    ]);
    expect(await kinds(top)).toEqual(['CODE_REVIEW_DUE']);
    expect(await kinds(staff)).toEqual(['AUTHORISATION_LAPSING', 'TRAINING_EXPIRING']);

    const officers = nodes((await officer.data(NOTIFICATIONS, {})).notifications!);
    const overdue = officers.find((n) => n.kind === 'COMPLAINT_ACKNOWLEDGEMENT_OVERDUE')!;
    expect(overdue.title).toMatch(/^Ontvangstbevestiging K-\d{4}-\d+ te laat$/);
    const english = nodes((await qm.data(NOTIFICATIONS, {})).notifications!).find((n) => n.kind === 'COMPLAINT_ACKNOWLEDGEMENT_OVERDUE')!;
    expect(english.title).toMatch(/^Acknowledgement of K-\d{4}-\d+ overdue$/);
    // The complainant's name never appears in a message.
    expect(JSON.stringify(officers)).not.toContain('Jansen');

    await mailsSettled();
    const to = (who: string) => smtp.mails.filter((m) => m.to.includes(who));
    const officerMails = to(`complaint_officer@${org.slug}.example`);
    expect(officerMails).toHaveLength(2);
    for (const mail of officerMails) {
      expect(mail.raw).toMatch(/Content-Type: text\/plain/);
      expect(mail.raw).toMatch(/Content-Type: text\/html/);
      expect(mail.from).toBe('noreply@example.test');
    }
    expect(officerMails.map((m) => m.raw).join()).toContain('Ontvangstbevestiging');
    expect(to(`quality_manager@${org.slug}.example`).map((m) => m.raw).join()).toContain('overdue');
    // Top management chose the digest: nothing yet.
    expect(to(`top_management@${org.slug}.example`)).toHaveLength(0);

    // A second scan finds the same occurrences: nobody is notified or mailed again.
    const mailsBefore = smtp.mails.length;
    await runJob(REMINDER_JOB);
    await mailsSettled();
    expect(await kinds(officer)).toEqual(['COMPLAINT_ACKNOWLEDGEMENT_OVERDUE', 'COMPLAINT_RESOLUTION_DUE_SOON']);
    expect(smtp.mails.length).toBe(mailsBefore);

    // The daily digest sends top management one e-mail; a second run sends nothing more.
    await runJob('notifications.digest');
    expect(to(`top_management@${org.slug}.example`)).toHaveLength(1);
    expect(to(`top_management@${org.slug}.example`)[0].raw).toContain('Herziening gedragscode');
    await runJob('notifications.digest');
    expect(to(`top_management@${org.slug}.example`)).toHaveLength(1);
  });

  it('marks notifications read, one or all, and only the member\'s own', async () => {
    const page = (await officer.data(NOTIFICATIONS, {})).notifications!;
    expect(page.unreadCount).toBe(2);
    const first = nodes(page)[0];
    expect((await officer.data(MARK, { id: first.id })).markNotificationRead).toEqual({ id: first.id, read: true });
    expect((await officer.data(NOTIFICATIONS, { unreadOnly: true })).notifications!.unreadCount).toBe(1);
    // Someone else's notification is not found.
    expect((await staff.error(MARK, { id: first.id })).code).toBe('NOT_FOUND');
    expect((await officer.data(MARK_ALL)).markAllNotificationsRead).toBe(1);
    const after = (await officer.data(NOTIFICATIONS, {})).notifications!;
    expect(after.unreadCount).toBe(0);
    expect(nodes(after).every((n) => n.read && n.readAt)).toBe(true);
  });

  it('lets the organisation change a rule: a rule switched off reminds no more', async () => {
    const rules = (await qm.data(RULES)).reminderRules!;
    expect(rules.find((r) => r.kind === 'COMPLAINT_RESOLUTION_DUE_SOON')).toEqual({ kind: 'COMPLAINT_RESOLUTION_DUE_SOON', enabled: true, leadDays: 3, unit: 'WORKING_DAYS', version: 0 });
    const set = await qm.data(SET_RULE, { input: { kind: 'TRAINING_EXPIRING', expectedVersion: 0, enabled: false, leadDays: 30 } });
    expect(set.setReminderRule).toMatchObject({ kind: 'TRAINING_EXPIRING', enabled: false, version: 1 });
    const bad = await qm.error(SET_RULE, { input: { kind: 'TRAINING_EXPIRING', expectedVersion: 1, enabled: true, leadDays: 1000 } });
    expect(bad.code).toBe('BAD_USER_INPUT');
    // A stale version is a conflict.
    expect((await qm.error(SET_RULE, { input: { kind: 'TRAINING_EXPIRING', expectedVersion: 0, enabled: true, leadDays: 3 } })).code).toBe('CONFLICT');
    expect((await staff.error(SET_RULE, { input: { kind: 'TRAINING_EXPIRING', expectedVersion: 1, enabled: true, leadDays: 3 } })).code).toBe('FORBIDDEN');
    // A second training expiring soon: with the rule off, no new reminder.
    await app.dataSource.getRepository(TrainingRecord).insert({
      organizationId: org.id,
      personId: org.users.STAFF,
      topic: 'COMPLAINT_HANDLING' as never,
      assessment: 'COURSE' as never,
      completedOn: addDays(todayIn('Europe/Amsterdam'), -300),
      result: 'PASSED' as never,
      validUntil: addDays(todayIn('Europe/Amsterdam'), 3),
    });
    await runJob(REMINDER_JOB);
    expect(await kinds(staff)).toEqual(['AUTHORISATION_LAPSING', 'TRAINING_EXPIRING']);
  });
});

describe('disputes-body response reminders', () => {
  let org: TestOrganization;
  let officer: ApiClient;
  let qm: ApiClient;
  let top: ApiClient;
  const references: Record<'soon' | 'overdue' | 'responded', string> = { soon: '', overdue: '', responded: '' };
  let lodge: (handlerId: string | null, status: DisputesCaseStatus, responseDueAt: DateTime) => Promise<string>;

  beforeAll(async () => {
    org = await app.createOrganization('remind-disputes');
    [officer, qm, top] = await Promise.all([Role.COMPLAINT_OFFICER, Role.QUALITY_MANAGER, Role.TOP_MANAGEMENT].map((r) => app.as(org, r)));
    const qmVersion = (await qm.data(ME)).me!.user!.version;
    await qm.data(SETTINGS, { input: { expectedVersion: qmVersion, language: 'EN' } });
    const { body } = await createCorrespondence(app.dataSource, org);
    const now = DateTime.utc();
    /** A decided (CLOSED) complaint before the body: no complaint reminder of its own, only the case's. */
    lodge = async (handlerId, status, responseDueAt) => {
      const complaint = await insertComplaint(app.dataSource, org, { receivedAt: now.minus({ days: 30 }).toISO()!, acknowledgedAfterHours: 2, resolvedAfterHours: 24 * 10 });
      await app.dataSource.getRepository(Complaint).update(complaint.id, { handlerId });
      const cases = app.dataSource.getRepository(DisputesCase);
      await cases.save(
        cases.create({
          organizationId: org.id,
          complaintId: complaint.id,
          bodyId: body.id,
          origin: DisputesCaseOrigin.AFTER_RESOLUTION,
          status,
          filedAt: now.minus({ days: 10 }).toJSDate(),
          responseDueAt: responseDueAt.toJSDate(),
          respondedAt: status === DisputesCaseStatus.RESPONDED ? now.minus({ days: 1 }).toJSDate() : null,
        }),
      );
      return complaint.reference;
    };
    // Handled by the complaint officer, the response due tomorrow.
    references.soon = await lodge(org.users.COMPLAINT_OFFICER, DisputesCaseStatus.OPEN, now.plus({ days: 1 }));
    // Without a handler, the response a day late.
    references.overdue = await lodge(null, DisputesCaseStatus.OPEN, now.minus({ days: 1 }));
    // Already answered (handled by top management), its term still running: nothing to remind.
    references.responded = await lodge(org.users.TOP_MANAGEMENT, DisputesCaseStatus.RESPONDED, now.plus({ days: 1 }));
  });

  const titles = async (client: ApiClient) =>
    nodes((await client.data(NOTIFICATIONS, {})).notifications!)
      .map((n) => `${n.kind} ${n.subjectType} ${n.title}`)
      .sort();

  it('reminds the handler and the quality managers of a response due soon or overdue, once, and not after the response', async () => {
    await runJob(REMINDER_JOB);
    expect(await titles(officer)).toEqual([`DISPUTES_RESPONSE_DUE_SOON DisputesCase Verweer geschil ${references.soon} bijna te laat`]);
    expect(await titles(qm)).toEqual([
      `DISPUTES_RESPONSE_DUE_SOON DisputesCase Disputes response on ${references.soon} due soon`,
      `DISPUTES_RESPONSE_OVERDUE DisputesCase Disputes response on ${references.overdue} overdue`,
    ]);
    expect(await titles(top)).toEqual([]);
    const soon = nodes((await officer.data(NOTIFICATIONS, {})).notifications!)[0];
    expect(soon.body).toContain('Test Disputes Committee');
    expect(soon.body).not.toContain('Jansen');

    // A second scan finds the same cases: no new notification.
    await runJob(REMINDER_JOB);
    expect((await officer.data(NOTIFICATIONS, {})).notifications!.unreadCount).toBe(1);
    expect((await qm.data(NOTIFICATIONS, {})).notifications!.unreadCount).toBe(2);
    expect(await titles(top)).toEqual([]);
  });

  it('is a rule like the others: listed with its default, and switched off it reminds no more', async () => {
    const rules = (await qm.data(RULES)).reminderRules!;
    expect(rules.find((r) => r.kind === 'DISPUTES_RESPONSE_DUE_SOON')).toEqual({ kind: 'DISPUTES_RESPONSE_DUE_SOON', enabled: true, leadDays: 3, unit: 'WORKING_DAYS', version: 0 });
    expect(rules.find((r) => r.kind === 'DISPUTES_RESPONSE_OVERDUE')).toEqual({ kind: 'DISPUTES_RESPONSE_OVERDUE', enabled: true, leadDays: 0, unit: 'WORKING_DAYS', version: 0 });
    await qm.data(SET_RULE, { input: { kind: 'DISPUTES_RESPONSE_OVERDUE', expectedVersion: 0, enabled: false, leadDays: 0 } });
    // Another case a day late: with the rule off, no reminder.
    await lodge(null, DisputesCaseStatus.OPEN, DateTime.utc().minus({ days: 1 }));
    await runJob(REMINDER_JOB);
    expect((await qm.data(NOTIFICATIONS, {})).notifications!.unreadCount).toBe(2);
  });
});

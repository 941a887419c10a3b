import { Role } from '../../src/common/roles';
import { startTestApp, type TestApp } from '../support/app';
import { eventually } from '../support/receivers';
import { graphql } from '../graphql';

const JOBS = graphql(`
  query OperationsJobs($state: JobState, $queue: String) {
    jobs(state: $state, queue: $queue) { enabled queues { name waiting retrying active completed failed } jobs { id queue state retryCount retryLimit createdAt completedAt error } }
  }
`);

let app: TestApp;

beforeAll(async () => {
  // Nothing listens on port 1: every e-mail fails.
  app = await startTestApp({ JOBS_ENABLED: 'true', JOBS_POLL_INTERVAL_MS: '500', SMTP_URL: 'smtp://127.0.0.1:1' });
});
afterAll(() => app.close());

describe('jobs for operators', () => {
  it('shows the queues and the failed jobs (the dead letters) to top management only', async () => {
    const org = await app.createOrganization('ops');
    const top = await app.as(org, Role.TOP_MANAGEMENT);
    const [{ id: notificationId }] = await app.dataSource.query(
      `INSERT INTO notification (organization_id, recipient_id, kind, subject_type, subject_id, occurrence_key, email_status)
       VALUES ($1, $2, 'CODE_REVIEW_DUE', 'CodeVersion', gen_random_uuid(), 'ops:1', 'PENDING') RETURNING id`,
      [org.id, org.users.TOP_MANAGEMENT],
    );
    // No retries left: the first failure is the last.
    const jobId = await app.service.jobs!.boss.send('notifications.email', { notificationId }, { retryLimit: 0 });
    const failed = await eventually('the job failed', async () => {
      const { jobs } = await top.data(JOBS, { queue: 'notifications.email' });
      return jobs!.jobs.find((j) => j.id === jobId);
    });
    expect(failed).toMatchObject({ queue: 'notifications.email', state: 'FAILED', retryCount: 0, retryLimit: 0 });
    expect(failed.error).toMatch(/ECONNREFUSED/);
    const { jobs } = await top.data(JOBS, {});
    expect(jobs!.enabled).toBe(true);
    const queues = Object.fromEntries(jobs!.queues.map((q) => [q.name, q]));
    expect(Object.keys(queues)).toEqual(expect.arrayContaining(['dead-letter', 'notifications.email', 'notifications.digest', 'reminders.scan', 'webhooks.dispatch']));
    expect(queues['notifications.email'].failed).toBe(1);
    // A copy waits in the dead-letter queue.
    expect(queues['dead-letter'].waiting).toBe(1);
    // The notification is still to be mailed: nothing claims it was sent.
    const [row] = await app.dataSource.query(`SELECT email_status FROM notification WHERE id = $1`, [notificationId]);
    expect(row.email_status).toBe('PENDING');

    for (const role of [Role.QUALITY_MANAGER, Role.AUDITOR, Role.STAFF]) {
      expect((await (await app.as(org, role)).error(JOBS, {})).code).toBe('FORBIDDEN');
    }
  });
});

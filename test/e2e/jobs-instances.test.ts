import { DateTime } from 'luxon';
import { Role } from '../../src/common/roles';
import { openDatabase, type Database } from '../../src/db/database';
import { entities } from '../../src/modules';
import { REMINDER_JOB } from '../../src/modules/reminder';
import { startService, type RunningService } from '../../src/server';
import { createLogger } from '../../src/observability/logger';
import { startTestApp, ApiClient, type TestApp } from '../support/app';
import { insertComplaint } from '../support/fixtures';
import { eventually, startSmtpServer, startWebhookReceiver } from '../support/receivers';
import { graphql } from '../graphql';

const CREATE = graphql(`
  mutation InstancesSubscribe($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret subscription { id } } }
`);
const RENAME = graphql(`mutation InstancesRename($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { version } }`);
const VERSION = graphql(`query InstancesVersion { organization { version } }`);

/**
 * Two service instances on one database (on PostgreSQL each with its own pool, as two processes
 * would be; the embedded database has one connection, which both share), each with its job runner:
 * every webhook and every reminder goes out once.
 */
let app: TestApp;
let second: RunningService;
let secondDatabase: Database | undefined;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  smtp = await startSmtpServer();
  const env = { JOBS_ENABLED: 'true', JOBS_POLL_INTERVAL_MS: '1000', WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true', SMTP_URL: smtp.url };
  app = await startTestApp(env);
  const url = (app.dataSource.options as { url?: string }).url!;
  const onPostgres = process.env.TEST_DB_BACKEND === 'postgres';
  secondDatabase = onPostgres ? await openDatabase({ entities, url, dataDir: '', poolMax: 5 }) : undefined;
  second = await startService(app.config, createLogger(app.config), { database: secondDatabase ?? app.service.database });
  await second.ready;
});
afterAll(async () => {
  await second.stop();
  await secondDatabase?.close();
  await app.close();
  await receiver.close();
  await smtp.close();
});

describe('two instances on one database', () => {
  it('deliver every webhook and every reminder exactly once', async () => {
    const org = await app.createOrganization('twice');
    const first = await app.as(org, Role.TOP_MANAGEMENT);
    // The same member through the second instance.
    const other = new ApiClient(second.url, first.token);
    const qm = await app.as(org, Role.QUALITY_MANAGER);
    await qm.data(CREATE, { input: { url: receiver.url('/both'), events: ['Organization.updated'] } });

    const renames = 12;
    for (let i = 1; i <= renames; i++) {
      const client = i % 2 ? first : other;
      const { organization } = await client.data(VERSION);
      await client.data(RENAME, { input: { expectedVersion: organization!.version, name: `Name ${i}` } });
    }
    await insertComplaint(app.dataSource, org, { receivedAt: DateTime.utc().minus({ days: 3 }).toISO()!, acknowledgeWithinHours: 48 });
    // Both instances scan, several times over.
    for (let i = 0; i < 3; i++) {
      await app.service.jobs!.queue.send(REMINDER_JOB, {});
      await second.jobs!.queue.send(REMINDER_JOB, {});
    }

    await eventually('every delivery delivered', async () => {
      const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM webhook_delivery WHERE organization_id = $1 AND status = 'DELIVERED'`, [org.id]);
      return n === renames;
    });
    const ids = receiver.received.filter((r) => r.path === '/both').map((r) => r.headers['webhook-id']);
    expect(ids).toHaveLength(renames);
    expect(new Set(ids).size).toBe(renames);
    const names = receiver.received.filter((r) => r.path === '/both').map((r) => (JSON.parse(r.body) as { data: { changes: { name: { to: string } } } }).data.changes.name.to);
    expect(names).toEqual(Array.from({ length: renames }, (_, i) => `Name ${i + 1}`));

    await eventually('the reminder scans done', async () => {
      const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM ${app.config.jobs.schema}.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`, [REMINDER_JOB]);
      return n === 0;
    });
    await eventually('the e-mails sent', async () => {
      const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM notification WHERE organization_id = $1 AND email_status = 'PENDING'`, [org.id]);
      return n === 0;
    });
    // One officer and one quality manager: one notification and one e-mail each.
    const notified = await app.dataSource.query(`SELECT recipient_id, kind FROM notification WHERE organization_id = $1 ORDER BY recipient_id`, [org.id]);
    expect(notified).toHaveLength(2);
    expect(new Set(notified.map((n: { recipient_id: string }) => n.recipient_id))).toEqual(new Set([org.users.COMPLAINT_OFFICER, org.users.QUALITY_MANAGER]));
    const mails = smtp.mails.filter((m) => m.to.some((to) => to.endsWith(`@${org.slug}.example`)));
    expect(mails.map((m) => m.to[0]).sort()).toEqual([`complaint_officer@${org.slug}.example`, `quality_manager@${org.slug}.example`]);
  });
});

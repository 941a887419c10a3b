import { Role } from '../../src/common/roles';
import { startTestApp, type TestApp } from '../support/app';
import { eventually } from '../support/receivers';
import { graphql } from '../graphql';

const SUBSCRIBE = graphql(`mutation JobsShutdownSubscribe($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret } }`);
const RENAME = graphql(`mutation JobsShutdownRename { updateOrganization(input: { expectedVersion: 1, name: "Renamed" }) { name } }`);

let app: TestApp;
let answer!: () => void;
const answered = new Promise<void>((resolve) => (answer = resolve));

beforeAll(async () => {
  app = await startTestApp({ JOBS_ENABLED: 'true', JOBS_POLL_INTERVAL_MS: '500', WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true', SHUTDOWN_TIMEOUT_MS: '60000' });
});
afterAll(async () => {
  await app.close();
});

describe('smoke: graceful shutdown with a running job', () => {
  it('lets the running job finish before the service stops', async () => {
    const org = await app.createOrganization('jobstop');
    const qm = await app.as(org, Role.QUALITY_MANAGER);
    const top = await app.as(org, Role.TOP_MANAGEMENT);
    // A receiver that answers only when released: the delivery job is running while the stop begins.
    const held = await startHeldReceiver(answered);
    await qm.data(SUBSCRIBE, { input: { url: held.url, events: ['Organization.updated'] } });
    await top.data(RENAME);
    await eventually('the delivery in flight', () => held.requests() === 1);

    const stopped = app.service.stop();
    let stopFinished = false;
    void stopped.then(() => (stopFinished = true));
    await new Promise((r) => setTimeout(r, 300));
    expect(stopFinished).toBe(false);
    answer();
    await stopped;
    // The job finished: the delivery was recorded before the database closed.
    const [delivery] = await app.dataSource.query(`SELECT status, attempts, last_status_code FROM webhook_delivery WHERE organization_id = $1`, [org.id]);
    expect(delivery).toEqual({ status: 'DELIVERED', attempts: 1, last_status_code: 204 });
    const [job] = await app.dataSource.query(`SELECT state FROM ${app.config.jobs.schema}.job WHERE name = 'webhooks.dispatch' AND state = 'active'`);
    expect(job).toBeUndefined();
    await held.close();
  });
});

/** A webhook endpoint that answers 204 once `release` settles. */
async function startHeldReceiver(release: Promise<void>) {
  const http = await import('node:http');
  let count = 0;
  const server = http.createServer((req, res) => {
    count++;
    req.resume();
    void release.then(() => {
      res.statusCode = 204;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as import('node:net').AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/held`,
    requests: () => count,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

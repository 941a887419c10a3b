import { Webhook } from 'standardwebhooks';
import { Role } from '../../src/common/roles';
import { startTestApp, nodes, statementCounter, type TestApp, type TestOrganization, type ApiClient } from '../support/app';
import { startWebhookReceiver, eventually, type ReceivedWebhook } from '../support/receivers';
import { graphql } from '../graphql';

const CREATE = graphql(`
  mutation WebhooksCreate($input: CreateWebhookSubscriptionInput!) {
    createWebhookSubscription(input: $input) { secret subscription { id version url events enabled } }
  }
`);
const UPDATE = graphql(`
  mutation WebhooksUpdate($id: ID!, $input: UpdateWebhookSubscriptionInput!) {
    updateWebhookSubscription(id: $id, input: $input) { id version enabled disabledReason consecutiveFailures }
  }
`);
const SUBSCRIPTIONS = graphql(`
  query WebhooksSubscriptions { webhookSubscriptions { edges { node { id version enabled disabledReason consecutiveFailures } } } }
`);
const DELIVERIES = graphql(`
  query WebhooksDeliveries($subscriptionId: ID!, $status: WebhookDeliveryStatus) {
    webhookDeliveries(subscriptionId: $subscriptionId, status: $status, first: 100) {
      edges { node { id messageId eventType entityType entityId status attempts lastStatusCode lastError payload attemptLog { statusCode error } } }
    }
  }
`);
const REDELIVER = graphql(`mutation WebhooksRedeliver($id: ID!) { redeliverWebhook(id: $id) { id status attempts } }`);
const SUBMIT = graphql(`mutation WebhooksSubmit($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }`);
const RENAME = graphql(`mutation WebhooksRename($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { name version } }`);

let app: TestApp;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
/** Paths that fail: `/flaky` answers 500 to the first two attempts of each message, `/down` always. */
const answer = ({ path, seen }: { path: string; seen: number }) => (path === '/down' ? 500 : path === '/flaky' && seen < 2 ? 500 : 204);

beforeAll(async () => {
  receiver = await startWebhookReceiver(answer);
  app = await startTestApp({
    JOBS_ENABLED: 'true',
    JOBS_POLL_INTERVAL_MS: '500',
    WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true',
    WEBHOOK_RETRY_BASE_MS: '100',
    WEBHOOK_MAX_ATTEMPTS: '3',
    WEBHOOK_DISABLE_AFTER_FAILURES: '4',
  });
});
afterAll(async () => {
  await app.close();
  await receiver.close();
});

const at = (path: string) => receiver.received.filter((r) => r.path === path);
const body = (r: ReceivedWebhook) => JSON.parse(r.body) as { type: string; timestamp: string; data: { entityId: string; changes: Record<string, { from?: unknown; to?: unknown }> } };

async function renameTimes(top: ApiClient, names: string[]): Promise<void> {
  for (const name of names) {
    const { organization } = await top.data(graphql(`query WebhooksOrgVersion { organization { version } }`));
    await top.data(RENAME, { input: { expectedVersion: organization!.version, name } });
  }
}

describe('webhooks', () => {
  let org: TestOrganization;
  let qm: ApiClient;
  let top: ApiClient;
  beforeAll(async () => {
    org = await app.createOrganization('hooks');
    qm = await app.as(org, Role.QUALITY_MANAGER);
    top = await app.as(org, Role.TOP_MANAGEMENT);
  });

  it('delivers each committed change once, signed, in order per entity, retrying failures, with a delivery log', async () => {
    const { createWebhookSubscription: created } = await qm.data(CREATE, { input: { url: receiver.url('/flaky'), events: ['Organization.*'] } });
    expect(created.secret).toMatch(/^whsec_/);
    // A change that rolls back (a stale version) publishes nothing.
    const stale = await top.error(RENAME, { input: { expectedVersion: 99, name: 'Never' } });
    expect(stale.code).toBe('CONFLICT');
    await renameTimes(top, ['First', 'Second', 'Third']);

    const delivered = await eventually('three deliveries', () => {
      const ok = at('/flaky').filter((r) => r.answered === 204);
      return ok.length >= 3 && ok;
    });
    // Each message failed twice before it went through, and the next one waited for it.
    expect(delivered.map((r) => body(r).data.changes.name.to)).toEqual(['First', 'Second', 'Third']);
    expect(at('/flaky').map((r) => `${body(r).data.changes.name.to}:${r.answered}`)).toEqual([
      'First:500', 'First:500', 'First:204',
      'Second:500', 'Second:500', 'Second:204',
      'Third:500', 'Third:500', 'Third:204',
    ]);
    const verifier = new Webhook(created.secret);
    for (const r of at('/flaky')) {
      expect(verifier.verify(r.body, r.headers)).toMatchObject({ type: 'Organization.updated', data: { entityId: org.id } });
    }
    // Every attempt of one message carries the same webhook-id.
    expect(new Set(delivered.map((r) => r.headers['webhook-id'])).size).toBe(3);
    expect(new Set(at('/flaky').map((r) => r.headers['webhook-id'])).size).toBe(3);
    // A forged signature does not verify.
    expect(() => verifier.verify(delivered[0].body.replace('First', 'Forged'), delivered[0].headers)).toThrow();

    // The receiver has answered the last attempt; the service records that answer just after.
    const log = await eventually('the last answer recorded', async () => {
      const deliveries = nodes((await qm.data(DELIVERIES, { subscriptionId: created.subscription.id })).webhookDeliveries!);
      return deliveries.every((d) => d.status !== 'DELIVERING') && deliveries;
    });
    expect(log).toHaveLength(3);
    for (const d of log) {
      expect(d).toMatchObject({ status: 'DELIVERED', attempts: 3, lastStatusCode: 204, lastError: null });
      expect(d.attemptLog.map((a) => a.statusCode)).toEqual([500, 500, 204]);
    }
    // The stale rename left no delivery, and nothing more arrives.
    expect(log.map((d) => (d.payload as { data: { changes: { name: { to: string } } } }).data.changes.name.to).sort()).toEqual(['First', 'Second', 'Third']);
  });

  it('redelivers by hand with the same webhook-id', async () => {
    const { webhookSubscriptions } = await qm.data(SUBSCRIPTIONS);
    const subscription = nodes(webhookSubscriptions!)[0];
    const [latest] = nodes((await qm.data(DELIVERIES, { subscriptionId: subscription.id })).webhookDeliveries!);
    const before = at('/flaky').length;
    const { redeliverWebhook } = await qm.data(REDELIVER, { id: latest.id });
    expect(redeliverWebhook).toMatchObject({ status: 'PENDING', attempts: 0 });
    // The receiver counts this body as seen three times already: it answers 204 at once.
    const again = await eventually('the redelivery', () => at('/flaky').length > before && at('/flaky')[before]);
    expect(again.headers['webhook-id']).toBe(latest.messageId);
    // The log keeps the earlier attempts and adds the new one.
    const redelivered = await eventually('the redelivery recorded', async () => {
      const d = nodes((await qm.data(DELIVERIES, { subscriptionId: subscription.id })).webhookDeliveries!).find((x) => x.id === latest.id);
      return d?.status === 'DELIVERED' && d;
    });
    expect(redelivered.attemptLog.map((a) => a.statusCode)).toEqual([500, 500, 204, 204]);
    expect(at('/flaky').length).toBe(before + 1);
  });

  it('gives up after the last attempt, then disables a subscription that keeps failing', async () => {
    const { createWebhookSubscription: down } = await qm.data(CREATE, { input: { url: receiver.url('/down'), events: ['Organization.updated'] } });
    await renameTimes(top, ['Fourth', 'Fifth']);
    const disabled = await eventually('the subscription disabled', async () => {
      const subscription = nodes((await qm.data(SUBSCRIPTIONS)).webhookSubscriptions!).find((s) => s.id === down.subscription.id);
      return subscription && !subscription.enabled && subscription;
    });
    expect(disabled.disabledReason).toMatch(/4 failed attempts in a row/);
    const log = nodes((await qm.data(DELIVERIES, { subscriptionId: down.subscription.id })).webhookDeliveries!);
    // Fourth failed 3 times (FAILED), Fifth once before the fourth failure in a row disabled the subscription.
    const byName = Object.fromEntries(log.map((d) => [(d.payload as { data: { changes: { name: { to: string } } } }).data.changes.name.to, d]));
    expect(byName.Fourth).toMatchObject({ status: 'FAILED', attempts: 3, lastStatusCode: 500 });
    expect(byName.Fifth).toMatchObject({ status: 'PENDING', attempts: 1 });
    // Enabling it again resets the count; the waiting delivery resumes (and fails again here).
    const { updateWebhookSubscription } = await qm.data(UPDATE, { id: down.subscription.id, input: { expectedVersion: disabled.version, enabled: true } });
    expect(updateWebhookSubscription).toMatchObject({ enabled: true, disabledReason: null, consecutiveFailures: 0 });
    await eventually('the waiting delivery tried again', async () => {
      const [fifth] = nodes((await qm.data(DELIVERIES, { subscriptionId: down.subscription.id, status: 'FAILED' })).webhookDeliveries!).filter(
        (d) => (d.payload as { data: { changes: { name: { to: string } } } }).data.changes.name.to === 'Fifth',
      );
      return fifth;
    });
  });

  it('counts jobs and deliveries in /metrics', async () => {
    const text = await (await fetch(`${app.url}/metrics`)).text();
    const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? NaN);
    expect(value(/^webhook_deliveries_total\{result="delivered"\} (\d+)$/m)).toBeGreaterThanOrEqual(4);
    expect(value(/^webhook_deliveries_total\{result="retry"\} (\d+)$/m)).toBeGreaterThanOrEqual(6);
    expect(value(/^webhook_deliveries_total\{result="failed"\} (\d+)$/m)).toBeGreaterThanOrEqual(1);
    expect(value(/^webhook_delivery_duration_seconds_count (\d+)$/m)).toBeGreaterThanOrEqual(11);
    expect(value(/^jobs_finished_total\{queue="webhooks.dispatch",result="completed"\} (\d+)$/m)).toBeGreaterThanOrEqual(1);
    expect(text).toMatch(/^job_duration_seconds_bucket\{le="[^"]+",queue="webhooks.dispatch"\} \d+$/m);
    expect(text).toMatch(/^# TYPE jobs_waiting gauge$/m);
  });

  it('writes the deliveries of every event of one change in one statement, in the order the events happened', async () => {
    const { createWebhookSubscription: created } = await qm.data(CREATE, { input: { url: receiver.url('/intake'), events: ['Complaint.*', 'ComplaintTimelineEntry.*'] } });
    const statements = statementCounter(app.dataSource);
    await app.anonymous.data(SUBMIT, { slug: org.slug, input: { subject: 'Not called back', description: 'Nobody called me back.', complainant: { name: 'A. Client', email: 'client@example.org' } } });
    const outboxWrites = statements.statements.filter((sql) => sql.includes('INSERT INTO webhook_delivery'));
    const events: { action: string }[] = await app.dataSource.query(`SELECT action FROM audit_event WHERE organization_id = $1 AND request_id = (
       SELECT request_id FROM audit_event WHERE organization_id = $1 AND action = 'Complaint.received' ORDER BY at DESC LIMIT 1) ORDER BY at, id`, [org.id]);
    const deliveries: { event_type: string }[] = await app.dataSource.query(`SELECT event_type FROM webhook_delivery WHERE subscription_id = $1 ORDER BY sequence`, [created.subscription.id]);
    expect(events.map((e) => e.action)).toEqual(['ComplaintTimelineEntry.created', 'Complaint.received']);
    expect({ outboxWrites: outboxWrites.length, deliveries: deliveries.map((d) => d.event_type) }).toEqual({ outboxWrites: 1, deliveries: ['ComplaintTimelineEntry.created', 'Complaint.received'] });
    await eventually('both delivered', () => at('/intake').filter((r) => r.answered === 204).length >= 2);
  });

  it('refuses bad input and other roles', async () => {
    const bad = await qm.error(CREATE, { input: { url: 'ftp://example.com/x', events: ['Organization.*'] } });
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(bad.extensions.fields).toEqual([{ field: 'input.url', message: 'must be an http(s) URL' }]);
    const badEvent = await qm.error(CREATE, { input: { url: 'https://example.com/x', events: ['drop table'] } });
    expect(badEvent.code).toBe('BAD_USER_INPUT');
    const officer = await app.as(org, Role.COMPLAINT_OFFICER);
    expect((await officer.error(SUBSCRIPTIONS)).code).toBe('FORBIDDEN');
  });
});

import fs from 'node:fs';
import path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { Role } from '../../src/common/roles';
import { startTestApp, type TestApp } from '../support/app';
import { draftCode, publishVersion } from '../support/codes';
import { eventually, startWebhookReceiver } from '../support/receivers';
import { graphql } from '../graphql';

const SUBSCRIBE = graphql(`mutation PayloadsSubscribe($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret } }`);
const REGISTER = graphql(`mutation PayloadsRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }`);
const ACKNOWLEDGE = graphql(`mutation PayloadsAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }`);
const RENAME_MEMBER = graphql(`mutation PayloadsRenameMember($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id version } }`);
const MEMBER = graphql(`query PayloadsMember($id: ID!) { user(id: $id) { version } }`);

/** The committed schemas, docs/events/<Entity>.schema.json, compiled. */
function loadSchemas(): Map<string, ValidateFunction> {
  const ajv = new Ajv({ allErrors: true, validateFormats: false });
  const folder = path.join(__dirname, '..', '..', 'docs', 'events');
  return new Map(
    fs
      .readdirSync(folder)
      .filter((f) => f.endsWith('.schema.json'))
      .map((f) => [f.replace('.schema.json', ''), ajv.compile(JSON.parse(fs.readFileSync(path.join(folder, f), 'utf8')) as object)]),
  );
}

let app: TestApp;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  app = await startTestApp({ JOBS_ENABLED: 'true', JOBS_POLL_INTERVAL_MS: '500', WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' });
});
afterAll(async () => {
  await app.close();
  await receiver.close();
});

describe('event payloads', () => {
  it('match the JSON Schema of their event type and carry no personal data', async () => {
    const org = await app.createOrganization('payloads');
    const [qm, top, officer] = await Promise.all([Role.QUALITY_MANAGER, Role.TOP_MANAGEMENT, Role.COMPLAINT_OFFICER].map((r) => app.as(org, r)));
    await qm.data(SUBSCRIBE, { input: { url: receiver.url('/all'), events: ['*'] } });

    const code = await draftCode(qm, 'payload-code', [{ key: 'P1' }, { key: 'P2' }]);
    await publishVersion(qm, top, code.versionId);
    const complaint = (
      await officer.data(REGISTER, {
        input: {
          channel: 'EMAIL',
          subject: 'Brief onduidelijk',
          description: 'Mijn naam is Petra Pietersen, mijn rekening 123.',
          complainant: { name: 'Petra Pietersen', email: 'petra@example.nl', phone: '+31 6 1234 5678' },
          promiseIds: [code.promises.P1],
        },
      })
    ).registerComplaint;
    await officer.data(ACKNOWLEDGE, { id: complaint.id, input: { expectedVersion: complaint.version, letter: { channel: 'EMAIL', language: 'en', text: 'We received your complaint and will answer within two weeks.' } } });
    const staffId = org.users.STAFF;
    const { user } = await top.data(MEMBER, { id: staffId });
    await top.data(RENAME_MEMBER, { id: staffId, input: { expectedVersion: user!.version, name: 'Sanne Staff' } });

    const [{ n: expected }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE organization_id = $1`, [org.id]);
    // Every audit event of the organisation (the subscription's own creation included) became one delivery.
    await eventually('every event delivered', async () => {
      const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM webhook_delivery WHERE organization_id = $1 AND status = 'DELIVERED'`, [org.id]);
      return n === expected;
    });
    expect(receiver.received).toHaveLength(expected);
    const bodies = receiver.received.map((r) => JSON.parse(r.body) as { type: string; data: { entityType: string } });
    const schemas = loadSchemas();
    const problems = bodies.flatMap((body) => {
      const validate = schemas.get(body.data.entityType);
      if (!validate) return [`${body.type}: no schema docs/events/${body.data.entityType}.schema.json`];
      const valid: boolean = validate(body as unknown);
      return valid ? [] : [`${body.type}: ${JSON.stringify(validate.errors)}`];
    });
    expect(problems).toEqual([]);
    const types = new Set(bodies.map((b) => b.type));
    for (const type of ['Code.created', 'CodePromise.created', 'CodeVersion.approved', 'CodeVersion.published', 'Complaint.received', 'Complaint.acknowledged', 'User.updated']) {
      expect(types).toContain(type);
    }
    const all = receiver.received.map((r) => r.body).join('\n');
    for (const personal of ['Petra', 'Pietersen', 'petra@example.nl', '1234 5678', 'rekening', 'Sanne']) expect(all).not.toContain(personal);
  });
});

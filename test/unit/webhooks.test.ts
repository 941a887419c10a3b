import fs from 'node:fs';
import path from 'node:path';
import { Webhook } from 'standardwebhooks';
import { eventSchema, publishedEntities } from '../../scripts/event-schemas';
import { isPrivateAddress, urlProblem } from '../../src/modules/webhook/webhook-address';
import { newWebhookSecret, signWebhook } from '../../src/modules/webhook/webhook-signature';
import { webhookRetryDelayMs } from '../../src/modules/webhook/webhook-dispatch';
import { loadConfig } from '../../src/config';
import { NotificationKind, render } from '../../src/modules/notification';
import { Language } from '../../src/modules/user';

describe('webhook signatures', () => {
  it('verify with the Standard Webhooks library, and fail when the body, id or secret differ', () => {
    const secret = newWebhookSecret();
    const body = JSON.stringify({ type: 'Complaint.received', timestamp: new Date().toISOString(), data: {} });
    const headers = signWebhook(secret, 'msg_1', new Date(), body);
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(new Webhook(secret).verify(body, headers)).toMatchObject({ type: 'Complaint.received' });
    expect(() => new Webhook(secret).verify(body + ' ', headers)).toThrow();
    expect(() => new Webhook(secret).verify(body, { ...headers, 'webhook-id': 'msg_2' })).toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
  });
});

describe('webhook addresses', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.16.0.1', '192.168.1.1', '169.254.169.254', '::1', 'fd00::1', '::ffff:127.0.0.1', '0.0.0.0', '100.64.0.1'])('%s is private', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '2a00:1450:4001::1'])('%s is public', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });

  it('refuses loopback, private and odd URLs unless private addresses are allowed', () => {
    expect(urlProblem('https://hooks.example.com/x', false)).toBeNull();
    expect(urlProblem('http://127.0.0.1:8080/x', false)).toMatch(/loopback, private or link-local/);
    expect(urlProblem('http://localhost/x', false)).toMatch(/loopback/);
    expect(urlProblem('http://[::1]/x', false)).toMatch(/loopback/);
    expect(urlProblem('http://169.254.169.254/latest/meta-data', false)).toMatch(/link-local/);
    expect(urlProblem('http://127.0.0.1:8080/x', true)).toBeNull();
    expect(urlProblem('ftp://example.com/', true)).toBe('must be an http(s) URL');
    expect(urlProblem('https://user:pw@example.com/', true)).toBe('must not carry credentials');
    expect(urlProblem('not a url', true)).toBe('is not a URL');
  });

  it('are refused in production and tests by default, allowed in development', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).webhooks.allowPrivateAddresses).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test' }).webhooks.allowPrivateAddresses).toBe(false);
    expect(loadConfig({ NODE_ENV: 'development' }).webhooks.allowPrivateAddresses).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), WEBHOOK_ALLOW_PRIVATE_ADDRESSES: 'true' }).webhooks.allowPrivateAddresses).toBe(true);
  });
});

describe('webhook retries', () => {
  it('wait twice as long after each failed attempt, up to the cap', () => {
    const settings = loadConfig({ WEBHOOK_RETRY_BASE_MS: '1000', WEBHOOK_RETRY_MAX_MS: '5000' }).webhooks;
    expect([1, 2, 3, 4, 5].map((n) => webhookRetryDelayMs(n, settings))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });
});

describe('event schemas', () => {
  it('docs/events holds the current schema of every published entity type (npm run events:schemas)', () => {
    const folder = path.join(__dirname, '..', '..', 'docs', 'events');
    for (const entity of publishedEntities()) {
      const file = path.join(folder, `${entity.name}.schema.json`);
      expect(fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : `missing ${file}`).toEqual(eventSchema(entity));
    }
  });
});

describe('notification messages', () => {
  it('exist for every kind in every language, and name what they are about', () => {
    const params = { reference: 'K-2026-00001', due: '2026-12-01', title: 'T', topic: 'CODE_OF_CONDUCT', code: 'c', version: 1, name: 'N', periodStart: 'a', periodEnd: 'b', disputesBody: 'D' };
    for (const kind of Object.values(NotificationKind)) {
      for (const language of Object.values(Language)) {
        const { title, body } = render(kind, language, params);
        expect(title.length).toBeGreaterThan(3);
        expect(body).not.toContain('undefined');
      }
    }
    expect(render(NotificationKind.COMPLAINT_RESOLUTION_OVERDUE, Language.NL, params).title).toBe('Afhandeling K-2026-00001 te laat');
    expect(render(NotificationKind.COMPLAINT_RESOLUTION_OVERDUE, Language.EN, params).title).toBe('Resolution of K-2026-00001 overdue');
  });
});

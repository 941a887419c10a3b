import { createHmac, randomBytes } from 'node:crypto';

const PREFIX = 'whsec_';

/** A new signing secret in the Standard Webhooks form: `whsec_` and 24 random bytes in base64. */
export function newWebhookSecret(): string {
  return PREFIX + randomBytes(24).toString('base64');
}

/**
 * The Standard Webhooks headers of one message: `webhook-id`, `webhook-timestamp` (Unix seconds)
 * and `webhook-signature` `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, keyed with the
 * secret's base64-decoded bytes.
 */
export function signWebhook(secret: string, messageId: string, timestamp: Date, body: string): Record<string, string> {
  const seconds = Math.floor(timestamp.getTime() / 1000);
  const key = Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, 'base64');
  const signature = createHmac('sha256', key).update(`${messageId}.${seconds}.${body}`).digest('base64');
  return { 'webhook-id': messageId, 'webhook-timestamp': String(seconds), 'webhook-signature': `v1,${signature}` };
}

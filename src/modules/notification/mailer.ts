import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config';

/**
 * How long one send may wait on the SMTP server, in ms. The mail jobs (notifications, digests, survey
 * invitations) expire after 300 s, and an expired job is retried while its first run may still be
 * waiting. With nodemailer's defaults (2 min to connect, 10 min of silence on the socket) a stalled
 * server made a send outlast its job, and the retry mailed again: a survey's first mail then carried a
 * link the retry had already replaced. With these limits a send gives up well before the job expires,
 * and the retry is the only attempt left running. `SMTP_URL`'s query overrides them
 * (`smtp://host:587?socketTimeout=30000`).
 */
export const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 } as const;

const transports = new Map<string, Transporter>();

/** The SMTP transport of SMTP_URL (one per URL), with {@link SMTP_TIMEOUTS}, or null when e-mail is off. */
export function mailer(config: Config): Transporter | null {
  const url = config.mail.smtpUrl;
  if (!url) return null;
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport({ url, ...SMTP_TIMEOUTS });
    transports.set(url, transport);
  }
  return transport;
}

import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config';

const transports = new Map<string, Transporter>();

/** The SMTP transport of SMTP_URL (one per URL, pooled connections), or null when e-mail is off. */
export function mailer(config: Config): Transporter | null {
  const url = config.mail.smtpUrl;
  if (!url) return null;
  let transport = transports.get(url);
  if (!transport) {
    transport = nodemailer.createTransport(url);
    transports.set(url, transport);
  }
  return transport;
}

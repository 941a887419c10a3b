import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request a webhook receiver got. */
export interface ReceivedWebhook {
  path: string;
  headers: Record<string, string>;
  body: string;
  /** The status code the receiver answered. */
  answered: number;
}

/**
 * A local HTTP endpoint for webhook deliveries: records every request and answers with `answer`
 * (by default 204), so a test can make an endpoint fail a number of times.
 */
export async function startWebhookReceiver(answer: (request: { path: string; body: string; seen: number }) => number = () => 204) {
  const received: ReceivedWebhook[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const path = req.url ?? '/';
      const seen = received.filter((r) => r.path === path && r.body === body).length;
      const status = answer({ path, body, seen });
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]));
      received.push({ path, headers, body, answered: status });
      res.statusCode = status;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Polls `check` until it returns a value (not undefined/false), or fails after `timeoutMs` with `what`. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A mail the local SMTP server accepted. */
export interface ReceivedMail {
  from: string;
  to: string[];
  /** The whole message as sent (headers and MIME parts). */
  raw: string;
}

/**
 * A local SMTP server (no TLS, no authentication) that keeps every message it accepts. A recipient
 * for whom `refuse` answers true is refused with a temporary failure (450), so a test can make a send fail.
 */
export async function startSmtpServer(options: { refuse?: (recipient: string) => boolean } = {}) {
  const { SMTPServer } = await import('smtp-server');
  const mails: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.refuse?.(address.address)) return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 450 }));
      callback();
    },
    onData(stream, session, callback) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        mails.push({ from, to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = (server as unknown as { server: { address(): AddressInfo } }).server.address();
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The bytes of quoted-printable text (soft line breaks dropped). */
const quotedPrintable = (text: string): Buffer =>
  Buffer.from(text.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');

/** A header's value (unfolded), or undefined. */
function header(head: string, name: string): string | undefined {
  const unfolded = head.replace(/\r\n[ \t]+/g, ' ');
  return new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(unfolded)?.[1];
}

/** Encoded words (RFC 2047) decoded; adjacent ones joined, as the whitespace between them is not part of the text. */
const decodeWords = (value: string): string =>
  value.replace(/=\?[^?]+\?[QqBb]\?[^?]*\?=(?:\s+=\?[^?]+\?[QqBb]\?[^?]*\?=)*/g, (run) =>
    Buffer.concat(
      [...run.matchAll(/=\?[^?]+\?([QqBb])\?([^?]*)\?=/g)].map(([, encoding, text]) =>
        encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : quotedPrintable(text.replace(/_/g, ' ')),
      ),
    ).toString('utf8'),
  );

/** The leaf parts of a MIME entity: their type and decoded content (line breaks as \n). */
function mimeParts(head: string, body: string): { type: string; content: string }[] {
  const type = header(head, 'content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    return body
      .split(`--${boundary}`)
      .slice(1, -1)
      .flatMap((part) => {
        const [partHead, ...rest] = part.replace(/^\r\n/, '').split('\r\n\r\n');
        return mimeParts(partHead, rest.join('\r\n\r\n').replace(/\r\n$/, ''));
      });
  }
  const encoding = header(head, 'content-transfer-encoding')?.trim().toLowerCase();
  const content =
    encoding === 'base64' ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : encoding === 'quoted-printable' ? quotedPrintable(body).toString('utf8') : body;
  return [{ type: type.split(';')[0].trim().toLowerCase(), content: content.replace(/\r\n/g, '\n') }];
}

/** A mail as its reader sees it: the subject and the plain-text and HTML parts, decoded. */
export function readMail(mail: ReceivedMail): { subject: string; text: string; html: string } {
  const [head, ...rest] = mail.raw.split('\r\n\r\n');
  const parts = mimeParts(head, rest.join('\r\n\r\n'));
  return {
    subject: decodeWords(header(head, 'subject') ?? ''),
    text: parts.find((p) => p.type === 'text/plain')?.content ?? '',
    html: parts.find((p) => p.type === 'text/html')?.content ?? '',
  };
}

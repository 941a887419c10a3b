import type { JobDefinition, JobEnvironment } from '../../common/jobs';
import { Language } from '../user';
import { EmailStatus, type NotificationKind } from './notification.entity';
import { emailOf, render } from './messages';
import { mailer } from './mailer';
import { DIGEST_JOB, EMAIL_JOB } from './notification.service';

interface Row {
  id: string;
  kind: NotificationKind;
  params: Record<string, string | number>;
  email: string;
  language: Language;
}

function returned<T>(result: unknown): T[] {
  return Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number' ? (result[0] as T[]) : (result as T[]);
}

/**
 * One notification by e-mail. The job was queued in the transaction that made the notification; a
 * notification already sent (a job run twice) is not sent again. A failed send throws: the job is
 * retried with backoff, and after the last retry it is in the dead-letter queue.
 */
async function sendOne(notificationId: string, env: JobEnvironment): Promise<{ sent: boolean }> {
  const transport = mailer(env.config);
  const [row] = (await env.dataSource.query(
    `SELECT n.id, n.kind, n.params, u.email, u.language FROM notification n JOIN app_user u ON u.id = n.recipient_id
      WHERE n.id = $1 AND n.email_status = 'PENDING'`,
    [notificationId],
  )) as Row[];
  if (!row || !transport) return { sent: false };
  const mail = emailOf(row.language, [render(row.kind, row.language, row.params)]);
  await transport.sendMail({ from: env.config.mail.from, to: row.email, ...mail });
  await env.dataSource.query(`UPDATE notification SET email_status = 'SENT', emailed_at = clock_timestamp() WHERE id = $1`, [row.id]);
  return { sent: true };
}

/**
 * The daily digest: for each member who chose it, one e-mail listing the notifications made since
 * the last one. A member's notifications are claimed (DIGEST_SENDING) before the mail goes out and
 * given back if it fails, so two instances never send the same digest.
 */
async function sendDigests(env: JobEnvironment): Promise<{ digests: number }> {
  const transport = mailer(env.config);
  if (!transport) return { digests: 0 };
  const recipients = (await env.dataSource.query(`SELECT DISTINCT recipient_id FROM notification WHERE email_status = 'DIGEST'`)) as { recipient_id: string }[];
  let digests = 0;
  for (const { recipient_id } of recipients) {
    const rows = returned<Row & { created_at: Date }>(
      await env.dataSource.query(
        `UPDATE notification n SET email_status = 'DIGEST_SENDING' FROM app_user u
          WHERE n.recipient_id = $1 AND u.id = n.recipient_id AND n.email_status = 'DIGEST'
            AND n.id IN (SELECT id FROM notification WHERE recipient_id = $1 AND email_status = 'DIGEST' FOR UPDATE SKIP LOCKED)
        RETURNING n.id, n.kind, n.params, n.created_at, u.email, u.language`,
        [recipient_id],
      ),
    ).sort((a, b) => a.created_at.getTime() - b.created_at.getTime());
    if (!rows.length) continue;
    const ids = rows.map((r) => r.id);
    try {
      const mail = emailOf(rows[0].language, rows.map((r) => render(r.kind, r.language, r.params)));
      await transport.sendMail({ from: env.config.mail.from, to: rows[0].email, ...mail });
      await env.dataSource.query(`UPDATE notification SET email_status = 'SENT', emailed_at = clock_timestamp() WHERE id = ANY($1)`, [ids]);
      digests++;
    } catch (error) {
      await env.dataSource.query(`UPDATE notification SET email_status = $2 WHERE id = ANY($1)`, [ids, EmailStatus.DIGEST]);
      throw error;
    }
  }
  return { digests };
}

export const emailJob: JobDefinition<{ notificationId: string }> = {
  name: EMAIL_JOB,
  retryLimit: 5,
  retryDelaySeconds: 30,
  retryBackoff: true,
  handler: (job, env) => sendOne(job.data.notificationId, env),
};

export const digestJob: JobDefinition = {
  name: DIGEST_JOB,
  cron: (config) => config.jobs.digestCron,
  retryLimit: 3,
  retryDelaySeconds: 300,
  handler: (_job, env) => sendDigests(env),
};

import type { Context } from '../../common/context';
import { currentUser } from '../../common/context';
import { scoped } from '../../common/tenancy';
import { NotFoundError } from '../../common/errors';
import { paginate, type ConnectionResult } from '../../common/pagination';
import { jobQueue } from '../../common/jobs';
import { serviceConfig } from '../../common/service-config';
import { Language, User } from '../user';
import { EmailStatus, Notification, type NotificationKind } from './notification.entity';
import { render } from './messages';
import type { NotificationsArgs } from './notification.dto';

export const EMAIL_JOB = 'notifications.email';
export const DIGEST_JOB = 'notifications.digest';

/** A notification to make: once per recipient and occurrence key. */
export interface NewNotification {
  organizationId: string;
  recipientId: string;
  kind: NotificationKind;
  subjectType: string;
  subjectId: string;
  occurrenceKey: string;
  params: Record<string, string | number>;
}

/** The signed-in member's notifications, and making them. */
export class NotificationService {
  /**
   * Makes the notifications not made before (per recipient and occurrence key) in the context's
   * transaction, and queues an e-mail for each whose recipient wants one at once (in the same
   * transaction: the mail is sent exactly when the notification exists). Answers how many were new.
   */
  static async notify(ctx: Context, items: NewNotification[]): Promise<number> {
    if (!items.length) return 0;
    const mail = !!serviceConfig(ctx.dataSource)?.mail.smtpUrl;
    const rows = (await ctx.db.query(
      `INSERT INTO notification (organization_id, recipient_id, kind, subject_type, subject_id, occurrence_key, params, email_status)
       SELECT i.organization_id, i.recipient_id, i.kind, i.subject_type, i.subject_id, i.occurrence_key, i.params,
              CASE WHEN NOT $2::boolean OR u.email_notifications = 'OFF' THEN 'NONE'
                   WHEN u.email_notifications = 'DAILY_DIGEST' THEN 'DIGEST' ELSE 'PENDING' END
         FROM jsonb_to_recordset($1::jsonb) AS i(organization_id uuid, recipient_id uuid, kind text, subject_type text, subject_id uuid, occurrence_key text, params jsonb)
         JOIN app_user u ON u.id = i.recipient_id AND u.organization_id = i.organization_id AND u.active
       ON CONFLICT (recipient_id, occurrence_key) DO NOTHING
       RETURNING id, email_status`,
      [
        JSON.stringify(
          items.map((i) => ({
            organization_id: i.organizationId,
            recipient_id: i.recipientId,
            kind: i.kind,
            subject_type: i.subjectType,
            subject_id: i.subjectId,
            occurrence_key: i.occurrenceKey,
            params: i.params,
          })),
        ),
        mail,
      ],
    )) as { id: string; email_status: EmailStatus }[];
    const queue = jobQueue(ctx.dataSource);
    for (const row of rows) if (row.email_status === EmailStatus.PENDING) await queue.send(EMAIL_JOB, { notificationId: row.id }, { ctx });
    return rows.length;
  }

  static list(ctx: Context, args: NotificationsArgs): Promise<ConnectionResult<Notification>> {
    const qb = scoped(ctx, Notification).query('n').andWhere('n.recipientId = :me', { me: currentUser(ctx).id });
    if (args.unreadOnly) qb.andWhere('n.readAt IS NULL');
    return paginate(qb, args, { column: 'n.createdAt', property: 'createdAt', direction: 'DESC' });
  }

  static unreadCount(ctx: Context): Promise<number> {
    return scoped(ctx, Notification).query('n').andWhere('n.recipientId = :me AND n.readAt IS NULL', { me: currentUser(ctx).id }).getCount();
  }

  /** The signed-in member's language (Dutch when unknown). */
  static async language(ctx: Context): Promise<Language> {
    const me = await scoped(ctx, User).findOne({ id: currentUser(ctx).id });
    return me?.language ?? Language.NL;
  }

  static async text(ctx: Context, notification: Notification): Promise<{ title: string; body: string }> {
    return render(notification.kind, await NotificationService.language(ctx), notification.params);
  }

  static async markRead(ctx: Context, id: string): Promise<Notification> {
    const notifications = scoped(ctx, Notification);
    const current = await notifications.get(id, 'id');
    // Another member's notification is as unknown as a missing one.
    if (current.recipientId !== currentUser(ctx).id) throw new NotFoundError('Notification', id, 'id');
    if (current.readAt) {
      ctx.unchanged = true;
      return current;
    }
    await ctx.db.query(`UPDATE notification SET read_at = clock_timestamp() WHERE id = $1 AND read_at IS NULL`, [current.id]);
    await notifications.audit('Notification.read', current.id);
    return notifications.get(current.id);
  }

  static async markAllRead(ctx: Context): Promise<number> {
    const user = currentUser(ctx);
    const rows = (await ctx.db.query(
      `UPDATE notification SET read_at = clock_timestamp() WHERE organization_id = $1 AND recipient_id = $2 AND read_at IS NULL RETURNING id`,
      [user.organizationId, user.id],
    )) as [unknown[], number];
    const count = rows[1];
    if (count) await scoped(ctx, Notification).audit('Notification.allRead', null, { count: { to: count } });
    else ctx.unchanged = true;
    return count;
  }
}

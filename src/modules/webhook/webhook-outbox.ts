import type { Context } from '../../common/context';
import type { RecordedAudit } from '../../common/audit-trail';
import { afterCommit, jobQueue } from '../../common/jobs';

export const DISPATCH_JOB = 'webhooks.dispatch';

/**
 * Fields of members that are personal data (names, e-mail addresses, the provider's subject):
 * their values never leave the service in a payload, only that they changed. Complainants' personal
 * data is already redacted in the audit trail (`@PersonalData()`).
 */
const REDACTED: Record<string, ReadonlySet<string>> = {
  User: new Set(['name', 'email', 'externalSubject']),
};

/** The body of a delivery (Standard Webhooks: `type`, `timestamp`, `data`); docs/EVENTS.md. */
export function eventPayload(event: RecordedAudit): Record<string, unknown> {
  const redacted = REDACTED[event.entityType];
  const changes = Object.fromEntries(
    Object.entries(event.changes ?? {}).map(([field, change]) => [field, redacted?.has(field) ? { redacted: true } : change]),
  );
  return {
    type: event.action,
    timestamp: event.occurredAt.toISOString(),
    data: { eventId: event.id, organizationId: event.organizationId, entityType: event.entityType, entityId: event.entityId, changes },
  };
}

/**
 * The outbox: for each enabled subscription of the organisation that wants this event, a delivery
 * row, in the transaction of the change (one statement; none when nobody subscribed). Once that
 * transaction commits, the dispatcher is nudged; should the nudge be lost (a crash right after the
 * commit), the dispatcher's schedule finds the row.
 */
export async function writeOutbox(ctx: Context, event: RecordedAudit): Promise<void> {
  const kind = `${event.entityType}.*`;
  const rows: unknown[] = await ctx.db.query(
    `INSERT INTO webhook_delivery (message_id, organization_id, subscription_id, event_id, event_type, entity_type, entity_id, stream_key, payload, next_attempt_at)
     SELECT gen_random_uuid(), s.organization_id, s.id, $2, $3, $4, $5, $6, $7::jsonb, clock_timestamp()
       FROM webhook_subscription s
      WHERE s.organization_id = $1 AND s.enabled AND s.events && ARRAY[$3, $8, '*']::text[]
     RETURNING id`,
    [event.organizationId, event.id, event.action, event.entityType, event.entityId, event.entityId ?? `organization:${event.organizationId}`, JSON.stringify(eventPayload(event)), kind],
  );
  if (rows.length) afterCommit(ctx, () => jobQueue(ctx.dataSource).send(DISPATCH_JOB, {}, { singletonKey: 'nudge' }));
}

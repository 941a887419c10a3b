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
 * The outbox: for each enabled subscription of the organisation that wants an event, a delivery
 * row, in the transaction of the change. The events of a unit of work are collected and written in
 * one statement as its last (none written when nobody subscribed), in the order they happened, so
 * that each stream's deliveries keep that order. Once that transaction commits, the dispatcher is
 * nudged; should the nudge be lost (a crash right after the commit), the dispatcher's schedule finds
 * the rows.
 */
export async function writeOutbox(ctx: Context, event: RecordedAudit): Promise<void> {
  const unit = ctx.beforeCommit;
  // Outside a unit of work (nothing to wait for): at once.
  if (!unit) return insertDeliveries(ctx, [event]);
  let events = collected.get(unit);
  if (!events) {
    const pending: RecordedAudit[] = (events = []);
    collected.set(unit, pending);
    unit.push(() => insertDeliveries(ctx, pending));
  }
  events.push(event);
}

/** The events of each running unit of work (keyed by its list of last work), not yet written. */
const collected = new WeakMap<object, RecordedAudit[]>();

async function insertDeliveries(ctx: Context, events: RecordedAudit[]): Promise<void> {
  if (!events.length) return;
  const rows = events.map((event, position) => ({
    position,
    organization_id: event.organizationId,
    event_id: event.id,
    event_type: event.action,
    kind: `${event.entityType}.*`,
    entity_type: event.entityType,
    entity_id: event.entityId,
    stream_key: event.entityId ?? `organization:${event.organizationId}`,
    payload: eventPayload(event),
  }));
  const inserted: unknown[] = await ctx.db.query(
    `INSERT INTO webhook_delivery (message_id, organization_id, subscription_id, event_id, event_type, entity_type, entity_id, stream_key, payload, next_attempt_at)
     SELECT gen_random_uuid(), s.organization_id, s.id, e.event_id, e.event_type, e.entity_type, e.entity_id, e.stream_key, e.payload, clock_timestamp()
       FROM jsonb_to_recordset($1::jsonb) AS e(position int, organization_id uuid, event_id uuid, event_type text, kind text, entity_type text, entity_id uuid, stream_key text, payload jsonb)
       JOIN webhook_subscription s ON s.organization_id = e.organization_id AND s.enabled AND s.events && ARRAY[e.event_type, e.kind, '*']::text[]
      ORDER BY e.position, s.id
     RETURNING id`,
    [JSON.stringify(rows)],
  );
  if (inserted.length) afterCommit(ctx, () => jobQueue(ctx.dataSource).send(DISPATCH_JOB, {}, { singletonKey: 'nudge' }));
}

import type { Context } from '../../common/context';
import type { AuditDraft, AuditFlushExtension, RecordedAudit } from '../../common/audit-trail';
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

/** The `data` of a delivery's body: the event, with personal data of members redacted. */
function eventData(event: AuditDraft): Record<string, unknown> {
  const redacted = REDACTED[event.entityType];
  const changes = Object.fromEntries(
    Object.entries(event.changes ?? {}).map(([field, change]) => [field, redacted?.has(field) ? { redacted: true } : change]),
  );
  return { eventId: event.id, organizationId: event.organizationId, entityType: event.entityType, entityId: event.entityId, changes };
}

/** The body of a delivery (Standard Webhooks: `type`, `timestamp`, `data`); docs/EVENTS.md. */
export function eventPayload(event: RecordedAudit): Record<string, unknown> {
  return { type: event.action, timestamp: event.occurredAt.toISOString(), data: eventData(event) };
}

/** The stream a delivery keeps order in: its entity, or the organisation for events about none. */
const streamKey = (event: AuditDraft) => event.entityId ?? `organization:${event.organizationId}`;

/** After a commit that wrote deliveries: the dispatcher is nudged (its schedule finds rows a lost nudge left). */
const nudge = (ctx: Context) => afterCommit(ctx, () => jobQueue(ctx.dataSource).send(DISPATCH_JOB, {}, { singletonKey: 'nudge' }));

const INSERT_DELIVERY = `INSERT INTO webhook_delivery (message_id, organization_id, subscription_id, event_id, event_type, entity_type, entity_id, stream_key, payload, next_attempt_at)`;

/** The subscriptions an event goes to: enabled ones of its organisation that want its type, its entity's events or all. */
const WANTED = `s.organization_id = e.organization_id AND s.enabled AND s.events && ARRAY[e.event_type, e.kind, '*']::text[]`;

/**
 * The outbox: for each enabled subscription of the organisation that wants an event, a delivery
 * row, in the transaction of the change and in the statement that writes its audit events (the
 * unit of work's last), in the order they happened, so that each stream's deliveries keep that
 * order. Once that transaction commits, the dispatcher is nudged; should the nudge be lost (a crash
 * right after the commit), the dispatcher's schedule finds the rows.
 */
export const outboxFlush: AuditFlushExtension = {
  extra: (event) => ({ kind: `${event.entityType}.*`, stream_key: streamKey(event), data: eventData(event) }),
  sql: (events) => `${INSERT_DELIVERY}
     SELECT gen_random_uuid(), s.organization_id, s.id, e.id, e.event_type, e.entity_type, e.entity_id, e.extra->>'stream_key',
       jsonb_build_object('type', e.event_type, 'timestamp', to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'data', e.extra->'data'),
       clock_timestamp()
       FROM (SELECT *, action AS event_type, extra->>'kind' AS kind FROM ${events}) e JOIN webhook_subscription s ON ${WANTED}
      ORDER BY e.position, s.id
     RETURNING id`,
  written: (ctx, rows) => {
    if (rows) nudge(ctx);
  },
};

/** The outbox rows of an event recorded outside a unit of work (an audit listener), at once. */
export async function writeOutbox(ctx: Context, event: RecordedAudit): Promise<void> {
  const inserted: unknown[] = await ctx.db.query(
    `${INSERT_DELIVERY}
     SELECT gen_random_uuid(), s.organization_id, s.id, e.event_id, e.event_type, e.entity_type, e.entity_id, e.stream_key, e.payload, clock_timestamp()
       FROM jsonb_to_recordset($1::jsonb) AS e(organization_id uuid, event_id uuid, event_type text, kind text, entity_type text, entity_id uuid, stream_key text, payload jsonb)
       JOIN webhook_subscription s ON ${WANTED}
      ORDER BY s.id
     RETURNING id`,
    [
      JSON.stringify([
        {
          organization_id: event.organizationId,
          event_id: event.id,
          event_type: event.action,
          kind: `${event.entityType}.*`,
          entity_type: event.entityType,
          entity_id: event.entityId,
          stream_key: streamKey(event),
          payload: eventPayload(event),
        },
      ]),
    ],
  );
  if (inserted.length) nudge(ctx);
}

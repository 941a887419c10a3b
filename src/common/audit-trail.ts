import { uuidv7 } from 'uuidv7';
import type { Context } from './context';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  changes?: Record<string, unknown>;
}

/** An audit event as recorded: what listeners (the webhook outbox) are handed. */
export interface RecordedAudit extends AuditEntry {
  id: string;
  organizationId: string;
  occurredAt: Date;
}

/**
 * Work done for an audit event recorded outside a unit of work, in the same transaction (inside
 * one, the events go through the {@link AuditFlushExtension}s instead).
 */
export type AuditListener = (ctx: Context, event: RecordedAudit) => Promise<void>;

const listeners: AuditListener[] = [];

export function onAudit(listener: AuditListener): void {
  if (!listeners.includes(listener)) listeners.push(listener);
}

/**
 * Work done with the audit events of a unit of work in the statement that writes them: a
 * data-modifying CTE over the events as written (an extension point: the webhook module writes its
 * outbox rows here, so a change's events and their deliveries cost one statement together).
 */
export interface AuditFlushExtension {
  /** Per event, the extra values the extension's SQL reads from `extra` (e.g. a delivery's payload). */
  extra(event: AuditDraft): Record<string, unknown>;
  /**
   * A data-modifying CTE body over `events`: columns `position`, `id`, `organization_id`, `action`,
   * `entity_type`, `entity_id`, `changes`, `extra` (jsonb) and `at` (when the event was written). It
   * must return rows; how many is handed to `written`.
   */
  sql(events: string): string;
  written?(ctx: Context, rows: number): void;
}

const extensions: AuditFlushExtension[] = [];

export function onAuditFlush(extension: AuditFlushExtension): void {
  if (!extensions.includes(extension)) extensions.push(extension);
}

/** An audit event not written yet: what an {@link AuditFlushExtension} is handed (its time is the database's, when written). */
export interface AuditDraft extends AuditEntry {
  id: string;
  organizationId: string;
}

interface PendingAudit extends AuditDraft {
  actorId: string | null;
  actorRoles: string[];
  requestId: string | null;
}

/** The events of each running unit of work not written yet (keyed by its list of last work), in order. */
const pendingAudits = new WeakMap<object, PendingAudit[]>();

/**
 * Appends an audit event to the request's current transaction. Inside a unit of work it is
 * written, with every other event of the unit and the extensions' rows, in one statement as the
 * unit's last work (so it commits or rolls back with the change); outside one, at once, and the
 * listeners run.
 */
export async function recordAudit(ctx: Context, organizationId: string, entry: AuditEntry): Promise<void> {
  const changes = entry.changes ?? {};
  const unit = ctx.beforeCommit;
  if (unit) {
    let events = pendingAudits.get(unit);
    if (!events) {
      const list: PendingAudit[] = (events = []);
      pendingAudits.set(unit, list);
      unit.push(() => {
        // Events recorded by later work of the unit start a list (and a flush) of their own.
        pendingAudits.delete(unit);
        return flushAudits(ctx, list);
      });
    }
    events.push({
      ...entry,
      changes,
      // Time-ordered ids (UUID v7, increasing within a millisecond): events written in the same
      // millisecond keep the order they happened in, as the trail sorts on `at`, then `id`.
      id: uuidv7(),
      organizationId,
      actorId: ctx.user?.id ?? null,
      actorRoles: ctx.user?.roles ?? [],
      requestId: ctx.requestId ?? null,
    });
    ctx.auditWrites += 1;
    return;
  }
  const inserted = await ctx.db
    .createQueryBuilder()
    .insert()
    .into(AuditEvent)
    .values({
      organizationId,
      actorId: ctx.user?.id ?? null,
      actorRoles: ctx.user?.roles ?? [],
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      changes: changes as never,
      requestId: ctx.requestId,
    })
    .returning(['id', 'at'])
    .execute();
  ctx.auditWrites += 1;
  if (!listeners.length) return;
  const row = inserted.raw[0] as { id: string; at: Date };
  for (const listener of listeners) await listener(ctx, { ...entry, changes, id: row.id, organizationId, occurredAt: row.at });
}

/** Writes a unit's audit events in order (each `at` the database's clock as it is written), with the extensions' rows, in one statement. */
async function flushAudits(ctx: Context, events: PendingAudit[]): Promise<void> {
  if (!events.length) return;
  const rows = events.map((e, position) => ({
    position,
    id: e.id,
    organization_id: e.organizationId,
    actor_id: e.actorId,
    actor_roles: e.actorRoles,
    action: e.action,
    entity_type: e.entityType,
    entity_id: e.entityId,
    changes: e.changes,
    request_id: e.requestId,
    extra: Object.assign({}, ...extensions.map((x) => x.extra(e))),
  }));
  const parts = extensions.map((x, i) => `, x${i} AS (${x.sql('w')})`).join('');
  const [counts]: Record<string, number>[] = await ctx.db.query(
    `WITH e AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS e(position int, id uuid, organization_id uuid, actor_id uuid, actor_roles text[], action text,
         entity_type text, entity_id uuid, changes jsonb, request_id text, extra jsonb)
     ), a AS (
       INSERT INTO audit_event (id, organization_id, actor_id, actor_roles, action, entity_type, entity_id, changes, request_id)
       SELECT id, organization_id, actor_id, actor_roles, action, entity_type, entity_id, changes, request_id FROM e ORDER BY position
       RETURNING id, at
     ), w AS (
       SELECT e.position, e.id, e.organization_id, e.action, e.entity_type, e.entity_id, e.changes, e.extra, a.at FROM e JOIN a ON a.id = e.id
     )${parts}
     SELECT ${extensions.length ? extensions.map((_, i) => `(SELECT count(*) FROM x${i})::int AS x${i}`).join(', ') : '0 AS none'}`,
    [JSON.stringify(rows)],
  );
  extensions.forEach((x, i) => x.written?.(ctx, counts[`x${i}`]));
}

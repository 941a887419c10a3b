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
 * Work done for every audit event in the transaction that records it (an extension point: the
 * webhook module writes its outbox rows here, so that no change is published without being
 * committed, and none committed without being published).
 */
export type AuditListener = (ctx: Context, event: RecordedAudit) => Promise<void>;

const listeners: AuditListener[] = [];

export function onAudit(listener: AuditListener): void {
  if (!listeners.includes(listener)) listeners.push(listener);
}

/**
 * Appends an audit event through the request's current manager, so it commits or rolls back with
 * the mutation that caused it; the listeners run in the same transaction.
 */
export async function recordAudit(ctx: Context, organizationId: string, entry: AuditEntry): Promise<void> {
  const changes = (entry.changes ?? {}) as never;
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
      changes,
      requestId: ctx.requestId,
    })
    .returning(['id', 'at'])
    .execute();
  ctx.auditWrites += 1;
  if (!listeners.length) return;
  const row = inserted.raw[0] as { id: string; at: Date };
  await notifyListeners(ctx, { ...entry, id: row.id, organizationId, occurredAt: row.at });
}

async function notifyListeners(ctx: Context, event: RecordedAudit): Promise<void> {
  for (const listener of listeners) await listener(ctx, event);
}

/** The columns an {@link auditFromRows} CTE returns, for the statement's final SELECT (`SELECT …, a.* FROM c, a`). */
export interface AuditRowColumns {
  audit_id: string;
  audit_at: Date;
  audit_entity_id: string | null;
  audit_changes: Record<string, unknown>;
}

/**
 * The audit event of a row changed by the same statement, as a data-modifying CTE to append to it:
 * `INSERT INTO audit_event … SELECT … FROM <rows> RETURNING …` with `changes` a jsonb expression over
 * `rows` (for a value only the statement knows, such as a number it draws). Parameters are numbered
 * from `from`. The caller runs the statement in the request's transaction, like {@link recordAudit},
 * selects the CTE's {@link AuditRowColumns} and hands them to `recorded`, which runs the listeners.
 */
export function auditFromRows(
  ctx: Context,
  organizationId: string,
  entry: { action: string; entityType: string; rows: string; entityId: string; changes: string },
  from: number,
): { sql: string; params: unknown[]; recorded(row: AuditRowColumns): Promise<void> } {
  const p = (i: number) => `$${from + i}`;
  return {
    sql: `INSERT INTO audit_event (organization_id, actor_id, actor_roles, action, entity_type, entity_id, changes, request_id)
      SELECT ${p(0)}::uuid, ${p(1)}::uuid, ${p(2)}::text[], ${p(3)}, ${p(4)}, ${entry.entityId}, ${entry.changes}, ${p(5)} FROM ${entry.rows}
      RETURNING id AS audit_id, at AS audit_at, entity_id AS audit_entity_id, changes AS audit_changes`,
    params: [organizationId, ctx.user?.id ?? null, ctx.user?.roles ?? [], entry.action, entry.entityType, ctx.requestId],
    async recorded(row) {
      ctx.auditWrites += 1;
      await notifyListeners(ctx, {
        action: entry.action,
        entityType: entry.entityType,
        entityId: row.audit_entity_id,
        changes: row.audit_changes,
        id: row.audit_id,
        organizationId,
        occurredAt: row.audit_at,
      });
    },
  };
}

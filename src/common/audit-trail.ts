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
  for (const listener of listeners) await listener(ctx, { ...entry, id: row.id, organizationId, occurredAt: row.at });
}

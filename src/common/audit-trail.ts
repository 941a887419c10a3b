import type { Context } from './context';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  changes?: Record<string, unknown>;
}

/**
 * Appends an audit event through the request's current manager, so it commits or rolls back with
 * the mutation that caused it.
 */
export async function recordAudit(ctx: Context, organizationId: string, entry: AuditEntry): Promise<void> {
  await ctx.db.getRepository(AuditEvent).insert({
    organizationId,
    actorId: ctx.user?.id ?? null,
    actorRoles: ctx.user?.roles ?? [],
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    changes: (entry.changes ?? {}) as never,
    requestId: ctx.requestId,
  });
  ctx.auditWrites += 1;
}

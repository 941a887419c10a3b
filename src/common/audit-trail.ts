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

/**
 * The audit event of a row changed by the same statement, as a data-modifying CTE to append to it:
 * `INSERT INTO audit_event … SELECT … FROM <rows>` with `changes` a jsonb expression over `rows`
 * (for a value only the statement knows, such as a number it draws). Parameters are numbered from
 * `from`. The caller runs the statement in the request's transaction, like {@link recordAudit}.
 */
export function auditFromRows(
  ctx: Context,
  organizationId: string,
  entry: { action: string; entityType: string; rows: string; entityId: string; changes: string },
  from: number,
): { sql: string; params: unknown[] } {
  const p = (i: number) => `$${from + i}`;
  ctx.auditWrites += 1;
  return {
    sql: `INSERT INTO audit_event (organization_id, actor_id, actor_roles, action, entity_type, entity_id, changes, request_id)
      SELECT ${p(0)}::uuid, ${p(1)}::uuid, ${p(2)}::text[], ${p(3)}, ${p(4)}, ${entry.entityId}, ${entry.changes}, ${p(5)} FROM ${entry.rows}`,
    params: [organizationId, ctx.user?.id ?? null, ctx.user?.roles ?? [], entry.action, entry.entityType, ctx.requestId],
  };
}

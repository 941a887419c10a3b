import { Organization } from './organization.entity';
import { AuditEvent } from './audit-event.entity';
import { IdempotencyKey } from './idempotency';

/**
 * A feature module as the registry (src/modules/index.ts) sees it: the entities TypeORM maps and
 * the resolvers the schema is built from. Each module declares one in its index.ts, beside the
 * rest of its public surface; the lists of entities and resolvers are computed from these.
 */
export interface ModuleDefinition {
  /** The module's folder under src/modules. */
  name: string;
  entities: Function[];
  resolvers: Function[];
}

/** The kernel's own entities: the tenant, the audit trail and idempotency keys. */
export const kernelEntities: Function[] = [Organization, AuditEvent, IdempotencyKey];

import { Organization } from './organization.entity';
import { AuditEvent } from './audit-event.entity';
import { IdempotencyKey } from './idempotency';
import type { LoaderFactories } from './context';
import type { JobDefinition } from './jobs';

/**
 * A feature module as the registry (src/modules/index.ts) sees it: the entities TypeORM maps and
 * the resolvers the schema is built from, and the factories of its request loader groups (each
 * group declared by merging into `LoaderGroups`, see src/common/context.ts). Each module declares one in its index.ts, beside the
 * rest of its public surface; the lists of entities and resolvers are computed from these.
 */
export interface ModuleDefinition {
  /** The module's folder under src/modules. */
  name: string;
  entities: Function[];
  resolvers: Function[];
  /** The module's loader groups, created per request on first use (`ctx.loaders.<group>`). */
  loaders?: Partial<LoaderFactories>;
  /** The module's jobs (queued or scheduled), worked by the job runner. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  jobs?: JobDefinition<any>[];
}

/** The kernel's own entities: the tenant, the audit trail and idempotency keys. */
export const kernelEntities: Function[] = [Organization, AuditEvent, IdempotencyKey];

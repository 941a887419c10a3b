import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from 'pino';
import { createContext, type Context } from '../src/common/context';
import { ALL_ROLES } from '../src/auth/roles';

/** The fixed actor id seeds write audit events as. */
export const SEED_ACTOR_ID = '00000000-0000-4000-8000-00000000005e';

/** Runs seed work for one organisation in one transaction, through the same services the API uses. */
export async function asSeed<T>(
  dataSource: DataSource,
  logger: Logger,
  organization: { id: string; slug: string },
  work: (ctx: Context, manager: EntityManager) => Promise<T>,
): Promise<T> {
  return dataSource.transaction(async (manager) => {
    const ctx = createContext({
      requestId: 'seed',
      log: logger,
      dataSource,
      user: { id: SEED_ACTOR_ID, organizationId: organization.id, organizationSlug: organization.slug, roles: [...ALL_ROLES] },
    });
    ctx.db = manager;
    return work(ctx, manager);
  });
}

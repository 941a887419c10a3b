import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { Organization } from '../src/modules/organization/organization.entity';
import { User } from '../src/modules/user/user.entity';
import { DEMO_ORG, DEMO_USERS } from './demo-ids';

/** The demo organisation and one user per role (idempotent: fixed ids, insert-if-absent). */
export async function seedDemoOrganization(dataSource: DataSource, logger: Logger): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager
      .createQueryBuilder()
      .insert()
      .into(Organization)
      .values({ id: DEMO_ORG.id, slug: DEMO_ORG.slug, name: DEMO_ORG.name, timezone: 'Europe/Amsterdam', holidayCountry: 'NL' })
      .orIgnore()
      .execute();
    await manager
      .createQueryBuilder()
      .insert()
      .into(User)
      .values(DEMO_USERS.map((u) => ({ ...u, organizationId: DEMO_ORG.id })))
      .orIgnore()
      .execute();
  });
  logger.info({ organization: DEMO_ORG.slug, users: DEMO_USERS.length }, 'demo organisation ready');
}

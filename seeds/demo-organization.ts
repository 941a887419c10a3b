import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { DeadlineUnit, Organization, StatutoryRulePack } from '../src/common/organization.entity';
import { User } from '../src/modules/user/user.entity';
import { DEMO_ORG, DEMO_STAFF, DEMO_USERS } from './demo-ids';
import { DEMO_LANGUAGES } from './demo-languages';

/** The demo organisation, one user per role and the rest of its team (idempotent: fixed ids, insert-if-absent). */
export async function seedDemoOrganization(dataSource: DataSource, logger: Logger): Promise<void> {
  const members = [...DEMO_USERS, ...DEMO_STAFF];
  await dataSource.transaction(async (manager) => {
    await manager
      .createQueryBuilder()
      .insert()
      .into(Organization)
      // A Dutch collection agency under the Wki: written acknowledgement within two working days.
      .values({
        id: DEMO_ORG.id,
        slug: DEMO_ORG.slug,
        name: DEMO_ORG.name,
        timezone: 'Europe/Amsterdam',
        holidayCountry: 'NL',
        languages: DEMO_LANGUAGES,
        statutoryRulePack: StatutoryRulePack.NL_WKI,
        complaintPolicy: { acknowledgeWithin: 2, acknowledgeUnit: DeadlineUnit.WORKING_DAYS, resolveWithin: 14, resolveUnit: DeadlineUnit.CALENDAR_DAYS },
      })
      .orIgnore()
      .execute();
    await manager
      .createQueryBuilder()
      .insert()
      .into(User)
      .values(members.map((u) => ({ active: true, ...u, organizationId: DEMO_ORG.id })))
      .orIgnore()
      .execute();
  });
  logger.info({ organization: DEMO_ORG.slug, users: members.length }, 'demo organisation ready');
}

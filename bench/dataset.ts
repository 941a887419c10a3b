import type { DataSource } from 'typeorm';
import { Organization } from '../src/modules/organization/organization.entity';
import { User } from '../src/modules/user/user.entity';
import { Role } from '../src/auth/roles';

export interface BenchDataset {
  organizationSlug: string;
  userId: string;
  summary: Record<string, number>;
}

/** An organisation with a realistic number of members and audit events. */
export async function seedBenchDataset(dataSource: DataSource): Promise<BenchDataset> {
  const org = await dataSource.getRepository(Organization).save({ slug: `bench-${Date.now()}`, name: 'Bench B.V.' });
  const roles = Object.values(Role);
  const users = await dataSource.getRepository(User).save(
    Array.from({ length: 200 }, (_, i) => ({ organizationId: org.id, name: `Medewerker ${i}`, email: `m${i}@bench.example`, roles: [roles[i % roles.length]] })),
  );
  await dataSource.query(
    `INSERT INTO audit_event (organization_id, actor_id, action, entity_type, entity_id, changes)
     SELECT $1, $2, 'User.updated', 'User', $2, jsonb_build_object('name', jsonb_build_object('from', 'a' || g, 'to', 'b' || g))
     FROM generate_series(1, 5000) g`,
    [org.id, users[0].id],
  );
  return { organizationSlug: org.slug, userId: users[0].id, summary: { users: users.length, auditEvents: 5000 } };
}

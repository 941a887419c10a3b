import { Role } from '../src/auth/roles';

/** Fixed ids of the demo organisation, so seeding is idempotent and development tokens are stable. */
export const DEMO_ORG = {
  id: 'd0000000-0000-4000-8000-000000000001',
  slug: 'demo',
  name: 'Incassobureau De Brug B.V.',
};

/** One demo user per role (token subjects for `npm run token -- --org demo`). */
export const DEMO_USERS: { id: string; name: string; email: string; roles: Role[] }[] = [
  { id: 'd0000000-0000-4000-8000-000000000101', name: 'Marieke de Vries', email: 'directie@debrug.example', roles: [Role.TOP_MANAGEMENT] },
  { id: 'd0000000-0000-4000-8000-000000000102', name: 'Joost Bakker', email: 'kwaliteit@debrug.example', roles: [Role.QUALITY_MANAGER] },
  { id: 'd0000000-0000-4000-8000-000000000103', name: 'Fatima El Amrani', email: 'klachten@debrug.example', roles: [Role.COMPLAINT_OFFICER] },
  { id: 'd0000000-0000-4000-8000-000000000104', name: 'Sem Jansen', email: 'sem.jansen@debrug.example', roles: [Role.STAFF] },
  { id: 'd0000000-0000-4000-8000-000000000105', name: 'Ingrid Visser', email: 'audit@debrug.example', roles: [Role.AUDITOR] },
];

/** The demo user to act as for a set of roles. */
export function demoUserFor(roles: Role[]): string {
  return (DEMO_USERS.find((u) => u.roles.some((r) => roles.includes(r))) ?? DEMO_USERS[0]).id;
}

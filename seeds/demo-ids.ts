import { Role } from '../src/common/roles';
import { referenceId } from './norms';

/** Fixed ids of the demo organisation, so seeding is idempotent and development tokens are stable. */
export const DEMO_ORG = {
  id: 'd0000000-0000-4000-8000-000000000001',
  slug: 'demo',
  name: 'Incassobureau De Brug B.V.',
};

export interface DemoUser {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  active?: boolean;
}

/** One demo user per role (token subjects for `npm run token -- --org demo`). */
export const DEMO_USERS: DemoUser[] = [
  { id: 'd0000000-0000-4000-8000-000000000101', name: 'Marieke de Vries', email: 'directie@debrug.example', roles: [Role.TOP_MANAGEMENT] },
  { id: 'd0000000-0000-4000-8000-000000000102', name: 'Joost Bakker', email: 'kwaliteit@debrug.example', roles: [Role.QUALITY_MANAGER] },
  { id: 'd0000000-0000-4000-8000-000000000103', name: 'Fatima El Amrani', email: 'klachten@debrug.example', roles: [Role.COMPLAINT_OFFICER] },
  { id: 'd0000000-0000-4000-8000-000000000104', name: 'Sem Jansen', email: 'sem.jansen@debrug.example', roles: [Role.STAFF] },
  { id: 'd0000000-0000-4000-8000-000000000105', name: 'Ingrid Visser', email: 'audit@debrug.example', roles: [Role.AUDITOR] },
];

/**
 * The name-based id of a demo row (`demoId('complaint:17')`): the same on every installation and
 * every run, so the demo is inserted once and never duplicated.
 */
export const demoId = (name: string): string => referenceId(`demo:${name}`);

const staff = (key: string, name: string, roles: Role[] = [Role.STAFF], active = true): DemoUser => ({
  id: demoId(`user:${key}`),
  name,
  email: `${key}@debrug.example`,
  roles,
  active,
});

/** The rest of the team: two more complaint officers and the collection staff (one has left). */
export const DEMO_STAFF: DemoUser[] = [
  staff('r.pinas', 'Roy Pinas', [Role.COMPLAINT_OFFICER, Role.STAFF]),
  staff('l.vandijk', 'Lotte van Dijk', [Role.COMPLAINT_OFFICER, Role.STAFF]),
  staff('a.yilmaz', 'Ahmet Yılmaz'),
  staff('s.dejong', 'Sanne de Jong'),
  staff('m.hoekstra', 'Mark Hoekstra'),
  staff('n.bouzid', 'Nadia Bouzid'),
  staff('p.smit', 'Pieter Smit'),
  staff('e.mulder', 'Esther Mulder'),
  staff('k.tjon', 'Kevin Tjon A Fong'),
  staff('i.degraaf', 'Iris de Graaf'),
  staff('t.vermeulen', 'Tom Vermeulen'),
  staff('y.boateng', 'Yaw Boateng'),
  staff('d.kok', 'Daan Kok'),
  staff('m.peters', 'Maria Peters'),
  staff('b.vos', 'Bram Vos', [Role.STAFF], false),
];

export const [DEMO_MANAGEMENT, DEMO_QUALITY_MANAGER, DEMO_COMPLAINT_OFFICER] = DEMO_USERS;

/** The complaint officers who handle the demo's complaints, the first one most often. */
export const DEMO_HANDLERS: DemoUser[] = [DEMO_COMPLAINT_OFFICER, ...DEMO_STAFF.filter((u) => u.roles.includes(Role.COMPLAINT_OFFICER))];

/** The demo user to act as for a set of roles. */
export function demoUserFor(roles: Role[]): string {
  return (DEMO_USERS.find((u) => u.roles.some((r) => roles.includes(r))) ?? DEMO_USERS[0]).id;
}

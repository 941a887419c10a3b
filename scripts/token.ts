import { loadConfig } from '../src/config';
import { signToken } from '../src/auth/tokens';
import { Role } from '../src/common/roles';
import { DEMO_ORG, DEMO_STAFF, DEMO_USERS, type DemoUser } from '../seeds/demo-ids';
import { flags, fail, withDatabase, describeError } from './cli';

interface Member {
  id: string;
  email: string;
  roles: Role[];
  active: boolean;
}

const USAGE = 'usage: npm run token -- --org <slug> --email <member e-mail> [--roles ROLE[,ROLE]] [--expires 8h]';

/** The member of `slug` with this e-mail address: the demo's from its fixed list, others from the database. */
async function memberByEmail(slug: string, email: string): Promise<Member | null> {
  if (slug === DEMO_ORG.slug) {
    const demo = [...DEMO_USERS, ...DEMO_STAFF].find((u) => u.email === email);
    return demo ? { ...demo, active: demo.active ?? true } : null;
  }
  return withDatabase(
    async (db) => {
      const [row] = (await db.dataSource.query(
        `SELECT u.id, u.email, u.roles, u.active FROM app_user u JOIN organization o ON o.id = u.organization_id WHERE o.slug = $1 AND u.email = $2`,
        [slug, email],
      )) as Member[];
      return row ?? null;
    },
    undefined,
    { quiet: true },
  );
}

/** A demo member for `--roles` alone: one holding all of them, else one holding the first. */
function demoMemberFor(roles: Role[]): DemoUser {
  return DEMO_USERS.find((u) => roles.every((r) => u.roles.includes(r))) ?? DEMO_USERS.find((u) => u.roles.includes(roles[0]))!;
}

/**
 * npm run token -- --org <slug> --email <member e-mail> [--roles ROLE,…] [--expires 8h]
 * Prints an HS256 bearer token for a member, signed with JWT_SECRET (or the development secret).
 * The member's roles apply; `--roles` narrows them. For the demo organisation `--roles` alone picks
 * a demo member holding them. The service refuses tokens of inactive or unknown members.
 */
async function main(): Promise<void> {
  const f = flags();
  const config = loadConfig();
  if (!config.auth.secret) fail('token: JWKS_URL is set; tokens come from your identity provider');
  const org = f.org ?? DEMO_ORG.slug;
  const asked = f.roles ? f.roles.split(',').map((r) => r.trim().toUpperCase()) : null;
  const unknown = (asked ?? []).filter((r) => !(r in Role));
  if (unknown.length) fail(`unknown role(s) ${unknown.join(', ')}; roles are ${Object.values(Role).join(', ')}`);
  let member: Member | null;
  if (f.user) {
    member = { id: f.user, email: '', roles: (asked as Role[]) ?? [], active: true };
  } else if (f.email) {
    member = await memberByEmail(org, f.email.trim().toLowerCase());
    if (!member) fail(`organisation ${org} has no member with e-mail ${f.email} (members: npm run org -- list; add them with createUsers)`);
    if (!member.active) fail(`${member.email} is an inactive member of ${org}: the service refuses their tokens`);
  } else if (org === DEMO_ORG.slug) {
    const demo = demoMemberFor((asked as Role[]) ?? [Role.QUALITY_MANAGER]);
    member = { ...demo, active: true };
  } else {
    fail(`--email is required outside the demo organisation\n${USAGE}`);
  }
  const roles = asked ? (asked as Role[]).filter((r) => f.user || member!.roles.includes(r)) : undefined;
  if (roles && roles.length < asked!.length) {
    const dropped = asked!.filter((r) => !roles.includes(r as Role));
    if (!roles.length) fail(`${member.email || member.id} holds ${member.roles.join(', ')}, not ${asked!.join(', ')}: --roles can only narrow a member's roles`);
    process.stderr.write(`note: ${member.email} does not hold ${dropped.join(', ')}; the token carries ${roles.join(', ')}\n`);
  }
  const token = await signToken(config.auth.secret!, { userId: member.id, organizationSlug: org, roles }, {
    expiresIn: f.expires ?? '8h',
    issuer: config.auth.issuer,
    audience: config.auth.audience,
    claims: config.auth.claims,
  });
  process.stdout.write(`${token}\n`);
}

main().catch((e) => fail(describeError(e)));

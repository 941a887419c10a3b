import { loadConfig } from '../src/config';
import { signToken } from '../src/auth/tokens';
import { Role } from '../src/auth/roles';
import { DEMO_ORG, demoUserFor } from '../seeds/demo-ids';
import { flags, fail } from './cli';

/**
 * npm run token -- --org demo --roles QUALITY_MANAGER[,AUDITOR] [--user <uuid>] [--expires 8h]
 * Prints an HS256 bearer token signed with JWT_SECRET (or the development secret).
 */
async function main(): Promise<void> {
  const f = flags();
  const config = loadConfig();
  if (!config.auth.secret) fail('token: JWKS_URL is set; tokens come from your identity provider');
  const org = f.org ?? DEMO_ORG.slug;
  const roles = (f.roles ?? 'QUALITY_MANAGER').split(',').map((r) => r.trim().toUpperCase());
  const unknown = roles.filter((r) => !(r in Role));
  if (unknown.length) fail(`unknown role(s) ${unknown.join(', ')}; roles are ${Object.values(Role).join(', ')}`);
  const user = f.user ?? (org === DEMO_ORG.slug ? demoUserFor(roles as Role[]) : undefined);
  if (!user) fail('--user <uuid> is required outside the demo organisation');
  const token = await signToken(config.auth.secret!, { userId: user, organizationSlug: org, roles: roles as Role[] }, {
    expiresIn: f.expires ?? '8h',
    issuer: config.auth.issuer,
    audience: config.auth.audience,
  });
  process.stdout.write(`${token}\n`);
}

main().catch((e) => fail(e instanceof Error ? e.message : String(e)));

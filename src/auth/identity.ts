import { LRUCache } from 'lru-cache';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { AuthUser, Context } from '../common/context';
import { runOutsideRequest } from '../common/unit-of-work';
import { UnauthenticatedError } from '../common/errors';
import { isUuid } from '../common/tenancy';
import { recordAudit } from '../common/audit-trail';
import { IDENTITY_LOOKUP, OrganizationDirectory } from './organization-directory';
import type { Role } from '../common/roles';
import type { TokenClaims } from './tokens';

/** The member record behind a token, as far as authentication needs it. */
interface MemberRecord {
  id: string;
  roles: Role[];
  active: boolean;
}

/**
 * One message for an unknown subject, an inactive member and a member of another organisation:
 * the answer must not tell a caller which members exist.
 */
export const NOT_A_MEMBER = 'Token does not belong to an active member of its organisation';

/** Every resolver of this process, to forget a member that changed here (see {@link forgetMember}). */
const live = new Set<WeakRef<IdentityResolver>>();

/**
 * Forgets a member's cached roles and active flag in this process: a change made through this
 * instance applies to its next request. Other instances see it when their cache entry expires.
 */
export function forgetMember(memberId: string): void {
  for (const ref of live) {
    const resolver = ref.deref();
    if (resolver) resolver.forget(memberId);
    else live.delete(ref);
  }
}

/**
 * Turns verified token claims into the caller (DESIGN §2: the member record, not the token, is the
 * identity). A token counts only when its subject is an active member of the organisation it
 * names, matched by member id (tokens this service signs) or by `externalSubject` (an OIDC
 * provider's subject). The member's roles decide; the token's roles, when present, can only narrow
 * them. With `linkByEmail`, a provider's first sign-in is linked to the invited member holding the
 * same verified e-mail address, once, and the link is audited.
 *
 * Members are cached per process for `memberCacheTtlMs` (at most 30 s, 0 disables the cache): a
 * deactivated member or a changed role takes effect within that time on every instance.
 */
export class IdentityResolver {
  private readonly organizations: OrganizationDirectory;
  private readonly members: LRUCache<string, MemberRecord> | null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly auth: Config['auth'],
  ) {
    this.organizations = new OrganizationDirectory(dataSource);
    this.members = auth.memberCacheTtlMs > 0 ? new LRUCache({ max: 10_000, ttl: auth.memberCacheTtlMs }) : null;
    if (this.members) live.add(new WeakRef(this));
  }

  /** The caller named by `claims`, or UNAUTHENTICATED. `ctx` is the request being authenticated (for logs and the link's audit event). */
  async resolve(claims: TokenClaims, ctx: Pick<Context, 'requestId' | 'log'>): Promise<AuthUser> {
    const org = await this.organizations.resolve(claims.organizationSlug);
    if (!org) throw new UnauthenticatedError('Token names an unknown organisation');
    const member = (await this.member(org.id, claims.subject)) ?? (await this.linkByEmail(org, claims, ctx));
    if (!member || !member.active) {
      ctx.log.info({ org: org.slug, reason: member ? 'inactive member' : 'no member with this subject' }, 'token refused');
      throw new UnauthenticatedError(NOT_A_MEMBER);
    }
    const asked = claims.roles;
    return {
      id: member.id,
      organizationId: org.id,
      organizationSlug: org.slug,
      roles: asked ? member.roles.filter((r) => asked.includes(r)) : [...member.roles],
    };
  }

  /** Forgets every cached organisation and member (what the caches' expiry does on its own). */
  clearCache(): void {
    this.organizations.clear();
    this.members?.clear();
  }

  /** Forgets one member's cached entries. */
  forget(memberId: string): void {
    const keys: string[] = [];
    this.members?.forEach((member, key) => {
      if (member.id === memberId) keys.push(key);
    });
    for (const key of keys) this.members?.delete(key);
  }

  private async member(organizationId: string, subject: string): Promise<MemberRecord | null> {
    const key = `${organizationId}\u0000${subject}`;
    const cached = this.members?.get(key);
    if (cached) return cached;
    // A provider's subject wins over a member id that happens to look the same.
    const [row] = (await this.dataSource.query(
      `${IDENTITY_LOOKUP} SELECT id, roles, active FROM app_user
        WHERE organization_id = $1 AND (external_subject = $2 OR id = $3::uuid)
        ORDER BY (external_subject IS NOT DISTINCT FROM $2) DESC LIMIT 1`,
      [organizationId, subject, isUuid(subject) ? subject : null],
    )) as MemberRecord[];
    if (!row) return null;
    this.members?.set(key, row);
    return row;
  }

  /**
   * Links the provider's subject to the active member with the token's verified e-mail address who
   * has no subject yet, and audits it (actor: that member). Null when linking is off, the token has
   * no verified address, or no such member exists.
   */
  private async linkByEmail(org: { id: string; slug: string }, claims: TokenClaims, request: Pick<Context, 'requestId' | 'log'>): Promise<MemberRecord | null> {
    if (!this.auth.linkByEmail || !claims.email || !claims.emailVerified) return null;
    const scope = { dataSource: this.dataSource, log: request.log, requestId: request.requestId, user: null };
    const linked = await runOutsideRequest(scope, { name: 'member link by e-mail' }, async (ctx) => {
      const [rows] = (await ctx.db.query(
        `UPDATE app_user SET external_subject = $3, version = version + 1, updated_at = now()
          WHERE organization_id = $1 AND email = lower($2) AND external_subject IS NULL AND active
          RETURNING id, roles, active`,
        [org.id, claims.email!.trim(), claims.subject],
      )) as [MemberRecord[], number];
      const member = rows[0];
      if (!member) {
        ctx.unchanged = true;
        return null;
      }
      // The member signs in: the audit event names them as the actor.
      ctx.user = { id: member.id, organizationId: org.id, organizationSlug: org.slug, roles: member.roles };
      await recordAudit(ctx, org.id, {
        action: 'User.linked',
        entityType: 'User',
        entityId: member.id,
        changes: { externalSubject: { from: null, to: claims.subject } },
      });
      return member;
    });
    if (linked) request.log.info({ org: org.slug, userId: linked.id }, 'provider subject linked to member by verified e-mail');
    // A concurrent first sign-in may have linked it a moment ago.
    return linked ?? (await this.member(org.id, claims.subject));
  }
}

import { IsEmail, IsIn, Length, Matches, validate } from 'class-validator';
import type { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { Role } from '../../common/roles';
import type { Context } from '../../common/context';
import { runOutsideRequest } from '../../common/unit-of-work';
import { BadUserInputError } from '../../common/errors';
import { Scoped } from '../../common/tenancy';
import { recordAudit } from '../../common/audit-trail';
import { auditChanges } from '../../common/audit-changes';
import { User } from '../user';
import { Organization } from '../../common/organization.entity';
import { OrganizationService } from './organization.service';

/** Countries whose statutory rules the service supports for a new organisation. */
export const SETUP_COUNTRIES = ['NL', 'NO'] as const;

/** A new organisation and its first member (top management), e.g. from `npm run org -- create`. */
export class OrganizationSetupInput {
  @Matches(/^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/, {
    message: 'must be 1 to 50 lower-case letters, digits or hyphens, starting and ending with a letter or digit (it appears in public URLs and tokens)',
  })
  slug: string;

  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  name: string;

  /** IANA time zone; checked by {@link OrganizationService.validateSettings}. */
  timezone: string;

  @IsIn(SETUP_COUNTRIES, { message: `must be one of ${SETUP_COUNTRIES.join(', ')}` })
  holidayCountry: string;

  @IsEmail({}, { message: 'must be an e-mail address' })
  @Length(3, 320, { message: 'must be 3 to 320 characters' })
  adminEmail: string;

  @Length(1, 200, { message: 'must be 1 to 200 characters' })
  adminName: string;
}

/** What a set-up did: created both, found both exactly as asked, or found the slug taken by other data. */
export interface OrganizationSetupResult {
  outcome: 'created' | 'unchanged' | 'conflict';
  organization: Organization;
  /** The first member (null only in a conflict where no member has the admin e-mail address). */
  admin: User | null;
  /** For a conflict: each difference between the stored data and the input, in words. */
  differences: string[];
}

/**
 * Creates organisations outside a request (command line, scripts): validated like API input,
 * written through the services in one transaction with their audit events (actor: none, request
 * id `source`). Idempotent: the same input again changes nothing; other data under a taken slug
 * is reported, never merged.
 */
export class OrganizationSetup {
  /** Checks the input; BAD_USER_INPUT listing every field at fault. */
  static async validate(input: OrganizationSetupInput): Promise<OrganizationSetupInput> {
    const candidate = Object.assign(new OrganizationSetupInput(), {
      ...input,
      slug: input.slug?.trim(),
      name: input.name?.trim(),
      timezone: input.timezone?.trim(),
      holidayCountry: input.holidayCountry?.trim().toUpperCase(),
      adminEmail: input.adminEmail?.trim().toLowerCase(),
      adminName: input.adminName?.trim(),
    });
    const problems = (await validate(candidate)).map((e) => ({ field: e.property, message: Object.values(e.constraints ?? {})[0] ?? 'is invalid' }));
    try {
      OrganizationService.validateSettings({ timezone: candidate.timezone ?? '' });
    } catch (error) {
      if (!(error instanceof BadUserInputError)) throw error;
      problems.push({ field: 'timezone', message: 'is not an IANA time zone (e.g. Europe/Amsterdam, Europe/Oslo)' });
    }
    if (problems.length) throw new BadUserInputError(problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
    return candidate;
  }

  static async run(dataSource: DataSource, log: Logger, input: OrganizationSetupInput, source = 'cli'): Promise<OrganizationSetupResult> {
    const wanted = await OrganizationSetup.validate(input);
    // Two set-ups of one slug at once: the second waits on the lock and then compares.
    return runOutsideRequest({ dataSource, log, requestId: source, user: null }, { lock: `organization:${wanted.slug}` }, async (ctx) => {
      const manager = ctx.db;
      const existing = await manager.getRepository(Organization).findOneBy({ slug: wanted.slug });
      if (existing) {
        ctx.unchanged = true;
        return OrganizationSetup.compare(ctx, existing, wanted);
      }
      const organization = await manager.getRepository(Organization).save(
        manager.getRepository(Organization).create({
          slug: wanted.slug,
          name: wanted.name,
          timezone: wanted.timezone,
          holidayCountry: wanted.holidayCountry,
          // The country's language to start with (Norwegian Bokmål in Norway, else Dutch); updateOrganization adds others.
          languages: [wanted.holidayCountry === 'NO' ? 'nb' : 'nl'],
        }),
      );
      await recordAudit(ctx, organization.id, {
        action: 'Organization.created',
        entityType: 'Organization',
        entityId: organization.id,
        changes: auditChanges(Organization, null, organization),
      });
      const admin = await new Scoped(ctx, User, organization.id).insert({
        name: wanted.adminName,
        email: wanted.adminEmail,
        roles: [Role.TOP_MANAGEMENT],
        active: true,
      });
      return { outcome: 'created', organization, admin, differences: [] };
    });
  }

  private static async compare(ctx: Context, organization: Organization, wanted: OrganizationSetupInput): Promise<OrganizationSetupResult> {
    const differences: string[] = [];
    const differ = (what: string, stored: unknown, given: unknown) => {
      if (stored !== given) differences.push(`${what}: ${JSON.stringify(stored)} stored, ${JSON.stringify(given)} given`);
    };
    differ('name', organization.name, wanted.name);
    differ('timezone', organization.timezone, wanted.timezone);
    differ('country', organization.holidayCountry, wanted.holidayCountry);
    const admin = await new Scoped(ctx, User, organization.id).findOne({ email: wanted.adminEmail });
    if (!admin) {
      differences.push(`admin: no member with e-mail ${wanted.adminEmail}`);
    } else {
      differ('admin name', admin.name, wanted.adminName);
      if (!admin.roles.includes(Role.TOP_MANAGEMENT)) differences.push(`admin roles: ${admin.roles.join(', ')} stored, TOP_MANAGEMENT given`);
      if (!admin.active) differences.push('admin: the member is inactive');
    }
    return { outcome: differences.length ? 'conflict' : 'unchanged', organization, admin, differences };
  }

  /** Every organisation with its number of members, by slug. */
  static list(dataSource: DataSource): Promise<{ slug: string; name: string; country: string; timezone: string; members: number; activeMembers: number }[]> {
    return dataSource.query(
      `SELECT o.slug, o.name, o.holiday_country AS country, o.timezone,
              count(u.id)::int AS members, count(u.id) FILTER (WHERE u.active)::int AS "activeMembers"
         FROM organization o LEFT JOIN app_user u ON u.organization_id = o.id
        GROUP BY o.id ORDER BY o.slug`,
    );
  }
}

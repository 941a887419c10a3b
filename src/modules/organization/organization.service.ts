import { IANAZone } from 'luxon';
import Holidays from 'date-holidays';
import type { Context } from '../../common/context';
import { currentUser, loader } from '../../common/context';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors';
import { auditChanges } from '../../common/audit-changes';
import { recordAudit } from '../audit/audit.service';
import { Organization } from './organization.entity';
import type { UpdateOrganizationInput } from './organization.dto';

export const SUPPORTED_HOLIDAY_COUNTRIES = ['NL', 'NO', 'BE', 'DE', 'SE', 'DK', 'FI', 'GB', 'IE', 'FR'] as const;

/** Organisation settings: time zone, holiday country, complaint deadline policy. */
export class OrganizationService {
  /** The caller's organisation, read once per request (mutations start with fresh loaders). */
  static current(ctx: Context): Promise<Organization> {
    return loader(ctx, 'organization.current', async () => {
      const id = currentUser(ctx).organizationId;
      const org = await ctx.db.getRepository(Organization).findOneBy({ id });
      if (!org) throw new NotFoundError('Organization', id);
      return org;
    });
  }

  /** The organisation behind a public slug; NOT_FOUND naming `organizationSlug` otherwise. */
  static async bySlug(ctx: Context, slug: string): Promise<Organization> {
    const org = await ctx.db.getRepository(Organization).findOneBy({ slug });
    if (!org) throw new NotFoundError('Organization', slug, 'organizationSlug');
    return org;
  }

  static validateSettings(input: { timezone?: string | null; holidayCountry?: string | null }): void {
    if (input.timezone != null && !IANAZone.isValidZone(input.timezone)) {
      throw BadUserInputError.field('timezone', `is not an IANA time zone (e.g. Europe/Amsterdam)`);
    }
    if (input.holidayCountry != null) {
      const known = new Holidays().getCountries();
      if (!known[input.holidayCountry] || !(SUPPORTED_HOLIDAY_COUNTRIES as readonly string[]).includes(input.holidayCountry)) {
        throw BadUserInputError.field('holidayCountry', `must be one of ${SUPPORTED_HOLIDAY_COUNTRIES.join(', ')}`);
      }
    }
  }

  static async update(ctx: Context, input: UpdateOrganizationInput): Promise<Organization> {
    OrganizationService.validateSettings(input);
    const current = await OrganizationService.current(ctx);
    if (input.expectedVersion !== current.version) {
      throw new ConflictError(`Organization was changed by someone else (you sent version ${input.expectedVersion}); reload and retry`, {
        field: 'input.expectedVersion',
      });
    }
    const { expectedVersion: _v, complaintPolicy, ...fields } = input;
    const patch: Partial<Organization> = Object.fromEntries(Object.entries(fields).filter(([, v]) => v != null));
    if (complaintPolicy) patch.complaintPolicy = { ...current.complaintPolicy, ...complaintPolicy };
    const repo = ctx.db.getRepository(Organization);
    const result = await repo
      .createQueryBuilder()
      .update()
      .set(patch)
      .where('id = :id AND version = :version', { id: current.id, version: current.version })
      .execute();
    if (!result.affected) throw new ConflictError('Organization was changed by someone else; reload and retry', { field: 'input.expectedVersion' });
    const updated = await repo.findOneByOrFail({ id: current.id });
    await recordAudit(ctx, current.id, {
      action: 'Organization.updated',
      entityType: 'Organization',
      entityId: current.id,
      changes: auditChanges(Organization, current, updated),
    });
    return updated;
  }
}

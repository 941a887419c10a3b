import { IANAZone } from 'luxon';
import Holidays from 'date-holidays';
import type { Context } from '../../common/context';
import { currentOrganization } from '../../common/tenancy';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors';
import { auditChanges } from '../../common/audit-changes';
import { recordAudit } from '../../common/audit-trail';
import { MAX_DEADLINE_DAYS } from '../../common/deadlines';
import { DeadlineUnit, Organization, type ComplaintPolicy } from '../../common/organization.entity';
import { languageList } from '../../common/languages';
import { RULE_PACKS, describeSource, policyViolations, type RuleViolation } from '../../common/statutory-rules';
import type { StatutoryRules, UpdateOrganizationInput } from './organization.dto';

export const SUPPORTED_HOLIDAY_COUNTRIES = ['NL', 'NO', 'BE', 'DE', 'SE', 'DK', 'FI', 'GB', 'IE', 'FR'] as const;

/** Organisation settings: time zone, holiday country, complaint deadline policy. */
export class OrganizationService {
  /** The caller's organisation, read once per request (mutations start with fresh loaders). */
  static current(ctx: Context): Promise<Organization> {
    return currentOrganization(ctx);
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

  /**
   * A policy the deadline maths can serve: each period at least one day and at most
   * {@link MAX_DEADLINE_DAYS} of its unit, and acknowledgement not later than resolution (a working
   * day counted as 7/5 calendar days when the units differ). Names the input field at fault.
   */
  static validatePolicy(policy: ComplaintPolicy, field = 'input.complaintPolicy'): void {
    const problems: { field: string; message: string }[] = [];
    for (const [within, unit] of [['acknowledgeWithin', 'acknowledgeUnit'], ['resolveWithin', 'resolveUnit']] as const) {
      const max = MAX_DEADLINE_DAYS[policy[unit]];
      if (!Number.isInteger(policy[within]) || policy[within] < 1 || policy[within] > max) {
        problems.push({ field: `${field}.${within}`, message: `must be 1 to ${max} ${policy[unit] === DeadlineUnit.WORKING_DAYS ? 'working' : 'calendar'} days` });
      }
    }
    const calendarDays = (within: number, unit: DeadlineUnit) => (unit === DeadlineUnit.WORKING_DAYS ? (within * 7) / 5 : within);
    if (!problems.length && calendarDays(policy.acknowledgeWithin, policy.acknowledgeUnit) > calendarDays(policy.resolveWithin, policy.resolveUnit)) {
      problems.push({ field: `${field}.acknowledgeWithin`, message: 'must not end after the resolution period' });
    }
    if (problems.length) throw new BadUserInputError(`Invalid complaint policy: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, problems);
  }

  /** The organisation's rule pack with its sources. */
  static statutoryRules(organization: Organization): StatutoryRules {
    return RULE_PACKS[organization.statutoryRulePack];
  }

  /** What the organisation's settings violate today under its pack. */
  static compliance(organization: Organization): RuleViolation[] {
    return policyViolations(organization.statutoryRulePack, organization.complaintPolicy);
  }

  /**
   * A policy change may make the policy stricter than the pack, never laxer: a violation of a rule
   * whose term the change sets (`changed`: the policy fields given) is refused, BAD_USER_INPUT
   * naming the field, the rule and its source (also in `extensions.violations`). A rule broken
   * before and left alone (after switching packs) is not refused: `compliance` lists it.
   */
  static assertNotLaxer(pack: Organization['statutoryRulePack'], policy: ComplaintPolicy, changed: string[]): void {
    const touches = (v: RuleViolation) =>
      v.field === 'complaintPolicy.acknowledgeWithin'
        ? changed.some((k) => k === 'acknowledgeWithin' || k === 'acknowledgeUnit')
        : changed.some((k) => k === 'resolveWithin' || k === 'resolveUnit');
    const violations = policyViolations(pack, policy).filter(touches);
    if (!violations.length) return;
    const problems = violations.map((v) => ({
      field: `input.${v.field}`,
      message: `${v.currentValue} is laxer than ${v.rule}: ${v.description} (${describeSource(v.source)})`,
    }));
    const error = new BadUserInputError(`Complaint policy laxer than the statutory rules: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, problems);
    Object.assign(error.extensions, { violations });
    throw error;
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
    if (input.languages != null) patch.languages = languageList(input.languages, 'input.languages');
    if (complaintPolicy) {
      const given = Object.fromEntries(Object.entries(complaintPolicy).filter(([, v]) => v != null));
      patch.complaintPolicy = { ...current.complaintPolicy, ...given };
      OrganizationService.validatePolicy(patch.complaintPolicy);
      OrganizationService.assertNotLaxer(patch.statutoryRulePack ?? current.statutoryRulePack, patch.complaintPolicy, Object.keys(given));
    }
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

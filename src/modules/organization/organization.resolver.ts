import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Allowed } from '../../common/permissions';
import type { Context } from '../../common/context';
import { Organization } from '../../common/organization.entity';
import { OrganizationService } from './organization.service';
import { ComplianceViolation, StatutoryRules, UpdateOrganizationInput } from './organization.dto';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Authorized()
  @Query(() => Organization, { description: "The caller's organisation." })
  organization(@Ctx() ctx: Context): Promise<Organization> {
    return OrganizationService.current(ctx);
  }

  @Allowed('manageOrganization')
  @Mutation(() => Organization, { description: 'Changes name, time zone, holiday country, languages, complaint policy or statutory rule pack.' })
  updateOrganization(@Ctx() ctx: Context, @Arg('input') input: UpdateOrganizationInput): Promise<Organization> {
    return OrganizationService.update(ctx, input);
  }

  @FieldResolver(() => StatutoryRules, { description: 'The rules of its statutory rule pack, with their sources.' })
  statutoryRules(@Root() organization: Organization): StatutoryRules {
    return OrganizationService.statutoryRules(organization);
  }

  @FieldResolver(() => [ComplianceViolation], { description: 'What its settings violate today under its statutory rule pack; empty when compliant.' })
  compliance(@Root() organization: Organization): ComplianceViolation[] {
    return OrganizationService.compliance(organization);
  }
}

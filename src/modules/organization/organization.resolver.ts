import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Allowed } from '../../common/permissions';
import type { Context } from '../../common/context';
import { Organization } from '../../common/organization.entity';
import { OrganizationService } from './organization.service';
import { UpdateOrganizationInput } from './organization.dto';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Authorized()
  @Query(() => Organization, { description: "The caller's organisation." })
  organization(@Ctx() ctx: Context): Promise<Organization> {
    return OrganizationService.current(ctx);
  }

  @Allowed('manageOrganization')
  @Mutation(() => Organization, { description: 'Changes name, time zone, holiday country or complaint policy.' })
  updateOrganization(@Ctx() ctx: Context, @Arg('input') input: UpdateOrganizationInput): Promise<Organization> {
    return OrganizationService.update(ctx, input);
  }
}

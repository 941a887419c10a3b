import type { NonEmptyArray } from 'type-graphql';
import { OrganizationResolver } from './organization/organization.resolver';
import { UserResolver } from './user/user.resolver';
import { AuditResolver } from './audit/audit.resolver';

/** Every resolver of the API; each module adds its own here. */
export const resolvers: NonEmptyArray<Function> = [OrganizationResolver, UserResolver, AuditResolver];

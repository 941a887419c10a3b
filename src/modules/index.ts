import type { NonEmptyArray } from 'type-graphql';
import { OrganizationResolver } from './organization/organization.resolver';
import { UserResolver } from './user/user.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { CodePromiseResolver, CodeResolver, CodeVersionResolver } from './code/code.resolver';
import { PublicCodeResolver, PublicCodeVersionResolver } from './code/public-code.resolver';
import { MaturityAssessmentResolver, NormFrameworkResolver, NormRequirementResolver, PromiseRequirementResolver } from './norm/norm.resolver';

/** Every resolver of the API; each module adds its own here. */
export const resolvers: NonEmptyArray<Function> = [
  OrganizationResolver,
  UserResolver,
  AuditResolver,
  CodeResolver,
  CodeVersionResolver,
  CodePromiseResolver,
  PublicCodeResolver,
  PublicCodeVersionResolver,
  NormFrameworkResolver,
  NormRequirementResolver,
  MaturityAssessmentResolver,
  PromiseRequirementResolver,
];

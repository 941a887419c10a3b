import type { AuthCheckerInterface, ResolverData } from 'type-graphql';
import type { Context } from '../common/context';
import { ForbiddenError, UnauthenticatedError } from '../common/errors';
import type { Role } from '../common/roles';

/**
 * The one authorisation check behind every `@Authorized(...)`: a caller needs a verified token,
 * and, when roles are listed, at least one of them.
 */
export class AuthChecker implements AuthCheckerInterface<Context, Role> {
  check({ context, info }: ResolverData<Context>, roles: Role[]): boolean {
    if (!context.user) throw new UnauthenticatedError();
    if (roles.length === 0 || context.user.roles.some((r) => roles.includes(r))) return true;
    throw new ForbiddenError(`${info.parentType.name}.${info.fieldName} needs one of the roles ${roles.join(', ')}`, {
      requiredRoles: roles,
    });
  }
}

import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { currentUser } from '../../common/context';
import { paginate, type ConnectionResult } from '../../common/pagination';
import { byIdLoader, scoped, expectedIn } from '../../common/tenancy';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import { User } from './user.entity';
import type { CreateUserInput, UpdateUserInput, UpdateMyNotificationSettingsInput, UsersArgs } from './user.dto';
import { Role } from '../../common/roles';
import { forgetMember } from '../../auth/identity';

/** Members of the organisation. */
export class UserService {

  /** Per-request batch loader for user references (owners, handlers, actors). */
  static loader(ctx: Context): DataLoader<string, User | null> {
    return byIdLoader(ctx, User);
  }

  /** The caller's member record (authentication already found it active). */
  static async me(ctx: Context): Promise<User> {
    const { id } = currentUser(ctx);
    const user = await UserService.loader(ctx).load(id);
    if (!user) throw new NotFoundError('User', id);
    return user;
  }

  static list(ctx: Context, args: UsersArgs): Promise<ConnectionResult<User>> {
    const qb = scoped(ctx, User).query('u');
    if (args.role) qb.andWhere(':role = ANY(u.roles)', { role: args.role });
    if (args.active != null) qb.andWhere('u.active = :active', { active: args.active });
    return paginate(qb, args, { column: 'u.name', property: 'name', direction: 'ASC' });
  }

  /** Adds several members at once: all or none (a duplicate email rolls the whole batch back). */
  static async createMany(ctx: Context, inputs: CreateUserInput[]): Promise<User[]> {
    if (inputs.length === 0) throw BadUserInputError.field('input', 'must list at least one user');
    const users = scoped(ctx, User);
    const created: User[] = [];
    for (const input of inputs) {
      created.push(
        await users.insert({ name: input.name.trim(), email: input.email.trim().toLowerCase(), roles: input.roles, externalSubject: input.externalSubject ?? null }),
      );
    }
    return created;
  }

  static async update(ctx: Context, id: string, input: UpdateUserInput | UpdateMyNotificationSettingsInput): Promise<User> {
    const users = scoped(ctx, User);
    const current = await users.get(id, 'id');
    const { expectedVersion, ...changes } = input;
    const patch = Object.fromEntries(Object.entries(changes).filter(([, v]) => v != null)) as Partial<User>;
    const updated = await users.update(current, patch, expectedIn(input));
    forgetMember(id);
    return updated;
  }

  /**
   * A user of this organisation who may be assigned work: active and, when roles are given,
   * holding one of them. NOT_FOUND or BAD_USER_INPUT naming `field` otherwise.
   */
  static async assignable(ctx: Context, id: string, field: string, roles: Role[] = []): Promise<User> {
    const user = await scoped(ctx, User).get(id, field);
    if (!user.active) throw BadUserInputError.field(field, 'user is inactive');
    if (roles.length && !user.roles.some((r) => roles.includes(r))) {
      throw BadUserInputError.field(field, `user must hold one of the roles ${roles.join(', ')}`);
    }
    return user;
  }
}

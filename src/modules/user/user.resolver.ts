import { Arg, Args, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Allowed } from '../../common/permissions';
import type { Context } from '../../common/context';
import { currentUser } from '../../common/context';
import { Role } from '../../common/roles';
import { Connection, type ConnectionResult } from '../../common/pagination';
import { scoped } from '../../common/tenancy';
import { User } from './user.entity';
import { UserService } from './user.service';
import { CreateUserInput, UpdateUserInput, UsersArgs, UpdateMyNotificationSettingsInput } from './user.dto';

@ObjectType()
export class UserConnection extends Connection(User, 'User') {}

@ObjectType({ description: 'The caller: the member the token belongs to, with the roles in effect for this token.' })
export class Viewer {
  @Field(() => ID)
  id: string;

  @Field(() => [Role], { description: "The member's roles, narrowed to those the token lists (a token never adds a role)." })
  roles: Role[];

  @Field()
  organizationSlug: string;

  @Field(() => User, { description: 'The member record.' })
  user: User;
}

@Resolver(() => User)
export class UserResolver {
  @Authorized()
  @Query(() => Viewer, { description: 'Who the caller is: the active member of the organisation the token names.' })
  async me(@Ctx() ctx: Context): Promise<Viewer> {
    const { id, roles, organizationSlug } = currentUser(ctx);
    return { id, roles, organizationSlug, user: await UserService.me(ctx) };
  }

  @Allowed('readManagement')
  @Query(() => UserConnection)
  users(@Ctx() ctx: Context, @Args() args: UsersArgs): Promise<ConnectionResult<User>> {
    return UserService.list(ctx, args);
  }

  @Allowed('readManagement')
  @Query(() => User)
  user(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<User> {
    return scoped(ctx, User).get(id, 'id');
  }

  @Allowed('manageOrganization')
  @Mutation(() => [User], { description: 'Adds members; all or none.' })
  createUsers(@Ctx() ctx: Context, @Arg('input', () => [CreateUserInput]) input: CreateUserInput[]): Promise<User[]> {
    return UserService.createMany(ctx, input);
  }

  @Allowed('manageOrganization')
  @Mutation(() => User)
  updateUser(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateUserInput): Promise<User> {
    return UserService.update(ctx, id, input);
  }

  @Authorized()
  @Mutation(() => User, { description: "The signed-in member's language and how notifications reach them by e-mail." })
  updateMyNotificationSettings(@Ctx() ctx: Context, @Arg('input') input: UpdateMyNotificationSettingsInput): Promise<User> {
    return UserService.update(ctx, currentUser(ctx).id, input);
  }
}

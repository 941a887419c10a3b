import { Arg, Args, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { currentUser } from '../../common/context';
import { Role } from '../../auth/roles';
import { Connection, type ConnectionResult } from '../../common/pagination';
import { User } from './user.entity';
import { UserService } from './user.service';
import { CreateUserInput, UpdateUserInput, UsersArgs } from './user.dto';

@ObjectType()
export class UserConnection extends Connection(User, 'User') {}

@ObjectType({ description: 'The caller as the token describes them.' })
export class Viewer {
  @Field(() => ID)
  id: string;

  @Field(() => [Role])
  roles: Role[];

  @Field()
  organizationSlug: string;

  @Field(() => User, { nullable: true, description: 'The member record, when the token subject is a known user.' })
  user: User | null;
}

@Resolver(() => User)
export class UserResolver {
  @Authorized()
  @Query(() => Viewer, { description: 'Who the token says the caller is.' })
  async me(@Ctx() ctx: Context): Promise<Viewer> {
    const { id, roles, organizationSlug } = currentUser(ctx);
    return { id, roles, organizationSlug, user: await UserService.me(ctx) };
  }

  @Authorized(Role.TOP_MANAGEMENT, Role.QUALITY_MANAGER, Role.COMPLAINT_OFFICER, Role.AUDITOR)
  @Query(() => UserConnection)
  users(@Ctx() ctx: Context, @Args() args: UsersArgs): Promise<ConnectionResult<User>> {
    return UserService.list(ctx, args);
  }

  @Authorized(Role.TOP_MANAGEMENT, Role.QUALITY_MANAGER, Role.COMPLAINT_OFFICER, Role.AUDITOR)
  @Query(() => User)
  user(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<User> {
    return UserService.get(ctx, id, 'id');
  }

  @Authorized(Role.TOP_MANAGEMENT)
  @Mutation(() => [User], { description: 'Adds members; all or none.' })
  createUsers(@Ctx() ctx: Context, @Arg('input', () => [CreateUserInput]) input: CreateUserInput[]): Promise<User[]> {
    return UserService.createMany(ctx, input);
  }

  @Authorized(Role.TOP_MANAGEMENT)
  @Mutation(() => User)
  updateUser(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateUserInput): Promise<User> {
    return UserService.update(ctx, id, input);
  }
}

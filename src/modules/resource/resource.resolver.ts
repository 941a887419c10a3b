import { Arg, Args, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allowed } from '../../common/permissions';
import type { Context } from '../../common/context';
import { Connection, type ConnectionResult } from '../../common/pagination';
import { byIdLoader, ExpectedVersionArg, scoped } from '../../common/tenancy';
import { User, UserService } from '../user';
import { Code, CodeVersion, CodePromise } from '../code';
import { Resource } from './resource.entity';
import { ResourceKind, ResourceUnit } from './resource-kind';
import { ResourceService, type ResourceTotal as ResourceTotalShape } from './resource.service';
import { CreateResourceInput, ResourcesArgs, ResourceTotalsArgs, UpdateResourceInput } from './resource.dto';

@ObjectType()
export class ResourceConnection extends Connection(Resource, 'Resource') {}

@ObjectType({ description: 'The sum of one kind of resource in one unit.' })
export class ResourceTotal implements ResourceTotalShape {
  @Field(() => ResourceKind)
  kind: ResourceKind;

  @Field(() => ResourceUnit)
  unit: ResourceUnit;

  @Field(() => Float)
  quantity: number;

  @Field(() => Int, { description: 'How many resources were summed.' })
  resources: number;
}

@Resolver(() => Resource)
export class ResourceResolver {
  @Allowed('readManagement')
  @Query(() => ResourceConnection, { description: 'Committed resources, latest period first.' })
  resources(@Ctx() ctx: Context, @Args() args: ResourcesArgs): Promise<ConnectionResult<Resource>> {
    return ResourceService.list(ctx, args);
  }

  @Allowed('readManagement')
  @Query(() => Resource)
  resource(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Resource> {
    return scoped(ctx, Resource).get(id, 'id');
  }

  @Allowed('readManagement')
  @Query(() => [ResourceTotal], { description: 'Totals per kind and unit committed to a code, by kind.' })
  resourceTotals(@Ctx() ctx: Context, @Args() args: ResourceTotalsArgs): Promise<ResourceTotalShape[]> {
    return ResourceService.totals(ctx, args);
  }

  @Allowed('editSteering')
  @Mutation(() => Resource)
  createResource(@Ctx() ctx: Context, @Arg('input') input: CreateResourceInput): Promise<Resource> {
    return ResourceService.create(ctx, input);
  }

  @Allowed('editSteering')
  @Mutation(() => Resource)
  updateResource(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateResourceInput): Promise<Resource> {
    return ResourceService.update(ctx, id, input);
  }

  @Allowed('editSteering')
  @Mutation(() => Resource, { description: 'Removes a resource; returns it as it was.' })
  deleteResource(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @ExpectedVersionArg() expectedVersion: number): Promise<Resource> {
    return ResourceService.remove(ctx, id, expectedVersion);
  }

  @FieldResolver(() => Code)
  code(@Ctx() ctx: Context, @Root() resource: Resource): Promise<Code | null> {
    return byIdLoader(ctx, Code).load(resource.codeId);
  }

  @FieldResolver(() => CodeVersion)
  codeVersion(@Ctx() ctx: Context, @Root() resource: Resource): Promise<CodeVersion | null> {
    return byIdLoader(ctx, CodeVersion).load(resource.codeVersionId);
  }

  @FieldResolver(() => CodePromise, { nullable: true, description: 'The promise, when committed to one promise rather than the version.' })
  promise(@Ctx() ctx: Context, @Root() resource: Resource): Promise<CodePromise | null> | null {
    return resource.promiseId ? byIdLoader(ctx, CodePromise).load(resource.promiseId) : null;
  }

  @FieldResolver(() => User, { nullable: true })
  owner(@Ctx() ctx: Context, @Root() resource: Resource): Promise<User | null> | null {
    return resource.ownerId ? UserService.loader(ctx).load(resource.ownerId) : null;
  }
}

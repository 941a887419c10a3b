import { Args, ArgsType, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allowed } from '../../common/permissions';
import { IsOptional, Length } from 'class-validator';
import type { Context } from '../../common/context';
import { currentUser } from '../../common/context';
import { Connection, ConnectionArgs, paginate, type ConnectionResult } from '../../common/pagination';
import { BadUserInputError } from '../../common/errors';
import { AuditEvent } from '../../common/audit-event.entity';
import { isUuid } from '../../common/tenancy';
import { User, UserService } from '../user';

const uuidArg = (field: string, value: string) => {
  if (!isUuid(value)) throw BadUserInputError.field(field, 'is not an id');
  return value;
};

@ObjectType()
export class AuditEventConnection extends Connection(AuditEvent, 'AuditEvent') {}

@ArgsType()
export class AuditEventsArgs extends ConnectionArgs {
  @Field({ nullable: true, description: 'e.g. `CodeVersion`' })
  @IsOptional()
  @Length(1, 100)
  entityType?: string;

  @Field(() => ID, { nullable: true })
  entityId?: string;

  @Field(() => ID, { nullable: true })
  actorId?: string;

  @Field({ nullable: true, description: 'Exact action, e.g. `CodeVersion.approved`.' })
  @IsOptional()
  @Length(1, 100)
  action?: string;

  @Field({ nullable: true, description: 'Events at or after this instant.' })
  from?: Date;

  @Field({ nullable: true, description: 'Events before this instant.' })
  to?: Date;
}

@Resolver(() => AuditEvent)
export class AuditResolver {
  @Allowed('readAudit')
  @Query(() => AuditEventConnection, { description: 'The audit trail, newest first.' })
  auditEvents(@Ctx() ctx: Context, @Args() args: AuditEventsArgs): Promise<ConnectionResult<AuditEvent>> {
    if (args.from && args.to && args.to <= args.from) throw BadUserInputError.field('to', 'must be after from');
    const qb = ctx.db
      .getRepository(AuditEvent)
      .createQueryBuilder('a')
      .where('a.organizationId = :org', { org: currentUser(ctx).organizationId });
    if (args.entityType) qb.andWhere('a.entityType = :entityType', { entityType: args.entityType });
    if (args.entityId) qb.andWhere('a.entityId = :entityId', { entityId: uuidArg('entityId', args.entityId) });
    if (args.actorId) qb.andWhere('a.actorId = :actorId', { actorId: uuidArg('actorId', args.actorId) });
    if (args.action) qb.andWhere('a.action = :action', { action: args.action });
    if (args.from) qb.andWhere('a.at >= :from', { from: args.from });
    if (args.to) qb.andWhere('a.at < :to', { to: args.to });
    return paginate(qb, args, { column: 'a.at', property: 'at', direction: 'DESC' });
  }

  @FieldResolver(() => User, { nullable: true, description: 'The member who made the change (null for public operations and command-line tools).' })
  actor(@Ctx() ctx: Context, @Root() event: AuditEvent): Promise<User | null> {
    return event.actorId ? UserService.loader(ctx).load(event.actorId) : Promise.resolve(null);
  }
}

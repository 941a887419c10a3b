import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { Connection, type ConnectionResult } from '../../common/pagination';
import { Notification } from './notification.entity';
import { NotificationService } from './notification.service';
import { NotificationsArgs } from './notification.dto';

@ObjectType()
export class NotificationConnection extends Connection(Notification, 'Notification') {
  @Field(() => Int, { description: "The signed-in member's unread notifications (all of them, not only this page)." })
  unreadCount: number;
}

@Resolver(() => NotificationConnection)
export class NotificationConnectionResolver {
  @FieldResolver(() => Int)
  unreadCount(@Ctx() ctx: Context): Promise<number> {
    return NotificationService.unreadCount(ctx);
  }
}

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: "The signed-in member's notifications (reminders), newest first." })
  notifications(@Ctx() ctx: Context, @Args() args: NotificationsArgs): Promise<ConnectionResult<Notification>> {
    return NotificationService.list(ctx, args);
  }

  @Authorized()
  @Mutation(() => Notification)
  markNotificationRead(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Notification> {
    return NotificationService.markRead(ctx, id);
  }

  @Authorized()
  @Mutation(() => Int, { description: "Marks all the signed-in member's notifications read; answers how many were unread." })
  markAllNotificationsRead(@Ctx() ctx: Context): Promise<number> {
    return NotificationService.markAllRead(ctx);
  }

  @FieldResolver(() => String, { description: "In the member's language." })
  async title(@Ctx() ctx: Context, @Root() notification: Notification): Promise<string> {
    return (await NotificationService.text(ctx, notification)).title;
  }

  @FieldResolver(() => String, { description: "In the member's language." })
  async body(@Ctx() ctx: Context, @Root() notification: Notification): Promise<string> {
    return (await NotificationService.text(ctx, notification)).body;
  }

  @FieldResolver(() => Boolean)
  read(@Root() notification: Notification): boolean {
    return notification.readAt !== null;
  }
}

import { Arg, Args, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Allowed } from '../../common/permissions';
import type { Context } from '../../common/context';
import { Connection, ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { ExpectedVersionArg, scoped } from '../../common/tenancy';
import { WebhookAttempt, WebhookDelivery, WebhookSubscription } from './webhook.entity';
import { WebhookService } from './webhook.service';
import { CreateWebhookSubscriptionInput, UpdateWebhookSubscriptionInput, WebhookDeliveriesArgs, WebhookSubscriptionCreated } from './webhook.dto';

@ObjectType()
export class WebhookSubscriptionConnection extends Connection(WebhookSubscription, 'WebhookSubscription') {}

@ObjectType()
export class WebhookDeliveryConnection extends Connection(WebhookDelivery, 'WebhookDelivery') {}

@Resolver(() => WebhookSubscription)
export class WebhookSubscriptionResolver {
  @Allowed('manageWebhooks')
  @Query(() => WebhookSubscriptionConnection, { description: "The organisation's webhook subscriptions, oldest first." })
  webhookSubscriptions(@Ctx() ctx: Context, @Args() args: ConnectionArgs): Promise<ConnectionResult<WebhookSubscription>> {
    return WebhookService.list(ctx, args);
  }

  @Allowed('manageWebhooks')
  @Query(() => WebhookDeliveryConnection, { description: "A subscription's deliveries, newest first: the delivery log." })
  webhookDeliveries(@Ctx() ctx: Context, @Arg('subscriptionId', () => ID) subscriptionId: string, @Args() args: WebhookDeliveriesArgs): Promise<ConnectionResult<WebhookDelivery>> {
    return WebhookService.deliveries(ctx, subscriptionId, args);
  }

  @Allowed('manageWebhooks')
  @Mutation(() => WebhookSubscriptionCreated, { description: 'Subscribes an endpoint; the answer carries the signing secret, shown this once.' })
  createWebhookSubscription(@Ctx() ctx: Context, @Arg('input') input: CreateWebhookSubscriptionInput): Promise<WebhookSubscriptionCreated> {
    return WebhookService.create(ctx, input);
  }

  @Allowed('manageWebhooks')
  @Mutation(() => WebhookSubscription)
  updateWebhookSubscription(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input') input: UpdateWebhookSubscriptionInput): Promise<WebhookSubscription> {
    return WebhookService.update(ctx, id, input);
  }

  @Allowed('manageWebhooks')
  @Mutation(() => WebhookSubscription, { description: 'Removes a subscription and its delivery log; returns it as it was.' })
  deleteWebhookSubscription(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @ExpectedVersionArg() expectedVersion: number): Promise<WebhookSubscription> {
    return WebhookService.remove(ctx, id, expectedVersion);
  }

  @Allowed('manageWebhooks')
  @Mutation(() => WebhookDelivery, { description: 'Sends a delivered or failed delivery again (same webhook-id), after the earlier unfinished ones of its entity.' })
  redeliverWebhook(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<WebhookDelivery> {
    return WebhookService.redeliver(ctx, id);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => WebhookSubscription)
  subscription(@Ctx() ctx: Context, @Root() delivery: WebhookDelivery): Promise<WebhookSubscription> {
    return scoped(ctx, WebhookSubscription).get(delivery.subscriptionId);
  }

  @FieldResolver(() => [WebhookAttempt], { description: 'Every attempt, oldest first: time, HTTP status, error.' })
  attemptLog(@Ctx() ctx: Context, @Root() delivery: WebhookDelivery): Promise<WebhookAttempt[]> {
    return ctx.loaders.webhook.attempts.load(delivery.id);
  }
}

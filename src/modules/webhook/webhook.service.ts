import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { scoped, expectedIn } from '../../common/tenancy';
import { BadUserInputError } from '../../common/errors';
import { paginate, type ConnectionResult, type ConnectionArgs } from '../../common/pagination';
import { afterCommit, jobQueue } from '../../common/jobs';
import { serviceConfig } from '../../common/service-config';
import { WebhookAttempt, WebhookDelivery, WebhookDeliveryStatus, WebhookSubscription } from './webhook.entity';
import { newWebhookSecret } from './webhook-signature';
import { urlProblem } from './webhook-address';
import { DISPATCH_JOB } from './webhook-outbox';
import type { CreateWebhookSubscriptionInput, UpdateWebhookSubscriptionInput, WebhookDeliveriesArgs, WebhookSubscriptionCreated } from './webhook.dto';

export interface WebhookLoaders {
  attempts: DataLoader<string, WebhookAttempt[]>;
}

declare module '../../common/context' {
  interface LoaderGroups {
    webhook: WebhookLoaders;
  }
}

function checkUrl(ctx: Context, url: string, field: string): string {
  const allowPrivate = serviceConfig(ctx.dataSource)?.webhooks.allowPrivateAddresses ?? false;
  const problem = urlProblem(url, allowPrivate);
  if (problem) throw BadUserInputError.field(field, problem);
  return url;
}

const nudge = (ctx: Context) => afterCommit(ctx, () => jobQueue(ctx.dataSource).send(DISPATCH_JOB, {}, { singletonKey: 'nudge' }));

/** Webhook subscriptions and their deliveries. */
export class WebhookService {
  static loaders(ctx: Context): WebhookLoaders {
    return {
      attempts: new DataLoader(async (deliveryIds: readonly string[]) => {
        const user = ctx.user!;
        const rows = await ctx.db.getRepository(WebhookAttempt).find({
          where: deliveryIds.map((deliveryId) => ({ deliveryId, organizationId: user.organizationId })),
          order: { attemptedAt: 'ASC', id: 'ASC' },
        });
        return deliveryIds.map((id) => rows.filter((r) => r.deliveryId === id));
      }),
    };
  }

  static list(ctx: Context, args: ConnectionArgs): Promise<ConnectionResult<WebhookSubscription>> {
    return paginate(scoped(ctx, WebhookSubscription).query('s'), args, { column: 's.createdAt', property: 'createdAt', direction: 'ASC' });
  }

  static async deliveries(ctx: Context, subscriptionId: string, args: WebhookDeliveriesArgs): Promise<ConnectionResult<WebhookDelivery>> {
    const subscription = await scoped(ctx, WebhookSubscription).get(subscriptionId, 'subscriptionId');
    const qb = scoped(ctx, WebhookDelivery).query('d').andWhere('d.subscriptionId = :id', { id: subscription.id });
    if (args.status) qb.andWhere('d.status = :status', { status: args.status });
    if (args.entityId) qb.andWhere('d.entityId = :entityId', { entityId: args.entityId });
    return paginate(qb, args, { column: 'd.sequence', property: 'sequence', direction: 'DESC' });
  }

  static async create(ctx: Context, input: CreateWebhookSubscriptionInput): Promise<WebhookSubscriptionCreated> {
    const secret = newWebhookSecret();
    const subscription = await scoped(ctx, WebhookSubscription).insert({
      url: checkUrl(ctx, input.url, 'input.url'),
      events: [...new Set(input.events)],
      description: input.description ?? null,
      secret,
    });
    return { subscription, secret };
  }

  static async update(ctx: Context, id: string, input: UpdateWebhookSubscriptionInput): Promise<WebhookSubscription> {
    const current = await scoped(ctx, WebhookSubscription).get(id, 'id');
    const patch: Partial<WebhookSubscription> = {};
    if (input.url !== undefined) patch.url = checkUrl(ctx, input.url, 'input.url');
    if (input.events !== undefined) patch.events = [...new Set(input.events)];
    if (input.description !== undefined) patch.description = input.description;
    if (input.enabled !== undefined && input.enabled !== current.enabled) {
      patch.enabled = input.enabled;
      if (input.enabled) Object.assign(patch, { disabledReason: null, consecutiveFailures: 0 });
      if (input.enabled) nudge(ctx);
    }
    return scoped(ctx, WebhookSubscription).update(current, patch, expectedIn(input));
  }

  static async remove(ctx: Context, id: string, expectedVersion: number): Promise<WebhookSubscription> {
    const current = await scoped(ctx, WebhookSubscription).get(id, 'id');
    await scoped(ctx, WebhookSubscription).delete(current, { expectedVersion });
    return current;
  }

  /** Sends a delivery again (a failed one, or a delivered one the receiver lost): same message id, attempts counted afresh. */
  static async redeliver(ctx: Context, id: string): Promise<WebhookDelivery> {
    const delivery = await scoped(ctx, WebhookDelivery).get(id, 'id');
    if (delivery.status === WebhookDeliveryStatus.PENDING || delivery.status === WebhookDeliveryStatus.DELIVERING) {
      throw BadUserInputError.field('id', `the delivery is ${delivery.status} already`);
    }
    await ctx.db.query(
      `UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = clock_timestamp(), lease_until = NULL WHERE id = $1 AND organization_id = $2`,
      [delivery.id, delivery.organizationId],
    );
    await scoped(ctx, WebhookDelivery).audit('WebhookDelivery.redelivered', delivery.id, { status: { from: delivery.status, to: WebhookDeliveryStatus.PENDING } });
    nudge(ctx);
    return scoped(ctx, WebhookDelivery).get(delivery.id);
  }
}

import type { ModuleDefinition } from '../../common/module';
import { onAudit, onAuditFlush } from '../../common/audit-trail';
import { WebhookAttempt, WebhookDelivery, WebhookSubscription } from './webhook.entity';
import { WebhookDeliveryResolver, WebhookSubscriptionResolver } from './webhook.resolver';
import { WebhookService } from './webhook.service';
import { outboxFlush, writeOutbox } from './webhook-outbox';
import { dispatchJob } from './webhook-dispatch';

/** The webhook module's public surface. */
export { WebhookSubscription, WebhookDelivery, WebhookAttempt, WebhookDeliveryStatus } from './webhook.entity';
export { eventPayload } from './webhook-outbox';
export { signWebhook } from './webhook-signature';

// Every audit event, in its transaction, becomes outbox rows for the subscriptions that want it:
// those of a unit of work in the statement that writes them, any other at once.
onAuditFlush(outboxFlush);
onAudit(writeOutbox);

export const webhookModule: ModuleDefinition = {
  name: 'webhook',
  entities: [WebhookSubscription, WebhookDelivery, WebhookAttempt],
  resolvers: [WebhookSubscriptionResolver, WebhookDeliveryResolver],
  loaders: { webhook: WebhookService.loaders },
  jobs: [dispatchJob],
};

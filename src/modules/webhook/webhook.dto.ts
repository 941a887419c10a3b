import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination';
import { VersionedUpdateInput } from '../../common/versioned-input';
import { WebhookDeliveryStatus, WebhookSubscription } from './webhook.entity';

/** `*`, `Complaint.*` or `Complaint.received`. */
export const EVENT_PATTERN = /^(\*|[A-Z][A-Za-z]{0,63}\.(\*|[a-z][A-Za-z]{0,63}))$/;
const EVENT_MESSAGE = 'each event is `*`, `<Entity>.*` or `<Entity>.<action>`, e.g. `Complaint.received` (docs/EVENTS.md)';

@InputType()
export class CreateWebhookSubscriptionInput {
  @Field({ description: 'The endpoint (https; loopback and private addresses only where WEBHOOK_ALLOW_PRIVATE_ADDRESSES allows).' })
  @Length(1, 2000)
  url: string;

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(EVENT_PATTERN, { each: true, message: EVENT_MESSAGE })
  events: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 500)
  description?: string | null;
}

@InputType({ description: 'Only the fields given change. Enabling a disabled subscription resets its failure count; its waiting deliveries resume.' })
export class UpdateWebhookSubscriptionInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 2000)
  url?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @Matches(EVENT_PATTERN, { each: true, message: EVENT_MESSAGE })
  events?: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 500)
  description?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  enabled?: boolean;
}

@ObjectType({ description: 'A new subscription and its signing secret: shown this once, store it now.' })
export class WebhookSubscriptionCreated {
  @Field(() => WebhookSubscription)
  subscription: WebhookSubscription;

  @Field({ description: 'The Standard Webhooks secret (`whsec_…`): verify `webhook-signature` with it.' })
  secret: string;
}

@ArgsType()
export class WebhookDeliveriesArgs extends ConnectionArgs {
  @Field(() => WebhookDeliveryStatus, { nullable: true })
  status?: WebhookDeliveryStatus;

  @Field(() => ID, { nullable: true })
  entityId?: string;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { TenantEntity, VersionedEntity } from '../../common/tenancy';
import { PersonalData } from '../../common/personal-data';

/**
 * Where an organisation's changes are sent: an HTTPS endpoint of another system (case management, BI,
 * chat), the event types it wants, and the secret its deliveries are signed with.
 */
@ObjectType({ description: 'A webhook subscription: changes of the organisation are POSTed to its URL, signed (Standard Webhooks).' })
@Entity()
@Index(['organizationId', 'createdAt', 'id'])
export class WebhookSubscription extends VersionedEntity {
  @Field()
  @Column('text')
  url: string;

  @Field(() => [String], { description: 'Event types delivered: `Complaint.received`, `Complaint.*` (every event of a kind) or `*` (all).' })
  @Column('text', { array: true })
  events: string[];

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  description: string | null;

  /** The signing secret (`whsec_…`), shown once at creation; never in an audit event or an answer. */
  @PersonalData()
  @Column('text')
  secret: string;

  @Field({ description: 'Disabled subscriptions receive nothing; deliveries already queued wait until it is enabled again.' })
  @Column('boolean', { default: true })
  enabled: boolean;

  @Field(() => String, { nullable: true, description: 'Why the service disabled it (repeated failures), or null.' })
  @Column('text', { nullable: true })
  disabledReason: string | null;

  @Field(() => Int, { description: 'Failed attempts in a row; the subscription is disabled when it reaches WEBHOOK_DISABLE_AFTER_FAILURES.' })
  @Column('int', { default: 0 })
  consecutiveFailures: number;
}

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERING = 'DELIVERING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}

registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  valuesConfig: {
    PENDING: { description: 'Waiting for its first attempt, for a retry (nextAttemptAt), or for an earlier event of the same entity.' },
    DELIVERING: { description: 'Being sent now.' },
    DELIVERED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Every attempt failed (WEBHOOK_MAX_ATTEMPTS); redeliver it by hand.' },
  },
});

/**
 * One event for one subscription: the outbox row, written in the transaction of the change (so an
 * event exists exactly when its change was committed), then delivered by the `webhooks.dispatch` job.
 * Deliveries of one subscription and entity go out in `sequence` order, one at a time.
 */
@ObjectType({ description: 'One event sent (or to be sent) to one subscription, with its attempts.' })
@Entity()
@Index(['organizationId', 'subscriptionId', 'sequence'])
@Index('ix_webhook_delivery_due', ['status', 'nextAttemptAt'], { where: `"status" IN ('PENDING', 'DELIVERING')` })
@Index('ix_webhook_delivery_stream', ['subscriptionId', 'streamKey', 'sequence'], { where: `"status" IN ('PENDING', 'DELIVERING')` })
export class WebhookDelivery extends TenantEntity {
  @Field(() => ID, { description: 'The `webhook-id` header: the same on every attempt and redelivery, for the receiver to skip duplicates.' })
  @Column('uuid')
  messageId: string;

  @Column('bigint', { generated: 'increment' })
  sequence: string;

  @Column('uuid')
  subscriptionId: string;

  @ManyToOne(() => WebhookSubscription, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  subscription?: WebhookSubscription;

  @Field(() => ID, { description: 'The audit event it publishes.' })
  @Column('uuid')
  eventId: string;

  @Field()
  @Column('text')
  eventType: string;

  @Field()
  @Column('text')
  entityType: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  entityId: string | null;

  /** Deliveries of one subscription with the same key go out in order (the entity, or the organisation). */
  @Column('text')
  streamKey: string;

  @Field(() => GraphQLJSONObject, { description: 'The body sent (docs/EVENTS.md).' })
  @Column('jsonb')
  payload: Record<string, unknown>;

  @Field(() => WebhookDeliveryStatus)
  @Column('text', { default: WebhookDeliveryStatus.PENDING })
  status: WebhookDeliveryStatus;

  @Field(() => Int)
  @Column('int', { default: 0 })
  attempts: number;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (PENDING).' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  nextAttemptAt: Date | null;

  /** While DELIVERING: after this instant another instance may take the delivery over (its sender died). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  leaseUntil: Date | null;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the last attempt (null: no answer).' })
  @Column('int', { nullable: true })
  lastStatusCode: number | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed.' })
  @Column('text', { nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt: Date | null;
}

/** One HTTP attempt of a delivery: the delivery log. */
@ObjectType({ description: 'One attempt to deliver: when, the HTTP status (null: no answer) and the error.' })
@Entity()
@Index(['deliveryId', 'attemptedAt'])
export class WebhookAttempt {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column('uuid')
  organizationId: string;

  @Column('uuid')
  deliveryId: string;

  @ManyToOne(() => WebhookDelivery, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  delivery?: WebhookDelivery;

  @Field()
  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  attemptedAt: Date;

  @Field(() => Int, { nullable: true })
  @Column('int', { nullable: true })
  statusCode: number | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  error: string | null;

  @Field(() => Int)
  @Column('int')
  durationMs: number;
}

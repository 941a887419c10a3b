import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../common/tenancy';
import { User } from '../user';

/** What a notification is about: one kind per reminder rule. */
export enum NotificationKind {
  COMPLAINT_ACKNOWLEDGEMENT_DUE_SOON = 'COMPLAINT_ACKNOWLEDGEMENT_DUE_SOON',
  COMPLAINT_ACKNOWLEDGEMENT_OVERDUE = 'COMPLAINT_ACKNOWLEDGEMENT_OVERDUE',
  COMPLAINT_RESOLUTION_DUE_SOON = 'COMPLAINT_RESOLUTION_DUE_SOON',
  COMPLAINT_RESOLUTION_OVERDUE = 'COMPLAINT_RESOLUTION_OVERDUE',
  CORRECTIVE_ACTION_DUE_SOON = 'CORRECTIVE_ACTION_DUE_SOON',
  CORRECTIVE_ACTION_OVERDUE = 'CORRECTIVE_ACTION_OVERDUE',
  CORRECTIVE_ACTION_EFFECTIVENESS_CHECK = 'CORRECTIVE_ACTION_EFFECTIVENESS_CHECK',
  TRAINING_EXPIRING = 'TRAINING_EXPIRING',
  TRAINING_EXPIRED = 'TRAINING_EXPIRED',
  AUTHORISATION_LAPSING = 'AUTHORISATION_LAPSING',
  CODE_REVIEW_DUE = 'CODE_REVIEW_DUE',
  KPI_MEASUREMENT_MISSING = 'KPI_MEASUREMENT_MISSING',
  DISPUTES_RESPONSE_DUE_SOON = 'DISPUTES_RESPONSE_DUE_SOON',
  DISPUTES_RESPONSE_OVERDUE = 'DISPUTES_RESPONSE_OVERDUE',
}

registerEnumType(NotificationKind, { name: 'NotificationKind', description: 'What a notification (a reminder) is about.' });

/** Whether and how a notification went out by e-mail. */
export enum EmailStatus {
  /** Not e-mailed (the member chose OFF, or the service has no SMTP_URL). */
  NONE = 'NONE',
  /** An e-mail job is queued. */
  PENDING = 'PENDING',
  /** Waiting for the member's daily digest. */
  DIGEST = 'DIGEST',
  /** Claimed by a digest being sent. */
  DIGEST_SENDING = 'DIGEST_SENDING',
  SENT = 'SENT',
}

/**
 * A message to one member: made once per occurrence (`occurrenceKey`, unique per recipient, e.g.
 * `COMPLAINT_RESOLUTION_OVERDUE:<complaint id>:<due date>`), rendered in the member's language when read.
 */
@ObjectType({ description: 'A reminder for the signed-in member, in their language.' })
@Entity()
@Index(['recipientId', 'occurrenceKey'], { unique: true })
@Index(['organizationId', 'recipientId', 'createdAt', 'id'])
@Index('ix_notification_unread', ['recipientId'], { where: `"read_at" IS NULL` })
export class Notification extends TenantEntity {
  @Column('uuid')
  recipientId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  recipient?: User;

  @Field(() => NotificationKind)
  @Column('text')
  kind: NotificationKind;

  @Field({ description: 'The kind of record it is about: Complaint, CorrectiveAction, TrainingRecord, CodeVersion, Kpi, DisputesCase.' })
  @Column('text')
  subjectType: string;

  @Field(() => ID)
  @Column('uuid')
  subjectId: string;

  @Column('text')
  occurrenceKey: string;

  /** What the message names (a reference, a title, a date): never a complainant's personal data. */
  @Column('jsonb', { default: () => "'{}'" })
  params: Record<string, string | number>;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  readAt: Date | null;

  @Column('text', { default: EmailStatus.NONE })
  emailStatus: EmailStatus;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  emailedAt: Date | null;
}

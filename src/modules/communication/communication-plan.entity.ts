import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { VersionedEntity } from '../../common/tenancy';
import { oneOf } from '../../common/db-checks';
import { User } from '../user';
import { CodeVersion } from '../code';

/** Whom a code must be visible and accessible to (ISO 10001 guiding principles). */
export enum CommunicationAudience {
  CUSTOMERS = 'CUSTOMERS',
  EMPLOYEES = 'EMPLOYEES',
  CLIENTS = 'CLIENTS',
  PARTNERS = 'PARTNERS',
  PUBLIC = 'PUBLIC',
}

export enum CommunicationChannel {
  WEBSITE = 'WEBSITE',
  CUSTOMER_PORTAL = 'CUSTOMER_PORTAL',
  LETTER = 'LETTER',
  EMAIL = 'EMAIL',
  PHONE_SCRIPT = 'PHONE_SCRIPT',
  INTRANET = 'INTRANET',
  TRAINING_SESSION = 'TRAINING_SESSION',
  MEETING = 'MEETING',
  SOCIAL_MEDIA = 'SOCIAL_MEDIA',
  PRINTED_MATERIAL = 'PRINTED_MATERIAL',
  OTHER = 'OTHER',
}

export enum CommunicationFrequency {
  ONCE = 'ONCE',
  CONTINUOUS = 'CONTINUOUS',
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  YEARLY = 'YEARLY',
}

export enum CommunicationPlanStatus {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

registerEnumType(CommunicationAudience, { name: 'CommunicationAudience' });
registerEnumType(CommunicationChannel, { name: 'CommunicationChannel' });
registerEnumType(CommunicationFrequency, { name: 'CommunicationFrequency', description: 'How often the message goes out (CONTINUOUS: always on display, e.g. a web page).' });
registerEnumType(CommunicationPlanStatus, { name: 'CommunicationPlanStatus', description: 'PLANNED → DONE (with evidence) or CANCELLED.' });

/**
 * How a code version is made known to one audience: through which channel, with what message,
 * when; once executed, the evidence that it was.
 */
@ObjectType({ description: 'How a code version is brought to one audience, and the evidence that it was.' })
@Entity()
@Index(['codeVersionId', 'audience'])
@Index(['organizationId', 'plannedOn', 'id'])
@Check('chk_communication_plan_audience', oneOf('audience', CommunicationAudience))
@Check('chk_communication_plan_channel', oneOf('channel', CommunicationChannel))
@Check('chk_communication_plan_frequency', oneOf('frequency', CommunicationFrequency))
@Check('chk_communication_plan_status', oneOf('status', CommunicationPlanStatus))
@Check('chk_communication_plan_done', `("status" = '${CommunicationPlanStatus.DONE}') = ("executed_on" IS NOT NULL AND "evidence" IS NOT NULL)`)
export class CommunicationPlan extends VersionedEntity {
  @Column('uuid')
  codeVersionId: string;

  @ManyToOne(() => CodeVersion, { onDelete: 'CASCADE' })
  @JoinColumn()
  codeVersion?: CodeVersion;

  @Field(() => CommunicationAudience)
  @Column('text')
  audience: CommunicationAudience;

  @Field(() => CommunicationChannel)
  @Column('text')
  channel: CommunicationChannel;

  @Field({ description: 'What is communicated.' })
  @Column('text')
  message: string;

  @Field(() => CommunicationFrequency)
  @Column('text')
  frequency: CommunicationFrequency;

  @Column('uuid', { nullable: true })
  ownerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  owner?: User | null;

  @Field(() => LocalDateResolver)
  @Column('date')
  plannedOn: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @Column('date', { nullable: true })
  executedOn: string | null;

  @Field(() => CommunicationPlanStatus)
  @Column('text', { default: CommunicationPlanStatus.PLANNED })
  status: CommunicationPlanStatus;

  @Field(() => String, { nullable: true, description: 'Proof of execution: a link, document or screenshot reference.' })
  @Column('text', { nullable: true })
  evidence: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  cancellationReason: string | null;
}

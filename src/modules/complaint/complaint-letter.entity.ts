import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../common/tenancy';
import { PersonalData } from '../../common/personal-data';
import { ReadableBy } from '../../auth/read-policy';
import { PERMISSIONS } from '../../common/permissions';
import { User } from '../user';
import { Complaint } from './complaint.entity';
import { LetterKind } from './letter-rendering';
import { LetterTemplate } from './letter-template.entity';

export enum LetterChannel {
  EMAIL = 'EMAIL',
  POST = 'POST',
  PORTAL = 'PORTAL',
  HAND_DELIVERED = 'HAND_DELIVERED',
}
registerEnumType(LetterChannel, { name: 'LetterChannel', description: 'How a letter reached the complainant.' });

const values = (e: object) => Object.values(e).map((v) => `'${v}'`).join(',');

/**
 * A letter sent to the complainant, as sent: never changed afterwards (anonymisation erases its
 * text, which names the complainant). Recorded with the lifecycle step it belongs to (the timeline
 * entry names it): the acknowledgement with RECEIVED → ACKNOWLEDGED, the decision with IN_PROGRESS → RESOLVED,
 * an extension with the DEADLINE_EXTENDED entry.
 */
@ObjectType({ description: 'A letter sent to the complainant, with the exact text sent.' })
@Entity()
@Index(['complaintId', 'sentAt'])
@Check('chk_complaint_letter_kind', `"kind" IN (${values(LetterKind)})`)
@Check('chk_complaint_letter_channel', `"channel" IN (${values(LetterChannel)})`)
export class ComplaintLetter extends TenantEntity {
  @Column('uuid')
  complaintId: string;

  @ManyToOne(() => Complaint, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  complaint?: Complaint;

  @Field(() => LetterKind)
  @Column('text')
  kind: LetterKind;

  @Field({ description: 'BCP 47 language tag of the letter.' })
  @Column('text')
  language: string;

  @Field(() => LetterChannel)
  @Column('text')
  channel: LetterChannel;

  @Field({ description: 'When the letter was sent.' })
  @Column({ type: 'timestamptz', precision: 3 })
  sentAt: Date;

  @Field(() => String, { nullable: true, description: 'Subject line as sent. Personal data: null unless the caller is a COMPLAINT_OFFICER or QUALITY_MANAGER; erased by anonymisation.' })
  @ReadableBy(PERMISSIONS.readPersonalData, null)
  @Column('text', { nullable: true })
  @PersonalData()
  subject: string | null;

  @Field(() => String, { nullable: true, description: 'The exact text sent. Personal data: null unless the caller is a COMPLAINT_OFFICER or QUALITY_MANAGER; erased by anonymisation.' })
  @ReadableBy(PERMISSIONS.readPersonalData, null)
  @Column('text', { nullable: true })
  @PersonalData()
  body: string | null;

  @Field({ description: 'Whether the officer edited the text generated from the template (or wrote it without one).' })
  @Column('boolean')
  edited: boolean;

  /** The template it was generated from; null when written by hand or the template was deleted since. */
  @Column('uuid', { nullable: true })
  templateId: string | null;

  @ManyToOne(() => LetterTemplate, { onDelete: 'SET NULL' })
  @JoinColumn()
  template?: LetterTemplate | null;

  /** The disputes body a decision letter names (the disputes module's body). */
  @Column('uuid', { nullable: true })
  disputesBodyId: string | null;

  @Column('uuid', { nullable: true })
  sentById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  sentBy?: User | null;
}

import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../common/tenancy';
import { PersonalData } from '../../common/personal-data';
import { ReadableBy } from '../../auth/read-policy';
import { PERMISSIONS } from '../../common/permissions';
import { User } from '../user';
import { Complaint, ComplaintStatus } from './complaint.entity';
import { ComplaintLetter } from './complaint-letter.entity';

export enum ComplaintTimelineEventKind {
  STATUS_CHANGED = 'STATUS_CHANGED',
  REOPENED = 'REOPENED',
  DEADLINE_EXTENDED = 'DEADLINE_EXTENDED',
  PAUSED = 'PAUSED',
  RESUMED = 'RESUMED',
  EMPLOYEE_INFORMED = 'EMPLOYEE_INFORMED',
}
registerEnumType(ComplaintTimelineEventKind, {
  name: 'ComplaintTimelineEventKind',
  description: 'What a timeline entry records; entries that change no status have `from` equal to `to`.',
  valuesConfig: {
    STATUS_CHANGED: { description: 'A step of the lifecycle (the receipt included).' },
    REOPENED: { description: 'A CLOSED complaint reopened (CLOSED → IN_PROGRESS), with the reason.' },
    DEADLINE_EXTENDED: { description: 'The resolution term extended: the reason (as told to the complainant) and the new working deadline.' },
    PAUSED: { description: 'Handling paused, waiting for the complainant.' },
    RESUMED: { description: 'Handling resumed; the new working deadline.' },
    EMPLOYEE_INFORMED: { description: 'The employee concerned was informed of the complaint.' },
  },
});

/** One step in the handling of a complaint: who moved it from which status to which, and why. */
@ObjectType({ description: 'One step in the handling of a complaint.' })
@Entity()
@Index(['complaintId', 'at'])
@Check('chk_complaint_timeline_entry_kind', `"kind" IN (${Object.values(ComplaintTimelineEventKind).map((v) => `'${v}'`).join(',')})`)
export class ComplaintTimelineEntry extends TenantEntity {
  @Column('uuid')
  complaintId: string;

  @ManyToOne(() => Complaint, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  complaint?: Complaint;

  /** Null for a complaint received through the public form. */
  @Column('uuid', { nullable: true })
  actorId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  actor?: User | null;

  @Field()
  @Column({ type: 'timestamptz', precision: 3 })
  at: Date;

  @Field(() => ComplaintTimelineEventKind)
  @Column('text', { default: ComplaintTimelineEventKind.STATUS_CHANGED })
  kind: ComplaintTimelineEventKind;

  @Field(() => Date, { nullable: true, description: 'For DEADLINE_EXTENDED and RESUMED: the new working resolution deadline.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  dueAt: Date | null;

  @Field(() => ComplaintStatus, { nullable: true, description: 'Null for the receipt itself.' })
  @Column('text', { name: 'from_status', nullable: true })
  from: ComplaintStatus | null;

  @Field(() => ComplaintStatus)
  @Column('text', { name: 'to_status' })
  to: ComplaintStatus;

  @Field(() => String, {
    nullable: true,
    description: 'Why, in the words of the person who took the step. May name the complainant, so personal data: null unless the caller is a COMPLAINT_OFFICER or QUALITY_MANAGER; erased when the complaint is anonymised.',
  })
  @ReadableBy(PERMISSIONS.readPersonalData, null)
  @Column('text', { nullable: true })
  @PersonalData()
  note: string | null;

  /** The letter sent with this step (the acknowledgement, the decision), if any. */
  @Column('uuid', { nullable: true })
  letterId: string | null;

  @ManyToOne(() => ComplaintLetter, { onDelete: 'SET NULL' })
  @JoinColumn()
  letter?: ComplaintLetter | null;
}

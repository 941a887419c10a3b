import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenancy';
import { PersonalData } from '../../common/personal-data';
import { ReadableBy } from '../../auth/read-policy';
import { PERMISSIONS } from '../../common/permissions';
import { User } from '../user';
import { Complaint, ComplaintStatus } from './complaint.entity';
import { ComplaintLetter } from './complaint-letter.entity';

/** One step in the handling of a complaint: who moved it from which status to which, and why. */
@ObjectType({ description: 'One step in the handling of a complaint.' })
@Entity()
@Index(['complaintId', 'at'])
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

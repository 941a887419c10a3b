import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../common/tenancy';
import { CodePromise } from '../code';
import { Complaint } from './complaint.entity';

/** A promise a complaint concerns. A promise with complaints cannot be deleted. */
@Entity()
@Index(['complaintId', 'promiseId'], { unique: true })
// Complaints about a promise lineage: from the lineage's promise ids to the complaint ids, index only.
@Index('idx_complaint_promise_promise_complaint', ['promiseId', 'complaintId'])
// The complaints about a promise, newest first: (promise, received_at DESC, complaint DESC), migration ComplaintLinkReceivedAt.
@Index('idx_complaint_promise_promise_received', { synchronize: false })
export class ComplaintPromise extends TenantEntity {
  @Column('uuid')
  complaintId: string;

  @ManyToOne(() => Complaint, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  complaint?: Complaint;

  @Column('uuid')
  promiseId: string;

  /** The complaint's time of receipt, set by the database (triggers of migration ComplaintLinkReceivedAt); never written here. */
  @Column({ type: 'timestamptz', precision: 3, insert: false, update: false, select: false })
  receivedAt?: Date;

  @ManyToOne(() => CodePromise, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  promise?: CodePromise;
}

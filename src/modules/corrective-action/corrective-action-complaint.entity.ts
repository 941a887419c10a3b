import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../common/tenancy';
import { Complaint } from '../complaint';
import { CorrectiveAction } from './corrective-action.entity';

/** A complaint a corrective action answers. */
@Entity()
@Index(['correctiveActionId', 'complaintId'], { unique: true })
export class CorrectiveActionComplaint extends TenantEntity {
  @Column('uuid')
  correctiveActionId: string;

  @ManyToOne(() => CorrectiveAction, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  correctiveAction?: CorrectiveAction;

  @Index()
  @Column('uuid')
  complaintId: string;

  @ManyToOne(() => Complaint, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  complaint?: Complaint;
}

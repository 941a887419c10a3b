import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../common/tenancy';
import { CorrectiveAction } from '../corrective-action';
import { ManagementReview } from './management-review.entity';

/** A preventive action decided in a management review. */
@Entity()
@Index(['managementReviewId', 'correctiveActionId'], { unique: true })
export class ManagementReviewPreventiveAction extends TenantEntity {
  @Column('uuid')
  managementReviewId: string;

  @ManyToOne(() => ManagementReview, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  managementReview?: ManagementReview;

  @Index()
  @Column('uuid')
  correctiveActionId: string;

  @ManyToOne(() => CorrectiveAction, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  correctiveAction?: CorrectiveAction;
}

import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../common/tenancy';
import { CodePromise } from '../code';
import { NormRequirement } from './norm-requirement.entity';

/**
 * A promise serves a norm requirement. Belongs to the promise's code version: a new draft copies
 * its links, and only a draft's links change.
 */
@Entity()
@Index(['promiseId', 'requirementId'], { unique: true })
export class PromiseRequirement extends TenantEntity {
  @Column('uuid')
  promiseId: string;

  @ManyToOne(() => CodePromise, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  promise?: CodePromise;

  @Index()
  @Column('uuid')
  requirementId: string;

  @ManyToOne(() => NormRequirement, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  requirement?: NormRequirement;
}

import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ObjectType } from 'type-graphql';
import { TenantEntity } from '../../common/tenancy';
import { Kpi } from './kpi.entity';

/**
 * "Improving the cause improves the effect": an edge of the organisation's KPI graph, which the
 * service keeps acyclic.
 */
@ObjectType({ description: 'A cause → effect relation between two KPIs.' })
@Entity()
@Index(['causeId', 'effectId'], { unique: true })
@Check('chk_kpi_link_not_self', '"cause_id" <> "effect_id"')
export class KpiLink extends TenantEntity {
  @Column('uuid')
  causeId: string;

  @ManyToOne(() => Kpi, { onDelete: 'CASCADE' })
  @JoinColumn()
  cause?: Kpi;

  @Index()
  @Column('uuid')
  effectId: string;

  @ManyToOne(() => Kpi, { onDelete: 'CASCADE' })
  @JoinColumn()
  effect?: Kpi;
}

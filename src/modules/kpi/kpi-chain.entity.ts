import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../../common/tenancy';
import { User } from '../user';

/** Most active KPIs a chain may hold (KPI roundtable: no more than 12–15 per chain). */
export const MAX_KPIS_PER_CHAIN = 15;
/** From this many active KPIs on, a chain carries a capacity warning. */
export const KPI_WARNING_FROM = 12;

/**
 * A customer chain (samenwerkingsketen): the departments and partners that together deliver a
 * result to customers, steered by one small set of KPIs.
 */
@ObjectType({ description: `A customer chain grouping the KPIs that steer it (at most ${MAX_KPIS_PER_CHAIN} active KPIs).` })
@Entity()
@Index(['organizationId', 'name'], { unique: true })
export class KpiChain extends VersionedEntity {
  @Field()
  @Column('text')
  name: string;

  @Field({ description: 'Who works together in the chain and for which customers.' })
  @Column('text', { default: '' })
  description: string;

  @Column('uuid', { nullable: true })
  ownerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  owner?: User | null;
}

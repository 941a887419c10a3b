import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Float, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { VersionedEntity } from '../../common/tenancy';
import { finite } from '../../common/db-checks';
import { User } from '../user';
import { Kpi } from './kpi.entity';

/**
 * The value of a KPI over one period of its frequency. One per KPI and period (the database
 * enforces it); a later value for the same period is a correction, and the audit trail keeps the
 * value it replaced.
 */
@ObjectType({ description: 'The value of a KPI over one period.' })
@Entity()
@Index(['kpiId', 'periodStart', 'periodEnd'], { unique: true })
@Check('chk_kpi_measurement_period', '"period_end" >= "period_start"')
@Check('chk_kpi_measurement_value_finite', finite('value'))
export class KpiMeasurement extends VersionedEntity {
  @Column('uuid')
  kpiId: string;

  @ManyToOne(() => Kpi, { onDelete: 'CASCADE' })
  @JoinColumn()
  kpi?: Kpi;

  @Field(() => LocalDateResolver, { description: 'First day of the period.' })
  @Column('date')
  periodStart: string;

  @Field(() => LocalDateResolver, { description: 'Last day of the period (included).' })
  @Column('date')
  periodEnd: string;

  @Field(() => Float)
  @Column('float8')
  value: number;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note: string | null;

  @Column('uuid', { nullable: true })
  recordedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  recordedBy?: User | null;

  @Field(() => Boolean, { description: 'True when the value was corrected after it was first recorded (the audit trail has the earlier values).' })
  get corrected(): boolean {
    return this.version > 1;
  }
}

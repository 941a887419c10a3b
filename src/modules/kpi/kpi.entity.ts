import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { VersionedEntity } from '../../common/tenancy';
import { finite, oneOf } from '../../common/db-checks';
import { User } from '../user';
import { Code } from '../code';
import { KpiChain } from './kpi-chain.entity';
import { KpiFrequency } from './kpi-period';
import { KpiDirection, KpiStatus, KpiTrend } from './kpi-status';
import { KpiUnit } from './kpi-unit';

/** The three kinds of the KPI roundtable, linked by cause and effect. */
export enum KpiKind {
  RESULT = 'RESULT',
  CHAIN = 'CHAIN',
  PROCESS = 'PROCESS',
}

registerEnumType(KpiKind, {
  name: 'KpiKind',
  valuesConfig: {
    RESULT: { description: 'Derived from the goals the organisation has set itself (winning the championship).' },
    CHAIN: { description: 'Derived from what customers and other stakeholders expect of the chain (winning every match together).' },
    PROCESS: { description: 'Fits a chain KPI: what each step must do (conceding no goals).' },
  },
});
registerEnumType(KpiDirection, { name: 'KpiDirection' });
registerEnumType(KpiFrequency, { name: 'KpiFrequency', description: 'Each measurement covers one such calendar period (weeks are ISO weeks, Monday to Sunday).' });
registerEnumType(KpiUnit, { name: 'KpiUnit', description: 'PERCENT 0–100; COUNT whole and not negative; RATIO and durations not negative; SCORE and amounts any finite number.' });
registerEnumType(KpiStatus, { name: 'KpiStatus' });
registerEnumType(KpiTrend, { name: 'KpiTrend' });

/**
 * A key performance indicator of a promise lineage (`codeId` + `promiseKey`), so it carries over
 * to every version of the code, grouped in a chain. Archived KPIs keep their measurements and no
 * longer count towards the chain's limit.
 */
@ObjectType({ description: 'A key performance indicator of a promise, in a customer chain.' })
@Entity()
@Index(['chainId', 'name'], { unique: true })
@Index(['organizationId', 'codeId', 'promiseKey'])
@Index(['organizationId', 'name', 'id'])
@Check('chk_kpi_kind', oneOf('kind', KpiKind))
@Check('chk_kpi_unit', oneOf('unit', KpiUnit))
@Check('chk_kpi_direction', oneOf('direction', KpiDirection))
@Check('chk_kpi_frequency', oneOf('frequency', KpiFrequency))
@Check('chk_kpi_target_finite', finite('target'))
@Check('chk_kpi_threshold_finite', finite('threshold'))
export class Kpi extends VersionedEntity {
  @Column('uuid')
  chainId: string;

  @ManyToOne(() => KpiChain)
  @JoinColumn()
  chain?: KpiChain;

  @Column('uuid')
  codeId: string;

  @ManyToOne(() => Code)
  @JoinColumn()
  code?: Code;

  @Field({ description: 'The promise lineage within the code (e.g. `P3`): the KPI follows it across versions.' })
  @Column('text')
  promiseKey: string;

  @Field(() => KpiKind)
  @Column('text')
  kind: KpiKind;

  @Field()
  @Column('text')
  name: string;

  @Field({ description: 'How the value is measured, from which source.' })
  @Column('text', { default: '' })
  description: string;

  @Field(() => KpiUnit)
  @Column('text')
  unit: KpiUnit;

  @Field(() => KpiDirection)
  @Column('text')
  direction: KpiDirection;

  @Field(() => Float, { description: 'The value aimed at: at or beyond it the KPI is ON_TRACK.' })
  @Column('float8')
  target: number;

  @Field(() => Float, { description: 'The edge of acceptable: between it and the target the KPI is AT_RISK, beyond it OFF_TRACK.' })
  @Column('float8')
  threshold: number;

  @Field(() => KpiFrequency)
  @Column('text')
  frequency: KpiFrequency;

  @Column('uuid', { nullable: true })
  ownerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  owner?: User | null;

  @Field(() => Date, { nullable: true, description: 'When the KPI was archived; archived KPIs keep their history.' })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  archivedAt: Date | null;

  @Field(() => Boolean)
  get archived(): boolean {
    return this.archivedAt !== null;
  }
}

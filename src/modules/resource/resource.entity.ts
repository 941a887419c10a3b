import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type ValueTransformer } from 'typeorm';
import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { VersionedEntity } from '../../common/tenancy';
import { oneOf } from '../../common/db-checks';
import { User } from '../user';
import { Code, CodeVersion, CodePromise } from '../code';
import { ResourceKind, ResourceUnit, UNITS_BY_KIND } from './resource-kind';

registerEnumType(ResourceKind, { name: 'ResourceKind' });
registerEnumType(ResourceUnit, {
  name: 'ResourceUnit',
  description: `Units per kind: ${Object.entries(UNITS_BY_KIND).filter(([k]) => k !== ResourceKind.OTHER).map(([k, units]) => `${k} ${units.join('/')}`).join('; ')}; OTHER any.`,
});

/** `numeric` comes back from PostgreSQL as a string, to keep its precision; quantities fit a double. */
const numeric: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * A resource committed to a code version, or to one promise of it: people, budget, systems,
 * training or time, over a period (open-ended when it has no end).
 */
@ObjectType({ description: 'What the organisation commits to a code version or one of its promises.' })
@Entity()
@Index(['organizationId', 'codeId', 'kind'])
@Index(['organizationId', 'periodStart', 'id'])
@Check('chk_resource_kind', oneOf('kind', ResourceKind))
@Check('chk_resource_unit', oneOf('unit', ResourceUnit))
@Check('chk_resource_quantity', '"quantity" >= 0')
@Check('chk_resource_period', '"period_end" >= "period_start"')
export class Resource extends VersionedEntity {
  /** Denormalised from the version, so totals per code need no join. */
  @Column('uuid')
  codeId: string;

  @ManyToOne(() => Code)
  @JoinColumn()
  code?: Code;

  @Index()
  @Column('uuid')
  codeVersionId: string;

  @ManyToOne(() => CodeVersion, { onDelete: 'CASCADE' })
  @JoinColumn()
  codeVersion?: CodeVersion;

  @Index()
  @Column('uuid', { nullable: true })
  promiseId: string | null;

  @ManyToOne(() => CodePromise, { onDelete: 'CASCADE' })
  @JoinColumn()
  promise?: CodePromise | null;

  @Field(() => ResourceKind)
  @Column('text')
  kind: ResourceKind;

  @Field()
  @Column('text')
  description: string;

  @Field(() => Float)
  @Column('numeric', { precision: 15, scale: 3, transformer: numeric })
  quantity: number;

  @Field(() => ResourceUnit)
  @Column('text')
  unit: ResourceUnit;

  @Field(() => LocalDateResolver)
  @Column('date')
  periodStart: string;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day (included); null: open-ended.' })
  @Column('date', { nullable: true })
  periodEnd: string | null;

  @Column('uuid', { nullable: true })
  ownerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  owner?: User | null;
}

import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../../common/tenancy';
import { User } from '../user';

/** A customer-satisfaction code of conduct (ISO 10001): a named set of promises, versioned. */
@ObjectType({ description: 'A customer-satisfaction code of conduct (ISO 10001).' })
@Entity()
@Index(['organizationId', 'key'], { unique: true })
export class Code extends VersionedEntity {
  @Field({ description: 'Stable identifier, unique in the organisation (used in public URLs).' })
  @Column('text')
  key: string;

  @Field()
  @Column('text')
  title: string;

  @Field({ description: 'Whom and what the code covers.' })
  @Column('text', { default: '' })
  scope: string;

  @Column('uuid', { nullable: true })
  ownerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  owner?: User | null;
}

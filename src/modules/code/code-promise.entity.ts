import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../../common/tenancy';
import { Code } from './code.entity';
import { CodeVersion } from './code-version.entity';
import { User } from '../user';

/**
 * Most promises one code version may hold: a customer-satisfaction code states a handful of
 * promises, and this hard cap bounds every list of a version's promises (and the query cost).
 */
export const MAX_PROMISES_PER_VERSION = 50;

/**
 * A promise to customers within one code version. Its `key` (e.g. `P3`) is the promise's lineage:
 * it stays the same across versions, so KPIs and complaints follow a promise from version to version.
 * (Not called `Promise`: that would shadow the built-in.)
 */
@ObjectType('CodePromise', { description: 'A promise made to customers in one version of a code.' })
@Entity({ name: 'code_promise' })
@Index(['codeVersionId', 'key'], { unique: true })
@Index(['codeId', 'key'])
export class CodePromise extends VersionedEntity {
  @Index()
  @Column('uuid')
  codeVersionId: string;

  @ManyToOne(() => CodeVersion, { onDelete: 'CASCADE' })
  @JoinColumn()
  codeVersion?: CodeVersion;

  /** Denormalised from the version: the promise lineage is (codeId, key). */
  @Column('uuid')
  codeId: string;

  @ManyToOne(() => Code, { onDelete: 'CASCADE' })
  @JoinColumn()
  code?: Code;

  @Field({ description: 'Stable across versions, e.g. `P3`.' })
  @Column('text')
  key: string;

  @Field()
  @Column('text')
  title: string;

  @Field({ description: 'The promise as customers read it.' })
  @Column('text')
  text: string;

  @Field(() => String, { nullable: true, description: 'Why the organisation makes this promise.' })
  @Column('text', { nullable: true })
  rationale: string | null;

  @Column('uuid', { nullable: true })
  ownerId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  owner?: User | null;

  @Field(() => Int, { description: 'Order within the version.' })
  @Column('int', { default: 0 })
  position: number;

  @Field(() => String, { nullable: true, description: 'Notes for the team; never published.' })
  @Column('text', { nullable: true })
  internalNotes: string | null;
}

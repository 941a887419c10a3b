import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Organization } from './organization.entity';

/** One change made through the API. Append-only: the database refuses UPDATE, DELETE and TRUNCATE. */
@ObjectType({ description: 'An append-only record of one change: who did what to which record, and what changed.' })
@Entity()
// The trail newest first (keyset on at + id), for each filter the auditEvents query offers.
@Index(['organizationId', 'at', 'id'])
@Index(['organizationId', 'entityId', 'at', 'id'])
@Index(['organizationId', 'entityType', 'at', 'id'])
@Index(['organizationId', 'actorId', 'at', 'id'])
@Index(['organizationId', 'action', 'at', 'id'])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  organization?: Organization;

  @Field(() => ID, { nullable: true, description: 'Id of the member who made the change (null for public operations and command-line tools); `actor` is the member.' })
  @Column('uuid', { nullable: true })
  actorId: string | null;

  @Field(() => [String], { description: 'Roles the actor held at the time.' })
  @Column('text', { array: true, default: () => "'{}'" })
  actorRoles: string[];

  @Field({ description: 'What happened, e.g. `CodeVersion.approved`.' })
  @Column('text')
  action: string;

  @Field()
  @Column('text')
  entityType: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  entityId: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Changed fields as `{ field: { from, to } }`; personal data is never included.' })
  @Column('jsonb', { default: () => "'{}'" })
  changes: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Request id of the HTTP request (matches the logs).' })
  @Column('text', { nullable: true })
  requestId: string | null;

  @Field()
  @Column({ type: 'timestamptz', precision: 3, default: () => 'clock_timestamp()' })
  at: Date;
}

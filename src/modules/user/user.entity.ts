import { Column, Entity, Index } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { Role } from '../../auth/roles';
import { VersionedEntity } from '../../common/tenancy';

/** A member of one organisation. Token subjects (`sub`) are user ids. */
@ObjectType({ description: 'A member of the organisation.' })
@Entity({ name: 'app_user' })
@Index(['organizationId', 'email'], { unique: true })
export class User extends VersionedEntity {
  @Field()
  @Column('text')
  name: string;

  @Field()
  @Column('text')
  email: string;

  @Field(() => [Role])
  @Column('text', { array: true })
  roles: Role[];

  @Field({ description: 'Inactive users keep their history but can no longer be chosen as owner or handler.' })
  @Column('boolean', { default: true })
  active: boolean;
}

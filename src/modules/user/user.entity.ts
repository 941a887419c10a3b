import { Column, Entity, Index } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { Role } from '../../common/roles';
import { VersionedEntity } from '../../common/tenancy';
import { EmailNotifications, Language } from './preferences';

/**
 * A member of one organisation: the identity behind every token. A token counts only for an active
 * member of the organisation it names; its subject is the member's id (tokens this service signs)
 * or the member's `externalSubject` (tokens of an OIDC provider).
 */
@ObjectType({ description: 'A member of the organisation.' })
@Entity({ name: 'app_user' })
@Index(['organizationId', 'email'], { unique: true })
@Index(['organizationId', 'name', 'id'])
@Index('uq_app_user_external_subject', ['organizationId', 'externalSubject'], { unique: true, where: `"external_subject" IS NOT NULL` })
export class User extends VersionedEntity {
  @Field()
  @Column('text')
  name: string;

  @Field()
  @Column('text')
  email: string;

  @Field(() => String, {
    nullable: true,
    description: "The member's subject at the organisation's OIDC provider (the token's subject claim); unique in the organisation.",
  })
  @Column('text', { nullable: true })
  externalSubject: string | null;

  @Field(() => [Role])
  @Column('text', { array: true })
  roles: Role[];

  @Field({ description: 'Inactive users keep their history but can no longer sign in or be chosen as owner or handler.' })
  @Column('boolean', { default: true })
  active: boolean;

  @Field(() => Language, { description: 'The language notifications and e-mail are written in.' })
  @Column('text', { default: Language.NL })
  language: Language;

  @Field(() => EmailNotifications)
  @Column('text', { default: EmailNotifications.IMMEDIATE })
  emailNotifications: EmailNotifications;
}

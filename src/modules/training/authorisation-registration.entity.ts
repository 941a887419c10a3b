import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { VersionedEntity } from '../../common/tenancy';
import { oneOf } from '../../common/db-checks';
import { Lifecycle } from '../../common/lifecycle';
import { User } from '../user';

/** Where a person stands in FinAut's register (FinAut grants and registers the authorisation; the service records it). */
export enum AuthorisationRegisterStatus {
  NOT_APPLIED = 'NOT_APPLIED',
  APPLIED = 'APPLIED',
  AUTHORISED = 'AUTHORISED',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
}
registerEnumType(AuthorisationRegisterStatus, {
  name: 'AuthorisationRegisterStatus',
  description: "The person's status in FinAut's register, as a manager recorded it: NOT_APPLIED → APPLIED → AUTHORISED (with the register number) ⇄ SUSPENDED → REVOKED.",
});

const S = AuthorisationRegisterStatus;
/** The register statuses a manager may record after each one. */
export const REGISTER_LIFECYCLE = new Lifecycle<AuthorisationRegisterStatus>('AuthorisationRegistration', {
  [S.NOT_APPLIED]: [S.APPLIED],
  [S.APPLIED]: [S.AUTHORISED, S.NOT_APPLIED],
  [S.AUTHORISED]: [S.SUSPENDED, S.REVOKED],
  [S.SUSPENDED]: [S.AUTHORISED, S.REVOKED],
  [S.REVOKED]: [S.APPLIED],
});

/**
 * A person's authorisation file: the relevant professional practice documented (months) and the
 * register status FinAut gave, recorded by a manager (every change audited).
 */
@ObjectType({ description: "A person's FinAut authorisation file: documented relevant practice and the register status." })
@Entity()
@Index(['organizationId', 'personId'], { unique: true })
@Check('chk_authorisation_registration_status', oneOf('register_status', AuthorisationRegisterStatus))
@Check('chk_authorisation_registration_practice', '"practice_months" BETWEEN 0 AND 600')
@Check('chk_authorisation_registration_number', `NOT ("register_status" IN ('AUTHORISED', 'SUSPENDED') AND "register_number" IS NULL)`)
export class AuthorisationRegistration extends VersionedEntity {
  @Column('uuid')
  personId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  person?: User;

  @Field(() => Int, { description: 'Months of relevant professional practice documented (yrkesrelevant praksis).' })
  @Column('int', { default: 0 })
  practiceMonths: number;

  @Field(() => AuthorisationRegisterStatus)
  @Column('text', { default: AuthorisationRegisterStatus.NOT_APPLIED })
  registerStatus: AuthorisationRegisterStatus;

  @Field(() => String, { nullable: true, description: "FinAut's register number (required once AUTHORISED)." })
  @Column('text', { nullable: true })
  registerNumber: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'When the register status took effect.' })
  @Column('date', { nullable: true })
  registerStatusSince: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  note: string | null;
}

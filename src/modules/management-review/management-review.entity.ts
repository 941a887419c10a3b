import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { VersionedEntity } from '../../common/tenancy';
import { oneOf } from '../../common/db-checks';
import { User } from '../user';
import { ComplaintAnalysis, FIRST_YEAR, LAST_YEAR } from '../monitoring';

export enum ManagementReviewStatus {
  DRAFT = 'DRAFT',
  SIGNED = 'SIGNED',
}
registerEnumType(ManagementReviewStatus, {
  name: 'ManagementReviewStatus',
  valuesConfig: {
    DRAFT: { description: 'Being prepared: title, decisions, preventive actions and the analysis can change.' },
    SIGNED: { description: 'Signed by top management: final, nothing about it changes any more (enforced by the database too).' },
  },
});

/**
 * Top management's review of a year's complaint handling (ISO 10001 clause 8, SRCM): the complaint
 * analysis it was based on, stored as a snapshot so later edits to complaints never change it, the
 * decisions taken and the preventive actions decided. Once signed it is final: the service refuses
 * every change, and a database trigger refuses any UPDATE or DELETE of a signed row and any change
 * to its links.
 */
@ObjectType({ description: "Top management's review of a year of complaint handling, based on a snapshot of the complaint analysis." })
@Entity()
@Index(['organizationId', 'year', 'id'])
@Check('chk_management_review_status', oneOf('status', ManagementReviewStatus))
@Check('chk_management_review_year', `"year" BETWEEN ${FIRST_YEAR} AND ${LAST_YEAR}`)
@Check('chk_management_review_signed', `("status" = 'SIGNED') = ("signed_at" IS NOT NULL)`)
export class ManagementReview extends VersionedEntity {
  @Field(() => Int, { description: 'The calendar year reviewed.' })
  @Column('int')
  year: number;

  @Field()
  @Column('text')
  title: string;

  @Field(() => ManagementReviewStatus)
  @Column('text', { default: ManagementReviewStatus.DRAFT })
  status: ManagementReviewStatus;

  @Field(() => ComplaintAnalysis, { description: 'The complaint analysis of the year as it was when taken (analysisTakenAt); later complaint edits do not change it.' })
  @Column('jsonb')
  analysis: ComplaintAnalysis;

  @Field({ description: 'When the analysis snapshot was taken.' })
  @Column({ type: 'timestamptz', precision: 3 })
  analysisTakenAt: Date;

  @Field(() => [String], { description: 'What top management decided, one item each.' })
  @Column('text', { array: true, default: () => "'{}'" })
  decisions: string[];

  /** The caller's member record when the review was signed (null when the token subject is not a member). */
  @Column('uuid', { nullable: true })
  signedById: string | null;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn()
  signedBy?: User | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  signedAt: Date | null;

  @Column('uuid', { nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  createdBy?: User | null;
}

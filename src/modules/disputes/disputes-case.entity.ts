import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { VersionedEntity } from '../../common/tenancy';
import { Complaint, ComplaintOutcome } from '../complaint';
import { DisputesBody } from './disputes-body.entity';
import { DisputesCaseOrigin, DisputesCaseStatus } from './disputes-rules';

registerEnumType(DisputesCaseStatus, {
  name: 'DisputesCaseStatus',
  description: 'OPEN → RESPONDED → DECIDED → CLOSED (OPEN → DECIDED when the case ends before the response).',
  valuesConfig: {
    OPEN: { description: "Lodged with the body; the organisation's response is due." },
    RESPONDED: { description: 'The organisation responded to the body.' },
    DECIDED: { description: "The body's outcome is known (the complaint is CLOSED); compliance, the answer to advice or the fee refund may be pending." },
    CLOSED: { description: 'Finished: ruling complied with or nothing to comply with, fee refunded when due.' },
  },
});
registerEnumType(DisputesCaseOrigin, {
  name: 'DisputesCaseOrigin',
  valuesConfig: {
    AFTER_RESOLUTION: { description: "After the organisation's decision (the complaint was RESOLVED)." },
    AFTER_CLOSURE: { description: 'After the organisation closed the complaint.' },
    FORWARDED: { description: 'The body forwarded a complaint the organisation never registered.' },
  },
});

const values = (e: object) => Object.values(e).map((v) => `'${v}'`).join(',');

/** Proof that the organisation carried out the ruling (or the settlement). */
@ObjectType({ description: 'Proof that the organisation carried out the ruling or settlement.' })
export class DisputesCaseCompliance {
  @Field(() => LocalDateResolver, { nullable: true, description: 'The day it was carried out.' })
  @Column('date', { nullable: true })
  on: string | null;

  @Field(() => String, { nullable: true, description: 'What was done.' })
  @Column('text', { nullable: true })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'Where the proof is kept (document number, file reference).' })
  @Column('text', { nullable: true })
  documentReference: string | null;
}

/**
 * A complaint before a disputes body: one per complaint. The stages have their deadlines (the
 * organisation's response term from the body's configuration, on the working-day calendar), the
 * outcome closes the complaint, and the case stays open until what the outcome requires is shown
 * done: while it is open the complaint cannot be anonymised.
 */
@ObjectType({ description: 'A complaint before a disputes body.' })
@Entity()
@Index(['complaintId'], { unique: true })
@Index(['organizationId', 'filedAt', 'id'])
@Index(['organizationId', 'status', 'filedAt', 'id'])
@Check('chk_disputes_case_status', `"status" IN (${values(DisputesCaseStatus)})`)
@Check('chk_disputes_case_origin', `"origin" IN (${values(DisputesCaseOrigin)})`)
@Check('chk_disputes_case_outcome', `"outcome" IN (${values(ComplaintOutcome)})`)
export class DisputesCase extends VersionedEntity {
  @Column('uuid')
  complaintId: string;

  @ManyToOne(() => Complaint, { onDelete: 'CASCADE', nullable: false })
  @JoinColumn()
  complaint?: Complaint;

  @Column('uuid')
  bodyId: string;

  @ManyToOne(() => DisputesBody, { onDelete: 'RESTRICT', nullable: false })
  @JoinColumn()
  body?: DisputesBody;

  @Field(() => DisputesCaseOrigin)
  @Column('text')
  origin: DisputesCaseOrigin;

  @Field(() => DisputesCaseStatus)
  @Column('text')
  status: DisputesCaseStatus;

  @Field(() => String, { nullable: true, description: "The body's own case number." })
  @Column('text', { nullable: true })
  bodyReference: string | null;

  @Field({ description: 'When the body notified the organisation of the case.' })
  @Column({ type: 'timestamptz', precision: 3 })
  filedAt: Date;

  @Field(() => Date, { nullable: true, description: "End of the organisation's response term (from the body's configuration, set when the case opened); null when the body sets none." })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  responseDueAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  respondedAt: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the response was on time; null until responded or without a term.' })
  @Column('boolean', { nullable: true })
  respondedOnTime: boolean | null;

  @Field(() => ComplaintOutcome, { nullable: true })
  @Column('text', { nullable: true })
  outcome: ComplaintOutcome | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the outcome binds the organisation: the body's kind when the case opened." })
  @Column('boolean', { nullable: true })
  binding: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'For advice against the organisation: whether it follows the advice; null until it says.' })
  @Column('boolean', { nullable: true })
  adviceFollowed: boolean | null;

  @Field(() => Int, { nullable: true, description: "The complainant's fee in cents when the case opened (the body's fee)." })
  @Column('int', { nullable: true })
  feeCents: number | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  feeCurrency: string | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the fee is to be refunded under the body's rule; null until decided." })
  @Column('boolean', { nullable: true })
  feeRefundDue: boolean | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day the fee was refunded.' })
  @Column('date', { nullable: true })
  feeRefundedOn: string | null;

  @Field(() => DisputesCaseCompliance, { nullable: true })
  @Column(() => DisputesCaseCompliance, { prefix: 'compliance' })
  compliance: DisputesCaseCompliance;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;
}

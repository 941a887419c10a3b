import { Check, Column, Entity, Index } from 'typeorm';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { VersionedEntity } from '../../common/tenancy';
import { DeadlineUnit } from '../../common/organization.entity';
import { DisputesOutcomeKind, FeeRefundRule } from './disputes-rules';

registerEnumType(DisputesOutcomeKind, {
  name: 'DisputesOutcomeKind',
  description: "How a disputes body's outcome weighs on the organisation.",
  valuesConfig: {
    BINDING: { description: 'A binding decision or binding advice (KIGID, IncassoKlacht, De Geschillencommissie).' },
    ADVISORY: { description: 'An advisory statement the organisation may decline to follow (Finansklagenemnda).' },
  },
});
registerEnumType(FeeRefundRule, {
  name: 'FeeRefundRule',
  valuesConfig: {
    NONE: { description: 'No fee, or never refunded.' },
    WHEN_UPHELD: { description: "The complainant's fee is refunded when the complaint is upheld, wholly or partly." },
  },
});

const values = (e: object) => Object.values(e).map((v) => `'${v}'`).join(',');

/**
 * A disputes body the organisation is affiliated with (Wki: an agency must be), as the
 * organisation configured it: presets, never hard-coded truths; `source` says where each fact came from.
 */
@ObjectType({ description: 'A disputes body the organisation is affiliated with, and how it works.' })
@Entity()
@Index(['organizationId', 'name'], { unique: true })
@Index(['organizationId', 'createdAt', 'id'])
// At most one default body per organisation: the one decision letters name.
@Index('idx_disputes_body_default', ['organizationId'], { unique: true, where: '"is_default"' })
@Check('chk_disputes_body_outcome_kind', `"outcome_kind" IN (${values(DisputesOutcomeKind)})`)
@Check('chk_disputes_body_fee_refund_rule', `"fee_refund_rule" IN (${values(FeeRefundRule)})`)
@Check('chk_disputes_body_response_unit', `"response_unit" IN (${values(DeadlineUnit)})`)
@Check('chk_disputes_body_fee', `"fee_cents" >= 0`)
export class DisputesBody extends VersionedEntity {
  @Field({ description: 'e.g. "KIGID", "IncassoKlacht", "De Geschillencommissie", "Finansklagenemnda".' })
  @Column('text')
  name: string;

  @Field(() => DisputesOutcomeKind, {
    nullable: true,
    description: 'Null only for a body recorded with an escalation before disputes bodies were configured: set it.',
  })
  @Column('text', { nullable: true })
  outcomeKind: DisputesOutcomeKind | null;

  @Field(() => Int, { nullable: true, description: "The complainant's fee or deposit in cents; null when unknown." })
  @Column('int', { nullable: true })
  feeCents: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency of the fee, e.g. EUR, NOK.' })
  @Column('text', { nullable: true })
  currency: string | null;

  @Field(() => FeeRefundRule)
  @Column('text', { default: FeeRefundRule.NONE })
  feeRefundRule: FeeRefundRule;

  @Field(() => Int, { nullable: true, description: "The organisation's response term once the body sends it a case; null when the body sets none." })
  @Column('int', { nullable: true })
  responseWithin: number | null;

  @Field(() => DeadlineUnit, { nullable: true })
  @Column('text', { nullable: true })
  responseUnit: DeadlineUnit | null;

  @Field(() => Int, { nullable: true, description: "Within how many months of the organisation's decision a complainant may go to the body." })
  @Column('int', { nullable: true })
  appealWithinMonths: number | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  postalAddress: string | null;

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true, description: 'Where these facts come from (the body’s rules, website, date checked).' })
  @Column('text', { nullable: true })
  source: string | null;

  @Field({ description: 'The body decision letters name unless another is chosen (at most one per organisation).' })
  @Column('boolean', { default: false })
  isDefault: boolean;
}

import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum DeadlineUnit {
  WORKING_DAYS = 'WORKING_DAYS',
  CALENDAR_DAYS = 'CALENDAR_DAYS',
}
registerEnumType(DeadlineUnit, { name: 'DeadlineUnit', description: 'How a complaint deadline counts days.' });

export enum StatutoryRulePack {
  NONE = 'NONE',
  NL_WKI = 'NL_WKI',
  NO_INKASSO = 'NO_INKASSO',
}
registerEnumType(StatutoryRulePack, {
  name: 'StatutoryRulePack',
  description: 'The statutory rules an organisation follows for complaints; its complaint policy may be stricter, never laxer.',
  valuesConfig: {
    NONE: { description: 'No statutory rules: the complaint policy alone.' },
    NL_WKI: { description: 'Netherlands: Wet kwaliteit incassodienstverlening (Wki) and its Besluit (Bki), in force since 1 April 2024.' },
    NO_INKASSO: { description: 'Norway: debt collection (inkasso); disputes body Finansklagenemnda. The reference states no complaint terms or retention period.' },
  },
});

/** How fast complaints must be acknowledged and resolved (stored on each complaint at receipt). */
@ObjectType()
export class ComplaintPolicy {
  @Field(() => Int)
  @Column('int', { default: 4 })
  acknowledgeWithin: number;

  @Field(() => DeadlineUnit)
  @Column('text', { default: DeadlineUnit.WORKING_DAYS })
  acknowledgeUnit: DeadlineUnit;

  @Field(() => Int)
  @Column('int', { default: 14 })
  resolveWithin: number;

  @Field(() => DeadlineUnit)
  @Column('text', { default: DeadlineUnit.CALENDAR_DAYS })
  resolveUnit: DeadlineUnit;
}

/** When a row was created and last changed: every table has both. */
@ObjectType()
export abstract class Timestamped {
  @Field()
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

/** The tenant: everything else belongs to exactly one organisation. */
@ObjectType({ description: 'An organisation running customer-satisfaction codes (the tenant).' })
@Entity()
@Check('chk_organization_statutory_rule_pack', `"statutory_rule_pack" IN ('NONE','NL_WKI','NO_INKASSO')`)
export class Organization extends Timestamped {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({ description: 'Stable public identifier used in public URLs and tokens.' })
  @Column('text', { unique: true })
  slug: string;

  @Field()
  @Column('text')
  name: string;

  @Field({ description: 'IANA time zone in which deadlines are counted.' })
  @Column('text', { default: 'Europe/Amsterdam' })
  timezone: string;

  @Field({ description: 'ISO 3166 country whose public holidays are not working days (NL, NO).' })
  @Column('text', { default: 'NL' })
  holidayCountry: string;

  @Field(() => ComplaintPolicy)
  @Column(() => ComplaintPolicy, { prefix: 'policy' })
  complaintPolicy: ComplaintPolicy;

  @Field(() => StatutoryRulePack, { description: 'The statutory rules its complaint handling follows (see statutoryRules and compliance).' })
  @Column('text', { default: StatutoryRulePack.NONE })
  statutoryRulePack: StatutoryRulePack;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

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

/**
 * The organisation's thresholds of the promise status rule (README, "Monitoring"), and the promise
 * that answers for the timeliness of complaint handling. The defaults are those of the first rule.
 */
@ObjectType({
  description: 'The thresholds by which the promise status is judged, and the promise that answers for complaint-handling timeliness.',
})
export class PromiseStatusPolicy {
  @Field(() => Float, {
    description: 'Upheld share of the complaints decided in the period from which a promise is BROKEN (0.05 to 1; default 0.5).',
  })
  @Column('float8', { default: 0.5 })
  upheldShareBrokenFrom: number;

  @Field(() => Int, {
    description: 'Fewer upheld complaints than this never break a promise (1 to 1000; default 3).',
  })
  @Column('int', { default: 3 })
  upheldComplaintsBrokenFrom: number;

  @Field(() => Float, {
    description: 'Upheld share from which a promise is AT_RISK (0.01 up to upheldShareBrokenFrom; default 0.2).',
  })
  @Column('float8', { default: 0.2 })
  upheldShareAtRiskFrom: number;

  @Field(() => Float, {
    description: 'On-time rate (acknowledgement or resolution) below which a promise is BROKEN (0.5 to 1; default 0.8).',
  })
  @Column('float8', { default: 0.8 })
  onTimeMinimum: number;

  @Field(() => Float, {
    description: 'On-time rate below which a promise is AT_RISK (onTimeMinimum to 1; default 0.9).',
  })
  @Column('float8', { default: 0.9 })
  onTimeTarget: number;

  @Field(() => Int, {
    description: 'Fewer decided (upheld share) or rated (on-time rate) complaints than this are too few to break a promise (1 to 1000; default 3).',
  })
  @Column('int', { default: 3 })
  minimumRated: number;

  @Field(() => String, {
    nullable: true,
    description:
      "Key of the promise that answers for complaint-handling timeliness (on-time rates, overdue complaints) over all complaints about its code; null: each promise answers for its own complaints' handling.",
  })
  @Column('text', { nullable: true })
  handlingPromiseKey: string | null;
}

/**
 * How the organisation runs its satisfaction surveys (ISO 10001 monitoring of satisfaction with the
 * code, cf. ISO 10004): how long a survey link stays valid, how many responses a figure needs before
 * it is shown, and how long respondents' personal data of surveys not tied to a complaint is kept.
 */
@ObjectType({ description: 'How satisfaction surveys run: link validity, minimum sample of a figure, retention of respondent data.' })
export class SurveyPolicy {
  @Field(() => Int, { description: 'Days a survey link stays valid after it was created (1 to 365; default 30).' })
  @Column('int', { default: 30 })
  linkValidDays: number;

  @Field(() => Int, {
    description: 'Responses a customer-perceived figure needs in its period before its average and satisfied share are shown (1 to 1000; default 10).',
  })
  @Column('int', { default: 10 })
  minimumResponses: number;

  @Field(() => Int, {
    description:
      "Days after a survey not tied to a complaint ended (answered or expired) that its respondent's name, e-mail, case reference and comment are kept; the retention run erases them after (1 to 3650; default 90).",
  })
  @Column('int', { default: 90 })
  respondentDataRetentionDays: number;
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
@ObjectType({
  description: 'An organisation running customer-satisfaction codes (the tenant).',
})
@Entity()
@Check('chk_organization_languages', `cardinality("languages") BETWEEN 1 AND 10 AND array_position("languages", NULL) IS NULL`)
@Check('chk_organization_statutory_rule_pack', `"statutory_rule_pack" IN ('NONE','NL_WKI','NO_INKASSO')`)
export class Organization extends Timestamped {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field({
    description: 'Stable public identifier used in public URLs and tokens.',
  })
  @Column('text', { unique: true })
  slug: string;

  @Field()
  @Column('text')
  name: string;

  @Field({ description: 'IANA time zone in which deadlines are counted.' })
  @Column('text', { default: 'Europe/Amsterdam' })
  timezone: string;

  @Field({
    description: 'ISO 3166 country whose public holidays are not working days (NL, NO).',
  })
  @Column('text', { default: 'NL' })
  holidayCountry: string;

  @Field(() => [String], {
    description:
      'BCP 47 tags of the languages the organisation speaks to the public in (codes, complaints, letters); the first is the default. A code version is approved only with its texts in each of them.',
  })
  @Column('text', { array: true, default: () => "'{nl}'" })
  languages: string[];

  @Field(() => ComplaintPolicy)
  @Column(() => ComplaintPolicy, { prefix: 'policy' })
  complaintPolicy: ComplaintPolicy;

  @Field(() => StatutoryRulePack, { description: 'The statutory rules its complaint handling follows (see statutoryRules and compliance).' })
  @Column('text', { default: StatutoryRulePack.NONE })
  statutoryRulePack: StatutoryRulePack;

  @Field(() => Int, { description: 'Months of relevant professional practice a person needs before being put forward for the FinAut authorisation (default 12).' })
  @Column('int', { default: 12 })
  authorisationPracticeMonths: number;

  @Column(() => PromiseStatusPolicy, { prefix: 'status' })
  promiseStatusPolicy: PromiseStatusPolicy;

  @Column(() => SurveyPolicy, { prefix: 'survey' })
  surveyPolicy: SurveyPolicy;

  @Field(() => Int)
  @VersionColumn()
  version: number;
}

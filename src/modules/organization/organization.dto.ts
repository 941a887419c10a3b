import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Max, Min } from 'class-validator';
import { DeadlineUnit, StatutoryRulePack } from '../../common/organization.entity';
import { VersionedUpdateInput } from '../../common/versioned-input';

@InputType()
export class ComplaintPolicyInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(60)
  acknowledgeWithin?: number;

  @Field(() => DeadlineUnit, { nullable: true })
  acknowledgeUnit?: DeadlineUnit;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(365)
  resolveWithin?: number;

  @Field(() => DeadlineUnit, { nullable: true })
  resolveUnit?: DeadlineUnit;
}

@InputType()
export class UpdateOrganizationInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  timezone?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(2, 2)
  holidayCountry?: string;

  @Field(() => [String], {
    nullable: true,
    description:
      'BCP 47 tags, the default first (1 to 10, none twice). Codes in force keep their texts: a language added is served once a version translated into it is published (until then the fallback of publishedCode applies).',
  })
  @IsOptional()
  @ArrayMaxSize(10)
  languages?: string[];

  @Field(() => Int, { nullable: true, description: 'Months of relevant practice the FinAut authorisation needs, 0 to 120.' })
  @IsOptional()
  @Min(0)
  @Max(120)
  authorisationPracticeMonths?: number;

  @Field(() => ComplaintPolicyInput, {
    nullable: true,
    description: 'Applies to complaints received from now on; existing deadlines do not move. A term laxer than the statutory rule pack requires is refused.',
  })
  complaintPolicy?: ComplaintPolicyInput;

  @Field(() => StatutoryRulePack, {
    nullable: true,
    description:
      'The statutory rules to follow. Switching is allowed while the policy is laxer than the new pack: organization.compliance then lists what to fix. Existing deadlines do not move.',
  })
  statutoryRulePack?: StatutoryRulePack;
}

@ObjectType({ description: 'Where a statutory rule comes from.' })
export class RuleSourceInfo {
  @Field()
  law: string;

  @Field(() => String, { nullable: true })
  article: string | null;

  @Field()
  url: string;
}

@ObjectType({ description: 'A term a statutory rule sets.' })
export class StatutoryTerm {
  @Field(() => Int)
  within: number;

  @Field(() => DeadlineUnit)
  unit: DeadlineUnit;

  @Field(() => RuleSourceInfo)
  source: RuleSourceInfo;
}

@ObjectType({ description: 'What the law requires of a disputes body.' })
export class DisputesBodyRule {
  @Field({ description: 'Whether the organisation must be affiliated with an independent disputes body.' })
  required: boolean;

  @Field(() => RuleSourceInfo)
  source: RuleSourceInfo;
}

@ObjectType({ description: 'How long closed complaint files are kept before their personal data may be erased.' })
export class RetentionRule {
  @Field(() => Int)
  years: number;

  @Field(() => RuleSourceInfo)
  source: RuleSourceInfo;
}

@ObjectType({ description: 'A statutory rule pack: its minimum terms, disputes-body requirement and retention period, each with its source.' })
export class StatutoryRules {
  @Field(() => StatutoryRulePack)
  pack: StatutoryRulePack;

  @Field()
  title: string;

  @Field(() => StatutoryTerm, { nullable: true, description: 'Written acknowledgement of receipt within at most this; null: no statutory term.' })
  acknowledgement: StatutoryTerm | null;

  @Field(() => StatutoryTerm, { nullable: true, description: 'Decision within at most this; null: no statutory maximum.' })
  resolution: StatutoryTerm | null;

  @Field(() => DisputesBodyRule, { nullable: true })
  disputesBody: DisputesBodyRule | null;

  @Field(() => RetentionRule, { nullable: true, description: 'Null: personal data of a closed complaint may be erased at once.' })
  retention: RetentionRule | null;

  @Field(() => StatutoryTerm, { nullable: true, description: 'Most the resolution term may be extended in total; null: the law sets no bound (the service allows one further resolution term).' })
  maxExtension: StatutoryTerm | null;

  @Field(() => [String], { description: 'What the sources leave open for this pack.' })
  notes: string[];
}

@ObjectType({ description: 'A setting of the organisation that breaks a rule of its statutory rule pack today.' })
export class ComplianceViolation {
  @Field({ description: 'Stable rule id, e.g. NL_WKI.acknowledgement.' })
  rule: string;

  @Field({ description: 'The setting at fault, e.g. complaintPolicy.acknowledgeWithin.' })
  field: string;

  @Field()
  description: string;

  @Field(() => RuleSourceInfo)
  source: RuleSourceInfo;

  @Field()
  currentValue: string;

  @Field()
  requiredValue: string;
}

import { Field, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Max, Min } from 'class-validator';
import { DeadlineUnit } from '../../common/organization.entity';
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

  @Field(() => Int, { nullable: true, description: 'Months of relevant practice the FinAut authorisation needs, 0 to 120.' })
  @IsOptional()
  @Min(0)
  @Max(120)
  authorisationPracticeMonths?: number;

  @Field(() => ComplaintPolicyInput, { nullable: true, description: 'Applies to complaints received from now on; existing deadlines do not move.' })
  complaintPolicy?: ComplaintPolicyInput;
}

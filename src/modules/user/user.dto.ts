import { ArgsType, Field, InputType } from 'type-graphql';
import { ArrayMinSize, ArrayUnique, IsEmail, IsOptional, Length } from 'class-validator';
import { Role } from '../../common/roles';
import { ConnectionArgs } from '../../common/pagination';
import { EmailNotifications, Language } from './preferences';
import { VersionedUpdateInput } from '../../common/versioned-input';

@InputType()
export class CreateUserInput {
  @Field()
  @Length(1, 200)
  name: string;

  @Field()
  @IsEmail()
  @Length(3, 320)
  email: string;

  @Field(() => [Role])
  @ArrayMinSize(1)
  @ArrayUnique()
  roles: Role[];

  @Field(() => String, { nullable: true, description: "The member's subject at the OIDC provider, when known in advance." })
  @IsOptional()
  @Length(1, 255)
  externalSubject?: string | null;
}

@InputType()
export class UpdateUserInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => [Role], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayUnique()
  roles?: Role[];

  @Field({ nullable: true, description: 'false locks the member out: their tokens are refused (see README, Members and tokens).' })
  active?: boolean;

  @Field(() => String, { nullable: true, description: "The member's subject at the OIDC provider." })
  @IsOptional()
  @Length(1, 255)
  externalSubject?: string;

  @Field(() => Language, { nullable: true })
  language?: Language;

  @Field(() => EmailNotifications, { nullable: true })
  emailNotifications?: EmailNotifications;
}

@InputType({ description: "The signed-in member's own notification settings; only the fields given change." })
export class UpdateMyNotificationSettingsInput extends VersionedUpdateInput {
  @Field(() => Language, { nullable: true })
  language?: Language;

  @Field(() => EmailNotifications, { nullable: true })
  emailNotifications?: EmailNotifications;
}

@ArgsType()
export class UsersArgs extends ConnectionArgs {
  @Field(() => Role, { nullable: true, description: 'Only users holding this role.' })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or inactive (false) users.' })
  active?: boolean | null;
}

import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, Length, Matches, Max, MaxLength, Min, IsNotIn, ValidateNested } from 'class-validator';
import { MAX_PROMISES_PER_VERSION } from './code-promise.entity';
import { ConnectionArgs } from '../../common/pagination';
import { IsPromiseKey } from './promise-lineage';
import { VersionedUpdateInput } from '../../common/versioned-input';


export const CODE_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Keys that name a public page of the organisation (`/c/<organisation>/track`), not a code. */
export const RESERVED_CODE_KEYS = ['track'];

@InputType({ description: 'A new code; it starts with version 1 as a DRAFT.' })
export class CreateCodeInput {
  @Field({ description: 'Lower-case letters, digits and hyphens, unique in the organisation (used in public URLs; not `track`); cannot change later.' })
  @MaxLength(64)
  @Matches(CODE_KEY, { message: 'key must be lower-case letters, digits and single hyphens, e.g. klantbeloften' })
  @IsNotIn(RESERVED_CODE_KEYS, { message: `key must not be ${RESERVED_CODE_KEYS.join(' or ')}: that is the address of the public tracking page` })
  key: string;

  @Field()
  @MaxLength(200)
  title: string;

  @Field({ nullable: true, description: 'Whom and what the code covers.' })
  @IsOptional()
  @MaxLength(4000)
  scope?: string;

  @Field(() => ID, { nullable: true, description: 'The member responsible for the code.' })
  ownerId?: string | null;

  @Field({ nullable: true, description: 'Draft policy statement of version 1.' })
  @IsOptional()
  @MaxLength(10000)
  policyStatement?: string;
}

/** The base of code-version updates: the optimistic lock is the version's `revision` (its `version` is the number 1, 2, 3). */
@InputType()
export abstract class CodeVersionUpdateInput {
  @Field(() => Int, { description: 'The `revision` you read (not the version number 1, 2, 3); CONFLICT when it changed since.' })
  expectedVersion: number;
}

@InputType()
export class UpdateCodeInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  scope?: string;

  @Field(() => ID, { nullable: true, description: 'The member responsible for the code.' })
  ownerId?: string | null;
}

@InputType({ description: 'Changes to a DRAFT version; fields left out keep their value.' })
export class UpdateCodeVersionInput extends CodeVersionUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(10000)
  policyStatement?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  changeSummary?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(10000)
  internalNotes?: string;
}

@InputType({ description: 'A new promise in a DRAFT version.' })
export class CreateCodePromiseInput {
  @Field(() => ID)
  codeVersionId: string;

  @Field({ description: 'Unique within the version and kept across versions, e.g. `P3`.' })
  @MaxLength(20)
  @IsPromiseKey()
  key: string;

  @Field()
  @MaxLength(200)
  title: string;

  @Field({ description: 'The promise as customers read it.' })
  @MaxLength(4000)
  text: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  rationale?: string;

  @Field(() => ID, { nullable: true, description: 'The member responsible for keeping the promise.' })
  ownerId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Order within the version; defaults to after the last promise.' })
  @IsOptional()
  @Min(0)
  @Max(10000)
  position?: number;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(10000)
  internalNotes?: string;
}

@InputType({ description: 'Changes to a promise of a DRAFT version; its key stays.' })
export class UpdateCodePromiseInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(200)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  text?: string;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(4000)
  rationale?: string;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(10000)
  position?: number;

  @Field({ nullable: true })
  @IsOptional()
  @MaxLength(10000)
  internalNotes?: string;
}

@InputType()
export class ApproveCodeVersionInput extends CodeVersionUpdateInput {
  @Field({ nullable: true, description: "Top management's code policy; required unless the version already has one." })
  @IsOptional()
  @MaxLength(10000)
  policyStatement?: string;
}

@InputType()
export class ReturnCodeVersionInput extends CodeVersionUpdateInput {
  @Field({ description: 'What must change before the version can be approved.' })
  @MaxLength(4000)
  comment: string;
}

@InputType()
export class PublishCodeVersionInput extends CodeVersionUpdateInput {
  @Field(() => LocalDateResolver, { nullable: true, description: 'When the code is due for review; default 12 months after publication.' })
  nextReviewDue?: string | null;
}

@InputType()
export class WithdrawCodeVersionInput extends CodeVersionUpdateInput {
  @Field()
  @MaxLength(4000)
  reason: string;
}

@InputType()
export class ScheduleCodeReviewInput extends CodeVersionUpdateInput {
  @Field(() => LocalDateResolver)
  nextReviewDue: string;
}

@ArgsType()
export class CodesArgs extends ConnectionArgs {}

@ArgsType()
export class CodesDueForReviewArgs {
  @Field(() => Int, { description: 'Days from today (in the organisation time zone); overdue reviews are always included.' })
  @Min(0)
  @Max(3660)
  within: number;
}

/** How the public side picks the language of a code (the field descriptions say it to clients). */
export const LANGUAGE_FALLBACK =
  "The language asked for when the code has it; else its primary language (nb-NO → nb; Norwegian `no` is read as Bokmål `nb`); else the best match of the request's Accept-Language header (by q-value); else the organisation's default language (the first of its languages the code has).";

@ArgsType()
export class PublishedCodesArgs {
  @Field({ description: "The organisation's public slug." })
  @Length(1, 100)
  organizationSlug: string;

  @Field(() => String, { nullable: true, description: `BCP 47 tag of the language to read the code in. ${LANGUAGE_FALLBACK}` })
  @IsOptional()
  @MaxLength(35)
  language?: string | null;
}

@ArgsType()
export class PublishedCodeArgs extends PublishedCodesArgs {
  @Field({ description: 'The code key from the public URL.' })
  @Length(1, 64)
  codeKey: string;
}

@InputType({ description: "A promise's title and text in the translation's language." })
export class PromiseTranslationInput {
  @Field({ description: 'The key of a promise of the version, e.g. `P3`.' })
  @MaxLength(20)
  @IsPromiseKey()
  key: string;

  @Field()
  @MaxLength(200)
  title: string;

  @Field({ description: 'The promise as customers read it, in this language.' })
  @MaxLength(4000)
  text: string;
}

@InputType({
  description:
    "A DRAFT version's customer-facing texts in one of the organisation's languages other than the version's own: the code title, the policy statement and the promises given (others keep their translation).",
})
export class TranslateCodeVersionInput extends CodeVersionUpdateInput {
  @Field({ description: "BCP 47 tag: one of organization.languages, not the version's own language." })
  @MaxLength(35)
  language: string;

  @Field({ description: 'The code title in this language.' })
  @MaxLength(200)
  title: string;

  @Field({ nullable: true, description: 'The policy statement in this language; left out: the one translated before stays.' })
  @IsOptional()
  @MaxLength(10000)
  policyStatement?: string;

  @Field(() => [PromiseTranslationInput], { nullable: true, description: 'Promises by key; each given replaces its translation.' })
  @IsOptional()
  @ArrayMaxSize(MAX_PROMISES_PER_VERSION)
  @ValidateNested({ each: true })
  promises?: PromiseTranslationInput[];
}

import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination';
import { VersionedUpdateInput } from '../../common/versioned-input';
import { LetterKind } from './letter-rendering';
import { LetterChannel } from './complaint-letter.entity';

/** Longest letter text or template body, in characters. */
export const MAX_LETTER_LENGTH = 20_000;

@InputType({ description: 'The letter sent with a step: how and when, and either the text generated from the template or an edited text.' })
export class ComplaintLetterInput {
  @Field(() => LetterChannel)
  channel: LetterChannel;

  @Field({ nullable: true, description: 'When the letter was sent (default: now); not in the future, not before the complaint was received.' })
  sentAt?: Date;

  @Field({
    nullable: true,
    description: 'BCP 47 language tag of the letter; default: the language of the last letter sent about the complaint, the first in the complaint\'s language (the complainant\'s).',
  })
  @IsOptional()
  @Length(2, 35)
  language?: string;

  @Field({ nullable: true, description: 'The subject as sent; default: the template subject, rendered.' })
  @IsOptional()
  @Length(1, 300)
  subject?: string;

  @Field({ nullable: true, description: 'The text as sent, when the officer edited the generated text (see previewLetter) or wrote it; default: the template, rendered.' })
  @IsOptional()
  @Length(1, MAX_LETTER_LENGTH)
  text?: string;
}

@InputType({ description: 'The decision letter: as any letter, and which disputes body it names (default: the organisation’s default body).' })
export class DecisionLetterInput extends ComplaintLetterInput {
  @Field(() => ID, { nullable: true, description: 'The disputes body the letter names; default: the organisation’s default disputes body.' })
  disputesBodyId?: string;
}

@InputType()
export class CreateLetterTemplateInput {
  @Field(() => LetterKind)
  kind: LetterKind;

  @Field({ description: 'BCP 47 language tag, e.g. "nl", "en", "nb".' })
  @Length(2, 35)
  language: string;

  @Field({ description: 'Subject line; may use placeholders.' })
  @Length(1, 300)
  subject: string;

  @Field({ description: 'The text with placeholders like {{reference}} (see letterPlaceholders); unknown placeholders are refused.' })
  @Length(1, MAX_LETTER_LENGTH)
  body: string;
}

@InputType()
export class UpdateLetterTemplateInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 300)
  subject?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, MAX_LETTER_LENGTH)
  body?: string;
}

@ArgsType()
export class LetterTemplatesArgs extends ConnectionArgs {
  @Field(() => LetterKind, { nullable: true })
  kind?: LetterKind;

  @Field({ nullable: true, description: 'BCP 47 language tag.' })
  @IsOptional()
  @Length(2, 35)
  language?: string;
}

@ArgsType()
export class PreviewLetterArgs {
  @Field(() => ID)
  complaintId: string;

  @Field(() => LetterKind)
  kind: LetterKind;

  @Field({ nullable: true, description: 'BCP 47 language tag; default as for the letter itself.' })
  @IsOptional()
  @Length(2, 35)
  language?: string;

  @Field(() => ID, { nullable: true, description: 'For a decision letter: the disputes body it names (default: the organisation’s default).' })
  disputesBodyId?: string;

  @Field({ nullable: true, description: 'For a decision letter before the complaint is resolved: the decision text to put in.' })
  @IsOptional()
  @Length(1, 10_000)
  decision?: string;
}

@ObjectType({ description: 'A letter as it would be generated now from the template, for the officer to check or edit before sending.' })
export class LetterPreview {
  @Field(() => LetterKind)
  kind: LetterKind;

  @Field()
  language: string;

  @Field(() => ID, { nullable: true, description: 'The template used.' })
  templateId: string | null;

  @Field()
  subject: string;

  @Field()
  body: string;

  @Field(() => [String], { description: 'Placeholders without a value (left as written in the text): give them a value, or edit the text before sending.' })
  missing: string[];
}

@ObjectType({ description: 'A placeholder letter templates may use.' })
export class LetterPlaceholderInfo {
  @Field({ description: 'Written {{name}} in a template.' })
  name: string;

  @Field()
  description: string;

  @Field(() => [LetterKind], { description: 'Kinds of letter whose template must contain it.' })
  requiredIn: LetterKind[];
}


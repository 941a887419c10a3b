import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsEmail, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination';
import { VersionedUpdateInput } from '../../common/versioned-input';
import { PROMISE_KEY } from '../code';
import { ComplainantType } from '../complaint';
import { SurveyOrigin, SurveyStatus } from './satisfaction-survey.entity';

/** Respondents of one `createSatisfactionSurveys` call, at most. */
export const MAX_RESPONDENTS = 500;
/** Longest comment a respondent may leave. */
export const MAX_COMMENT = 2000;

@InputType({ description: 'Someone asked to rate the promises: a customer, a client, a sample of closed collection cases.' })
export class SurveyRespondentInput {
  @Field({ nullable: true, description: 'Personal data: erased after the survey ended and the retention period passed.' })
  @IsOptional()
  @MaxLength(200)
  name?: string;

  @Field({ nullable: true, description: "Where a link of the respondent's own is e-mailed when the service sends e-mail (SMTP_URL). Personal data, like name." })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string;

  @Field({
    nullable: true,
    description:
      "BCP 47 tag of the respondent's language: the promises are shown in it when the organisation speaks it (or its primary language), else in the organisation's default language. Fixed texts exist in nl, en and nb (English otherwise).",
  })
  @IsOptional()
  language?: string;

  @Field(() => ComplainantType)
  respondentType: ComplainantType;

  @Field({ nullable: true, description: 'The case the survey is about, e.g. a collection case number (personal data, like name).' })
  @IsOptional()
  @MaxLength(100)
  caseReference?: string;
}

@InputType()
export class CreateSatisfactionSurveysInput {
  @Field(() => ID, { description: 'The code whose promises are asked about; it needs a version in force.' })
  codeId: string;

  @Field(() => [String], { nullable: true, description: 'Keys of the promises to ask about (of the version in force); default: every promise of it.' })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(PROMISE_KEY, { each: true, message: 'each promise key must be letters and digits, optionally separated by . _ or -, e.g. P3' })
  promiseKeys?: string[];

  @Field(() => [SurveyRespondentInput], { description: `One survey (and link) each; 1 to ${MAX_RESPONDENTS}.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_RESPONDENTS)
  @ValidateNested({ each: true })
  respondents: SurveyRespondentInput[];
}

@InputType()
export class SurveyAnswerInput {
  @Field({ description: 'The promise asked about.' })
  promiseKey: string;

  @Field(() => Int, { description: '1 (not at all) to 5 (completely).' })
  score: number;
}

@InputType()
export class AnswerSatisfactionSurveyInput {
  @Field(() => [SurveyAnswerInput], { description: 'One answer per question of the survey, each promise once.' })
  answers: SurveyAnswerInput[];

  @Field(() => Int, { description: 'Overall satisfaction, 1 (very dissatisfied) to 5 (very satisfied).' })
  overall: number;

  @Field({ nullable: true, description: `Optional, at most ${MAX_COMMENT} characters.` })
  comment?: string;
}

@InputType({ description: 'Changes to the survey policy; a field left out keeps its value.' })
export class SurveyPolicyInput extends VersionedUpdateInput {
  @Field(() => Int, { nullable: true, description: '1 to 365.' })
  linkValidDays?: number;

  @Field(() => Int, { nullable: true, description: '1 to 1000.' })
  minimumResponses?: number;

  @Field(() => Int, { nullable: true, description: '1 to 3650.' })
  respondentDataRetentionDays?: number;
}

@ArgsType()
export class SatisfactionSurveysArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true })
  codeId?: string;

  @Field(() => SurveyOrigin, { nullable: true })
  origin?: SurveyOrigin;

  @Field(() => SurveyStatus, { nullable: true })
  status?: SurveyStatus;
}

@ObjectType({ description: 'One answer of a 1–5 scale and its words in the respondent’s language.' })
export class SurveyScaleOption {
  @Field(() => Int)
  score: number;

  @Field()
  label: string;
}

@ObjectType({ description: 'A question of a survey: how well one promise was kept.' })
export class SurveyQuestion {
  @Field({ description: 'Send it back with the score (answers[].promiseKey).' })
  promiseKey: string;

  @Field({ description: "The promise's title, as customers read it." })
  title: string;

  @Field({ description: 'The promise as customers read it.' })
  text: string;

  @Field({ description: 'The question, e.g. "How well did we keep this promise?".' })
  question: string;

  @Field(() => [SurveyScaleOption])
  scale: SurveyScaleOption[];
}

@ObjectType({ description: 'A survey as its respondent sees it (no token needed beyond the link’s): the questions in their language.' })
export class PublicSatisfactionSurvey {
  @Field({ description: "BCP 47 tag of the language the survey is shown in: the respondent's, or the one asked for as the organisation speaks it." })
  language: string;

  @Field(() => [String], { description: "The languages it can be shown in (the organisation's), for a language switch." })
  availableLanguages: string[];

  @Field({ description: 'The organisation asking.' })
  organizationName: string;

  @Field({ description: 'The code whose promises are asked about.' })
  codeTitle: string;

  @Field()
  title: string;

  @Field()
  intro: string;

  @Field(() => [SurveyQuestion], { description: 'One per promise concerned.' })
  questions: SurveyQuestion[];

  @Field()
  overallQuestion: string;

  @Field(() => [SurveyScaleOption])
  overallScale: SurveyScaleOption[];

  @Field()
  commentLabel: string;

  @Field()
  expiresAt: Date;
}

@ObjectType({ description: 'The survey was answered: the link is used up.' })
export class SatisfactionSurveyReceipt {
  @Field({ description: 'The thank-you text in the respondent’s language.' })
  message: string;
}

@ObjectType({ description: 'Customer-perceived keeping of a promise, from the satisfaction surveys answered in the period.' })
export class CustomerPerceivedFigures {
  @Field(() => Int, { description: 'Answers about the promise (its lineage) in the period.' })
  responses: number;

  @Field(() => Float, { nullable: true, description: 'Average score, 1 to 5; null while the sample is not sufficient.' })
  averageScore: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of answers scoring 4 or 5; null while the sample is not sufficient.' })
  satisfiedShare: number | null;

  @Field({ description: 'Whether responses reach the minimum sample (surveyPolicy.minimumResponses); below it the figures are noise and not shown.' })
  sufficient: boolean;

  @Field(() => Int, { description: 'The minimum sample applied.' })
  minimumResponses: number;
}

/** Responses, sum of scores and satisfied answers: what the figures are computed from. */
export interface SurveyCounts {
  responses: number;
  scoreSum: number;
  satisfied: number;
}

/** The customer-perceived figures of counts, hidden below the minimum sample. */
export function customerPerceived(counts: SurveyCounts | undefined, minimumResponses: number): CustomerPerceivedFigures {
  const responses = counts?.responses ?? 0;
  const sufficient = responses >= minimumResponses;
  return {
    responses,
    averageScore: sufficient && responses > 0 ? Math.round((counts!.scoreSum / responses) * 100) / 100 : null,
    satisfiedShare: sufficient && responses > 0 ? counts!.satisfied / responses : null,
    sufficient,
    minimumResponses,
  };
}

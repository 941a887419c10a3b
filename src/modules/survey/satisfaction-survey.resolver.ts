import { Arg, Args, Ctx, FieldResolver, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import { Allowed, PERMISSIONS } from '../../common/permissions';
import { ReadableBy } from '../../auth/read-policy';
import { Connection, type ConnectionResult } from '../../common/pagination';
import { SurveyPolicy } from '../../common/organization.entity';
import { Complaint } from '../complaint';
import { SatisfactionSurvey, SatisfactionSurveyAnswer, SurveyStatus } from './satisfaction-survey.entity';
import {
  AnswerSatisfactionSurveyInput,
  CreateSatisfactionSurveysInput,
  PublicSatisfactionSurvey,
  SatisfactionSurveyReceipt,
  SatisfactionSurveysArgs,
  SurveyPolicyInput,
} from './satisfaction-survey.dto';
import { SatisfactionSurveyService } from './satisfaction-survey.service';
import { SurveyPolicyService } from './survey-policy';

@ObjectType()
export class SatisfactionSurveyConnection extends Connection(SatisfactionSurvey, 'SatisfactionSurvey') {}

@Resolver(() => SatisfactionSurvey)
export class SatisfactionSurveyResolver {
  @Allowed('readManagement')
  @Query(() => SatisfactionSurveyConnection, { description: 'Satisfaction surveys, newest first.' })
  satisfactionSurveys(@Ctx() ctx: Context, @Args() args: SatisfactionSurveysArgs): Promise<ConnectionResult<SatisfactionSurvey>> {
    return SatisfactionSurveyService.list(ctx, args);
  }

  @Allowed('manageSurveys')
  @Mutation(() => [SatisfactionSurvey], {
    description:
      'Creates one satisfaction survey per respondent about promises of the code in force (e.g. a sample of closed collection cases). Each answer carries its link, shown this once: only a hash of its token is kept. With SMTP_URL set, respondents with an e-mail address are also mailed a link of their own (invitedAt).',
  })
  createSatisfactionSurveys(@Ctx() ctx: Context, @Arg('input') input: CreateSatisfactionSurveysInput): Promise<SatisfactionSurvey[]> {
    return SatisfactionSurveyService.createOnDemand(ctx, input);
  }

  @Query(() => PublicSatisfactionSurvey, {
    description: 'Public (no token but the link’s): the questions of a survey in the respondent’s language. An unknown, used or expired link is NOT_FOUND, all alike.',
  })
  satisfactionSurvey(
    @Ctx() ctx: Context,
    @Arg('token') token: string,
    @Arg('language', () => String, { nullable: true, description: "BCP 47 tag; default: the respondent's language." }) language?: string | null,
  ): Promise<PublicSatisfactionSurvey> {
    return SatisfactionSurveyService.forRespondent(ctx, token, language);
  }

  @Mutation(() => SatisfactionSurveyReceipt, {
    description: 'Public: answers a survey, once. An unknown, used or expired link is NOT_FOUND, all alike; a wrong field is BAD_USER_INPUT naming it, and nothing is stored.',
  })
  answerSatisfactionSurvey(@Ctx() ctx: Context, @Arg('token') token: string, @Arg('input') input: AnswerSatisfactionSurveyInput): Promise<SatisfactionSurveyReceipt> {
    return SatisfactionSurveyService.answer(ctx, token, input);
  }

  @FieldResolver(() => SurveyStatus)
  status(@Root() survey: SatisfactionSurvey): SurveyStatus {
    return SatisfactionSurveyService.status(survey);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The link to send the respondent (`/s/<token>`, after PUBLIC_BASE_URL when set): only in the answer of the mutation that created the survey, null ever after. With SMTP_URL set, a respondent with an e-mail address is also mailed a link of their own (invitedAt); either link answers the survey, once.',
  })
  link(@Ctx() ctx: Context, @Root() survey: SatisfactionSurvey): string | null {
    return SatisfactionSurveyService.link(ctx, survey);
  }

  @FieldResolver(() => [SatisfactionSurveyAnswer], { description: 'One per promise asked about, in order; scores once answered.' })
  answers(@Ctx() ctx: Context, @Root() survey: SatisfactionSurvey): Promise<SatisfactionSurveyAnswer[]> {
    return SatisfactionSurveyService.answers(ctx, survey);
  }
}

@Resolver(() => Complaint)
export class ComplaintSurveyResolver {
  @ReadableBy(PERMISSIONS.readManagement, null)
  @FieldResolver(() => SatisfactionSurvey, {
    nullable: true,
    description:
      "The satisfaction survey created when the complaint was resolved (the complainant's contact known); its link only in that mutation's answer, and by e-mail to the complainant's address when the service sends e-mail. Null for STAFF.",
  })
  satisfactionSurvey(@Ctx() ctx: Context, @Root() complaint: Complaint): Promise<SatisfactionSurvey | null> {
    return SatisfactionSurveyService.ofComplaint(ctx, complaint);
  }
}

@Resolver()
export class SurveyPolicyResolver {
  @Allowed('readManagement')
  @Query(() => SurveyPolicy, { description: "The organisation's survey policy: link validity, minimum sample, retention of respondent data." })
  surveyPolicy(@Ctx() ctx: Context): Promise<SurveyPolicy> {
    return SurveyPolicyService.current(ctx);
  }

  @Allowed('manageSurveys')
  @Mutation(() => SurveyPolicy, { description: 'Changes the survey policy; expectedVersion is the organisation version. Links already sent keep their expiry.' })
  updateSurveyPolicy(@Ctx() ctx: Context, @Arg('input') input: SurveyPolicyInput): Promise<SurveyPolicy> {
    return SurveyPolicyService.update(ctx, input);
  }
}

import type { ModuleDefinition } from '../../common/module';
import { ComplaintHooks } from '../complaint';
import { SatisfactionSurvey, SatisfactionSurveyAnswer } from './satisfaction-survey.entity';
import { ComplaintSurveyResolver, SatisfactionSurveyResolver, SurveyPolicyResolver } from './satisfaction-survey.resolver';
import { SatisfactionSurveyService } from './satisfaction-survey.service';
import { invitationJob } from './survey-invitation';

/** The survey module's public surface. */
export { SatisfactionSurvey, SatisfactionSurveyAnswer, SurveyOrigin, SurveyStatus } from './satisfaction-survey.entity';
export { CustomerPerceivedFigures, customerPerceived, type SurveyCounts } from './satisfaction-survey.dto';
export { INVITATION_JOB, SatisfactionSurveyService, SurveyLinkNotFoundError } from './satisfaction-survey.service';
export { SURVEY_ANSWERS_BY_LINEAGE, CustomerSatisfactionFigures, customerSatisfactionOfYear } from './survey-figures';
export { configureSurveyLinks } from './survey-token';
export { surveyPageRoutes, redactSurveyToken } from './survey-page.route';

// A resolved complaint gets its survey; its anonymisation erases the respondent; the retention run erases the others'.
ComplaintHooks.registerResolutionListener(SatisfactionSurveyService.createForComplaint);
ComplaintHooks.registerAnonymisationEraser(SatisfactionSurveyService.eraseForComplaint);
ComplaintHooks.registerRetentionSweep(SatisfactionSurveyService.sweep);

export const surveyModule: ModuleDefinition = {
  name: 'survey',
  entities: [SatisfactionSurvey, SatisfactionSurveyAnswer],
  resolvers: [SatisfactionSurveyResolver, ComplaintSurveyResolver, SurveyPolicyResolver],
  loaders: { survey: SatisfactionSurveyService.loaders },
  jobs: [invitationJob],
};

import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ComplainantType } from '../src/modules/complaint/complaint.entity';
import { SatisfactionSurvey, SatisfactionSurveyAnswer, SurveyOrigin } from '../src/modules/survey/satisfaction-survey.entity';
import { DEMO_ORG, DEMO_QUALITY_MANAGER, demoId } from './demo-ids';
import { DEMO_CODE_ID } from './demo-code';
import { DemoRandom } from './demo-random';
import { insertRows, rowExists } from './demo-rows';
import { DemoTime } from './demo-time';

const organizationId = DEMO_ORG.id;

/**
 * The demo's satisfaction surveys, sent on demand to a sample of closed collection cases over the
 * last 80 days: answered about P1 by 14 respondents and P2 by 12 (past the minimum sample of 10:
 * codeStatus shows their average), P3 by 4 and P5 by 6 (below it: the figure shows "not
 * sufficient"), plus three surveys still pending and two whose link expired unanswered. Scores
 * lean per promise, so the figures differ. The links' tokens are random and never shown: only
 * their hashes are kept, as for any survey.
 */
const ASKED: { keys: string[]; respondents: number; lean: number }[] = [
  { keys: ['P1', 'P2', 'P3'], respondents: 4, lean: 0.8 },
  { keys: ['P1', 'P2', 'P5'], respondents: 6, lean: 0.6 },
  { keys: ['P1', 'P2'], respondents: 2, lean: 0.4 },
  { keys: ['P1'], respondents: 2, lean: 0.7 },
];

const surveyId = (n: number) => demoId(`survey:${n}`);
const tokenHash = (n: number) => createHash('sha256').update(`demo survey ${n} ${Math.random()}`).digest('hex');

export async function seedDemoSurveys(manager: EntityManager, time: DemoTime): Promise<boolean> {
  if (await rowExists(manager, SatisfactionSurvey, surveyId(1))) return false;
  const random = new DemoRandom(10004);
  const surveys: Partial<SatisfactionSurvey>[] = [];
  const answers: Partial<SatisfactionSurveyAnswer>[] = [];
  const score = (lean: number) => (random.chance(lean) ? random.int(4, 5) : random.int(1, 3));
  let n = 0;
  const survey = (keys: string[], sentDaysAgo: number, answered: { lean: number } | null) => {
    n += 1;
    const id = surveyId(n);
    const sentAt = time.at(time.daysAgo(sentDaysAgo), 9 + (n % 7));
    const answeredAt = answered ? DemoTime.plusDays(sentAt, 1 + random.int(0, 5)) : null;
    // Valid 30 days from sending (the default): those sent 40 to 60 days ago and never answered have expired.
    const expiresAt = DemoTime.plusDays(sentAt, 30);
    surveys.push({
      id,
      organizationId,
      version: answered ? 2 : 1,
      codeId: DEMO_CODE_ID,
      complaintId: null,
      tokenHash: tokenHash(n),
      origin: SurveyOrigin.ON_DEMAND,
      respondentType: random.chance(0.7) ? ComplainantType.DEBTOR : ComplainantType.CLIENT,
      respondentName: null,
      respondentEmail: `respondent${n}@example.nl`,
      caseReference: `INC-${time.today.slice(0, 4)}-${String(4100 + n * 7).padStart(5, '0')}`,
      language: 'nl',
      expiresAt,
      answeredAt,
      overall: answered ? score(answered.lean) : null,
      comment: answered && n % 5 === 0 ? 'Duidelijke uitleg over de betalingsregeling.' : null,
      personalDataErasedAt: null,
      createdById: DEMO_QUALITY_MANAGER.id,
      createdAt: sentAt,
      updatedAt: answeredAt ?? sentAt,
    });
    keys.forEach((promiseKey, position) =>
      answers.push({
        id: demoId(`survey:${n}:${promiseKey}`),
        organizationId,
        surveyId: id,
        codeId: DEMO_CODE_ID,
        promiseKey,
        position,
        score: answered ? score(answered.lean) : null,
        answeredOn: answeredAt ? time.dayOf(answeredAt) : null,
        createdAt: sentAt,
        updatedAt: answeredAt ?? sentAt,
      }),
    );
  };
  for (const { keys, respondents, lean } of ASKED) for (let i = 0; i < respondents; i++) survey(keys, random.int(10, 80), { lean });
  for (let i = 0; i < 3; i++) survey(['P1', 'P2'], random.int(1, 8), null);
  for (let i = 0; i < 2; i++) survey(['P1', 'P2'], random.int(40, 60), null);
  await insertRows(manager, SatisfactionSurvey, surveys);
  await insertRows(manager, SatisfactionSurveyAnswer, answers);
  return true;
}

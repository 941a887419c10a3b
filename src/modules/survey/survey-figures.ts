import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Context } from '../../common/context';
import { CodeVersionStatus } from '../code';
import { CustomerPerceivedFigures, customerPerceived, type SurveyCounts } from './satisfaction-survey.dto';

/**
 * Survey answers per promise lineage answered on days `$3` to `$4` (the organisation's time zone) of
 * the organisation `$1` and codes `$2`: a CTE for the statement that reads the monitoring rollups
 * (`codeStatus` stays at its statements), on the index `(organization_id, code_id, answered_on, promise_key)`.
 * Columns: code_id, promise_key, survey_responses, survey_score_sum, survey_satisfied.
 */
export const SURVEY_ANSWERS_BY_LINEAGE = `SELECT code_id, promise_key, count(*) AS survey_responses, sum(score) AS survey_score_sum,
         count(*) FILTER (WHERE score >= 4) AS survey_satisfied
       FROM satisfaction_survey_answer
       WHERE organization_id = $1 AND code_id = ANY($2::uuid[]) AND answered_on BETWEEN $3::date AND $4::date AND score IS NOT NULL
       GROUP BY 1, 2`;

@ObjectType({ description: 'Customer-perceived keeping of one promise (lineage) in the year.' })
export class PromiseCustomerPerceived {
  @Field(() => ID)
  codeId: string;

  @Field()
  codeKey: string;

  @Field()
  promiseKey: string;

  @Field({ description: 'Title in the version in force (or the latest version that has the promise).' })
  promiseTitle: string;

  @Field(() => CustomerPerceivedFigures)
  customerPerceived: CustomerPerceivedFigures;
}

@ObjectType({ description: 'Surveys sent in the year and what became of them.' })
export class SurveyResponseRates {
  @Field(() => Int, { description: 'Surveys created in the year.' })
  sent: number;

  @Field(() => Int, { description: 'Of those, answered.' })
  answered: number;

  @Field(() => Int, { description: 'Of those, not answered before the link expired.' })
  expired: number;

  @Field(() => Int, { description: 'Of those, not answered and still valid.' })
  pending: number;

  @Field(() => Float, { nullable: true, description: 'answered / sent, 0 to 1; null when none was sent.' })
  responseRate: number | null;
}

@ObjectType({ description: 'Satisfaction with the code as customers perceive it (satisfaction surveys, cf. ISO 10004), in the year.' })
export class CustomerSatisfactionFigures {
  @Field(() => [PromiseCustomerPerceived], { description: 'Promises with answers in the year, by code key and promise key.' })
  byPromise: PromiseCustomerPerceived[];

  @Field(() => CustomerPerceivedFigures, { description: 'Overall satisfaction of the surveys answered in the year.' })
  overall: CustomerPerceivedFigures;

  @Field(() => SurveyResponseRates)
  responses: SurveyResponseRates;
}

const counts = (r: { responses: number; scoreSum: number | null; satisfied: number }): SurveyCounts => ({
  responses: r.responses,
  scoreSum: r.scoreSum ?? 0,
  satisfied: r.satisfied,
});

/**
 * The year's customer-perceived figures (days `from` to `to`, the organisation's time zone): per
 * promise lineage answered in it, overall satisfaction of the surveys answered in it, and what
 * became of the surveys sent in it. Two statements.
 */
export async function customerSatisfactionOfYear(
  ctx: Context,
  organizationId: string,
  timezone: string,
  period: { from: string; to: string },
  minimumResponses: number,
): Promise<CustomerSatisfactionFigures> {
  const promises: { codeId: string; codeKey: string; promiseKey: string; promiseTitle: string; responses: number; scoreSum: number; satisfied: number }[] = await ctx.db.query(
    `SELECT a.code_id AS "codeId", code.key AS "codeKey", a.promise_key AS "promiseKey",
       (SELECT named.title FROM code_promise named JOIN code_version v ON v.id = named.code_version_id
        WHERE named.code_id = a.code_id AND named.key = a.promise_key
        ORDER BY CASE WHEN v.status = '${CodeVersionStatus.PUBLISHED}' THEN 0 ELSE 1 END, v.version DESC LIMIT 1) AS "promiseTitle",
       a.responses, a.score_sum AS "scoreSum", a.satisfied
     FROM (SELECT code_id, promise_key, count(*)::int AS responses, sum(score)::int AS score_sum, (count(*) FILTER (WHERE score >= 4))::int AS satisfied
           FROM satisfaction_survey_answer
           WHERE organization_id = $1 AND answered_on BETWEEN $2::date AND $3::date AND score IS NOT NULL
           GROUP BY 1, 2) a
     JOIN code ON code.id = a.code_id
     ORDER BY code.key, a.promise_key`,
    [organizationId, period.from, period.to],
  );
  const [surveys]: {
    responses: number;
    scoreSum: number | null;
    satisfied: number;
    sent: number;
    answered: number;
    expired: number;
  }[] = await ctx.db.query(
    `SELECT (count(*) FILTER (WHERE answered))::int AS responses, (sum(overall) FILTER (WHERE answered))::int AS "scoreSum",
       (count(*) FILTER (WHERE answered AND overall >= 4))::int AS satisfied,
       (count(*) FILTER (WHERE sent))::int AS sent, (count(*) FILTER (WHERE sent AND answered_at IS NOT NULL))::int AS answered,
       (count(*) FILTER (WHERE sent AND answered_at IS NULL AND expires_at <= now()))::int AS expired
     FROM satisfaction_survey s
     CROSS JOIN LATERAL (SELECT (s.answered_at AT TIME ZONE $4)::date BETWEEN $2::date AND $3::date AS answered,
       (s.created_at AT TIME ZONE $4)::date BETWEEN $2::date AND $3::date AS sent) w
     WHERE s.organization_id = $1 AND (w.answered OR w.sent)`,
    [organizationId, period.from, period.to, timezone],
  );
  return {
    byPromise: promises.map((p) => ({
      codeId: p.codeId,
      codeKey: p.codeKey,
      promiseKey: p.promiseKey,
      promiseTitle: p.promiseTitle,
      customerPerceived: customerPerceived(counts(p), minimumResponses),
    })),
    overall: customerPerceived(counts(surveys), minimumResponses),
    responses: {
      sent: surveys.sent,
      answered: surveys.answered,
      expired: surveys.expired,
      pending: surveys.sent - surveys.answered - surveys.expired,
      responseRate: surveys.sent === 0 ? null : surveys.answered / surveys.sent,
    },
  };
}

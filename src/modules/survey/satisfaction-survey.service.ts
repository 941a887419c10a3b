import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { AppError, BadUserInputError, ConflictError, ErrorCode, type FieldProblem } from '../../common/errors';
import { jobQueue } from '../../common/jobs';
import { todayIn } from '../../common/local-date';
import { Organization } from '../../common/organization.entity';
import { paginate, type ConnectionResult } from '../../common/pagination';
import { serviceConfig } from '../../common/service-config';
import { scoped, scopedTo } from '../../common/tenancy';
import { CodeService, CodeVersionStatus } from '../code';
import { ComplainantType, ComplaintKind, type Complaint } from '../complaint';
import { OrganizationService } from '../organization';
import { SatisfactionSurvey, SatisfactionSurveyAnswer, SurveyOrigin, SurveyStatus } from './satisfaction-survey.entity';
import {
  MAX_COMMENT,
  type AnswerSatisfactionSurveyInput,
  type CreateSatisfactionSurveysInput,
  type PublicSatisfactionSurvey,
  type SatisfactionSurveyReceipt,
  type SatisfactionSurveysArgs,
  type SurveyRespondentInput,
} from './satisfaction-survey.dto';
import { SURVEY_TOKEN, newSurveyToken, surveyLink, surveyTokenHash } from './survey-token';
import { languageTag, negotiateLanguage } from '../../common/languages';
import { surveyTexts } from './survey-texts';

/** The job that e-mails a survey's respondent their own link (data: the survey's id only). */
export const INVITATION_JOB = 'surveys.invitation';

/** The module's loaders of a request (`ctx.loaders.survey`). */
export interface SurveyLoaders {
  /** The survey of each complaint (null when it has none). */
  byComplaint: DataLoader<string, SatisfactionSurvey | null>;
  /** The questions (and answers) of each survey, in order. */
  answers: DataLoader<string, SatisfactionSurveyAnswer[]>;
}

declare module '../../common/context' {
  interface LoaderGroups {
    survey: SurveyLoaders;
  }
}

/** One promise asked about: its lineage and the words customers read. */
interface AskedPromise {
  promiseId: string;
  codeId: string;
  key: string;
  title: string;
  text: string;
}

/** What the e-mail with a survey's link says, in the survey's language, and where it goes. */
export interface SurveyInvitation {
  /** The mailed link's token: its hash is stored, the token itself only mailed. */
  token: string;
  email: string;
  name: string | null;
  /** The survey's language (BCP 47). */
  language: string;
  organizationName: string;
  timezone: string;
  codeTitle: string;
  /** The titles of the promises asked about, in order, as the survey shows them. */
  promises: string[];
  expiresAt: Date;
}

/** The tokens of the surveys created in this request: shown in its answer, and never again. */
const createdTokens = new WeakMap<Context, Map<string, string>>();

/** Expired, used and unknown links answer exactly alike, so a link reveals nothing about another. */
export class SurveyLinkNotFoundError extends AppError {
  constructor() {
    super('This survey link is not valid: it does not exist, was answered already or has expired', ErrorCode.NOT_FOUND, { field: 'token' });
  }
}

const DAY_MS = 86_400_000;

/** A score field: a whole number from 1 to 5. */
const isScore = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;


/**
 * Satisfaction surveys about the promises of a code: created when a complaint is resolved (for its
 * complainant) or on demand by a quality manager; answered once through a single-use, expiring link;
 * counted per promise lineage in `codeStatus` and `complaintAnalysis`.
 */
export class SatisfactionSurveyService {
  static loaders(ctx: Context): SurveyLoaders {
    return {
      byComplaint: new DataLoader(async (complaintIds: readonly string[]) => {
        const rows = await scoped(ctx, SatisfactionSurvey)
          .query('s')
          .andWhere('s.complaintId IN (:...complaintIds)', { complaintIds: [...complaintIds] })
          .getMany();
        const byComplaint = new Map(rows.map((s) => [s.complaintId, s]));
        return complaintIds.map((id) => byComplaint.get(id) ?? null);
      }),
      answers: new DataLoader(async (surveyIds: readonly string[]) => {
        const rows = await scoped(ctx, SatisfactionSurveyAnswer)
          .query('a')
          .andWhere('a.surveyId IN (:...surveyIds)', { surveyIds: [...surveyIds] })
          .orderBy('a.position', 'ASC')
          .getMany();
        return surveyIds.map((id) => rows.filter((a) => a.surveyId === id));
      }),
    };
  }

  static status(survey: SatisfactionSurvey, now = new Date()): SurveyStatus {
    if (survey.answeredAt) return SurveyStatus.ANSWERED;
    return survey.expiresAt <= now ? SurveyStatus.EXPIRED : SurveyStatus.PENDING;
  }

  /** The survey's link, only in the answer of the request that created it (the token is stored hashed). */
  static link(ctx: Context, survey: SatisfactionSurvey): string | null {
    const token = createdTokens.get(ctx)?.get(survey.id);
    return token ? surveyLink(token) : null;
  }

  static answers(ctx: Context, survey: SatisfactionSurvey): Promise<SatisfactionSurveyAnswer[]> {
    return ctx.loaders.survey.answers.load(survey.id);
  }

  static ofComplaint(ctx: Context, complaint: Complaint): Promise<SatisfactionSurvey | null> {
    return ctx.loaders.survey.byComplaint.load(complaint.id);
  }

  /** The organisation's surveys, newest first. */
  static list(ctx: Context, args: SatisfactionSurveysArgs): Promise<ConnectionResult<SatisfactionSurvey>> {
    const qb = scoped(ctx, SatisfactionSurvey).query('s');
    if (args.codeId) qb.andWhere('s.codeId = :codeId', { codeId: args.codeId });
    if (args.origin) qb.andWhere('s.origin = :origin', { origin: args.origin });
    if (args.status === SurveyStatus.ANSWERED) qb.andWhere('s.answeredAt IS NOT NULL');
    if (args.status === SurveyStatus.PENDING) qb.andWhere('s.answeredAt IS NULL AND s.expiresAt > now()');
    if (args.status === SurveyStatus.EXPIRED) qb.andWhere('s.answeredAt IS NULL AND s.expiresAt <= now()');
    return paginate(qb, args, { column: 's.createdAt', property: 'createdAt', direction: 'DESC' });
  }

  /**
   * `createSatisfactionSurveys`: one survey per respondent about the promises named (default: every
   * promise of the version in force), each with its own link, shown in this answer only.
   */
  static async createOnDemand(ctx: Context, input: CreateSatisfactionSurveysInput): Promise<SatisfactionSurvey[]> {
    const { version, promises } = await CodeService.withVersionInForce(ctx, input.codeId, 'input.codeId');
    if (!version || !promises.length) throw BadUserInputError.field('input.codeId', 'the code has no version in force with promises to ask about');
    const keys = input.promiseKeys ?? promises.map((p) => p.key);
    const problems: FieldProblem[] = [];
    keys.forEach((key, i) => {
      if (!promises.some((p) => p.key === key)) problems.push({ field: `input.promiseKeys[${i}]`, message: `${key} is not a promise of the version in force` });
    });
    if (problems.length) throw new BadUserInputError(`Invalid promises: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, problems);
    const asked = keys.map((key) => promises.find((p) => p.key === key)!);
    const organization = await OrganizationService.current(ctx);
    // The respondent's language if the organisation speaks it (or its primary language), else the organisation's default.
    const languages = input.respondents.map((r, i) => negotiateLanguage(organization.languages, r.language ? languageTag(r.language, `input.respondents[${i}].language`) : null));
    const surveys: SatisfactionSurvey[] = [];
    for (const [i, respondent] of input.respondents.entries()) {
      surveys.push(
        await SatisfactionSurveyService.create(ctx, organization, {
          codeId: version.codeId,
          complaintId: null,
          origin: SurveyOrigin.ON_DEMAND,
          respondent,
          language: languages[i],
          promises: asked,
        }),
      );
    }
    return surveys;
  }

  /**
   * The survey of a complaint just resolved, for its complainant, about the promises it concerns (of
   * the code of its first promise). None when it is an objection to the debt, has no promise, no
   * contact (e-mail or phone) or a survey already (resolved again after a reopening).
   */
  static async createForComplaint(ctx: Context, complaint: Complaint): Promise<void> {
    if (complaint.kind !== ComplaintKind.COMPLAINT || complaint.anonymizedAt) return;
    if (!complaint.complainantEmail && !complaint.complainantPhone) return;
    const promises = await ctx.loaders.complaint.promises.load(complaint.id);
    if (!promises.length) return;
    if (await scoped(ctx, SatisfactionSurvey).count({ complaintId: complaint.id })) return;
    const codeId = promises[0].codeId;
    const keys = [...new Set(promises.filter((p) => p.codeId === codeId).map((p) => p.key))];
    const organization = await OrganizationService.current(ctx);
    await SatisfactionSurveyService.create(ctx, organization, {
      codeId,
      complaintId: complaint.id,
      origin: SurveyOrigin.COMPLAINT,
      respondent: {
        name: complaint.complainantName ?? undefined,
        email: complaint.complainantEmail ?? undefined,
        respondentType: complaint.complainantType ?? ComplainantType.DEBTOR,
        caseReference: complaint.reference,
      },
      // The complaint's language, as the organisation speaks it.
      language: negotiateLanguage(organization.languages, complaint.language),
      promises: keys.map((key) => ({ codeId, key })),
    });
  }

  private static async create(
    ctx: Context,
    organization: Organization,
    survey: {
      codeId: string;
      complaintId: string | null;
      origin: SurveyOrigin;
      respondent: Pick<SurveyRespondentInput, 'name' | 'email' | 'respondentType' | 'caseReference'>;
      language: string;
      promises: { codeId: string; key: string }[];
    },
  ): Promise<SatisfactionSurvey> {
    const token = newSurveyToken();
    const created = await scoped(ctx, SatisfactionSurvey).insert(
      {
        codeId: survey.codeId,
        complaintId: survey.complaintId,
        tokenHash: surveyTokenHash(token),
        origin: survey.origin,
        respondentType: survey.respondent.respondentType,
        respondentName: survey.respondent.name?.trim() || null,
        respondentEmail: survey.respondent.email?.trim() || null,
        caseReference: survey.respondent.caseReference?.trim() || null,
        language: survey.language,
        expiresAt: new Date(Date.now() + organization.surveyPolicy.linkValidDays * DAY_MS),
        answeredAt: null,
        overall: null,
        comment: null,
        personalDataErasedAt: null,
        createdById: ctx.user?.id ?? null,
      },
      { action: 'SatisfactionSurvey.created' },
    );
    await ctx.db.getRepository(SatisfactionSurveyAnswer).insert(
      survey.promises.map((p, position) => ({
        organizationId: created.organizationId,
        surveyId: created.id,
        codeId: p.codeId,
        promiseKey: p.key,
        position,
        score: null,
        answeredOn: null,
      })),
    );
    const tokens = createdTokens.get(ctx) ?? new Map<string, string>();
    tokens.set(created.id, token);
    createdTokens.set(ctx, tokens);
    // The respondent gets a link of their own by e-mail: the job mints it, so no token is ever in a job's data.
    if (created.respondentEmail && serviceConfig(ctx.dataSource)?.mail.smtpUrl) {
      await jobQueue(ctx.dataSource).send(INVITATION_JOB, { surveyId: created.id }, { ctx });
    }
    return created;
  }

  /**
   * The survey a link names (the one shown when it was created, or the one e-mailed), if it can
   * still be answered; the one NOT_FOUND otherwise.
   */
  private static async open(ctx: Context, token: string): Promise<SatisfactionSurvey> {
    if (!SURVEY_TOKEN.test(token)) throw new SurveyLinkNotFoundError();
    const hash = surveyTokenHash(token);
    const survey = await ctx.db.getRepository(SatisfactionSurvey).findOne({ where: [{ tokenHash: hash }, { invitationTokenHash: hash }] });
    if (!survey || SatisfactionSurveyService.status(survey) !== SurveyStatus.PENDING) throw new SurveyLinkNotFoundError();
    return survey;
  }

  /**
   * The promises a survey asks about, in the survey's language: the words of the version in force
   * (or the latest version that had the promise), translated when that version's own language is
   * another and a translation exists, else as written.
   */
  private static async asked(ctx: Context, survey: SatisfactionSurvey, language: string): Promise<AskedPromise[]> {
    const answers = await scopedTo(ctx, SatisfactionSurveyAnswer, survey.organizationId).find({ where: { surveyId: survey.id }, order: { position: 'ASC' } });
    const rows: AskedPromise[] = await ctx.db.query(
      `SELECT DISTINCT ON (p.code_id, p.key) p.id AS "promiseId", p.code_id AS "codeId", p.key,
         CASE WHEN v.language <> $4 AND t.id IS NOT NULL THEN t.title ELSE p.title END AS title,
         CASE WHEN v.language <> $4 AND t.id IS NOT NULL THEN t.text ELSE p.text END AS text
       FROM code_promise p JOIN code_version v ON v.id = p.code_version_id AND v.organization_id = p.organization_id
       LEFT JOIN code_promise_translation t ON t.promise_id = p.id AND t.organization_id = p.organization_id AND t.language = $4
       WHERE p.organization_id = $1 AND (p.code_id, p.key) IN (SELECT * FROM unnest($2::uuid[], $3::text[]))
       ORDER BY p.code_id, p.key, (v.status = '${CodeVersionStatus.PUBLISHED}') DESC, v.version DESC`,
      [survey.organizationId, answers.map((a) => a.codeId), answers.map((a) => a.promiseKey), language],
    );
    return answers.flatMap((a) => rows.filter((r) => r.codeId === a.codeId && r.key === a.promiseKey));
  }

  /** The title of the survey's code in `language`: the translation of the version in force when it is written in another, else the code's title. */
  private static async codeTitle(ctx: Context, survey: SatisfactionSurvey, language: string): Promise<string> {
    const [code]: { title: string }[] = await ctx.db.query(
      `SELECT coalesce((SELECT t.title FROM code_version v JOIN code_version_translation t ON t.code_version_id = v.id AND t.organization_id = v.organization_id AND t.language = $3
                        WHERE v.organization_id = c.organization_id AND v.code_id = c.id AND v.status = '${CodeVersionStatus.PUBLISHED}' AND v.language <> $3), c.title) AS title
       FROM code c WHERE c.organization_id = $1 AND c.id = $2`,
      [survey.organizationId, survey.codeId, language],
    );
    return code.title;
  }

  /**
   * The e-mail a survey's respondent is due (job `surveys.invitation`), with a new link whose hash
   * is stored in place of an earlier attempt's: the link of a failed send stops working. Null, and
   * nothing stored, when the survey was answered, expired, lost its respondent's e-mail (erased) or
   * was mailed already.
   */
  static async invitation(ctx: Context, surveyId: string): Promise<SurveyInvitation | null> {
    const survey = await ctx.db.getRepository(SatisfactionSurvey).findOneBy({ id: surveyId });
    if (!survey || survey.invitedAt || !survey.respondentEmail || survey.personalDataErasedAt) return null;
    if (SatisfactionSurveyService.status(survey) !== SurveyStatus.PENDING) return null;
    const token = newSurveyToken();
    // Not through the versioned update: storing the link is no change a respondent answering at this moment should conflict with.
    await ctx.db.query(`UPDATE satisfaction_survey SET invitation_token_hash = $2 WHERE id = $1`, [survey.id, surveyTokenHash(token)]);
    // One after the other: the statements share the transaction's connection.
    const [organization]: { name: string; timezone: string }[] = await ctx.db.query(`SELECT name, timezone FROM organization WHERE id = $1`, [survey.organizationId]);
    const asked = await SatisfactionSurveyService.asked(ctx, survey, survey.language);
    const codeTitle = await SatisfactionSurveyService.codeTitle(ctx, survey, survey.language);
    return {
      token,
      email: survey.respondentEmail,
      name: survey.respondentName,
      language: survey.language,
      organizationName: organization.name,
      timezone: organization.timezone,
      codeTitle,
      promises: asked.map((p) => p.title),
      expiresAt: survey.expiresAt,
    };
  }

  /**
   * `satisfactionSurvey(token, language)`: the questions in the respondent's language, or in the
   * one asked for (negotiated against the organisation's languages; BAD_USER_INPUT naming
   * `language` when it is no BCP 47 tag).
   */
  static async forRespondent(ctx: Context, token: string, requested?: string | null): Promise<PublicSatisfactionSurvey> {
    const tag = requested ? languageTag(requested, 'language') : null;
    const survey = await SatisfactionSurveyService.open(ctx, token);
    const [organization]: { name: string; languages: string[] }[] = await ctx.db.query(`SELECT name, languages FROM organization WHERE id = $1`, [survey.organizationId]);
    const language = tag ? negotiateLanguage(organization.languages, tag) : survey.language;
    const [asked, codeTitle] = await Promise.all([SatisfactionSurveyService.asked(ctx, survey, language), SatisfactionSurveyService.codeTitle(ctx, survey, language)]);
    const texts = surveyTexts(language);
    const scale = (labels: string[]) => labels.map((label, i) => ({ score: i + 1, label }));
    return {
      language,
      availableLanguages: organization.languages.includes(survey.language) ? organization.languages : [...organization.languages, survey.language],
      organizationName: organization.name,
      codeTitle,
      title: texts.title,
      intro: texts.intro,
      questions: asked.map((p) => ({ promiseKey: p.key, title: p.title, text: p.text, question: texts.promiseQuestion, scale: scale(texts.promiseScale) })),
      overallQuestion: texts.overallQuestion,
      overallScale: scale(texts.overallScale),
      commentLabel: texts.comment,
      expiresAt: survey.expiresAt,
    };
  }

  /** Every problem of an answer, each naming its field (`input.answers[2].score`). */
  static problems(keys: readonly string[], input: AnswerSatisfactionSurveyInput): FieldProblem[] {
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    (input.answers ?? []).forEach((answer, i) => {
      if (!keys.includes(answer.promiseKey)) problems.push({ field: `input.answers[${i}].promiseKey`, message: `${answer.promiseKey} is not asked about in this survey` });
      else if (seen.has(answer.promiseKey)) problems.push({ field: `input.answers[${i}].promiseKey`, message: `${answer.promiseKey} is answered twice` });
      seen.add(answer.promiseKey);
      if (!isScore(answer.score)) problems.push({ field: `input.answers[${i}].score`, message: 'must be a whole number from 1 to 5' });
    });
    const missing = keys.filter((k) => !seen.has(k));
    if (missing.length) problems.push({ field: 'input.answers', message: `an answer is missing for ${missing.join(', ')}` });
    if (!isScore(input.overall)) problems.push({ field: 'input.overall', message: 'must be a whole number from 1 to 5' });
    if (input.comment && input.comment.length > MAX_COMMENT) problems.push({ field: 'input.comment', message: `must be at most ${MAX_COMMENT} characters` });
    return problems;
  }

  /** `answerSatisfactionSurvey`: stores the scores once; the link is used up. Nothing is stored when any field is wrong. */
  static async answer(ctx: Context, token: string, input: AnswerSatisfactionSurveyInput): Promise<SatisfactionSurveyReceipt> {
    const survey = await SatisfactionSurveyService.open(ctx, token);
    const questions = await scopedTo(ctx, SatisfactionSurveyAnswer, survey.organizationId).find({ where: { surveyId: survey.id }, order: { position: 'ASC' } });
    const problems = SatisfactionSurveyService.problems(
      questions.map((q) => q.promiseKey),
      input,
    );
    if (problems.length) throw new BadUserInputError(`Invalid answers: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, problems);
    const organization = await ctx.db.getRepository(Organization).findOneByOrFail({ id: survey.organizationId });
    const answeredAt = new Date();
    const answeredOn = todayIn(organization.timezone, answeredAt);
    try {
      await scopedTo(ctx, SatisfactionSurvey, survey.organizationId).update(
        survey,
        { answeredAt, overall: input.overall, comment: input.comment?.trim() || null },
        { expectedVersion: survey.version, action: 'SatisfactionSurvey.answered' },
      );
    } catch (error) {
      // Answered at the same moment through another request: the link is used up.
      if (error instanceof ConflictError) throw new SurveyLinkNotFoundError();
      throw error;
    }
    for (const answer of input.answers) {
      await ctx.db
        .getRepository(SatisfactionSurveyAnswer)
        .update({ organizationId: survey.organizationId, surveyId: survey.id, promiseKey: answer.promiseKey }, { score: answer.score, answeredOn });
    }
    return { message: surveyTexts(survey.language).thanks };
  }

  /** Erases the respondent's data of a complaint's survey when the complaint is anonymised (the scores stay). */
  static async eraseForComplaint(ctx: Context, complaint: Complaint): Promise<void> {
    const surveys = scopedTo(ctx, SatisfactionSurvey, complaint.organizationId);
    const survey = await surveys.findOne({ complaintId: complaint.id });
    if (!survey || survey.personalDataErasedAt) return;
    await surveys.update(
      survey,
      { respondentName: null, respondentEmail: null, caseReference: null, comment: null, personalDataErasedAt: new Date() },
      { action: 'SatisfactionSurvey.personalDataErased' },
    );
  }

  /**
   * The retention run's part: the respondent data of surveys not tied to a complaint, erased once
   * the survey ended (answered, or its link expired) more than `respondentDataRetentionDays` ago;
   * a complaint's survey goes with the complaint's anonymisation. One statement, one audit event.
   */
  static async sweep(ctx: Context, organization: Organization, dryRun: boolean): Promise<number> {
    const due = `organization_id = $1 AND origin = '${SurveyOrigin.ON_DEMAND}' AND personal_data_erased_at IS NULL
      AND coalesce(answered_at, expires_at) <= now() - make_interval(days => $2::int)`;
    const params = [organization.id, organization.surveyPolicy.respondentDataRetentionDays];
    if (dryRun) {
      const [{ n }] = await ctx.db.query(`SELECT count(*)::int AS n FROM satisfaction_survey WHERE ${due}`, params);
      return n as number;
    }
    const rows: { id: string }[] = await ctx.db.query(
      `UPDATE satisfaction_survey SET respondent_name = NULL, respondent_email = NULL, case_reference = NULL, comment = NULL,
         personal_data_erased_at = now(), version = version + 1, updated_at = now()
       WHERE ${due} RETURNING id`,
      params,
    );
    const ids = (Array.isArray(rows[0]) ? (rows[0] as { id: string }[]) : rows).map((r) => r.id);
    if (ids.length) {
      await scopedTo(ctx, SatisfactionSurvey, organization.id).audit('SatisfactionSurvey.personalDataErased', null, { surveys: ids.length, surveyIds: ids });
    }
    return ids.length;
  }
}

import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import type { Context } from '../../common/context';
import { AppError, BadUserInputError, ErrorCode, UNAVAILABLE_RETRY_AFTER_SECONDS } from '../../common/errors';
import { databaseUnavailable, logDatabaseUnavailable, logMaskedError } from '../../common/format-error';
import { unitOfWork } from '../../common/unit-of-work';
import type { AnswerSatisfactionSurveyInput, PublicSatisfactionSurvey } from './satisfaction-survey.dto';
import { SatisfactionSurveyService, SurveyLinkNotFoundError } from './satisfaction-survey.service';
import { PAGE_HEADERS, page } from '../../http/public-pages/pages';
import { message as pageMessage } from '../../http/public-pages/messages';
import { crossSite } from '../../http/public-pages/routes';
import type { Html } from '../../http/public-pages/html';
import { surveyForm, surveyFrame, surveyMessage, type SurveyFormErrors, type SurveyFormValues } from './survey-page.html';
import { languageTag, negotiateLanguage } from '../../common/languages';
import { SURVEY_LANGUAGES, surveyTexts, textLanguage, type SurveyLanguage } from './survey-texts';

/** What the app hands the survey pages: its request context, and the public rate limits. */
export interface SurveyPageDeps {
  /** Run first on both routes (readiness). */
  before: RequestHandler[];
  contextOf: (req: Request) => Promise<Context>;
  /** Charges the public budget (`reads` for the form, `submissions` for an answer); throws RATE_LIMITED when spent. */
  charge: (kind: 'reads' | 'submissions', req: Request) => Promise<void>;
}

/** The path of a survey link with its token replaced: what logs and traces may show. */
export const redactSurveyToken = (url: string): string => url.replace(/^\/s\/[^/?#]*/, '/s/[token]');

/** The language of a page that has no survey to take it from: the best of Accept-Language, else English. */
function acceptedLanguage(req: Request): SurveyLanguage {
  return negotiateLanguage(['en', ...SURVEY_LANGUAGES.filter((l) => l !== 'en')], null, req.headers['accept-language']) as SurveyLanguage;
}

/** Sends a page in the public pages' layout, with their headers: a CSP without scripts, no referrer, nothing cached. */
function send(res: Response, status: number, frame: ReturnType<typeof surveyFrame>, main: Html): void {
  res
    .status(status)
    .set({ 'content-type': 'text/html; charset=utf-8', ...PAGE_HEADERS })
    .send(page(frame, main));
}

/** A page with one message, in the fixed texts' language. */
const message = (res: Response, status: number, tag: string, title: string, text: string) => send(res, status, surveyFrame(null, title, tag), surveyMessage(title, text));

/** Error pages: the link (404, one page for unknown, used and expired), too many requests (429), unavailable (503), anything else (500, logged). */
function fail(req: Request, res: Response, error: unknown, tag: string): void {
  const texts = surveyTexts(textLanguage(tag));
  if (error instanceof SurveyLinkNotFoundError) return message(res, 404, tag, texts.notFoundTitle, texts.notFound);
  if (error instanceof AppError && error.extensions.code === ErrorCode.RATE_LIMITED) {
    res.set('retry-after', String((error.extensions as { retryAfterSeconds?: number }).retryAfterSeconds ?? 60));
    return message(res, 429, tag, texts.tooManyTitle, texts.tooMany);
  }
  const unavailable = databaseUnavailable(error);
  if (unavailable) {
    logDatabaseUnavailable(req.log, unavailable, { route: 'survey page' });
    res.set('retry-after', String(UNAVAILABLE_RETRY_AFTER_SECONDS));
    return message(res, 503, tag, texts.tooManyTitle, texts.tooMany);
  }
  logMaskedError(req.log, error, { route: 'survey page' });
  message(res, 500, tag, texts.notFoundTitle, texts.notFound);
}

/** The language asked for in the address (`?lang=`, the layout's language links), if any. */
const asked = (req: Request): string | null => {
  const lang = req.query.lang;
  if (typeof lang !== 'string') return null;
  try {
    return languageTag(lang, 'lang');
  } catch {
    // Not a language tag: the survey's own language.
    return null;
  }
};

/** The first value of a form field (a repeated field counts by its first), or undefined. */
const field = (body: Record<string, unknown>, name: string): string | undefined => {
  const value = Array.isArray(body[name]) ? (body[name] as unknown[])[0] : body[name];
  return typeof value === 'string' ? value : undefined;
};

/** A form value as a score: the number it spells, or 0 (refused by the validation) when it spells none. */
const score = (value: string | undefined): number => (value && /^\d$/.test(value) ? Number(value) : 0);

/**
 * The form's errors from the answer's validation: `input.answers[i]` is question `i` (answers are
 * sent in question order), in the respondent's words.
 */
function formErrors(error: BadUserInputError, survey: PublicSatisfactionSurvey, language: string): SurveyFormErrors {
  const texts = surveyTexts(language);
  const errors: SurveyFormErrors = {};
  for (const { field: path } of (error.extensions.fields ?? []) as { field: string }[]) {
    const question = /^input\.answers\[(\d+)\]/.exec(path);
    if (question) errors[`q${question[1]}`] = `${survey.questions[Number(question[1])]?.title ?? ''}: ${texts.required}`;
    else if (path === 'input.overall') errors.overall = `${texts.overallQuestion} ${texts.required}`;
    else if (path === 'input.comment') errors.comment = texts.commentTooLong;
  }
  return errors;
}

/**
 * `GET /s/:token`, the survey form (server-rendered, no script), and `POST /s/:token` its answer
 * (urlencoded): answered once, re-rendered with the errors and what was entered, a thank-you page
 * after. Unknown, used and expired links show one page. Every answer carries a CSP without
 * scripts, `Referrer-Policy: no-referrer` (the token never leaves in a Referer) and
 * `Cache-Control: no-store`; the token is kept out of logs (`redactSurveyToken`).
 */
export function surveyPageRoutes({ before, contextOf, charge }: SurveyPageDeps): Router {
  const router = express.Router();
  const form = express.urlencoded({ extended: false, limit: '32kb', parameterLimit: 200 });

  router.get('/s/:token', ...before, async (req, res) => {
    const fallback = acceptedLanguage(req);
    try {
      await charge('reads', req);
      const ctx = await contextOf(req);
      const survey = await SatisfactionSurveyService.forRespondent(ctx, String(req.params.token), asked(req));
      const texts = surveyTexts(survey.language);
      send(res, 200, surveyFrame(survey, texts.title, survey.language), surveyForm(survey, texts, { scores: {} }, {}));
    } catch (error) {
      fail(req, res, error, fallback);
    }
  });

  router.post('/s/:token', form, ...before, async (req, res) => {
    let language: string = acceptedLanguage(req);
    // As the other public forms: a post from another site is refused before it spends the visitor's budget.
    if (crossSite(req)) {
      const l = textLanguage(language);
      return message(res, 403, l, pageMessage(l, 'error.title'), pageMessage(l, 'error.crossSite'));
    }
    try {
      await charge('submissions', req);
      const token = String(req.params.token);
      const ctx = await contextOf(req);
      const survey = await SatisfactionSurveyService.forRespondent(ctx, token, asked(req));
      language = survey.language;
      const body = (req.body ?? {}) as Record<string, unknown>;
      const values: SurveyFormValues = {
        scores: Object.fromEntries(survey.questions.map((q) => [q.promiseKey, field(body, `score.${q.promiseKey}`)])),
        overall: field(body, 'overall'),
        comment: field(body, 'comment'),
      };
      const input: AnswerSatisfactionSurveyInput = {
        answers: survey.questions.map((q) => ({ promiseKey: q.promiseKey, score: score(values.scores[q.promiseKey]) })),
        overall: score(values.overall),
        comment: values.comment?.trim() || undefined,
      };
      try {
        const receipt = await unitOfWork(ctx, { name: 'POST /s/:token' }, () => SatisfactionSurveyService.answer(ctx, token, input));
        message(res, 200, language, surveyTexts(language).thanksTitle, receipt.message);
      } catch (error) {
        if (!(error instanceof BadUserInputError)) throw error;
        const texts = surveyTexts(language);
        send(res, 400, surveyFrame(survey, texts.title, language, true), surveyForm(survey, texts, values, formErrors(error, survey, language)));
      }
    } catch (error) {
      fail(req, res, error, language);
    }
  });

  return router;
}

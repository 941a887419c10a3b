import { randomUUID } from 'node:crypto';
import express, { type ErrorRequestHandler, type Request, type Response, type Router } from 'express';
import { logMaskedError } from '../../common/format-error';
import type { GraphQLFormattedError } from 'graphql';
import { html, type Html } from './html';
import { negotiateLanguage } from '../../common/languages';
import { MESSAGES, PAGE_LANGUAGES, message, type MessageKey, type PageLanguage } from './messages';
import { PAGE_HEADERS, page } from './pages';
import { codePage, formPage, FORM_FIELDS, notFoundPage, receiptPage, trackPage, type CodeView, type FormErrors, type FormField, type FormValues, type TrackField, type TrackingView } from './views';

/** What a public GraphQL operation answered, run for a page as for any client (validation, rate limits, transaction). */
export interface OperationResult {
  data?: Record<string, unknown> | null;
  errors?: readonly GraphQLFormattedError[];
  /** The HTTP status the GraphQL response would have had (429 when rate limited). */
  status?: number;
  retryAfter?: string;
}

/** Runs one GraphQL operation for the request, without a token. */
export type RunOperation = (req: Request, query: string, variables: Record<string, unknown>) => Promise<OperationResult>;

const PUBLISHED_CODE = `query PublicPageCode($slug: String!, $key: String!, $language: String) {
  publishedCode(organizationSlug: $slug, codeKey: $key, language: $language) {
    key language availableLanguages title scope organizationName timeZone currentVersion { version policyStatement publishedAt promises { key title text } }
  }
}`;
const SUBMIT = `mutation PublicPageSubmit($slug: String!, $input: SubmitComplaintInput!) {
  submitComplaint(organizationSlug: $slug, input: $input) { reference trackingSecret }
}`;
const STATUS = `query PublicPageStatus($slug: String!, $reference: String!, $secret: String!) {
  complaintStatus(organizationSlug: $slug, reference: $reference, secret: $secret) {
    reference status timeZone receivedAt acknowledgementDueAt resolutionDueAt extensionReason
    letters { kind sentAt language subject body } outcome
    disputesRoute { name postalAddress website appealWithinMonths }
  }
}`;

/** The language asked for by `?lang=`, when it looks like a BCP 47 tag (anything else is ignored, not refused). */
function askedLanguage(req: Request): string | undefined {
  const asked = req.query.lang;
  return typeof asked === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$/.test(asked) && asked.length <= 35 ? asked : undefined;
}

/**
 * The language of the page's fixed texts: `preferred` (the language a code is served in) or else
 * `?lang=` when the pages speak it, else the best of Accept-Language, else Dutch.
 */
export function pageLanguage(req: Request, preferred?: string): PageLanguage {
  return negotiateLanguage([...PAGE_LANGUAGES], preferred ?? askedLanguage(req), req.get('accept-language')) as PageLanguage;
}

const errorCode = (result: OperationResult) => result.errors?.[0]?.extensions?.code as string | undefined;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** A form posted from another site (Sec-Fetch-Site, or an Origin other than this host). */
export function crossSite(req: Request): boolean {
  if (req.get('sec-fetch-site') === 'cross-site') return true;
  const origin = req.get('origin');
  if (!origin || origin === 'null') return false;
  try {
    return new URL(origin).host !== req.get('host');
  } catch {
    return true;
  }
}

/** The fields of the complaint form a GraphQL error names (`input.complainant.email` → `email`). */
function formField(path: string): FormField | null {
  const name = path.replace(/^input\.(complainant\.)?/, '');
  return (FORM_FIELDS as readonly string[]).includes(name) ? (name as FormField) : null;
}

/** The page's message for a field's problem: `blank` when it was left empty or is required, else `invalid`. */
function problemKey(prefix: string, problem: string, blank: boolean): MessageKey {
  const kind = blank || /blank|required/.test(problem) ? 'blank' : 'invalid';
  const key = `${prefix}.${kind}`;
  return (key in MESSAGES ? key : `${prefix}.invalid`) as MessageKey;
}

const fieldProblems = (result: OperationResult) =>
  (result.errors ?? []).flatMap((e) => ((e.extensions?.fields as { field: string; message: string }[] | undefined) ?? []));

/**
 * The public pages, server-rendered, mounted at `/c`: a published code (`/c/:organizationSlug/:codeKey`), its
 * complaint form (`…/complaint`, GET and POST) and complaint tracking (`/c/:organizationSlug/track`).
 * They call the same GraphQL operations as any client, so validation, idempotency and the public
 * rate limits are the API's. No cookies and no sessions: a form posted from another site could do
 * only what that site can do by posting itself, so no CSRF token is needed; cross-site posts are
 * refused all the same (Sec-Fetch-Site / Origin), so another site cannot spend its visitors' rate
 * budgets, and the pages are never framed (CSP frame-ancestors).
 */
export function publicPageRoutes(run: RunOperation, options: { bodyLimit: string }): Router {
  const router = express.Router();
  const form = express.urlencoded({ extended: false, limit: options.bodyLimit, parameterLimit: 20 });

  router.use((_req, res, next) => {
    res.set(PAGE_HEADERS);
    next();
  });

  /** Sends a page; a page about a code is offered in the code's languages, any other in the pages' own. */
  const send = (req: Request, res: Response, status: number, title: string, main: Html, extra: { code?: CodeView; hasErrors?: boolean } = {}) => {
    const { code, hasErrors } = extra;
    const language = pageLanguage(req, code?.language);
    // Relative: the same page in another language, without the rest of its query (a tracking secret stays out).
    const frame = {
      language,
      title,
      hasErrors,
      organization: code?.organizationName,
      languages: code?.availableLanguages ?? PAGE_LANGUAGES,
      current: code?.language ?? language,
      languageLink: (l: string) => `?lang=${encodeURIComponent(l)}`,
    };
    res.status(status).type('html').send(page(frame, main));
  };
  const notFound = (req: Request, res: Response) => send(req, res, 404, message(pageLanguage(req), 'notFound.title'), notFoundPage(pageLanguage(req)));
  const failed = (req: Request, res: Response, result: OperationResult) => {
    // The address names no code: unknown, or no valid slug or key at all (too long) — one answer.
    if (errorCode(result) === 'NOT_FOUND' || errorCode(result) === 'BAD_USER_INPUT') return notFound(req, res);
    const language = pageLanguage(req);
    const status = result.status && result.status >= 400 ? result.status : 500;
    if (result.retryAfter) res.set('retry-after', result.retryAfter);
    send(req, res, status, message(language, 'error.title'), generalError(language, result));
  };
  const generalError = (language: PageLanguage, result: OperationResult): Html =>
    errorPage(language, result.retryAfter ? message(language, 'error.rateLimited', { seconds: result.retryAfter }) : message(language, 'error.unavailable'));

  /** The code in force, or the one answer to an unknown organisation or code (null after the page was sent). */
  const code = async (req: Request, res: Response): Promise<CodeView | null> => {
    const result = await run(req, PUBLISHED_CODE, { slug: req.params.organizationSlug, key: req.params.codeKey, language: askedLanguage(req) });
    const view = result.data?.publishedCode as CodeView | undefined;
    if (!view) {
      failed(req, res, result);
      return null;
    }
    return view;
  };
  /** The language links between pages carry: the code's, or the page's. */
  const languageQuery = (req: Request, code?: CodeView) => `?lang=${encodeURIComponent(code?.language ?? pageLanguage(req))}`;
  const base = (req: Request) => `${req.baseUrl}/${encodeURIComponent(req.params.organizationSlug as string)}`;

  // Tracking first: `track` is not a code key.
  const showTracking = async (req: Request, res: Response, values: { reference: string; secret: string }) => {
    const language = pageLanguage(req);
    const action = `${base(req)}/track${languageQuery(req)}`;
    const title = message(language, 'track.title');
    const blank: Partial<Record<TrackField, MessageKey>> = {};
    if (!values.reference.trim()) blank.reference = 'track.reference.blank';
    if (!values.secret.trim()) blank.secret = 'track.secret.blank';
    if (Object.keys(blank).length) return send(req, res, 400, title, trackPage(language, action, values, { errors: blank }), { hasErrors: true });
    const result = await run(req, STATUS, { slug: req.params.organizationSlug, reference: values.reference, secret: values.secret });
    const view = result.data?.complaintStatus as TrackingView | undefined;
    if (view) return send(req, res, 200, message(language, 'status.heading', { reference: view.reference }), trackPage(language, action, values, { view }));
    const code = errorCode(result);
    const general =
      code === 'NOT_FOUND'
        ? message(language, 'track.notFound')
        : code === 'RATE_LIMITED'
          ? message(language, 'error.rateLimited', { seconds: result.retryAfter ?? '60' })
          : code === 'BAD_USER_INPUT'
            ? message(language, 'track.notFound')
            : message(language, 'error.unavailable');
    if (result.retryAfter) res.set('retry-after', result.retryAfter);
    const status = code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' ? 404 : (result.status ?? 500);
    send(req, res, status, title, trackPage(language, action, values, { general }), { hasErrors: true });
  };

  router.get('/:organizationSlug/track', async (req, res) => {
    const reference = text(req.query.reference);
    const secret = text(req.query.secret);
    if (reference && secret) return showTracking(req, res, { reference, secret });
    const language = pageLanguage(req);
    send(req, res, 200, message(language, 'track.title'), trackPage(language, `${base(req)}/track${languageQuery(req)}`, { reference, secret }));
  });

  router.post('/:organizationSlug/track', form, async (req, res) => {
    if (crossSite(req)) return refuse(req, res);
    await showTracking(req, res, { reference: text(req.body?.reference), secret: text(req.body?.secret) });
  });

  router.get('/:organizationSlug/:codeKey', async (req, res) => {
    const view = await code(req, res);
    if (!view) return;
    const links = { form: `${base(req)}/${encodeURIComponent(view.key)}/complaint${languageQuery(req, view)}`, track: `${base(req)}/track${languageQuery(req, view)}` };
    send(req, res, 200, view.title, codePage(pageLanguage(req, view.language), view, links), { code: view });
  });

  const formAction = (req: Request, view: CodeView) => `${base(req)}/${encodeURIComponent(view.key)}/complaint${languageQuery(req, view)}`;
  const emptyForm = (): FormValues => ({ subject: '', description: '', name: '', email: '', phone: '', customerReference: '', idempotencyKey: randomUUID() });

  router.get('/:organizationSlug/:codeKey/complaint', async (req, res) => {
    const view = await code(req, res);
    if (!view) return;
    const language = pageLanguage(req, view.language);
    send(req, res, 200, message(language, 'form.title'), formPage(language, view, formAction(req, view), emptyForm()), { code: view });
  });

  router.post('/:organizationSlug/:codeKey/complaint', form, async (req, res) => {
    if (crossSite(req)) return refuse(req, res);
    const view = await code(req, res);
    if (!view) return;
    const language = pageLanguage(req, view.language);
    const values = Object.fromEntries([...FORM_FIELDS, 'idempotencyKey'].map((f) => [f, text(req.body?.[f])])) as FormValues;
    const optional = (value: string) => (value.trim() ? value : undefined);
    const input = {
      // The complainant wrote in the language the code was read in: letters go to them in it.
      language: view.language,
      idempotencyKey: optional(values.idempotencyKey),
      subject: values.subject,
      description: values.description,
      complainant: { name: values.name, email: optional(values.email), phone: optional(values.phone), customerReference: optional(values.customerReference) },
    };
    const result = await run(req, SUBMIT, { slug: req.params.organizationSlug, input });
    const receipt = result.data?.submitComplaint as { reference: string; trackingSecret: string } | undefined;
    if (receipt) {
      const link = `${req.protocol}://${req.get('host')}${base(req)}/track?lang=${encodeURIComponent(view.language)}&reference=${encodeURIComponent(receipt.reference)}&secret=${encodeURIComponent(receipt.trackingSecret)}`;
      return send(req, res, 200, message(language, 'receipt.title'), receiptPage(language, receipt, link), { code: view });
    }
    const errors: FormErrors = { fields: {} };
    for (const problem of fieldProblems(result)) {
      const field = formField(problem.field);
      if (field && !errors.fields[field]) errors.fields[field] = problemKey(`error.${field}`, problem.message, !values[field].trim());
    }
    // The service names a missing email or phone only once the rest is valid: say it with the rest.
    if (!values.email.trim() && !values.phone.trim() && !errors.fields.email) errors.fields.email = 'error.email.blank';
    const failure = errorCode(result);
    if (failure === 'CONFLICT') errors.general = message(language, 'error.resubmitted');
    else if (failure === 'RATE_LIMITED') errors.general = message(language, 'error.rateLimited', { seconds: result.retryAfter ?? '60' });
    else if (failure !== 'BAD_USER_INPUT') errors.general = message(language, 'error.unavailable');
    if (result.retryAfter) res.set('retry-after', result.retryAfter);
    const status = failure === 'BAD_USER_INPUT' ? 400 : failure === 'CONFLICT' ? 409 : (result.status ?? 500);
    send(req, res, status >= 400 ? status : 400, message(language, 'form.title'), formPage(language, view, formAction(req, view), values, errors), { code: view, hasErrors: true });
  });

  const refuse = (req: Request, res: Response) => {
    const language = pageLanguage(req);
    send(req, res, 403, message(language, 'error.title'), errorPage(language, message(language, 'error.crossSite')));
  };

  router.use((req, res) => notFound(req, res));
  // A body too large or malformed, or a failure of ours: a page, never a stack trace.
  const pageErrors: ErrorRequestHandler = (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const language = pageLanguage(req);
    const given = (error as { status?: number; type?: string }).status;
    const status = (error as { type?: string }).type === 'entity.too.large' ? 413 : given && given < 500 ? given : 500;
    if (status === 500) logMaskedError(req.log, error);
    send(req, res, status, message(language, 'error.title'), errorPage(language, message(language, status === 413 ? 'error.tooLarge' : status === 500 ? 'error.unavailable' : 'error.badRequest')));
  };
  router.use(pageErrors);
  return router;
}

/** A page that only says what went wrong. */
function errorPage(language: PageLanguage, text: string): Html {
  return html`<h1>${message(language, 'error.title')}</h1>
<p>${text}</p>`;
}

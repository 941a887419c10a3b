import { html, type Html } from './html';
import { message, type MessageKey, type PageLanguage } from './messages';
import { day } from './pages';

/** The published code as the page reads it (publishedCode). */
export interface CodeView {
  key: string;
  /** The language its texts are served in, and those it can be read in. */
  language: string;
  availableLanguages: string[];
  title: string;
  scope: string;
  organizationName: string;
  /** The organisation's time zone, in which its dates are shown. */
  timeZone: string;
  currentVersion: { version: number; policyStatement: string | null; publishedAt: string; promises: { key: string; title: string; text: string }[] };
}

/** The fields of the complaint form, by the name of their input. */
export const FORM_FIELDS = ['subject', 'description', 'name', 'email', 'phone', 'customerReference'] as const;
export type FormField = (typeof FORM_FIELDS)[number];
export type FormValues = Record<FormField, string> & { idempotencyKey: string };
/** What is wrong, per field (its message), and about the form as a whole. */
export interface FormErrors {
  fields: Partial<Record<FormField, MessageKey>>;
  general?: string;
}

/** The complaint as its complainant follows it (complaintStatus). */
export interface TrackingView {
  reference: string;
  status: string;
  /** The organisation's time zone, in which its dates are shown. */
  timeZone: string;
  receivedAt: string | null;
  acknowledgementDueAt: string | null;
  resolutionDueAt: string | null;
  extensionReason: string | null;
  letters: { kind: string; sentAt: string; language: string; subject: string | null; body: string | null }[];
  outcome: string | null;
  disputesRoute: { name: string; postalAddress: string | null; website: string | null; appealWithinMonths: number | null } | null;
}

export type TrackField = 'reference' | 'secret';

const tr = (language: PageLanguage) => (key: MessageKey, values?: Record<string, string | number>) => message(language, key, values);

/** The error summary at the top of a form: focused when the page opens, each problem a link to its field. */
function errorSummary(language: PageLanguage, problems: { field?: string; text: string }[]): Html | null {
  if (!problems.length) return null;
  const t = tr(language);
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
<h2 id="error-summary-title">${t('error.summary')}</h2>
<ul>${problems.map((p) => (p.field ? html`<li><a href="#${p.field}">${p.text}</a></li>` : html`<li>${p.text}</li>`))}</ul>
</div>`;
}

/** A labelled input (or textarea) with its hint and error, tied together by aria-describedby. */
function field(
  language: PageLanguage,
  name: string,
  options: { label: string; value: string; required?: boolean; hint?: string; error?: string; type?: string; autocomplete?: string; maxlength: number; multiline?: boolean; describedBy?: string[] },
): Html {
  const t = tr(language);
  const described = [...(options.describedBy ?? []), options.hint ? `${name}-hint` : null, options.error ? `${name}-error` : null].filter(Boolean).join(' ');
  const attributes = html` id="${name}" name="${name}" maxlength="${options.maxlength}"${options.required ? html` required aria-required="true"` : null}${
    options.autocomplete ? html` autocomplete="${options.autocomplete}"` : null
  }${described ? html` aria-describedby="${described}"` : null}${options.error ? html` aria-invalid="true"` : null}`;
  return html`<label for="${name}">${options.label}${options.required ? html` <span>${t('form.required')}</span>` : null}</label>
${options.hint ? html`<p class="hint" id="${name}-hint">${options.hint}</p>` : null}
${options.error ? html`<p class="error" id="${name}-error"><span class="visually-hidden">${t('error.title')}:</span> ${options.error}</p>` : null}
${options.multiline ? html`<textarea${attributes} rows="10">${options.value}</textarea>` : html`<input type="${options.type ?? 'text'}"${attributes} value="${options.value}">`}`;
}

export function codePage(language: PageLanguage, code: CodeView, links: { form: string; track: string }): Html {
  const t = tr(language);
  const version = code.currentVersion;
  return html`<h1 lang="${code.language}">${code.title}</h1>
<p>${t('code.inForce', { version: version.version, date: day(version.publishedAt, language, code.timeZone) })}</p>
<h2>${t('code.scope')}</h2>
<p class="text" lang="${code.availableLanguages[0] ?? code.language}">${code.scope}</p>
${version.policyStatement ? html`<h2>${t('code.policy')}</h2><p class="text" lang="${code.language}">${version.policyStatement}</p>` : null}
<h2>${t('code.promises')}</h2>
<ol lang="${code.language}">${version.promises.map((p) => html`<li><h3>${p.title}</h3><p class="text">${p.text}</p></li>`)}</ol>
<h2>${t('code.complain.heading')}</h2>
<p>${t('code.complain.text')}</p>
<p><a href="${links.form}">${t('code.complain.link')}</a></p>
<p><a href="${links.track}">${t('code.track.link')}</a></p>`;
}

export function formPage(language: PageLanguage, code: CodeView, action: string, values: FormValues, errors: FormErrors = { fields: {} }): Html {
  const t = tr(language);
  const error = (f: FormField) => (errors.fields[f] ? t(errors.fields[f]!) : undefined);
  const problems = [
    ...(errors.general ? [{ text: errors.general }] : []),
    ...FORM_FIELDS.filter((f) => errors.fields[f]).map((f) => ({ field: f, text: t(errors.fields[f]!) })),
  ];
  return html`<h1>${t('form.title')}</h1>
<p>${t('form.intro', { code: code.title, organization: code.organizationName })}</p>
${errorSummary(language, problems)}
<form method="post" action="${action}" novalidate>
<input type="hidden" name="idempotencyKey" value="${values.idempotencyKey}">
<fieldset>
<legend>${t('form.complaint')}</legend>
${field(language, 'subject', { label: t('form.subject'), value: values.subject, required: true, hint: t('form.subject.hint'), error: error('subject'), maxlength: 200 })}
${field(language, 'description', { label: t('form.description'), value: values.description, required: true, hint: t('form.description.hint'), error: error('description'), maxlength: 10_000, multiline: true })}
</fieldset>
<fieldset aria-describedby="contact-hint">
<legend>${t('form.contact')}</legend>
<p class="hint" id="contact-hint">${t('form.emailOrPhone.hint')}</p>
${field(language, 'name', { label: t('form.name'), value: values.name, required: true, error: error('name'), autocomplete: 'name', maxlength: 200 })}
${field(language, 'email', { label: t('form.email'), value: values.email, type: 'email', error: error('email'), autocomplete: 'email', maxlength: 320, describedBy: ['contact-hint'] })}
${field(language, 'phone', { label: t('form.phone'), value: values.phone, type: 'tel', error: error('phone'), autocomplete: 'tel', maxlength: 40, describedBy: ['contact-hint'] })}
${field(language, 'customerReference', { label: t('form.customerReference'), value: values.customerReference, error: error('customerReference'), maxlength: 100 })}
</fieldset>
<button type="submit">${t('form.submit')}</button>
</form>`;
}

export function receiptPage(language: PageLanguage, receipt: { reference: string; trackingSecret: string }, trackingLink: string): Html {
  const t = tr(language);
  return html`<h1>${t('receipt.title')}</h1>
<p>${t('receipt.text')}</p>
<dl>
<dt>${t('receipt.reference')}</dt><dd id="reference">${receipt.reference}</dd>
<dt>${t('receipt.secret')}</dt><dd><span class="secret" id="tracking-secret">${receipt.trackingSecret}</span></dd>
</dl>
<p><strong>${t('receipt.keep')}</strong></p>
<p><a href="${trackingLink}" id="tracking-link">${t('receipt.link')}</a></p>
<p>${t('receipt.linkText')}</p>
<p class="secret">${trackingLink}</p>`;
}

function statusSection(language: PageLanguage, view: TrackingView): Html {
  const t = tr(language);
  const anonymised = view.receivedAt === null;
  const status = t(`status.${view.status}` as MessageKey);
  return html`<dl>
<dt>${t('status.status')}</dt><dd id="status">${status}</dd>
${view.receivedAt ? html`<dt>${t('status.receivedAt')}</dt><dd>${day(view.receivedAt, language, view.timeZone)}</dd>` : null}
${view.acknowledgementDueAt ? html`<dt>${t('status.acknowledgementDueAt')}</dt><dd>${day(view.acknowledgementDueAt, language, view.timeZone)}</dd>` : null}
${view.resolutionDueAt ? html`<dt>${t('status.resolutionDueAt')}</dt><dd>${day(view.resolutionDueAt, language, view.timeZone)}</dd>` : null}
${view.outcome ? html`<dt>${t('status.outcome')}</dt><dd id="outcome">${t(`outcome.${view.outcome}` as MessageKey)}</dd>` : null}
</dl>
${view.extensionReason ? html`<p>${t('status.extended', { reason: view.extensionReason })}</p>` : null}
${anonymised ? html`<p>${t('status.anonymised')}</p>` : null}
${
  anonymised
    ? null
    : html`<h2>${t('status.letters')}</h2>
${view.letters.length ? null : html`<p>${t('status.noLetters')}</p>`}
${view.letters.map(
  (l) => html`<article>
<h3>${t(`letter.${l.kind}` as MessageKey)}</h3>
<p>${t('letter.sent', { date: day(l.sentAt, language, view.timeZone) })}</p>
<div lang="${l.language}">${l.subject ? html`<p><strong>${l.subject}</strong></p>` : null}<p class="text">${l.body ?? ''}</p></div>
</article>`,
)}`
}
${
  view.disputesRoute
    ? html`<h2>${t('status.disputes')}</h2>
<p>${t('status.disputes.body', { name: view.disputesRoute.name })}${
        view.disputesRoute.appealWithinMonths ? html` ${t('status.disputes.term', { months: view.disputesRoute.appealWithinMonths })}` : null
      }</p>
<dl>
${view.disputesRoute.postalAddress ? html`<dt>${t('status.disputes.address')}</dt><dd class="text">${view.disputesRoute.postalAddress}</dd>` : null}
${view.disputesRoute.website ? html`<dt>${t('status.disputes.website')}</dt><dd>${websiteLink(view.disputesRoute.website)}</dd>` : null}
</dl>`
    : null
}`;
}

/** A web address as a link only when it is http(s); anything else is shown as text. */
function websiteLink(address: string): Html {
  return /^https?:\/\//i.test(address) ? html`<a href="${address}">${address}</a>` : html`${address}`;
}

export function trackPage(
  language: PageLanguage,
  action: string,
  values: { reference: string; secret: string },
  result: { view?: TrackingView; errors?: Partial<Record<TrackField, MessageKey>>; general?: string } = {},
): Html {
  const t = tr(language);
  const errors = result.errors ?? {};
  const problems = [
    ...(result.general ? [{ text: result.general }] : []),
    ...(['reference', 'secret'] as const).filter((f) => errors[f]).map((f) => ({ field: f, text: t(errors[f]!) })),
  ];
  const form = html`<form method="post" action="${action}" novalidate>
${field(language, 'reference', { label: t('track.reference'), value: values.reference, required: true, hint: t('track.reference.hint'), error: errors.reference && t(errors.reference), maxlength: 100, autocomplete: 'off' })}
${field(language, 'secret', { label: t('track.secret'), value: values.secret, required: true, error: errors.secret && t(errors.secret), maxlength: 200, autocomplete: 'off' })}
<button type="submit">${t('track.submit')}</button>
</form>`;
  if (result.view) {
    return html`<h1>${t('status.heading', { reference: result.view.reference })}</h1>
${statusSection(language, result.view)}
<h2>${t('track.title')}</h2>
${form}`;
  }
  return html`<h1>${t('track.title')}</h1>
<p>${t('track.intro')}</p>
${errorSummary(language, problems)}
${form}`;
}

export function notFoundPage(language: PageLanguage): Html {
  const t = tr(language);
  return html`<h1>${t('notFound.title')}</h1>
<p>${t('notFound.text')}</p>`;
}

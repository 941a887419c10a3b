import { createHash } from 'node:crypto';
import type { PublicSatisfactionSurvey } from './satisfaction-survey.dto';
import type { SurveyTexts } from './survey-texts';

/** Text for HTML element content and attribute values. */
export const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * The page's only style, allowed by its hash in the Content-Security-Policy (no script is allowed
 * at all). Dark text on white (contrast above 15:1), a visible focus ring, large click targets.
 */
const STYLE = `body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.75rem;line-height:1.2;margin:0 0 .25rem}
.org{margin:0 0 1rem;color:#3d3d3d}
fieldset{border:1px solid #6b6b6b;border-radius:.375rem;margin:0 0 1.25rem;padding:.75rem 1rem 1rem}
legend{padding:0 .25rem;font-weight:600}
.promise{display:block;font-weight:400;margin:.25rem 0}
.question{display:block;font-weight:600;margin-top:.25rem}
.options{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:.5rem}
.options label{display:flex;align-items:center;gap:.375rem;border:1px solid #6b6b6b;border-radius:.375rem;padding:.5rem .75rem;cursor:pointer}
input[type=radio]{width:1.25rem;height:1.25rem;margin:0}
label.comment{display:block;font-weight:600;margin-bottom:.25rem}
textarea{box-sizing:border-box;width:100%;min-height:8rem;font:inherit;padding:.5rem;border:1px solid #6b6b6b;border-radius:.375rem}
.hint{color:#3d3d3d;margin:.25rem 0 .5rem}
.error{color:#a4001f;font-weight:600;margin:.25rem 0}
.summary{border:3px solid #a4001f;border-radius:.375rem;padding:.75rem 1rem;margin:0 0 1.5rem}
.summary h2{font-size:1.25rem;margin:0 0 .5rem}
.summary a{color:#a4001f}
button{font:inherit;font-weight:600;color:#fff;background:#0b4f8a;border:0;border-radius:.375rem;padding:.75rem 1.25rem;cursor:pointer}
a,button,input,textarea{outline-offset:2px}
a:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible{outline:3px solid #0b4f8a}
fieldset.invalid{border:2px solid #a4001f}`;

/** The Content-Security-Policy of every survey page: nothing but this style and posting the form to itself. */
export const SURVEY_PAGE_CSP = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

function page(language: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/** What the respondent entered, kept when the form comes back with errors. */
export interface SurveyFormValues {
  scores: Record<string, string | undefined>;
  overall?: string;
  comment?: string;
}

/** Errors by field: `q<index>` for a question, `overall`, `comment`. */
export type SurveyFormErrors = Record<string, string>;

const OVERALL = 'overall';

function radios(name: string, idPrefix: string, scale: { score: number; label: string }[], chosen: string | undefined, describedBy: string | null): string {
  return `<div class="options">${scale
    .map(
      (o) =>
        `<label for="${idPrefix}-${o.score}"><input type="radio" id="${idPrefix}-${o.score}" name="${escapeHtml(name)}" value="${o.score}"${chosen === String(o.score) ? ' checked' : ''}${
          describedBy ? ` aria-describedby="${describedBy}"` : ''
        }>${escapeHtml(o.label)}</label>`,
    )
    .join('')}</div>`;
}

/** The form: one fieldset per promise, overall satisfaction, an optional comment; errors summarised on top and beside each field. */
export function surveyFormPage(survey: PublicSatisfactionSurvey, texts: SurveyTexts, values: SurveyFormValues, errors: SurveyFormErrors): string {
  const errorIds = Object.keys(errors);
  const target = (field: string) => (field === 'comment' ? 'comment' : field === OVERALL ? 'overall-1' : `${field}-1`);
  const summary = errorIds.length
    ? `<div class="summary" role="alert" aria-labelledby="errors-title"><h2 id="errors-title">${escapeHtml(texts.errorsHeading)}</h2><ul>${errorIds
        .map((field) => `<li><a href="#${target(field)}">${escapeHtml(errors[field])}</a></li>`)
        .join('')}</ul></div>`
    : '';
  const questions = survey.questions
    .map((q, i) => {
      const id = `q${i}`;
      const error = errors[id] ? `<p class="error" id="${id}-error">${escapeHtml(errors[id])}</p>` : '';
      return `<fieldset${errors[id] ? ' class="invalid"' : ''}>
<legend><span class="promise">${escapeHtml(q.title)}</span></legend>
<p class="promise">${escapeHtml(q.text)}</p>
<p class="question" id="${id}-question">${escapeHtml(q.question)}</p>
${error}${radios(`score.${q.promiseKey}`, id, q.scale, values.scores[q.promiseKey], [`${id}-question`, errors[id] ? `${id}-error` : ''].filter(Boolean).join(' '))}
</fieldset>`;
    })
    .join('\n');
  const overallError = errors[OVERALL] ? `<p class="error" id="overall-error">${escapeHtml(errors[OVERALL])}</p>` : '';
  const commentError = errors.comment ? `<p class="error" id="comment-error">${escapeHtml(errors.comment)}</p>` : '';
  const body = `<h1>${escapeHtml(texts.title)}</h1>
<p class="org">${escapeHtml(survey.organizationName)} · ${escapeHtml(survey.codeTitle)}</p>
<p>${escapeHtml(texts.intro)}</p>
${summary}
<form method="post" novalidate>
${questions}
<fieldset${errors[OVERALL] ? ' class="invalid"' : ''}>
<legend>${escapeHtml(texts.overallQuestion)}</legend>
${overallError}${radios(OVERALL, 'overall', survey.overallScale, values.overall, errors[OVERALL] ? 'overall-error' : null)}
</fieldset>
<label class="comment" for="comment">${escapeHtml(texts.comment)}</label>
<p class="hint" id="comment-hint">${escapeHtml(texts.commentHint)}</p>
${commentError}<textarea id="comment" name="comment" maxlength="2000" aria-describedby="comment-hint${errors.comment ? ' comment-error' : ''}">${escapeHtml(values.comment ?? '')}</textarea>
<p><button type="submit">${escapeHtml(texts.submit)}</button></p>
</form>`;
  return page(survey.language, errorIds.length ? `${texts.errorsHeading} – ${texts.title}` : texts.title, body);
}

/** A page with a heading and one paragraph: thanks, link not valid, too many requests. */
export function surveyMessagePage(language: string, title: string, message: string): string {
  return page(language, title, `<h1>${escapeHtml(title)}</h1>\n<p>${escapeHtml(message)}</p>`);
}

import { html, type Html } from '../../http/public-pages/html';
import { type Frame } from '../../http/public-pages/pages';
import type { PublicSatisfactionSurvey } from './satisfaction-survey.dto';
import { textLanguage, type SurveyTexts } from './survey-texts';

/**
 * The survey's pages in the public pages' layout (`src/http/public-pages`: header with the
 * organisation and the language links, one stylesheet allowed by its hash, no script): one
 * fieldset per promise with its title as the legend and five labelled radio buttons, overall
 * satisfaction, an optional comment; errors summarised at the top, linked to their questions.
 */

/** What the respondent entered, kept when the form comes back with errors. */
export interface SurveyFormValues {
  scores: Record<string, string | undefined>;
  overall?: string;
  comment?: string;
}

/** Errors by field: `q<index>` for a question, `overall`, `comment`. */
export type SurveyFormErrors = Record<string, string>;

const OVERALL = 'overall';

/** The frame of a survey page: the document in the fixed texts' language, the organisation's languages linked (`?lang=`). */
export function surveyFrame(survey: Pick<PublicSatisfactionSurvey, 'language' | 'availableLanguages' | 'organizationName'> | null, title: string, language: string, hasErrors = false): Frame {
  return {
    language: textLanguage(language),
    title,
    hasErrors,
    organization: survey?.organizationName ?? null,
    languages: survey?.availableLanguages ?? [],
    current: survey?.language ?? language,
    languageLink: (l: string) => `?lang=${encodeURIComponent(l)}`,
  };
}

function radios(name: string, idPrefix: string, scale: { score: number; label: string }[], chosen: string | undefined, describedBy: string | null): Html {
  return html`<div class="options">${scale.map(
    (o) =>
      html`<label for="${idPrefix}-${o.score}"><input type="radio" id="${idPrefix}-${o.score}" name="${name}" value="${o.score}"${chosen === String(o.score) ? html` checked` : null}${
        describedBy ? html` aria-describedby="${describedBy}"` : null
      }>${o.label}</label>`,
  )}</div>`;
}

/** The form: one fieldset per promise, overall satisfaction, an optional comment; errors summarised on top and beside each question. */
export function surveyForm(survey: PublicSatisfactionSurvey, texts: SurveyTexts, values: SurveyFormValues, errors: SurveyFormErrors): Html {
  const fields = Object.keys(errors);
  const target = (field: string) => (field === 'comment' ? 'comment' : field === OVERALL ? 'overall-1' : `${field}-1`);
  const summary = fields.length
    ? html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1" autofocus>
<h2 id="error-summary-title">${texts.errorsHeading}</h2>
<ul>${fields.map((field) => html`<li><a href="#${target(field)}">${errors[field]}</a></li>`)}</ul>
</div>`
    : null;
  const questions = survey.questions.map((q, i) => {
    const id = `q${i}`;
    const described = [`${id}-question`, errors[id] ? `${id}-error` : ''].filter(Boolean).join(' ');
    return html`<fieldset${errors[id] ? html` aria-invalid="true"` : null}>
<legend lang="${survey.language}">${q.title}</legend>
<p class="text" lang="${survey.language}">${q.text}</p>
<p class="hint" id="${id}-question">${q.question}</p>
${errors[id] ? html`<p class="error" id="${id}-error">${errors[id]}</p>` : null}
${radios(`score.${q.promiseKey}`, id, q.scale, values.scores[q.promiseKey], described)}
</fieldset>
`;
  });
  return html`<h1>${texts.title}</h1>
<p lang="${survey.language}">${survey.codeTitle}</p>
<p>${texts.intro}</p>
${summary}
<form method="post" novalidate>
${questions}
<fieldset${errors[OVERALL] ? html` aria-invalid="true"` : null}>
<legend>${texts.overallQuestion}</legend>
${errors[OVERALL] ? html`<p class="error" id="overall-error">${errors[OVERALL]}</p>` : null}
${radios(OVERALL, 'overall', survey.overallScale, values.overall, errors[OVERALL] ? 'overall-error' : null)}
</fieldset>
<label for="comment">${texts.comment}</label>
<p class="hint" id="comment-hint">${texts.commentHint}</p>
${errors.comment ? html`<p class="error" id="comment-error">${errors.comment}</p>` : null}
<textarea id="comment" name="comment" maxlength="2000" rows="6" aria-describedby="comment-hint${errors.comment ? ' comment-error' : ''}"${
    errors.comment ? html` aria-invalid="true"` : null
  }>${values.comment ?? ''}</textarea>
<button type="submit">${texts.submit}</button>
</form>`;
}

/** A page with a heading and one paragraph: thanks, link not valid, too many requests. */
export function surveyMessage(title: string, text: string): Html {
  return html`<h1>${title}</h1>
<p>${text}</p>`;
}

import { BadUserInputError } from '../../common/errors';

/**
 * The letters an organisation sends about a complaint, rendered from its templates.
 *
 * A template is plain text with placeholders written `{{name}}` (the variable tag of Mustache,
 * nothing else: no sections, partials, lambdas or HTML escaping, because letters are plain text and
 * their fields are a closed list). The renderer replaces each tag in one pass: a value is never
 * read as a template itself, so a decision or a name holding `{{…}}` is printed as written.
 * Anything between `{{` and `}}` that is not a known placeholder is refused when the template is
 * saved, naming it; a lone `{{` or `}}` is refused too, so what is saved renders as it reads.
 */

export enum LetterKind {
  ACKNOWLEDGEMENT = 'ACKNOWLEDGEMENT',
  DECISION = 'DECISION',
  EXTENSION = 'EXTENSION',
}

/** Every placeholder a template may use, with what it holds. */
export const LETTER_PLACEHOLDERS = {
  reference: 'The complaint reference, e.g. K-2026-0042.',
  organizationName: 'The name of the organisation.',
  complainantName: 'The name of the complainant (empty once anonymised).',
  subject: 'The subject of the complaint.',
  receivedDate: 'The day the complaint was received, written out in the letter language.',
  letterDate: 'The day the letter is sent.',
  acknowledgementDueDate: 'The last day for acknowledging receipt.',
  resolutionDueDate: 'The last day for the decision (the handling deadline).',
  handlerName: 'The complaint officer handling the complaint.',
  decision: 'The decision on the complaint, as communicated.',
  disputesBodyName: 'The disputes body the complainant may go to.',
  disputesBodyAddress: "The disputes body's postal address.",
  disputesBodyWebsite: "The disputes body's website.",
  disputesBodyTermMonths: 'Within how many months of the decision the complainant may go to the disputes body.',
  newDeadline: 'The new last day for the decision after an extension of the handling term (the working deadline).',
  reason: 'Why the handling term is extended, as told to the complainant.',
} as const;

export type LetterPlaceholder = keyof typeof LETTER_PLACEHOLDERS;

/** Placeholders a template of each kind must contain: what the law and the procedure require the letter to say. */
export const REQUIRED_PLACEHOLDERS: Readonly<Record<LetterKind, readonly LetterPlaceholder[]>> = {
  [LetterKind.ACKNOWLEDGEMENT]: ['reference', 'resolutionDueDate'],
  [LetterKind.DECISION]: ['reference', 'decision', 'disputesBodyName'],
  [LetterKind.EXTENSION]: ['reference', 'newDeadline', 'reason'],
};

/**
 * Placeholders only one kind of letter can fill: the decision (an acknowledgement or an extension
 * precedes it), the new deadline and the reason of an extension.
 */
const ONLY_IN: Readonly<Partial<Record<LetterPlaceholder, LetterKind>>> = {
  decision: LetterKind.DECISION,
  newDeadline: LetterKind.EXTENSION,
  reason: LetterKind.EXTENSION,
};

/** "a DECISION letter", "an EXTENSION letter". */
const aLetter = (kind: LetterKind) => `${/^[AEIOU]/.test(kind) ? 'an' : 'a'} ${kind} letter`;

const TAG = /\{\{([^{}]*)\}\}/g;
const isPlaceholder = (name: string): name is LetterPlaceholder => Object.prototype.hasOwnProperty.call(LETTER_PLACEHOLDERS, name);

/** The placeholder names a template uses, in order of first use; tags that are no placeholder come back as written. */
export function placeholdersIn(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(TAG)) names.add(match[1].trim());
  return [...names];
}

/**
 * Refuses (BAD_USER_INPUT naming `field`) a template text with an unknown placeholder, a stray `{{`
 * or `}}`, a placeholder its kind cannot fill, or without one its kind requires (when `required`).
 */
export function checkTemplateText(text: string, kind: LetterKind, field: string, required: boolean): void {
  const stray = text.replace(TAG, '');
  if (stray.includes('{{') || stray.includes('}}') || /\{\{\{|\}\}\}/.test(text)) throw BadUserInputError.field(field, 'has a "{{" or "}}" that is not part of a placeholder like {{reference}}');
  const used = placeholdersIn(text);
  const unknown = used.filter((name) => !isPlaceholder(name));
  if (unknown.length) {
    throw BadUserInputError.field(
      field,
      `unknown placeholder${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `{{${n}}}`).join(', ')}; known: ${Object.keys(LETTER_PLACEHOLDERS).join(', ')}`,
    );
  }
  const misplaced = used.filter((name) => ONLY_IN[name as LetterPlaceholder] && ONLY_IN[name as LetterPlaceholder] !== kind);
  if (misplaced.length) {
    throw BadUserInputError.field(field, misplaced.map((n) => `{{${n}}} can only be used in ${aLetter(ONLY_IN[n as LetterPlaceholder]!)}`).join('; '));
  }
  if (required) {
    const missing = REQUIRED_PLACEHOLDERS[kind].filter((name) => !used.includes(name));
    if (missing.length) throw BadUserInputError.field(field, `${aLetter(kind)} must contain ${missing.map((n) => `{{${n}}}`).join(', ')}`);
  }
}

export type LetterValues = Partial<Record<LetterPlaceholder, string | null>>;

/**
 * Renders a checked template: each placeholder with its value. A placeholder without a value stays
 * as written (`{{handlerName}}`, so a preview shows the gap) and is listed in `missing`.
 */
export function renderLetter(template: string, values: LetterValues): { text: string; missing: LetterPlaceholder[] } {
  const missing = new Set<LetterPlaceholder>();
  const text = template.replace(TAG, (tag, inner: string) => {
    const name = inner.trim();
    if (!isPlaceholder(name)) return tag;
    const value = values[name];
    if (value == null || value === '') {
      missing.add(name);
      return tag;
    }
    return value;
  });
  return { text, missing: [...missing] };
}

/** Language tags are the kernel's (`src/common/languages.ts`); re-exported for the letters' callers. */
export { languageFallbacks, languageTag } from '../../common/languages';

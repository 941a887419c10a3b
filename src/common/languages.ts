import { BadUserInputError } from './errors';

/** Most languages an organisation may configure. */
export const MAX_LANGUAGES = 10;

/**
 * A BCP 47 language tag in its canonical spelling (`en-gb` → `en-GB`); BAD_USER_INPUT naming
 * `field` when it is not one.
 */
export function languageTag(tag: string, field: string): string {
  const canonical = canonicalTag(tag);
  if (canonical) return canonical;
  throw BadUserInputError.field(field, 'must be a BCP 47 language tag, e.g. "nl", "en" or "nb"');
}

/** {@link languageTag} without the error: the canonical tag, or null. */
function canonicalTag(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim());
    if (canonical && canonical.length <= 35) return canonical;
  } catch {
    /* not a tag */
  }
  return null;
}

/** The languages to look a text up in, most specific first: `nl-BE`, then `nl`. */
export function languageFallbacks(tag: string): string[] {
  const primary = tag.split('-')[0];
  return primary === tag ? [tag] : [tag, primary];
}

/**
 * An organisation's languages: at least one, at most {@link MAX_LANGUAGES}, each a BCP 47 tag
 * (canonical spelling), none twice; the first is the default. BAD_USER_INPUT naming `field` (or
 * `field.N` for one tag).
 */
export function languageList(tags: readonly string[], field: string): string[] {
  if (!tags.length) throw BadUserInputError.field(field, 'must name at least one language (the first is the default)');
  if (tags.length > MAX_LANGUAGES) throw BadUserInputError.field(field, `may name at most ${MAX_LANGUAGES} languages`);
  const list = tags.map((tag, i) => languageTag(tag, `${field}.${i}`));
  const twice = list.findIndex((tag, i) => list.indexOf(tag) !== i);
  if (twice >= 0) throw BadUserInputError.field(`${field}.${twice}`, `names "${list[twice]}" twice`);
  return list;
}

/** The primary language subtag of a canonical tag, with Norwegian `no` read as Bokmål `nb`. */
function primaryOf(tag: string): string {
  const primary = tag.split('-')[0].toLowerCase();
  return primary === 'no' ? 'nb' : primary;
}

/** The available language that serves `wanted`: the same tag, else its primary language, else one with the same primary language. */
function match(available: readonly string[], wanted: string): string | undefined {
  const tag = canonicalTag(wanted);
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  const exact = available.find((a) => a.toLowerCase() === lower);
  if (exact) return exact;
  const primary = primaryOf(tag);
  return available.find((a) => a.toLowerCase() === primary) ?? available.find((a) => primaryOf(a) === primary);
}

/** The q-value among the parameters of an Accept-Language entry: 1 without one, NaN when it is no number (the entry is then left out). */
function qValue(params: readonly string[]): number {
  const q = params.find((p) => /^\s*q\s*=/i.test(p));
  if (q === undefined) return 1;
  const value = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(q);
  return value ? Number(value[1]) : NaN;
}

/**
 * The languages of an `Accept-Language` header, most preferred first: by q-value (default 1),
 * in the order given among equals; `q=0`, `*` and malformed entries are left out.
 */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .slice(0, 1000)
    .split(',')
    .map((part, index) => {
      const [range, ...params] = part.trim().split(';');
      return { range: range.trim(), q: qValue(params), index };
    })
    .filter((e) => e.range && e.range !== '*' && Number.isFinite(e.q) && e.q > 0 && e.q <= 1)
    .sort((a, b) => b.q - a.q || a.index - b.index)
    .map((e) => e.range);
}

/**
 * The language to serve, of `available` (not empty; `available[0]` is the default):
 * 1. `requested` when available (compared case-insensitively);
 * 2. else its primary language (`nb-NO` → `nb`; Norwegian `no` is read as Bokmål `nb`), or another
 *    available tag of that primary language;
 * 3. else the best match of the `Accept-Language` header, in the order of its q-values, each entry
 *    matched as in 1 and 2;
 * 4. else the default, `available[0]`.
 * A `requested` or header entry that is no BCP 47 tag matches nothing (the caller refuses an invalid
 * argument itself, with the field at fault).
 */
export function negotiateLanguage(available: string[], requested?: string | null, acceptLanguage?: string | null): string {
  if (!available.length) throw new Error('negotiateLanguage needs at least one available language');
  if (requested) {
    const found = match(available, requested);
    if (found) return found;
  }
  for (const wanted of acceptedLanguages(acceptLanguage)) {
    const found = match(available, wanted);
    if (found) return found;
  }
  return available[0];
}

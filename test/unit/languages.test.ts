import { AppError } from '../../src/common/errors';
import { acceptedLanguages, languageList, negotiateLanguage } from '../../src/common/languages';

const refusedField = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return (error.extensions.fields as { field: string }[])[0].field;
    throw error;
  }
  throw new Error('not refused');
};

describe('negotiateLanguage', () => {
  const available = ['nl', 'en', 'nb'];

  it('serves the language asked for when available, compared case-insensitively', () => {
    expect(negotiateLanguage(available, 'en')).toBe('en');
    expect(negotiateLanguage(available, 'NB')).toBe('nb');
    expect(negotiateLanguage(['nl', 'en-GB'], 'en-gb')).toBe('en-GB');
  });

  it('else its primary language, with Norwegian `no` read as Bokmål `nb`, or another tag of that language', () => {
    expect(negotiateLanguage(available, 'nb-NO')).toBe('nb');
    expect(negotiateLanguage(available, 'no')).toBe('nb');
    expect(negotiateLanguage(available, 'no-NO')).toBe('nb');
    expect(negotiateLanguage(available, 'en-US')).toBe('en');
    expect(negotiateLanguage(['nl', 'en-GB'], 'en')).toBe('en-GB');
    expect(negotiateLanguage(['nl', 'nb-NO'], 'no')).toBe('nb-NO');
  });

  it('else the best match of Accept-Language by q-value (order among equals), skipping q=0, * and malformed entries', () => {
    expect(negotiateLanguage(available, 'de', 'de-DE, fr;q=0.9, nl;q=0.5, en;q=0.8')).toBe('en');
    expect(negotiateLanguage(available, null, 'nb-NO,nb;q=0.9,en;q=0.8')).toBe('nb');
    expect(negotiateLanguage(available, null, 'en;q=0, nb;q=0.1')).toBe('nb');
    expect(negotiateLanguage(available, null, 'en, nb')).toBe('en');
    expect(negotiateLanguage(available, null, 'nb;q=0.5, en;q=0.5')).toBe('nb');
    expect(negotiateLanguage(available, undefined, '*, en;q=0.1')).toBe('en');
    expect(negotiateLanguage(available, null, 'nonsense!!, ;q=1, en;q=abc, nb;q=0.2')).toBe('nb');
    // The argument wins over the header when the code has it.
    expect(negotiateLanguage(available, 'nl', 'en')).toBe('nl');
  });

  it('else the default, the first available language', () => {
    expect(negotiateLanguage(available)).toBe('nl');
    expect(negotiateLanguage(available, 'fr', 'de, fr;q=0.5')).toBe('nl');
    expect(negotiateLanguage(available, 'not a tag!', '')).toBe('nl');
    expect(negotiateLanguage(['en', 'nl'], null, null)).toBe('en');
    expect(() => negotiateLanguage([], 'nl')).toThrow();
  });
});

describe('acceptedLanguages', () => {
  it('orders the ranges of an Accept-Language header by q-value', () => {
    expect(acceptedLanguages('da, en-GB;q=0.8, en;q=0.7')).toEqual(['da', 'en-GB', 'en']);
    expect(acceptedLanguages('en;q=0.1, nb')).toEqual(['nb', 'en']);
    expect(acceptedLanguages(null)).toEqual([]);
  });
});

describe('languageList', () => {
  it('keeps canonical tags in order, the default first, and names the entry at fault', () => {
    expect(languageList(['NL', 'en-gb', 'nb'], 'input.languages')).toEqual(['nl', 'en-GB', 'nb']);
    expect(refusedField(() => languageList([], 'input.languages'))).toBe('input.languages');
    expect(refusedField(() => languageList(['nl', 'dutch language'], 'input.languages'))).toBe('input.languages.1');
    expect(refusedField(() => languageList(['nl', 'en', 'EN'], 'input.languages'))).toBe('input.languages.2');
    expect(refusedField(() => languageList(Array.from({ length: 11 }, (_, i) => `x${i}a`), 'input.languages'))).toBe('input.languages');
  });
});

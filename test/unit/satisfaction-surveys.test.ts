import { loadConfig } from '../../src/config';
import { customerPerceived } from '../../src/modules/survey/satisfaction-survey.dto';
import { SatisfactionSurveyService } from '../../src/modules/survey/satisfaction-survey.service';
import { redactSurveyToken } from '../../src/modules/survey/survey-page.route';
import { SURVEY_LANGUAGES, SURVEY_TEXTS, surveyTexts, textLanguage } from '../../src/modules/survey/survey-texts';
import { SURVEY_TOKEN, newSurveyToken, surveyTokenHash } from '../../src/modules/survey/survey-token';

describe('survey links', () => {
  it('carry 256 random bits, URL-safe, stored as a SHA-256', () => {
    const tokens = Array.from({ length: 50 }, newSurveyToken);
    expect(new Set(tokens).size).toBe(50);
    for (const token of tokens) expect(token).toMatch(SURVEY_TOKEN);
    expect(Buffer.from(tokens[0], 'base64url')).toHaveLength(32);
    expect(surveyTokenHash(tokens[0])).toMatch(/^[0-9a-f]{64}$/);
    expect(surveyTokenHash(tokens[0])).not.toBe(surveyTokenHash(tokens[1]));
  });

  it('are logged without their token', () => {
    expect(redactSurveyToken('/s/abcDEF_-123')).toBe('/s/[token]');
    expect(redactSurveyToken('/s/abc?x=1')).toBe('/s/[token]?x=1');
    expect(redactSurveyToken('/graphql')).toBe('/graphql');
  });
});

describe('survey texts', () => {
  it('has every fixed text in nl, en and nb, none empty, with five labels per scale', () => {
    const keys = Object.keys(SURVEY_TEXTS.en).sort();
    for (const language of SURVEY_LANGUAGES) {
      expect(Object.keys(SURVEY_TEXTS[language]).sort()).toEqual(keys);
      for (const value of Object.values(SURVEY_TEXTS[language])) {
        for (const text of Array.isArray(value) ? value : [value]) expect(text.trim()).not.toBe('');
      }
      expect(SURVEY_TEXTS[language].promiseScale).toHaveLength(5);
      expect(SURVEY_TEXTS[language].overallScale).toHaveLength(5);
    }
  });

  it('follows the primary language of a tag, Norwegian (no, nn) in Bokmål, English where it has none', () => {
    expect([textLanguage('nl-BE'), textLanguage('no'), textLanguage('nn-NO'), textLanguage('nb'), textLanguage('de')]).toEqual(['nl', 'nb', 'nb', 'nb', 'en']);
    expect(surveyTexts('nb-NO').title).toBe('Hvor fornøyd er du?');
  });
});

describe('an answer', () => {
  it('names each field at fault in the order given', () => {
    expect(SatisfactionSurveyService.problems(['P1', 'P2'], { answers: [{ promiseKey: 'P2', score: 2.5 }], overall: 6 })).toEqual([
      { field: 'input.answers[0].score', message: 'must be a whole number from 1 to 5' },
      { field: 'input.answers', message: 'an answer is missing for P1' },
      { field: 'input.overall', message: 'must be a whole number from 1 to 5' },
    ]);
    expect(SatisfactionSurveyService.problems(['P1'], { answers: [{ promiseKey: 'P1', score: 1 }], overall: 5, comment: 'ok' })).toEqual([]);
  });
});

describe('customer-perceived figures', () => {
  it('show average and satisfied share only from the minimum sample on', () => {
    expect(customerPerceived({ responses: 9, scoreSum: 40, satisfied: 8 }, 10)).toEqual({ responses: 9, averageScore: null, satisfiedShare: null, sufficient: false, minimumResponses: 10 });
    expect(customerPerceived({ responses: 10, scoreSum: 37, satisfied: 7 }, 10)).toEqual({ responses: 10, averageScore: 3.7, satisfiedShare: 0.7, sufficient: true, minimumResponses: 10 });
    expect(customerPerceived(undefined, 1)).toEqual({ responses: 0, averageScore: null, satisfiedShare: null, sufficient: false, minimumResponses: 1 });
  });
});

describe('PUBLIC_BASE_URL', () => {
  it('is an exact origin, where survey links point', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://klant.example.nl' }).publicBaseUrl).toBe('https://klant.example.nl');
    expect(loadConfig({}).publicBaseUrl).toBeUndefined();
    expect(() => loadConfig({ PUBLIC_BASE_URL: 'https://klant.example.nl/enquete' })).toThrow(/PUBLIC_BASE_URL: .* is not an exact origin/);
  });
});

import { loadConfig } from '../../src/config';
import { customerPerceived } from '../../src/modules/survey/satisfaction-survey.dto';
import { SatisfactionSurveyService } from '../../src/modules/survey/satisfaction-survey.service';
import { redactSurveyToken } from '../../src/modules/survey/survey-page.route';
import { invitationMail } from '../../src/modules/survey/survey-invitation';
import { SURVEY_INVITATION_TEXTS, SURVEY_LANGUAGES, SURVEY_TEXTS, surveyTexts, textLanguage } from '../../src/modules/survey/survey-texts';
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

describe('the e-mail with a survey link', () => {
  const invitation = {
    name: 'Kari Nordmann',
    language: 'nb',
    organizationName: 'Nordisk Inkasso AS',
    timezone: 'Europe/Oslo',
    codeTitle: 'Kundeløfter',
    promises: ['Svar innen fire dager', 'P2'],
    expiresAt: new Date('2026-12-30T13:05:00Z'),
  };
  const link = 'https://klager.example.no/s/abc';

  it('has every text in nl, en and nb, none empty', () => {
    for (const language of SURVEY_LANGUAGES) {
      const t = SURVEY_INVITATION_TEXTS[language];
      const texts = [t.subject('Org'), t.greeting(null), t.greeting('Kari'), t.intro('Org', 'Code'), t.promises, t.action, t.validUntil('1 May'), t.closing];
      for (const text of texts) expect(text.trim()).not.toBe('');
      // Each names what it is given.
      expect([t.subject('Org'), t.greeting('Kari'), t.intro('Org', 'Code'), t.validUntil('1 May')].map((text) => ['Org', 'Kari', 'Code', '1 May'].filter((w) => text.includes(w)))).toEqual([
        ['Org'],
        ['Kari'],
        ['Org', 'Code'],
        ['1 May'],
      ]);
    }
  });

  it("is written in the survey's language, with the promises, the link and its expiry in the organisation's time zone", () => {
    const mail = invitationMail(invitation, link);
    expect(mail.subject).toBe('Hvor fornøyd er du med Nordisk Inkasso AS?');
    expect(mail.text).toBe(
      [
        'Hei Kari Nordmann,',
        'Nordisk Inkasso AS har gitt løfter i de etiske retningslinjene «Kundeløfter». Vi vil gjerne høre hvor godt du synes vi har holdt dem. Det tar omtrent to minutter.',
        'Vi spør om disse løftene:\n- Svar innen fire dager\n- P2',
        `Svar på undersøkelsen:\n${link}`,
        'Lenken er personlig, virker én gang og gjelder til 30. desember 2026 kl. 14:05.',
        'Med vennlig hilsen\nNordisk Inkasso AS',
      ].join('\n\n') + '\n',
    );
    // Without a name, a salutation without one; `no` reads in Bokmål, `en-GB` writes British dates, German (no texts) in English.
    expect(invitationMail({ ...invitation, name: null, language: 'nl' }, link).text).toMatch(/^Geachte heer, mevrouw,\n[\s\S]*geldig tot 30 december 2026 om 14:05\./);
    expect(invitationMail({ ...invitation, language: 'no' }, link).subject).toBe('Hvor fornøyd er du med Nordisk Inkasso AS?');
    expect(invitationMail({ ...invitation, language: 'en-GB' }, link).text).toContain('valid until 30 December 2026 at 14:05.');
    expect(invitationMail({ ...invitation, language: 'de' }, link).subject).toBe('How satisfied are you with Nordisk Inkasso AS?');
  });

  it('escapes what the organisation and the respondent wrote in the HTML part', () => {
    const { html } = invitationMail({ ...invitation, name: '<b>Kari</b>', organizationName: 'A & B', promises: ['<script>x</script>'] }, link);
    expect(html).toContain('<p>Hei &lt;b&gt;Kari&lt;/b&gt;,</p>');
    expect(html).toContain('<li>&lt;script&gt;x&lt;/script&gt;</li>');
    expect(html).toContain(`<a href="${link}">${link}</a>`);
    expect(html).toContain('<html lang="nb">');
    expect(html).not.toContain('<script>');
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

import { BadUserInputError } from '../../src/common/errors';
import {
  LETTER_PLACEHOLDERS,
  LetterKind,
  REQUIRED_PLACEHOLDERS,
  checkTemplateText,
  languageFallbacks,
  languageTag,
  placeholdersIn,
  renderLetter,
} from '../../src/modules/complaint/letter-rendering';

const refused = (run: () => void): BadUserInputError => {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(BadUserInputError);
    return e as BadUserInputError;
  }
  throw new Error('expected a refusal');
};

const ACK = 'Dear {{complainantName}},\nWe received your complaint {{reference}} on {{receivedDate}}; you will have our decision by {{resolutionDueDate}}.';

describe('letter templates: checking when saved', () => {
  it('accepts every known placeholder its kind can fill, with or without spaces inside the braces', () => {
    const all = (except: string[]) =>
      Object.keys(LETTER_PLACEHOLDERS)
        .filter((n) => !except.includes(n))
        .map((n) => `{{ ${n} }}`)
        .join(' ');
    expect(() => checkTemplateText(all(['newDeadline', 'reason']), LetterKind.DECISION, 'input.body', true)).not.toThrow();
    expect(() => checkTemplateText(all(['decision']), LetterKind.EXTENSION, 'input.body', true)).not.toThrow();
    expect(placeholdersIn('{{ reference }} {{reference}}')).toEqual(['reference']);
  });

  it('refuses an unknown placeholder, naming it and the field', () => {
    const error = refused(() => checkTemplateText(`${ACK} {{debtAmount}} {{ handler }}`, LetterKind.ACKNOWLEDGEMENT, 'input.body', true));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input.body' }] });
    expect(error.message).toContain('{{debtAmount}}, {{handler}}');
  });

  it('refuses Mustache sections, partials and triple braces: letters have only variables', () => {
    for (const tag of ['{{#decision}}x{{/decision}}', '{{> footer}}', '{{{reference}}}', '{{! note }}']) {
      expect(() => checkTemplateText(`${ACK} ${tag}`, LetterKind.ACKNOWLEDGEMENT, 'input.body', true)).toThrow(BadUserInputError);
    }
  });

  it('refuses a stray "{{" or "}}", so a saved template renders as it reads', () => {
    expect(refused(() => checkTemplateText(`${ACK} {{reference`, LetterKind.ACKNOWLEDGEMENT, 'input.body', true)).message).toContain('"{{"');
    expect(() => checkTemplateText(`${ACK} reference}}`, LetterKind.ACKNOWLEDGEMENT, 'input.body', true)).toThrow(BadUserInputError);
  });

  it('requires what the letter must say: the deadline in an acknowledgement, the decision and the disputes body in a decision', () => {
    expect(REQUIRED_PLACEHOLDERS[LetterKind.ACKNOWLEDGEMENT]).toEqual(['reference', 'resolutionDueDate']);
    expect(refused(() => checkTemplateText('We received {{reference}}.', LetterKind.ACKNOWLEDGEMENT, 'input.body', true)).message).toContain('{{resolutionDueDate}}');
    const decision = refused(() => checkTemplateText('On {{reference}}: {{decision}}', LetterKind.DECISION, 'input.body', true));
    expect(decision.message).toBe('input.body: a DECISION letter must contain {{disputesBodyName}}');
    // A subject line is not required to hold them.
    expect(() => checkTemplateText('Your complaint {{reference}}', LetterKind.DECISION, 'input.subject', false)).not.toThrow();
  });

  it('refuses the decision in an acknowledgement: there is none yet', () => {
    expect(refused(() => checkTemplateText(`${ACK} {{decision}}`, LetterKind.ACKNOWLEDGEMENT, 'input.body', true)).message).toContain('only be used in a DECISION letter');
  });

  it('requires the new deadline and the reason in an extension letter, and refuses them in any other', () => {
    expect(REQUIRED_PLACEHOLDERS[LetterKind.EXTENSION]).toEqual(['reference', 'newDeadline', 'reason']);
    const missing = refused(() => checkTemplateText('More time for {{reference}}: {{reason}}', LetterKind.EXTENSION, 'input.body', true));
    expect(missing.message).toBe('input.body: an EXTENSION letter must contain {{newDeadline}}');
    expect(() => checkTemplateText('{{reference}}: until {{newDeadline}}, because {{reason}}', LetterKind.EXTENSION, 'input.body', true)).not.toThrow();
    const misplaced = refused(() => checkTemplateText(`${ACK} {{newDeadline}} {{reason}}`, LetterKind.ACKNOWLEDGEMENT, 'input.body', true));
    expect(misplaced.message).toBe('input.body: {{newDeadline}} can only be used in an EXTENSION letter; {{reason}} can only be used in an EXTENSION letter');
    expect(refused(() => checkTemplateText('{{reference}} {{newDeadline}} {{reason}} {{decision}}', LetterKind.EXTENSION, 'input.body', true)).message).toContain(
      '{{decision}} can only be used in a DECISION letter',
    );
  });
});

describe('letter rendering', () => {
  it('fills each placeholder', () => {
    expect(renderLetter('{{reference}}: {{ handlerName }}', { reference: 'K-2026-0001', handlerName: 'Noor Visser' })).toEqual({
      text: 'K-2026-0001: Noor Visser',
      missing: [],
    });
  });

  it('leaves a placeholder without a value as written and lists it once', () => {
    expect(renderLetter('{{handlerName}} / {{handlerName}} / {{reference}}', { reference: 'K-1', handlerName: null })).toEqual({
      text: '{{handlerName}} / {{handlerName}} / K-1',
      missing: ['handlerName'],
    });
  });

  it('never reads a value as a template: braces in a decision or a name are printed as written', () => {
    const { text } = renderLetter('{{decision}} {{complainantName}}', { decision: 'See {{reference}} and $& $1', complainantName: '}}{{' });
    expect(text).toBe('See {{reference}} and $& $1 }}{{');
  });
});

describe('letter languages (BCP 47)', () => {
  it('canonicalises a tag', () => {
    expect(languageTag('en-gb', 'input.language')).toBe('en-GB');
    expect(languageTag('NB', 'input.language')).toBe('nb');
  });

  it('refuses what is not a tag, naming the field', () => {
    expect(refused(() => languageTag('dutch language', 'input.language')).extensions).toMatchObject({ fields: [{ field: 'input.language' }] });
  });

  it('looks a template up in the tag, then its primary language', () => {
    expect(languageFallbacks('nl-BE')).toEqual(['nl-BE', 'nl']);
    expect(languageFallbacks('nl')).toEqual(['nl']);
  });
});

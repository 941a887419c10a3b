/**
 * The fixed texts of a satisfaction survey (the page, the public API's questions and the e-mail
 * with the link) in the languages the service writes: Dutch, English and Norwegian Bokmål. Promise
 * titles and texts come from the code.
 */
export const SURVEY_LANGUAGES = ['nl', 'en', 'nb'] as const;
export type SurveyLanguage = (typeof SURVEY_LANGUAGES)[number];

export const isSurveyLanguage = (value: string | null | undefined): value is SurveyLanguage => SURVEY_LANGUAGES.includes(value as SurveyLanguage);

export interface SurveyTexts {
  title: string;
  intro: string;
  promiseQuestion: string;
  overallQuestion: string;
  /** Labels of the scores 1 to 5 of a promise question. */
  promiseScale: [string, string, string, string, string];
  /** Labels of the scores 1 to 5 of the overall question. */
  overallScale: [string, string, string, string, string];
  comment: string;
  commentHint: string;
  submit: string;
  required: string;
  errorsHeading: string;
  commentTooLong: string;
  thanksTitle: string;
  thanks: string;
  notFoundTitle: string;
  notFound: string;
  tooManyTitle: string;
  tooMany: string;
}

export const SURVEY_TEXTS: Record<SurveyLanguage, SurveyTexts> = {
  nl: {
    title: 'Hoe tevreden bent u?',
    intro: 'Wij hebben beloften gedaan in onze gedragscode. Vertel ons hoe goed wij die zijn nagekomen. Het invullen duurt ongeveer twee minuten.',
    promiseQuestion: 'Hoe goed zijn wij deze belofte nagekomen?',
    overallQuestion: 'Hoe tevreden bent u, alles bij elkaar?',
    promiseScale: ['1 – helemaal niet', '2 – slecht', '3 – redelijk', '4 – goed', '5 – helemaal'],
    overallScale: ['1 – zeer ontevreden', '2 – ontevreden', '3 – neutraal', '4 – tevreden', '5 – zeer tevreden'],
    comment: 'Toelichting (niet verplicht)',
    commentHint: 'Schrijf hier geen gegevens die u niet wilt delen. Hoogstens 2000 tekens.',
    submit: 'Antwoorden versturen',
    required: 'Kies een antwoord.',
    errorsHeading: 'Niet alle vragen zijn goed beantwoord',
    commentTooLong: 'De toelichting is te lang: hoogstens 2000 tekens.',
    thanksTitle: 'Bedankt',
    thanks: 'Uw antwoorden zijn ontvangen. Wij gebruiken ze om onze dienstverlening te verbeteren.',
    notFoundTitle: 'Deze link werkt niet',
    notFound: 'Deze vragenlijst bestaat niet, is al ingevuld of is verlopen.',
    tooManyTitle: 'Even geduld',
    tooMany: 'Er zijn te veel verzoeken gedaan. Probeer het later opnieuw.',
  },
  en: {
    title: 'How satisfied are you?',
    intro: 'We made promises in our code of conduct. Tell us how well we kept them. It takes about two minutes.',
    promiseQuestion: 'How well did we keep this promise?',
    overallQuestion: 'Overall, how satisfied are you?',
    promiseScale: ['1 – not at all', '2 – poorly', '3 – fairly', '4 – well', '5 – completely'],
    overallScale: ['1 – very dissatisfied', '2 – dissatisfied', '3 – neutral', '4 – satisfied', '5 – very satisfied'],
    comment: 'Comment (optional)',
    commentHint: 'Do not write anything here you do not want to share. At most 2000 characters.',
    submit: 'Send answers',
    required: 'Choose an answer.',
    errorsHeading: 'Not every question was answered',
    commentTooLong: 'The comment is too long: at most 2000 characters.',
    thanksTitle: 'Thank you',
    thanks: 'Your answers have been received. We use them to improve our service.',
    notFoundTitle: 'This link does not work',
    notFound: 'This survey does not exist, has been answered already or has expired.',
    tooManyTitle: 'Please wait',
    tooMany: 'Too many requests were made. Please try again later.',
  },
  nb: {
    title: 'Hvor fornøyd er du?',
    intro: 'Vi har gitt løfter i våre etiske retningslinjer. Fortell oss hvor godt vi har holdt dem. Det tar omtrent to minutter.',
    promiseQuestion: 'Hvor godt holdt vi dette løftet?',
    overallQuestion: 'Alt i alt, hvor fornøyd er du?',
    promiseScale: ['1 – ikke i det hele tatt', '2 – dårlig', '3 – middels', '4 – godt', '5 – helt'],
    overallScale: ['1 – svært misfornøyd', '2 – misfornøyd', '3 – nøytral', '4 – fornøyd', '5 – svært fornøyd'],
    comment: 'Kommentar (valgfritt)',
    commentHint: 'Ikke skriv noe her du ikke vil dele. Høyst 2000 tegn.',
    submit: 'Send svar',
    required: 'Velg et svar.',
    errorsHeading: 'Ikke alle spørsmål er besvart',
    commentTooLong: 'Kommentaren er for lang: høyst 2000 tegn.',
    thanksTitle: 'Takk',
    thanks: 'Svarene dine er mottatt. Vi bruker dem til å forbedre tjenesten vår.',
    notFoundTitle: 'Denne lenken virker ikke',
    notFound: 'Denne undersøkelsen finnes ikke, er allerede besvart eller er utløpt.',
    tooManyTitle: 'Vent litt',
    tooMany: 'Det er sendt for mange forespørsler. Prøv igjen senere.',
  },
};

/** The e-mail that brings a respondent their link (`surveys.invitation`), in the survey's language. */
export interface SurveyInvitationTexts {
  subject: (organization: string) => string;
  /** The salutation: by name when the respondent gave one. */
  greeting: (name: string | null) => string;
  intro: (organization: string, code: string) => string;
  promises: string;
  action: string;
  /** `until` is the expiry, written out in the survey's language and the organisation's time zone. */
  validUntil: (until: string) => string;
  closing: string;
}

export const SURVEY_INVITATION_TEXTS: Record<SurveyLanguage, SurveyInvitationTexts> = {
  nl: {
    subject: (organization) => `Hoe tevreden bent u over ${organization}?`,
    greeting: (name) => (name ? `Beste ${name},` : 'Geachte heer, mevrouw,'),
    intro: (organization, code) =>
      `${organization} heeft in de gedragscode “${code}” beloften gedaan. Wij horen graag hoe goed wij die volgens u zijn nagekomen. Het invullen duurt ongeveer twee minuten.`,
    promises: 'Wij vragen naar deze beloften:',
    action: 'Vul de vragenlijst in:',
    validUntil: (until) => `Deze link is persoonlijk, werkt één keer en is geldig tot ${until}.`,
    closing: 'Met vriendelijke groet,',
  },
  en: {
    subject: (organization) => `How satisfied are you with ${organization}?`,
    greeting: (name) => (name ? `Dear ${name},` : 'Hello,'),
    intro: (organization, code) =>
      `${organization} made promises in its code of conduct “${code}”. We would like to hear how well we kept them, in your view. It takes about two minutes.`,
    promises: 'We ask about these promises:',
    action: 'Answer the survey:',
    validUntil: (until) => `This link is personal, works once and is valid until ${until}.`,
    closing: 'Kind regards,',
  },
  nb: {
    subject: (organization) => `Hvor fornøyd er du med ${organization}?`,
    greeting: (name) => (name ? `Hei ${name},` : 'Hei,'),
    intro: (organization, code) =>
      `${organization} har gitt løfter i de etiske retningslinjene «${code}». Vi vil gjerne høre hvor godt du synes vi har holdt dem. Det tar omtrent to minutter.`,
    promises: 'Vi spør om disse løftene:',
    action: 'Svar på undersøkelsen:',
    validUntil: (until) => `Lenken er personlig, virker én gang og gjelder til ${until}.`,
    closing: 'Med vennlig hilsen',
  },
};

/** The language of the fixed texts for a BCP 47 tag: its primary language (Norwegian `no` and Nynorsk `nn` read in Bokmål), English when we have no texts in it. */
export function textLanguage(tag: string): SurveyLanguage {
  const primary = tag.split('-')[0].toLowerCase();
  const language = primary === 'no' || primary === 'nn' ? 'nb' : primary;
  return isSurveyLanguage(language) ? language : 'en';
}

export const surveyTexts = (language: string): SurveyTexts => SURVEY_TEXTS[textLanguage(language)];

export const invitationTexts = (language: string): SurveyInvitationTexts => SURVEY_INVITATION_TEXTS[textLanguage(language)];

/**
 * Every fixed text of the public pages (labels, headings, errors, buttons), in each language the
 * pages speak. One table: a text lacking a language fails test/unit/page-messages.test.ts.
 * `{name}` marks a value put in (escaped with the rest of the page).
 */
export const PAGE_LANGUAGES = ['nl', 'en', 'nb'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

type Texts = Record<PageLanguage, string>;

export const MESSAGES = {
  'language.name': { nl: 'Nederlands', en: 'English', nb: 'Norsk bokmål' },
  'language.nav': { nl: 'Taal', en: 'Language', nb: 'Språk' },
  'skip': { nl: 'Naar de inhoud', en: 'Skip to content', nb: 'Gå til innholdet' },
  'footer': {
    nl: 'Deze pagina werkt zonder JavaScript en zonder cookies.',
    en: 'This page works without JavaScript and without cookies.',
    nb: 'Denne siden fungerer uten JavaScript og uten informasjonskapsler.',
  },

  'code.scope': { nl: 'Voor wie en waarvoor', en: 'Who and what it covers', nb: 'Hvem og hva den gjelder' },
  'code.policy': { nl: 'Ons beleid', en: 'Our policy', nb: 'Vår policy' },
  'code.promises': { nl: 'Onze beloften', en: 'Our promises', nb: 'Våre løfter' },
  'code.inForce': { nl: 'Versie {version}, geldig sinds {date}.', en: 'Version {version}, in force since {date}.', nb: 'Versjon {version}, gjeldende fra {date}.' },
  'code.complain.heading': { nl: 'Niet tevreden?', en: 'Not satisfied?', nb: 'Ikke fornøyd?' },
  'code.complain.text': {
    nl: 'Houden wij ons niet aan een belofte, of bent u om een andere reden niet tevreden? Laat het ons weten.',
    en: 'Did we not keep a promise, or are you unhappy for another reason? Let us know.',
    nb: 'Holdt vi ikke et løfte, eller er du misfornøyd av en annen grunn? Gi oss beskjed.',
  },
  'code.complain.link': { nl: 'Dien een klacht in', en: 'Submit a complaint', nb: 'Send inn en klage' },
  'code.track.link': { nl: 'Volg een klacht die u indiende', en: 'Follow a complaint you submitted', nb: 'Følg en klage du har sendt inn' },

  'form.title': { nl: 'Klacht indienen', en: 'Submit a complaint', nb: 'Send inn en klage' },
  'form.intro': {
    nl: 'Over: {code} van {organization}. Velden met (verplicht) moeten worden ingevuld; laat een e-mailadres of telefoonnummer achter zodat wij u kunnen bereiken.',
    en: 'About: {code} of {organization}. Fields marked (required) must be filled in; leave an email address or a phone number so that we can reach you.',
    nb: 'Gjelder: {code} fra {organization}. Felt merket (påkrevd) må fylles ut; oppgi en e-postadresse eller et telefonnummer slik at vi kan nå deg.',
  },
  'form.required': { nl: '(verplicht)', en: '(required)', nb: '(påkrevd)' },
  'form.complaint': { nl: 'Uw klacht', en: 'Your complaint', nb: 'Klagen din' },
  'form.contact': { nl: 'Hoe wij u bereiken', en: 'How we can reach you', nb: 'Hvordan vi kan nå deg' },
  'form.subject': { nl: 'Onderwerp', en: 'Subject', nb: 'Emne' },
  'form.subject.hint': { nl: 'In een paar woorden, zonder namen of dossiernummers.', en: 'In a few words, without names or account numbers.', nb: 'Med få ord, uten navn eller saksnumre.' },
  'form.description': { nl: 'Uw klacht', en: 'Your complaint', nb: 'Klagen din' },
  'form.description.hint': { nl: 'Wat is er gebeurd, en wat verwacht u van ons?', en: 'What happened, and what do you expect from us?', nb: 'Hva skjedde, og hva forventer du av oss?' },
  'form.name': { nl: 'Naam', en: 'Name', nb: 'Navn' },
  'form.email': { nl: 'E-mailadres', en: 'Email address', nb: 'E-postadresse' },
  'form.phone': { nl: 'Telefoonnummer', en: 'Phone number', nb: 'Telefonnummer' },
  'form.emailOrPhone.hint': { nl: 'Een e-mailadres of een telefoonnummer is verplicht.', en: 'An email address or a phone number is required.', nb: 'En e-postadresse eller et telefonnummer er påkrevd.' },
  'form.customerReference': { nl: 'Uw dossier- of klantnummer (als u het heeft)', en: 'Your case or customer number (if you have one)', nb: 'Saks- eller kundenummeret ditt (hvis du har det)' },
  'form.submit': { nl: 'Klacht versturen', en: 'Send complaint', nb: 'Send klagen' },

  'error.title': { nl: 'Fout', en: 'Error', nb: 'Feil' },
  'error.summary': { nl: 'Er is een probleem', en: 'There is a problem', nb: 'Det er et problem' },
  'error.subject.blank': { nl: 'Vul een onderwerp in', en: 'Enter a subject', nb: 'Skriv inn et emne' },
  'error.subject.invalid': { nl: 'Het onderwerp mag ten hoogste 200 tekens lang zijn', en: 'The subject must be 200 characters or fewer', nb: 'Emnet kan være høyst 200 tegn' },
  'error.description.blank': { nl: 'Beschrijf uw klacht', en: 'Describe your complaint', nb: 'Beskriv klagen din' },
  'error.description.invalid': { nl: 'Uw klacht mag ten hoogste 10.000 tekens lang zijn', en: 'Your complaint must be 10,000 characters or fewer', nb: 'Klagen kan være høyst 10 000 tegn' },
  'error.name.blank': { nl: 'Vul uw naam in', en: 'Enter your name', nb: 'Skriv inn navnet ditt' },
  'error.name.invalid': { nl: 'Uw naam mag ten hoogste 200 tekens lang zijn', en: 'Your name must be 200 characters or fewer', nb: 'Navnet kan være høyst 200 tegn' },
  'error.email.blank': { nl: 'Vul een e-mailadres of een telefoonnummer in', en: 'Enter an email address or a phone number', nb: 'Skriv inn en e-postadresse eller et telefonnummer' },
  'error.email.invalid': { nl: 'Vul een e-mailadres in zoals naam@voorbeeld.nl', en: 'Enter an email address like name@example.com', nb: 'Skriv inn en e-postadresse som navn@eksempel.no' },
  'error.phone.invalid': {
    nl: 'Vul een telefoonnummer in met cijfers (en eventueel + ( ) . / -)',
    en: 'Enter a phone number in digits (and + ( ) . / - if needed)',
    nb: 'Skriv inn et telefonnummer med sifre (og eventuelt + ( ) . / -)',
  },
  'error.customerReference.invalid': { nl: 'Het nummer mag ten hoogste 100 tekens lang zijn', en: 'The number must be 100 characters or fewer', nb: 'Nummeret kan være høyst 100 tegn' },
  'error.resubmitted': {
    nl: 'Dit formulier is al verstuurd met een andere tekst. Open het formulier opnieuw om nog een klacht in te dienen.',
    en: 'This form was sent already with other text. Open the form again to submit another complaint.',
    nb: 'Dette skjemaet er allerede sendt med annen tekst. Åpne skjemaet på nytt for å sende en ny klage.',
  },
  'error.rateLimited': {
    nl: 'Te veel verzoeken vanaf uw verbinding. Probeer het over {seconds} seconden opnieuw.',
    en: 'Too many requests from your connection. Try again in {seconds} seconds.',
    nb: 'For mange forespørsler fra tilkoblingen din. Prøv igjen om {seconds} sekunder.',
  },
  'error.crossSite': {
    nl: 'Dit formulier kan alleen vanaf deze website worden verstuurd.',
    en: 'This form can only be sent from this website.',
    nb: 'Dette skjemaet kan bare sendes fra dette nettstedet.',
  },
  'error.tooLarge': {
    nl: 'Uw tekst is te lang om te versturen. Maak hem korter; er is niets opgeslagen.',
    en: 'Your text is too long to send. Please shorten it; nothing was saved.',
    nb: 'Teksten er for lang til å sendes. Gjør den kortere; ingenting ble lagret.',
  },
  'error.badRequest': {
    nl: 'Dit verzoek kon niet worden gelezen; er is niets opgeslagen.',
    en: 'This request could not be read; nothing was saved.',
    nb: 'Denne forespørselen kunne ikke leses; ingenting ble lagret.',
  },
  'error.unavailable': {
    nl: 'Dit lukt nu niet. Probeer het later opnieuw; er is niets opgeslagen.',
    en: 'This is not possible right now. Please try again later; nothing was saved.',
    nb: 'Dette går ikke akkurat nå. Prøv igjen senere; ingenting ble lagret.',
  },

  'receipt.title': { nl: 'Klacht ontvangen', en: 'Complaint received', nb: 'Klagen er mottatt' },
  'receipt.text': {
    nl: 'Dank u. Wij bevestigen de ontvangst ook schriftelijk.',
    en: 'Thank you. We will also confirm receipt in writing.',
    nb: 'Takk. Vi bekrefter også mottaket skriftlig.',
  },
  'receipt.reference': { nl: 'Uw kenmerk', en: 'Your reference', nb: 'Referansen din' },
  'receipt.secret': { nl: 'Uw volgcode', en: 'Your tracking code', nb: 'Sporingskoden din' },
  'receipt.keep': {
    nl: 'Bewaar het kenmerk en de volgcode: de volgcode wordt alleen nu getoond. Wie beide heeft, kan de voortgang van uw klacht zien.',
    en: 'Keep the reference and the tracking code: the code is shown only now. Anyone who has both can see how your complaint is progressing.',
    nb: 'Ta vare på referansen og sporingskoden: koden vises bare nå. Alle som har begge, kan se hvordan klagen din behandles.',
  },
  'receipt.link': { nl: 'Volg uw klacht', en: 'Follow your complaint', nb: 'Følg klagen din' },
  'receipt.linkText': { nl: 'Of bewaar deze link:', en: 'Or keep this link:', nb: 'Eller ta vare på denne lenken:' },

  'track.title': { nl: 'Uw klacht volgen', en: 'Follow your complaint', nb: 'Følg klagen din' },
  'track.intro': {
    nl: 'Vul het kenmerk en de volgcode in die u kreeg toen u de klacht indiende (of later van ons).',
    en: 'Enter the reference and the tracking code you were given when you submitted the complaint (or later by us).',
    nb: 'Skriv inn referansen og sporingskoden du fikk da du sendte inn klagen (eller senere fra oss).',
  },
  'track.reference': { nl: 'Kenmerk', en: 'Reference', nb: 'Referanse' },
  'track.reference.hint': { nl: 'Bijvoorbeeld K-2026-00001', en: 'For example K-2026-00001', nb: 'For eksempel K-2026-00001' },
  'track.secret': { nl: 'Volgcode', en: 'Tracking code', nb: 'Sporingskode' },
  'track.submit': { nl: 'Status tonen', en: 'Show status', nb: 'Vis status' },
  'track.reference.blank': { nl: 'Vul het kenmerk in', en: 'Enter the reference', nb: 'Skriv inn referansen' },
  'track.secret.blank': { nl: 'Vul de volgcode in', en: 'Enter the tracking code', nb: 'Skriv inn sporingskoden' },
  'track.notFound': {
    nl: 'Er is geen klacht met dit kenmerk en deze volgcode. Controleer beide.',
    en: 'There is no complaint with this reference and tracking code. Check both.',
    nb: 'Det finnes ingen klage med denne referansen og sporingskoden. Kontroller begge.',
  },

  'status.heading': { nl: 'Klacht {reference}', en: 'Complaint {reference}', nb: 'Klage {reference}' },
  'status.status': { nl: 'Status', en: 'Status', nb: 'Status' },
  'status.RECEIVED': { nl: 'Ontvangen', en: 'Received', nb: 'Mottatt' },
  'status.ACKNOWLEDGED': { nl: 'Ontvangst bevestigd', en: 'Receipt confirmed', nb: 'Mottak bekreftet' },
  'status.IN_PROGRESS': { nl: 'In behandeling', en: 'Being handled', nb: 'Under behandling' },
  'status.RESOLVED': { nl: 'Beslist', en: 'Decided', nb: 'Avgjort' },
  'status.ESCALATED': { nl: 'Voorgelegd aan een geschilleninstantie', en: 'Before a disputes body', nb: 'Lagt fram for en klagenemnd' },
  'status.CLOSED': { nl: 'Afgesloten', en: 'Closed', nb: 'Avsluttet' },
  'status.receivedAt': { nl: 'Ontvangen op', en: 'Received on', nb: 'Mottatt' },
  'status.acknowledgementDueAt': { nl: 'Ontvangstbevestiging uiterlijk', en: 'Receipt confirmed by', nb: 'Mottak bekreftes senest' },
  'status.resolutionDueAt': { nl: 'Beslissing uiterlijk', en: 'Decision by', nb: 'Avgjørelse senest' },
  'status.extended': { nl: 'De termijn is verlengd: {reason}', en: 'The term was extended: {reason}', nb: 'Fristen er forlenget: {reason}' },
  'status.anonymised': {
    nl: 'De persoonsgegevens van deze klacht zijn gewist; alleen de status is bewaard.',
    en: 'The personal data of this complaint has been erased; only its status is kept.',
    nb: 'Personopplysningene i denne klagen er slettet; bare statusen er beholdt.',
  },
  'status.outcome': { nl: 'Uitkomst', en: 'Outcome', nb: 'Utfall' },
  'outcome.UPHELD': { nl: 'Gegrond', en: 'Upheld', nb: 'Medhold' },
  'outcome.PARTIALLY_UPHELD': { nl: 'Gedeeltelijk gegrond', en: 'Partly upheld', nb: 'Delvis medhold' },
  'outcome.REJECTED': { nl: 'Ongegrond', en: 'Rejected', nb: 'Ikke medhold' },
  'outcome.WITHDRAWN': { nl: 'Ingetrokken', en: 'Withdrawn', nb: 'Trukket tilbake' },
  'outcome.SETTLED': { nl: 'Geschikt', en: 'Settled', nb: 'Forlikt' },
  'outcome.INADMISSIBLE': { nl: 'Niet-ontvankelijk', en: 'Inadmissible', nb: 'Avvist' },
  'status.letters': { nl: 'Brieven aan u', en: 'Letters sent to you', nb: 'Brev sendt til deg' },
  'status.noLetters': { nl: 'Nog geen brieven.', en: 'No letters yet.', nb: 'Ingen brev ennå.' },
  'letter.ACKNOWLEDGEMENT': { nl: 'Ontvangstbevestiging', en: 'Acknowledgement', nb: 'Bekreftelse på mottak' },
  'letter.DECISION': { nl: 'Beslissing', en: 'Decision', nb: 'Avgjørelse' },
  'letter.EXTENSION': { nl: 'Verlenging', en: 'Extension', nb: 'Forlengelse' },
  'letter.sent': { nl: 'Verstuurd op {date}', en: 'Sent on {date}', nb: 'Sendt {date}' },
  'status.disputes': { nl: 'Niet eens met de beslissing?', en: 'Disagree with the decision?', nb: 'Uenig i avgjørelsen?' },
  'status.disputes.body': { nl: 'U kunt uw klacht voorleggen aan {name}.', en: 'You can take your complaint to {name}.', nb: 'Du kan bringe klagen inn for {name}.' },
  'status.disputes.term': {
    nl: 'Doe dat binnen {months} maanden na de beslissing.',
    en: 'Do so within {months} months of the decision.',
    nb: 'Gjør det innen {months} måneder etter avgjørelsen.',
  },
  'status.disputes.address': { nl: 'Postadres', en: 'Postal address', nb: 'Postadresse' },
  'status.disputes.website': { nl: 'Website', en: 'Website', nb: 'Nettsted' },

  'notFound.title': { nl: 'Pagina niet gevonden', en: 'Page not found', nb: 'Fant ikke siden' },
  'notFound.text': {
    nl: 'Op dit adres staat geen gepubliceerde gedragscode. Controleer het adres of vraag de organisatie om de juiste link.',
    en: 'There is no published code of conduct at this address. Check the address, or ask the organisation for the right link.',
    nb: 'Det finnes ingen publisert atferdsnorm på denne adressen. Kontroller adressen, eller spør virksomheten om riktig lenke.',
  },
} satisfies Record<string, Texts>;

export type MessageKey = keyof typeof MESSAGES;

/** The text of `key` in `language`, with `{name}` replaced by `values.name`. */
export function message(language: PageLanguage, key: MessageKey, values: Record<string, string | number> = {}): string {
  const text = (MESSAGES[key] as Texts)[language];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

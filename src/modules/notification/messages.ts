import { Language } from '../user';
import { NotificationKind } from './notification.entity';

type Params = Record<string, string | number>;
type Text = (p: Params) => { title: string; body: string };

/** Every message in every language: a kind without a text in a language fails the unit test. */
export const MESSAGES: Record<NotificationKind, Record<Language, Text>> = {
  COMPLAINT_ACKNOWLEDGEMENT_DUE_SOON: {
    nl: (p) => ({ title: `Ontvangstbevestiging ${p.reference} bijna te laat`, body: `Bevestig de ontvangst van klacht ${p.reference} uiterlijk ${p.due}.` }),
    en: (p) => ({ title: `Acknowledgement of ${p.reference} due soon`, body: `Acknowledge complaint ${p.reference} by ${p.due}.` }),
  },
  COMPLAINT_ACKNOWLEDGEMENT_OVERDUE: {
    nl: (p) => ({ title: `Ontvangstbevestiging ${p.reference} te laat`, body: `De ontvangst van klacht ${p.reference} had uiterlijk ${p.due} bevestigd moeten zijn.` }),
    en: (p) => ({ title: `Acknowledgement of ${p.reference} overdue`, body: `Complaint ${p.reference} should have been acknowledged by ${p.due}.` }),
  },
  COMPLAINT_RESOLUTION_DUE_SOON: {
    nl: (p) => ({ title: `Afhandeling ${p.reference} bijna te laat`, body: `Handel klacht ${p.reference} af uiterlijk ${p.due}.` }),
    en: (p) => ({ title: `Resolution of ${p.reference} due soon`, body: `Resolve complaint ${p.reference} by ${p.due}.` }),
  },
  COMPLAINT_RESOLUTION_OVERDUE: {
    nl: (p) => ({ title: `Afhandeling ${p.reference} te laat`, body: `Klacht ${p.reference} had uiterlijk ${p.due} afgehandeld moeten zijn.` }),
    en: (p) => ({ title: `Resolution of ${p.reference} overdue`, body: `Complaint ${p.reference} should have been resolved by ${p.due}.` }),
  },
  CORRECTIVE_ACTION_DUE_SOON: {
    nl: (p) => ({ title: `Corrigerende maatregel bijna te laat: ${p.title}`, body: `De maatregel "${p.title}" moet uiterlijk ${p.due} klaar zijn.` }),
    en: (p) => ({ title: `Corrective action due soon: ${p.title}`, body: `The action "${p.title}" is due by ${p.due}.` }),
  },
  CORRECTIVE_ACTION_OVERDUE: {
    nl: (p) => ({ title: `Corrigerende maatregel te laat: ${p.title}`, body: `De maatregel "${p.title}" had uiterlijk ${p.due} klaar moeten zijn.` }),
    en: (p) => ({ title: `Corrective action overdue: ${p.title}`, body: `The action "${p.title}" was due by ${p.due}.` }),
  },
  CORRECTIVE_ACTION_EFFECTIVENESS_CHECK: {
    nl: (p) => ({ title: `Doeltreffendheid beoordelen: ${p.title}`, body: `De maatregel "${p.title}" is uitgevoerd en wacht op de beoordeling van de doeltreffendheid.` }),
    en: (p) => ({ title: `Effectiveness check due: ${p.title}`, body: `The action "${p.title}" is done and awaits its effectiveness check.` }),
  },
  TRAINING_EXPIRING: {
    nl: (p) => ({ title: `Training verloopt: ${p.topic}`, body: `Uw training ${p.topic} is geldig tot ${p.due}.` }),
    en: (p) => ({ title: `Training expiring: ${p.topic}`, body: `Your ${p.topic} training is valid until ${p.due}.` }),
  },
  TRAINING_EXPIRED: {
    nl: (p) => ({ title: `Training verlopen: ${p.topic}`, body: `Uw training ${p.topic} was geldig tot ${p.due}.` }),
    en: (p) => ({ title: `Training expired: ${p.topic}`, body: `Your ${p.topic} training was valid until ${p.due}.` }),
  },
  AUTHORISATION_LAPSING: {
    nl: (p) => ({ title: 'Autorisatie vervalt', body: `Uw jaarlijkse bijscholing (${p.topic}) verloopt op ${p.due}; daarmee vervalt uw autorisatie.` }),
    en: (p) => ({ title: 'Authorisation lapsing', body: `Your annual update (${p.topic}) expires on ${p.due}, and your authorisation with it.` }),
  },
  CODE_REVIEW_DUE: {
    nl: (p) => ({ title: `Herziening gedragscode ${p.code} nodig`, body: `Versie ${p.version} van gedragscode ${p.code} moet uiterlijk ${p.due} herzien zijn.` }),
    en: (p) => ({ title: `Review of code ${p.code} due`, body: `Version ${p.version} of code ${p.code} is due for review by ${p.due}.` }),
  },
  KPI_MEASUREMENT_MISSING: {
    nl: (p) => ({ title: `Meting ontbreekt: ${p.name}`, body: `Voor KPI "${p.name}" ontbreekt de meting over ${p.periodStart} t/m ${p.periodEnd}.` }),
    en: (p) => ({ title: `Measurement missing: ${p.name}`, body: `KPI "${p.name}" has no measurement for ${p.periodStart} to ${p.periodEnd}.` }),
  },
  DISPUTES_RESPONSE_DUE_SOON: {
    nl: (p) => ({ title: `Verweer geschil ${p.reference} bijna te laat`, body: `Stuur ${p.disputesBody} uiterlijk ${p.due} het verweer op klacht ${p.reference}.` }),
    en: (p) => ({ title: `Disputes response on ${p.reference} due soon`, body: `Send ${p.disputesBody} the response on complaint ${p.reference} by ${p.due}.` }),
  },
  DISPUTES_RESPONSE_OVERDUE: {
    nl: (p) => ({ title: `Verweer geschil ${p.reference} te laat`, body: `Het verweer op klacht ${p.reference} had uiterlijk ${p.due} bij ${p.disputesBody} moeten zijn.` }),
    en: (p) => ({ title: `Disputes response on ${p.reference} overdue`, body: `The response to ${p.disputesBody} on complaint ${p.reference} was due by ${p.due}.` }),
  },
};

export function render(kind: NotificationKind, language: Language, params: Params): { title: string; body: string } {
  return (MESSAGES[kind]?.[language] ?? MESSAGES[kind][Language.EN])(params);
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** An e-mail of one or more notifications: plain text and HTML with the same content. */
export function emailOf(language: Language, items: { title: string; body: string }[]): { subject: string; text: string; html: string } {
  const digest = items.length > 1;
  const subject = digest ? (language === Language.NL ? `${items.length} herinneringen` : `${items.length} reminders`) : items[0].title;
  const text = items.map((i) => `${i.title}\n\n${i.body}`).join('\n\n---\n\n') + '\n';
  const html =
    `<!doctype html><html lang="${language}"><body>` +
    items.map((i) => `<h2>${escapeHtml(i.title)}</h2><p>${escapeHtml(i.body)}</p>`).join('<hr>') +
    '</body></html>';
  return { subject, text, html };
}

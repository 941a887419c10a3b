import type { EntityManager } from 'typeorm';
import { DateTime } from 'luxon';
import {
  ComplainantType,
  Complaint,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintOutcome,
  ComplaintStatus,
  type ComplaintEscalation,
} from '../src/modules/complaint/complaint.entity';
import { ComplaintPromise } from '../src/modules/complaint/complaint-promise.entity';
import { ComplaintTimelineEntry } from '../src/modules/complaint/complaint-timeline-entry.entity';
import { formatReference } from '../src/modules/complaint/complaint-reference';
import { ClosureDay } from '../src/modules/complaint/closure-day.entity';
import type { ComplaintPolicy } from '../src/common/organization.entity';
import { deadline, isWorkingDay, publicHolidays, type WorkingCalendar } from '../src/common/deadlines';
import { addDays } from '../src/common/local-date';
import { DEMO_ORG, DEMO_HANDLERS, DEMO_QUALITY_MANAGER, demoId } from './demo-ids';
import { demoPromiseId } from './demo-code';
import { DemoRandom } from './demo-random';
import { insertRows } from './demo-rows';
import { DemoTime } from './demo-time';

const organizationId = DEMO_ORG.id;
const { CONDUCT, LEGAL, FINANCIAL, EXECUTION } = ComplaintCategory;
const { UPHELD, PARTIALLY_UPHELD, REJECTED, WITHDRAWN } = ComplaintOutcome;

/** Months of complaint history the demo holds, and how many complaints came in over them. */
export const HISTORY_MONTHS = 18;
const COMPLAINT_COUNT = 300;

/** What a group of complaints is about, how they are decided, and how often they come in. */
interface Theme {
  key: string;
  categories: ComplaintCategory[];
  promiseKeys: string[];
  subject: string;
  description: string;
  /** The decision when the complaint is upheld (wholly or in part) and when it is rejected. */
  upheld: string;
  rejected: string;
  /** Relative weights of UPHELD, PARTIALLY_UPHELD, REJECTED and WITHDRAWN. */
  outcomes: [number, number, number, number];
  weight: number;
}

const THEMES: Theme[] = [
  {
    key: 'kosten-te-vroeg',
    categories: [FINANCIAL],
    promiseKeys: ['P6'],
    subject: 'Incassokosten berekend terwijl de betaaltermijn nog liep',
    description: 'Ik kreeg een aanmaning met incassokosten, terwijl de termijn van 14 dagen uit de eerste brief nog niet voorbij was.',
    upheld: 'De incassokosten zijn te vroeg berekend en gecrediteerd; u krijgt een nieuwe betaaltermijn van 14 dagen.',
    rejected: 'De kosten zijn berekend na het verstrijken van de termijn van 14 dagen na ontvangst van de veertiendagenbrief.',
    outcomes: [4, 2, 3, 0.5],
    weight: 9,
  },
  {
    key: 'kosten-regeling',
    categories: [FINANCIAL],
    promiseKeys: ['P6', 'P3'],
    subject: 'Kosten in rekening gebracht tijdens een lopende regeling',
    description: 'Ik betaal elke maand netjes mijn termijn, maar nu staan er opeens extra kosten op mijn overzicht.',
    upheld: 'De kosten zijn ten onrechte berekend tijdens de regeling en van uw dossier afgeboekt.',
    rejected: 'De kosten zijn berekend over de periode waarin de regeling was beëindigd wegens drie gemiste termijnen.',
    outcomes: [3, 2, 4, 0.5],
    weight: 6,
  },
  {
    key: 'regeling-te-hoog',
    categories: [FINANCIAL],
    promiseKeys: ['P3'],
    subject: 'Termijnbedrag van de betalingsregeling niet op te brengen',
    description: 'De regeling die mij is opgelegd is veel te hoog voor mijn inkomen. Ik heb aangegeven dat ik dit niet kan betalen.',
    upheld: 'Wij hebben uw draagkracht opnieuw berekend en het termijnbedrag verlaagd.',
    rejected: 'Het termijnbedrag is vastgesteld op basis van de gegevens die u ons gaf; met nieuwe gegevens kijken wij er graag opnieuw naar.',
    outcomes: [2, 3, 4, 1],
    weight: 10,
  },
  {
    key: 'regeling-beeindigd',
    categories: [FINANCIAL, EXECUTION],
    promiseKeys: ['P3'],
    subject: 'Regeling beëindigd na één gemiste termijn',
    description: 'Ik heb één termijn gemist omdat mijn salaris later kwam, en nu is de hele regeling stopgezet.',
    upheld: 'De regeling is hersteld; de gemiste termijn is achteraan toegevoegd.',
    rejected: 'De regeling is beëindigd na drie gemiste termijnen en twee herinneringen; wij bieden u een nieuwe regeling aan.',
    outcomes: [2, 2, 4, 1],
    weight: 6,
  },
  {
    key: 'onvriendelijk',
    categories: [CONDUCT],
    promiseKeys: ['P4'],
    subject: 'Onvriendelijk en ongeduldig telefoongesprek',
    description: 'De medewerker aan de telefoon liet mij niet uitpraten en was kortaf toen ik mijn situatie probeerde uit te leggen.',
    upheld: 'Het gesprek is teruggeluisterd en besproken met de medewerker; onze excuses voor de manier waarop u te woord bent gestaan.',
    rejected: 'Het gesprek is teruggeluisterd; de medewerker bleef zakelijk en correct. Wij begrijpen dat het gesprek voor u vervelend was.',
    outcomes: [1.5, 2, 5, 1.5],
    weight: 9,
  },
  {
    key: 'dreigen-beslag',
    categories: [CONDUCT, LEGAL],
    promiseKeys: ['P4'],
    subject: 'Gedreigd met beslag en deurwaarder',
    description: 'In het gesprek werd gezegd dat de deurwaarder morgen beslag legt als ik niet direct betaal.',
    upheld: 'Deze uitspraak was onjuist en past niet bij onze werkwijze; de medewerker is hierop aangesproken.',
    rejected: 'In het gesprek is correct uitgelegd welke stappen de opdrachtgever kan zetten als er geen betaling of regeling komt.',
    outcomes: [1, 1.5, 6, 1.5],
    weight: 5,
  },
  {
    key: 'brief-onduidelijk',
    categories: [EXECUTION],
    promiseKeys: ['P5'],
    subject: 'Brief is niet te begrijpen',
    description: 'Ik begrijp uit de brief niet hoeveel ik moet betalen, waarvoor en voor wanneer.',
    upheld: 'U ontvangt een nieuw overzicht in begrijpelijke taal; de brief wordt herschreven.',
    rejected: 'Wij hebben de brief telefonisch met u doorgenomen; het overzicht is juist.',
    outcomes: [3, 2, 3, 1],
    weight: 8,
  },
  {
    key: 'geen-bevestiging',
    categories: [EXECUTION],
    promiseKeys: ['P1'],
    subject: 'Geen bevestiging van mijn klacht ontvangen',
    description: 'Ik heb twee weken geleden een klacht gestuurd en nog niets gehoord.',
    upheld: 'Uw klacht is niet op tijd bevestigd; onze excuses. Uw oorspronkelijke klacht wordt nu met voorrang behandeld.',
    rejected: 'Uw klacht is binnen 4 werkdagen per e-mail bevestigd; wij sturen de bevestiging nogmaals.',
    outcomes: [3, 1, 4, 1],
    weight: 4,
  },
  {
    key: 'klacht-traag',
    categories: [EXECUTION],
    promiseKeys: ['P2'],
    subject: 'Klacht niet binnen de termijn beantwoord',
    description: 'Mijn klacht loopt al weken en ik krijg geen antwoord.',
    upheld: 'Uw klacht is te laat afgehandeld; onze excuses. De beslissing op uw klacht is inmiddels verzonden.',
    rejected: 'Wij wachtten op de stukken die u zou opsturen; de termijn liep vanaf de ontvangst daarvan.',
    outcomes: [4, 1, 3, 0.5],
    weight: 5,
  },
  {
    key: 'betaling-niet-verwerkt',
    categories: [FINANCIAL, EXECUTION],
    promiseKeys: ['P6'],
    subject: 'Betaling niet verwerkt, toch een herinnering ontvangen',
    description: 'Ik heb het volledige bedrag betaald en toch een herinnering ontvangen.',
    upheld: 'Uw betaling stond op de tussenrekening en is nu verwerkt; de herinnering en de kosten vervallen.',
    rejected: 'Wij hebben geen betaling van u ontvangen; stuurt u ons het betaalbewijs, dan zoeken wij het uit.',
    outcomes: [3, 1, 4, 1],
    weight: 7,
  },
  {
    key: 'schulden-niet-doorverwezen',
    categories: [CONDUCT],
    promiseKeys: ['P7', 'P4'],
    subject: 'Geen rekening gehouden met mijn schuldsituatie',
    description: 'Ik heb verteld dat ik meerdere schulden heb en hulp zoek, maar er werd alleen gevraagd wanneer ik ging betalen.',
    upheld: 'Wij hebben u in contact gebracht met de schuldhulpverlening van uw gemeente en de incasso voor twee maanden aangehouden.',
    rejected: 'In het gesprek is u de weg naar de schuldhulpverlening gewezen; de incasso is aangehouden zodra u ons liet weten dat u zich had aangemeld.',
    outcomes: [2, 2, 4, 1],
    weight: 5,
  },
  {
    key: 'onbereikbaar',
    categories: [EXECUTION],
    promiseKeys: ['P8'],
    subject: 'Telefonisch niet bereikbaar en e-mail niet beantwoord',
    description: 'Ik heb meerdere keren gebeld en hing steeds lang in de wacht; mijn e-mail is niet beantwoord.',
    upheld: 'U bent inderdaad niet tijdig te woord gestaan; onze excuses. Een medewerker heeft u teruggebeld.',
    rejected: 'Uw e-mail is binnen 2 werkdagen beantwoord; het antwoord is mogelijk in uw spambox terechtgekomen.',
    outcomes: [2, 2, 4, 1],
    weight: 6,
  },
  {
    key: 'privacy',
    categories: [LEGAL, CONDUCT],
    promiseKeys: ['P9'],
    subject: 'Werkgever gebeld over mijn schuld',
    description: 'Mijn werkgever is door jullie gebeld over mijn schuld. Dat is toch niet toegestaan?',
    upheld: 'Uw werkgever had niet gebeld mogen worden; dit is als datalek beoordeeld en met de medewerker besproken.',
    rejected: 'Uw werkgever is niet over uw schuld gesproken; er is alleen gevraagd of u daar werkzaam bent, in verband met een loonbeslag.',
    outcomes: [1.5, 1, 5, 0.5],
    weight: 3,
  },
  {
    key: 'vordering-betwist',
    categories: [LEGAL],
    promiseKeys: ['P10'],
    subject: 'Incasso doorgezet terwijl ik de vordering betwist',
    description: 'Ik heb laten weten dat ik de factuur betwist omdat het product nooit is geleverd, maar ik krijg toch een aanmaning.',
    upheld: 'De incasso is stilgezet; de opdrachtgever onderzoekt uw bezwaar.',
    rejected: 'De opdrachtgever heeft de levering aangetoond; de incasso wordt voortgezet. U kunt een betalingsregeling aanvragen.',
    outcomes: [1.5, 1.5, 7, 1],
    weight: 6,
  },
  {
    key: 'verjaard',
    categories: [LEGAL, FINANCIAL],
    promiseKeys: ['P10', 'P6'],
    subject: 'Verjaarde vordering geïncasseerd',
    description: 'Deze vordering is van meer dan vijf jaar geleden. Volgens mij is die verjaard.',
    upheld: 'De vordering is verjaard; de incasso is gestopt en het dossier gesloten.',
    rejected: 'De verjaring is tijdig gestuit met de aanmaningen van de opdrachtgever; de vordering is niet verjaard.',
    outcomes: [1.5, 0.5, 7, 0.5],
    weight: 3,
  },
];

const FIRST_NAMES = ['Anna', 'Bas', 'Chantal', 'Dennis', 'Eva', 'Freek', 'Gerda', 'Hasan', 'Ilse', 'Jeroen', 'Karin', 'Lucas', 'Mohamed', 'Nicole', 'Orlando', 'Petra', 'Rachid', 'Sandra', 'Thijs', 'Ursula', 'Vincent', 'Wendy', 'Youssef', 'Zoë'];
const LAST_NAMES = ['Voorbeeld', 'Testman', 'de Proef', 'Fictief', 'van Verzinsel', 'Janssen-Demo', 'de Steekproef', 'Modelmans', 'van der Proef', 'Oefenaar'];

const CHANNELS: [ComplaintChannel, number][] = [
  [ComplaintChannel.EMAIL, 35],
  [ComplaintChannel.PHONE, 25],
  [ComplaintChannel.WEB, 20],
  [ComplaintChannel.LETTER, 15],
  [ComplaintChannel.IN_PERSON, 5],
];
/** Relative intake per calendar month: a peak after the year-end, quieter in the summer. */
const SEASON = [1.3, 1.25, 1.1, 1, 0.95, 0.95, 0.8, 0.8, 1.05, 1.05, 1, 0.85];
/** Share of late acknowledgements and late resolutions, from the oldest month of the history to now. */
const LATE_ACKNOWLEDGEMENT = { from: 0.07, to: 0.02 };
const LATE_RESOLUTION = { from: 0.2, to: 0.03 };

/** One complaint of the demo history with its promise links and timeline. */
export interface DemoComplaint {
  row: Partial<Complaint> & { id: string; receivedAt: Date };
  theme: string;
  promiseKeys: string[];
  timeline: Partial<ComplaintTimelineEntry>[];
}

interface Step {
  to: ComplaintStatus;
  at: Date;
  actorId: string | null;
  note: string | null;
}

/**
 * The demo organisation's complaint history: about 300 complaints received over the last 18
 * months, drawn from a fixed seed. Each one is carried through the lifecycle as the complaint
 * service would have done it on the day (deadlines from `deadline()` at receipt, on-time flags from
 * the step times, a timeline entry per step), then cut off at now: recent complaints are still
 * open, a few of them stalled and overdue; some decided ones went to the disputes committee.
 */
export function demoComplaints(time: DemoTime, calendar: WorkingCalendar, policy: ComplaintPolicy, fixes: readonly { theme: string; from: string }[]): DemoComplaint[] {
  const random = new DemoRandom(0xb7a6);
  const receipts = receiptTimes(time, random);
  const lateAcknowledgements = lateByMonth(receipts, time, LATE_ACKNOWLEDGEMENT, random);
  const lateResolutions = lateByMonth(receipts, time, LATE_RESOLUTION, random);
  const stalls = stalledComplaints(receipts, time);
  // One complaint certainly before the disputes committee still: escalated weeks ago, not yet decided.
  const pendingEscalation = receipts.findLastIndex((r) => ageInDays(time, r.receivedAt) >= 75 && ageInDays(time, r.receivedAt) < 120);
  const officeTime = officeHours(time, calendar, random);
  const numbers = new Map<number, number>();
  return receipts.map(({ receivedAt, channel }, index) => {
    const year = DateTime.fromJSDate(receivedAt, { zone: time.timeZone }).year;
    numbers.set(year, (numbers.get(year) ?? 0) + 1);
    const receivedOn = time.dayOf(receivedAt);
    const theme = pickTheme(random, receivedOn, fixes);
    const handler = random.weighted(DEMO_HANDLERS.map((h, i) => [h, [5, 3, 2][i]] as const));
    const staffRegistered = channel !== ComplaintChannel.WEB;
    const acknowledgementDueAt = deadline(receivedAt, { within: policy.acknowledgeWithin, unit: policy.acknowledgeUnit }, calendar);
    const resolutionDueAt = deadline(receivedAt, { within: policy.resolveWithin, unit: policy.resolveUnit }, calendar);

    // The handling as it went (or will go): each step after the one before, on a working day.
    const steps: Step[] = [{ to: ComplaintStatus.RECEIVED, at: receivedAt, actorId: staffRegistered ? handler.id : null, note: null }];
    // Within the Wki's two working days, unless late on purpose.
    const acknowledgedAt = officeTime(receivedAt, lateAcknowledgements.has(index) ? random.int(5, 7) : random.weighted([[0, 3], [1, 4], [2, 3]]));
    const startedAt = officeTime(acknowledgedAt, random.weighted([[0, 5], [1, 3], [2, 2]]));
    const targetDays = lateResolutions.has(index) ? random.int(16, 32) : random.int(4, 12);
    const resolvedAt = officeTime(later(DemoTime.plusDays(receivedAt, targetDays), startedAt), 0);
    steps.push(
      { to: ComplaintStatus.ACKNOWLEDGED, at: acknowledgedAt, actorId: handler.id, note: acknowledgementNote(channel) },
      { to: ComplaintStatus.IN_PROGRESS, at: startedAt, actorId: handler.id, note: random.pick(INVESTIGATION_NOTES) },
    );
    const weights = fixedBy(fixes, theme.key, receivedOn) ? AFTER_FIX : theme.outcomes;
    const drawn = random.weighted(OUTCOMES.map((o, i) => [o, weights[i]] as const));
    const outcome = index === pendingEscalation ? REJECTED : drawn;
    steps.push({ to: ComplaintStatus.RESOLVED, at: resolvedAt, actorId: handler.id, note: 'Beslissing schriftelijk aan de klager verzonden.' });
    let escalation = NO_ESCALATION;
    const escalates = (outcome === REJECTED || outcome === PARTIALLY_UPHELD) && random.chance(0.05);
    if (escalates || index === pendingEscalation) {
      const escalatedAt = officeTime(DemoTime.plusDays(resolvedAt, random.int(5, 30)), 0);
      // The committee takes two to five months; the designated one has not decided yet.
      const decidedAt = officeTime(DemoTime.plusDays(escalatedAt, index === pendingEscalation ? 200 : random.int(70, 160)), 0);
      const committeeOutcome = random.weighted([[REJECTED, 7], [PARTIALLY_UPHELD, 2], [UPHELD, 1]] as const);
      steps.push(
        { to: ComplaintStatus.ESCALATED, at: escalatedAt, actorId: handler.id, note: 'De klager heeft de klacht voorgelegd aan De Geschillencommissie.' },
        { to: ComplaintStatus.CLOSED, at: officeTime(decidedAt, random.int(1, 3)), actorId: DEMO_QUALITY_MANAGER.id, note: 'Uitspraak van De Geschillencommissie verwerkt.' },
      );
      escalation = { body: 'De Geschillencommissie', escalatedAt, outcome: committeeOutcome, binding: random.chance(0.85), decidedAt };
    } else {
      steps.push({ to: ComplaintStatus.CLOSED, at: officeTime(DemoTime.plusDays(resolvedAt, random.int(7, 21)), 0), actorId: handler.id, note: random.pick(CLOSING_NOTES) });
    }
    const satisfaction = outcome === WITHDRAWN || !random.chance(0.65) ? null : satisfactionAfter(outcome, random);
    const done = steps.slice(0, stalls.get(index) ?? steps.length).filter((s) => s.at <= time.now);
    const status = done[done.length - 1].to;
    const reached = (to: ComplaintStatus) => done.find((s) => s.to === to)?.at ?? null;
    const decided = reached(ComplaintStatus.RESOLVED);
    const closedAt = reached(ComplaintStatus.CLOSED);
    // Personal data is erased a week after the Wki's retention period (two years after closing) ends.
    const erasure = closedAt ? DateTime.fromJSDate(closedAt).plus({ years: 2, days: 7 }).toJSDate() : null;
    const anonymizedAt = erasure && erasure < time.now ? erasure : null;
    const id = demoId(`complaint:${index + 1}`);
    const person = complainant(random, channel);
    const satisfactionRecorded = decided && satisfaction !== null;
    const row: DemoComplaint['row'] = {
      id,
      organizationId,
      reference: formatReference(year, numbers.get(year)!),
      receivedAt,
      channel,
      subject: theme.subject,
      description: anonymizedAt ? null : theme.description,
      ...(anonymizedAt ? { complainantName: null, complainantEmail: null, complainantPhone: null, customerReference: null } : person),
      // Mostly debtors, now and then the client (creditor); letters come with a postal address.
      complainantType: index % 9 === 4 ? ComplainantType.CLIENT : ComplainantType.DEBTOR,
      complainantAddress: channel === ComplaintChannel.LETTER && !anonymizedAt ? `Dorpsstraat ${1 + (index % 140)}, ${3500 + (index % 80)} AB Utrecht` : null,
      categories: theme.categories,
      status,
      handlerId: staffRegistered || reached(ComplaintStatus.IN_PROGRESS) ? handler.id : null,
      registeredById: staffRegistered ? handler.id : null,
      acknowledgementDueAt,
      acknowledgedAt: reached(ComplaintStatus.ACKNOWLEDGED),
      acknowledgedOnTime: reached(ComplaintStatus.ACKNOWLEDGED) ? reached(ComplaintStatus.ACKNOWLEDGED)! <= acknowledgementDueAt : null,
      resolutionDueAt,
      resolvedAt: decided,
      resolvedOnTime: decided ? decided <= resolutionDueAt : null,
      decision: decided ? decision(theme, outcome) : null,
      outcome: decided ? outcome : null,
      // Before the committee decides, only the escalation itself is known.
      escalation: !reached(ComplaintStatus.ESCALATED) ? NO_ESCALATION : closedAt ? escalation : { ...escalation, outcome: null, binding: null, decidedAt: null },
      closedAt,
      satisfaction: satisfactionRecorded ? satisfaction : null,
      anonymizedAt,
      // One version per change the service would have stored: each step, the satisfaction, the anonymisation.
      version: done.length + (satisfactionRecorded ? 1 : 0) + (anonymizedAt ? 1 : 0),
      createdAt: receivedAt,
      updatedAt: anonymizedAt ?? done[done.length - 1].at,
    };
    const timeline = done.map((step, i) => ({
      id: demoId(`complaint:${index + 1}:step:${i}`),
      organizationId,
      complaintId: id,
      actorId: step.actorId,
      at: step.at,
      from: i === 0 ? null : done[i - 1].to,
      to: step.to,
      note: anonymizedAt ? null : step.note,
      createdAt: step.at,
      updatedAt: anonymizedAt ?? step.at,
    }));
    return { row, theme: theme.key, promiseKeys: theme.promiseKeys, timeline };
  });
}

const OUTCOMES = [UPHELD, PARTIALLY_UPHELD, REJECTED, WITHDRAWN] as const;
const NO_ESCALATION: ComplaintEscalation = { body: null, escalatedAt: null, outcome: null, binding: null, decidedAt: null };

const INVESTIGATION_NOTES = [
  'Dossier opgevraagd en gesprekken teruggeluisterd.',
  'Opdrachtgever om een reactie gevraagd.',
  'Klager gebeld voor een toelichting.',
  'Betalingen en kostenopbouw in het dossier nagelopen.',
];
const CLOSING_NOTES = ['Klager akkoord met de oplossing.', 'Geen reactie meer ontvangen binnen de reactietermijn.', 'Afspraken uitgevoerd; klacht gesloten.'];

function acknowledgementNote(channel: ComplaintChannel): string {
  if (channel === ComplaintChannel.LETTER) return 'Ontvangstbevestiging per post verzonden.';
  if (channel === ComplaintChannel.PHONE) return 'Ontvangst telefonisch en per e-mail bevestigd.';
  return 'Ontvangstbevestiging per e-mail verzonden.';
}

function decision(theme: Theme, outcome: ComplaintOutcome): string {
  if (outcome === UPHELD) return `Uw klacht is gegrond. ${theme.upheld}`;
  if (outcome === PARTIALLY_UPHELD) return `Uw klacht is deels gegrond. ${theme.upheld}`;
  if (outcome === REJECTED) return `Uw klacht is ongegrond. ${theme.rejected}`;
  return 'U hebt de klacht ingetrokken na een toelichting van de klachtenfunctionaris.';
}

function satisfactionAfter(outcome: ComplaintOutcome, random: DemoRandom): number {
  if (outcome === UPHELD) return random.weighted([[5, 5], [4, 4], [3, 1]]);
  if (outcome === PARTIALLY_UPHELD) return random.weighted([[5, 1], [4, 4], [3, 4], [2, 1]]);
  return random.weighted([[4, 1], [3, 3], [2, 4], [1, 3]]);
}

function complainant(random: DemoRandom, channel: ComplaintChannel) {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(LAST_NAMES);
  const local = `${first}.${last}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z.]/g, '').toLowerCase();
  return {
    complainantName: `${first} ${last}`,
    complainantEmail: channel === ComplaintChannel.LETTER && random.chance(0.5) ? null : `${local}@voorbeeld.nl`,
    complainantPhone: channel === ComplaintChannel.PHONE || random.chance(0.4) ? `06-00000${random.int(100, 999)}` : null,
    customerReference: random.chance(0.85) ? `DB-${random.int(1000000, 9999999)}` : null,
  };
}

/** Whether an effective action addressed the theme before `day`. */
const fixedBy = (fixes: readonly { theme: string; from: string }[], theme: string, day: string) => fixes.some((f) => f.theme === theme && f.from <= day);

/** The theme of a complaint received on `day`: themes an effective action addressed come in far less often from then on. */
function pickTheme(random: DemoRandom, day: string, fixes: readonly { theme: string; from: string }[]): Theme {
  return random.weighted(THEMES.map((t) => [t, fixedBy(fixes, t.key, day) ? t.weight * 0.25 : t.weight] as const));
}

/** Once an effective action removed the cause, the complaints that still come in on the theme are mostly unfounded. */
const AFTER_FIX: Theme['outcomes'] = [0.3, 0.7, 6, 1.5];

/**
 * {@link COMPLAINT_COUNT} receipt times and channels up to yesterday, oldest first: spread over the
 * days by weight, a few per working day and fewer (online only) in the weekend.
 */
function receiptTimes(time: DemoTime, random: DemoRandom): { receivedAt: Date; channel: ComplaintChannel }[] {
  const first = time.monthsAgo(HISTORY_MONTHS);
  const count = Math.round(DateTime.fromISO(time.today).diff(DateTime.fromISO(first), 'days').days);
  const days = Array.from({ length: count }, (_, offset) => {
    const day = addDays(first, offset);
    const weekend = DateTime.fromISO(day).weekday >= 6;
    // Intake falls slowly over the period as improvements take effect.
    const weight = (weekend ? 0.15 : 1) * SEASON[Number(day.slice(5, 7)) - 1] * (1.1 - (0.2 * offset) / count);
    return [{ day, weekend }, weight] as const;
  });
  return Array.from({ length: COMPLAINT_COUNT }, () => {
    const { day, weekend } = random.weighted(days);
    const channel = weekend ? random.pick([ComplaintChannel.EMAIL, ComplaintChannel.WEB]) : random.weighted(CHANNELS);
    const [from, to] = channel === ComplaintChannel.EMAIL || channel === ComplaintChannel.WEB ? [7, 23] : [9, 17];
    return { receivedAt: time.at(day, random.int(from, to - 1), random.int(0, 59)), channel };
  }).sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
}

/**
 * Which complaints (by index) are handled late: per month of receipt a quota, falling from the
 * oldest month to the latest, so the monthly on-time rates follow a clear trend.
 */
function lateByMonth(receipts: readonly { receivedAt: Date }[], time: DemoTime, share: { from: number; to: number }, random: DemoRandom): Set<number> {
  const months = new Map<string, number[]>();
  receipts.forEach((r, i) => {
    const month = time.dayOf(r.receivedAt).slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), i]);
  });
  const late = new Set<number>();
  [...months.values()].forEach((indexes, m, all) => {
    const rate = share.from + ((share.to - share.from) * m) / Math.max(1, all.length - 1);
    const quota = Math.round(indexes.length * rate);
    const pool = [...indexes];
    for (let k = 0; k < quota; k++) late.add(pool.splice(random.int(0, pool.length - 1), 1)[0]);
  });
  return late;
}

const ageInDays = (time: DemoTime, instant: Date) => (time.now.getTime() - instant.getTime()) / 86_400_000;

/**
 * The complaints whose handling stalled, by index, with the number of steps taken (1: received,
 * 2: acknowledged, 3: in progress): every third complaint received 14 to 60 days ago, in turn at
 * each of the three, so the demo always has overdue complaints in every open status.
 */
function stalledComplaints(receipts: readonly { receivedAt: Date }[], time: DemoTime): Map<number, number> {
  const candidates = receipts.flatMap((r, i) => (ageInDays(time, r.receivedAt) >= 14 && ageInDays(time, r.receivedAt) < 60 ? [i] : []));
  return new Map(candidates.filter((_, k) => k % 3 === 0).map((index, k) => [index, 1 + (k % 3)]));
}

/**
 * `officeTime(from, n)`: an instant in office hours on the n-th working day after the local day of
 * `from` (n = 0: that day itself, or the next working day), always after `from`. Days are stepped as
 * local dates; only the result is placed in the time zone.
 */
function officeHours(time: DemoTime, calendar: WorkingCalendar, random: DemoRandom): (from: Date, workingDays: number) => Date {
  return (from, workingDays) => {
    let day = time.dayOf(from);
    const step = () => {
      do day = addDays(day, 1);
      while (!isWorkingDay(day, calendar));
    };
    if (!isWorkingDay(day, calendar)) step();
    for (let k = 0; k < workingDays; k++) step();
    const candidate = time.at(day, random.int(9, 16), random.int(0, 59));
    if (candidate > from) return candidate;
    const soon = new Date(from.getTime() + random.int(20, 90) * 60_000);
    if (soon < time.at(day, 17)) return soon;
    step();
    return time.at(day, random.int(9, 11), random.int(0, 59));
  };
}

const later = (a: Date, b: Date) => (a > b ? a : b);

/**
 * The organisation's bridge days: the Friday after Ascension Day each year of the history and the
 * next, a common closure day in the Netherlands.
 */
export function bridgeDays(time: DemoTime, holidayCountry: string): Partial<ClosureDay>[] {
  const firstYear = Number(time.monthsAgo(HISTORY_MONTHS + 1).slice(0, 4));
  const years = Array.from({ length: Number(time.today.slice(0, 4)) + 2 - firstYear }, (_, i) => firstYear + i);
  return years.flatMap((year) => {
    const ascension = [...publicHolidays(holidayCountry, year)].find(([, name]) => name === 'Hemelvaartsdag')?.[0];
    if (!ascension) return [];
    return [{ id: demoId(`closure-day:${year}`), organizationId, date: addDays(ascension, 1), reason: 'Brugdag na Hemelvaartsdag' }];
  });
}

/** Inserts the complaints, their promise links and timelines, and sets the reference counters so new complaints continue each year's numbering. */
export async function insertComplaints(manager: EntityManager, complaints: readonly DemoComplaint[]): Promise<void> {
  await insertRows(manager, Complaint, complaints.map((c) => c.row));
  await insertRows(
    manager,
    ComplaintPromise,
    complaints.flatMap((c) =>
      c.promiseKeys.map((key) => ({ id: demoId(`${c.row.id}:promise:${key}`), organizationId, complaintId: c.row.id, promiseId: demoPromiseId(key), createdAt: c.row.receivedAt, updatedAt: c.row.receivedAt })),
    ),
  );
  await insertRows(manager, ComplaintTimelineEntry, complaints.flatMap((c) => c.timeline));
  const last = new Map<number, number>();
  for (const c of complaints) {
    const [, year, number] = c.row.reference!.split('-');
    last.set(Number(year), Math.max(last.get(Number(year)) ?? 0, Number(number)));
  }
  for (const [year, number] of last) {
    await manager.query(
      `INSERT INTO complaint_reference_counter (organization_id, year, last) VALUES ($1, $2, $3)
       ON CONFLICT (organization_id, year) DO UPDATE SET last = greatest(complaint_reference_counter.last, excluded.last)`,
      [organizationId, year, number],
    );
  }
}


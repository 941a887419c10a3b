import {
  ComplainantType,
  ComplaintCategory,
  ComplaintChannel,
  ComplaintKind,
  ComplaintOutcome,
  ComplaintStatus,
  type Complaint,
  type ComplaintEscalation,
} from '../src/modules/complaint/complaint.entity';
import { ComplaintTimelineEventKind } from '../src/modules/complaint/complaint-timeline-entry.entity';
import { formatReference } from '../src/modules/complaint/complaint-reference';
import type { ComplaintPolicy } from '../src/common/organization.entity';
import { DeadlineUnit } from '../src/common/organization.entity';
import { deadline, isWorkingDay, type WorkingCalendar } from '../src/common/deadlines';
import { addDays } from '../src/common/local-date';
import { DEMO_COMPLAINT_OFFICER, DEMO_ORG, DEMO_STAFF, demoId } from './demo-ids';
import type { DemoComplaint } from './demo-complaints';
import type { DemoTime } from './demo-time';

const organizationId = DEMO_ORG.id;
const NO_ESCALATION: ComplaintEscalation = { body: null, escalatedAt: null, outcome: null, binding: null, decidedAt: null };
/** The complaint officer who handles them, and a collector at the front line. */
const OFFICER = DEMO_COMPLAINT_OFFICER.id;
const [, , FRONT_LINE, CONCERNED] = DEMO_STAFF;

interface Event {
  kind?: ComplaintTimelineEventKind;
  to: ComplaintStatus;
  /** Working days after receipt (office hours), or an instant. */
  at: number | Date;
  note: string | null;
  dueAt?: Date | null;
  actorId?: string;
}

/**
 * The demo's complaints that show how the law runs them, each received in the last weeks and
 * written as the services would have: an objection to the debt, complaints decided outside the
 * code (two, so codeGaps has words), a resolution term extended, handling paused and resumed, a
 * complaint reopened after closing, and one registered at the front line by a collector, from a
 * representative with a mandate, about a colleague who was informed; and three from complainants who
 * write in English or Norwegian Bokmål. They continue the year's
 * numbering after the generated history, and are not part of the KPI measurements.
 */
export function lawComplaints(time: DemoTime, calendar: WorkingCalendar, policy: ComplaintPolicy, history: readonly DemoComplaint[]): DemoComplaint[] {
  const year = Number(time.today.slice(0, 4));
  let number = Math.max(0, ...history.filter((c) => c.row.reference!.startsWith(`K-${year}-`)).map((c) => Number(c.row.reference!.split('-')[2])));
  /** The n-th working day from `day` (0: that day if working), at `hour`. */
  const workingDay = (day: string, n: number, hour: number) => {
    let d = day;
    while (!isWorkingDay(d, calendar)) d = addDays(d, 1);
    for (let k = 0; k < n; k++) {
      do d = addDays(d, 1);
      while (!isWorkingDay(d, calendar));
    }
    return time.at(d, hour);
  };
  /** A working day about `daysAgo` calendar days ago. */
  const receipt = (daysAgo: number) => workingDay(time.daysAgo(daysAgo), 0, 10);

  const make = (
    key: string,
    receivedAt: Date,
    fields: Partial<Complaint>,
    events: Event[],
    promiseKeys: string[],
  ): DemoComplaint => {
    number += 1;
    const id = demoId(`complaint:law:${key}`);
    const receivedOn = time.dayOf(receivedAt);
    const at = (e: Event) => (e.at instanceof Date ? e.at : workingDay(receivedOn, e.at, 11 + (e.at % 5)));
    const steps = [{ to: ComplaintStatus.RECEIVED, at: receivedAt, note: null } as Event, ...events].map((e) => ({ ...e, at: at(e) }));
    const acknowledgementDueAt = deadline(receivedAt, { within: policy.acknowledgeWithin, unit: policy.acknowledgeUnit }, calendar);
    const resolutionDueAt = deadline(receivedAt, { within: policy.resolveWithin, unit: policy.resolveUnit }, calendar);
    const statusSteps = steps.filter((s) => !s.kind || s.kind === ComplaintTimelineEventKind.REOPENED);
    const first = (to: ComplaintStatus) => statusSteps.find((s) => s.to === to)?.at ?? null;
    const status = steps[steps.length - 1].to;
    const acknowledgedAt = first(ComplaintStatus.ACKNOWLEDGED);
    const resolvedAt = first(ComplaintStatus.RESOLVED);
    const closed = [...statusSteps].reverse().find((s) => s.to === ComplaintStatus.CLOSED && !s.kind);
    const row: DemoComplaint['row'] = {
      id,
      organizationId,
      reference: formatReference(year, number),
      receivedAt,
      channel: ComplaintChannel.PHONE,
      language: 'nl',
      subject: '',
      description: '',
      complainantName: 'Henk Bakker',
      complainantEmail: 'henk.bakker@voorbeeld.nl',
      complainantPhone: null,
      customerReference: `DB-${4200000 + number}`,
      complainantType: ComplainantType.DEBTOR,
      categories: [],
      status,
      kind: ComplaintKind.COMPLAINT,
      handlerId: OFFICER,
      registeredById: OFFICER,
      acknowledgementDueAt,
      acknowledgedAt,
      acknowledgedOnTime: acknowledgedAt ? acknowledgedAt <= acknowledgementDueAt : null,
      resolutionDueAt,
      resolvedAt,
      resolvedOnTime: resolvedAt ? resolvedAt <= resolutionDueAt : null,
      decision: null,
      outcome: null,
      escalation: NO_ESCALATION,
      closedAt: status === ComplaintStatus.CLOSED && closed ? closed.at : null,
      satisfaction: null,
      anonymizedAt: null,
      version: steps.length,
      createdAt: receivedAt,
      updatedAt: steps[steps.length - 1].at,
      ...fields,
    };
    const timeline = steps.map((s, i) => ({
      id: demoId(`complaint:law:${key}:step:${i}`),
      organizationId,
      complaintId: id,
      actorId: s.actorId ?? (i === 0 ? row.registeredById! : OFFICER),
      kind: s.kind ?? ComplaintTimelineEventKind.STATUS_CHANGED,
      dueAt: s.dueAt ?? null,
      at: s.at,
      from: i === 0 ? null : steps[i - 1].to,
      to: s.to,
      note: s.note,
      createdAt: s.at,
      updatedAt: s.at,
    }));
    return { row, theme: 'law', promiseKeys, timeline };
  };

  const { RECEIVED, ACKNOWLEDGED, IN_PROGRESS, RESOLVED, CLOSED } = ComplaintStatus;
  const handled = (resolved: number, closed?: number): Event[] => [
    { to: ACKNOWLEDGED, at: 1, note: 'Ontvangst schriftelijk bevestigd.' },
    { to: IN_PROGRESS, at: 2, note: 'Dossier opgevraagd.' },
    { to: RESOLVED, at: resolved, note: 'Beslissing schriftelijk aan de klager verzonden.' },
    ...(closed === undefined ? [] : [{ to: CLOSED, at: closed, note: 'Klacht gesloten.' }]),
  ];
  const decided = (decision: string, outcome: ComplaintOutcome) => ({ decision, outcome });
  const complaints: DemoComplaint[] = [];

  // An objection to the debt: no promise, no complaint statistics.
  complaints.push(
    make(
      'objection',
      receipt(9),
      { kind: ComplaintKind.DEBT_OBJECTION, subject: 'Bezwaar tegen de hoogte van de vordering', description: 'De hoofdsom klopt niet: ik heb in maart al 250 euro betaald.', categories: [ComplaintCategory.FINANCIAL] },
      [{ to: ACKNOWLEDGED, at: 1, note: 'Ontvangst bevestigd; opdrachtgever om een specificatie gevraagd.' }, { to: IN_PROGRESS, at: 2, note: null }],
      [],
    ),
  );

  // Two complaints no promise of the code covers, decided outside the code.
  for (const [key, daysAgo, subject, reason] of [
    ['outside-1', 40, 'Telefonische bereikbaarheid in de avond', 'Geen belofte over telefonische bereikbaarheid buiten kantoortijden'],
    ['outside-2', 26, 'Slechte bereikbaarheid van de klantenservice', 'De code belooft niets over de bereikbaarheid van de klantenservice'],
  ] as const) {
    complaints.push(
      make(
        key,
        receipt(daysAgo),
        { subject, description: 'Ik kon dagenlang niemand bereiken.', categories: [ComplaintCategory.EXECUTION], outsideCodeReason: reason, ...decided('Terugbelafspraak aangeboden.', ComplaintOutcome.PARTIALLY_UPHELD) },
        handled(6, 12),
        [],
      ),
    );
  }

  // The resolution term extended, with the reason told to the complainant.
  const extendedReceipt = receipt(12);
  const extendedDue = deadline(deadline(extendedReceipt, { within: policy.resolveWithin, unit: policy.resolveUnit }, calendar), { within: 10, unit: DeadlineUnit.CALENDAR_DAYS }, calendar);
  complaints.push(
    make(
      'extended',
      extendedReceipt,
      {
        subject: 'Kosten in rekening gebracht na betaling',
        description: 'Na mijn betaling zijn toch incassokosten gerekend.',
        categories: [ComplaintCategory.FINANCIAL],
        extendedResolutionDueAt: extendedDue,
        workingResolutionDueAt: extendedDue,
      },
      [
        { to: ACKNOWLEDGED, at: 1, note: 'Ontvangst schriftelijk bevestigd.' },
        { to: IN_PROGRESS, at: 2, note: null },
        // The reason as the extension letter tells it (the letter is the correspondence part's, from its EXTENSION template).
        { kind: ComplaintTimelineEventKind.DEADLINE_EXTENDED, to: IN_PROGRESS, at: 4, note: 'Onze opdrachtgever moet uw betalingen nog nagaan.', dueAt: extendedDue },
      ],
      ['P4'],
    ),
  );

  // Handling paused now, waiting for the complainant.
  complaints.push(
    make(
      'paused',
      receipt(8),
      { subject: 'Betalingsregeling niet verwerkt', description: 'Mijn regeling staat niet in het systeem.', categories: [ComplaintCategory.EXECUTION], pausedAt: workingDay(time.dayOf(receipt(8)), 3, 14) },
      [
        { to: ACKNOWLEDGED, at: 1, note: 'Ontvangst schriftelijk bevestigd.' },
        { to: IN_PROGRESS, at: 2, note: null },
        { kind: ComplaintTimelineEventKind.PAUSED, to: IN_PROGRESS, at: 3, note: 'Klager gevraagd om het betalingsbewijs op te sturen.' },
      ],
      ['P2'],
    ),
  );

  // Paused for three working days and resumed, then resolved.
  const resumedReceipt = receipt(24);
  const resumedDue = deadline(deadline(resumedReceipt, { within: policy.resolveWithin, unit: policy.resolveUnit }, calendar), { within: 3, unit: DeadlineUnit.WORKING_DAYS }, calendar);
  complaints.push(
    make(
      'resumed',
      resumedReceipt,
      {
        subject: 'Brief naar verkeerd adres gestuurd',
        description: 'De aanmaning ging naar mijn oude adres.',
        categories: [ComplaintCategory.EXECUTION],
        pausedWorkingDays: 3,
        workingResolutionDueAt: resumedDue,
        ...decided('Adres gecorrigeerd en kosten kwijtgescholden.', ComplaintOutcome.UPHELD),
      },
      [
        { to: ACKNOWLEDGED, at: 1, note: 'Ontvangst schriftelijk bevestigd.' },
        { to: IN_PROGRESS, at: 2, note: null },
        { kind: ComplaintTimelineEventKind.PAUSED, to: IN_PROGRESS, at: 3, note: 'Klager gevraagd om een kopie van de verhuisbevestiging.' },
        { kind: ComplaintTimelineEventKind.RESUMED, to: IN_PROGRESS, at: 6, note: 'Kopie ontvangen.', dueAt: resumedDue },
        { to: RESOLVED, at: 8, note: 'Beslissing schriftelijk aan de klager verzonden.' },
      ],
      ['P5'],
    ),
  );

  // Closed, then reopened when the complainant brought new documents.
  const reopenedReceipt = receipt(60);
  complaints.push(
    make(
      'reopened',
      reopenedReceipt,
      {
        subject: 'Beslag gelegd ondanks regeling',
        description: 'Er is beslag gelegd terwijl ik mij aan de regeling hield.',
        categories: [ComplaintCategory.LEGAL],
        reopenedAt: workingDay(time.daysAgo(5), 0, 10),
        reopenCount: 1,
        ...decided('De regeling was vervallen; het beslag blijft.', ComplaintOutcome.REJECTED),
      },
      [...handled(8, 14), { kind: ComplaintTimelineEventKind.REOPENED, to: IN_PROGRESS, at: workingDay(time.daysAgo(5), 0, 10), note: 'Klager stuurde nieuwe betalingsbewijzen: opnieuw in behandeling.' }],
      ['P3'],
    ),
  );

  // Registered at the front line by a collector: a representative with a mandate, about a colleague who was informed.
  const frontReceipt = receipt(6);
  complaints.push(
    make(
      'front-line',
      frontReceipt,
      {
        subject: 'Onheus behandeld aan de telefoon',
        description: 'De medewerker verhief zijn stem tegen mijn cliënt.',
        categories: [ComplaintCategory.CONDUCT],
        registeredById: FRONT_LINE.id,
        handlerId: OFFICER,
        complainantName: 'Mr. A. de Wit (schuldhulpverlener)',
        complainantEmail: 'a.dewit@voorbeeld.nl',
        complainantType: ComplainantType.REPRESENTATIVE,
        complainantMandate: true,
        complainantMandateReference: 'Volmacht 2025-041',
        complainantAddress: 'Stationsplein 4, 3511 ED Utrecht',
        employeeConcernedId: CONCERNED.id,
        employeeInformedAt: workingDay(time.dayOf(frontReceipt), 1, 9),
      },
      [
        { kind: ComplaintTimelineEventKind.EMPLOYEE_INFORMED, to: RECEIVED, at: workingDay(time.dayOf(frontReceipt), 1, 9), note: 'Door de teamleider geïnformeerd.' },
        { to: ACKNOWLEDGED, at: workingDay(time.dayOf(frontReceipt), 1, 15), note: 'Ontvangst schriftelijk bevestigd aan de gemachtigde.' },
      ],
      ['P1'],
    ),
  );
  // Complainants who write in English or Norwegian: their complaints, and the letters about them, are in their language.
  complaints.push(
    make(
      'english',
      receipt(15),
      {
        channel: ComplaintChannel.EMAIL,
        language: 'en',
        subject: 'Collection costs charged while my payment was on its way',
        description:
          'I paid the invoice in full on the due date from my bank account in the United Kingdom. The transfer took three days, and you added collection costs in the meantime. Please cancel them.',
        complainantName: 'Sarah Thompson',
        complainantEmail: 'sarah.thompson@voorbeeld.nl',
        customerReference: 'DB-4318877',
        categories: [ComplaintCategory.FINANCIAL],
        ...decided('Your payment was made on time: we have cancelled the collection costs.', ComplaintOutcome.UPHELD),
      },
      handled(7),
      ['P6'],
    ),
    make(
      'norwegian',
      receipt(9),
      {
        channel: ComplaintChannel.WEB,
        language: 'nb',
        subject: 'Betalingsavtalen ble avsluttet uten varsel',
        description: 'Jeg har betalt hver måned som avtalt, men fikk likevel brev om at avtalen er avsluttet. Jeg ber om at avtalen blir gjenopprettet.',
        complainantName: 'Ingrid Haugen',
        complainantEmail: 'ingrid.haugen@voorbeeld.nl',
        customerReference: 'DB-4320154',
        registeredById: null,
        categories: [ComplaintCategory.EXECUTION],
      },
      [
        { to: ACKNOWLEDGED, at: 1, note: 'Ontvangst schriftelijk bevestigd (in het Noors).' },
        { to: IN_PROGRESS, at: 2, note: 'Betalingen bij de opdrachtgever nagevraagd.' },
      ],
      ['P3'],
    ),
    make(
      'english-web',
      receipt(7),
      {
        channel: ComplaintChannel.WEB,
        language: 'en',
        subject: 'No reply to my emails about a payment plan',
        description: 'I emailed you twice last week to ask for a payment plan and have not had an answer.',
        complainantName: 'Daniel Okafor',
        complainantEmail: 'd.okafor@voorbeeld.nl',
        registeredById: null,
        categories: [ComplaintCategory.EXECUTION],
      },
      [{ to: ACKNOWLEDGED, at: 1, note: 'Ontvangst schriftelijk bevestigd (in het Engels).' }],
      ['P8'],
    ),
  );
  return complaints;
}

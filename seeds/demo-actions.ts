import type { EntityManager } from 'typeorm';
import { CorrectiveAction, CorrectiveActionKind, CorrectiveActionStatus as S } from '../src/modules/corrective-action/corrective-action.entity';
import { CorrectiveActionComplaint } from '../src/modules/corrective-action/corrective-action-complaint.entity';
import { DateTime } from 'luxon';
import { addDays } from '../src/common/local-date';
import { DEMO_COMPLAINT_OFFICER, DEMO_MANAGEMENT, DEMO_ORG, DEMO_QUALITY_MANAGER, DEMO_STAFF, demoId } from './demo-ids';
import { demoPromiseId } from './demo-code';
import { insertRows } from './demo-rows';
import { DemoTime } from './demo-time';
import type { DemoComplaint } from './demo-complaints';

const organizationId = DEMO_ORG.id;
const [rPinas, lVanDijk] = DEMO_STAFF;
const { CORRECTIVE, PREVENTIVE, IMPROVEMENT } = CorrectiveActionKind;

/**
 * One action of the demo, its dates in days relative to its creation (`created` days before
 * today, or the day of the last management review for the preventive actions decided there): when
 * it was started, done and checked, or cancelled. What is not given, or falls after today, has not
 * happened.
 */
interface ActionSpec {
  key: string;
  kind: CorrectiveActionKind;
  promiseKey: string;
  /** The complaint theme it answers: its complaints before the action are linked to it. */
  theme?: string;
  title: string;
  rootCause: string;
  plannedAction: string;
  ownerId: string;
  created: number | 'at-review';
  due: number;
  started?: number;
  done?: number;
  check?: { after: number; effective: boolean; note: string };
  cancelled?: { after: number; reason: string };
}

export const demoActionId = (key: string) => demoId(`action:${key}`);

/** The corrective, preventive and improvement actions of the demo, in every state of their lifecycle. */
export const DEMO_ACTIONS: ActionSpec[] = [
  {
    key: 'kosten-termijn',
    kind: CORRECTIVE,
    promiseKey: 'P6',
    theme: 'kosten-te-vroeg',
    title: 'Incassokosten pas na het verstrijken van de betaaltermijn',
    rootCause: 'De kostenregel in het incassosysteem telde de 14 dagen vanaf de dagtekening van de brief in plaats van vanaf de dag na ontvangst.',
    plannedAction: 'Kostenregel aangepast (kosten pas op de 17e dag na dagtekening); maandelijkse steekproef van 50 dossiers met kosten.',
    ownerId: DEMO_QUALITY_MANAGER.id,
    created: 400,
    due: 45,
    started: 3,
    done: 38,
    check: { after: 110, effective: true, note: 'Drie maanden geen klachten meer over te vroeg berekende kosten; steekproeven zonder bevindingen.' },
  },
  {
    key: 'bevestiging-mailbox',
    kind: CORRECTIVE,
    promiseKey: 'P1',
    theme: 'geen-bevestiging',
    title: 'Ontvangstbevestiging ook bij afwezigheid van de behandelaar',
    rootCause: 'Klachten per e-mail kwamen binnen in de persoonlijke mailbox van de behandelaar; bij ziekte of vakantie bleef de bevestiging liggen.',
    plannedAction: 'Gedeelde klachtenmailbox met automatische ontvangstbevestiging en een dagelijkse controle van onbevestigde klachten.',
    ownerId: DEMO_COMPLAINT_OFFICER.id,
    created: 330,
    due: 30,
    started: 2,
    done: 27,
    check: { after: 95, effective: true, note: 'Bevestigingstermijn in alle maanden sinds de wijziging boven 95%.' },
  },
  {
    key: 'piekbezetting',
    kind: CORRECTIVE,
    promiseKey: 'P2',
    theme: 'klacht-traag',
    title: 'Klachtafhandeling op tijd, ook in de piek na de jaarwisseling',
    rootCause: 'In januari en februari verdubbelt het aantal klachten; de bezetting van de klachtenfunctie was daar niet op afgestemd.',
    plannedAction: 'Een tweede en derde klachtenfunctionaris ingewerkt; wekelijkse termijnbewaking in het teamoverleg.',
    ownerId: DEMO_QUALITY_MANAGER.id,
    created: 300,
    due: 90,
    started: 5,
    done: 80,
    check: { after: 140, effective: true, note: 'Afhandeling binnen 14 dagen gestegen naar boven 90% en in de maanden daarna gebleven.' },
  },
  {
    key: 'draagkracht',
    kind: CORRECTIVE,
    promiseKey: 'P3',
    theme: 'regeling-te-hoog',
    title: 'Termijnbedragen afstemmen op de draagkracht',
    rootCause: 'Termijnbedragen werden afgeleid van de hoogte van de vordering en de gewenste looptijd, niet van wat de klant-debiteur kan missen.',
    plannedAction: 'Rekentool draagkracht verplicht in elk regelingsgesprek; tweede lezing door een senior bij termijnen boven € 150.',
    ownerId: DEMO_QUALITY_MANAGER.id,
    created: 200,
    due: 60,
    started: 4,
    done: 55,
    check: { after: 125, effective: false, note: 'Het aandeel nagekomen regelingen is niet gestegen: de rekentool wordt in ongeveer een kwart van de gesprekken overgeslagen.' },
  },
  {
    key: 'coaching',
    kind: CORRECTIVE,
    promiseKey: 'P4',
    theme: 'onvriendelijk',
    title: 'Coaching gesprekstechniek in het klantcontactcentrum',
    rootCause: 'Medewerkers voeren in drukke belrondes gesprekken onder tijdsdruk en krijgen geen feedback op hun gesprekken.',
    plannedAction: 'Meeluisteren en coaching: iedere medewerker twee gesprekken per maand met feedback van de teamleider.',
    ownerId: lVanDijk.id,
    created: 80,
    due: 45,
    started: 10,
  },
  {
    key: 'b1-brieven',
    kind: CORRECTIVE,
    promiseKey: 'P5',
    theme: 'brief-onduidelijk',
    title: 'Standaardbrieven herschreven op taalniveau B1',
    rootCause: 'De brieven waren juridisch juist maar te moeilijk: het klantenpanel begreep de aanmaning en de sommatie niet.',
    plannedAction: 'Alle 24 standaardbrieven herschreven door een tekstbureau en getest met het klantenpanel.',
    ownerId: DEMO_QUALITY_MANAGER.id,
    created: 470,
    due: 120,
    started: 7,
    done: 95,
    check: { after: 160, effective: true, note: 'Klachten over onbegrijpelijke brieven met twee derde gedaald; klantenpanel geeft de nieuwe brieven een 8.' },
  },
  {
    key: 'betwisting-stop',
    kind: CORRECTIVE,
    promiseKey: 'P10',
    theme: 'vordering-betwist',
    title: 'Incasso stopt zodra een vordering wordt betwist',
    rootCause: 'Een telefonische betwisting werd niet altijd in het dossier vastgelegd, waardoor de volgende aanmaning automatisch uitging.',
    plannedAction: 'Vast dossierkenmerk "betwist" dat alle automatische stappen stopt; instructie voor het klantcontactcentrum.',
    ownerId: rPinas.id,
    created: 25,
    due: 40,
  },
  {
    key: 'maandagochtend',
    kind: CORRECTIVE,
    promiseKey: 'P8',
    theme: 'onbereikbaar',
    title: 'Bereikbaarheid op maandagochtend',
    rootCause: 'Op maandagochtend belt een derde van de klanten na de post van het weekend; de bezetting is gelijk aan die op andere dagen.',
    plannedAction: 'Roosters aangepast: twee extra medewerkers op maandag van 8.30 tot 12.00 uur.',
    ownerId: lVanDijk.id,
    created: 60,
    due: 60,
    started: 6,
  },
  {
    key: 'kosten-regeling',
    kind: CORRECTIVE,
    promiseKey: 'P6',
    theme: 'kosten-regeling',
    title: 'Geen kosten tijdens een lopende regeling',
    rootCause: 'Bij een wijziging van de regeling stond het dossier enkele dagen zonder regeling, waardoor automatisch kosten werden berekend.',
    plannedAction: 'Regelingswijzigingen zonder onderbreking verwerken; wekelijkse controle op kosten in dossiers met een regeling.',
    ownerId: DEMO_COMPLAINT_OFFICER.id,
    created: 70,
    due: 30,
  },
  {
    key: 'werkgever',
    kind: CORRECTIVE,
    promiseKey: 'P9',
    theme: 'privacy',
    title: 'Geen contact met de werkgever zonder grondslag',
    rootCause: 'Een medewerker belde de werkgever om een adres te controleren; de instructie over contact met derden was niet bekend.',
    plannedAction: 'Instructie contact met derden opnemen in het werkproces.',
    ownerId: DEMO_QUALITY_MANAGER.id,
    created: 150,
    due: 30,
    cancelled: { after: 20, reason: 'Samengevoegd met de preventieve actie "Instructie contact met derden".' },
  },
  {
    key: 'betaalkenmerk',
    kind: CORRECTIVE,
    promiseKey: 'P6',
    theme: 'betaling-niet-verwerkt',
    title: 'Betalingen met een onjuist kenmerk sneller koppelen',
    rootCause: 'Betalingen zonder of met een verkeerd kenmerk bleven tot twee weken in de tussenrekening staan, terwijl de aanmaningen doorliepen.',
    plannedAction: 'Dagelijkse verwerking van de tussenrekening; aanmaningen wachten zolang er een niet-gekoppelde betaling van de klant is.',
    ownerId: DEMO_COMPLAINT_OFFICER.id,
    created: 100,
    due: 60,
    started: 3,
    done: 58,
  },
  {
    key: 'signalering-schulden',
    kind: PREVENTIVE,
    promiseKey: 'P7',
    theme: 'schulden-niet-doorverwezen',
    title: 'Problematische schulden signaleren bij het eerste contact',
    rootCause: 'Jaaranalyse klachten: in een op de vijf klachten over bejegening speelde een schuldsituatie die niet was herkend.',
    plannedAction: 'Signaleringsvragen in het belscript en directe doorverwijzing naar de gemeentelijke schuldhulpverlening.',
    ownerId: DEMO_QUALITY_MANAGER.id,
    created: 'at-review',
    due: 90,
    started: 10,
    done: 72,
    check: { after: 150, effective: true, note: 'Doorverwijzingen verdubbeld; geen klachten meer over een niet herkende schuldsituatie in het laatste kwartaal.' },
  },
  {
    key: 'herbeoordeling-regelingen',
    kind: PREVENTIVE,
    promiseKey: 'P3',
    title: 'Jaarlijkse herbeoordeling van lopende regelingen',
    rootCause: 'Jaaranalyse klachten: regelingen lopen vast wanneer de situatie van de klant-debiteur verandert.',
    plannedAction: 'Elke regeling die langer dan een jaar loopt, wordt met de klant-debiteur opnieuw doorgenomen.',
    ownerId: rPinas.id,
    created: 'at-review',
    due: 200,
    started: 30,
  },
  {
    key: 'bijscholing-verplicht',
    kind: PREVENTIVE,
    promiseKey: 'P4',
    title: 'Jaarlijkse bijscholing sociaal incasseren voor iedereen',
    rootCause: 'Jaaranalyse klachten: de meeste klachten over bejegening betroffen medewerkers zonder recente bijscholing.',
    plannedAction: 'Bijscholing sociaal incasseren jaarlijks verplicht voor alle medewerkers met klantcontact, met casuïstiek uit klachten.',
    ownerId: DEMO_QUALITY_MANAGER.id,
    created: 'at-review',
    due: 150,
    started: 14,
    done: 130,
  },
  {
    key: 'contact-derden',
    kind: PREVENTIVE,
    promiseKey: 'P9',
    title: 'Instructie contact met derden',
    rootCause: 'Klachten over privacy: medewerkers weten niet altijd wanneer zij derden (werkgever, familie) mogen benaderen.',
    plannedAction: 'Instructie en e-learning over contact met derden; vastleggen van de grondslag in het dossier.',
    ownerId: DEMO_QUALITY_MANAGER.id,
    created: 130,
    due: 150,
  },
  {
    key: 'terugbelverzoek',
    kind: IMPROVEMENT,
    promiseKey: 'P8',
    title: 'Terugbelverzoek via de website',
    rootCause: 'Klanten die ons niet bereiken, haken af; een terugbelverzoek neemt de druk van de piekuren.',
    plannedAction: 'Terugbelformulier op de website; terugbellen binnen één werkdag.',
    ownerId: lVanDijk.id,
    created: 200,
    due: 60,
    started: 5,
    done: 45,
    check: { after: 90, effective: true, note: 'Gemiddeld 40 terugbelverzoeken per week, 97% binnen een werkdag teruggebeld; wachttijd op maandag gedaald.' },
  },
  {
    key: 'uitlegvideo',
    kind: IMPROVEMENT,
    promiseKey: 'P5',
    title: 'Uitlegvideo over betalingsregelingen',
    rootCause: 'Veel vragen aan de telefoon gaan over hoe een regeling werkt.',
    plannedAction: 'Korte uitlegvideo op de website en in de eerste brief (QR-code).',
    ownerId: DEMO_QUALITY_MANAGER.id,
    created: 40,
    due: 90,
  },
];

/**
 * The day of the last annual management review, and the year it reviewed: mid-February for the
 * year before, the latest one at least 75 days before today (so its analysis covers a closed year).
 */
export function lastManagementReview(time: DemoTime): { year: number; heldOn: string } {
  const year = Number(time.daysAgo(75).slice(0, 4)) - 1;
  let heldOn = `${year + 1}-02-16`;
  while (DateTime.fromISO(heldOn).weekday >= 6) heldOn = addDays(heldOn, 1);
  return { year, heldOn };
}

/** When an action happened: its steps up to today, in order (a step after today has not happened, nor have those after it). */
function actionTimes(time: DemoTime, spec: ActionSpec) {
  const createdOn = spec.created === 'at-review' ? lastManagementReview(time).heldOn : time.daysAgo(spec.created);
  const on = (after: number | undefined, hour: number) => {
    const at = after === undefined ? null : time.at(addDays(createdOn, after), hour);
    return at && at <= time.now ? at : null;
  };
  const startedAt = on(spec.started, 9);
  const doneAt = startedAt && on(spec.done, 15);
  const checkedAt = doneAt && on(spec.check?.after, 14);
  return { createdOn, createdAt: on(0, 11) ?? time.now, startedAt, doneAt, checkedAt, cancelledAt: on(spec.cancelled?.after, 10) };
}

/**
 * When an action made its theme's complaints rarer: from the day it was done, for the actions
 * checked and found effective. The complaint history of the demo follows it.
 */
export function effectiveFixes(time: DemoTime): { theme: string; from: string }[] {
  return DEMO_ACTIONS.flatMap((spec) => {
    const { doneAt, checkedAt } = actionTimes(time, spec);
    return spec.theme && spec.check?.effective && checkedAt ? [{ theme: spec.theme, from: time.dayOf(doneAt!) }] : [];
  });
}

/** Rows of the actions and their links to the complaints of their theme received in the four months before. */
export function actionRows(time: DemoTime, complaints: readonly DemoComplaint[]) {
  const actions: Partial<CorrectiveAction>[] = [];
  const links: Partial<CorrectiveActionComplaint>[] = [];
  for (const spec of DEMO_ACTIONS) {
    const id = demoActionId(spec.key);
    const { createdOn, createdAt, startedAt, doneAt, checkedAt, cancelledAt } = actionTimes(time, spec);
    const check = checkedAt ? spec.check! : null;
    const cancellation = cancelledAt ? spec.cancelled! : null;
    const steps = [startedAt, doneAt, checkedAt, cancelledAt].filter((s) => s !== null).length;
    const status = cancellation
      ? S.CANCELLED
      : check
        ? check.effective ? S.VERIFIED_EFFECTIVE : S.NOT_EFFECTIVE
        : doneAt ? S.DONE : startedAt ? S.IN_PROGRESS : S.OPEN;
    const preventive = spec.kind === CorrectiveActionKind.PREVENTIVE;
    const lastChange = [createdAt, startedAt, doneAt, checkedAt, cancelledAt].filter((d): d is Date => !!d).pop()!;
    actions.push({
      id,
      organizationId,
      kind: spec.kind,
      promiseId: demoPromiseId(spec.promiseKey),
      title: spec.title,
      rootCause: spec.rootCause,
      plannedAction: spec.plannedAction,
      ownerId: spec.ownerId,
      dueOn: addDays(createdOn, spec.due),
      status,
      startedAt,
      doneAt,
      verifiedById: check ? DEMO_QUALITY_MANAGER.id : null,
      verifiedOn: checkedAt && time.dayOf(checkedAt),
      effective: check?.effective ?? null,
      effectivenessNote: check?.note ?? null,
      reopenNote: null,
      cancellationReason: cancellation?.reason ?? null,
      cancelledAt,
      decidedById: preventive ? DEMO_MANAGEMENT.id : null,
      decidedAt: preventive ? createdAt : null,
      createdById: preventive ? DEMO_MANAGEMENT.id : spec.ownerId,
      version: 1 + steps,
      createdAt,
      updatedAt: lastChange,
    });
    if (!spec.theme || preventive) continue;
    const answered = complaints
      .filter((c) => c.theme === spec.theme && c.row.receivedAt! < createdAt && c.row.receivedAt! >= DemoTime.plusDays(createdAt, -120))
      .slice(-5);
    for (const complaint of answered) {
      links.push({ id: demoId(`action:${spec.key}:${complaint.row.id}`), organizationId, correctiveActionId: id, complaintId: complaint.row.id, createdAt, updatedAt: createdAt });
    }
  }
  return { actions, links };
}

export async function insertActions(manager: EntityManager, time: DemoTime, complaints: readonly DemoComplaint[]): Promise<void> {
  const { actions, links } = actionRows(time, complaints);
  await insertRows(manager, CorrectiveAction, actions);
  await insertRows(manager, CorrectiveActionComplaint, links);
}

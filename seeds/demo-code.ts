import type { EntityManager } from 'typeorm';
import { Code } from '../src/modules/code/code.entity';
import { CodeVersion, CodeVersionStatus } from '../src/modules/code/code-version.entity';
import { CodePromise } from '../src/modules/code/code-promise.entity';
import { PromiseRequirement } from '../src/modules/norm/promise-requirement.entity';
import { MaturityAssessment } from '../src/modules/norm/maturity-assessment.entity';
import { NormRequirementKind } from '../src/modules/norm/norm-requirement.entity';
import { Resource } from '../src/modules/resource/resource.entity';
import { ResourceKind, ResourceUnit } from '../src/modules/resource/resource-kind';
import {
  CommunicationAudience,
  CommunicationChannel,
  CommunicationFrequency,
  CommunicationPlan,
  CommunicationPlanStatus,
} from '../src/modules/communication/communication-plan.entity';
import { addDays } from '../src/common/local-date';
import { DEMO_COMPLAINT_OFFICER, DEMO_MANAGEMENT, DEMO_ORG, DEMO_QUALITY_MANAGER, DEMO_STAFF, demoId } from './demo-ids';
import { insertRows, rowExists } from './demo-rows';
import type { DemoTime } from './demo-time';
import { requirementId } from './norms';
import { SRCM, type CatalogueNode } from './norm-catalogue';

export const DEMO_CODE_KEY = 'klantbeloften';
export const DEMO_CODE_ID = demoId(`code:${DEMO_CODE_KEY}`);
export const DEMO_VERSION_ID = demoId(`code:${DEMO_CODE_KEY}:v1`);

/** The id of a promise of the demo code's version 1, by key (`P3`). */
export const demoPromiseId = (key: string) => demoId(`code:${DEMO_CODE_KEY}:v1:${key}`);

const organizationId = DEMO_ORG.id;
const [rPinas, lVanDijk] = DEMO_STAFF;

interface DemoPromise {
  key: string;
  title: string;
  text: string;
  rationale: string;
  ownerId: string;
  /** Refs of the norm requirements the promise serves. */
  requirements: string[];
}

/** The ten promises of the demo code, as a Dutch collection agency would word them. */
export const DEMO_PROMISES: DemoPromise[] = [
  {
    key: 'P1',
    title: 'Bevestiging van uw klacht',
    text: 'Wij bevestigen elke klacht binnen 4 werkdagen schriftelijk, met de naam van de medewerker die uw klacht behandelt.',
    rationale: 'Wie klaagt, wil weten dat de klacht is aangekomen en wie ermee aan de slag gaat.',
    ownerId: DEMO_COMPLAINT_OFFICER.id,
    requirements: ['COMPLAINTS-4.3', 'ISO10001-7.8', 'SRCM-5.1.1'],
  },
  {
    key: 'P2',
    title: 'Afhandeling binnen 14 dagen',
    text: 'Wij handelen uw klacht binnen 14 dagen af en laten u schriftelijk weten wat wij hebben besloten en waarom.',
    rationale: 'Een snelle en gemotiveerde beslissing voorkomt dat een klacht escaleert naar de Geschillencommissie.',
    ownerId: DEMO_COMPLAINT_OFFICER.id,
    requirements: ['COMPLAINTS-4.4', 'COMPLAINTS-2.5', 'SRCM-6.2.1'],
  },
  {
    key: 'P3',
    title: 'Een regeling die u kunt nakomen',
    text: 'Wij bieden een betalingsregeling die u kunt nakomen: wij kijken samen met u naar uw inkomsten en vaste lasten voordat wij een termijnbedrag afspreken.',
    rationale: 'Een regeling die te zwaar is, loopt vast; dat kost de klant-debiteur en onze opdrachtgever meer.',
    ownerId: DEMO_QUALITY_MANAGER.id,
    requirements: ['SRCM-6.6.1', 'SRCM-6.6.2', 'SRCM-6.4.1'],
  },
  {
    key: 'P4',
    title: 'Persoonlijk en respectvol',
    text: 'Wij behandelen u met respect, benaderen u persoonlijk en houden rekening met uw situatie bij de keuze van maatregelen.',
    rationale: 'Betrokken incasseren begint bij hoe wij met mensen praten.',
    ownerId: DEMO_MANAGEMENT.id,
    requirements: ['SRCM-6.3.1', 'SRCM-6.3.2', 'SRCM-7.1.1'],
  },
  {
    key: 'P5',
    title: 'Brieven die u begrijpt',
    text: 'Onze brieven zijn geschreven in eenvoudig Nederlands (taalniveau B1) en vermelden altijd hoe u ons bereikt.',
    rationale: 'Wie een brief niet begrijpt, kan er ook niet op reageren.',
    ownerId: DEMO_QUALITY_MANAGER.id,
    requirements: ['SRCM-5.1.1', 'SRCM-5.1.2', 'ISO10001-4.7'],
  },
  {
    key: 'P6',
    title: 'Geen onnodige kosten',
    text: 'Wij brengen alleen kosten in rekening die wettelijk zijn toegestaan, en pas nadat u een laatste kans hebt gehad om zonder kosten te betalen.',
    rationale: 'Kosten moeten in verhouding staan tot de vordering en mogen een oplossing niet in de weg staan.',
    ownerId: DEMO_MANAGEMENT.id,
    requirements: ['SRCM-6.5.1', 'SRCM-6.5.2', 'SRCM-6.8.1'],
  },
  {
    key: 'P7',
    title: 'Hulp bij schulden',
    text: 'Merken wij dat u meer schulden hebt dan u kunt dragen, dan wijzen wij u de weg naar schuldhulpverlening en houden wij de incasso zo nodig aan.',
    rationale: 'Doorverwijzen naar hulp geeft klant-debiteur en opdrachtgever perspectief op een oplossing.',
    ownerId: DEMO_QUALITY_MANAGER.id,
    requirements: ['SRCM-2.1.1', 'SRCM-6.4.2', 'SRCM-3.2.1'],
  },
  {
    key: 'P8',
    title: 'Goed bereikbaar',
    text: 'Wij zijn op werkdagen van 8.30 tot 17.30 uur telefonisch bereikbaar en beantwoorden uw e-mail binnen 2 werkdagen.',
    rationale: 'Wie ons niet kan bereiken, kan ook geen afspraak met ons maken.',
    ownerId: lVanDijk.id,
    requirements: ['SRCM-5.1.3', 'ISO10001-4.5'],
  },
  {
    key: 'P9',
    title: 'Zorgvuldig met uw gegevens',
    text: 'Wij gaan vertrouwelijk om met uw persoonsgegevens en delen die alleen met wie daar wettelijk recht op heeft.',
    rationale: 'Schulden zijn privé; de AVG en de SRCM-norm vragen om zorgvuldigheid.',
    ownerId: DEMO_QUALITY_MANAGER.id,
    requirements: ['SRCM-5.2.1', 'COMPLAINTS-2.4'],
  },
  {
    key: 'P10',
    title: 'Eerst uitzoeken, dan incasseren',
    text: 'Betwist u de vordering, dan zetten wij de incasso stil totdat wij uw bezwaar met onze opdrachtgever hebben uitgezocht.',
    rationale: 'Een betwiste vordering doorzetten leidt tot onnodige kosten en klachten.',
    ownerId: rPinas.id,
    requirements: ['SRCM-6.1.1', 'SRCM-6.2.2', 'SRCM-6.5.3'],
  },
];

/** When the demo code was published: before the oldest complaint of the demo history. */
export const publishedOn = (time: DemoTime) => time.monthsAgo(20);

/**
 * The demo organisation's code "klantbeloften": version 1, published twenty months ago and in
 * force, with ten promises mapped to the SRCM norm, the complaints procedure and ISO 10001, the
 * resources committed to it and its communication plans. Written as rows with their historical
 * dates (the lifecycle as the code services would have left it).
 */
export async function seedDemoCode(manager: EntityManager, time: DemoTime): Promise<boolean> {
  if (await rowExists(manager, Code, DEMO_CODE_ID)) return false;
  const published = publishedOn(time);
  const publishedAt = time.at(published, 10, 30);
  const approvedAt = time.at(addDays(published, -3), 16);
  const createdAt = time.at(time.monthsAgo(23), 9, 15);

  await insertRows(manager, Code, [
    {
      id: DEMO_CODE_ID,
      organizationId,
      key: DEMO_CODE_KEY,
      title: 'Onze beloften aan klant-debiteuren',
      scope: 'Iedereen van wie Incassobureau De Brug een vordering incasseert, in alle fasen van de minnelijke incasso.',
      ownerId: DEMO_MANAGEMENT.id,
      createdAt,
      updatedAt: createdAt,
    },
  ]);
  await insertRows(manager, CodeVersion, [
    {
      id: DEMO_VERSION_ID,
      organizationId,
      codeId: DEMO_CODE_ID,
      version: 1,
      status: CodeVersionStatus.PUBLISHED,
      language: 'nl',
      policyStatement:
        'Wij incasseren betrokken: wij behandelen iedere klant-debiteur met respect, zoeken samen naar een haalbare oplossing en ' +
        'houden ons aan deze beloften. De directie stelt jaarlijks vast of wij ze nakomen en wat beter moet.',
      changeSummary: 'Eerste versie, opgesteld met de klantenpanels en de ondernemingsraad.',
      internalNotes: 'Jaarlijkse evaluatie in de directiebeoordeling; volgende herziening samen met de SRCM-hercertificering.',
      approvedById: DEMO_MANAGEMENT.id,
      approvedAt,
      publishedAt,
      // Rescheduled after the last annual review.
      nextReviewDue: addDays(time.today, 75),
      createdAt,
      updatedAt: publishedAt,
    },
  ]);
  await insertRows(
    manager,
    CodePromise,
    DEMO_PROMISES.map((p, position) => ({
      id: demoPromiseId(p.key),
      organizationId,
      codeVersionId: DEMO_VERSION_ID,
      codeId: DEMO_CODE_ID,
      key: p.key,
      title: p.title,
      text: p.text,
      rationale: p.rationale,
      ownerId: p.ownerId,
      position,
      internalNotes: null,
      createdAt,
      updatedAt: createdAt,
    })),
  );
  await insertRows(
    manager,
    PromiseRequirement,
    DEMO_PROMISES.flatMap((p) =>
      p.requirements.map((ref) => ({
        id: demoId(`code:${DEMO_CODE_KEY}:v1:${p.key}:${ref}`),
        organizationId,
        promiseId: demoPromiseId(p.key),
        requirementId: requirementId(ref),
        createdAt,
        updatedAt: createdAt,
      })),
    ),
  );
  await insertRows(manager, Resource, resources(published));
  await insertRows(manager, CommunicationPlan, communicationPlans(time, published));
  await insertRows(manager, MaturityAssessment, maturityAssessments(time, published));
  return true;
}

/**
 * SRCM self-assessed maturity per norm part, before the code was published and again two months
 * ago: levels [before, now]; parts not listed stood at 2 and stayed there.
 */
const MATURITY: Record<string, [number, number]> = {
  'SRCM-1.1': [3, 3],
  'SRCM-2.1': [2, 3],
  'SRCM-5.1': [2, 4],
  'SRCM-5.2': [3, 3],
  'SRCM-6.2': [3, 3],
  'SRCM-6.3': [3, 4],
  'SRCM-6.4': [2, 3],
  'SRCM-6.5': [3, 3],
  'SRCM-6.6': [3, 3],
  'SRCM-6.8': [2, 3],
  'SRCM-7.1': [3, 4],
  'SRCM-8.1': [3, 3],
  'SRCM-8.2': [2, 3],
};

function maturityAssessments(time: DemoTime, published: string): Partial<MaturityAssessment>[] {
  const parts = (nodes: CatalogueNode[]): CatalogueNode[] => nodes.flatMap((n) => (n.kind === NormRequirementKind.NORM_PART ? [n] : parts(n.children ?? [])));
  const rounds = [
    { key: 'nulmeting', assessedOn: addDays(published, -60), evidence: 'Nulmeting met het kwaliteitsteam ter voorbereiding op de SRCM-certificering' },
    { key: 'herbeoordeling', assessedOn: time.daysAgo(60), evidence: 'Herbeoordeling met het kwaliteitsteam, onderbouwd met kpi’s, klachtenanalyse en auditbevindingen' },
  ];
  return rounds.flatMap((round, r) =>
    parts(SRCM.nodes).map((part) => ({
      id: demoId(`maturity:${round.key}:${part.ref}`),
      organizationId,
      requirementId: requirementId(part.ref),
      level: (MATURITY[part.ref] ?? [2, 2])[r],
      evidence: `${round.evidence} (${part.title}).`,
      assessedOn: round.assessedOn,
      assessedById: DEMO_QUALITY_MANAGER.id,
    })),
  );
}

function resources(published: string): Partial<Resource>[] {
  const year = (n: number) => ({ periodStart: addDays(published, 365 * n), periodEnd: addDays(published, 365 * (n + 1) - 1) });
  const list: [string, string | null, ResourceKind, string, number, ResourceUnit, { periodStart: string; periodEnd: string | null }, string][] = [
    ['klachtenfunctionarissen', null, ResourceKind.PEOPLE, 'Klachtenfunctionarissen voor registratie, behandeling en analyse van klachten', 2.4, ResourceUnit.FTE, { periodStart: published, periodEnd: null }, DEMO_QUALITY_MANAGER.id],
    ['budget-jaar-1', null, ResourceKind.BUDGET, 'Budget gedragscode en SRCM-certificering (audit, klantenpanel, communicatie), eerste jaar', 18500, ResourceUnit.EUR, year(0), DEMO_MANAGEMENT.id],
    ['budget-jaar-2', null, ResourceKind.BUDGET, 'Budget gedragscode en SRCM-certificering, tweede jaar', 16000, ResourceUnit.EUR, year(1), DEMO_MANAGEMENT.id],
    ['kwaliteitsoverleg', null, ResourceKind.TIME, 'Maandelijks kwaliteitsoverleg over klachten, kpi’s en verbeteracties', 36, ResourceUnit.HOURS, year(1), DEMO_QUALITY_MANAGER.id],
    ['klachtensysteem', 'P1', ResourceKind.SYSTEM, 'Klachtenregistratie met termijnbewaking en automatische ontvangstbevestiging', 6, ResourceUnit.LICENCES, { periodStart: published, periodEnd: null }, DEMO_QUALITY_MANAGER.id],
    ['draagkrachttool', 'P3', ResourceKind.SYSTEM, 'Rekentool draagkracht (vrij te laten bedrag) voor regelingsgesprekken', 14, ResourceUnit.LICENCES, { periodStart: published, periodEnd: null }, DEMO_QUALITY_MANAGER.id],
    ['training-sociaal-incasseren', 'P4', ResourceKind.TRAINING, 'Training sociaal incasseren en gesprekstechniek voor alle incassomedewerkers', 16, ResourceUnit.HOURS, year(1), DEMO_QUALITY_MANAGER.id],
    ['b1-brieven', 'P5', ResourceKind.BUDGET, 'Herschrijven van alle standaardbrieven op taalniveau B1 door een tekstbureau', 7500, ResourceUnit.EUR, { periodStart: published, periodEnd: addDays(published, 120) }, DEMO_QUALITY_MANAGER.id],
    ['schuldhulp-contactpersoon', 'P7', ResourceKind.PEOPLE, 'Vaste contactpersoon voor doorverwijzing naar gemeentelijke schuldhulpverlening', 0.4, ResourceUnit.FTE, { periodStart: published, periodEnd: null }, DEMO_QUALITY_MANAGER.id],
    ['klantcontactcentrum', 'P8', ResourceKind.PEOPLE, 'Bezetting klantcontactcentrum op werkdagen 8.30–17.30 uur', 6, ResourceUnit.FTE, { periodStart: published, periodEnd: null }, lVanDijk.id],
    ['privacy', 'P9', ResourceKind.PEOPLE, 'Functionaris gegevensbescherming (extern, deeltijd)', 0.2, ResourceUnit.FTE, { periodStart: published, periodEnd: null }, DEMO_QUALITY_MANAGER.id],
  ];
  return list.map(([key, promiseKey, kind, description, quantity, unit, period, ownerId]) => ({
    id: demoId(`resource:${key}`),
    organizationId,
    codeId: DEMO_CODE_ID,
    codeVersionId: DEMO_VERSION_ID,
    promiseId: promiseKey ? demoPromiseId(promiseKey) : null,
    kind,
    description,
    quantity,
    unit,
    periodStart: period.periodStart,
    periodEnd: period.periodEnd,
    ownerId,
  }));
}

function communicationPlans(time: DemoTime, published: string): Partial<CommunicationPlan>[] {
  const { CUSTOMERS, EMPLOYEES, CLIENTS, PARTNERS, PUBLIC } = CommunicationAudience;
  const C = CommunicationChannel;
  const F = CommunicationFrequency;
  const done = (executedOn: string, evidence: string) => ({ status: CommunicationPlanStatus.DONE, executedOn, evidence });
  const planned = { status: CommunicationPlanStatus.PLANNED, executedOn: null, evidence: null };
  const list: [string, CommunicationAudience, CommunicationChannel, string, CommunicationFrequency, string, string, Partial<CommunicationPlan>][] = [
    ['website', CUSTOMERS, C.WEBSITE, 'De klantbeloften staan op www.debrug.example/klantbeloften, met een link naar het klachtenformulier.', F.CONTINUOUS, DEMO_QUALITY_MANAGER.id, published, done(published, 'Schermafdruk van de webpagina en publicatielog van het CMS')],
    ['eerste-brief', CUSTOMERS, C.LETTER, 'Elke eerste brief verwijst naar de klantbeloften en het klachtenformulier.', F.CONTINUOUS, DEMO_QUALITY_MANAGER.id, addDays(published, 14), done(addDays(published, 12), 'Nieuwe brieftemplates (versie 2.0) in het incassosysteem')],
    ['belscript', CUSTOMERS, C.PHONE_SCRIPT, 'Het belscript noemt bij het eerste contact de beloften over regelingen en bereikbaarheid.', F.CONTINUOUS, lVanDijk.id, addDays(published, 7), done(addDays(published, 9), 'Belscript klantcontactcentrum, versie van publicatiedatum')],
    ['kick-off', EMPLOYEES, C.TRAINING_SESSION, 'Kick-off voor alle medewerkers: wat de beloften betekenen voor het dagelijkse werk.', F.ONCE, DEMO_MANAGEMENT.id, addDays(published, 3), done(addDays(published, 3), 'Presentielijst en presentatie kick-off klantbeloften')],
    ['intranet', EMPLOYEES, C.INTRANET, 'Kwartaalbericht op intranet: hoe wij de beloften nakomen, met de kpi’s van het kwartaal.', F.QUARTERLY, DEMO_QUALITY_MANAGER.id, time.daysAgo(50), done(time.daysAgo(48), 'Intranetbericht "Klantbeloften: stand van het kwartaal"')],
    ['intranet-volgend', EMPLOYEES, C.INTRANET, 'Kwartaalbericht op intranet met de kpi’s van het lopende kwartaal.', F.QUARTERLY, DEMO_QUALITY_MANAGER.id, addDays(time.today, 40), planned],
    ['opdrachtgevers', CLIENTS, C.EMAIL, 'Nieuwsbrief aan opdrachtgevers over de klantbeloften en wat die betekenen voor hun dossiers.', F.YEARLY, DEMO_MANAGEMENT.id, addDays(published, 30), done(addDays(published, 34), 'Verzonden nieuwsbrief met verzendrapport')],
    ['opdrachtgevers-jaarverslag', CLIENTS, C.EMAIL, 'Jaarlijkse rapportage aan opdrachtgevers: klachten, regelingen en het nakomen van de beloften.', F.YEARLY, DEMO_MANAGEMENT.id, addDays(time.today, 60), planned],
    ['schuldhulp', PARTNERS, C.MEETING, 'Overleg met de gemeentelijke schuldhulpverlening over doorverwijzing en het aanhouden van de incasso.', F.YEARLY, DEMO_QUALITY_MANAGER.id, addDays(time.today, 21), planned],
    ['folder', PUBLIC, C.PRINTED_MATERIAL, 'Folder "Onze beloften aan u" voor de balie en het wijkteam.', F.ONCE, DEMO_QUALITY_MANAGER.id, time.daysAgo(20), planned],
    ['linkedin', PUBLIC, C.SOCIAL_MEDIA, 'Bericht over de SRCM-certificering en de klantbeloften.', F.ONCE, DEMO_MANAGEMENT.id, addDays(published, 10), {
      status: CommunicationPlanStatus.CANCELLED,
      executedOn: null,
      evidence: null,
      cancellationReason: 'Vervangen door het persbericht bij de hercertificering.',
    }],
  ];
  return list.map(([key, audience, channel, message, frequency, ownerId, plannedOn, state]) => ({
    id: demoId(`communication:${key}`),
    organizationId,
    codeVersionId: DEMO_VERSION_ID,
    audience,
    channel,
    message,
    frequency,
    ownerId,
    plannedOn,
    ...state,
  }));
}

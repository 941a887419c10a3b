import type { EntityManager } from 'typeorm';
import { KpiChain } from '../src/modules/kpi/kpi-chain.entity';
import { Kpi, KpiKind } from '../src/modules/kpi/kpi.entity';
import { KpiLink } from '../src/modules/kpi/kpi-link.entity';
import { KpiMeasurement } from '../src/modules/kpi/kpi-measurement.entity';
import { KpiFrequency, latestExpectedPeriod, shiftPeriod, type Period } from '../src/modules/kpi/kpi-period';
import { KpiDirection } from '../src/modules/kpi/kpi-status';
import { KpiUnit } from '../src/modules/kpi/kpi-unit';
import { addDays } from '../src/common/local-date';
import { DEMO_COMPLAINT_OFFICER, DEMO_MANAGEMENT, DEMO_ORG, DEMO_QUALITY_MANAGER, DEMO_STAFF, demoId } from './demo-ids';
import { DEMO_CODE_ID, publishedOn } from './demo-code';
import type { DemoComplaint } from './demo-complaints';
import { DemoRandom } from './demo-random';
import { insertRows, rowExists } from './demo-rows';
import type { DemoTime } from './demo-time';

const organizationId = DEMO_ORG.id;
const CHAIN_ID = demoId('kpi-chain:klant-debiteur');
const MONTHS = 12;
const { RESULT, CHAIN, PROCESS } = KpiKind;
const { HIGHER_IS_BETTER, LOWER_IS_BETTER } = KpiDirection;
const lVanDijk = DEMO_STAFF[1];

/** Where a KPI's values come from: a course from the first to the latest month, or the complaint register. */
type Source = { from: number; to: number; decimals: number; lastNote?: string } | { complaints: 'acknowledgedOnTime' | 'resolvedOnTime' };

interface KpiSpec {
  key: string;
  kind: KpiKind;
  promiseKey: string;
  name: string;
  description: string;
  unit: KpiUnit;
  direction: KpiDirection;
  target: number;
  threshold: number;
  ownerId: string;
  source: Source;
}

/**
 * The customer chain "from first letter to settled file" with result, chain and process KPIs. The
 * latest values are chosen so the chain tells one story: results on track except kept payment
 * arrangements (OFF_TRACK), whose chain and process KPIs are at risk.
 */
const KPIS: KpiSpec[] = [
  {
    key: 'kto',
    kind: RESULT,
    promiseKey: 'P4',
    name: 'Klanttevredenheid (KTO)',
    description: 'Gemiddelde score 1–5 in het maandelijkse klanttevredenheidsonderzoek onder klant-debiteuren met een afgesloten dossier.',
    unit: KpiUnit.SCORE,
    direction: HIGHER_IS_BETTER,
    target: 4,
    threshold: 3.6,
    ownerId: DEMO_MANAGEMENT.id,
    source: { from: 3.7, to: 4.1, decimals: 2 },
  },
  {
    key: 'regelingen-nagekomen',
    kind: RESULT,
    promiseKey: 'P3',
    name: 'Nagekomen betalingsregelingen',
    description: 'Aandeel van de regelingen afgesproken zes maanden eerder dat nog loopt of volledig is betaald.',
    unit: KpiUnit.PERCENT,
    direction: HIGHER_IS_BETTER,
    target: 80,
    threshold: 70,
    ownerId: DEMO_MANAGEMENT.id,
    source: { from: 77, to: 66, decimals: 1, lastNote: 'Meer vastgelopen regelingen na de zomer; de verbeteractie draagkracht bleek niet effectief.' },
  },
  {
    key: 'gegronde-klachten',
    kind: RESULT,
    promiseKey: 'P4',
    name: 'Gegronde klachten per 1.000 dossiers',
    description: 'Geheel of deels gegronde klachten in de maand per 1.000 lopende dossiers.',
    unit: KpiUnit.RATIO,
    direction: LOWER_IS_BETTER,
    target: 1,
    threshold: 1.5,
    ownerId: DEMO_QUALITY_MANAGER.id,
    source: { from: 1.7, to: 1.2, decimals: 2 },
  },
  {
    key: 'bevestigd-op-tijd',
    kind: CHAIN,
    promiseKey: 'P1',
    name: 'Klachten bevestigd binnen 4 werkdagen',
    description: 'Uit het klachtenregister: aandeel van de in de maand bevestigde klachten dat op tijd is bevestigd.',
    unit: KpiUnit.PERCENT,
    direction: HIGHER_IS_BETTER,
    target: 95,
    threshold: 80,
    ownerId: DEMO_COMPLAINT_OFFICER.id,
    source: { complaints: 'acknowledgedOnTime' },
  },
  {
    key: 'afgehandeld-op-tijd',
    kind: CHAIN,
    promiseKey: 'P2',
    name: 'Klachten afgehandeld binnen 14 dagen',
    description: 'Uit het klachtenregister: aandeel van de in de maand afgehandelde klachten dat binnen de termijn is afgehandeld.',
    unit: KpiUnit.PERCENT,
    direction: HIGHER_IS_BETTER,
    target: 90,
    threshold: 70,
    ownerId: DEMO_COMPLAINT_OFFICER.id,
    source: { complaints: 'resolvedOnTime' },
  },
  {
    key: 'regeling-op-draagkracht',
    kind: CHAIN,
    promiseKey: 'P3',
    name: 'Regelingen afgestemd op draagkracht',
    description: 'Steekproef van 40 nieuwe regelingen per maand: termijnbedrag binnen de berekende draagkracht.',
    unit: KpiUnit.PERCENT,
    direction: HIGHER_IS_BETTER,
    target: 90,
    threshold: 80,
    ownerId: DEMO_QUALITY_MANAGER.id,
    source: { from: 79, to: 84, decimals: 1 },
  },
  {
    key: 'doorverwezen',
    kind: CHAIN,
    promiseKey: 'P7',
    name: 'Signalen van schulden doorverwezen',
    description: 'Aandeel van de dossiers met een signaal van problematische schulden waarin de klant-debiteur is doorverwezen.',
    unit: KpiUnit.PERCENT,
    direction: HIGHER_IS_BETTER,
    target: 95,
    threshold: 85,
    ownerId: DEMO_QUALITY_MANAGER.id,
    source: { from: 82, to: 96.5, decimals: 1 },
  },
  {
    key: 'wachttijd',
    kind: PROCESS,
    promiseKey: 'P8',
    name: 'Gemiddelde wachttijd telefoon',
    description: 'Gemiddelde wachttijd in minuten tot een medewerker opneemt, uit de telefooncentrale.',
    unit: KpiUnit.MINUTES,
    direction: LOWER_IS_BETTER,
    target: 3,
    threshold: 5,
    ownerId: lVanDijk.id,
    source: { from: 5.6, to: 2.7, decimals: 1 },
  },
  {
    key: 'training-geldig',
    kind: PROCESS,
    promiseKey: 'P4',
    name: 'Medewerkers met geldige training sociaal incasseren',
    description: 'Aandeel van de medewerkers met klantcontact van wie de jaarlijkse bijscholing geldig is.',
    unit: KpiUnit.PERCENT,
    direction: HIGHER_IS_BETTER,
    target: 100,
    threshold: 85,
    ownerId: DEMO_QUALITY_MANAGER.id,
    source: { from: 95, to: 88, decimals: 1, lastNote: 'Bijscholing van drie medewerkers verloopt deze maand; inhaalsessie gepland.' },
  },
  {
    key: 'draagkracht-berekend',
    kind: PROCESS,
    promiseKey: 'P3',
    name: 'Draagkracht berekend vóór de regeling',
    description: 'Aandeel van de nieuwe regelingen waarin de rekentool draagkracht is gebruikt, uit het incassosysteem.',
    unit: KpiUnit.PERCENT,
    direction: HIGHER_IS_BETTER,
    target: 95,
    threshold: 75,
    ownerId: DEMO_QUALITY_MANAGER.id,
    source: { from: 64, to: 77, decimals: 1 },
  },
  {
    key: 'registratie-zelfde-dag',
    kind: PROCESS,
    promiseKey: 'P1',
    name: 'Klachten geregistreerd op de dag van ontvangst',
    description: 'Aandeel van de klachten dat op de dag van ontvangst in het klachtenregister staat.',
    unit: KpiUnit.PERCENT,
    direction: HIGHER_IS_BETTER,
    target: 98,
    threshold: 95,
    ownerId: DEMO_COMPLAINT_OFFICER.id,
    source: { from: 95.5, to: 99.2, decimals: 1 },
  },
];

/** Cause → effect: process KPIs drive chain KPIs, chain KPIs drive results. */
const LINKS: [string, string][] = [
  ['registratie-zelfde-dag', 'bevestigd-op-tijd'],
  ['bevestigd-op-tijd', 'kto'],
  ['afgehandeld-op-tijd', 'kto'],
  ['afgehandeld-op-tijd', 'gegronde-klachten'],
  ['wachttijd', 'kto'],
  ['draagkracht-berekend', 'regeling-op-draagkracht'],
  ['regeling-op-draagkracht', 'regelingen-nagekomen'],
  ['doorverwezen', 'regelingen-nagekomen'],
  ['training-geldig', 'gegronde-klachten'],
  ['training-geldig', 'kto'],
];

const kpiId = (key: string) => demoId(`kpi:${key}`);

/**
 * The demo's KPI chain: eleven KPIs of the code's promises, linked cause → effect, with a
 * measurement for each of the last twelve months. The complaint KPIs are computed from the demo's
 * complaint register; the others follow a course with some noise towards a chosen latest value.
 */
export async function seedDemoKpis(manager: EntityManager, time: DemoTime, complaints: () => Promise<readonly DemoComplaint[]>): Promise<boolean> {
  if (await rowExists(manager, KpiChain, CHAIN_ID)) return false;
  const createdAt = time.at(addDays(publishedOn(time), 10), 11);
  await insertRows(manager, KpiChain, [
    {
      id: CHAIN_ID,
      organizationId,
      name: 'Klant-debiteurketen: van eerste brief tot afgerond dossier',
      description: 'Klantcontactcentrum, incassomedewerkers, klachtenfunctie en opdrachtgevers samen, voor klant-debiteuren in de minnelijke incasso.',
      ownerId: DEMO_QUALITY_MANAGER.id,
      createdAt,
      updatedAt: createdAt,
    },
  ]);
  await insertRows(
    manager,
    Kpi,
    KPIS.map((k) => ({
      id: kpiId(k.key),
      organizationId,
      chainId: CHAIN_ID,
      codeId: DEMO_CODE_ID,
      promiseKey: k.promiseKey,
      kind: k.kind,
      name: k.name,
      description: k.description,
      unit: k.unit,
      direction: k.direction,
      target: k.target,
      threshold: k.threshold,
      frequency: KpiFrequency.MONTHLY,
      ownerId: k.ownerId,
      archivedAt: null,
      createdAt,
      updatedAt: createdAt,
    })),
  );
  await insertRows(
    manager,
    KpiLink,
    LINKS.map(([cause, effect]) => ({ id: demoId(`kpi-link:${cause}:${effect}`), organizationId, causeId: kpiId(cause), effectId: kpiId(effect), createdAt, updatedAt: createdAt })),
  );
  await insertRows(manager, KpiMeasurement, measurements(time, await complaints()));
  return true;
}

function measurements(time: DemoTime, complaints: readonly DemoComplaint[]): Partial<KpiMeasurement>[] {
  const random = new DemoRandom(0x4b91);
  const latest = latestExpectedPeriod(KpiFrequency.MONTHLY, time.today);
  const periods = Array.from({ length: MONTHS }, (_, i) => shiftPeriod(KpiFrequency.MONTHLY, latest, i - (MONTHS - 1)));
  return KPIS.flatMap((kpi) =>
    periods.flatMap((period, m) => {
      const value = 'complaints' in kpi.source ? onTimeShare(complaints, kpi.source.complaints, period, time) : course(kpi, kpi.source, m, random);
      if (value === null) return [];
      // Recorded early in the month after the period.
      const fourDaysLater = time.at(addDays(period.end, 4), 10);
      const recordedAt = fourDaysLater < time.now ? fourDaysLater : time.now;
      const note = m === MONTHS - 1 && 'lastNote' in kpi.source ? kpi.source.lastNote ?? null : null;
      return [{
        id: demoId(`kpi:${kpi.key}:${period.start}`),
        organizationId,
        kpiId: kpiId(kpi.key),
        periodStart: period.start,
        periodEnd: period.end,
        value,
        note,
        recordedById: DEMO_QUALITY_MANAGER.id,
        createdAt: recordedAt,
        updatedAt: recordedAt,
      }];
    }),
  );
}

/** A value on the way from `from` to `to` in month `m`, with noise of a fifth of the at-risk band; the latest month is exactly `to`. */
function course(kpi: KpiSpec, source: { from: number; to: number; decimals: number }, m: number, random: DemoRandom): number {
  const progress = m / (MONTHS - 1);
  const noise = m === MONTHS - 1 ? 0 : (random.next() - 0.5) * 0.4 * Math.abs(kpi.target - kpi.threshold);
  const value = source.from + (source.to - source.from) * progress + noise;
  const bounded = kpi.unit === KpiUnit.PERCENT ? Math.min(100, Math.max(0, value)) : Math.max(0, value);
  return Number(bounded.toFixed(source.decimals));
}

/** Percentage of the complaints acknowledged (or resolved) in the period that were on time; null when there were none. */
function onTimeShare(complaints: readonly DemoComplaint[], flag: 'acknowledgedOnTime' | 'resolvedOnTime', period: Period, time: DemoTime): number | null {
  const at = flag === 'acknowledgedOnTime' ? 'acknowledgedAt' : 'resolvedAt';
  const inPeriod = complaints.filter((c) => {
    const instant = c.row[at];
    if (!instant) return false;
    const day = time.dayOf(instant);
    return day >= period.start && day <= period.end;
  });
  if (inPeriod.length === 0) return null;
  return Number(((100 * inPeriod.filter((c) => c.row[flag]).length) / inPeriod.length).toFixed(1));
}

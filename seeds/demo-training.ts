import type { EntityManager } from 'typeorm';
import { DateTime } from 'luxon';
import { Role } from '../src/common/roles';
import { TrainingRequirement, TrainingTopic } from '../src/modules/training/training-requirement.entity';
import { TrainingRecord } from '../src/modules/training/training-record.entity';
import { CompetenceStatus, TESTS, TrainingAssessment, TrainingResult } from '../src/modules/training/competence';
import { addDays } from '../src/common/local-date';
import { DEMO_ORG, DEMO_STAFF, DEMO_USERS, demoId, type DemoUser } from './demo-ids';
import { DemoRandom } from './demo-random';
import { insertRows, rowExists } from './demo-rows';
import type { DemoTime } from './demo-time';

const organizationId = DEMO_ORG.id;
const { COURSE, KNOWLEDGE_TEST, ETHICS_TEST, ANNUAL_UPDATE } = TrainingAssessment;
const { STAFF, COMPLAINT_OFFICER, QUALITY_MANAGER } = Role;

interface DemoRequirement {
  key: string;
  title: string;
  description: string;
  topic: TrainingTopic;
  assessment: TrainingAssessment;
  roles: Role[];
  validityMonths: number | null;
  evidence: string;
}

const REQUIREMENTS: DemoRequirement[] = [
  {
    key: 'gedragscode',
    title: 'Gedragscode en klantbeloften',
    description: 'Wat de klantbeloften vragen in het dagelijkse werk; e-learning met afsluitende vragen.',
    topic: TrainingTopic.CODE_OF_CONDUCT,
    assessment: COURSE,
    roles: [],
    validityMonths: 24,
    evidence: 'E-learning klantbeloften voltooid',
  },
  {
    key: 'klachtbehandeling',
    title: 'Klachtbehandeling',
    description: 'De klachtenregeling: registreren, classificeren, termijnen, beslissen en analyseren.',
    topic: TrainingTopic.COMPLAINT_HANDLING,
    assessment: COURSE,
    roles: [COMPLAINT_OFFICER, QUALITY_MANAGER],
    validityMonths: 24,
    evidence: 'Certificaat training klachtbehandeling',
  },
  {
    key: 'ethiek',
    title: 'Ethiek en integriteit (dilemmatoets)',
    description: 'Digitale dilemmatoets over integer en respectvol incasseren.',
    topic: TrainingTopic.ETHICS,
    assessment: ETHICS_TEST,
    roles: [STAFF, COMPLAINT_OFFICER],
    validityMonths: null,
    evidence: 'Uitslag dilemmatoets',
  },
  {
    key: 'kennistoets',
    title: 'Kennistoets incasso',
    description: 'Wet- en regelgeving rond incasso: WIK, beslagvrije voet, verjaring, AVG.',
    topic: TrainingTopic.PROFESSIONAL_KNOWLEDGE,
    assessment: KNOWLEDGE_TEST,
    roles: [STAFF, COMPLAINT_OFFICER],
    validityMonths: 36,
    evidence: 'Certificaat kennistoets incasso',
  },
  {
    key: 'bijscholing',
    title: 'Jaarlijkse bijscholing sociaal incasseren',
    description: 'Jaarlijkse update: nieuwe regels, casuïstiek uit klachten en de SRCM-norm.',
    topic: TrainingTopic.PROFESSIONAL_KNOWLEDGE,
    assessment: ANNUAL_UPDATE,
    roles: [STAFF, COMPLAINT_OFFICER, QUALITY_MANAGER],
    validityMonths: 12,
    evidence: 'Presentielijst bijscholing',
  },
  {
    key: 'privacy',
    title: 'Privacy en AVG',
    description: 'Zorgvuldig omgaan met persoonsgegevens van klant-debiteuren.',
    topic: TrainingTopic.DATA_PROTECTION,
    assessment: COURSE,
    roles: [],
    validityMonths: 24,
    evidence: 'E-learning AVG voltooid',
  },
];

export const demoRequirementId = (key: string) => demoId(`training-requirement:${key}`);

const appliesTo = (requirement: DemoRequirement, person: DemoUser) =>
  requirement.roles.length === 0 || requirement.roles.some((r) => person.roles.includes(r));

const minusMonths = (day: string, months: number) => DateTime.fromISO(day, { zone: 'utc' }).minus({ months }).toISODate()!;

/**
 * The training requirements of the demo organisation and everyone's records: most current, some
 * expiring within 30 days, some expired, some missing (never done, or only a failed attempt), with
 * earlier annual updates and retakes as history. The mix is drawn once per person and requirement
 * from a fixed seed; the dates are placed relative to today.
 */
export async function seedDemoTraining(manager: EntityManager, time: DemoTime): Promise<boolean> {
  if (await rowExists(manager, TrainingRequirement, demoRequirementId(REQUIREMENTS[0].key))) return false;
  await insertRows(
    manager,
    TrainingRequirement,
    REQUIREMENTS.map((r) => ({
      id: demoRequirementId(r.key),
      organizationId,
      title: r.title,
      description: r.description,
      topic: r.topic,
      assessment: r.assessment,
      roles: r.roles,
      validityMonths: r.validityMonths,
    })),
  );
  await insertRows(manager, TrainingRecord, trainingRecords(time));
  return true;
}

function trainingRecords(time: DemoTime): Partial<TrainingRecord>[] {
  const random = new DemoRandom(0x7a1e);
  const rows: Partial<TrainingRecord>[] = [];
  for (const person of [...DEMO_USERS, ...DEMO_STAFF]) {
    for (const requirement of REQUIREMENTS.filter((r) => appliesTo(r, person))) {
      const isTest = TESTS.includes(requirement.assessment);
      let attempt = 0;
      const record = (completedOn: string, result: TrainingResult) => {
        const n = rows.length + 1;
        attempt += 1;
        rows.push({
          id: demoId(`training-record:${person.email}:${requirement.key}:${attempt}`),
          organizationId,
          personId: person.id,
          topic: requirement.topic,
          assessment: requirement.assessment,
          completedOn,
          result,
          score: isTest || requirement.assessment === COURSE ? (result === TrainingResult.FAILED ? random.int(35, 54) : random.int(62, 97)) : null,
          validUntil: null,
          evidence: `${requirement.evidence}, nr. ${completedOn.slice(0, 4)}-${String(n).padStart(4, '0')}`,
        });
      };
      const passed = isTest || requirement.assessment === COURSE ? TrainingResult.PASSED : TrainingResult.ATTENDED;
      const status = person.active === false
        ? CompetenceStatus.EXPIRED
        : random.weighted([[CompetenceStatus.VALID, 74], [CompetenceStatus.EXPIRING, 10], [CompetenceStatus.EXPIRED, 8], [CompetenceStatus.MISSING, 8]] as const);
      const months = requirement.validityMonths;
      if (status === CompetenceStatus.MISSING) {
        if (isTest && random.chance(0.5)) record(time.daysAgo(random.int(20, 200)), TrainingResult.FAILED);
        continue;
      }
      let completedOn: string;
      if (months === null || status === CompetenceStatus.VALID) {
        completedOn = time.daysAgo(random.int(20, months === null ? 900 : months * 30 - 45));
      } else if (status === CompetenceStatus.EXPIRING) {
        completedOn = minusMonths(addDays(time.today, random.int(1, 28)), months);
      } else {
        completedOn = minusMonths(time.daysAgo(random.int(5, 150)), months);
      }
      if (isTest && random.chance(0.15)) record(addDays(completedOn, -random.int(21, 60)), TrainingResult.FAILED);
      if (requirement.assessment === ANNUAL_UPDATE) record(minusMonths(completedOn, 12), TrainingResult.ATTENDED);
      record(completedOn, passed);
    }
  }
  return rows;
}

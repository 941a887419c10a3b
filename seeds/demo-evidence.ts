import type { EntityManager } from 'typeorm';
import { Organization } from '../src/common/organization.entity';
import { RequirementEvidence, EvidenceKind } from '../src/modules/norm/requirement-evidence.entity';
import { MaturityAssessment } from '../src/modules/norm/maturity-assessment.entity';
import { TrainingRequirement } from '../src/modules/training/training-requirement.entity';
import { AuthorisationRegistration, AuthorisationRegisterStatus } from '../src/modules/training/authorisation-registration.entity';
import { DEMO_MANAGEMENT, DEMO_ORG, DEMO_QUALITY_MANAGER, DEMO_STAFF, demoId } from './demo-ids';
import { demoActionId } from './demo-actions';
import { demoRequirementId } from './demo-training';
import { insertRows, rowExists } from './demo-rows';
import type { DemoTime } from './demo-time';
import { requirementId } from './norms';

const organizationId = DEMO_ORG.id;
const FIRST = demoId('evidence:hr-beleid');

/**
 * Certification evidence of the demo organisation: evidence of every kind on SRCM and ISO 10001
 * nodes, two not-applicable decisions, a norm part self-assessed at level 1 (not met), the
 * complaint-handling promise named in the promise status policy (P2), the FinAut scheme marked on
 * its training requirements, and authorisation files in every register status.
 */
export async function seedDemoEvidence(manager: EntityManager, time: DemoTime): Promise<boolean> {
  if (await rowExists(manager, RequirementEvidence, FIRST)) return false;
  const at = new Date(`${time.daysAgo(45)}T10:00:00Z`);
  const evidence = (key: string, ref: string, kind: EvidenceKind, fields: Partial<RequirementEvidence>): Partial<RequirementEvidence> => ({
    id: demoId(`evidence:${key}`),
    organizationId,
    requirementId: requirementId(ref),
    kind,
    recordedById: DEMO_QUALITY_MANAGER.id,
    createdAt: at,
    updatedAt: at,
    ...fields,
  });
  await insertRows(manager, RequirementEvidence, [
    evidence('hr-beleid', 'SRCM-1', EvidenceKind.DOCUMENT, {
      documentTitle: 'HR-beleid',
      documentLocation: 'Intranet › Personeel › HR-beleid.pdf',
      documentVersion: '2024-2',
      note: 'Beloning, inspraak, opleiding en een veilige werkplek.',
    }),
    evidence('kpi-afhandeling', 'ISO10001-6.5', EvidenceKind.KPI, { kpiId: demoId('kpi:afgehandeld-op-tijd') }),
    evidence('klachtensysteem', 'ISO10001-6.8', EvidenceKind.RESOURCE, { resourceId: demoId('resource:klachtensysteem') }),
    evidence('folder', 'ISO10001-6.7', EvidenceKind.COMMUNICATION_PLAN, { communicationPlanId: demoId('communication:folder') }),
    evidence('kennistoets', 'SRCM-7.1', EvidenceKind.TRAINING_REQUIREMENT, { trainingRequirementId: demoRequirementId('kennistoets') }),
    evidence('draagkracht', 'ISO10001-8.5', EvidenceKind.CORRECTIVE_ACTION, { correctiveActionId: demoActionId('draagkracht') }),
    evidence('milieu-beleid', 'SRCM-4.1.1', EvidenceKind.DOCUMENT, {
      documentTitle: 'Energiescan kantoor',
      documentLocation: 'Kwaliteitshandboek, map Vergroening',
      documentVersion: '1.0',
    }),
    evidence('nabuurschap-nvt', 'SRCM-3.1', EvidenceKind.NOT_APPLICABLE, {
      reason: 'Eén kantoor op een bedrijventerrein zonder woonwijk; maatschappelijke inzet loopt via de brancheorganisatie.',
      recordedById: DEMO_MANAGEMENT.id,
    }),
    evidence('uitbesteding-nvt', 'SRCM-2.3', EvidenceKind.NOT_APPLICABLE, {
      reason: 'De organisatie besteedt geen incassowerkzaamheden uit.',
      recordedById: DEMO_MANAGEMENT.id,
    }),
  ]);
  // Vergroening self-assessed at level 1 (Reactief): the part is not met.
  await insertRows(manager, MaturityAssessment, [
    {
      id: demoId('maturity:tussentijds:SRCM-4.1'),
      organizationId,
      requirementId: requirementId('SRCM-4.1'),
      level: 1,
      evidence: 'Tussentijdse beoordeling: het milieuprogramma is na de verhuizing niet voortgezet (Milieu).',
      assessedOn: time.daysAgo(20),
      assessedById: DEMO_QUALITY_MANAGER.id,
    },
  ]);
  await manager.update(Organization, { id: organizationId }, { promiseStatusPolicy: { handlingPromiseKey: 'P2' } as Organization['promiseStatusPolicy'] });
  // The FinAut scheme: the ethics and knowledge tests and the yearly update, each on its subject.
  for (const [key, subject] of [
    ['ethiek', 'Etikk og God skikk (dilemmatoets)'],
    ['kennistoets', 'Fagområde inkasso'],
    ['bijscholing', `Fagplan ${time.today.slice(0, 4)}`],
  ] as const) {
    await manager.update(TrainingRequirement, { id: demoRequirementId(key) }, { authorisation: true, subject });
  }
  const file = (person: number, practiceMonths: number, registerStatus: AuthorisationRegisterStatus, registerNumber: string | null, since: string | null) => ({
    id: demoId(`authorisation:${DEMO_STAFF[person].email}`),
    organizationId,
    personId: DEMO_STAFF[person].id,
    practiceMonths,
    registerStatus,
    registerNumber,
    registerStatusSince: since,
    note: null,
  });
  await insertRows(manager, AuthorisationRegistration, [
    file(0, 38, AuthorisationRegisterStatus.AUTHORISED, 'FA-INK-2025-0117', time.daysAgo(200)),
    file(1, 9, AuthorisationRegisterStatus.APPLIED, null, time.daysAgo(14)),
    file(2, 27, AuthorisationRegisterStatus.SUSPENDED, 'FA-INK-2025-0121', time.daysAgo(30)),
    file(3, 44, AuthorisationRegisterStatus.REVOKED, 'FA-INK-2024-0088', time.daysAgo(90)),
    file(4, 16, AuthorisationRegisterStatus.NOT_APPLIED, null, null),
  ]);
  return true;
}

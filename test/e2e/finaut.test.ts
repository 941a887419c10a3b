import { DateTime } from 'luxon';
import { Role } from '../../src/common/roles';
import { startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { graphql } from '../graphql';
import type { TrainingAssessment, TrainingResult, TrainingTopic } from '../graphql/graphql';

/**
 * FinAut eligibility by the organisation's scheme: two knowledge tests (inkasso, personvern), the
 * ethics test, the practical test and the yearly update on this year's curriculum, each on its
 * topic, and 12 months of relevant practice; the register status a manager records.
 */

const CREATE_REQUIREMENT = graphql(`
  mutation FinautCreateRequirement($input: CreateTrainingRequirementInput!) {
    createTrainingRequirement(input: $input) {
      id
      authorisation
      subject
    }
  }
`);
const CREATE_RECORD = graphql(`
  mutation FinautCreateRecord($input: CreateTrainingRecordInput!) {
    createTrainingRecord(input: $input) {
      id
    }
  }
`);
const STATUS = graphql(`
  query FinautStatus($personId: ID!) {
    authorisationStatus(personId: $personId) {
      eligibility
      missingItems
      practice {
        requiredMonths
        documentedMonths
      }
      elements {
        assessment
        topic
        subject
        status
        validUntil
        requirement {
          title
        }
      }
      registration {
        version
        practiceMonths
        registerStatus
        registerNumber
      }
    }
  }
`);
const REGISTER = graphql(`
  mutation FinautRegister($input: RecordAuthorisationRegistrationInput!) {
    recordAuthorisationRegistration(input: $input) {
      version
      practiceMonths
      registerStatus
      registerNumber
      registerStatusSince
    }
  }
`);

let app: TestApp;
let org: TestOrganization;
let qm: ApiClient;
const year = DateTime.now().setZone('Europe/Amsterdam').year;
const today = DateTime.now().setZone('Europe/Amsterdam').toISODate()!;

beforeAll(async () => {
  app = await startTestApp();
  org = await app.createOrganization('finaut');
  qm = await app.as(org, Role.QUALITY_MANAGER);
  const requirement = (title: string, topic: TrainingTopic, assessment: TrainingAssessment, subject: string) =>
    qm.data(CREATE_REQUIREMENT, { input: { title, topic, assessment, roles: ['STAFF'], authorisation: true, subject } });
  await requirement('Kunnskapsprøve inkasso', 'PROFESSIONAL_KNOWLEDGE', 'KNOWLEDGE_TEST', 'Fagområde inkasso');
  await requirement('Kunnskapsprøve personvern', 'DATA_PROTECTION', 'KNOWLEDGE_TEST', 'Personvern i inkasso');
  await requirement('Etikkprøve', 'ETHICS', 'ETHICS_TEST', 'Etikk og God skikk');
  await requirement('Praktisk prøve', 'COMMUNICATION', 'PRACTICAL_TEST', 'Rådgivning i praksis');
  await requirement('Årlig oppdatering', 'PROFESSIONAL_KNOWLEDGE', 'ANNUAL_UPDATE', `Fagplan ${year}`);
  const record = (topic: TrainingTopic, assessment: TrainingAssessment, completedOn: string, result: TrainingResult) =>
    qm.data(CREATE_RECORD, { input: { personId: org.users.STAFF, topic, assessment, completedOn, result } });
  await record('PROFESSIONAL_KNOWLEDGE', 'KNOWLEDGE_TEST', `${year - 1}-03-01`, 'PASSED');
  await record('OTHER', 'KNOWLEDGE_TEST', `${year - 1}-03-02`, 'PASSED');
  await record('ETHICS', 'ETHICS_TEST', `${year - 1}-04-01`, 'PASSED');
  await record('COMMUNICATION', 'PRACTICAL_TEST', `${year - 1}-05-01`, 'FAILED');
  await record('PROFESSIONAL_KNOWLEDGE', 'ANNUAL_UPDATE', `${year - 1}-06-01`, 'ATTENDED');
});
afterAll(() => app.close());

describe('FinAut eligibility', () => {
  it('asks for each test on its topic, the update on this year’s curriculum and the practice, and says what is missing', async () => {
    const status = (await qm.data(STATUS, { personId: org.users.STAFF })).authorisationStatus!;
    expect(status.eligibility).toBe('NOT_ELIGIBLE');
    expect(status.elements.map((e) => [e.requirement?.title, e.assessment, e.topic, e.status])).toEqual([
      ['Kunnskapsprøve inkasso', 'KNOWLEDGE_TEST', 'PROFESSIONAL_KNOWLEDGE', 'VALID'],
      ['Kunnskapsprøve personvern', 'KNOWLEDGE_TEST', 'DATA_PROTECTION', 'MISSING'],
      ['Etikkprøve', 'ETHICS_TEST', 'ETHICS', 'VALID'],
      ['Praktisk prøve', 'PRACTICAL_TEST', 'COMMUNICATION', 'MISSING'],
      ['Årlig oppdatering', 'ANNUAL_UPDATE', 'PROFESSIONAL_KNOWLEDGE', 'EXPIRED'],
    ]);
    expect(status.missingItems).toEqual([
      "knowledge test 'Personvern i inkasso': no passed record",
      "practical test 'Rådgivning i praksis': no passed record",
      `annual update 'Fagplan ${year}': expired on ${year - 1}-12-31`,
      'relevant practice: 0 of 12 months documented',
    ]);
    expect(status.practice).toEqual({ requiredMonths: 12, documentedMonths: 0 });
    expect(status.registration).toBeNull();
  });

  it('is ELIGIBLE once every element is current and the practice is documented', async () => {
    const records: [TrainingTopic, TrainingAssessment, TrainingResult][] = [
      ['DATA_PROTECTION', 'KNOWLEDGE_TEST', 'PASSED'],
      ['COMMUNICATION', 'PRACTICAL_TEST', 'PASSED'],
      ['PROFESSIONAL_KNOWLEDGE', 'ANNUAL_UPDATE', 'ATTENDED'],
    ];
    for (const [topic, assessment, result] of records) {
      await qm.data(CREATE_RECORD, { input: { personId: org.users.STAFF, topic, assessment, completedOn: today, result } });
    }
    const file = (await qm.data(REGISTER, { input: { personId: org.users.STAFF, expectedVersion: 0, practiceMonths: 14 } })).recordAuthorisationRegistration;
    expect(file).toMatchObject({ version: 1, practiceMonths: 14, registerStatus: 'NOT_APPLIED', registerNumber: null });
    const status = (await qm.data(STATUS, { personId: org.users.STAFF })).authorisationStatus!;
    expect([status.eligibility, status.missingItems, status.practice]).toEqual(['ELIGIBLE', [], { requiredMonths: 12, documentedMonths: 14 }]);
    expect(status.elements[4]).toMatchObject({ status: expect.stringMatching(/VALID|EXPIRING/), validUntil: `${year}-12-31` });
  });

  it('records the register status by the lifecycle, with the number once AUTHORISED, audited', async () => {
    const staff = org.users.STAFF;
    const applied = (await qm.data(REGISTER, { input: { personId: staff, expectedVersion: 1, registerStatus: 'APPLIED' } })).recordAuthorisationRegistration;
    expect(applied).toMatchObject({ version: 2, registerStatus: 'APPLIED', registerStatusSince: today });
    const noNumber = await qm.error(REGISTER, { input: { personId: staff, expectedVersion: 2, registerStatus: 'AUTHORISED' } });
    expect([noNumber.code, noNumber.extensions.fields?.[0]?.field]).toEqual(['BAD_USER_INPUT', 'input.registerNumber']);
    const top = await app.as(org, Role.TOP_MANAGEMENT);
    const authorised = (await top.data(REGISTER, { input: { personId: staff, expectedVersion: 2, registerStatus: 'AUTHORISED', registerNumber: 'FA-2026-0042' } }))
      .recordAuthorisationRegistration;
    expect(authorised).toMatchObject({ version: 3, registerStatus: 'AUTHORISED', registerNumber: 'FA-2026-0042' });
    expect((await qm.error(REGISTER, { input: { personId: staff, expectedVersion: 3, registerStatus: 'APPLIED' } })).code).toBe('INVALID_TRANSITION');
    expect((await qm.error(REGISTER, { input: { personId: staff, expectedVersion: 2, registerStatus: 'SUSPENDED' } })).code).toBe('CONFLICT');
    expect((await qm.error(REGISTER, { input: { personId: staff, expectedVersion: 0, registerStatus: 'SUSPENDED' } })).code).toBe('CONFLICT');
    await qm.data(REGISTER, { input: { personId: staff, expectedVersion: 3, registerStatus: 'SUSPENDED' } });
    await qm.data(REGISTER, { input: { personId: staff, expectedVersion: 4, registerStatus: 'REVOKED' } });
    for (const role of [Role.STAFF, Role.AUDITOR, Role.COMPLAINT_OFFICER]) {
      expect((await (await app.as(org, role)).error(REGISTER, { input: { personId: staff, expectedVersion: 5, practiceMonths: 30 } })).code).toBe('FORBIDDEN');
    }
    const status = (await (await app.as(org, Role.STAFF)).data(STATUS, { personId: staff })).authorisationStatus!;
    expect(status.registration).toEqual({ version: 5, practiceMonths: 14, registerStatus: 'REVOKED', registerNumber: 'FA-2026-0042' });
    const events: { n: number }[] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE organization_id = $1 AND entity_type = 'AuthorisationRegistration'`,
      [org.id],
    );
    expect(events[0].n).toBe(5);
  });

  it('refuses a course as an element of the authorisation', async () => {
    const error = await qm.error(CREATE_REQUIREMENT, {
      input: { title: 'Kurs', topic: 'CODE_OF_CONDUCT', assessment: 'COURSE', roles: [], authorisation: true },
    });
    expect([error.code, error.extensions.fields?.[0]?.field]).toEqual(['BAD_USER_INPUT', 'input.authorisation']);
  });
});

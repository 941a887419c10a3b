import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { Role } from '../../src/common/roles';
import { NormFramework } from '../../src/modules/norm/norm-framework.entity';
import { NormRequirement } from '../../src/modules/norm/norm-requirement.entity';
import { PromiseRequirement } from '../../src/modules/norm/promise-requirement.entity';
import { MaturityAssessment } from '../../src/modules/norm/maturity-assessment.entity';
import { seedNormFrameworks } from '../../seeds/norms';
import { nodes, startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { draftCode, LINK, publishVersion, requirementIds, SUBMIT, UNLINK, type DraftedCode } from '../support/codes';
import { expectCreatedOncePerKey } from '../support/idempotency';
import { graphql } from '../graphql';

const quiet = pino({ level: 'silent' });

const FRAMEWORKS = graphql(`query NormsFrameworks { normFrameworks { key title language requirements { ref title kind } } }`);
const FRAMEWORK = graphql(`query NormsFramework($key: String!) { normFramework(key: $key) { key title description
  requirements { ref kind title objective children { ref kind title objective children { ref kind title } } } } }`);
const REQUIREMENT = graphql(`query NormsRequirement($ref: String!) { normRequirement(ref: $ref) { id ref kind title objective position
  framework { key } parent { ref title parent { ref } } children { ref title } } }`);
const RECORD_MATURITY = graphql(`mutation NormsRecordMaturity($input: RecordMaturityAssessmentInput!) { recordMaturityAssessment(input: $input) {
  level evidence assessedOn assessedBy { id } requirement { ref } } }`);
const MATURITY = graphql(`query NormsMaturity($ref: String!) { normRequirement(ref: $ref) { maturity { level evidence assessedOn assessedBy { id } }
  maturityAssessments { totalCount edges { node { level assessedOn } } } } }`);
const COVERAGE = graphql(`query NormsCoverage($frameworkKey: String!, $codeId: ID!, $codeVersionId: ID) {
  normCoverage(frameworkKey: $frameworkKey, codeId: $codeId, codeVersionId: $codeVersionId) {
    framework { key } code { id } codeVersion { id version status }
    state requirementCount coveredCount gapCount coverageRate
    sections { requirement { ref title } state requirementCount coveredCount gapCount promises { key } }
    nodes { requirement { ref kind } depth state requirementCount coveredCount gapCount promises { key } } } }`);
const RECORD_MATURITY_ONCE = graphql(`mutation NormsRecordMaturityOnce($input: RecordMaturityAssessmentInput!) { recordMaturityAssessment(input: $input) { id level } }`);

/** The SRCM norm parts as the reference text lists them: theme → [part, number of norm requirements]. */
const SRCM_PARTS: [string, [string, number][]][] = [
  ['Werkgeverschap', [['Zorg voor medewerkers', 6], ['Diversiteit en bieden van kansen', 3]]],
  ['Partnerschap', [['Maatschappelijke kaart', 2], ['Inkoop- en samenwerkingsrelaties', 2], ['Uitbesteding', 2]]],
  ['Nabuurschap', [['Ondersteuning', 3], ['Voorlichting', 2]]],
  ['Vergroening', [['Milieu', 4]]],
  ['Communicatie', [['Communicatie', 3], ['Bescherming van de privacy', 1]]],
  ['Credit Management', [['Klantafspraken', 4], ['Regie', 2], ['Maatwerk en respect voor de klant-debiteur', 6], ['Perspectief', 6],
    ['Proportionaliteit', 4], ['Regelingen', 4], ['Nazorg', 2], ['Coulance', 2]]],
  ['Vakmanschap', [['Vakmanschap', 2]]],
  ['Goed bestuur', [['Leiderschap', 5], ['Maatschappelijke prestaties', 3]]],
];

let app: TestApp;
let orgA: TestOrganization;
let orgB: TestOrganization;
let qm: ApiClient;
let top: ApiClient;
let staff: ApiClient;

beforeAll(async () => {
  app = await startTestApp();
  await seedNormFrameworks(app.dataSource, quiet);
  orgA = await app.createOrganization('norm-a');
  orgB = await app.createOrganization('norm-b');
  qm = await app.as(orgA, Role.QUALITY_MANAGER);
  top = await app.as(orgA, Role.TOP_MANAGEMENT);
  staff = await app.as(orgA, Role.STAFF);
});
afterAll(() => app.close());

describe('smoke: norm frameworks', () => {
  it('seeds ISO 10001, SRCM, the complaints procedure and the FinAut scheme', async () => {
    const normFrameworks = (await staff.data(FRAMEWORKS)).normFrameworks!;
    expect(normFrameworks.map((f) => [f.key, f.language])).toEqual([
      ['ISO10001', 'nl'],
      ['SRCM', 'nl'],
      ['COMPLAINTS', 'nl'],
      ['FINAUT', 'no'],
    ]);
    const complaints = normFrameworks.find((f) => f.key === 'COMPLAINTS')!;
    expect(complaints.requirements.map((r) => r.title)).toEqual([
      'Doelstellingen',
      'De interne klachtenprocedure',
      'Registratie en classificatie van de klacht',
      'Verantwoordelijkheden',
      'Analyse van de klachten',
      'Intern bespreken',
      'Preventieve actie',
    ]);
    const finaut = normFrameworks.find((f) => f.key === 'FINAUT')!;
    expect(finaut.requirements.map((r) => r.title)).toEqual(['Krav til autorisasjon', 'Prøver', 'Bedriftens ansvar', 'Roller og rutiner i bedriften']);
  });

  it('gives the SRCM every theme, every norm part with its objective, and one requirement per norm requirement', async () => {
    const srcm = (await staff.data(FRAMEWORK, { key: 'SRCM' })).normFramework!;
    const themes = srcm.requirements.filter((node) => node.kind === 'SECTION');
    const shape = themes.map((theme) => [theme.title, theme.children.map((part) => [part.title, part.children.length])]);
    expect(shape).toEqual(SRCM_PARTS);
    const parts = themes.flatMap((t) => t.children);
    expect(parts).toHaveLength(21);
    expect(parts.every((p) => p.kind === 'NORM_PART' && p.objective!.length > 40)).toBe(true);
    const regelingen = parts.find((p) => p.title === 'Regelingen')!;
    expect(regelingen.objective).toMatch(/betalingsregelingen/);
    expect(regelingen.children.map((r) => [r.kind, r.title])).toEqual([1, 2, 3, 4].map((n) => ['REQUIREMENT', `Regelingen — norm-eis ${n}`]));
    expect(parts.flatMap((p) => p.children)).toHaveLength(68);
  });

  it('gives ISO 10001 its guiding principles and clauses 4 to 8 as a tree', async () => {
    const iso = (await staff.data(FRAMEWORK, { key: 'ISO10001' })).normFramework!;
    expect(iso.requirements.map((c) => [c.ref, c.title])).toEqual([
      ['ISO10001-4', 'Leidende principes'],
      ['ISO10001-5', 'Kader van de gedragscode'],
      ['ISO10001-6', 'Planning, ontwerp en ontwikkeling'],
      ['ISO10001-7', 'Implementatie'],
      ['ISO10001-8', 'Onderhouden en verbeteren'],
    ]);
    const principles = iso.requirements[0]!.children;
    expect(principles).toHaveLength(8);
    expect(principles[0]).toMatchObject({ ref: 'ISO10001-4.2', kind: 'REQUIREMENT', title: 'Betrokkenheid' });
    expect(principles[7]!.objective).toBe('De organisatie zorgt voor continue verbetering van de code.');
  });

  it('finds a node by ref with its framework, parent and children', async () => {
    const part = (await staff.data(REQUIREMENT, { ref: 'SRCM-6.3' })).normRequirement!;
    expect(part).toMatchObject({
      ref: 'SRCM-6.3',
      kind: 'NORM_PART',
      title: 'Maatwerk en respect voor de klant-debiteur',
      framework: { key: 'SRCM' },
      parent: { ref: 'SRCM-6', title: 'Credit Management', parent: null },
    });
    expect(part.children.map((c) => c.ref)).toEqual(['SRCM-6.3.1', 'SRCM-6.3.2', 'SRCM-6.3.3', 'SRCM-6.3.4', 'SRCM-6.3.5', 'SRCM-6.3.6']);
    const leaf = (await staff.data(REQUIREMENT, { ref: 'COMPLAINTS-4.3' })).normRequirement!;
    expect(leaf).toMatchObject({ title: 'Bevestiging binnen vier werkdagen', children: [], parent: { ref: 'COMPLAINTS-4' } });
    expect(leaf.objective).toMatch(/binnen vier werkdagen/);
  });

  it('answers an unknown ref or framework key with NOT_FOUND naming the argument', async () => {
    const ref = await staff.error(REQUIREMENT, { ref: 'SRCM-99' });
    expect([ref.code, ref.extensions.field]).toEqual(['NOT_FOUND', 'ref']);
    const key = await staff.error(FRAMEWORK, { key: 'NOPE' });
    expect([key.code, key.extensions.field]).toEqual(['NOT_FOUND', 'key']);
    expect((await app.anonymous.error(FRAMEWORKS)).code).toBe('UNAUTHENTICATED');
  });
});

describe('smoke: seeding', () => {
  it('loads the frameworks again without duplicates and keeps every id', async () => {
    const frameworks = app.dataSource.getRepository(NormFramework);
    const requirements = app.dataSource.getRepository(NormRequirement);
    const before = (await requirements.find({ order: { ref: 'ASC' } })).map((r) => [r.id, r.ref, r.parentId]);
    await seedNormFrameworks(app.dataSource, quiet);
    await seedNormFrameworks(app.dataSource, quiet);
    expect(await frameworks.count()).toBe(4);
    expect((await requirements.find({ order: { ref: 'ASC' } })).map((r) => [r.id, r.ref, r.parentId])).toEqual(before);
    expect(before).toHaveLength(await requirements.count());
  });
});

describe('maturity self-assessments', () => {
  it('records assessments on a norm part; the latest one counts and the history stays', async () => {
    const [partId] = await requirementIds(qm, ['SRCM-6.6']);
    const first = (await qm.data(RECORD_MATURITY, { input: { requirementId: partId, level: 2, evidence: 'Regelingenbeleid 2025', assessedOn: '2026-01-15' } }))
      .recordMaturityAssessment;
    expect(first).toEqual({ level: 2, evidence: 'Regelingenbeleid 2025', assessedOn: '2026-01-15', assessedBy: { id: orgA.users.QUALITY_MANAGER }, requirement: { ref: 'SRCM-6.6' } });
    await top.data(RECORD_MATURITY, { input: { requirementId: partId, level: 3, evidence: 'Audit 2026: regelingen duurzaam getoetst', assessedOn: '2026-03-01', assessedById: orgA.users.QUALITY_MANAGER } });
    const read = (await staff.data(MATURITY, { ref: 'SRCM-6.6' })).normRequirement!;
    expect(read.maturity).toEqual({ level: 3, evidence: 'Audit 2026: regelingen duurzaam getoetst', assessedOn: '2026-03-01', assessedBy: { id: orgA.users.QUALITY_MANAGER } });
    expect(read.maturityAssessments.totalCount).toBe(2);
    expect(nodes(read.maturityAssessments).map((a) => [a.level, a.assessedOn])).toEqual([[3, '2026-03-01'], [2, '2026-01-15']]);
    const other = (await (await app.as(orgB, Role.QUALITY_MANAGER)).data(MATURITY, { ref: 'SRCM-6.6' })).normRequirement;
    expect(other).toEqual({ maturity: null, maturityAssessments: { totalCount: 0, edges: [] } });
  });

  it('refuses other roles, nodes that are not norm parts, levels outside 1–5 and future dates, recording nothing', async () => {
    const repo = app.dataSource.getRepository(MaturityAssessment);
    const before = await repo.count();
    const [partId, requirementId] = await requirementIds(qm, ['SRCM-5.2', 'SRCM-5.2.1']);
    const valid = { requirementId: partId, level: 3, evidence: 'Privacybeleid', assessedOn: '2026-01-01' };
    for (const role of [Role.STAFF, Role.AUDITOR, Role.COMPLAINT_OFFICER]) {
      expect((await (await app.as(orgA, role)).error(RECORD_MATURITY, { input: valid })).code).toBe('FORBIDDEN');
    }
    const leaf = await qm.error(RECORD_MATURITY, { input: { ...valid, requirementId } });
    expect([leaf.code, leaf.extensions.fields![0]!.field]).toEqual(['BAD_USER_INPUT', 'input.requirementId']);
    const level = await qm.error(RECORD_MATURITY, { input: { ...valid, level: 6 } });
    expect([level.code, level.extensions.fields![0]!.field]).toEqual(['BAD_USER_INPUT', 'input.level']);
    const future = await qm.error(RECORD_MATURITY, { input: { ...valid, assessedOn: '2999-01-01' } });
    expect([future.code, future.extensions.fields![0]!.field]).toEqual(['BAD_USER_INPUT', 'input.assessedOn']);
    const blank = await qm.error(RECORD_MATURITY, { input: { ...valid, evidence: '   ' } });
    expect([blank.code, blank.extensions.fields![0]!.field]).toEqual(['BAD_USER_INPUT', 'input.evidence']);
    const unknown = await qm.error(RECORD_MATURITY, { input: { ...valid, requirementId: randomUUID() } });
    expect([unknown.code, unknown.extensions.field]).toEqual(['NOT_FOUND', 'input.requirementId']);
    const foreignAssessor = await qm.error(RECORD_MATURITY, { input: { ...valid, assessedById: orgB.users.QUALITY_MANAGER } });
    expect([foreignAssessor.code, foreignAssessor.extensions.field]).toEqual(['NOT_FOUND', 'input.assessedById']);
    expect(await repo.count()).toBe(before);
  });

  it('records an assessment once per idempotency key and refuses the key for a different assessment', async () => {
    const [partId] = await requirementIds(qm, ['SRCM-1.1']);
    const input = { requirementId: partId, level: 4, evidence: 'Medewerkerstevredenheid 2025', assessedOn: '2026-02-01' };
    await expectCreatedOncePerKey(app, qm, orgA, { mutation: RECORD_MATURITY_ONCE, entity: MaturityAssessment, input, change: { level: 5 } });
    expect((await qm.data(MATURITY, { ref: 'SRCM-1.1' })).normRequirement!.maturityAssessments).toEqual({ totalCount: 1, edges: [{ node: { level: 4, assessedOn: '2026-02-01' } }] });
  });
});

describe('mapping promises to requirements and coverage', () => {
  let code: DraftedCode;

  beforeAll(async () => {
    code = await draftCode(qm, 'dekking', [{ key: 'P1' }, { key: 'P2' }, { key: 'P3' }]);
  });

  it('links and unlinks a draft promise; linking twice keeps one link', async () => {
    const ids = await requirementIds(qm, ['SRCM-5.1.1', 'SRCM-5.1.2']);
    const linked = (await qm.data(LINK, { promiseId: code.promises.P1, v: 1, requirementIds: ids })).linkPromiseRequirements;
    expect(linked.version).toBe(2);
    expect(linked.requirements.map((r) => r.ref)).toEqual(['SRCM-5.1.1', 'SRCM-5.1.2']);
    const again = (await qm.data(LINK, { promiseId: code.promises.P1, v: linked.version, requirementIds: [ids[1], ids[1]] })).linkPromiseRequirements;
    expect(again.version).toBe(2);
    expect(again.requirements.map((r) => r.ref)).toEqual(['SRCM-5.1.1', 'SRCM-5.1.2']);
    expect(await app.dataSource.getRepository(PromiseRequirement).countBy({ promiseId: code.promises.P1 })).toBe(2);
    const [iso] = await requirementIds(qm, ['ISO10001-4.3']);
    const p3 = (await qm.data(LINK, { promiseId: code.promises.P3, v: 1, requirementIds: [iso] })).linkPromiseRequirements;
    const unlinked = (await qm.data(UNLINK, { promiseId: code.promises.P3, v: p3.version, requirementIds: [iso] })).unlinkPromiseRequirements;
    expect(unlinked.version).toBe(3);
    expect(unlinked.requirements).toEqual([]);
  });

  it('refuses groups, unknown requirements, foreign promises and other roles, changing nothing', async () => {
    const links = app.dataSource.getRepository(PromiseRequirement);
    const before = await links.count();
    const [part, requirement] = await requirementIds(qm, ['SRCM-5.1', 'SRCM-5.2.1']);
    const group = await qm.error(LINK, { promiseId: code.promises.P2, v: 1, requirementIds: [requirement, part] });
    expect([group.code, group.extensions.fields![0]!.field]).toEqual(['BAD_USER_INPUT', 'requirementIds']);
    expect(group.message).toMatch(/SRCM-5\.1 is a NORM_PART/);
    const unknown = await qm.error(LINK, { promiseId: code.promises.P2, v: 1, requirementIds: [requirement, randomUUID()] });
    expect([unknown.code, unknown.extensions.field]).toEqual(['NOT_FOUND', 'requirementIds']);
    const none = await qm.error(LINK, { promiseId: code.promises.P2, v: 1, requirementIds: [] });
    expect([none.code, none.extensions.fields![0]!.field]).toEqual(['BAD_USER_INPUT', 'requirementIds']);
    const otherQm = await app.as(orgB, Role.QUALITY_MANAGER);
    const foreign = await otherQm.error(LINK, { promiseId: code.promises.P2, v: 1, requirementIds: [requirement] });
    expect([foreign.code, foreign.extensions.field]).toEqual(['NOT_FOUND', 'promiseId']);
    for (const role of [Role.TOP_MANAGEMENT, Role.STAFF, Role.AUDITOR, Role.COMPLAINT_OFFICER]) {
      expect((await (await app.as(orgA, role)).error(LINK, { promiseId: code.promises.P2, v: 1, requirementIds: [requirement] })).code).toBe('FORBIDDEN');
    }
    expect(await links.count()).toBe(before);
  });

  it('reports coverage per node, per theme and for the framework (fixture counted by hand)', async () => {
    // P1 → SRCM-5.1.1, 5.1.2 (linked above); P2 → 5.1.2, 5.1.3; P3 → 6.6.1.
    await qm.data(LINK, { promiseId: code.promises.P2, v: 1, requirementIds: await requirementIds(qm, ['SRCM-5.1.2', 'SRCM-5.1.3']) });
    await qm.data(LINK, { promiseId: code.promises.P3, v: 3, requirementIds: await requirementIds(qm, ['SRCM-6.6.1']) });
    const noneInForce = await qm.error(COVERAGE, { frameworkKey: 'SRCM', codeId: code.codeId });
    expect([noneInForce.code, noneInForce.extensions.fields![0]!.field]).toEqual(['BAD_USER_INPUT', 'codeVersionId']);

    const auditor = await app.as(orgA, Role.AUDITOR);
    const report = (await auditor.data(COVERAGE, { frameworkKey: 'SRCM', codeId: code.codeId, codeVersionId: code.versionId })).normCoverage!;
    expect(report).toMatchObject({ framework: { key: 'SRCM' }, codeVersion: { id: code.versionId, version: 1, status: 'DRAFT' } });
    // 68 requirements in the SRCM; covered: 5.1.1, 5.1.2, 5.1.3 and 6.6.1.
    expect([report.state, report.requirementCount, report.coveredCount, report.gapCount]).toEqual(['PARTIAL', 68, 4, 64]);
    expect(report.coverageRate).toBeCloseTo(4 / 68, 10);

    const node = (ref: string) => {
      const n = report.nodes.find((x) => x.requirement.ref === ref)!;
      return [n.depth, n.state, n.requirementCount, n.coveredCount, n.gapCount, n.promises.map((p) => p.key)];
    };
    expect(node('SRCM-5')).toEqual([0, 'PARTIAL', 4, 3, 1, ['P1', 'P2']]);
    expect(node('SRCM-5.1')).toEqual([1, 'COVERED', 3, 3, 0, ['P1', 'P2']]);
    expect(node('SRCM-5.1.2')).toEqual([2, 'COVERED', 1, 1, 0, ['P1', 'P2']]);
    expect(node('SRCM-5.2')).toEqual([1, 'GAP', 1, 0, 1, []]);
    expect(node('SRCM-5.2.1')).toEqual([2, 'GAP', 1, 0, 1, []]);
    expect(node('SRCM-6')).toEqual([0, 'PARTIAL', 30, 1, 29, ['P3']]);
    expect(node('SRCM-6.6')).toEqual([1, 'PARTIAL', 4, 1, 3, ['P3']]);
    expect(node('SRCM-1')).toEqual([0, 'GAP', 9, 0, 9, []]);
    // Every node, depth first: 8 themes + 21 parts + 68 requirements.
    expect(report.nodes).toHaveLength(97);
    expect(report.nodes.slice(0, 4).map((n) => n.requirement.ref)).toEqual(['SRCM-1', 'SRCM-1.1', 'SRCM-1.1.1', 'SRCM-1.1.2']);
    expect(report.sections.map((s) => [s.requirement.title, s.requirementCount, s.coveredCount])).toEqual([
      ['Werkgeverschap', 9, 0],
      ['Partnerschap', 6, 0],
      ['Nabuurschap', 5, 0],
      ['Vergroening', 4, 0],
      ['Communicatie', 4, 3],
      ['Credit Management', 30, 1],
      ['Vakmanschap', 2, 0],
      ['Goed bestuur', 8, 0],
    ]);

    const iso = (await auditor.data(COVERAGE, { frameworkKey: 'ISO10001', codeId: code.codeId, codeVersionId: code.versionId })).normCoverage!;
    expect([iso.state, iso.requirementCount, iso.coveredCount]).toEqual(['GAP', 31, 0]);
  });

  it('reports on the version in force by default; other organisations and unknown keys get NOT_FOUND', async () => {
    await publishVersion(qm, top, code.versionId);
    const report = (await staff.data(COVERAGE, { frameworkKey: 'SRCM', codeId: code.codeId })).normCoverage!;
    expect([report.codeVersion.status, report.coveredCount]).toEqual(['PUBLISHED', 4]);

    const otherTop = await app.as(orgB, Role.TOP_MANAGEMENT);
    const foreign = await otherTop.error(COVERAGE, { frameworkKey: 'SRCM', codeId: code.codeId });
    expect([foreign.code, foreign.extensions.field]).toEqual(['NOT_FOUND', 'codeId']);
    const framework = await staff.error(COVERAGE, { frameworkKey: 'ISO9001', codeId: code.codeId });
    expect([framework.code, framework.extensions.field]).toEqual(['NOT_FOUND', 'frameworkKey']);
    const other = await draftCode(qm, 'andere-code', [{ key: 'X1' }]);
    const mismatch = await staff.error(COVERAGE, { frameworkKey: 'SRCM', codeId: code.codeId, codeVersionId: other.versionId });
    expect([mismatch.code, mismatch.extensions.field]).toEqual(['NOT_FOUND', 'codeVersionId']);
  });

  it('refuses changing the links of a version that is no longer a draft', async () => {
    const [requirement] = await requirementIds(qm, ['SRCM-5.2.1']);
    const e = await qm.error(LINK, { promiseId: code.promises.P1, v: 2, requirementIds: [requirement] });
    expect(e.code).toBe('INVALID_TRANSITION');
    expect(e.message).toMatch(/PUBLISHED/);
    const u = await qm.error(UNLINK, { promiseId: code.promises.P1, v: 2, requirementIds: [requirement] });
    expect(u.code).toBe('INVALID_TRANSITION');
    const other = await draftCode(qm, 'in-review', [{ key: 'R1' }]);
    await qm.data(SUBMIT, { id: other.versionId, v: 1 });
    expect((await qm.error(LINK, { promiseId: other.promises.R1, v: 1, requirementIds: [requirement] })).extensions.from).toBe('IN_REVIEW');
  });
});

import pino from 'pino';
import { Role } from '../../src/common/roles';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { seedNormFrameworks } from '../../seeds/norms';
import { createCode, insertAction } from '../support/fixtures';
import { requirementIds } from '../support/codes';
import { startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { graphql } from '../graphql';

/**
 * The yearly SRCM report on a hand-made history: SRCM-6.6 Regelingen assessed 3 (2024) then 4
 * (2025), with P1 of the code in force serving 6.6.1 and an open improvement action on P1;
 * SRCM-5.1 Communicatie 3 (2024) then 2 (2025); SRCM-1.1 Zorg voor medewerkers 1 (2025) with the
 * HR policy as evidence on its theme. Every other part has no assessment.
 */

const REPORT = graphql(`
  query SrcmReportYear($year: Int!) {
    srcmReport(year: $year) {
      year
      publicPart {
        principles
        partsMet
        partsTotal
        parts {
          ref
          theme
          title
          met
          previousLevel
          level {
            level
            name
            meetsNorm
          }
        }
      }
      internalPart {
        ref
        level
        previousLevel
        change
        assessmentEvidence
        assessedOn
        requirementCount
        coveredCount
        evidence
        plannedImprovements
      }
    }
  }
`);
const LEVELS = graphql(`
  query SrcmReportLevels {
    normFramework(key: "SRCM") {
      maturityLevels {
        level
        name
        meetsNorm
      }
      requirements {
        ref
        kind
        title
        children {
          ref
          kind
          title
        }
      }
    }
  }
`);
const RECORD_MATURITY = graphql(`
  mutation SrcmReportRecordMaturity($input: RecordMaturityAssessmentInput!) {
    recordMaturityAssessment(input: $input) {
      level
      levelInfo {
        name
        meetsNorm
      }
    }
  }
`);
const ADD = graphql(`
  mutation SrcmReportAddEvidence($input: AddRequirementEvidenceInput!) {
    addRequirementEvidence(input: $input) {
      id
    }
  }
`);

let app: TestApp;
let org: TestOrganization;
let qm: ApiClient;

beforeAll(async () => {
  app = await startTestApp();
  await seedNormFrameworks(app.dataSource, pino({ level: 'silent' }));
  org = await app.createOrganization('srcm');
  qm = await app.as(org, Role.QUALITY_MANAGER);
  const [part66, part51, part11, theme1, req661] = await requirementIds(qm, ['SRCM-6.6', 'SRCM-5.1', 'SRCM-1.1', 'SRCM-1', 'SRCM-6.6.1']);
  const top = await app.as(org, Role.TOP_MANAGEMENT);
  const assess = (requirementId: string, level: number, assessedOn: string, evidence: string) =>
    top.data(RECORD_MATURITY, { input: { requirementId, level, assessedOn, evidence } });
  await assess(part66, 3, '2024-11-01', 'Regelingen volgens procedure');
  await assess(part66, 4, '2025-10-01', 'Regelingen gemeten en bijgestuurd per kwartaal');
  await assess(part51, 3, '2024-05-01', 'B1-brieven');
  await assess(part51, 2, '2025-02-01', 'Nieuwe brieven nog niet getest');
  const level1 = (await assess(part11, 1, '2025-03-01', 'Geen beleid')).recordMaturityAssessment;
  expect(level1.levelInfo).toEqual({ name: 'Reactief', meetsNorm: false });
  await qm.data(ADD, { input: { requirementId: theme1, kind: 'DOCUMENT', document: { title: 'HR-beleid', location: 'intranet', version: '2026-1' } } });
  const code = await createCode(app.dataSource, org, [CodeVersionStatus.PUBLISHED], ['P1']);
  await app.dataSource.query(`INSERT INTO promise_requirement (organization_id, promise_id, requirement_id) VALUES ($1, $2, $3)`, [
    org.id,
    code.promises[0].P1.id,
    req661,
  ]);
  await insertAction(app.dataSource, org, { promiseId: code.promises[0].P1.id, kind: 'IMPROVEMENT', status: 'OPEN', dueOn: '2026-03-31' });
});
afterAll(() => app.close());

describe('SRCM', () => {
  it('has the four principles and the named maturity levels, level 1 not meeting the norm', async () => {
    const srcm = (await qm.data(LEVELS)).normFramework!;
    expect(srcm.maturityLevels.map((l) => [l.level, l.name, l.meetsNorm])).toEqual([
      [1, 'Reactief', false],
      [2, 'Beheerst', true],
      [3, 'Gedefinieerd', true],
      [4, 'Gemanaged', true],
      [5, 'Geoptimaliseerd', true],
    ]);
    expect(srcm.requirements[0]).toEqual({
      ref: 'SRCM-B',
      kind: 'PRINCIPLE',
      title: 'Beginselen',
      children: [
        { ref: 'SRCM-B.1', kind: 'PRINCIPLE', title: 'Openheid & transparantie' },
        { ref: 'SRCM-B.2', kind: 'PRINCIPLE', title: 'Gepaste zorgvuldigheid' },
        { ref: 'SRCM-B.3', kind: 'PRINCIPLE', title: 'Social & Responsible Credit Management' },
        { ref: 'SRCM-B.4', kind: 'PRINCIPLE', title: 'Afleggen van verantwoording' },
      ],
    });
  });

  it('reports per part the level, whether it is met, the change, evidence and planned improvements (counted by hand)', async () => {
    const report = (await qm.data(REPORT, { year: 2025 })).srcmReport!;
    expect(report.publicPart).toMatchObject({ principles: expect.arrayContaining(['Gepaste zorgvuldigheid']), partsMet: 2, partsTotal: 21 });
    const pub = Object.fromEntries(report.publicPart.parts.map((p) => [p.ref, [p.level?.name ?? null, p.previousLevel, p.met]]));
    expect(pub['SRCM-6.6']).toEqual(['Gemanaged', 3, true]);
    expect(pub['SRCM-5.1']).toEqual(['Beheerst', 3, true]);
    expect(pub['SRCM-1.1']).toEqual(['Reactief', null, false]);
    expect(pub['SRCM-2.1']).toEqual([null, null, false]);
    const internal = Object.fromEntries(report.internalPart.map((p) => [p.ref, p]));
    expect(internal['SRCM-6.6']).toEqual({
      ref: 'SRCM-6.6',
      level: 4,
      previousLevel: 3,
      change: 'UP',
      assessmentEvidence: 'Regelingen gemeten en bijgestuurd per kwartaal',
      assessedOn: '2025-10-01',
      requirementCount: 4,
      coveredCount: 1,
      evidence: [],
      plannedImprovements: [expect.stringMatching(/^IMPROVEMENT: .+ \(2026-03-31\)$/)],
    });
    expect([internal['SRCM-5.1'].change, internal['SRCM-1.1'].change, internal['SRCM-2.1'].change]).toEqual(['DOWN', 'NEW', 'NONE']);
    expect(internal['SRCM-1.1']).toMatchObject({ requirementCount: 6, coveredCount: 6, evidence: ['DOCUMENT: HR-beleid 2026-1'] });
    // The year before: only the 2024 assessments count.
    const before = (await qm.data(REPORT, { year: 2024 })).srcmReport!;
    expect([before.publicPart.partsMet, before.internalPart.find((p) => p.ref === 'SRCM-6.6')!.change]).toEqual([2, 'NEW']);
  });

  it('downloads as Markdown: both parts, or the public part alone', async () => {
    const get = (path: string, token: string | null) => fetch(`${app.url}/reports/srcm/${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    const full = await get('2025.md', qm.token);
    expect(full.status).toBe(200);
    expect(full.headers.get('content-disposition')).toBe('attachment; filename="srcm-2025.md"');
    const text = await full.text();
    expect(text).toContain('# SRCM-verslag 2025 — openbaar deel');
    expect(text).toContain('| SRCM-1.1 | Werkgeverschap | Zorg voor medewerkers | 1 Reactief | — | nee |');
    expect(text).toContain('# SRCM-verslag 2025 — intern deel');
    expect(text).toContain('- Onderbouwing: Regelingen gemeten en bijgestuurd per kwartaal');
    const publicOnly = await (await get('2025.md?part=public', qm.token)).text();
    expect(publicOnly).toContain('(2 van 21 voldaan)');
    expect(publicOnly).not.toContain('intern deel');
    expect((await get('2025.md?part=secret', qm.token)).status).toBe(400);
    expect((await get('2025.md', (await app.as(org, Role.STAFF)).token)).status).toBe(403);
    expect((await get('2025.md', null)).status).toBe(401);
  });

  it('refuses a year out of range and staff', async () => {
    expect((await qm.error(REPORT, { year: 1999 })).code).toBe('BAD_USER_INPUT');
    expect((await (await app.as(org, Role.STAFF)).error(REPORT, { year: 2025 })).code).toBe('FORBIDDEN');
  });
});

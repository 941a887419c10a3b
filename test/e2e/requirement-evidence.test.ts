import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { Role } from '../../src/common/roles';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { KpiFrequency } from '../../src/modules/kpi/kpi-period';
import { seedNormFrameworks } from '../../seeds/norms';
import { createCode, insertAction, type CodeFixture } from '../support/fixtures';
import { requirementIds } from '../support/codes';
import { startTestApp, statementCounter, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { graphql } from '../graphql';

/**
 * Evidence per requirement node and not-applicable decisions in the SRCM coverage, on a fixture
 * counted by hand (68 requirements):
 *
 * - P1 of the version in force linked to SRCM-5.1.1 (1 covered);
 * - a document on the theme SRCM-1 Werkgeverschap (its 9 requirements covered);
 * - a KPI on SRCM-4.1.1 and SRCM-4.1.2 marked not applicable (Vergroening: 4 requirements, 1 covered, 1 n/a, 2 gaps);
 * - a corrective action on the norm part SRCM-7.1 (2 covered);
 * - the theme SRCM-3 Nabuurschap marked not applicable (5 requirements).
 *
 * Covered 1 + 9 + 1 + 2 = 13, not applicable 5 + 1 = 6, gaps 68 - 6 - 13 = 49.
 */

const COVERAGE = graphql(`
  query EvidenceCoverage($codeId: ID!) {
    normCoverage(frameworkKey: "SRCM", codeId: $codeId) {
      state
      requirementCount
      coveredCount
      notApplicableCount
      gapCount
      coverageRate
      stateCounts {
        state
        count
      }
      sections {
        requirement {
          ref
          title
        }
        state
        requirementCount
        coveredCount
        notApplicableCount
        gapCount
      }
      nodes {
        requirement {
          ref
        }
        state
        requirementCount
        coveredCount
        notApplicableCount
        gapCount
        promises {
          key
        }
        evidence {
          kind
          note
          reason
          recordedBy {
            id
          }
          recordedAt
          requirement {
            ref
          }
          document {
            title
            location
            version
          }
          kpi {
            name
          }
          correctiveAction {
            id
          }
        }
      }
    }
  }
`);
const ADD = graphql(`
  mutation EvidenceAdd($input: AddRequirementEvidenceInput!) {
    addRequirementEvidence(input: $input) {
      id
      kind
      requirement {
        ref
      }
    }
  }
`);
const NOT_APPLICABLE = graphql(`
  mutation EvidenceNotApplicable($input: MarkRequirementNotApplicableInput!) {
    markRequirementNotApplicable(input: $input) {
      id
      kind
      reason
      recordedBy {
        id
      }
      requirement {
        ref
      }
    }
  }
`);
const REMOVE = graphql(`
  mutation EvidenceRemove($id: ID!, $v: Int!) {
    removeRequirementEvidence(id: $id, expectedVersion: $v) {
      id
      kind
    }
  }
`);
const CREATE_CHAIN = graphql(`
  mutation EvidenceCreateChain($input: CreateKpiChainInput!) {
    createKpiChain(input: $input) {
      id
    }
  }
`);
const CREATE_KPI = graphql(`
  mutation EvidenceCreateKpi($input: CreateKpiInput!) {
    createKpi(input: $input) {
      id
    }
  }
`);
const STAFF_COVERAGE = graphql(`
  query EvidenceStaffCoverage($codeId: ID!) {
    normCoverage(frameworkKey: "SRCM", codeId: $codeId) {
      coveredCount
      nodes {
        evidence {
          kind
          kpi {
            name
          }
          document {
            title
          }
        }
      }
    }
  }
`);

let app: TestApp;
let org: TestOrganization;
let qm: ApiClient;
let code: CodeFixture;
let kpiId: string;
let actionId: string;

beforeAll(async () => {
  app = await startTestApp();
  await seedNormFrameworks(app.dataSource, pino({ level: 'silent' }));
  org = await app.createOrganization('evidence');
  qm = await app.as(org, Role.QUALITY_MANAGER);
  code = await createCode(app.dataSource, org, [CodeVersionStatus.PUBLISHED], ['P1']);
  const [srcm511] = await requirementIds(qm, ['SRCM-5.1.1']);
  await app.dataSource.query(`INSERT INTO promise_requirement (organization_id, promise_id, requirement_id) VALUES ($1, $2, $3)`, [
    org.id,
    code.promises[0].P1.id,
    srcm511,
  ]);
  const chainId = (await qm.data(CREATE_CHAIN, { input: { name: 'Vergroening' } })).createKpiChain.id;
  kpiId = (
    await qm.data(CREATE_KPI, {
      input: {
        chainId,
        codeId: code.code.id,
        promiseKey: 'P1',
        kind: 'RESULT',
        name: 'Papierverbruik per dossier',
        unit: 'COUNT',
        direction: 'LOWER_IS_BETTER',
        target: 2,
        threshold: 4,
        frequency: KpiFrequency.QUARTERLY,
      },
    })
  ).createKpi.id;
  actionId = (await insertAction(app.dataSource, org, { promiseId: code.promises[0].P1.id, status: 'OPEN', dueOn: '2099-01-31' })).id;
});
afterAll(() => app.close());

describe('evidence per requirement node', () => {
  it('counts promises, evidence of every kind and not-applicable decisions in the coverage (counted by hand)', async () => {
    const [theme1, srcm411, srcm412, part71, theme3] = await requirementIds(qm, ['SRCM-1', 'SRCM-4.1.1', 'SRCM-4.1.2', 'SRCM-7.1', 'SRCM-3']);
    await qm.data(ADD, {
      input: {
        requirementId: theme1,
        kind: 'DOCUMENT',
        document: { title: 'HR-beleid', location: 'https://intranet.example/hr-beleid.pdf', version: '2026-1' },
        note: 'Beloning, inspraak, opleiding en veilige werkplek',
      },
    });
    await qm.data(ADD, { input: { requirementId: srcm411, kind: 'KPI', targetId: kpiId } });
    await qm.data(ADD, { input: { requirementId: part71, kind: 'CORRECTIVE_ACTION', targetId: actionId } });
    const na = (await qm.data(NOT_APPLICABLE, { input: { requirementId: theme3, reason: 'Geen lokale vestiging: nabuurschap via de brancheorganisatie' } }))
      .markRequirementNotApplicable;
    expect(na).toMatchObject({ kind: 'NOT_APPLICABLE', recordedBy: { id: org.users.QUALITY_MANAGER }, requirement: { ref: 'SRCM-3' } });
    const top = await app.as(org, Role.TOP_MANAGEMENT);
    await top.data(NOT_APPLICABLE, { input: { requirementId: srcm412, reason: 'Geen eigen wagenpark, dus geen brandstofverbruik' } });

    const report = (await qm.data(COVERAGE, { codeId: code.code.id })).normCoverage!;
    expect([report.state, report.requirementCount, report.coveredCount, report.notApplicableCount, report.gapCount]).toEqual(['PARTIAL', 68, 13, 6, 49]);
    expect(report.coverageRate).toBeCloseTo(13 / 62, 10);
    expect(report.stateCounts).toEqual([
      { state: 'COVERED', count: 13 },
      { state: 'PARTIAL', count: 0 },
      { state: 'GAP', count: 49 },
      { state: 'NOT_APPLICABLE', count: 6 },
    ]);
    expect(report.sections.map((s) => [s.requirement.title, s.state, s.requirementCount, s.coveredCount, s.notApplicableCount, s.gapCount])).toEqual([
      ['Werkgeverschap', 'COVERED', 9, 9, 0, 0],
      ['Partnerschap', 'GAP', 6, 0, 0, 6],
      ['Nabuurschap', 'NOT_APPLICABLE', 5, 0, 5, 0],
      ['Vergroening', 'PARTIAL', 4, 1, 1, 2],
      ['Communicatie', 'PARTIAL', 4, 1, 0, 3],
      ['Credit Management', 'GAP', 30, 0, 0, 30],
      ['Vakmanschap', 'COVERED', 2, 2, 0, 0],
      ['Goed bestuur', 'GAP', 8, 0, 0, 8],
    ]);
    const node = (ref: string) => report.nodes.find((n) => n.requirement.ref === ref)!;
    // Evidence on a theme counts for (and is listed at) every node under it.
    expect(node('SRCM-1.2.3').evidence).toEqual([
      {
        kind: 'DOCUMENT',
        note: 'Beloning, inspraak, opleiding en veilige werkplek',
        reason: null,
        recordedBy: { id: org.users.QUALITY_MANAGER },
        recordedAt: expect.any(String),
        requirement: { ref: 'SRCM-1' },
        document: { title: 'HR-beleid', location: 'https://intranet.example/hr-beleid.pdf', version: '2026-1' },
        kpi: null,
        correctiveAction: null,
      },
    ]);
    expect(node('SRCM-4.1').evidence.map((e) => [e.kind, e.kpi?.name ?? e.reason])).toEqual([
      ['KPI', 'Papierverbruik per dossier'],
      ['NOT_APPLICABLE', 'Geen eigen wagenpark, dus geen brandstofverbruik'],
    ]);
    expect([node('SRCM-4.1.2').state, node('SRCM-4.1.3').state, node('SRCM-7.1.2').state]).toEqual(['NOT_APPLICABLE', 'GAP', 'COVERED']);
    expect(node('SRCM-7.1').evidence[0].correctiveAction).toEqual({ id: actionId });
    expect(node('SRCM-5.1.1')).toMatchObject({ state: 'COVERED', promises: [{ key: 'P1' }], evidence: [] });
  });

  it('hides KPI details from staff but counts the evidence', async () => {
    const staff = await app.as(org, Role.STAFF);
    const report = (await staff.data(STAFF_COVERAGE, { codeId: code.code.id })).normCoverage!;
    expect(report.coveredCount).toBe(13);
    expect(report.nodes.flatMap((n) => n.evidence).find((e) => e.kind === 'KPI')).toEqual({ kind: 'KPI', kpi: null, document: null });
  });

  it('refuses evidence without its target, a foreign or unknown target, a second not-applicable decision and other roles, changing nothing', async () => {
    const [part22] = await requirementIds(qm, ['SRCM-2.2']);
    const [theme3] = await requirementIds(qm, ['SRCM-3']);
    const count = async () => (await app.dataSource.query(`SELECT count(*)::int AS n FROM requirement_evidence WHERE organization_id = $1`, [org.id]))[0].n;
    const before = await count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ input: { requirementId: part22, kind: 'DOCUMENT' } }, 'BAD_USER_INPUT', 'input.document'],
      [{ input: { requirementId: part22, kind: 'KPI' } }, 'BAD_USER_INPUT', 'input.targetId'],
      [{ input: { requirementId: part22, kind: 'KPI', targetId: randomUUID() } }, 'NOT_FOUND', 'input.targetId'],
      [{ input: { requirementId: part22, kind: 'RESOURCE', targetId: kpiId } }, 'NOT_FOUND', 'input.targetId'],
      [{ input: { requirementId: part22, kind: 'NOT_APPLICABLE' } }, 'BAD_USER_INPUT', 'input.kind'],
      [{ input: { requirementId: randomUUID(), kind: 'KPI', targetId: kpiId } }, 'NOT_FOUND', 'input.requirementId'],
    ];
    for (const [variables, code, field] of cases) {
      const error = await qm.error(ADD, variables);
      expect([error.code, JSON.stringify(error.extensions).includes(field)]).toEqual([code, true]);
    }
    const other = await app.createOrganization('evidence-other');
    const otherQm = await app.as(other, Role.QUALITY_MANAGER);
    expect((await otherQm.error(ADD, { input: { requirementId: part22, kind: 'KPI', targetId: kpiId } })).extensions.field).toBe('input.targetId');
    const twice = await qm.error(NOT_APPLICABLE, { input: { requirementId: theme3, reason: 'Nog een keer, met een andere reden' } });
    expect([twice.code, twice.extensions.field]).toEqual(['CONFLICT', 'input.requirementId']);
    const short = await qm.error(NOT_APPLICABLE, { input: { requirementId: part22, reason: 'n.v.t.' } });
    expect(short.code).toBe('BAD_USER_INPUT');
    for (const role of [Role.STAFF, Role.AUDITOR, Role.COMPLAINT_OFFICER]) {
      const client = await app.as(org, role);
      expect((await client.error(ADD, { input: { requirementId: part22, kind: 'KPI', targetId: kpiId } })).code).toBe('FORBIDDEN');
    }
    expect(await count()).toBe(before);
  });

  it('removes evidence and a not-applicable decision; the coverage follows', async () => {
    const report = (await qm.data(COVERAGE, { codeId: code.code.id })).normCoverage!;
    const theme3 = report.nodes.find((n) => n.requirement.ref === 'SRCM-3')!;
    expect(theme3.state).toBe('NOT_APPLICABLE');
    const rows: { id: string; version: number }[] = await app.dataSource.query(
      `SELECT e.id, e.version FROM requirement_evidence e JOIN norm_requirement r ON r.id = e.requirement_id WHERE e.organization_id = $1 AND r.ref = 'SRCM-3'`,
      [org.id],
    );
    expect((await qm.error(REMOVE, { id: rows[0].id, v: rows[0].version + 1 })).code).toBe('CONFLICT');
    expect((await qm.data(REMOVE, { id: rows[0].id, v: rows[0].version })).removeRequirementEvidence.kind).toBe('NOT_APPLICABLE');
    const after = (await qm.data(COVERAGE, { codeId: code.code.id })).normCoverage!;
    expect([after.notApplicableCount, after.gapCount, after.sections[2].state]).toEqual([1, 54, 'GAP']);
    expect((await qm.error(REMOVE, { id: rows[0].id, v: rows[0].version })).code).toBe('NOT_FOUND');
  });

  it('reads the coverage in the same number of statements with 5 or 41 pieces of evidence', async () => {
    const counter = statementCounter(app.dataSource);
    const countFor = async () => {
      await qm.data(COVERAGE, { codeId: code.code.id });
      counter.reset();
      await qm.data(COVERAGE, { codeId: code.code.id });
      return counter.count;
    };
    const small = await countFor();
    const smallStatements = [...counter.statements];
    const refs = ['SRCM-6.1.1', 'SRCM-6.1.2', 'SRCM-6.2.1', 'SRCM-6.3.1', 'SRCM-6.3.2', 'SRCM-6.4.1', 'SRCM-8.1.1', 'SRCM-8.1.2', 'SRCM-8.2.1'];
    const ids = await requirementIds(qm, refs);
    for (let i = 0; i < 36; i++) {
      await qm.data(ADD, {
        input: {
          requirementId: ids[i % ids.length],
          kind: i % 2 ? 'KPI' : 'DOCUMENT',
          targetId: i % 2 ? kpiId : null,
          document: i % 2 ? null : { title: `Procedure ${i}`, location: 'map 3', version: '1' },
        },
      });
    }
    const large = await countFor();
    if (large !== small) console.log(smallStatements.map((t) => t.slice(0, 100)).join('\n') + '\n-----\n' + counter.statements.map((t) => t.slice(0, 100)).join('\n'));
    expect(large).toBe(small);
    // Framework, code, version, the tree with its counts, the requirements, the promises, the evidence, and one
    // statement per kind of record the evidence selects (who recorded it, KPIs, corrective actions).
    expect(large).toBe(10);
  });
});

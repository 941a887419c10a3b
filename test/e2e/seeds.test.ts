import pino from 'pino';
import { DateTime } from 'luxon';
import { seedAll } from '../../seeds';
import { DEMO_ORG, DEMO_STAFF, demoUserFor } from '../../seeds/demo-ids';
import { ALL_ROLES, Role } from '../../src/common/roles';
import { deadline, type WorkingCalendar } from '../../src/common/deadlines';
import { Organization } from '../../src/common/organization.entity';
import { Complaint, ComplaintStatus } from '../../src/modules/complaint/complaint.entity';
import { ComplaintTimelineEntry, ComplaintTimelineEventKind } from '../../src/modules/complaint/complaint-timeline-entry.entity';
import { ClosureDay } from '../../src/modules/complaint/closure-day.entity';
import { COMPLAINT_LIFECYCLE } from '../../src/modules/complaint/complaint-lifecycle';
import { LetterTemplate } from '../../src/modules/complaint/letter-template.entity';
import { LetterKind, checkTemplateText } from '../../src/modules/complaint/letter-rendering';
import { nodes, startTestApp, type TestApp, type TestOrganization } from '../support/app';
import { graphql } from '../graphql';

const PUBLISHED_CODE = graphql(`query SeedsPublishedCode { publishedCode(organizationSlug: "demo", codeKey: "klantbeloften") {
      organizationName currentVersion { version promises { key text } } } }`);
const CODES = graphql(`query SeedsCodes { codes(first: 5) { edges { node { currentVersion { promises { key requirements { ref } } } } } } }`);
const REGISTER_COMPLAINT = graphql(`mutation SeedsRegisterComplaint($input: RegisterComplaintInput!) { registerComplaint(input: $input) { reference } }`);
const COMPLAINT_COUNTS = graphql(`query SeedsComplaintCounts { complaintCounts { total unresolvedOverdue byStatus { status count } } }`);
const COMPLAINT_TOTALS = graphql(`query SeedsComplaintTotals {
      conduct: complaints(category: CONDUCT) { totalCount } legal: complaints(category: LEGAL) { totalCount }
      financial: complaints(category: FINANCIAL) { totalCount } execution: complaints(category: EXECUTION) { totalCount }
      escalated: complaints(first: 50, status: [CLOSED, ESCALATED]) { edges { node { escalation { outcome binding } } } } }`);
const KPI_CHAINS = graphql(`query SeedsKpiChains { kpiChains { edges { node { kpis { kind status causes { id } effects { id } measurements(first: 20) { totalCount } } } } } }`);
const COMPETENCE_OVERVIEW = graphql(`query SeedsCompetenceOverview { competenceOverview { requirements { valid expiring expired missing } people { totalCount } } }`);
const CORRECTIVE_ACTIONS = graphql(`query SeedsCorrectiveActions {
      correctiveActions(first: 50) { edges { node { kind status promise { key } decidedBy { roles } complaints { totalCount } } } }
      overdue: correctiveActions(overdue: true) { totalCount } }`);
const MANAGEMENT_REVIEWS = graphql(`query SeedsManagementReviews {
      managementReviews { edges { node { year status signedAt analysisTakenAt signedBy { roles } decisions
        analysis { year totals { received } } preventiveActions { edges { node { kind decidedBy { roles } } } } } } } }`);
const COMPLAINT_ANALYSIS = graphql(`query SeedsComplaintAnalysis($year: Int!) { complaintAnalysis(year: $year) { totals { received } } }`);

const DEMO_EVIDENCE = graphql(`query SeedsEvidence($codeId: ID!, $year: Int!, $personId: ID!) {
      iso: normCoverage(frameworkKey: "ISO10001", codeId: $codeId) { nodes { state evidence { kind } } }
      srcm: normCoverage(frameworkKey: "SRCM", codeId: $codeId) { stateCounts { state count } nodes { state evidence { kind } } }
      srcmReport(year: $year) { publicPart { parts { met level { level } } } }
      promiseStatusPolicy { handlingPromiseKey }
      codeStatus(codeId: $codeId) { promises { promise { key } handling { overdue } } }
      promiseTrace(codeId: $codeId, promiseKey: "P2") { versions { version } complaintMonths { received } actions { status } }
      a: authorisationStatus(personId: $personId) { eligibility registration { registerStatus } } }`);
let app: TestApp;
const quiet = pino({ level: 'silent' });
const demo: TestOrganization = {
  id: DEMO_ORG.id,
  slug: DEMO_ORG.slug,
  users: Object.fromEntries(ALL_ROLES.map((role) => [role, demoUserFor([role])])) as Record<Role, string>,
};

/** Rows per table, for every table the application maps. */
async function rowCounts(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { tableName } of app.dataSource.entityMetadatas) {
    const [{ count }]: { count: number }[] = await app.dataSource.query(`SELECT count(*)::int AS count FROM "${tableName}"`);
    counts[tableName] = count;
  }
  return counts;
}

beforeAll(async () => {
  app = await startTestApp();
  await seedAll(app.dataSource, quiet);
});
afterAll(() => app.close());

describe('smoke: seeds', () => {
  it('load the demo organisation once: running them again adds no row to any table', async () => {
    const first = await rowCounts();
    await seedAll(app.dataSource, quiet);
    expect(await rowCounts()).toEqual(first);
    for (const table of ['complaint', 'complaint_timeline_entry', 'corrective_action', 'kpi_measurement', 'training_record', 'resource', 'communication_plan', 'maturity_assessment', 'management_review']) {
      expect(first[table]).toBeGreaterThan(0);
    }
  });

  it('publish the demo code with ten promises, each mapped to norm requirements', async () => {
    const code = (await app.anonymous.data(PUBLISHED_CODE)).publishedCode!;
    expect(code.organizationName).toBe('Incassobureau De Brug B.V.');
    expect(code.currentVersion.promises.map((p) => p.key)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8', 'P9', 'P10']);

    const qm = await app.as(demo, Role.QUALITY_MANAGER);
    const { codes } = await qm.data(CODES);
    const promises = codes!.edges[0]!.node.currentVersion!.promises;
    expect(promises.every((p) => p.requirements.length > 0)).toBe(true);
    expect(promises.some((p) => p.requirements.some((r) => r.ref.startsWith('SRCM-')))).toBe(true);
  });
});

describe('the demo history', () => {
  it('numbers complaints without gaps per year, and a new complaint continues the numbering', async () => {
    const references: string[] = (await app.dataSource.getRepository(Complaint).find({ where: { organizationId: DEMO_ORG.id }, select: { reference: true } })).map((c) => c.reference);
    const byYear = new Map<string, number[]>();
    for (const reference of references) {
      const [, year, number] = reference.split('-');
      byYear.set(year, [...(byYear.get(year) ?? []), Number(number)]);
    }
    for (const numbers of byYear.values()) {
      expect(numbers.sort((a, b) => a - b)).toEqual(numbers.map((_, i) => i + 1));
    }

    const officer = await app.as(demo, Role.COMPLAINT_OFFICER);
    const year = DateTime.now().setZone('Europe/Amsterdam').year;
    const { registerComplaint } = await officer.data(
      REGISTER_COMPLAINT,
      { input: { channel: 'PHONE', subject: 'Nieuwe klacht na de demo', description: 'Telefonisch gemeld.' } },
    );
    const next = (byYear.get(String(year))?.length ?? 0) + 1;
    expect(registerComplaint.reference).toBe(`K-${year}-${String(next).padStart(5, '0')}`);
  });

  it('stores the deadlines and on-time flags the complaint service computes, and a timeline that walks the lifecycle to the status', async () => {
    const organization = await app.dataSource.getRepository(Organization).findOneByOrFail({ id: DEMO_ORG.id });
    const closures = await app.dataSource.getRepository(ClosureDay).findBy({ organizationId: DEMO_ORG.id });
    const calendar: WorkingCalendar = { timeZone: organization.timezone, holidayCountry: organization.holidayCountry, closureDays: new Set(closures.map((d) => d.date)) };
    const policy = organization.complaintPolicy;
    const complaints = await app.dataSource.getRepository(Complaint).findBy({ organizationId: DEMO_ORG.id });
    const entries = await app.dataSource.getRepository(ComplaintTimelineEntry).find({ where: { organizationId: DEMO_ORG.id }, order: { at: 'ASC' } });
    const now = new Date();
    for (const c of complaints) {
      expect(c.acknowledgementDueAt).toEqual(deadline(c.receivedAt, { within: policy.acknowledgeWithin, unit: policy.acknowledgeUnit }, calendar));
      expect(c.resolutionDueAt).toEqual(deadline(c.receivedAt, { within: policy.resolveWithin, unit: policy.resolveUnit }, calendar));
      expect(c.acknowledgedOnTime).toBe(c.acknowledgedAt ? c.acknowledgedAt <= c.acknowledgementDueAt : null);
      expect(c.resolvedOnTime).toBe(c.resolvedAt ? c.resolvedAt <= c.resolutionDueAt : null);

      const timeline = entries.filter((e) => e.complaintId === c.id);
      expect(timeline[0]).toMatchObject({ from: null, to: ComplaintStatus.RECEIVED, at: c.receivedAt });
      const changesStatus = (e: ComplaintTimelineEntry) => e.kind === ComplaintTimelineEventKind.STATUS_CHANGED || e.kind === ComplaintTimelineEventKind.REOPENED;
      for (let i = 1; i < timeline.length; i++) {
        expect(timeline[i].from).toBe(timeline[i - 1].to);
        // Events (informed, extended, paused, resumed) keep the status.
        if (changesStatus(timeline[i])) expect(COMPLAINT_LIFECYCLE.can(timeline[i].from!, timeline[i].to)).toBe(true);
        else expect(timeline[i].to).toBe(timeline[i].from);
        expect(timeline[i].at.getTime()).toBeGreaterThan(timeline[i - 1].at.getTime());
      }
      expect(timeline[timeline.length - 1].to).toBe(c.status);
      expect(timeline[timeline.length - 1].at.getTime()).toBeLessThanOrEqual(now.getTime());
      const steps = timeline.filter(changesStatus);
      // A reopened complaint keeps its first acknowledgement and resolution; it is closed by its last closing, if closed now.
      const reached = (status: ComplaintStatus) => steps.find((e) => e.to === status)?.at ?? null;
      expect(c.acknowledgedAt).toEqual(reached(ComplaintStatus.ACKNOWLEDGED));
      expect(c.resolvedAt).toEqual(reached(ComplaintStatus.RESOLVED));
      // Closed again when a disputes body decided on a complaint it took after closure: the last time counts.
      expect(c.closedAt).toEqual([ComplaintStatus.CLOSED, ComplaintStatus.ESCALATED].includes(c.status) ? (steps.findLast((e) => e.to === ComplaintStatus.CLOSED)?.at ?? null) : null);
      expect(c.reopenCount).toBe(steps.filter((e) => e.kind === ComplaintTimelineEventKind.REOPENED).length);
      if (c.workingResolutionDueAt) expect(c.workingResolutionDueAt.getTime()).toBeGreaterThan(c.resolutionDueAt.getTime());
      expect(c.version).toBe(timeline.length + (c.satisfaction !== null && c.resolvedAt ? 1 : 0) + (c.anonymizedAt ? 1 : 0));
      expect(c.escalation.escalatedAt).toEqual(reached(ComplaintStatus.ESCALATED));
      expect(c.outcome === null).toBe(c.resolvedAt === null);
      if (c.escalation.escalatedAt) expect(c.escalation.outcome !== null).toBe(c.status === ComplaintStatus.CLOSED);
      if (c.satisfaction !== null) expect(c.resolvedAt).not.toBeNull();
      if (c.anonymizedAt) expect([c.status, c.complainantName, c.complainantEmail, c.description]).toEqual([ComplaintStatus.CLOSED, null, null, null]);
      if (c.complainantEmail) expect(c.complainantEmail).toMatch(/@voorbeeld\.nl$/);
    }
  });

  it('follows the Wki and shows every state the law adds: objection, outside the code, extension, pause, reopening, front-line intake', async () => {
    const LAW = graphql(`query SeedsLaw { organization { statutoryRulePack complaintPolicy { acknowledgeWithin acknowledgeUnit } compliance { rule } }
      codeGaps { total words { word count } } }`);
    const law = await (await app.as(demo, Role.QUALITY_MANAGER)).data(LAW);
    expect(law.organization).toEqual({ statutoryRulePack: 'NL_WKI', complaintPolicy: { acknowledgeWithin: 2, acknowledgeUnit: 'WORKING_DAYS' }, compliance: [] });
    expect(law.codeGaps!.total).toBeGreaterThanOrEqual(2);
    expect(law.codeGaps!.words.length).toBeGreaterThan(0);
    const complaints = await app.dataSource.getRepository(Complaint).findBy({ organizationId: DEMO_ORG.id });
    const entries = await app.dataSource.getRepository(ComplaintTimelineEntry).findBy({ organizationId: DEMO_ORG.id });
    expect(complaints.some((c) => c.kind === 'DEBT_OBJECTION')).toBe(true);
    expect(complaints.some((c) => c.outsideCodeReason && c.status === ComplaintStatus.CLOSED)).toBe(true);
    expect(complaints.some((c) => c.extendedResolutionDueAt && c.workingResolutionDueAt)).toBe(true);
    expect(complaints.some((c) => c.pausedAt && c.status === ComplaintStatus.IN_PROGRESS)).toBe(true);
    expect(complaints.some((c) => c.pausedWorkingDays > 0 && !c.pausedAt)).toBe(true);
    expect(complaints.some((c) => c.reopenCount > 0 && c.status === ComplaintStatus.IN_PROGRESS)).toBe(true);
    expect(complaints.some((c) => c.employeeInformedAt && c.employeeConcernedId && c.employeeConcernedId !== c.handlerId)).toBe(true);
    expect(complaints.some((c) => c.complainantType === 'REPRESENTATIVE' && c.complainantMandate && c.complainantAddress)).toBe(true);
    const frontLine = new Set(DEMO_STAFF.filter((u) => u.roles.length === 1 && u.roles[0] === Role.STAFF).map((u) => u.id));
    expect(complaints.some((c) => c.registeredById && frontLine.has(c.registeredById))).toBe(true);
    expect(new Set(entries.map((e) => e.kind))).toEqual(new Set(Object.values(ComplaintTimelineEventKind)));
  });

  it('spans every status, category and channel, with overdue complaints and decisions of the disputes committee', async () => {
    const auditor = await app.as(demo, Role.AUDITOR);
    const complaintCounts = (await auditor.data(COMPLAINT_COUNTS)).complaintCounts!;
    expect(complaintCounts.byStatus.filter((s) => s.count === 0)).toEqual([]);
    expect(complaintCounts.unresolvedOverdue).toBeGreaterThan(0);

    const totals = await auditor.data(COMPLAINT_TOTALS);
    for (const category of ['conduct', 'legal', 'financial', 'execution'] as const) expect(totals[category]!.totalCount).toBeGreaterThan(0);
    const channels: { channel: string }[] = await app.dataSource.query(`SELECT DISTINCT channel FROM complaint WHERE organization_id = $1`, [DEMO_ORG.id]);
    expect(channels.map((c) => c.channel).sort()).toEqual(['EMAIL', 'IN_PERSON', 'LETTER', 'PHONE', 'WEB']);
    const [{ decided }]: { decided: number }[] = await app.dataSource.query(
      `SELECT count(*)::int AS decided FROM complaint WHERE organization_id = $1 AND status = 'CLOSED' AND escalation_outcome IS NOT NULL`,
      [DEMO_ORG.id],
    );
    expect(decided).toBeGreaterThan(0);
  });

  it('records the letters of every acknowledged and resolved complaint, named by the timeline, from the templates in nl, en and nb', async () => {
    const [counts]: { acknowledged: number; resolved: number; acks: number; decisions: number; unnamed: number }[] = await app.dataSource.query(
      `SELECT (SELECT count(*)::int FROM complaint WHERE organization_id = $1 AND acknowledged_at IS NOT NULL) AS acknowledged,
              (SELECT count(*)::int FROM complaint WHERE organization_id = $1 AND resolved_at IS NOT NULL) AS resolved,
              (SELECT count(*)::int FROM complaint_letter l JOIN complaint c ON c.id = l.complaint_id
                WHERE l.organization_id = $1 AND l.kind = 'ACKNOWLEDGEMENT' AND l.sent_at = c.acknowledged_at) AS acks,
              (SELECT count(*)::int FROM complaint_letter l JOIN complaint c ON c.id = l.complaint_id
                WHERE l.organization_id = $1 AND l.kind = 'DECISION' AND l.sent_at = c.resolved_at AND (c.anonymized_at IS NOT NULL OR l.body LIKE '%De Geschillencommissie%')) AS decisions,
              (SELECT count(*)::int FROM complaint_timeline_entry WHERE organization_id = $1 AND to_status IN ('ACKNOWLEDGED', 'RESOLVED') AND letter_id IS NULL) AS unnamed`,
      [DEMO_ORG.id],
    );
    expect(counts.acks).toBe(counts.acknowledged);
    expect(counts.decisions).toBe(counts.resolved);
    expect(counts.unnamed).toBe(0);
    const templates: { language: string }[] = await app.dataSource.query(`SELECT DISTINCT language FROM letter_template WHERE organization_id = $1 ORDER BY 1`, [DEMO_ORG.id]);
    expect(templates.map((t) => t.language)).toEqual(['en', 'nb', 'nl']);
    const kinds: { kind: string; languages: string[] }[] = await app.dataSource.query(
      `SELECT kind, array_agg(language ORDER BY language) AS languages FROM letter_template WHERE organization_id = $1 GROUP BY kind ORDER BY kind`,
      [DEMO_ORG.id],
    );
    expect(kinds).toEqual(Object.values(LetterKind).sort().map((kind) => ({ kind, languages: ['en', 'nb', 'nl'] })));
    // Every template is one the service would accept.
    for (const t of await app.dataSource.getRepository(LetterTemplate).findBy({ organizationId: DEMO_ORG.id })) {
      expect(() => checkTemplateText(t.subject, t.kind, 'subject', false)).not.toThrow();
      expect(() => checkTemplateText(t.body, t.kind, 'body', true)).not.toThrow();
    }
  });

  it('tells the complainant of every extension of the term in writing: the letter names the new deadline and the reason', async () => {
    const extensions = () =>
      app.dataSource.getRepository(ComplaintTimelineEntry).find({
        where: { organizationId: DEMO_ORG.id, kind: ComplaintTimelineEventKind.DEADLINE_EXTENDED },
        relations: { letter: true },
        order: { id: 'ASC' },
      });
    const loaded = await extensions();
    expect(loaded.length).toBeGreaterThan(0);
    for (const entry of loaded) {
      const newDeadline = DateTime.fromJSDate(entry.dueAt!, { zone: 'Europe/Amsterdam' }).setLocale('nl').toLocaleString(DateTime.DATE_FULL);
      expect(entry.letter).toMatchObject({ kind: LetterKind.EXTENSION, language: 'nl', sentAt: entry.at, edited: false });
      expect(entry.letter!.body).toContain(`uiterlijk ${newDeadline}`);
      expect(entry.letter!.body).toContain(entry.note!);
    }
    // A demo loaded before extension letters existed gets them, and their templates, on the next start.
    await app.dataSource.query(`DELETE FROM complaint_letter WHERE organization_id = $1 AND kind = 'EXTENSION'`, [DEMO_ORG.id]);
    await app.dataSource.query(`DELETE FROM letter_template WHERE organization_id = $1 AND kind = 'EXTENSION'`, [DEMO_ORG.id]);
    expect((await extensions()).map((e) => e.letter)).toEqual(loaded.map(() => null));
    await seedAll(app.dataSource, quiet);
    expect((await extensions()).map((e) => e.letter!.id)).toEqual(loaded.map((e) => e.letter!.id));
    expect(await app.dataSource.getRepository(LetterTemplate).countBy({ organizationId: DEMO_ORG.id, kind: LetterKind.EXTENSION })).toBe(3);
  });

  it('has disputes-body cases in every stage, outcome and origin, each in line with its complaint', async () => {
    const rows: { status: string; origin: string; outcome: string | null; binding: boolean | null; advice_followed: boolean | null; complaint_status: string; escalation_outcome: string | null; compliance_on: string | null; fee_refunded_on: string | null }[] =
      await app.dataSource.query(
        `SELECT d.status, d.origin, d.outcome, d.binding, d.advice_followed, c.status AS complaint_status, c.escalation_outcome, d.compliance_on, d.fee_refunded_on
         FROM disputes_case d JOIN complaint c ON c.id = d.complaint_id WHERE d.organization_id = $1`,
        [DEMO_ORG.id],
      );
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['OPEN', 'RESPONDED', 'DECIDED', 'CLOSED']));
    expect(new Set(rows.map((r) => r.origin))).toEqual(new Set(['AFTER_RESOLUTION', 'AFTER_CLOSURE', 'FORWARDED']));
    for (const outcome of ['UPHELD', 'PARTIALLY_UPHELD', 'REJECTED', 'SETTLED', 'INADMISSIBLE', 'WITHDRAWN']) expect(rows.map((r) => r.outcome)).toContain(outcome);
    expect(rows.some((r) => r.binding === false && r.advice_followed === false)).toBe(true);
    expect(rows.some((r) => r.compliance_on !== null && r.fee_refunded_on !== null)).toBe(true);
    for (const r of rows) {
      expect(r.complaint_status).toBe(r.outcome === null ? 'ESCALATED' : 'CLOSED');
      expect(r.escalation_outcome).toBe(r.outcome);
    }
    const bodies: { name: string; outcome_kind: string }[] = await app.dataSource.query(`SELECT name, outcome_kind FROM disputes_body WHERE organization_id = $1 ORDER BY name`, [DEMO_ORG.id]);
    expect(bodies).toEqual([
      { name: 'De Geschillencommissie', outcome_kind: 'BINDING' },
      { name: 'Finansklagenemnda', outcome_kind: 'ADVISORY' },
      { name: 'IncassoKlacht', outcome_kind: 'BINDING' },
      { name: 'KIGID', outcome_kind: 'BINDING' },
    ]);
  });

  it('measures the KPI chain monthly for a year, with KPIs on track, at risk and off track, linked cause to effect', async () => {
    const qm = await app.as(demo, Role.QUALITY_MANAGER);
    const { kpiChains } = await qm.data(KPI_CHAINS);
    const kpis = kpiChains!.edges[0]!.node.kpis;
    expect(new Set(kpis.map((k) => k.kind))).toEqual(new Set(['RESULT', 'CHAIN', 'PROCESS']));
    expect(new Set(kpis.map((k) => k.status))).toEqual(new Set(['ON_TRACK', 'AT_RISK', 'OFF_TRACK']));
    expect(kpis.filter((k) => k.status === 'OFF_TRACK')).toHaveLength(1);
    expect(kpis.every((k) => k.measurements.totalCount === 12)).toBe(true);
    expect(kpis.every((k) => k.causes.length + k.effects.length > 0)).toBe(true);
  });

  it('shows certification evidence of every kind, not-applicable parts, a part at level 1, the complaint-handling promise and FinAut files in every register status', async () => {
    const qm = await app.as(demo, Role.QUALITY_MANAGER);
    const codeId = (await app.dataSource.query(`SELECT id FROM code WHERE organization_id = $1`, [DEMO_ORG.id]))[0].id as string;
    const staff: { id: string }[] = await app.dataSource.query(`SELECT person_id AS id FROM authorisation_registration WHERE organization_id = $1 ORDER BY practice_months`, [
      DEMO_ORG.id,
    ]);
    const year = DateTime.now().setZone('Europe/Amsterdam').year;
    const answers = await Promise.all(staff.map((s) => qm.data(DEMO_EVIDENCE, { codeId, year, personId: s.id })));
    const [first] = answers;
    const kinds = new Set([...first.iso!.nodes, ...first.srcm!.nodes].flatMap((n) => n.evidence.map((e) => e.kind)));
    expect(kinds).toEqual(new Set(['KPI', 'TRAINING_REQUIREMENT', 'RESOURCE', 'COMMUNICATION_PLAN', 'CORRECTIVE_ACTION', 'DOCUMENT', 'NOT_APPLICABLE']));
    expect(first.srcm!.stateCounts.find((c) => c.state === 'NOT_APPLICABLE')!.count).toBeGreaterThan(0);
    expect(new Set(first.srcm!.nodes.map((n) => n.state))).toEqual(new Set(['COVERED', 'PARTIAL', 'GAP', 'NOT_APPLICABLE']));
    const parts = first.srcmReport!.publicPart.parts;
    expect(parts.some((p) => p.level?.level === 1 && !p.met)).toBe(true);
    expect(parts.some((p) => p.met)).toBe(true);
    expect(first.promiseStatusPolicy!.handlingPromiseKey).toBe('P2');
    const handling = first.codeStatus!.promises.filter((p) => p.handling !== null).map((p) => p.promise.key);
    expect(handling).toEqual(['P2']);
    expect(first.promiseTrace!.complaintMonths.length).toBeGreaterThan(0);
    expect(new Set(answers.map((a) => a.a!.registration!.registerStatus))).toEqual(new Set(['NOT_APPLIED', 'APPLIED', 'AUTHORISED', 'SUSPENDED', 'REVOKED']));
    expect(new Set(answers.map((a) => a.a!.eligibility))).toEqual(new Set(['ELIGIBLE', 'NOT_ELIGIBLE']));
  });

  it('has satisfaction surveys answered about the demo promises, enough for some figures and not for others, and some pending and expired', async () => {
    const SURVEYS = graphql(`query SeedsSurveys($codeId: ID!) {
      codeStatus(codeId: $codeId) { promises { promise { key } customerPerceived { responses averageScore sufficient } } }
      satisfactionSurveys(first: 100) { totalCount edges { node { status } } } }`);
    const qm = await app.as(demo, Role.QUALITY_MANAGER);
    const [{ id: codeId }] = await app.dataSource.query(`SELECT id FROM code WHERE key = 'klantbeloften'`);
    const { codeStatus, satisfactionSurveys } = await qm.data(SURVEYS, { codeId });
    const figures = Object.fromEntries(codeStatus!.promises.map((p) => [p.promise.key, p.customerPerceived]));
    for (const key of ['P1', 'P2']) expect(figures[key]).toMatchObject({ sufficient: true, averageScore: expect.any(Number) });
    for (const key of ['P3', 'P5']) expect(figures[key]).toMatchObject({ sufficient: false, averageScore: null, responses: expect.any(Number) });
    expect(figures.P3.responses).toBeGreaterThan(0);
    const statuses = satisfactionSurveys!.edges.map((e) => e.node.status);
    for (const status of ['ANSWERED', 'PENDING', 'EXPIRED'] as const) expect(statuses).toContain(status);
  });

  it('shows trainings expiring within 30 days, expired and missing in the competence overview', async () => {
    const qm = await app.as(demo, Role.QUALITY_MANAGER);
    const competenceOverview = (await qm.data(COMPETENCE_OVERVIEW)).competenceOverview!;
    const sum = (field: 'valid' | 'expiring' | 'expired' | 'missing') => competenceOverview.requirements.reduce((total, r) => total + r[field], 0);
    for (const field of ['valid', 'expiring', 'expired', 'missing'] as const) expect(sum(field)).toBeGreaterThan(0);
    expect(competenceOverview.people.totalCount).toBeGreaterThanOrEqual(15);
  });

  it('has corrective and preventive actions in every state, preventive ones decided by top management', async () => {
    const qm = await app.as(demo, Role.QUALITY_MANAGER);
    const { correctiveActions, overdue } = await qm.data(CORRECTIVE_ACTIONS);
    const actions = nodes(correctiveActions!);
    expect(new Set(actions.map((a) => a.status))).toEqual(new Set(['OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED_EFFECTIVE', 'NOT_EFFECTIVE', 'CANCELLED']));
    expect(new Set(actions.map((a) => a.kind))).toEqual(new Set(['CORRECTIVE', 'PREVENTIVE', 'IMPROVEMENT']));
    for (const action of actions.filter((a) => a.kind === 'PREVENTIVE')) expect(action.decidedBy!.roles).toContain(Role.TOP_MANAGEMENT);
    expect(actions.some((a) => a.complaints.totalCount > 0)).toBe(true);
    expect(overdue!.totalCount).toBeGreaterThan(0);
  });

  it('holds the last annual management review, signed by top management, with the analysis of the year it reviewed and the preventive actions it decided', async () => {
    const management = await app.as(demo, Role.TOP_MANAGEMENT);
    const { managementReviews } = await management.data(MANAGEMENT_REVIEWS);
    const review = nodes(managementReviews!)[0]!;
    expect(review).toMatchObject({ status: 'SIGNED', signedBy: { roles: [Role.TOP_MANAGEMENT] } });
    expect(new Date(review.analysisTakenAt).getTime()).toBeLessThan(new Date(review.signedAt!).getTime());
    expect(new Date(review.signedAt!).getTime()).toBeLessThan(Date.now());
    expect(review.year).toBe(new Date(review.signedAt!).getFullYear() - 1);
    const complaintAnalysis = (await management.data(COMPLAINT_ANALYSIS, { year: review.year })).complaintAnalysis!;
    expect(review.analysis).toEqual({ year: review.year, totals: { received: complaintAnalysis.totals.received } });
    expect(review.analysis.totals.received).toBeGreaterThan(0);
    expect(review.decisions.length).toBeGreaterThan(0);
    expect(nodes(review.preventiveActions).length).toBeGreaterThan(0);
    for (const action of nodes(review.preventiveActions)) expect(action).toEqual({ kind: 'PREVENTIVE', decidedBy: { roles: [Role.TOP_MANAGEMENT] } });
  });
});

import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { Role } from '../../src/common/roles';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { startTestApp, statementCounter, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { createCode, createCorrespondence, type CodeFixture } from '../support/fixtures';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { complaintInProgress } from '../support/complaint-flow';
import { graphql } from '../graphql';
import type { RegisterComplaintInput } from '../graphql/graphql';

const SURVEY_FIELDS = graphql(`fragment SurveysSurveyFields on SatisfactionSurvey { id origin status link respondentType respondentName respondentEmail caseReference
  language expiresAt answeredAt overall comment personalDataErasedAt answers { promiseKey position score answeredOn } }`);
/** A survey as staff read it. */
type SurveyFields = ResultOf<typeof SURVEY_FIELDS>;
const RESOLVE = graphql(`mutation SurveysResolve($id: ID!, $input: ResolveComplaintInput!) {
  resolveComplaint(id: $id, input: $input) { id version satisfactionSurvey { ...SurveysSurveyFields } } }`);
const CLOSE = graphql(`mutation SurveysClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { id version } }`);
const REOPEN = graphql(`mutation SurveysReopen($id: ID!, $input: ComplaintReasonInput!) { reopenComplaint(id: $id, input: $input) { id version } }`);
const ANONYMIZE = graphql(`mutation SurveysAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { id anonymizedAt } }`);
const COMPLAINT = graphql(`query SurveysComplaint($id: ID!) { complaint(id: $id) { id satisfactionSurvey { ...SurveysSurveyFields } } }`);
const CREATE = graphql(`mutation SurveysCreate($input: CreateSatisfactionSurveysInput!) { createSatisfactionSurveys(input: $input) { ...SurveysSurveyFields } }`);
const LIST = graphql(`query SurveysList($status: SurveyStatus, $origin: SurveyOrigin) {
  satisfactionSurveys(first: 100, status: $status, origin: $origin) { totalCount edges { node { ...SurveysSurveyFields } } } }`);
const PUBLIC = graphql(`query SurveysPublic($token: String!) { satisfactionSurvey(token: $token) {
  language organizationName codeTitle title intro overallQuestion commentLabel expiresAt
  overallScale { score label } questions { promiseKey title text question scale { score label } } } }`);
const ANSWER = graphql(`mutation SurveysAnswer($token: String!, $input: AnswerSatisfactionSurveyInput!) { answerSatisfactionSurvey(token: $token, input: $input) { message } }`);
const POLICY = graphql(`query SurveysPolicy { surveyPolicy { linkValidDays minimumResponses respondentDataRetentionDays } organization { version } }`);
const UPDATE_POLICY = graphql(`mutation SurveysUpdatePolicy($input: SurveyPolicyInput!) { updateSurveyPolicy(input: $input) { linkValidDays minimumResponses respondentDataRetentionDays } }`);
const STATUS = graphql(`query SurveysCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) {
  promises { promise { key } status complaints { received } customerPerceived { responses averageScore satisfiedShare sufficient minimumResponses } } } }`);
const ANALYSIS = graphql(`query SurveysAnalysis($year: Int!) { complaintAnalysis(year: $year) { year customerSatisfaction {
  byPromise { codeKey promiseKey promiseTitle customerPerceived { responses averageScore satisfiedShare sufficient } }
  overall { responses averageScore satisfiedShare sufficient }
  responses { sent answered expired pending responseRate } } } }`);
const RETENTION = graphql(`mutation SurveysRetention($input: AnonymizeDueComplaintsInput!) { anonymizeDueComplaints(input: $input) { dryRun references erasedElsewhere } }`);

const LETTER = { channel: 'EMAIL' as const, language: 'en' };
const TOKEN_LINK = /^\/s\/([A-Za-z0-9_-]{43})$/;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const tokenOf = (link: string | null | undefined): string => {
  const match = TOKEN_LINK.exec(link ?? '');
  if (!match) throw new Error(`not a survey link: ${link}`);
  return match[1];
};

let app: TestApp;
let org: TestOrganization;
let qm: ApiClient;
let co: ApiClient;
let code: CodeFixture;

const complaint = (overrides: Partial<RegisterComplaintInput> = {}): RegisterComplaintInput => ({
  channel: 'EMAIL',
  subject: 'Called at work',
  description: 'The agency phoned my employer about my debt.',
  complainant: { name: 'Kari Nordmann', email: 'kari@example.no', type: 'DEBTOR' },
  language: 'en-GB',
  categories: ['CONDUCT'],
  promiseIds: [code.promises[0].P1.id, code.promises[0].P2.id],
  ...overrides,
});

/** Registers a complaint and takes it to RESOLVED; answers the resolution's result (with its survey). */
async function resolved(input: RegisterComplaintInput) {
  const c = await complaintInProgress(co, input, org.users.COMPLAINT_OFFICER, LETTER);
  return (await co.data(RESOLVE, { id: c.id, input: { expectedVersion: c.version, decision: 'We apologise; calls go to you only.', outcome: 'UPHELD', letter: LETTER } }))
    .resolveComplaint;
}

const respondents = (n: number, language = 'en') =>
  Array.from({ length: n }, (_, i) => ({ name: `Client ${i + 1}`, email: `client${i + 1}@example.com`, respondentType: 'CLIENT' as const, caseReference: `C-${i + 1}`, language }));

beforeAll(async () => {
  app = await startTestApp();
  org = await app.createOrganization('survey-org', { languages: ['nl', 'en', 'nb'] });
  [qm, co] = await Promise.all([Role.QUALITY_MANAGER, Role.COMPLAINT_OFFICER].map((r) => app.as(org, r)));
  code = await createCode(app.dataSource, org, [CodeVersionStatus.PUBLISHED], ['P1', 'P2', 'P3']);
  // The version is written in Dutch; P1 and the code's title also read in Norwegian.
  await app.dataSource.query(
    `INSERT INTO code_promise_translation (organization_id, promise_id, language, title, text) VALUES ($1, $2, 'nb', 'Svar innen fire dager', 'Vi svarer på hver klage innen fire arbeidsdager.')`,
    [org.id, code.promises[0].P1.id],
  );
  await app.dataSource.query(`INSERT INTO code_version_translation (organization_id, code_version_id, language, title, policy_statement) VALUES ($1, $2, 'nb', 'Kundeløfter', NULL)`, [
    org.id,
    code.versions[0].id,
  ]);
  await createCorrespondence(app.dataSource, org);
});
afterAll(() => app?.close());

describe('a survey for every resolved complaint', () => {
  it('is created when the complaint is resolved, about its promises, with a link shown once whose token is kept only hashed', async () => {
    const result = await resolved(complaint());
    const survey: SurveyFields = result.satisfactionSurvey!;
    // In the complaint's language as the organisation speaks it (en-GB: en).
    expect(survey).toMatchObject({ origin: 'COMPLAINT', status: 'PENDING', respondentType: 'DEBTOR', respondentName: 'Kari Nordmann', respondentEmail: 'kari@example.no', language: 'en' });
    expect(survey.answers.map((a) => a.promiseKey)).toEqual(['P1', 'P2']);
    const token = tokenOf(survey.link);
    // The default validity: 30 days.
    expect(Math.round((Date.parse(survey.expiresAt) - Date.now()) / 86_400_000)).toBe(30);

    // Never shown again.
    expect((await co.data(COMPLAINT, { id: result.id })).complaint?.satisfactionSurvey).toMatchObject({ id: survey.id, link: null });
    expect((await qm.data(LIST, {})).satisfactionSurveys?.edges.every((e) => e.node.link === null)).toBe(true);

    // Stored as its SHA-256, and nowhere in clear: not in the survey's row, not in the audit trail.
    const [row] = await app.dataSource.query(`SELECT token_hash, s::text AS whole FROM satisfaction_survey s WHERE id = $1`, [survey.id]);
    expect(row.token_hash).toBe(sha256(token));
    expect(row.whole).not.toContain(token);
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE changes::text LIKE $1 OR changes::text LIKE $2`, [`%${token}%`, `%${sha256(token)}%`]);
    expect(n).toBe(0);

    // The respondent reads the promises asked about (no English translation: as written).
    const asked = (await app.anonymous.data(PUBLIC, { token })).satisfactionSurvey!;
    expect(asked).toMatchObject({ language: 'en', title: 'How satisfied are you?' });
    expect(asked.questions.map((q) => [q.promiseKey, q.title, q.text])).toEqual([
      ['P1', 'P1 (version 1)', 'We keep promise P1.'],
      ['P2', 'P2 (version 1)', 'We keep promise P2.'],
    ]);
  });

  it('is not created without a contact, and only once per complaint (resolved again after a reopening)', async () => {
    const noContact = await resolved(complaint({ complainant: { name: 'Anonymous caller', type: 'DEBTOR' } }));
    expect(noContact.satisfactionSurvey).toBeNull();

    const first = await resolved(complaint());
    const closed = (await co.data(CLOSE, { id: first.id, input: { expectedVersion: first.version } })).closeComplaint;
    const reopened = (await co.data(REOPEN, { id: closed.id, input: { expectedVersion: closed.version, reason: 'New documents arrived.' } })).reopenComplaint;
    const again = (
      await co.data(RESOLVE, { id: reopened.id, input: { expectedVersion: reopened.version, decision: 'Decided again.', outcome: 'UPHELD', letter: LETTER } })
    ).resolveComplaint;
    expect(again.satisfactionSurvey?.id).toBe(first.satisfactionSurvey?.id);
    expect(again.satisfactionSurvey?.link).toBeNull();
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM satisfaction_survey WHERE complaint_id = $1`, [first.id]);
    expect(n).toBe(1);
  });
});

describe('surveys on demand', () => {
  it('creates one survey and link per respondent about the promises named, for the quality manager only', async () => {
    const created = (await qm.data(CREATE, { input: { codeId: code.code.id, promiseKeys: ['P3', 'P1'], respondents: respondents(2, 'nb') } })).createSatisfactionSurveys;
    expect(created).toHaveLength(2);
    expect(new Set(created.map((s) => tokenOf(s.link))).size).toBe(2);
    expect(created[0]).toMatchObject({ origin: 'ON_DEMAND', respondentType: 'CLIENT', caseReference: 'C-1', language: 'nb', status: 'PENDING' });
    expect(created[0].answers.map((a) => a.promiseKey)).toEqual(['P3', 'P1']);

    const asked = (await app.anonymous.data(PUBLIC, { token: tokenOf(created[0].link) })).satisfactionSurvey!;
    expect(asked).toMatchObject({ language: 'nb', title: 'Hvor fornøyd er du?', overallQuestion: 'Alt i alt, hvor fornøyd er du?', codeTitle: 'Kundeløfter' });
    expect(asked.questions.map((q) => q.question)).toEqual(['Hvor godt holdt vi dette løftet?', 'Hvor godt holdt vi dette løftet?']);
    // P1 in its Norwegian translation; P3 has none and reads as written.
    expect(asked.questions.map((q) => [q.promiseKey, q.title, q.text])).toEqual([
      ['P3', 'P3 (version 1)', 'We keep promise P3.'],
      ['P1', 'Svar innen fire dager', 'Vi svarer på hver klage innen fire arbeidsdager.'],
    ]);
    // A language the organisation does not speak: its default (nl); Norwegian nn-NO or no: Bokmål.
    const [german, norwegian] = (
      await qm.data(CREATE, { input: { codeId: code.code.id, respondents: [{ respondentType: 'DEBTOR', language: 'de' }, { respondentType: 'DEBTOR', language: 'no' }] } })
    ).createSatisfactionSurveys;
    expect([german.language, norwegian.language]).toEqual(['nl', 'nb']);
    const notATag = await qm.error(CREATE, { input: { codeId: code.code.id, respondents: [{ respondentType: 'DEBTOR' }, { respondentType: 'DEBTOR', language: 'x!' }] } });
    expect(notATag.extensions.fields).toEqual([{ field: 'input.respondents[1].language', message: 'must be a BCP 47 language tag, e.g. "nl", "en" or "nb"' }]);
    expect(asked.questions[0].scale.map((o) => o.score)).toEqual([1, 2, 3, 4, 5]);

    expect((await co.error(CREATE, { input: { codeId: code.code.id, respondents: respondents(1) } })).code).toBe('FORBIDDEN');
    const wrong = await qm.error(CREATE, { input: { codeId: code.code.id, promiseKeys: ['P1', 'P9'], respondents: respondents(1) } });
    expect(wrong.code).toBe('BAD_USER_INPUT');
    expect(wrong.extensions.fields).toEqual([{ field: 'input.promiseKeys[1]', message: 'P9 is not a promise of the version in force' }]);
    const badEmail = await qm.error(CREATE, { input: { codeId: code.code.id, respondents: [{ respondentType: 'OTHER', email: 'not an address' }] } });
    expect(badEmail.code).toBe('BAD_USER_INPUT');
  });
});

describe('answering', () => {
  const create = async (n = 1) =>
    (await qm.data(CREATE, { input: { codeId: code.code.id, promiseKeys: ['P1', 'P2', 'P3'], respondents: respondents(n) } })).createSatisfactionSurveys;
  const valid = { answers: [{ promiseKey: 'P1', score: 5 }, { promiseKey: 'P2', score: 4 }, { promiseKey: 'P3', score: 2 }], overall: 4, comment: 'Friendly, but slow.' };

  it('takes an answer once; an unknown, used or expired link answers alike', async () => {
    const [survey, expiring] = await create(2);
    const token = tokenOf(survey.link);
    expect((await app.anonymous.data(ANSWER, { token, input: valid })).answerSatisfactionSurvey.message).toBe(
      'Your answers have been received. We use them to improve our service.',
    );
    const stored = (await qm.data(LIST, { status: 'ANSWERED' })).satisfactionSurveys!.edges.map((e) => e.node).find((s) => s.id === survey.id)!;
    expect(stored).toMatchObject({ status: 'ANSWERED', overall: 4, comment: 'Friendly, but slow.' });
    expect(stored.answers.map((a) => a.score)).toEqual([5, 4, 2]);
    expect(stored.answers[0].answeredOn).toBe(DateTime.now().setZone('Europe/Amsterdam').toISODate());

    await app.dataSource.query(`UPDATE satisfaction_survey SET expires_at = now() - interval '1 minute' WHERE id = $1`, [expiring.id]);
    const tokens = { used: token, expired: tokenOf(expiring.link), unknown: 'A'.repeat(43), junk: 'not-a-token' };
    const answers = await Promise.all(Object.values(tokens).map((t) => app.anonymous.error(ANSWER, { token: t, input: valid })));
    const reads = await Promise.all(Object.values(tokens).map((t) => app.anonymous.error(PUBLIC, { token: t })));
    for (const e of [...answers, ...reads]) {
      expect(e).toEqual({
        code: 'NOT_FOUND',
        message: 'This survey link is not valid: it does not exist, was answered already or has expired',
        extensions: { code: 'NOT_FOUND', field: 'token' },
      });
    }
    const [row] = await app.dataSource.query(`SELECT overall, answered_at FROM satisfaction_survey WHERE id = $1`, [expiring.id]);
    expect(row).toEqual({ overall: null, answered_at: null });
  });

  it('names every field at fault and stores nothing, then takes the corrected answer', async () => {
    const [survey] = await create();
    const token = tokenOf(survey.link);
    const wrong = await app.anonymous.error(ANSWER, {
      token,
      input: { answers: [{ promiseKey: 'P1', score: 5 }, { promiseKey: 'P1', score: 3 }, { promiseKey: 'P3', score: 7 }, { promiseKey: 'P8', score: 1 }], overall: 0, comment: 'x'.repeat(2001) },
    });
    expect(wrong.code).toBe('BAD_USER_INPUT');
    expect(wrong.extensions.fields).toEqual([
      { field: 'input.answers[1].promiseKey', message: 'P1 is answered twice' },
      { field: 'input.answers[2].score', message: 'must be a whole number from 1 to 5' },
      { field: 'input.answers[3].promiseKey', message: 'P8 is not asked about in this survey' },
      { field: 'input.answers', message: 'an answer is missing for P2' },
      { field: 'input.overall', message: 'must be a whole number from 1 to 5' },
      { field: 'input.comment', message: 'must be at most 2000 characters' },
    ]);
    const [row] = await app.dataSource.query(
      `SELECT s.answered_at, s.overall, s.comment, s.version, count(a.score)::int AS scored FROM satisfaction_survey s JOIN satisfaction_survey_answer a ON a.survey_id = s.id
       WHERE s.id = $1 GROUP BY s.id`,
      [survey.id],
    );
    expect(row).toEqual({ answered_at: null, overall: null, comment: null, version: 1, scored: 0 });
    await app.anonymous.data(ANSWER, { token, input: valid });
  });
});

describe('customer-perceived figures', () => {
  let figures: { org: TestOrganization; qm: ApiClient; code: CodeFixture };

  /** Creates surveys about `keys` and answers them: scores per promise and the overall score, one entry per respondent. */
  async function answered(client: ApiClient, codeId: string, keys: string[], rows: { scores: number[]; overall: number }[]) {
    const surveys = (await client.data(CREATE, { input: { codeId, promiseKeys: keys, respondents: respondents(rows.length) } })).createSatisfactionSurveys;
    for (const [i, survey] of surveys.entries()) {
      const input = { answers: keys.map((promiseKey, k) => ({ promiseKey, score: rows[i].scores[k] })), overall: rows[i].overall };
      await app.anonymous.data(ANSWER, { token: tokenOf(survey.link), input });
    }
    return surveys;
  }

  beforeAll(async () => {
    const other = await app.createOrganization('survey-figures');
    figures = { org: other, qm: await app.as(other, Role.QUALITY_MANAGER), code: await createCode(app.dataSource, other, [CodeVersionStatus.SUPERSEDED, CodeVersionStatus.PUBLISHED], ['P1', 'P2']) };
    const codeId = figures.code.code.id;
    // P1: ten answers (the minimum sample), 5 5 4 4 4 3 2 5 4 1: average 3.7, seven of ten scored 4 or 5.
    const p1 = [5, 5, 4, 4, 4, 3, 2, 5, 4, 1];
    // P2: asked in the first three surveys only: 5 4 2 (three answers, below the minimum).
    await answered(figures.qm, codeId, ['P1', 'P2'], [0, 1, 2].map((i) => ({ scores: [p1[i], [5, 4, 2][i]], overall: 5 })));
    await answered(figures.qm, codeId, ['P1'], p1.slice(3).map((s, i) => ({ scores: [s], overall: [4, 3, 2, 4, 1, 5, 4][i] })));
    // Two more sent and never answered: one still pending, one expired.
    const [, expired] = (await figures.qm.data(CREATE, { input: { codeId, respondents: respondents(2) } })).createSatisfactionSurveys;
    await app.dataSource.query(`UPDATE satisfaction_survey SET expires_at = now() - interval '1 day' WHERE id = $1`, [expired.id]);
    // An answer names the lineage (code and key), not one version's row: the figures are P1's and P2's whatever version is in force.
  });

  it('shows per promise the responses and, from the minimum sample on, the average and satisfied share (codeStatus)', async () => {
    const status = (await figures.qm.data(STATUS, { codeId: figures.code.code.id })).codeStatus!;
    const byKey = Object.fromEntries(status.promises.map((p) => [p.promise.key, p.customerPerceived]));
    expect(byKey.P1).toEqual({ responses: 10, averageScore: 3.7, satisfiedShare: 0.7, sufficient: true, minimumResponses: 10 });
    expect(byKey.P2).toEqual({ responses: 3, averageScore: null, satisfiedShare: null, sufficient: false, minimumResponses: 10 });

    // The quality manager lowers the minimum sample: P2's three answers are shown.
    const organization = (await figures.qm.data(POLICY, {})).organization!;
    await figures.qm.data(UPDATE_POLICY, { input: { expectedVersion: organization.version, minimumResponses: 3 } });
    const lowered = (await figures.qm.data(STATUS, { codeId: figures.code.code.id })).codeStatus!;
    expect(lowered.promises.find((p) => p.promise.key === 'P2')?.customerPerceived).toEqual({
      responses: 3,
      averageScore: 3.67,
      satisfiedShare: 2 / 3,
      sufficient: true,
      minimumResponses: 3,
    });
    const wrong = await figures.qm.error(UPDATE_POLICY, { input: { expectedVersion: organization.version + 1, minimumResponses: 0, linkValidDays: 400 } });
    expect(wrong.extensions.fields).toEqual([
      { field: 'input.linkValidDays', message: 'must be a whole number from 1 to 365' },
      { field: 'input.minimumResponses', message: 'must be a whole number from 1 to 1000' },
    ]);
    const current = (await figures.qm.data(POLICY, {})).organization!.version;
    await figures.qm.data(UPDATE_POLICY, { input: { expectedVersion: current, minimumResponses: 10 } });
  });

  it('reads codeStatus with the survey figures in 3 statements (a kept answer in 1)', async () => {
    const statements = statementCounter(app.dataSource);
    // A survey answer changes the organisation's stamp: the next codeStatus is computed.
    await app.dataSource.query(`UPDATE satisfaction_survey_answer SET score = score WHERE organization_id = (SELECT organization_id FROM code WHERE id = $1)`, [figures.code.code.id]);
    statements.reset();
    await figures.qm.data(STATUS, { codeId: figures.code.code.id });
    expect(statements.count).toBe(3);
    expect(statements.statements.filter((s) => s.includes('satisfaction_survey_answer'))).toHaveLength(1);
    statements.reset();
    await figures.qm.data(STATUS, { codeId: figures.code.code.id });
    expect(statements.count).toBe(1);
  });

  it('reports the year per promise, overall and the response rates (complaintAnalysis)', async () => {
    const year = DateTime.now().setZone('Europe/Amsterdam').year;
    const analysis = (await figures.qm.data(ANALYSIS, { year })).complaintAnalysis!;
    expect(analysis.customerSatisfaction).toEqual({
      byPromise: [
        { codeKey: figures.code.code.key, promiseKey: 'P1', promiseTitle: 'P1 (version 2)', customerPerceived: { responses: 10, averageScore: 3.7, satisfiedShare: 0.7, sufficient: true } },
        { codeKey: figures.code.code.key, promiseKey: 'P2', promiseTitle: 'P2 (version 2)', customerPerceived: { responses: 3, averageScore: null, satisfiedShare: null, sufficient: false } },
      ],
      // Overall: 5 5 5 4 3 2 4 1 5 4: average 3.8, seven satisfied.
      overall: { responses: 10, averageScore: 3.8, satisfiedShare: 0.7, sufficient: true },
      responses: { sent: 12, answered: 10, expired: 1, pending: 1, responseRate: 10 / 12 },
    });
    // The spreadsheet download carries the same figures (the previous year's cells empty).
    const csv = await (await fetch(`${app.url}/reports/complaint-analysis/${year}.csv`, { headers: { authorization: `Bearer ${figures.qm.token}` } })).text();
    const lines = csv.split('\r\n');
    expect(lines).toContain(`customerPerceived,${figures.code.code.key}/P1,P1 (version 2),averageScore,3.7,`);
    expect(lines).toContain(`customerPerceived,${figures.code.code.key}/P2,P2 (version 2),sufficient,false,`);
    expect(lines).toContain('customerSatisfaction,,,averageScore,3.8,');
    expect(lines).toContain(`surveyResponses,,,responseRate,${10 / 12},`);
  });
});

describe('personal data', () => {
  it("erases the respondent's data with the complaint's anonymisation; the scores stay", async () => {
    const result = await resolved(complaint());
    const token = tokenOf(result.satisfactionSurvey?.link);
    await app.anonymous.data(ANSWER, { token, input: { answers: [{ promiseKey: 'P1', score: 2 }, { promiseKey: 'P2', score: 3 }], overall: 2, comment: 'Ring me on 0612345678.' } });
    const closed = (await co.data(CLOSE, { id: result.id, input: { expectedVersion: result.version } })).closeComplaint;
    await co.data(ANONYMIZE, { id: closed.id, expectedVersion: closed.version });
    const survey = (await co.data(COMPLAINT, { id: result.id })).complaint?.satisfactionSurvey;
    expect(survey).toMatchObject({ respondentName: null, respondentEmail: null, caseReference: null, comment: null, overall: 2, personalDataErasedAt: expect.any(String) });
    expect(survey?.answers.map((a) => a.score)).toEqual([2, 3]);
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM satisfaction_survey s WHERE s::text LIKE '%0612345678%' OR s::text LIKE '%kari@example.no%' AND s.id = $1`, [survey?.id]);
    expect(n).toBe(0);
  });

  it("erases on-demand respondents' data in the retention run once the survey ended longer ago than the policy keeps it", async () => {
    const [old, recent] = (await qm.data(CREATE, { input: { codeId: code.code.id, promiseKeys: ['P1'], respondents: respondents(2) } })).createSatisfactionSurveys;
    await app.anonymous.data(ANSWER, { token: tokenOf(old.link), input: { answers: [{ promiseKey: 'P1', score: 4 }], overall: 4, comment: 'My case C-1 went well.' } });
    // Answered 91 days ago: past the default 90 days. The other expired yesterday: kept.
    await app.dataSource.query(`UPDATE satisfaction_survey SET answered_at = now() - interval '91 days' WHERE id = $1`, [old.id]);
    await app.dataSource.query(`UPDATE satisfaction_survey SET expires_at = now() - interval '1 day' WHERE id = $1`, [recent.id]);

    const dry = (await qm.data(RETENTION, { input: { dryRun: true } })).anonymizeDueComplaints;
    expect(dry).toMatchObject({ dryRun: true, erasedElsewhere: 1 });
    const run = (await qm.data(RETENTION, { input: { dryRun: false } })).anonymizeDueComplaints;
    expect(run.erasedElsewhere).toBe(1);
    expect((await qm.data(RETENTION, { input: { dryRun: false } })).anonymizeDueComplaints.erasedElsewhere).toBe(0);

    const rows = await app.dataSource.query(
      `SELECT id, respondent_name, respondent_email, case_reference, comment, overall, personal_data_erased_at IS NOT NULL AS erased FROM satisfaction_survey WHERE id = ANY($1)`,
      [[old.id, recent.id]],
    );
    expect(rows.find((r: { id: string }) => r.id === old.id)).toMatchObject({ respondent_name: null, respondent_email: null, case_reference: null, comment: null, overall: 4, erased: true });
    expect(rows.find((r: { id: string }) => r.id === recent.id)).toMatchObject({ respondent_name: 'Client 2', erased: false });
    const [{ score }] = await app.dataSource.query(`SELECT score FROM satisfaction_survey_answer WHERE survey_id = $1`, [old.id]);
    expect(score).toBe(4);
  });
});

import { createHash } from 'node:crypto';
import pino from 'pino';
import { Registry } from 'prom-client';
import { Role } from '../../src/common/roles';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { INVITATION_JOB } from '../../src/modules/survey';
import { invitationJob } from '../../src/modules/survey/survey-invitation';
import { startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { createCode, createCorrespondence, type CodeFixture } from '../support/fixtures';
import { eventually, readMail, startSmtpServer, type ReceivedMail } from '../support/receivers';
import { complaintInProgress } from '../support/complaint-flow';
import { graphql } from '../graphql';
import type { RegisterComplaintInput } from '../graphql/graphql';

graphql(`fragment InvitationsSurveyFields on SatisfactionSurvey { id link language respondentEmail expiresAt invitedAt status }`);
const RESOLVE = graphql(`mutation InvitationsResolve($id: ID!, $input: ResolveComplaintInput!) {
  resolveComplaint(id: $id, input: $input) { id version satisfactionSurvey { ...InvitationsSurveyFields } } }`);
const CLOSE = graphql(`mutation InvitationsClose($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { id version } }`);
const ANONYMIZE = graphql(`mutation InvitationsAnonymize($id: ID!, $expectedVersion: Int!) { anonymizeComplaint(id: $id, expectedVersion: $expectedVersion) { id anonymizedAt } }`);
const CREATE = graphql(`mutation InvitationsCreate($input: CreateSatisfactionSurveysInput!) { createSatisfactionSurveys(input: $input) { ...InvitationsSurveyFields } }`);
const SURVEYS = graphql(`query InvitationsSurveys { satisfactionSurveys(first: 100) { edges { node { ...InvitationsSurveyFields } } } }`);
const PUBLIC = graphql(`query InvitationsPublic($token: String!) { satisfactionSurvey(token: $token) { language organizationName codeTitle title questions { promiseKey title } } }`);
const ANSWER = graphql(`mutation InvitationsAnswer($token: String!, $input: AnswerSatisfactionSurveyInput!) { answerSatisfactionSurvey(token: $token, input: $input) { message } }`);

const BASE_URL = 'https://klager.example.test';
const LETTER = { channel: 'EMAIL' as const, language: 'en' };
const LINK = new RegExp(`${BASE_URL.replace(/\./g, '\\.')}/s/([A-Za-z0-9_-]{43})`);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const tokenOf = (text: string | null | undefined): string => {
  const match = LINK.exec(text ?? '');
  if (!match) throw new Error(`no survey link in: ${text}`);
  return match[1];
};

/** Recipients the SMTP server refuses for now (a temporary failure). */
const refused = new Set<string>();
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let app: TestApp;
let org: TestOrganization;
let qm: ApiClient;
let co: ApiClient;
let code: CodeFixture;

beforeAll(async () => {
  smtp = await startSmtpServer({ refuse: (recipient) => refused.has(recipient) });
  app = await startTestApp({
    JOBS_ENABLED: 'true',
    JOBS_POLL_INTERVAL_MS: '500',
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Kundeservice <noreply@example.test>',
    PUBLIC_BASE_URL: BASE_URL,
  });
  org = await app.createOrganization('invite-org', { name: 'Nordisk Inkasso AS', languages: ['nl', 'en', 'nb'] });
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
afterAll(async () => {
  await app?.close();
  await smtp?.close();
});

const complaint = (overrides: Partial<RegisterComplaintInput> = {}): RegisterComplaintInput => ({
  channel: 'EMAIL',
  subject: 'Ringt på jobben',
  description: 'Byrået ringte arbeidsgiveren min om gjelden.',
  complainant: { name: 'Kari Nordmann', email: 'kari@example.no', type: 'DEBTOR' },
  language: 'nb',
  categories: ['CONDUCT'],
  promiseIds: [code.promises[0].P1.id, code.promises[0].P2.id],
  ...overrides,
});

/** Registers a complaint and takes it to RESOLVED; answers the resolution's result (with its survey). */
async function resolved(input: RegisterComplaintInput) {
  const c = await complaintInProgress(co, input, org.users.COMPLAINT_OFFICER, LETTER);
  return (await co.data(RESOLVE, { id: c.id, input: { expectedVersion: c.version, decision: 'Vi beklager; vi ringer bare deg.', outcome: 'UPHELD', letter: LETTER } }))
    .resolveComplaint;
}

const mailsTo = (address: string): ReceivedMail[] => smtp.mails.filter((m) => m.to.includes(address));

/** The one mail to `address`, once it came and the survey records it as sent. */
async function invitationTo(address: string, surveyId: string): Promise<ReceivedMail> {
  await eventually(`the invitation to ${address}`, async () => mailsTo(address).length > 0 && (await row(surveyId)).invited_at !== null);
  expect(mailsTo(address)).toHaveLength(1);
  return mailsTo(address)[0];
}

const row = async (surveyId: string): Promise<{ token_hash: string; invitation_token_hash: string | null; invited_at: Date | null }> =>
  (await app.dataSource.query(`SELECT token_hash, invitation_token_hash, invited_at FROM satisfaction_survey WHERE id = $1`, [surveyId]))[0];

/** The invitation jobs queued for these surveys: their data as queued. */
const queued = async (surveyIds: string[]): Promise<Record<string, unknown>[]> =>
  (await app.dataSource.query(`SELECT data FROM ${app.config.jobs.schema}.job WHERE name = $1 AND data->>'surveyId' = ANY($2)`, [INVITATION_JOB, surveyIds])).map(
    (r: { data: Record<string, unknown> }) => r.data,
  );

const surveyAsStaff = async (id: string) => (await qm.data(SURVEYS)).satisfactionSurveys!.edges.map((e) => e.node).find((s) => s.id === id)!;

/** The invitation job's handler run as the runner runs it (its retry, without waiting for the backoff). */
const runHandler = (surveyId: string) =>
  invitationJob.handler(
    { id: 'direct', name: INVITATION_JOB, data: { surveyId }, retryCount: 1, retryLimit: 5 },
    { dataSource: app.dataSource, log: pino({ level: 'silent' }), config: app.config, queue: app.service.jobs!.queue, metrics: new Registry() },
  );

const NOT_FOUND = { code: 'NOT_FOUND', message: 'This survey link is not valid: it does not exist, was answered already or has expired', extensions: { code: 'NOT_FOUND', field: 'token' } };

describe('survey links by e-mail', () => {
  it("mails a resolved complaint's complainant a link of their own in the complaint's language; either link answers the survey, once", async () => {
    const result = await resolved(complaint());
    const survey = result.satisfactionSurvey!;
    expect(survey).toMatchObject({ language: 'nb', invitedAt: null });
    const shown = tokenOf(survey.link);
    // The job carries the survey's id, never a token.
    expect(await queued([survey.id])).toEqual([{ surveyId: survey.id }]);

    const mail = await invitationTo('kari@example.no', survey.id);
    expect(mail.from).toBe('noreply@example.test');
    expect(mail.raw).toMatch(/Content-Type: text\/plain/);
    expect(mail.raw).toMatch(/Content-Type: text\/html/);
    const { subject, text, html } = readMail(mail);
    expect(subject).toBe('Hvor fornøyd er du med Nordisk Inkasso AS?');
    // Until the link's expiry, in the organisation's time zone.
    const until = new Intl.DateTimeFormat('nb', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(survey.expiresAt));
    expect(text).toContain('Hei Kari Nordmann,');
    expect(text).toContain('Nordisk Inkasso AS har gitt løfter i de etiske retningslinjene «Kundeløfter».');
    // The promises as the survey page shows them: P1 in its Norwegian translation, P2 as written.
    expect(text).toContain('Vi spør om disse løftene:\n- Svar innen fire dager\n- P2 (version 1)\n');
    expect(text).toContain(`Lenken er personlig, virker én gang og gjelder til ${until}.`);
    expect(until).toMatch(/^\d{1,2}\. \S+ \d{4} kl\. \d{2}:\d{2}$/);
    const mailed = tokenOf(text);
    expect(html).toContain(`<a href="${BASE_URL}/s/${mailed}">`);
    expect(html).toContain('<li>Svar innen fire dager</li>');
    // A link of its own: both kept only as hashes.
    expect(mailed).not.toBe(shown);
    const stored = await row(survey.id);
    expect(stored).toMatchObject({ token_hash: sha256(shown), invitation_token_hash: sha256(mailed) });
    expect((await surveyAsStaff(survey.id)).invitedAt).toBe(stored.invited_at!.toISOString());

    // The mailed link opens the survey in Norwegian and takes the answer.
    const asked = (await app.anonymous.data(PUBLIC, { token: mailed })).satisfactionSurvey!;
    expect(asked).toMatchObject({ language: 'nb', organizationName: 'Nordisk Inkasso AS', codeTitle: 'Kundeløfter', title: 'Hvor fornøyd er du?' });
    expect(asked.questions.map((q) => q.title)).toEqual(['Svar innen fire dager', 'P2 (version 1)']);
    const input = { answers: [{ promiseKey: 'P1', score: 4 }, { promiseKey: 'P2', score: 5 }], overall: 4 };
    expect((await app.anonymous.data(ANSWER, { token: mailed, input })).answerSatisfactionSurvey.message).toBe(
      'Svarene dine er mottatt. Vi bruker dem til å forbedre tjenesten vår.',
    );
    // Answered once: neither link works any more.
    for (const token of [mailed, shown]) {
      expect(await app.anonymous.error(PUBLIC, { token })).toEqual(NOT_FOUND);
      expect(await app.anonymous.error(ANSWER, { token, input })).toEqual(NOT_FOUND);
    }
    expect((await surveyAsStaff(survey.id)).status).toBe('ANSWERED');
  });

  it('mails on-demand respondents who gave an e-mail address, in their language; the shown link still works', async () => {
    const respondents = [
      { name: 'Client 1', email: 'client1@example.com', respondentType: 'CLIENT' as const, language: 'en' },
      { name: 'Client 2', respondentType: 'CLIENT' as const, language: 'nl' },
    ];
    const [withEmail, without] = (await qm.data(CREATE, { input: { codeId: code.code.id, promiseKeys: ['P3', 'P1'], respondents } })).createSatisfactionSurveys;
    const { subject, text } = readMail(await invitationTo('client1@example.com', withEmail.id));
    expect(subject).toBe('How satisfied are you with Nordisk Inkasso AS?');
    expect(text).toContain('Dear Client 1,');
    expect(text).toContain('We ask about these promises:\n- P3 (version 1)\n- P1 (version 1)\n');
    expect(text).toContain('Kind regards,\nNordisk Inkasso AS');
    expect((await app.anonymous.data(PUBLIC, { token: tokenOf(text) })).satisfactionSurvey).toMatchObject({ language: 'en', title: 'How satisfied are you?' });
    expect((await app.anonymous.data(PUBLIC, { token: tokenOf(withEmail.link) })).satisfactionSurvey).toMatchObject({ language: 'en' });

    // No address, no job and no mail.
    expect(await queued([without.id])).toEqual([]);
    expect(await surveyAsStaff(without.id)).toMatchObject({ respondentEmail: null, invitedAt: null });
  });

  it('mails nothing to a complainant who left only a phone number', async () => {
    const result = await resolved(complaint({ complainant: { name: 'Ola Nordmann', phone: '+47 912 34 567', type: 'DEBTOR' } }));
    const survey = result.satisfactionSurvey!;
    expect(survey).toMatchObject({ respondentEmail: null, invitedAt: null });
    expect(await queued([survey.id])).toEqual([]);
    expect(await row(survey.id)).toMatchObject({ invitation_token_hash: null, invited_at: null });
  });

  it('sends one mail when the job runs twice', async () => {
    const [survey] = (await qm.data(CREATE, { input: { codeId: code.code.id, respondents: [{ email: 'twice@example.com', respondentType: 'OTHER', language: 'en' }] } }))
      .createSatisfactionSurveys;
    const mailed = tokenOf(readMail(await invitationTo('twice@example.com', survey.id)).text);
    const first = await row(survey.id);

    // The same job again, through the runner.
    const runner = app.service.jobs!;
    const id = await runner.queue.send(INVITATION_JOB, { surveyId: survey.id });
    const output = await eventually('the second run', async () => {
      const job = await runner.boss.getJobById(INVITATION_JOB, id!);
      if (job?.state === 'failed') throw new Error(`the job failed: ${JSON.stringify(job.output)}`);
      return job?.state === 'completed' ? job.output : undefined;
    });
    expect(output).toEqual({ sent: false });
    expect(mailsTo('twice@example.com')).toHaveLength(1);
    expect(await row(survey.id)).toEqual(first);
    expect((await app.anonymous.data(PUBLIC, { token: mailed })).satisfactionSurvey?.language).toBe('en');
  });

  it("retries a failed send with a new link; the failed attempt's link never works", async () => {
    refused.add('busy@example.com');
    const [survey] = (await qm.data(CREATE, { input: { codeId: code.code.id, respondents: [{ email: 'busy@example.com', respondentType: 'CLIENT', language: 'nl' }] } }))
      .createSatisfactionSurveys;
    // The first attempt fails: the job waits for its retry, the link it stored was never delivered.
    await eventually('the first attempt failed', async () => {
      const [job] = await app.dataSource.query(`SELECT state FROM ${app.config.jobs.schema}.job WHERE name = $1 AND data->>'surveyId' = $2`, [INVITATION_JOB, survey.id]);
      return job?.state === 'retry';
    });
    const failed = await row(survey.id);
    expect(failed.invitation_token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(failed.invited_at).toBeNull();
    expect(mailsTo('busy@example.com')).toHaveLength(0);

    refused.delete('busy@example.com');
    expect(await runHandler(survey.id)).toEqual({ sent: true });
    const { subject, text } = readMail(mailsTo('busy@example.com')[0]);
    expect(subject).toBe('Hoe tevreden bent u over Nordisk Inkasso AS?');
    expect(text).toContain('Geachte heer, mevrouw,');
    const mailed = tokenOf(text);
    const sent = await row(survey.id);
    expect(sent.invitation_token_hash).toBe(sha256(mailed));
    expect(sent.invitation_token_hash).not.toBe(failed.invitation_token_hash);
    expect(sent.invited_at).not.toBeNull();
    expect((await app.anonymous.data(PUBLIC, { token: mailed })).satisfactionSurvey?.language).toBe('nl');
  });

  it("sends nothing for a queued invitation once the respondent's data was erased", async () => {
    refused.add('erased@example.no');
    const result = await resolved(complaint({ complainant: { name: 'Per Hansen', email: 'erased@example.no', type: 'DEBTOR' } }));
    const survey = result.satisfactionSurvey!;
    await eventually('the first attempt failed', async () => {
      const [job] = await app.dataSource.query(`SELECT state FROM ${app.config.jobs.schema}.job WHERE name = $1 AND data->>'surveyId' = $2`, [INVITATION_JOB, survey.id]);
      return job?.state === 'retry';
    });
    // The complaint is closed and anonymised before the retry: its survey loses the address.
    const closed = (await co.data(CLOSE, { id: result.id, input: { expectedVersion: result.version } })).closeComplaint;
    await co.data(ANONYMIZE, { id: closed.id, expectedVersion: closed.version });
    refused.delete('erased@example.no');

    expect(await runHandler(survey.id)).toEqual({ sent: false });
    expect(mailsTo('erased@example.no')).toHaveLength(0);
    expect(await surveyAsStaff(survey.id)).toMatchObject({ respondentEmail: null, invitedAt: null });
  });
});

describe('with e-mail off (no SMTP_URL)', () => {
  let quiet: TestApp;
  beforeAll(async () => {
    // Jobs are queued (the runner is on) but not worked, so whatever was queued stays to be seen.
    quiet = await startTestApp({ JOBS_ENABLED: 'true', JOBS_WORK: 'false', PUBLIC_BASE_URL: BASE_URL });
  });
  afterAll(() => quiet?.close());

  it('queues no invitation', async () => {
    const other = await quiet.createOrganization('invite-quiet');
    const otherCode = await createCode(quiet.dataSource, other, [CodeVersionStatus.PUBLISHED], ['P1']);
    const manager = await quiet.as(other, Role.QUALITY_MANAGER);
    const [survey] = (await manager.data(CREATE, { input: { codeId: otherCode.code.id, respondents: [{ email: 'quiet@example.com', respondentType: 'CLIENT' }] } }))
      .createSatisfactionSurveys;
    expect(survey).toMatchObject({ respondentEmail: 'quiet@example.com', invitedAt: null });
    expect(tokenOf(survey.link)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [{ n }] = await quiet.dataSource.query(`SELECT count(*)::int AS n FROM ${quiet.config.jobs.schema}.job WHERE name = $1`, [INVITATION_JOB]);
    expect(n).toBe(0);
  });
});

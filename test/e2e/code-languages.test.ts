import pino from 'pino';
import { Role } from '../../src/common/roles';
import { Complaint } from '../../src/modules/complaint/complaint.entity';
import { seedAll } from '../../seeds';
import { DEMO_ORG } from '../../seeds/demo-ids';
import { DEMO_CODE_KEY, DEMO_PROMISES } from '../../seeds/demo-code';
import { DEMO_CODE_TRANSLATIONS } from '../../seeds/demo-languages';
import { startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { APPROVE, CREATE_DRAFT, draftCode, PUBLISH, revisionOf, SUBMIT, UPDATE_PROMISE, addPromises } from '../support/codes';
import { graphql } from '../graphql';

const ORGANIZATION = graphql(`query LanguagesOrganization { organization { languages version } }`);
const UPDATE_ORGANIZATION = graphql(`mutation LanguagesUpdateOrganization($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { languages version } }`);
const TRANSLATE = graphql(`mutation LanguagesTranslate($id: ID!, $input: TranslateCodeVersionInput!) {
  translateCodeVersion(id: $id, input: $input) { id revision language missingLanguages translations { language title policyStatement promises { key title text } } } }`);
const VERSION = graphql(`query LanguagesVersion($id: ID!) {
  codeVersion(id: $id) { id revision status language missingLanguages staleLanguages translations { language title policyStatement promises { key title text } } } }`);
const PUBLISHED_CODE = graphql(`query LanguagesPublishedCode($slug: String!, $key: String!, $language: String) {
  publishedCode(organizationSlug: $slug, codeKey: $key, language: $language) {
    key title language availableLanguages currentVersion { version policyStatement promises { key title text } } } }`);
const PUBLISHED_CODES = graphql(`query LanguagesPublishedCodes($slug: String!, $language: String) {
  publishedCodes(organizationSlug: $slug, language: $language) { key title language availableLanguages } }`);
const SUBMIT_COMPLAINT = graphql(`mutation LanguagesSubmitComplaint($slug: String!, $input: SubmitComplaintInput!) { submitComplaint(organizationSlug: $slug, input: $input) { reference } }`);
const REGISTER = graphql(`mutation LanguagesRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version language } }`);
const UPDATE_COMPLAINT = graphql(`mutation LanguagesUpdateComplaint($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { id version language } }`);
const COMPLAINT = graphql(`query LanguagesComplaint($id: ID!) { complaint(id: $id) { id version language letters { kind language subject body } } }`);
const CREATE_TEMPLATE = graphql(`mutation LanguagesCreateTemplate($input: CreateLetterTemplateInput!) { createLetterTemplate(input: $input) { id language } }`);
const ACKNOWLEDGE = graphql(`mutation LanguagesAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) {
  acknowledgeComplaint(id: $id, input: $input) { id status letters { kind language subject body } } }`);

const NL_TITLE = 'Onze beloften aan u';
const NL_POLICY = 'Wij behandelen iedere klant-debiteur met respect.';
const EN = {
  language: 'en',
  title: 'Our promises to you',
  policyStatement: 'We treat every debtor with respect.',
  promises: [
    { key: 'P1', title: 'Quick confirmation', text: 'We confirm your complaint within 4 working days.' },
    { key: 'P2', title: 'A plan you can keep to', text: 'We offer a payment plan you can keep to.' },
  ],
};
const NB = {
  language: 'nb',
  title: 'Våre løfter til deg',
  policyStatement: 'Vi behandler alle skyldnere med respekt.',
  promises: [
    { key: 'P1', title: 'Rask bekreftelse', text: 'Vi bekrefter klagen din innen 4 virkedager.' },
    { key: 'P2', title: 'En avtale du kan overholde', text: 'Vi tilbyr en betalingsavtale du kan overholde.' },
  ],
};

let app: TestApp;
let org: TestOrganization;
let qm: ApiClient;
let top: ApiClient;
let co: ApiClient;
let codeId: string;
let versionId: string;
let promiseIds: Record<string, string>;

const publicCode = (language?: string | null, headers: Record<string, string> = {}) =>
  app.anonymous.request(PUBLISHED_CODE, { slug: org.slug, key: 'klantbeloften', language }, headers);

beforeAll(async () => {
  app = await startTestApp();
  org = await app.createOrganization('taalbureau', { name: 'Incassobureau Taal B.V.' });
  [qm, top, co] = await Promise.all([Role.QUALITY_MANAGER, Role.TOP_MANAGEMENT, Role.COMPLAINT_OFFICER].map((r) => app.as(org, r)));
  const code = await draftCode(
    qm,
    'klantbeloften',
    [
      { key: 'P1', title: 'Snelle bevestiging', text: 'Wij bevestigen uw klacht binnen 4 werkdagen.' },
      { key: 'P2', title: 'Haalbare regeling', text: 'Wij bieden een betalingsregeling die u kunt nakomen.' },
    ],
    { title: NL_TITLE, policyStatement: NL_POLICY },
  );
  codeId = code.codeId;
  versionId = code.versionId;
  promiseIds = code.promises;
});
afterAll(() => app.close());

describe('organisation languages', () => {
  it('start with Dutch and are set by top management as canonical BCP 47 tags, the default first; bad lists are refused and change nothing', async () => {
    const before = (await top.data(ORGANIZATION)).organization!;
    expect(before.languages).toEqual(['nl']);
    for (const [languages, field] of [
      [[], 'input.languages'],
      [['nl', 'not a language'], 'input.languages.1'],
      [['nl', 'en', 'NL'], 'input.languages.2'],
    ] as const) {
      const refused = await top.error(UPDATE_ORGANIZATION, { input: { expectedVersion: before.version, languages: [...languages] } });
      expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field }] } });
    }
    expect((await qm.error(UPDATE_ORGANIZATION, { input: { expectedVersion: before.version, languages: ['nl', 'en'] } })).code).toBe('FORBIDDEN');
    expect((await top.data(ORGANIZATION)).organization).toEqual(before);
    const updated = (await top.data(UPDATE_ORGANIZATION, { input: { expectedVersion: before.version, languages: ['NL', 'en'] } })).updateOrganization;
    expect(updated.languages).toEqual(['nl', 'en']);
  });
});

describe('translating a code version', () => {
  it('shows a new draft in the default language with every other language missing', async () => {
    const version = (await qm.data(VERSION, { id: versionId })).codeVersion!;
    expect(version).toMatchObject({ status: 'DRAFT', language: 'nl', missingLanguages: ['en'], translations: [] });
  });

  it("refuses a language the organisation does not speak, the version's own, a promise it lacks, and a stale revision", async () => {
    const revision = await revisionOf(qm, versionId);
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...EN, language: 'de' }, 'BAD_USER_INPUT', 'input.language'],
      [{ ...EN, language: 'nl' }, 'BAD_USER_INPUT', 'input.language'],
      [{ ...EN, language: 'english please' }, 'BAD_USER_INPUT', 'input.language'],
      [{ ...EN, promises: [{ key: 'P9', title: 'x', text: 'y' }] }, 'BAD_USER_INPUT', 'input.promises.0.key'],
      [{ ...EN, promises: [EN.promises[0], EN.promises[0]] }, 'BAD_USER_INPUT', 'input.promises.1.key'],
      [{ ...EN, promises: [{ key: 'P1', title: 'x'.repeat(201), text: 'y' }] }, 'BAD_USER_INPUT', 'input.promises.0.title'],
    ];
    for (const [input, code, field] of cases) {
      const refused = await qm.error(TRANSLATE, { id: versionId, input: { ...input, expectedVersion: revision } as never });
      expect(refused).toMatchObject({ code, extensions: { fields: [{ field }] } });
    }
    const stale = await qm.error(TRANSLATE, { id: versionId, input: { ...EN, expectedVersion: revision - 1 } });
    expect(stale).toMatchObject({ code: 'CONFLICT', extensions: { field: 'input.expectedVersion' } });
    expect((await co.error(TRANSLATE, { id: versionId, input: { ...EN, expectedVersion: revision } })).code).toBe('FORBIDDEN');
    expect((await qm.data(VERSION, { id: versionId })).codeVersion).toMatchObject({ revision, translations: [], missingLanguages: ['en'] });
  });

  it('is written while the version is a DRAFT, under its lock; a partial translation still leaves the language missing', async () => {
    const revision = await revisionOf(qm, versionId);
    const partial = (await qm.data(TRANSLATE, { id: versionId, input: { ...EN, promises: EN.promises.slice(0, 1), expectedVersion: revision } })).translateCodeVersion;
    expect(partial.revision).toBe(revision + 1);
    expect(partial.missingLanguages).toEqual(['en']);
    const complete = (await qm.data(TRANSLATE, { id: versionId, input: { ...EN, promises: EN.promises.slice(1), expectedVersion: partial.revision } })).translateCodeVersion;
    expect(complete.missingLanguages).toEqual([]);
    expect(complete.translations).toEqual([{ language: 'en', title: EN.title, policyStatement: EN.policyStatement, promises: EN.promises }]);
  });

  it('refuses approval while a language of the organisation lacks a text, naming the languages, and allows it once translated', async () => {
    const organization = (await top.data(ORGANIZATION)).organization!;
    await top.data(UPDATE_ORGANIZATION, { input: { expectedVersion: organization.version, languages: ['nl', 'en', 'nb'] } });
    const submitted = (await qm.data(SUBMIT, { id: versionId, v: await revisionOf(qm, versionId) })).submitCodeVersion;
    const refused = await top.error(APPROVE, { id: versionId, input: { expectedVersion: submitted.revision } });
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'id' }], missingLanguages: ['nb'] } });
    expect(refused.message).toContain('nb');
    expect((await qm.data(VERSION, { id: versionId })).codeVersion).toMatchObject({ status: 'IN_REVIEW', revision: submitted.revision });

    // Not editable outside DRAFT: back to DRAFT, translated, submitted again.
    const notDraft = await qm.error(TRANSLATE, { id: versionId, input: { ...NB, expectedVersion: submitted.revision } });
    expect(notDraft).toMatchObject({ code: 'INVALID_TRANSITION', extensions: { from: 'IN_REVIEW' } });
    const returned = (await top.data(graphql(`mutation LanguagesReturn($id: ID!, $input: ReturnCodeVersionInput!) { returnCodeVersionToDraft(id: $id, input: $input) { revision } }`), {
      id: versionId,
      input: { expectedVersion: submitted.revision, comment: 'Ook in het Noors, graag.' },
    })).returnCodeVersionToDraft;
    const translated = (await qm.data(TRANSLATE, { id: versionId, input: { ...NB, expectedVersion: returned.revision } })).translateCodeVersion;
    expect(translated.missingLanguages).toEqual([]);
    expect((await qm.data(VERSION, { id: versionId })).codeVersion!.staleLanguages).toEqual([]);

    // The Dutch text of P2 changes after both translations: they are stale, and approval waits for them.
    const [{ version: p2Version }]: { version: number }[] = await app.dataSource.query(`SELECT version FROM code_promise WHERE id = $1`, [promiseIds.P2]);
    const P2_TEXT = 'Wij bieden een betalingsregeling die u kunt nakomen, en passen die aan als uw situatie verandert.';
    await qm.data(UPDATE_PROMISE, { id: promiseIds.P2, input: { expectedVersion: p2Version, text: P2_TEXT } });
    const changed = (await qm.data(VERSION, { id: versionId })).codeVersion!;
    expect({ stale: changed.staleLanguages, missing: changed.missingLanguages }).toEqual({ stale: ['en', 'nb'], missing: [] });
    const staleSubmitted = (await qm.data(SUBMIT, { id: versionId, v: changed.revision })).submitCodeVersion;
    const stale = await top.error(APPROVE, { id: versionId, input: { expectedVersion: staleSubmitted.revision } });
    expect(stale).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'id' }], staleLanguages: ['en', 'nb'] } });
    expect((await qm.data(VERSION, { id: versionId })).codeVersion).toMatchObject({ status: 'IN_REVIEW', revision: staleSubmitted.revision });
    let revision = (await top.data(graphql(`mutation LanguagesReturnStale($id: ID!, $input: ReturnCodeVersionInput!) { returnCodeVersionToDraft(id: $id, input: $input) { revision } }`), {
      id: versionId,
      input: { expectedVersion: staleSubmitted.revision, comment: 'P2 is gewijzigd: de vertalingen ook, graag.' },
    })).returnCodeVersionToDraft.revision;
    // Translating the other texts again does not make P2's translation current; translating P2 does.
    revision = (await qm.data(TRANSLATE, { id: versionId, input: { language: 'en', title: EN.title, expectedVersion: revision } })).translateCodeVersion.revision;
    expect((await qm.data(VERSION, { id: versionId })).codeVersion!.staleLanguages).toEqual(['en', 'nb']);
    for (const texts of [EN, NB]) {
      const p2 = { key: 'P2', title: texts.promises[1].title, text: `${texts.promises[1].text} (${texts.language})` };
      revision = (await qm.data(TRANSLATE, { id: versionId, input: { language: texts.language, title: texts.title, promises: [p2], expectedVersion: revision } })).translateCodeVersion.revision;
    }
    expect((await qm.data(VERSION, { id: versionId })).codeVersion!.staleLanguages).toEqual([]);
    for (const texts of [EN, NB]) {
      revision = (await qm.data(TRANSLATE, { id: versionId, input: { ...texts, expectedVersion: revision } })).translateCodeVersion.revision;
    }
    const again = (await qm.data(SUBMIT, { id: versionId, v: revision })).submitCodeVersion;
    const approved = (await top.data(APPROVE, { id: versionId, input: { expectedVersion: again.revision } })).approveCodeVersion;
    expect(approved.status).toBe('APPROVED');
    const published = (await top.data(PUBLISH, { id: versionId, input: { expectedVersion: approved.revision } })).publishCodeVersion;
    expect(published.status).toBe('PUBLISHED');
    const afterwards = await qm.error(TRANSLATE, { id: versionId, input: { ...NB, expectedVersion: published.revision } });
    expect(afterwards).toMatchObject({ code: 'INVALID_TRANSITION', extensions: { from: 'PUBLISHED' } });
  });
});

describe('the public code in its languages', () => {
  const texts = {
    nl: { title: NL_TITLE, policyStatement: NL_POLICY, promises: [{ key: 'P1', title: 'Snelle bevestiging' }, { key: 'P2', title: 'Haalbare regeling' }] },
    en: { title: EN.title, policyStatement: EN.policyStatement, promises: EN.promises.map(({ key, title }) => ({ key, title })) },
    nb: { title: NB.title, policyStatement: NB.policyStatement, promises: NB.promises.map(({ key, title }) => ({ key, title })) },
  };
  const served = async (language?: string | null, headers: Record<string, string> = {}) => {
    const { body } = await publicCode(language, headers);
    expect(body.errors).toBeUndefined();
    const code = body.data!.publishedCode!;
    expect(code.availableLanguages).toEqual(['nl', 'en', 'nb']);
    const lang = code.language as keyof typeof texts;
    expect({ title: code.title, policyStatement: code.currentVersion.policyStatement, promises: code.currentVersion.promises.map(({ key, title }) => ({ key, title })) }).toEqual(texts[lang]);
    return lang;
  };

  it('is read in each of its languages, the promise texts included', async () => {
    for (const language of ['nl', 'en', 'nb'] as const) expect(await served(language)).toBe(language);
    const { body } = await publicCode('nb');
    expect(body.data!.publishedCode!.currentVersion.promises.map((p) => p.text)).toEqual(NB.promises.map((p) => p.text));
    const list = (await app.anonymous.data(PUBLISHED_CODES, { slug: org.slug, language: 'en' })).publishedCodes;
    expect(list).toEqual([{ key: 'klantbeloften', title: EN.title, language: 'en', availableLanguages: ['nl', 'en', 'nb'] }]);
  });

  it('falls back: the primary language (nb-NO, and no as nb), then Accept-Language by q-value over HTTP, then the default', async () => {
    expect(await served('nb-NO')).toBe('nb');
    expect(await served('no')).toBe('nb');
    expect(await served('EN-gb')).toBe('en');
    // A language the code lacks: the browser's preferences decide, by q-value, not by order.
    expect(await served('de', { 'accept-language': 'de-DE, fr;q=0.9, nl;q=0.5, en;q=0.8' })).toBe('en');
    expect(await served(null, { 'accept-language': 'nb-NO,nb;q=0.9,en;q=0.8' })).toBe('nb');
    expect(await served(null, { 'accept-language': 'en;q=0, nb;q=0.1' })).toBe('nb');
    expect(await served(null, { 'accept-language': 'fr, *;q=0.5' })).toBe('nl');
    expect(await served('fr')).toBe('nl');
    expect(await served()).toBe('nl');
  });

  it('refuses an invalid language naming it, and answers unknown organisations and codes exactly as before', async () => {
    const invalid = await app.anonymous.error(PUBLISHED_CODE, { slug: org.slug, key: 'klantbeloften', language: 'not a tag!' });
    expect(invalid).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'language' }] } });
    const answers = async (language?: string) => [
      await app.anonymous.error(PUBLISHED_CODE, { slug: 'no-such-org', key: 'klantbeloften', language }),
      await app.anonymous.error(PUBLISHED_CODE, { slug: org.slug, key: 'interne-code', language }),
    ];
    const [unknownOrg, unknownCode] = await answers();
    expect(unknownOrg).toMatchObject({ code: 'NOT_FOUND', extensions: { field: 'organizationSlug' } });
    expect(unknownCode).toMatchObject({ code: 'NOT_FOUND', extensions: { field: 'codeKey' } });
    expect(await answers('en')).toEqual([unknownOrg, unknownCode]);
  });

  it('keeps the code in force readable when the organisation adds a language, until the next version is translated; the draft carries the translations', async () => {
    const organization = (await top.data(ORGANIZATION)).organization!;
    await top.data(UPDATE_ORGANIZATION, { input: { expectedVersion: organization.version, languages: ['nl', 'en', 'nb', 'de'] } });
    expect(await served('de')).toBe('nl');
    expect(await served('de', { 'accept-language': 'de, en;q=0.7' })).toBe('en');

    const draft = (await qm.data(CREATE_DRAFT, { codeId })).createCodeDraft;
    const copied = (await qm.data(VERSION, { id: draft.id })).codeVersion!;
    expect(copied).toMatchObject({ language: 'nl', missingLanguages: ['de'] });
    expect(copied.translations.map((t) => [t.language, t.title, t.promises.map((p) => p.key)])).toEqual([
      ['en', EN.title, ['P1', 'P2']],
      ['nb', NB.title, ['P1', 'P2']],
    ]);
    // A promise added to the draft is missing in every other language until translated.
    await addPromises(qm, draft.id, [{ key: 'P3', title: 'Duidelijke brieven', text: 'Onze brieven zijn in begrijpelijk Nederlands.' }]);
    expect((await qm.data(VERSION, { id: draft.id })).codeVersion!.missingLanguages).toEqual(['en', 'nb', 'de']);
    // The version in force does not change with its draft.
    const p1 = draft.promises.find((p) => p.key === 'P1')!;
    await qm.data(UPDATE_PROMISE, { id: p1.id, input: { expectedVersion: p1.version, title: 'CONCEPT' } });
    expect(await served('nl')).toBe('nl');
  });
});

describe('the complainant’s language', () => {
  const complainant = { name: 'Sarah Thompson', email: 'sarah@example.co.uk' };
  const byReference = async (reference: string) => (await app.dataSource.getRepository(Complaint).findOneByOrFail({ organizationId: org.id, reference })).id;
  const submit = async (language: string | undefined, headers: Record<string, string>) => {
    const { body } = await app.anonymous.request(
      SUBMIT_COMPLAINT,
      { slug: org.slug, input: { subject: 'Costs charged twice', description: 'The collection costs appear twice on my statement.', complainant, language } },
      headers,
    );
    expect(body.errors).toBeUndefined();
    return (await co.data(COMPLAINT, { id: await byReference(body.data!.submitComplaint.reference) })).complaint!;
  };

  it('comes from the public form, else from the browser’s Accept-Language against the organisation’s languages, else its default', async () => {
    expect((await submit('en-GB', { 'accept-language': 'nb' })).language).toBe('en-GB');
    expect((await submit(undefined, { 'accept-language': 'nb-NO, en;q=0.8' })).language).toBe('nb');
    expect((await submit(undefined, { 'accept-language': 'fr-FR, en;q=0.3' })).language).toBe('en');
    expect((await submit(undefined, { 'accept-language': 'fr-FR' })).language).toBe('nl');
    const invalid = await app.anonymous.error(SUBMIT_COMPLAINT, {
      slug: org.slug,
      input: { subject: 'x', description: 'y', complainant, language: 'no such language!' },
    });
    expect(invalid).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.language' }] } });
  });

  it('is recorded by staff (default: the organisation’s default), corrected later, and the first letter is written in it', async () => {
    const input = { channel: 'PHONE' as const, subject: 'Regeling beëindigd', description: 'Mijn regeling is zonder reden beëindigd.', complainant: { name: 'Ingrid Haugen' } };
    expect((await co.data(REGISTER, { input })).registerComplaint.language).toBe('nl');
    const registered = (await co.data(REGISTER, { input: { ...input, language: 'en' } })).registerComplaint;
    expect(registered.language).toBe('en');
    const corrected = (await co.data(UPDATE_COMPLAINT, { id: registered.id, input: { expectedVersion: registered.version, language: 'nb' } })).updateComplaint;
    expect(corrected.language).toBe('nb');

    await qm.data(CREATE_TEMPLATE, {
      input: {
        kind: 'ACKNOWLEDGEMENT',
        language: 'nb',
        subject: 'Vi har mottatt klagen din {{reference}}',
        body: 'Hei {{complainantName}},\n\nVi mottok klagen din {{reference}} {{receivedDate}}. Du får svar innen {{resolutionDueDate}}.\n\n{{organizationName}}',
      },
    });
    const acknowledged = (await co.data(ACKNOWLEDGE, { id: corrected.id, input: { expectedVersion: corrected.version, letter: { channel: 'EMAIL' } } })).acknowledgeComplaint;
    expect(acknowledged.letters).toEqual([
      expect.objectContaining({ kind: 'ACKNOWLEDGEMENT', language: 'nb', subject: expect.stringMatching(/^Vi har mottatt klagen din K-/), body: expect.stringContaining('Hei Ingrid Haugen,') }),
    ]);
  });
});

describe('the demo', () => {
  it('speaks nl, en and nb: its code in force reads in all three, and some complaints are in English and Norwegian', async () => {
    await seedAll(app.dataSource, pino({ level: 'silent' }));
    for (const language of ['nl', 'en', 'nb'] as const) {
      const code = (await app.anonymous.data(PUBLISHED_CODE, { slug: DEMO_ORG.slug, key: DEMO_CODE_KEY, language })).publishedCode!;
      expect(code).toMatchObject({ language, availableLanguages: ['nl', 'en', 'nb'] });
      const promises = language === 'nl' ? DEMO_PROMISES.map((p) => [p.title, p.text]) : DEMO_PROMISES.map((p) => DEMO_CODE_TRANSLATIONS[language].promises[p.key]);
      expect(code.currentVersion.promises.map((p) => [p.title, p.text])).toEqual(promises);
      if (language !== 'nl') expect(code.title).toBe(DEMO_CODE_TRANSLATIONS[language].title);
    }
    const complaints: { language: string; letters: string[] }[] = await app.dataSource.query(
      `SELECT c.language, array_remove(array_agg(DISTINCT l.language), NULL) AS letters FROM complaint c LEFT JOIN complaint_letter l ON l.complaint_id = c.id
        WHERE c.organization_id = $1 AND c.language <> 'nl' GROUP BY c.id, c.language`,
      [DEMO_ORG.id],
    );
    expect(new Set(complaints.map((c) => c.language))).toEqual(new Set(['en', 'nb']));
    for (const c of complaints) {
      expect(c.letters.length).toBeGreaterThan(0);
      expect(c.letters).toEqual([c.language]);
    }
  });
});

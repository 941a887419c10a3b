import { Role } from '../../src/common/roles';
import { nodes, startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { addPromises, CREATE_DRAFT, draftCode, publishVersion, UPDATE_PROMISE, UPDATE_VERSION, WITHDRAW } from '../support/codes';
import { graphql } from '../graphql';

const PUBLISHED_CODES = graphql(`query PublicCodesPublished($slug: String!) { publishedCodes(organizationSlug: $slug) {
  key title scope organizationName currentVersion { version policyStatement changeSummary publishedAt promises { key title text position } } } }`);
const PUBLISHED_CODE = graphql(`query PublicCodesOne($slug: String!, $key: String!) { publishedCode(organizationSlug: $slug, codeKey: $key) {
  key title currentVersion { version changeSummary promises { key title text } } } }`);
const CODE_VERSIONS = graphql(`query PublicCodesVersions($id: ID!) { code(id: $id) { versions { edges { node { id status } } } } }`);
/** Introspection: a plain string, sent untyped. */
const TYPE_FIELDS = `query PublicCodesFields($name: String!) { __type(name: $name) { fields { name } } }`;

let app: TestApp;
let orgA: TestOrganization;
let orgB: TestOrganization;
let qm: ApiClient;
let top: ApiClient;
let promises: Record<string, string>;
let codeId: string;

beforeAll(async () => {
  app = await startTestApp();
  orgA = await app.createOrganization('de-brug', { name: 'Incassobureau De Brug B.V.' });
  orgB = await app.createOrganization('nordisk-inkasso', { name: 'Nordisk Inkasso AS', holidayCountry: 'NO', timezone: 'Europe/Oslo' });
  qm = await app.as(orgA, Role.QUALITY_MANAGER);
  top = await app.as(orgA, Role.TOP_MANAGEMENT);

  const code = await draftCode(qm, 'klantbeloften', [
    { key: 'P1', title: 'Snelle bevestiging', text: 'Wij bevestigen uw klacht binnen 4 werkdagen.' },
    { key: 'P2', title: 'Haalbare regeling', text: 'Wij bieden een betalingsregeling die u kunt nakomen.' },
  ], { title: 'Onze beloften aan u', ownerId: orgA.users.QUALITY_MANAGER });
  codeId = code.codeId;
  promises = code.promises;
  await qm.data(UPDATE_PROMISE, { id: promises.P1, input: { expectedVersion: 1, rationale: 'Boetes voorkomen', internalNotes: 'INTERN: alleen voor het team', ownerId: orgA.users.COMPLAINT_OFFICER } });
  await qm.data(UPDATE_VERSION, { id: code.versionId, input: { expectedVersion: 1, changeSummary: 'Eerste versie', internalNotes: 'INTERN: concept besproken' } });
  await publishVersion(qm, top, code.versionId);

  // A second version in progress: edited and added promises that must not be visible yet.
  const draft = (await qm.data(CREATE_DRAFT, { codeId })).createCodeDraft;
  const p1 = draft.promises.find((p) => p.key === 'P1')!;
  await qm.data(UPDATE_PROMISE, { id: p1.id, input: { expectedVersion: p1.version, text: 'CONCEPT: binnen 2 werkdagen' } });
  await addPromises(qm, draft.id, [{ key: 'P3', title: 'CONCEPT', text: 'CONCEPT: nieuwe belofte' }]);

  // A code that was never published, and a code of another organisation.
  await draftCode(qm, 'interne-code', [{ key: 'X1', text: 'CONCEPT: intern' }]);
  const nordic = await draftCode(await app.as(orgB, Role.QUALITY_MANAGER), 'kundeloefter', [{ key: 'L1', text: 'Vi svarer innen 5 virkedager.' }]);
  await publishVersion(await app.as(orgB, Role.QUALITY_MANAGER), await app.as(orgB, Role.TOP_MANAGEMENT), nordic.versionId);
});
afterAll(() => app.close());

describe('smoke: public codes', () => {
  it('shows anyone, without a token, exactly the version in force with its promises', async () => {
    const { publishedCodes } = await app.anonymous.data(PUBLISHED_CODES, { slug: 'de-brug' });
    expect(publishedCodes).toEqual([
      {
        key: 'klantbeloften',
        title: 'Onze beloften aan u',
        scope: 'Alle klant-debiteuren',
        organizationName: 'Incassobureau De Brug B.V.',
        currentVersion: {
          version: 1,
          policyStatement: 'Wij behandelen iedere klant-debiteur met respect.',
          changeSummary: 'Eerste versie',
          publishedAt: expect.any(String),
          promises: [
            { key: 'P1', title: 'Snelle bevestiging', text: 'Wij bevestigen uw klacht binnen 4 werkdagen.', position: 0 },
            { key: 'P2', title: 'Haalbare regeling', text: 'Wij bieden een betalingsregeling die u kunt nakomen.', position: 1 },
          ],
        },
      },
    ]);
    const raw = JSON.stringify(await app.anonymous.request(PUBLISHED_CODES, { slug: 'de-brug' }));
    expect(raw).not.toMatch(/INTERN|CONCEPT|Boetes/);
  });

  it('answers one code by key, and an unknown slug or key, or a code not in force, with NOT_FOUND', async () => {
    const one = (await app.anonymous.data(PUBLISHED_CODE, { slug: 'de-brug', key: 'klantbeloften' })).publishedCode!;
    expect(one.currentVersion.promises.map((p) => p.key)).toEqual(['P1', 'P2']);
    const slug = await app.anonymous.error(PUBLISHED_CODE, { slug: 'niemand', key: 'klantbeloften' });
    expect([slug.code, slug.extensions.field]).toEqual(['NOT_FOUND', 'organizationSlug']);
    const unknown = await app.anonymous.error(PUBLISHED_CODE, { slug: 'de-brug', key: 'bestaat-niet' });
    const draftOnly = await app.anonymous.error(PUBLISHED_CODE, { slug: 'de-brug', key: 'interne-code' });
    expect([unknown.code, unknown.extensions.field, draftOnly.code, draftOnly.extensions.field]).toEqual(['NOT_FOUND', 'codeKey', 'NOT_FOUND', 'codeKey']);
    expect(draftOnly.message.replace('interne-code', '<key>')).toBe(unknown.message.replace('bestaat-niet', '<key>'));
    expect((await app.anonymous.error(PUBLISHED_CODES, { slug: 'niemand' })).code).toBe('NOT_FOUND');
  });

  it("never shows another organisation's codes", async () => {
    const nordic = (await app.anonymous.data(PUBLISHED_CODES, { slug: 'nordisk-inkasso' })).publishedCodes!;
    expect(nordic.map((c) => [c.key, c.organizationName])).toEqual([['kundeloefter', 'Nordisk Inkasso AS']]);
    expect((await app.anonymous.error(PUBLISHED_CODE, { slug: 'de-brug', key: 'kundeloefter' })).code).toBe('NOT_FOUND');
    expect((await app.anonymous.error(PUBLISHED_CODE, { slug: 'nordisk-inkasso', key: 'klantbeloften' })).code).toBe('NOT_FOUND');
  });
});

describe('public fields only', () => {
  it('exposes no ids, owners, internal notes, review data or drafts on the public types', async () => {
    const fields = async (name: string) => {
      const { body } = await app.anonymous.raw(TYPE_FIELDS, { name });
      expect(body.errors).toBeUndefined();
      return (body.data as { __type: { fields: { name: string }[] } }).__type.fields.map((f) => f.name).sort();
    };
    expect(await fields('PublicCode')).toEqual(['availableLanguages', 'currentVersion', 'key', 'language', 'organizationName', 'scope', 'timeZone', 'title']);
    expect(await fields('PublicCodeVersion')).toEqual(['changeSummary', 'policyStatement', 'promises', 'publishedAt', 'version']);
    expect(await fields('PublicPromise')).toEqual(['key', 'position', 'text', 'title']);
    const e = await app.anonymous.error(`{ publishedCode(organizationSlug: "de-brug", codeKey: "klantbeloften") { currentVersion { promises { internalNotes } } } }`);
    expect(e.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('the version in force over time', () => {
  it('shows a new version once it is published, and nothing once the version in force is withdrawn', async () => {
    const draft = nodes((await qm.data(CODE_VERSIONS, { id: codeId })).code!.versions).find((v) => v.status === 'DRAFT')!;
    await qm.data(UPDATE_VERSION, { id: draft.id, input: { expectedVersion: 1, changeSummary: 'Snellere bevestiging, nieuwe belofte P3' } });
    const published = await publishVersion(qm, top, draft.id);
    const now = (await app.anonymous.data(PUBLISHED_CODE, { slug: 'de-brug', key: 'klantbeloften' })).publishedCode!.currentVersion;
    expect(now.version).toBe(2);
    expect(now.changeSummary).toBe('Snellere bevestiging, nieuwe belofte P3');
    expect(now.promises.map((p) => [p.key, p.text])).toEqual([
      ['P1', 'CONCEPT: binnen 2 werkdagen'],
      ['P2', 'Wij bieden een betalingsregeling die u kunt nakomen.'],
      ['P3', 'CONCEPT: nieuwe belofte'],
    ]);

    await top.data(WITHDRAW, { id: draft.id, input: { expectedVersion: published.revision, reason: 'Code wordt herzien' } });
    expect((await app.anonymous.data(PUBLISHED_CODES, { slug: 'de-brug' })).publishedCodes).toEqual([]);
    expect((await app.anonymous.error(PUBLISHED_CODE, { slug: 'de-brug', key: 'klantbeloften' })).code).toBe('NOT_FOUND');
  });

  it('answers a caller with a token just like the public', async () => {
    const staff = await app.as(orgB, Role.STAFF);
    expect((await staff.data(PUBLISHED_CODES, { slug: 'nordisk-inkasso' })).publishedCodes).toEqual(
      (await app.anonymous.data(PUBLISHED_CODES, { slug: 'nordisk-inkasso' })).publishedCodes,
    );
  });
});

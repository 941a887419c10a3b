import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { DateTime } from 'luxon';
import { Role } from '../../src/common/roles';
import { AuditEvent } from '../../src/common/audit-event.entity';
import { Code } from '../../src/modules/code/code.entity';
import { CodeVersion } from '../../src/modules/code/code-version.entity';
import { CodePromise, MAX_PROMISES_PER_VERSION } from '../../src/modules/code/code-promise.entity';
import { seedNormFrameworks } from '../../seeds/norms';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { nodes, startTestApp, type ApiClient, type FirstError, type TestApp, type TestOrganization } from '../support/app';
import {
  addPromises,
  APPROVE,
  CODE,
  CODE_VERSION,
  CODES,
  CREATE_CODE,
  CREATE_DRAFT,
  CREATE_PROMISE,
  DELETE_PROMISE,
  draftCode,
  LINK,
  PUBLISH,
  publishVersion,
  requirementIds,
  RETURN,
  SCHEDULE_REVIEW,
  SUBMIT,
  UPDATE_CODE,
  UPDATE_PROMISE,
  UPDATE_VERSION,
  WITHDRAW,
  revisionOf,
} from '../support/codes';
import { graphql } from '../graphql';
import type { CodeVersionFieldsFragment } from '../graphql/graphql';

const DUE = graphql(`query CodesDue($within: Int!) { codesDueForReview(within: $within) { id nextReviewDue code { key } } }`);

let app: TestApp;
let orgA: TestOrganization;
let orgB: TestOrganization;
let qm: ApiClient;
let top: ApiClient;

const today = (zone = 'Europe/Amsterdam') => DateTime.now().setZone(zone).toISODate()!;
const daysFromToday = (days: number) => DateTime.now().setZone('Europe/Amsterdam').plus({ days }).toISODate()!;

/** Everything a refused mutation must leave untouched. */
async function snapshot() {
  const ds = app.dataSource;
  return Promise.all([
    ds.getRepository(Code).count(),
    ds.getRepository(CodeVersion).find({ order: { id: 'ASC' } }),
    ds.getRepository(CodePromise).find({ order: { id: 'ASC' } }),
    ds.getRepository(AuditEvent).count(),
  ]);
}

beforeAll(async () => {
  app = await startTestApp();
  await seedNormFrameworks(app.dataSource, pino({ level: 'silent' }));
  orgA = await app.createOrganization('codes-a');
  orgB = await app.createOrganization('codes-b');
  qm = await app.as(orgA, Role.QUALITY_MANAGER);
  top = await app.as(orgA, Role.TOP_MANAGEMENT);
});
afterAll(() => app.close());

describe('smoke: code lifecycle', () => {
  it('takes a code from draft to published and a second version from draft to superseding it, each step by its role', async () => {
    const created = (await qm.data(CREATE_CODE, { input: { key: 'klantbeloften', title: 'Onze beloften', scope: 'Klant-debiteuren', ownerId: orgA.users.QUALITY_MANAGER } })).createCode;
    expect(created).toMatchObject({ key: 'klantbeloften', title: 'Onze beloften', version: 1, owner: { id: orgA.users.QUALITY_MANAGER }, currentVersion: null });
    expect(nodes(created.versions)).toEqual([{ id: expect.any(String), version: 1, status: 'DRAFT' }]);
    const v1 = nodes(created.versions)[0]!.id;
    const promises = await addPromises(qm, v1, [
      { key: 'P1', text: 'Wij bevestigen iedere klacht binnen 4 werkdagen.' },
      { key: 'P2', text: 'Wij bieden een betalingsregeling die u kunt nakomen.' },
    ]);
    await qm.data(LINK, { promiseId: promises.P1, v: 1, requirementIds: await requirementIds(qm, ['COMPLAINTS-4.3', 'SRCM-5.1.1']) });
    await qm.data(UPDATE_VERSION, { id: v1, input: { expectedVersion: 1, changeSummary: 'Eerste versie', internalNotes: 'Afgestemd met directie' } });

    const submitted = (await qm.data(SUBMIT, { id: v1, v: 2 })).submitCodeVersion;
    expect(submitted.status).toBe('IN_REVIEW');
    const approved = (await top.data(APPROVE, { id: v1, input: { expectedVersion: submitted.revision, policyStatement: 'Wij behandelen iedere klant-debiteur met respect.' } })).approveCodeVersion;
    expect(approved).toMatchObject({ status: 'APPROVED', policyStatement: 'Wij behandelen iedere klant-debiteur met respect.', approvedBy: { id: orgA.users.TOP_MANAGEMENT } });
    const published = (await top.data(PUBLISH, { id: v1, input: { expectedVersion: approved.revision } })).publishCodeVersion;
    expect(published.status).toBe('PUBLISHED');
    const publishedOn = DateTime.fromISO(published.publishedAt!).setZone('Europe/Amsterdam');
    expect(published.nextReviewDue).toBe(publishedOn.plus({ months: 12 }).toISODate());

    const v2 = (await qm.data(CREATE_DRAFT, { codeId: created.id })).createCodeDraft;
    expect([v2.version, v2.status, v2.policyStatement, v2.internalNotes, v2.changeSummary]).toEqual([2, 'DRAFT', approved.policyStatement, 'Afgestemd met directie', null]);
    const inReview = (await qm.data(SUBMIT, { id: v2.id, v: v2.revision })).submitCodeVersion;
    const returned = (await top.data(RETURN, { id: v2.id, input: { expectedVersion: inReview.revision, comment: 'Belofte P2 concreter maken' } })).returnCodeVersionToDraft;
    expect([returned.status, returned.reviewComment]).toEqual(['DRAFT', 'Belofte P2 concreter maken']);
    const p2 = v2.promises.find((p) => p.key === 'P2')!;
    await qm.data(UPDATE_PROMISE, { id: p2.id, input: { expectedVersion: 1, text: 'Wij bieden binnen 5 werkdagen een betalingsregeling aan.' } });
    await publishVersion(qm, top, v2.id);

    const code = (await (await app.as(orgA, Role.STAFF)).data(CODE, { id: created.id })).code!;
    expect(code.currentVersion).toEqual({ id: v2.id, version: 2, status: 'PUBLISHED' });
    const versions = nodes(code.versions);
    expect(versions.map((v) => [v.version, v.status])).toEqual([[2, 'PUBLISHED'], [1, 'SUPERSEDED']]);
    expect(versions[1]!.supersededAt).toEqual(versions[0]!.publishedAt);
    expect(versions[0]!.promises.map((p) => [p.key, p.text])).toEqual([
      ['P1', 'Wij bevestigen iedere klacht binnen 4 werkdagen.'],
      ['P2', 'Wij bieden binnen 5 werkdagen een betalingsregeling aan.'],
    ]);
    expect(versions[1]!.promises[1]!.text).toBe('Wij bieden een betalingsregeling die u kunt nakomen.');

    const audit = await app.dataSource.getRepository(AuditEvent).find({ where: { entityId: v1 }, order: { at: 'ASC' } });
    expect(audit.map((e) => e.action)).toEqual([
      'CodeVersion.created', 'CodeVersion.updated', 'CodeVersion.submitted', 'CodeVersion.approved', 'CodeVersion.published', 'CodeVersion.superseded',
    ]);
    expect(audit[3]).toMatchObject({ actorId: orgA.users.TOP_MANAGEMENT, changes: { status: { from: 'IN_REVIEW', to: 'APPROVED' } } });
  });

  it('starts a draft as a copy of the version in force: promises with their keys, texts, owners and requirement links', async () => {
    const code = await draftCode(qm, 'kopie', [{ key: 'P1' }, { key: 'P2' }, { key: 'P3' }]);
    await qm.data(UPDATE_PROMISE, { id: code.promises.P2, input: { expectedVersion: 1, ownerId: orgA.users.COMPLAINT_OFFICER, rationale: 'Klachten voorkomen', internalNotes: 'Zie KPI-overleg' } });
    await qm.data(LINK, { promiseId: code.promises.P1, v: 1, requirementIds: await requirementIds(qm, ['SRCM-6.6.1', 'SRCM-6.6.2']) });
    await qm.data(LINK, { promiseId: code.promises.P3, v: 1, requirementIds: await requirementIds(qm, ['ISO10001-4.5']) });
    await publishVersion(qm, top, code.versionId);
    const original = (await qm.data(CODE_VERSION, { id: code.versionId })).codeVersion!;

    const draft = (await qm.data(CREATE_DRAFT, { codeId: code.codeId })).createCodeDraft;
    const strip = (p: CodeVersionFieldsFragment['promises'][number]) => ({ ...p, id: undefined, version: undefined });
    expect(draft.promises.map(strip)).toEqual(original.promises.map(strip));
    expect(draft.promises.map((p) => [p.key, p.requirements.map((r) => r.ref)])).toEqual([
      ['P1', ['SRCM-6.6.1', 'SRCM-6.6.2']],
      ['P2', []],
      ['P3', ['ISO10001-4.5']],
    ]);
    expect(draft.promises.find((p) => p.key === 'P2')).toMatchObject({ owner: { id: orgA.users.COMPLAINT_OFFICER }, rationale: 'Klachten voorkomen', internalNotes: 'Zie KPI-overleg' });
    expect(draft.promises.every((p) => !Object.values(code.promises).includes(p.id))).toBe(true);

    // Changing the copy leaves the version in force as it was.
    await qm.data(DELETE_PROMISE, { id: draft.promises[2]!.id, v: draft.promises[2]!.version });
    expect((await qm.data(CODE_VERSION, { id: code.versionId })).codeVersion!.promises).toEqual(original.promises);
    const copied = await app.dataSource.getRepository(AuditEvent).findOneByOrFail({ action: 'CodeVersion.copied', entityId: draft.id });
    expect(copied.changes).toEqual({ copiedFromVersion: { to: 1 }, promiseKeys: { to: ['P1', 'P2', 'P3'] }, requirementLinks: { to: 3 }, translations: { to: 0 } });
  });
});

describe('forbidden transitions', () => {
  const versionIn: Record<string, { codeId: string; versionId: string; promiseId: string }> = {};

  beforeAll(async () => {
    const make = async (key: string) => {
      const c = await draftCode(qm, key, [{ key: 'P1' }]);
      return { codeId: c.codeId, versionId: c.versionId, promiseId: c.promises.P1 };
    };
    versionIn.DRAFT = await make('t-draft');
    versionIn.IN_REVIEW = await make('t-review');
    await qm.data(SUBMIT, { id: versionIn.IN_REVIEW.versionId, v: 1 });
    versionIn.APPROVED = await make('t-approved');
    await qm.data(SUBMIT, { id: versionIn.APPROVED.versionId, v: 1 });
    await top.data(APPROVE, { id: versionIn.APPROVED.versionId, input: { expectedVersion: 2, policyStatement: 'Beleid' } });
    versionIn.PUBLISHED = await make('t-published');
    await publishVersion(qm, top, versionIn.PUBLISHED.versionId);
    const superseded = await make('t-superseded');
    await publishVersion(qm, top, superseded.versionId);
    const next = (await qm.data(CREATE_DRAFT, { codeId: superseded.codeId })).createCodeDraft;
    await publishVersion(qm, top, next.id);
    versionIn.SUPERSEDED = superseded;
    versionIn.WITHDRAWN = await make('t-withdrawn');
    await top.data(WITHDRAW, { id: versionIn.WITHDRAWN.versionId, input: { expectedVersion: 1, reason: 'Niet meer nodig' } });
  });

  const steps: { to: string; run: (id: string) => Promise<FirstError> }[] = [
    { to: 'IN_REVIEW', run: async (id) => qm.error(SUBMIT, { id, v: await revisionOf(qm, id) }) },
    { to: 'APPROVED', run: async (id) => top.error(APPROVE, { id, input: { expectedVersion: await revisionOf(qm, id), policyStatement: 'Beleid' } }) },
    { to: 'DRAFT', run: async (id) => top.error(RETURN, { id, input: { expectedVersion: await revisionOf(qm, id), comment: 'Opnieuw' } }) },
    { to: 'PUBLISHED', run: async (id) => top.error(PUBLISH, { id, input: { expectedVersion: await revisionOf(qm, id) } }) },
    { to: 'WITHDRAWN', run: async (id) => top.error(WITHDRAW, { id, input: { expectedVersion: await revisionOf(qm, id), reason: 'Weg' } }) },
  ];
  const allowed: Record<string, string[]> = {
    DRAFT: ['IN_REVIEW', 'WITHDRAWN'],
    IN_REVIEW: ['APPROVED', 'DRAFT', 'WITHDRAWN'],
    APPROVED: ['PUBLISHED', 'DRAFT', 'WITHDRAWN'],
    PUBLISHED: ['SUPERSEDED', 'WITHDRAWN'],
    SUPERSEDED: [],
    WITHDRAWN: [],
  };
  const forbidden = Object.keys(allowed).flatMap((from) => steps.filter((s) => !allowed[from].includes(s.to)).map((s) => [from, s.to, s] as const));

  it.each(forbidden.map(([from, to, step]) => [from, to, step]))('refuses %s → %s with INVALID_TRANSITION naming both states, changing nothing', async (from, to, step) => {
    const before = await snapshot();
    const e = await step.run(versionIn[from].versionId);
    expect(e.code).toBe('INVALID_TRANSITION');
    expect(e.extensions).toMatchObject({ entity: 'CodeVersion', from, to, allowed: allowed[from] });
    expect(await snapshot()).toEqual(before);
  });

  it.each(['IN_REVIEW', 'APPROVED', 'PUBLISHED', 'SUPERSEDED', 'WITHDRAWN'])('refuses every edit of a version in %s with INVALID_TRANSITION naming the state', async (status) => {
    const { versionId, promiseId } = versionIn[status]!;
    const before = await snapshot();
    const revision = (await qm.data(CODE_VERSION, { id: versionId })).codeVersion!.revision;
    const attempts = [
      qm.error(UPDATE_VERSION, { id: versionId, input: { expectedVersion: revision, changeSummary: 'x' } }),
      qm.error(CREATE_PROMISE, { input: { codeVersionId: versionId, key: 'P9', title: 'Nieuw', text: 'Nieuw' } }),
      qm.error(UPDATE_PROMISE, { id: promiseId, input: { expectedVersion: 1, title: 'Anders' } }),
      qm.error(DELETE_PROMISE, { id: promiseId, v: 1 }),
    ];
    for (const e of await Promise.all(attempts)) {
      expect(e.code).toBe('INVALID_TRANSITION');
      expect(e.extensions).toMatchObject({ entity: 'CodeVersion', from: status, editableIn: ['DRAFT'] });
      expect(e.message).toContain(status);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('tells which transitions a version allows', async () => {
    for (const [status, { versionId }] of Object.entries(versionIn)) {
      const v = (await qm.data(CODE_VERSION, { id: versionId })).codeVersion!;
      expect([v.status, v.allowedTransitions]).toEqual([status, allowed[status]]);
    }
  });

  it('allows one version in progress per code and one version in force, also in the database itself', async () => {
    const { codeId } = versionIn.DRAFT;
    const e = await qm.error(CREATE_DRAFT, { codeId });
    expect([e.code, e.extensions.field]).toEqual(['CONFLICT', 'codeId']);
    const inForce = versionIn.PUBLISHED;
    const second = (await qm.data(CREATE_DRAFT, { codeId: inForce.codeId })).createCodeDraft;
    await expect(app.dataSource.query(`UPDATE code_version SET status = 'PUBLISHED' WHERE id = $1`, [second.id])).rejects.toThrow(/uq_code_version_published/);
    await expect(app.dataSource.query(`INSERT INTO code_version (organization_id, code_id, version, revision, status) VALUES ($1, $2, 9, 1, 'DRAFT')`, [orgA.id, inForce.codeId]))
      .rejects.toThrow(/uq_code_version_in_progress/);
  });

  it('withdraws the version in force: the code has none afterwards', async () => {
    const c = await draftCode(qm, 't-withdraw-in-force', [{ key: 'P1' }]);
    const published = await publishVersion(qm, top, c.versionId);
    const w = (await top.data(WITHDRAW, { id: c.versionId, input: { expectedVersion: published.revision, reason: 'Code vervalt' } })).withdrawCodeVersion;
    expect([w.status, w.withdrawalReason]).toEqual(['WITHDRAWN', 'Code vervalt']);
    expect((await qm.data(CODE, { id: c.codeId })).code!.currentVersion).toBeNull();
    const next = (await qm.data(CREATE_DRAFT, { codeId: c.codeId })).createCodeDraft;
    expect([next.version, next.promises.map((p) => p.key)]).toEqual([2, ['P1']]);
  });
});

describe('roles', () => {
  let c: Awaited<ReturnType<typeof draftCode>>;
  beforeAll(async () => {
    c = await draftCode(qm, 'rollen', [{ key: 'P1' }]);
  });

  const others = (allowedRoles: Role[]) => Object.values(Role).filter((r) => !allowedRoles.includes(r));

  it.each(others([Role.QUALITY_MANAGER]))('refuses drafting work to %s with FORBIDDEN', async (role) => {
    const client = await app.as(orgA, role);
    const before = await snapshot();
    const attempts = [
      client.error(CREATE_CODE, { input: { key: `x-${role.toLowerCase().replace(/_/g, '-')}`, title: 'X' } }),
      client.error(UPDATE_CODE, { id: c.codeId, input: { expectedVersion: 1, title: 'Anders' } }),
      client.error(UPDATE_VERSION, { id: c.versionId, input: { expectedVersion: 1, changeSummary: 'x' } }),
      client.error(CREATE_PROMISE, { input: { codeVersionId: c.versionId, key: 'P2', title: 'T', text: 'T' } }),
      client.error(UPDATE_PROMISE, { id: c.promises.P1, input: { expectedVersion: 1, title: 'T' } }),
      client.error(DELETE_PROMISE, { id: c.promises.P1, v: 1 }),
      client.error(SUBMIT, { id: c.versionId, v: 1 }),
      client.error(CREATE_DRAFT, { codeId: c.codeId }),
    ];
    for (const e of await Promise.all(attempts)) {
      expect(e.code).toBe('FORBIDDEN');
      expect(e.extensions.requiredRoles).toEqual([Role.QUALITY_MANAGER]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it.each(others([Role.TOP_MANAGEMENT]))('refuses approving, returning, publishing and withdrawing to %s with FORBIDDEN', async (role) => {
    const client = await app.as(orgA, role);
    const before = await snapshot();
    const attempts = [
      client.error(APPROVE, { id: c.versionId, input: { expectedVersion: 1, policyStatement: 'Beleid' } }),
      client.error(RETURN, { id: c.versionId, input: { expectedVersion: 1, comment: 'Nee' } }),
      client.error(PUBLISH, { id: c.versionId, input: { expectedVersion: 1 } }),
      client.error(WITHDRAW, { id: c.versionId, input: { expectedVersion: 1, reason: 'Weg' } }),
    ];
    for (const e of await Promise.all(attempts)) {
      expect(e.code).toBe('FORBIDDEN');
      expect(e.extensions.requiredRoles).toEqual([Role.TOP_MANAGEMENT]);
    }
    expect(await snapshot()).toEqual(before);
  });

  it.each(others([Role.TOP_MANAGEMENT, Role.QUALITY_MANAGER]))('refuses rescheduling a review to %s', async (role) => {
    const e = await (await app.as(orgA, role)).error(SCHEDULE_REVIEW, { id: c.versionId, input: { expectedVersion: 1, nextReviewDue: '2030-01-01' } });
    expect(e.code).toBe('FORBIDDEN');
  });

  it.each(Object.values(Role))('lets %s read codes and versions', async (role) => {
    const client = await app.as(orgA, role);
    expect(nodes((await client.data(CODES, { first: 100 })).codes!).map((n) => n.key)).toContain('rollen');
    expect((await client.data(CODE_VERSION, { id: c.versionId })).codeVersion!.promises.map((p) => p.key)).toEqual(['P1']);
    expect((await client.data(DUE, { within: 30 })).codesDueForReview).toEqual(expect.any(Array));
  });

  it('refuses every code operation without a token', async () => {
    expect((await app.anonymous.error(CODES)).code).toBe('UNAUTHENTICATED');
    expect((await app.anonymous.error(SUBMIT, { id: c.versionId, v: 1 })).code).toBe('UNAUTHENTICATED');
  });
});

describe('review cycle', () => {
  it('lists versions in force due for review within a number of days, overdue ones included, soonest first', async () => {
    const soon = await draftCode(qm, 'review-soon', [{ key: 'P1' }]);
    await publishVersion(qm, top, soon.versionId, { nextReviewDue: daysFromToday(10) });
    const later = await draftCode(qm, 'review-later', [{ key: 'P1' }]);
    const laterPublished = await publishVersion(qm, top, later.versionId);
    const overdue = await draftCode(qm, 'review-overdue', [{ key: 'P1' }]);
    await publishVersion(qm, top, overdue.versionId);
    // A code published more than a year ago whose review date has passed.
    await app.dataSource.query(`UPDATE code_version SET published_at = now() - interval '400 days', next_review_due = CAST($2 AS date) WHERE id = $1`, [
      overdue.versionId,
      daysFromToday(-35),
    ]);
    const notInForce = await draftCode(qm, 'review-draft', [{ key: 'P1' }]);

    const due = async (within: number) =>
      (await qm.data(DUE, { within })).codesDueForReview!.map((v) => v.code.key).filter((k) => k.startsWith('review-'));
    expect(await due(0)).toEqual(['review-overdue']);
    expect(await due(10)).toEqual(['review-overdue', 'review-soon']);
    expect(await due(400)).toEqual(['review-overdue', 'review-soon', 'review-later']);
    expect(laterPublished.nextReviewDue).toBe(DateTime.fromISO(laterPublished.publishedAt!).setZone('Europe/Amsterdam').plus({ months: 12 }).toISODate());

    await qm.data(SCHEDULE_REVIEW, { id: later.versionId, input: { expectedVersion: laterPublished.revision, nextReviewDue: daysFromToday(5) } });
    expect(await due(10)).toEqual(['review-overdue', 'review-later', 'review-soon']);
    const e = await qm.error(DUE, { within: -1 });
    expect([e.code, e.extensions.fields![0]!.field]).toEqual(['BAD_USER_INPUT', 'within']);
    const draftReview = await top.error(SCHEDULE_REVIEW, { id: notInForce.versionId, input: { expectedVersion: 1, nextReviewDue: daysFromToday(30) } });
    expect([draftReview.code, draftReview.extensions.fields![0]!.field]).toEqual(['BAD_USER_INPUT', 'id']);
  });

  it('refuses a review date on or before the publication date', async () => {
    const c = await draftCode(qm, 'review-invalid', [{ key: 'P1' }]);
    await qm.data(SUBMIT, { id: c.versionId, v: 1 });
    const approved = (await top.data(APPROVE, { id: c.versionId, input: { expectedVersion: 2, policyStatement: 'Beleid' } })).approveCodeVersion;
    const e = await top.error(PUBLISH, { id: c.versionId, input: { expectedVersion: approved.revision, nextReviewDue: today() } });
    expect([e.code, e.extensions.fields![0]!.field]).toEqual(['BAD_USER_INPUT', 'input.nextReviewDue']);
    expect((await qm.data(CODE_VERSION, { id: c.versionId })).codeVersion!.status).toBe('APPROVED');
    const published = (await top.data(PUBLISH, { id: c.versionId, input: { expectedVersion: approved.revision } })).publishCodeVersion;
    const s = await top.error(SCHEDULE_REVIEW, { id: c.versionId, input: { expectedVersion: published.revision, nextReviewDue: daysFromToday(-1) } });
    expect([s.code, s.extensions.fields![0]!.field]).toEqual(['BAD_USER_INPUT', 'input.nextReviewDue']);
  });
});

describe('validation', () => {
  let c: Awaited<ReturnType<typeof draftCode>>;
  beforeAll(async () => {
    c = await draftCode(qm, 'validatie', [{ key: 'P1' }]);
  });

  const fieldOf = (e: FirstError) => e.extensions.fields?.map((f) => f.field) ?? [e.extensions.field];
  /** A request of the quality manager, its variables made when the test runs. */
  const attempt = <R, V>(document: DocumentTypeDecoration<R, V>, variables: () => NoInfer<V>) => () => qm.error(document, variables());

  it.each([
    ['an empty title', attempt(CREATE_CODE, () => ({ input: { key: 'leeg', title: '' } })), 'BAD_USER_INPUT', ['input.title']],
    ['a blank title', attempt(CREATE_CODE, () => ({ input: { key: 'blanco', title: '   ' } })), 'BAD_USER_INPUT', ['input.title']],
    ['a key that is not URL-safe', attempt(CREATE_CODE, () => ({ input: { key: 'Mijn Code', title: 'T' } })), 'BAD_USER_INPUT', ['input.key']],
    ['the key of the public tracking page', attempt(CREATE_CODE, () => ({ input: { key: 'track', title: 'T' } })), 'BAD_USER_INPUT', ['input.key']],
    ['a duplicate code key', attempt(CREATE_CODE, () => ({ input: { key: 'validatie', title: 'T' } })), 'BAD_USER_INPUT', ['input.key']],
    ['an unknown owner', attempt(CREATE_CODE, () => ({ input: { key: 'eigenaar', title: 'T', ownerId: randomUUID() } })), 'NOT_FOUND', ['input.ownerId']],
    ["another organisation's owner", attempt(CREATE_CODE, () => ({ input: { key: 'eigenaar', title: 'T', ownerId: orgB.users.QUALITY_MANAGER } })), 'NOT_FOUND', ['input.ownerId']],
    ['an over-long scope', attempt(CREATE_CODE, () => ({ input: { key: 'lang', title: 'T', scope: 'x'.repeat(4001) } })), 'BAD_USER_INPUT', ['input.scope']],
    ['an empty promise title', attempt(CREATE_PROMISE, () => ({ input: { codeVersionId: c.versionId, key: 'P2', title: '', text: 'Tekst' } })), 'BAD_USER_INPUT', ['input.title']],
    ['an over-long promise text', attempt(CREATE_PROMISE, () => ({ input: { codeVersionId: c.versionId, key: 'P2', title: 'T', text: 'x'.repeat(4001) } })), 'BAD_USER_INPUT', ['input.text']],
    ['a duplicate promise key', attempt(CREATE_PROMISE, () => ({ input: { codeVersionId: c.versionId, key: 'P1', title: 'T', text: 'T' } })), 'BAD_USER_INPUT', ['input.key']],
    ['an unknown version', attempt(CREATE_PROMISE, () => ({ input: { codeVersionId: randomUUID(), key: 'P2', title: 'T', text: 'T' } })), 'NOT_FOUND', ['input.codeVersionId']],
    ['a malformed version id', attempt(CREATE_PROMISE, () => ({ input: { codeVersionId: 'abc', key: 'P2', title: 'T', text: 'T' } })), 'BAD_USER_INPUT', ['input.codeVersionId']],
    ['an unknown code', attempt(CREATE_DRAFT, () => ({ codeId: randomUUID() })), 'NOT_FOUND', ['codeId']],
    ['an unknown promise', attempt(UPDATE_PROMISE, () => ({ id: randomUUID(), input: { expectedVersion: 1, title: 'T' } })), 'NOT_FOUND', ['id']],
    ['a blank update of a promise text', attempt(UPDATE_PROMISE, () => ({ id: c.promises.P1, input: { expectedVersion: 1, text: ' ' } })), 'BAD_USER_INPUT', ['input.text']],
    ['an over-long policy statement', attempt(UPDATE_VERSION, () => ({ id: c.versionId, input: { expectedVersion: 1, policyStatement: 'x'.repeat(10001) } })), 'BAD_USER_INPUT', ['input.policyStatement']],
    ['a stale revision', attempt(UPDATE_VERSION, () => ({ id: c.versionId, input: { expectedVersion: 99, changeSummary: 'x' } })), 'CONFLICT', ['input.expectedVersion']],
  ])('refuses %s, naming the field, changing nothing', async (_name, send, code, fields) => {
    const before = await snapshot();
    const e = await send();
    expect(e.code).toBe(code);
    expect(fieldOf(e)).toEqual(fields);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses approval without a policy statement and submission without promises', async () => {
    const empty = await draftCode(qm, 'zonder-beloften', []);
    const submit = await qm.error(SUBMIT, { id: empty.versionId, v: 1 });
    expect([submit.code, fieldOf(submit)]).toEqual(['BAD_USER_INPUT', ['id']]);
    await qm.data(SUBMIT, { id: c.versionId, v: 1 });
    const before = await snapshot();
    const approve = await top.error(APPROVE, { id: c.versionId, input: { expectedVersion: 2, policyStatement: '  ' } });
    expect([approve.code, fieldOf(approve)]).toEqual(['BAD_USER_INPUT', ['input.policyStatement']]);
    expect(await snapshot()).toEqual(before);
    const returned = await top.error(RETURN, { id: c.versionId, input: { expectedVersion: 2, comment: '' } });
    expect([returned.code, fieldOf(returned)]).toEqual(['BAD_USER_INPUT', ['input.comment']]);
  });

  it('keeps promise keys unique per version but the same across versions', async () => {
    const v = await draftCode(qm, 'sleutels', [{ key: 'P1' }, { key: 'P2' }]);
    await publishVersion(qm, top, v.versionId);
    const draft = (await qm.data(CREATE_DRAFT, { codeId: v.codeId })).createCodeDraft;
    expect(draft.promises.map((p) => p.key)).toEqual(['P1', 'P2']);
    const dup = await qm.error(CREATE_PROMISE, { input: { codeVersionId: draft.id, key: 'P2', title: 'T', text: 'T' } });
    expect([dup.code, fieldOf(dup)]).toEqual(['BAD_USER_INPUT', ['input.key']]);
  });

  it(`holds at most ${MAX_PROMISES_PER_VERSION} promises per version: the next one is refused with LIMIT_EXCEEDED and not stored`, async () => {
    const v = await draftCode(qm, 'vol', [{ key: 'P1' }]);
    const version = await app.dataSource.getRepository(CodeVersion).findOneByOrFail({ id: v.versionId });
    await app.dataSource.getRepository(CodePromise).save(
      Array.from({ length: MAX_PROMISES_PER_VERSION - 1 }, (_, i) => ({
        organizationId: orgA.id, codeVersionId: version.id, codeId: version.codeId, key: `P${i + 2}`, title: `P${i + 2}`, text: 'Wij beloven het.', position: i + 1,
      })),
    );
    const refused = await qm.error(CREATE_PROMISE, { input: { codeVersionId: v.versionId, key: 'P51', title: 'T', text: 'T' } });
    expect(refused).toMatchObject({ code: 'LIMIT_EXCEEDED', extensions: { field: 'input.codeVersionId', limit: MAX_PROMISES_PER_VERSION } });
    expect(await app.dataSource.getRepository(CodePromise).countBy({ codeVersionId: v.versionId })).toBe(MAX_PROMISES_PER_VERSION);
  });
});

describe('smoke: tenancy', () => {
  it("answers another organisation's codes, versions and promises exactly as missing ones", async () => {
    const c = await draftCode(qm, 'geheim', [{ key: 'P1' }]);
    const bQm = await app.as(orgB, Role.QUALITY_MANAGER);
    const missing = randomUUID();
    /** Each lookup by the id it names, and the id of organisation A's record. */
    const lookups: [(id: string) => Promise<FirstError>, string][] = [
      [(id) => bQm.error(CODE, { id }), c.codeId],
      [(id) => bQm.error(CODE_VERSION, { id }), c.versionId],
      [(codeId) => bQm.error(CREATE_DRAFT, { codeId }), c.codeId],
      [(id) => bQm.error(UPDATE_PROMISE, { id, input: { expectedVersion: 1, title: 'Overgenomen' } }), c.promises.P1],
    ];
    for (const [lookup, foreignId] of lookups) {
      const foreign = await lookup(foreignId);
      const absent = await lookup(missing);
      expect([foreign.code, absent.code]).toEqual(['NOT_FOUND', 'NOT_FOUND']);
      expect(foreign.message.replace(foreignId, '<id>')).toBe(absent.message.replace(missing, '<id>'));
    }
    const promise = await bQm.error(CREATE_PROMISE, { input: { codeVersionId: c.versionId, key: 'X', title: 'T', text: 'T' } });
    expect([promise.code, promise.extensions.field]).toEqual(['NOT_FOUND', 'input.codeVersionId']);
    expect((await bQm.data(CODES, { first: 100 })).codes!.totalCount).toBe(0);
  });
});

import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { Role } from '../../src/common/roles';
import { AuditEvent } from '../../src/common/audit-event.entity';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { ManagementReview } from '../../src/modules/management-review/management-review.entity';
import { createCode, insertAction, type CodeFixture } from '../support/fixtures';
import { startTestApp, type ApiClient, type FirstError, type TestApp, type TestOrganization } from '../support/app';
import { graphql } from '../graphql';
import type { CreateManagementReviewInput, ReviewsCreateActionMutation, ReviewsReviewFieldsFragment } from '../graphql/graphql';

graphql(`fragment ReviewsAnalysisFields on ComplaintAnalysis {
  year totals { received resolved unresolved overdue upheld } byPromise { promiseKey complaints upheld }
  acknowledgement { rated onTime rate } resolution { rated onTime rate } outcomes { outcome complaints }
  previousYear { year totals { received } } changes { figure current previous change } }`);
graphql(`fragment ReviewsReviewFields on ManagementReview {
  id version year period { from to } title status decisions analysisTakenAt signedAt signedBy { id } createdBy { id }
  preventiveActions { edges { node { id kind title } } } analysis { ...ReviewsAnalysisFields } }`);
const CREATE = graphql(`mutation ReviewsCreate($input: CreateManagementReviewInput!) { createManagementReview(input: $input) { ...ReviewsReviewFields } }`);
const UPDATE = graphql(`mutation ReviewsUpdate($id: ID!, $input: UpdateManagementReviewInput!) { updateManagementReview(id: $id, input: $input) { ...ReviewsReviewFields } }`);
const REFRESH = graphql(`mutation ReviewsRefresh($id: ID!, $v: Int!) { refreshManagementReviewAnalysis(id: $id, expectedVersion: $v) { ...ReviewsReviewFields } }`);
const LINK = graphql(`mutation ReviewsLink($r: ID!, $a: ID!, $v: Int!) { linkPreventiveAction(reviewId: $r, correctiveActionId: $a, expectedVersion: $v) { ...ReviewsReviewFields } }`);
const UNLINK = graphql(`mutation ReviewsUnlink($r: ID!, $a: ID!, $v: Int!) { unlinkPreventiveAction(reviewId: $r, correctiveActionId: $a, expectedVersion: $v) { ...ReviewsReviewFields } }`);
const SIGN = graphql(`mutation ReviewsSign($id: ID!, $v: Int!) { signManagementReview(id: $id, expectedVersion: $v) { ...ReviewsReviewFields } }`);
const REVIEW = graphql(`query ReviewsReview($id: ID!) { managementReview(id: $id) { ...ReviewsReviewFields } }`);
const REVIEWS = graphql(`query ReviewsReviews($year: Int, $status: ManagementReviewStatus) { managementReviews(first: 10, year: $year, status: $status) {
  totalCount edges { node { id year status } } } }`);
const ANALYSIS = graphql(`query ReviewsAnalysis($year: Int!) { complaintAnalysis(year: $year) { ...ReviewsAnalysisFields } }`);
const REGISTER = graphql(`mutation ReviewsRegisterComplaint($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }`);
const ACKNOWLEDGE = graphql(`mutation ReviewsAcknowledgeComplaint($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }`);
const CREATE_ACTION = graphql(`mutation ReviewsCreateAction($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id kind title } }`);

const year = DateTime.now().setZone('Europe/Amsterdam').year;

let app: TestApp;
let org: TestOrganization;
let other: TestOrganization;
let qm: ApiClient;
let top: ApiClient;
let co: ApiClient;
let code: CodeFixture;
let P1: string;

const register = async () =>
  (await co.data(REGISTER, { input: { channel: 'EMAIL', subject: 'Onduidelijke brief', description: 'De brief vermeldt kosten zonder uitleg.', promiseIds: [P1] } })).registerComplaint;
const preventive = async (title = 'Vier-ogencontrole op eerste aanmaning') =>
  (await top.data(CREATE_ACTION, {
    input: { kind: 'PREVENTIVE', promiseId: P1, title, plannedAction: 'Een tweede medewerker controleert elke eerste aanmaning.', ownerId: org.users.QUALITY_MANAGER, dueOn: `${year + 1}-03-31` },
  })).createCorrectiveAction;
const create = async (input: Partial<CreateManagementReviewInput> = {}) => (await qm.data(CREATE, { input: { year, decisions: ['Klachtbrieven herschrijven in B1-taal'], ...input } })).createManagementReview;
const audit = (action: string, entityId: string) => app.dataSource.getRepository(AuditEvent).findBy({ action, entityId });

beforeAll(async () => {
  app = await startTestApp();
  org = await app.createOrganization('reviewers');
  other = await app.createOrganization('others');
  [qm, top, co] = await Promise.all([Role.QUALITY_MANAGER, Role.TOP_MANAGEMENT, Role.COMPLAINT_OFFICER].map((r) => app.as(org, r)));
  code = await createCode(app.dataSource, org, [CodeVersionStatus.PUBLISHED], ['P1']);
  P1 = code.promises[0].P1.id;
  await register();
  await register();
});
afterAll(() => app.close());

describe('smoke: management review', () => {
  it('is created from the year\'s complaint analysis, gets decisions and preventive actions, and is signed by top management', async () => {
    const complaintAnalysis = (await qm.data(ANALYSIS, { year })).complaintAnalysis!;
    const review = await create({ title: 'Directiebeoordeling klachten', idempotencyKey: randomUUID() });
    expect(review).toMatchObject({
      year,
      period: { from: `${year}-01-01`, to: `${year}-12-31` },
      title: 'Directiebeoordeling klachten',
      status: 'DRAFT',
      decisions: ['Klachtbrieven herschrijven in B1-taal'],
      signedAt: null,
      signedBy: null,
      createdBy: { id: org.users.QUALITY_MANAGER },
      preventiveActions: { edges: [] },
    });
    expect(review.analysis).toEqual(complaintAnalysis);
    expect(review.analysis.totals.received).toBe(2);

    const action = await preventive();
    const linked = (await top.data(LINK, { r: review.id, a: action.id, v: review.version })).linkPreventiveAction;
    expect(linked.preventiveActions).toEqual({ edges: [{ node: action }] });
    expect(linked.version).toBe(review.version + 1);
    expect(await audit('ManagementReview.preventiveActionLinked', review.id)).toMatchObject([{ changes: { preventiveActionIds: { from: [], to: [action.id] } } }]);

    const decided = (await top.data(UPDATE, { id: review.id, input: { expectedVersion: linked.version, decisions: ['Klachtbrieven herschrijven in B1-taal', ' Vier-ogencontrole invoeren '] } })).updateManagementReview;
    expect(decided.decisions).toEqual(['Klachtbrieven herschrijven in B1-taal', 'Vier-ogencontrole invoeren']);

    const signed = (await top.data(SIGN, { id: review.id, v: decided.version })).signManagementReview;
    expect(signed).toMatchObject({ status: 'SIGNED', signedBy: { id: org.users.TOP_MANAGEMENT }, preventiveActions: { edges: [{ node: action }] }, analysis: complaintAnalysis });
    expect(Date.parse(signed.signedAt!)).not.toBeNaN();
    expect(await audit('ManagementReview.signed', review.id)).toHaveLength(1);
  });

  it('keeps the analysis it was signed with when complaints change afterwards', async () => {
    const review = await create();
    const signed = (await top.data(SIGN, { id: review.id, v: review.version })).signManagementReview;
    const complaint = await register();
    await co.data(ACKNOWLEDGE, { id: complaint.id, input: { expectedVersion: complaint.version, letter: { channel: 'POST', language: 'nl', text: 'Wij hebben uw klacht ontvangen.' } } });
    await app.dataSource.query(`UPDATE complaint SET outcome = 'UPHELD', resolved_at = received_at, resolved_on_time = true WHERE organization_id = $1`, [org.id]);

    const now = (await qm.data(ANALYSIS, { year })).complaintAnalysis!;
    expect(now.totals).toMatchObject({ received: signed.analysis.totals.received + 1 });
    expect(now.totals.upheld).toBeGreaterThan(signed.analysis.totals.upheld);
    expect((await qm.data(REVIEW, { id: review.id })).managementReview).toEqual(signed);
  });

  it('takes the analysis again on request while it is a draft', async () => {
    const review = await create();
    await register();
    const refreshed = (await qm.data(REFRESH, { id: review.id, v: review.version })).refreshManagementReviewAnalysis;
    expect(refreshed.analysis.totals.received).toBe(review.analysis.totals.received + 1);
    expect(refreshed.analysis).toEqual((await qm.data(ANALYSIS, { year })).complaintAnalysis);
    expect(Date.parse(refreshed.analysisTakenAt)).toBeGreaterThan(Date.parse(review.analysisTakenAt));
  });
});

describe('a signed review is final', () => {
  let signed: ReviewsReviewFieldsFragment;
  let action: ReviewsCreateActionMutation['createCorrectiveAction'];

  beforeAll(async () => {
    const review = await create();
    action = await preventive('Jaarlijkse training klachtbehandeling');
    const linked = (await qm.data(LINK, { r: review.id, a: action.id, v: review.version })).linkPreventiveAction;
    signed = (await top.data(SIGN, { id: review.id, v: linked.version })).signManagementReview;
  });

  it('refuses every change through the API as INVALID_TRANSITION and stays as it was', async () => {
    const other = await preventive('Tweede controle');
    const attempts: (() => Promise<FirstError>)[] = [
      () => qm.error(UPDATE, { id: signed.id, input: { expectedVersion: signed.version, title: 'Nieuwe titel' } }),
      () => top.error(UPDATE, { id: signed.id, input: { expectedVersion: signed.version, decisions: ['Anders besloten'] } }),
      () => qm.error(REFRESH, { id: signed.id, v: signed.version }),
      () => top.error(LINK, { r: signed.id, a: other.id, v: signed.version }),
      () => top.error(UNLINK, { r: signed.id, a: action.id, v: signed.version }),
      () => top.error(SIGN, { id: signed.id, v: signed.version }),
    ];
    for (const attempt of attempts) {
      expect(await attempt()).toMatchObject({ code: 'INVALID_TRANSITION', extensions: { entity: 'ManagementReview', from: 'SIGNED' } });
    }
    expect((await qm.data(REVIEW, { id: signed.id })).managementReview).toEqual(signed);
  });

  it('is refused by the database too: no update, no delete, no change to its preventive actions', async () => {
    const ds = app.dataSource;
    await expect(ds.query(`UPDATE management_review SET title = 'Anders' WHERE id = $1`, [signed.id])).rejects.toThrow(/signed and final/);
    await expect(ds.query(`UPDATE management_review SET status = 'DRAFT', signed_at = NULL WHERE id = $1`, [signed.id])).rejects.toThrow(/signed and final/);
    await expect(ds.query(`DELETE FROM management_review WHERE id = $1`, [signed.id])).rejects.toThrow(/signed and final/);
    await expect(ds.query(`DELETE FROM management_review_preventive_action WHERE management_review_id = $1`, [signed.id])).rejects.toThrow(/signed and final/);
    const extra = await insertAction(ds, org, { kind: 'PREVENTIVE', promiseId: P1, status: 'OPEN', dueOn: `${year + 1}-01-31` });
    await expect(
      ds.query(`INSERT INTO management_review_preventive_action (organization_id, management_review_id, corrective_action_id) VALUES ($1, $2, $3)`, [org.id, signed.id, extra.id]),
    ).rejects.toThrow(/signed and final/);
    expect(await ds.getRepository(ManagementReview).findOneByOrFail({ id: signed.id })).toMatchObject({ title: signed.title, status: 'SIGNED', version: signed.version });
  });
});

describe('preparing a review', () => {
  it('links only preventive actions, once, and unlinks them', async () => {
    const review = await create();
    const corrective = await insertAction(app.dataSource, org, { promiseId: P1, status: 'OPEN', dueOn: `${year + 1}-01-31` });
    expect(await qm.error(LINK, { r: review.id, a: corrective.id, v: review.version })).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'correctiveActionId' }] } });
    const action = await preventive('Klantpanel');
    const linked = (await qm.data(LINK, { r: review.id, a: action.id, v: review.version })).linkPreventiveAction;
    const again = (await qm.data(LINK, { r: review.id, a: action.id, v: linked.version })).linkPreventiveAction;
    expect(again).toEqual(linked);
    const unlinked = (await qm.data(UNLINK, { r: review.id, a: action.id, v: linked.version })).unlinkPreventiveAction;
    expect(unlinked).toMatchObject({ preventiveActions: { edges: [] }, version: linked.version + 1 });
    expect(await qm.error(UNLINK, { r: review.id, a: action.id, v: unlinked.version })).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'correctiveActionId' }] } });
    expect((await qm.error(LINK, { r: review.id, a: randomUUID(), v: unlinked.version })).extensions).toMatchObject({ code: 'NOT_FOUND', field: 'correctiveActionId' });
  });

  it('is signed only with at least one decision and on the version the signer read', async () => {
    const review = await create({ decisions: [] });
    expect(await top.error(SIGN, { id: review.id, v: review.version })).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'decisions' }] } });
    const decided = (await qm.data(UPDATE, { id: review.id, input: { expectedVersion: review.version, decisions: ['Meer telefonische bereikbaarheid'] } })).updateManagementReview;
    const linked = (await qm.data(LINK, { r: review.id, a: (await preventive('Bereikbaarheid')).id, v: decided.version })).linkPreventiveAction;
    expect((await top.error(SIGN, { id: review.id, v: decided.version })).code).toBe('CONFLICT');
    expect((await top.data(SIGN, { id: review.id, v: linked.version })).signManagementReview.status).toBe('SIGNED');
  });

  it('validates the input, naming the field', async () => {
    expect(await qm.error(CREATE, { input: { year: 1999 } })).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.year' }] } });
    expect(await qm.error(CREATE, { input: { year, decisions: ['  '] } })).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.decisions[0]' }] } });
  });

  it('returns the first review for a retried creation with the same idempotency key', async () => {
    const idempotencyKey = randomUUID();
    const first = await create({ idempotencyKey });
    const again = await create({ idempotencyKey });
    expect(again.id).toBe(first.id);
    expect(await app.dataSource.getRepository(ManagementReview).countBy({ organizationId: org.id, title: first.title, id: first.id })).toBe(1);
  });
});

describe('finding reviews and who may do what', () => {
  it('lists reviews, latest year first, by year and status', async () => {
    const earlier = (await qm.data(CREATE, { input: { year: year - 1 } })).createManagementReview;
    const all = (await qm.data(REVIEWS, {})).managementReviews!;
    expect(all.edges[0].node.year).toBe(year);
    expect(all.edges[all.edges.length - 1].node).toEqual({ id: earlier.id, year: year - 1, status: 'DRAFT' });
    const signedThisYear = (await qm.data(REVIEWS, { year, status: 'SIGNED' })).managementReviews!;
    expect(signedThisYear.totalCount).toBeGreaterThan(0);
    expect(signedThisYear.edges.every((e) => e.node.year === year && e.node.status === 'SIGNED')).toBe(true);
  });

  it('lets quality and top management prepare, only top management sign, auditors read; others nothing', async () => {
    const review = await create();
    const auditor = await app.as(org, Role.AUDITOR);
    expect((await auditor.data(REVIEW, { id: review.id })).managementReview!.id).toBe(review.id);
    expect((await auditor.error(CREATE, { input: { year } })).code).toBe('FORBIDDEN');
    expect((await qm.error(SIGN, { id: review.id, v: review.version })).code).toBe('FORBIDDEN');
    for (const role of [Role.COMPLAINT_OFFICER, Role.STAFF]) {
      const client = await app.as(org, role);
      expect((await client.error(REVIEW, { id: review.id })).code).toBe('FORBIDDEN');
      expect((await client.error(CREATE, { input: { year } })).code).toBe('FORBIDDEN');
    }
    expect((await (await app.as(org, Role.TOP_MANAGEMENT)).data(CREATE, { input: { year } })).createManagementReview.status).toBe('DRAFT');
  });

  it("answers another organisation's review exactly like a missing one", async () => {
    const review = await create();
    const outsider = await app.as(other, Role.TOP_MANAGEMENT);
    expect(await outsider.error(REVIEW, { id: review.id })).toMatchObject({ code: 'NOT_FOUND', extensions: { id: review.id } });
    expect(await outsider.error(SIGN, { id: review.id, v: review.version })).toMatchObject({ code: 'NOT_FOUND' });
    expect((await outsider.data(REVIEWS, {})).managementReviews!.totalCount).toBe(0);
  });
});

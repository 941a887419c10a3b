import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { Role } from '../../src/common/roles';
import { deadline } from '../../src/common/deadlines';
import { DeadlineUnit } from '../../src/common/organization.entity';
import { DisputesCase } from '../../src/modules/disputes/disputes-case.entity';
import { startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { createCode, createCorrespondence, type CodeFixture } from '../support/fixtures';
import { graphql } from '../graphql';
import type { CreateDisputesBodyInput } from '../graphql/graphql';

graphql(`fragment DisputesBodyFields on DisputesBody { id name outcomeKind feeCents currency feeRefundRule responseWithin responseUnit appealWithinMonths website source isDefault version }`);
graphql(`fragment DisputesCaseFields on DisputesCase { id version origin status bodyReference filedAt responseDueAt respondedAt respondedOnTime outcome decidedAt binding
  adviceFollowed feeCents feeCurrency feeRefundDue feeRefundedOn closedAt compliance { on description documentReference }
  body { id name } complaint { id status version reference escalation { body escalatedAt outcome binding decidedAt } timeline { from to } } }`);
const CREATE_BODY = graphql(`mutation DisputesCreateBody($input: CreateDisputesBodyInput!) { createDisputesBody(input: $input) { ...DisputesBodyFields } }`);
const UPDATE_BODY = graphql(`mutation DisputesUpdateBody($id: ID!, $input: UpdateDisputesBodyInput!) { updateDisputesBody(id: $id, input: $input) { ...DisputesBodyFields } }`);
const BODIES = graphql(`query DisputesBodies { disputesBodies(first: 50) { edges { node { name isDefault } } } }`);
const OPEN = graphql(`mutation DisputesOpen($input: OpenDisputesCaseInput!) { openDisputesCase(input: $input) { ...DisputesCaseFields } }`);
const FORWARDED = graphql(`mutation DisputesForwarded($input: RegisterForwardedDisputesCaseInput!) { registerForwardedDisputesCase(input: $input) { ...DisputesCaseFields } }`);
const RESPOND = graphql(`mutation DisputesRespond($id: ID!, $input: RespondToDisputesCaseInput!) { respondToDisputesCase(id: $id, input: $input) { ...DisputesCaseFields } }`);
const DECIDE = graphql(`mutation DisputesDecide($id: ID!, $input: DecideDisputesCaseInput!) { decideDisputesCase(id: $id, input: $input) { ...DisputesCaseFields } }`);
const CLOSE = graphql(`mutation DisputesClose($id: ID!, $input: CloseDisputesCaseInput!) { closeDisputesCase(id: $id, input: $input) { ...DisputesCaseFields } }`);
const CASES = graphql(`query DisputesCases($status: [DisputesCaseStatus!]) { disputesCases(status: $status, first: 100) { totalCount edges { node { id status } } } }`);
const COMPLAINT = graphql(`query DisputesComplaint($id: ID!) { complaint(id: $id) { id status version disputesCase { id status } } }`);
const REGISTER = graphql(`mutation DisputesRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id version } }`);
const ACKNOWLEDGE = graphql(`mutation DisputesAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { id version } }`);
const START = graphql(`mutation DisputesStart($id: ID!, $input: StartComplaintHandlingInput!) { startComplaintHandling(id: $id, input: $input) { id version } }`);
const RESOLVE = graphql(`mutation DisputesResolve($id: ID!, $input: ResolveComplaintInput!) { resolveComplaint(id: $id, input: $input) { id version resolvedAt } }`);
const CLOSE_COMPLAINT = graphql(`mutation DisputesCloseComplaint($id: ID!, $input: ComplaintStepInput!) { closeComplaint(id: $id, input: $input) { id version } }`);
const ANONYMIZE = graphql(`mutation DisputesAnonymize($id: ID!, $v: Int!) { anonymizeComplaint(id: $id, expectedVersion: $v) { id anonymizedAt } }`);
const CODE_STATUS = graphql(`query DisputesCodeStatus($codeId: ID!) { codeStatus(codeId: $codeId) { promises { promise { key } complaints { received disputes { cases rated overturned overturnRate } } } } }`);
const ANALYSIS = graphql(`query DisputesAnalysis($year: Int!) { complaintAnalysis(year: $year) { byPromise { promiseKey complaints disputes { cases rated overturned overturnRate } } } }`);

/** The bodies of the reference (statutory-and-disputes.md), as an organisation would configure them. */
const KIGID: CreateDisputesBodyInput = {
  name: 'KIGID',
  outcomeKind: 'BINDING',
  feeRefundRule: 'WHEN_UPHELD',
  feeCents: 5000,
  currency: 'EUR',
  responseWithin: 10,
  responseUnit: 'WORKING_DAYS',
  website: 'https://www.kigid.nl',
  source: 'kigid.nl: binding decision, deposit refunded when upheld',
};
const FINKN: CreateDisputesBodyInput = {
  name: 'Finansklagenemnda',
  outcomeKind: 'ADVISORY',
  feeRefundRule: 'NONE',
  responseWithin: 3,
  responseUnit: 'CALENDAR_DAYS',
  website: 'https://www.finkn.no',
  source: 'finkn.no: advisory statement the company may decline to follow',
};

let app: TestApp;
let org: TestOrganization;
let qm: ApiClient;
let co: ApiClient;
let code: CodeFixture;
let kigid: string;
let finkn: string;

const NL_CALENDAR = { timeZone: 'Europe/Amsterdam', holidayCountry: 'NL', closureDays: new Set<string>() };

/** A complaint taken through the organisation's own procedure up to RESOLVED (outcome `outcome`) or CLOSED, about `promise`. */
async function decided(status: 'RESOLVED' | 'CLOSED', promise = 'P1', outcome: 'REJECTED' | 'UPHELD' = 'REJECTED') {
  const c = (await co.data(REGISTER, { input: { channel: 'EMAIL', subject: 'Costs', description: 'Too high', complainant: { name: 'Bram Dekker' }, promiseIds: [code.promises[0][promise].id] } }))
    .registerComplaint;
  let v = (await co.data(ACKNOWLEDGE, { id: c.id, input: { expectedVersion: c.version, letter: { channel: 'EMAIL', language: 'en' } } })).acknowledgeComplaint.version;
  v = (await co.data(START, { id: c.id, input: { expectedVersion: v, handlerId: org.users.COMPLAINT_OFFICER } })).startComplaintHandling.version;
  const resolved = (await co.data(RESOLVE, { id: c.id, input: { expectedVersion: v, decision: 'We keep the costs.', outcome, letter: { channel: 'EMAIL' } } })).resolveComplaint;
  if (status === 'RESOLVED') return resolved;
  const closed = (await co.data(CLOSE_COMPLAINT, { id: c.id, input: { expectedVersion: resolved.version } })).closeComplaint;
  return { ...closed, resolvedAt: resolved.resolvedAt };
}

beforeAll(async () => {
  app = await startTestApp();
  org = await app.createOrganization();
  [qm, co] = await Promise.all([Role.QUALITY_MANAGER, Role.COMPLAINT_OFFICER].map((r) => app.as(org, r)));
  code = await createCode(app.dataSource, org);
  await createCorrespondence(app.dataSource, org);
});
afterAll(() => app.close());

describe('disputes bodies', () => {
  it('are configured by quality managers and top management with their kind of outcome, fees, refund rule, terms and source', async () => {
    const created = (await qm.data(CREATE_BODY, { input: KIGID })).createDisputesBody;
    expect(created).toMatchObject({ ...KIGID, appealWithinMonths: null, isDefault: false, version: 1 });
    kigid = created.id;
    const top = await app.as(org, Role.TOP_MANAGEMENT);
    finkn = (await top.data(CREATE_BODY, { input: FINKN })).createDisputesBody.id;
    for (const role of [Role.COMPLAINT_OFFICER, Role.STAFF, Role.AUDITOR]) {
      expect((await (await app.as(org, role)).error(CREATE_BODY, { input: { ...KIGID, name: 'Other' } })).code).toBe('FORBIDDEN');
    }
  });

  it('have one default, the body decision letters name', async () => {
    const made = (await qm.data(UPDATE_BODY, { id: kigid, input: { expectedVersion: 1, isDefault: true, appealWithinMonths: 12 } })).updateDisputesBody;
    expect(made).toMatchObject({ isDefault: true, appealWithinMonths: 12, version: 2 });
    const defaults = (await qm.data(BODIES)).disputesBodies!.edges.filter((e) => e.node.isDefault).map((e) => e.node.name);
    expect(defaults).toEqual(['KIGID']);
    // Back to the fixture's body for the letters of the other tests.
    const [{ id }] = await app.dataSource.query(`SELECT id, version FROM disputes_body WHERE organization_id = $1 AND name = 'Test Disputes Committee'`, [org.id]);
    const [{ version }] = await app.dataSource.query(`SELECT version FROM disputes_body WHERE id = $1`, [id]);
    await qm.data(UPDATE_BODY, { id, input: { expectedVersion: version, isDefault: true } });
    expect((await qm.data(BODIES)).disputesBodies!.edges.filter((e) => e.node.isDefault).map((e) => e.node.name)).toEqual(['Test Disputes Committee']);
  });

  it('refuse a fee without its currency, and a duplicate name, changing nothing', async () => {
    const e = await qm.error(CREATE_BODY, { input: { name: 'IncassoKlacht', outcomeKind: 'BINDING', feeCents: 4900 } });
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.currency' }] } });
    expect((await qm.error(CREATE_BODY, { input: KIGID })).code).toBe('CONFLICT');
    expect((await qm.data(BODIES)).disputesBodies!.edges).toHaveLength(3);
  });
});

describe('a case from a RESOLVED complaint before a binding body', () => {
  it('runs OPEN → RESPONDED → DECIDED → CLOSED: the complaint ESCALATED, closed by the outcome, the fee refunded and the ruling carried out', async () => {
    const resolved = await decided('RESOLVED');
    const early = await co.error(OPEN, {
      input: { complaintId: resolved.id, bodyId: kigid, expectedVersion: resolved.version, filedAt: DateTime.fromISO(resolved.resolvedAt!).minus({ hours: 1 }).toUTC().toISO()! },
    });
    expect(early).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.filedAt' }] } });
    const opened = (await co.data(OPEN, { input: { complaintId: resolved.id, bodyId: kigid, expectedVersion: resolved.version, bodyReference: 'KIGID-2026-17' } }))
      .openDisputesCase;
    const filedAt = opened.filedAt;
    expect(opened).toMatchObject({
      origin: 'AFTER_RESOLUTION',
      status: 'OPEN',
      bodyReference: 'KIGID-2026-17',
      filedAt,
      binding: true,
      feeCents: 5000,
      feeCurrency: 'EUR',
      body: { name: 'KIGID' },
      complaint: { status: 'ESCALATED', escalation: { body: 'KIGID', escalatedAt: filedAt, outcome: null } },
    });
    // The agency's response term on the working-day calendar.
    expect(opened.responseDueAt).toBe(deadline(new Date(filedAt), { within: 10, unit: DeadlineUnit.WORKING_DAYS }, NL_CALENDAR).toISOString());
    expect((await co.data(COMPLAINT, { id: resolved.id })).complaint!.disputesCase).toEqual({ id: opened.id, status: 'OPEN' });

    const responded = (await co.data(RESPOND, { id: opened.id, input: { expectedVersion: opened.version } })).respondToDisputesCase;
    expect(responded).toMatchObject({ status: 'RESPONDED', respondedOnTime: true });
    const decidedCase = (await co.data(DECIDE, { id: opened.id, input: { expectedVersion: responded.version, outcome: 'PARTIALLY_UPHELD', note: 'Half the costs' } }))
      .decideDisputesCase;
    expect(decidedCase).toMatchObject({ status: 'DECIDED', outcome: 'PARTIALLY_UPHELD', feeRefundDue: true, closedAt: null });
    expect(decidedCase.complaint).toMatchObject({ status: 'CLOSED', escalation: { outcome: 'PARTIALLY_UPHELD', binding: true } });
    expect(decidedCase.complaint.timeline.slice(-2)).toEqual([{ from: 'RESOLVED', to: 'ESCALATED' }, { from: 'ESCALATED', to: 'CLOSED' }]);

    // The file stays while the case is open: no anonymisation.
    const refused = await qm.error(ANONYMIZE, { id: resolved.id, v: decidedCase.complaint.version });
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'id' }] } });
    expect(refused.message).toContain('DECIDED');

    const today = DateTime.now().setZone('Europe/Amsterdam').toISODate()!;
    const noProof = await co.error(CLOSE, { id: opened.id, input: { expectedVersion: decidedCase.version, feeRefundedOn: today } });
    expect(noProof).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.compliance' }] } });
    const compliance = { on: today, description: 'Half the collection costs credited to the debtor account', documentReference: 'CRN-2026-044' };
    const noRefund = await co.error(CLOSE, { id: opened.id, input: { expectedVersion: decidedCase.version, compliance } });
    expect(noRefund).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.feeRefundedOn' }] } });
    const future = await co.error(CLOSE, { id: opened.id, input: { expectedVersion: decidedCase.version, compliance: { ...compliance, on: '2999-01-01' }, feeRefundedOn: today } });
    expect(future).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.compliance.on' }] } });
    const advice = await co.error(CLOSE, { id: opened.id, input: { expectedVersion: decidedCase.version, compliance, feeRefundedOn: today, adviceFollowed: true } });
    expect(advice).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.adviceFollowed' }] } });

    const closed = (await co.data(CLOSE, { id: opened.id, input: { expectedVersion: decidedCase.version, compliance, feeRefundedOn: today } })).closeDisputesCase;
    expect(closed).toMatchObject({ status: 'CLOSED', compliance, feeRefundedOn: today });
    expect(closed.closedAt).not.toBeNull();
    expect((await qm.data(ANONYMIZE, { id: resolved.id, v: closed.complaint.version })).anonymizeComplaint.anonymizedAt).not.toBeNull();
  });
});

describe('a case from a CLOSED complaint before an advisory body', () => {
  it('reopens nothing but the disputes: CLOSED → ESCALATED → CLOSED; advice against the organisation needs its answer', async () => {
    const closedComplaint = await decided('CLOSED');
    const opened = (await co.data(OPEN, { input: { complaintId: closedComplaint.id, bodyId: finkn, expectedVersion: closedComplaint.version } })).openDisputesCase;
    expect(opened).toMatchObject({ origin: 'AFTER_CLOSURE', binding: false, feeCents: null, complaint: { status: 'ESCALATED' } });
    const decidedCase = (await co.data(DECIDE, { id: opened.id, input: { expectedVersion: opened.version, outcome: 'UPHELD' } })).decideDisputesCase;
    expect(decidedCase).toMatchObject({ status: 'DECIDED', binding: false, feeRefundDue: false, complaint: { status: 'CLOSED' } });
    expect(decidedCase.complaint.timeline.map((t) => t.to)).toEqual(['RECEIVED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'ESCALATED', 'CLOSED']);
    const unanswered = await co.error(CLOSE, { id: opened.id, input: { expectedVersion: decidedCase.version } });
    expect(unanswered).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.adviceFollowed' }] } });
    const declined = (await co.data(CLOSE, { id: opened.id, input: { expectedVersion: decidedCase.version, adviceFollowed: false } })).closeDisputesCase;
    expect(declined).toMatchObject({ status: 'CLOSED', adviceFollowed: false, compliance: null });
    // One case per complaint.
    const again = await co.error(OPEN, { input: { complaintId: closedComplaint.id, bodyId: kigid, expectedVersion: declined.complaint.version } });
    expect(again).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.complaintId' }] } });
  });
});

describe('a forwarded complaint', () => {
  it('is registered with its case, ESCALATED from receipt, retry-safe under a key; a withdrawn case closes with nothing to carry out', async () => {
    const idempotencyKey = randomUUID();
    const input = {
      idempotencyKey,
      bodyId: kigid,
      bodyReference: 'KIGID-FWD-3',
      complaint: { channel: 'LETTER' as const, subject: 'Never answered', description: 'I wrote twice.', complainant: { name: 'Sanne Bos' }, promiseIds: [code.promises[0].P2.id] },
    };
    const forwarded = (await co.data(FORWARDED, { input })).registerForwardedDisputesCase;
    expect(forwarded).toMatchObject({ origin: 'FORWARDED', status: 'OPEN', complaint: { status: 'ESCALATED', escalation: { body: 'KIGID' } } });
    expect(forwarded.complaint.timeline).toEqual([{ from: null, to: 'RECEIVED' }, { from: 'RECEIVED', to: 'ESCALATED' }]);
    const replay = (await co.data(FORWARDED, { input })).registerForwardedDisputesCase;
    expect(replay.id).toBe(forwarded.id);
    expect(await app.dataSource.getRepository(DisputesCase).countBy({ bodyReference: 'KIGID-FWD-3' })).toBe(1);

    const withdrawn = (await co.data(DECIDE, { id: forwarded.id, input: { expectedVersion: forwarded.version, outcome: 'WITHDRAWN' } })).decideDisputesCase;
    expect(withdrawn).toMatchObject({ status: 'DECIDED', complaint: { status: 'CLOSED', escalation: { outcome: 'WITHDRAWN' } } });
    const refund = await co.error(CLOSE, { id: forwarded.id, input: { expectedVersion: withdrawn.version, feeRefundedOn: DateTime.now().setZone('Europe/Amsterdam').toISODate()! } });
    expect(refund).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'input.feeRefundedOn' }] } });
    const closed = (await co.data(CLOSE, { id: forwarded.id, input: { expectedVersion: withdrawn.version } })).closeDisputesCase;
    expect(closed.status).toBe('CLOSED');
    // Anonymising the complaint forgets the key that registered it: its fingerprint hashes the complainant's data.
    const keys = () => app.dataSource.query(`SELECT count(*)::int AS n FROM idempotency_key WHERE key = $1`, [idempotencyKey]).then((r: { n: number }[]) => r[0].n);
    expect(await keys()).toBe(1);
    await qm.data(ANONYMIZE, { id: closed.complaint.id, v: closed.complaint.version });
    expect(await keys()).toBe(0);
  });
});

describe('forbidden steps', () => {
  it('answer INVALID_TRANSITION naming both states, changing nothing', async () => {
    const resolved = await decided('RESOLVED');
    const opened = (await co.data(OPEN, { input: { complaintId: resolved.id, bodyId: kigid, expectedVersion: resolved.version } })).openDisputesCase;
    const closeOpen = await co.error(CLOSE, { id: opened.id, input: { expectedVersion: opened.version } });
    expect(closeOpen).toMatchObject({ code: 'INVALID_TRANSITION', extensions: { entity: 'DisputesCase', from: 'OPEN', to: 'CLOSED', allowed: ['RESPONDED', 'DECIDED'] } });
    const decidedCase = (await co.data(DECIDE, { id: opened.id, input: { expectedVersion: opened.version, outcome: 'SETTLED' } })).decideDisputesCase;
    const respondLate = await co.error(RESPOND, { id: opened.id, input: { expectedVersion: decidedCase.version } });
    expect(respondLate).toMatchObject({ code: 'INVALID_TRANSITION', extensions: { from: 'DECIDED', to: 'RESPONDED', allowed: ['CLOSED'] } });
    const decideAgain = await co.error(DECIDE, { id: opened.id, input: { expectedVersion: decidedCase.version, outcome: 'UPHELD' } });
    expect(decideAgain).toMatchObject({ code: 'INVALID_TRANSITION', extensions: { from: 'DECIDED', to: 'DECIDED' } });
    expect(await app.dataSource.getRepository(DisputesCase).findOneByOrFail({ id: opened.id })).toMatchObject({ status: 'DECIDED', outcome: 'SETTLED', version: decidedCase.version });

    const c = (await co.data(REGISTER, { input: { channel: 'EMAIL', subject: 'S', description: 'D' } })).registerComplaint;
    const fromReceived = await co.error(OPEN, { input: { complaintId: c.id, bodyId: kigid, expectedVersion: c.version } });
    expect(fromReceived).toMatchObject({ code: 'INVALID_TRANSITION', extensions: { entity: 'Complaint', from: 'RECEIVED', to: 'ESCALATED', allowed: ['ACKNOWLEDGED'] } });
    const acknowledged = (await co.data(ACKNOWLEDGE, { id: c.id, input: { expectedVersion: c.version, letter: { channel: 'EMAIL', language: 'en' } } })).acknowledgeComplaint;
    const fromAcknowledged = await co.error(OPEN, { input: { complaintId: c.id, bodyId: kigid, expectedVersion: acknowledged.version } });
    expect(fromAcknowledged).toMatchObject({ code: 'INVALID_TRANSITION', extensions: { from: 'ACKNOWLEDGED', to: 'ESCALATED' } });
    expect((await co.data(COMPLAINT, { id: c.id })).complaint).toMatchObject({ status: 'ACKNOWLEDGED', disputesCase: null });
  });

  it('are refused to members who do not handle complaints', async () => {
    const resolved = await decided('RESOLVED');
    for (const role of [Role.TOP_MANAGEMENT, Role.AUDITOR, Role.STAFF]) {
      const client = await app.as(org, role);
      expect((await client.error(OPEN, { input: { complaintId: resolved.id, bodyId: kigid, expectedVersion: resolved.version } })).code).toBe('FORBIDDEN');
    }
  });
});

describe('the overturn rate per promise', () => {
  it('is in codeStatus and complaintAnalysis, equal to a direct count of the cases decided against the organisation', async () => {
    const other = await app.createOrganization();
    const officer = await app.as(other, Role.COMPLAINT_OFFICER);
    const manager = await app.as(other, Role.QUALITY_MANAGER);
    const otherCode = await createCode(app.dataSource, other);
    await createCorrespondence(app.dataSource, other);
    const body = (await manager.data(CREATE_BODY, { input: KIGID })).createDisputesBody.id;
    const outcomes = ['UPHELD', 'PARTIALLY_UPHELD', 'UPHELD', 'SETTLED', 'INADMISSIBLE', 'WITHDRAWN'] as const;
    for (const [i, outcome] of [...outcomes, null].entries()) {
      const promiseIds = [otherCode.promises[0][i % 2 === 0 ? 'P1' : 'P2'].id];
      const c = (await officer.data(REGISTER, { input: { channel: 'EMAIL', subject: `S${i}`, description: 'D', promiseIds } })).registerComplaint;
      let v = (await officer.data(ACKNOWLEDGE, { id: c.id, input: { expectedVersion: c.version, letter: { channel: 'EMAIL', language: 'en' } } })).acknowledgeComplaint.version;
      v = (await officer.data(START, { id: c.id, input: { expectedVersion: v, handlerId: other.users.COMPLAINT_OFFICER } })).startComplaintHandling.version;
      v = (await officer.data(RESOLVE, { id: c.id, input: { expectedVersion: v, decision: 'No.', outcome: 'REJECTED', letter: { channel: 'EMAIL' } } })).resolveComplaint.version;
      const opened = (await officer.data(OPEN, { input: { complaintId: c.id, bodyId: body, expectedVersion: v } })).openDisputesCase;
      if (outcome) await officer.data(DECIDE, { id: opened.id, input: { expectedVersion: opened.version, outcome } });
    }
    // Direct count, per promise: rated UPHELD, PARTIALLY_UPHELD, REJECTED, SETTLED; against: UPHELD, PARTIALLY_UPHELD.
    const direct: { key: string; cases: number; rated: number; overturned: number }[] = await app.dataSource.query(
      `SELECT p.key, count(*)::int AS cases,
         (count(*) FILTER (WHERE dc.outcome IN ('UPHELD', 'PARTIALLY_UPHELD', 'REJECTED', 'SETTLED')))::int AS rated,
         (count(*) FILTER (WHERE dc.outcome IN ('UPHELD', 'PARTIALLY_UPHELD')))::int AS overturned
       FROM disputes_case dc JOIN complaint_promise cp ON cp.complaint_id = dc.complaint_id JOIN code_promise p ON p.id = cp.promise_id
       WHERE dc.organization_id = $1 GROUP BY p.key ORDER BY p.key`,
      [other.id],
    );
    // P1: UPHELD, UPHELD, INADMISSIBLE, undecided; P2: PARTIALLY_UPHELD, SETTLED, WITHDRAWN.
    expect(direct).toEqual([
      { key: 'P1', cases: 4, rated: 2, overturned: 2 },
      { key: 'P2', cases: 3, rated: 2, overturned: 1 },
    ]);
    const expected = (key: string) => {
      const d = direct.find((r) => r.key === key)!;
      return { cases: d.cases, rated: d.rated, overturned: d.overturned, overturnRate: d.overturned / d.rated };
    };
    const status = (await manager.data(CODE_STATUS, { codeId: otherCode.code.id })).codeStatus!;
    for (const key of ['P1', 'P2']) expect(status.promises.find((p) => p.promise.key === key)!.complaints.disputes).toEqual(expected(key));
    const year = DateTime.now().setZone('Europe/Amsterdam').year;
    const analysis = (await manager.data(ANALYSIS, { year })).complaintAnalysis!;
    for (const key of ['P1', 'P2']) expect(analysis.byPromise.find((p) => p.promiseKey === key)!.disputes).toEqual(expected(key));
    // The cases list filters by stage.
    expect((await manager.data(CASES, { status: ['OPEN'] })).disputesCases!.totalCount).toBe(1);
  });
});

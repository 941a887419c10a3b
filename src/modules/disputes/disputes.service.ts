import DataLoader from 'dataloader';
import { DateTime } from 'luxon';
import { In } from 'typeorm';
import type { Context } from '../../common/context';
import { deadline } from '../../common/deadlines';
import { BadUserInputError, InvalidTransitionError } from '../../common/errors';
import { createOnce, forgetIdempotencyKeys } from '../../common/idempotency';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { DeadlineUnit } from '../../common/organization.entity';
import { byIdLoader, expectedIn, scoped, scopedTo } from '../../common/tenancy';
import { OrganizationService } from '../organization';
import { COMPLAINT_LIFECYCLE, ClosureDayService, Complaint, ComplaintService, ComplaintStatus, pastInstant, type DisputesRoute } from '../complaint';
import { DisputesBody } from './disputes-body.entity';
import { DisputesCase } from './disputes-case.entity';
import { DISPUTES_CASE_LIFECYCLE, OPEN_CASE_STATUSES } from './disputes-lifecycle';
import { DisputesCaseOrigin, DisputesCaseStatus, DisputesOutcomeKind, closingRequirements, feeRefundDue } from './disputes-rules';
import type {
  CloseDisputesCaseInput,
  CreateDisputesBodyInput,
  DecideDisputesCaseInput,
  DisputesBodyFields,
  DisputesCasesArgs,
  EscalateComplaintInput,
  OpenDisputesCaseInput,
  RecordEscalationDecisionInput,
  RegisterForwardedDisputesCaseInput,
  RespondToDisputesCaseInput,
  UpdateDisputesBodyInput,
} from './disputes.dto';

/** The disputes module's loaders of a request (`ctx.loaders.disputes`). */
export interface DisputesLoaders {
  /** The case of each complaint, or null. */
  caseOfComplaint: DataLoader<string, DisputesCase | null>;
}

declare module '../../common/context' {
  interface LoaderGroups {
    disputes: DisputesLoaders;
  }
}

const trimmed = (value: string | null | undefined) => value?.trim() || null;

/**
 * Disputes bodies and the cases before them (Wki: an agency is affiliated with an independent
 * disputes body; statutory-and-disputes.md): the bodies as the organisation configures them, and
 * for each complaint a body handles, its case through its stages, with the complaint ESCALATED
 * while the body handles it and CLOSED by the outcome.
 */
export class DisputesService {
  static loaders(ctx: Context): DisputesLoaders {
    return {
      caseOfComplaint: new DataLoader(async (complaintIds: readonly string[]) => {
        const cases = await scoped(ctx, DisputesCase).find({ where: { complaintId: In([...complaintIds]) } });
        const byId = byIdLoader(ctx, DisputesCase);
        for (const c of cases) byId.prime(c.id, c);
        return complaintIds.map((id) => cases.find((c) => c.complaintId === id) ?? null);
      }),
    };
  }

  // Bodies

  static bodies(ctx: Context, args: ConnectionArgs): Promise<ConnectionResult<DisputesBody>> {
    return paginate(scoped(ctx, DisputesBody).query('b'), args, { column: 'b.createdAt', property: 'createdAt', direction: 'ASC' });
  }

  static async createBody(ctx: Context, input: CreateDisputesBodyInput): Promise<DisputesBody> {
    const fields = DisputesService.bodyFields(input);
    if (input.isDefault) await DisputesService.clearDefault(ctx, null);
    return scoped(ctx, DisputesBody).insert({ ...fields, name: input.name.trim() });
  }

  static async updateBody(ctx: Context, id: string, input: UpdateDisputesBodyInput): Promise<DisputesBody> {
    const bodies = scoped(ctx, DisputesBody);
    const current = await bodies.get(id, 'id');
    const fields = DisputesService.bodyFields({ ...input, responseUnit: input.responseUnit ?? current.responseUnit ?? undefined });
    if (input.isDefault) await DisputesService.clearDefault(ctx, current.id);
    return bodies.update(current, { ...fields, ...(input.name ? { name: input.name.trim() } : {}) }, expectedIn(input));
  }

  /** The fields given, checked together: a fee needs its currency, a response term its unit (working days by default). */
  private static bodyFields(input: DisputesBodyFields): Partial<DisputesBody> {
    const fields: Partial<DisputesBody> = {};
    if (input.outcomeKind) fields.outcomeKind = input.outcomeKind;
    if (input.feeCents != null) {
      if (!input.currency) throw BadUserInputError.field('input.currency', 'is required with a fee');
      fields.feeCents = input.feeCents;
    }
    if (input.currency) fields.currency = input.currency;
    if (input.feeRefundRule) fields.feeRefundRule = input.feeRefundRule;
    if (input.responseWithin != null) {
      fields.responseWithin = input.responseWithin;
      fields.responseUnit = input.responseUnit ?? DeadlineUnit.WORKING_DAYS;
    } else if (input.responseUnit) fields.responseUnit = input.responseUnit;
    if (input.appealWithinMonths != null) fields.appealWithinMonths = input.appealWithinMonths;
    if (input.postalAddress) fields.postalAddress = input.postalAddress.trim();
    if (input.website) fields.website = input.website.trim();
    if (input.source) fields.source = input.source.trim();
    if (input.isDefault != null) fields.isDefault = input.isDefault;
    return fields;
  }

  private static async clearDefault(ctx: Context, except: string | null): Promise<void> {
    const bodies = scoped(ctx, DisputesBody);
    for (const body of await bodies.find({ where: { isDefault: true } })) {
      if (body.id !== except) await bodies.update(body, { isDefault: false });
    }
  }

  /** The body a decision letter names (ComplaintHooks): the one asked for, else the default. */
  static async route(ctx: Context, bodyId: string | null, field: string, organizationId?: string): Promise<DisputesRoute | null> {
    const bodies = organizationId ? scopedTo(ctx, DisputesBody, organizationId) : scoped(ctx, DisputesBody);
    const body = bodyId ? await bodies.get(bodyId, field) : await bodies.findOne({ isDefault: true });
    if (!body) return null;
    return { bodyId: body.id, name: body.name, postalAddress: body.postalAddress, website: body.website, appealWithinMonths: body.appealWithinMonths };
  }

  // Cases

  static cases(ctx: Context, args: DisputesCasesArgs): Promise<ConnectionResult<DisputesCase>> {
    const qb = scoped(ctx, DisputesCase).query('d');
    if (args.status?.length) qb.andWhere('d.status IN (:...statuses)', { statuses: args.status });
    if (args.bodyId) qb.andWhere('d.bodyId = :bodyId', { bodyId: args.bodyId });
    return paginate(qb, args, { column: 'd.filedAt', property: 'filedAt', direction: 'DESC' });
  }

  static caseOf(ctx: Context, complaint: Complaint): Promise<DisputesCase | null> {
    return ctx.loaders.disputes.caseOfComplaint.load(complaint.id);
  }

  /** A body sent a case about a RESOLVED or CLOSED complaint: the complaint becomes ESCALATED, the case OPEN with its response term. */
  static async open(ctx: Context, input: OpenDisputesCaseInput): Promise<DisputesCase> {
    const body = await scoped(ctx, DisputesBody).get(input.bodyId, 'input.bodyId');
    const complaint = await scoped(ctx, Complaint).get(input.complaintId, 'input.complaintId');
    const origin =
      complaint.status === ComplaintStatus.RESOLVED ? DisputesCaseOrigin.AFTER_RESOLUTION : complaint.status === ComplaintStatus.CLOSED ? DisputesCaseOrigin.AFTER_CLOSURE : null;
    if (!origin) {
      // RECEIVED → ESCALATED is only for a complaint a body forwards (registerForwardedDisputesCase).
      const allowed = COMPLAINT_LIFECYCLE.next(complaint.status).filter((s) => s !== ComplaintStatus.ESCALATED);
      throw new InvalidTransitionError('Complaint', complaint.status, ComplaintStatus.ESCALATED, allowed);
    }
    await DisputesService.assertNoCase(ctx, complaint.id, 'input.complaintId');
    const filedAt = pastInstant(input.filedAt, 'input.filedAt', new Date());
    await ComplaintService.enterDisputes(ctx, complaint.id, { expectedVersion: input.expectedVersion, note: input.note }, { body: body.name, escalatedAt: filedAt });
    return DisputesService.insertCase(ctx, body, complaint.id, origin, filedAt, input.bodyReference);
  }

  /** A body forwarded a complaint never registered: the complaint (ESCALATED at once) and its case, retry-safe with a key. */
  static registerForwarded(ctx: Context, input: RegisterForwardedDisputesCaseInput): Promise<DisputesCase> {
    return createOnce(ctx, {
      operation: 'registerForwardedDisputesCase',
      input,
      storedAs: 'disputesCaseId',
      run: async () => {
        const body = await scoped(ctx, DisputesBody).get(input.bodyId, 'input.bodyId');
        const filedAt = pastInstant(input.filedAt, 'input.filedAt', new Date());
        const complaint = await ComplaintService.receiveForwarded(ctx, input.complaint, { body: body.name, escalatedAt: filedAt });
        return DisputesService.insertCase(ctx, body, complaint.id, DisputesCaseOrigin.FORWARDED, filedAt, input.bodyReference);
      },
      reload: (id) => scoped(ctx, DisputesCase).get(id),
    });
  }

  private static async insertCase(
    ctx: Context,
    body: DisputesBody,
    complaintId: string,
    origin: DisputesCaseOrigin,
    filedAt: Date,
    bodyReference: string | undefined,
  ): Promise<DisputesCase> {
    let responseDueAt: Date | null = null;
    if (body.responseWithin != null && body.responseUnit) {
      const organization = await OrganizationService.current(ctx);
      const calendar = await ClosureDayService.calendar(ctx, organization, filedAt);
      responseDueAt = deadline(filedAt, { within: body.responseWithin, unit: body.responseUnit }, calendar);
    }
    return scoped(ctx, DisputesCase).insert(
      {
        complaintId,
        bodyId: body.id,
        origin,
        status: DisputesCaseStatus.OPEN,
        bodyReference: trimmed(bodyReference),
        filedAt,
        responseDueAt,
        binding: body.outcomeKind ? body.outcomeKind === DisputesOutcomeKind.BINDING : null,
        feeCents: body.feeCents,
        feeCurrency: body.currency,
      },
      { action: 'DisputesCase.opened' },
    );
  }

  /** OPEN → RESPONDED: the organisation sent the body its response (on time or late against the response term). */
  static async respond(ctx: Context, id: string, input: RespondToDisputesCaseInput): Promise<DisputesCase> {
    const cases = scoped(ctx, DisputesCase);
    const current = await cases.get(id, 'id');
    DISPUTES_CASE_LIFECYCLE.assert(current.status, DisputesCaseStatus.RESPONDED);
    const respondedAt = pastInstant(input.respondedAt, 'input.respondedAt', new Date());
    if (respondedAt < current.filedAt) throw BadUserInputError.field('input.respondedAt', 'must not be before the case was filed');
    return cases.update(
      current,
      {
        status: DisputesCaseStatus.RESPONDED,
        respondedAt,
        respondedOnTime: current.responseDueAt ? respondedAt <= current.responseDueAt : null,
      },
      { ...expectedIn(input), action: 'DisputesCase.responded' },
    );
  }

  /**
   * OPEN or RESPONDED → DECIDED: the body's outcome, which closes the complaint (ESCALATED → CLOSED,
   * the outcome kept in its escalation); whether the fee is to be refunded follows from the body's rule.
   */
  static async decide(ctx: Context, id: string, input: DecideDisputesCaseInput, complaintVersion?: number): Promise<DisputesCase> {
    const cases = scoped(ctx, DisputesCase);
    const current = await cases.get(id, 'id');
    DISPUTES_CASE_LIFECYCLE.assert(current.status, DisputesCaseStatus.DECIDED);
    const body = await scoped(ctx, DisputesBody).get(current.bodyId);
    if (input.binding != null && current.binding != null && input.binding !== current.binding && complaintVersion == null) {
      throw BadUserInputError.field('input.binding', `the body's outcomes are ${current.binding ? 'binding' : 'advisory'}: leave binding out`);
    }
    const binding = complaintVersion != null ? (input.binding ?? current.binding) : (current.binding ?? input.binding ?? null);
    if (binding == null) throw BadUserInputError.field('input.binding', `the kind of outcome of ${body.name} is not configured: say whether this outcome binds the organisation`);
    const decidedAt = pastInstant(input.decidedAt, 'input.decidedAt', new Date());
    if (decidedAt < current.filedAt) throw BadUserInputError.field('input.decidedAt', 'must not be before the case was filed');
    const decided = await cases.update(
      current,
      { status: DisputesCaseStatus.DECIDED, outcome: input.outcome, decidedAt, binding, feeRefundDue: feeRefundDue(body.feeRefundRule, current.feeCents, input.outcome) },
      { ...expectedIn(input), action: 'DisputesCase.decided' },
    );
    await ComplaintService.leaveDisputes(ctx, current.complaintId, { outcome: input.outcome, binding, decidedAt }, input.note, complaintVersion);
    return decided;
  }

  /** DECIDED → CLOSED, with what the outcome requires (closingRequirements): the answer to advice, proof of compliance, the fee refund. */
  static async close(ctx: Context, id: string, input: CloseDisputesCaseInput): Promise<DisputesCase> {
    const cases = scoped(ctx, DisputesCase);
    const current = await cases.get(id, 'id');
    DISPUTES_CASE_LIFECYCLE.assert(current.status, DisputesCaseStatus.CLOSED);
    const needs = closingRequirements({ outcome: current.outcome!, binding: current.binding, feeRefundDue: current.feeRefundDue === true }, input.adviceFollowed ?? null);
    if (needs.adviceResponse && input.adviceFollowed == null) {
      throw BadUserInputError.field('input.adviceFollowed', 'the advisory body found against the organisation: say whether it follows the advice');
    }
    if (!needs.adviceResponse && input.adviceFollowed != null) {
      throw BadUserInputError.field('input.adviceFollowed', 'applies only to advice of an advisory body against the organisation');
    }
    if (needs.compliance && !input.compliance) throw BadUserInputError.field('input.compliance', `the outcome (${current.outcome}) must be carried out: give the proof of compliance`);
    const { timezone } = await OrganizationService.current(ctx);
    const decidedOn = DateTime.fromJSDate(current.decidedAt!, { zone: timezone }).toISODate()!;
    const today = DateTime.now().setZone(timezone).toISODate()!;
    const day = (value: string, field: string) => {
      if (value < decidedOn) throw BadUserInputError.field(field, `must not be before the decision (${decidedOn})`);
      if (value > today) throw BadUserInputError.field(field, 'must not be in the future');
      return value;
    };
    if (needs.feeRefund && !input.feeRefundedOn) throw BadUserInputError.field('input.feeRefundedOn', "the body's rule makes the fee refundable for this outcome: give the day it was refunded");
    if (!needs.feeRefund && input.feeRefundedOn) throw BadUserInputError.field('input.feeRefundedOn', "no refund is due under the body's rule for this outcome");
    const compliance = input.compliance
      ? { on: day(input.compliance.on, 'input.compliance.on'), description: input.compliance.description.trim(), documentReference: trimmed(input.compliance.documentReference) }
      : { on: null, description: null, documentReference: null };
    return cases.update(
      current,
      {
        status: DisputesCaseStatus.CLOSED,
        adviceFollowed: input.adviceFollowed ?? null,
        compliance,
        feeRefundedOn: input.feeRefundedOn ? day(input.feeRefundedOn, 'input.feeRefundedOn') : null,
        closedAt: new Date(),
      },
      { ...expectedIn(input), action: 'DisputesCase.closed' },
    );
  }

  /** ComplaintHooks: a complaint whose case is open is not anonymised (the body and the compliance still need the file). */
  static async assertMayAnonymise(ctx: Context, complaint: Complaint): Promise<void> {
    const open = await scopedTo(ctx, DisputesCase, complaint.organizationId).findOne({ complaintId: complaint.id, status: In([...OPEN_CASE_STATUSES]) });
    if (open) throw BadUserInputError.field('id', `a disputes-body case about the complaint is ${open.status}: it can be anonymised once the case is CLOSED`);
  }

  /**
   * ComplaintHooks: anonymising a forwarded complaint forgets the idempotency key that registered
   * it, whose fingerprint hashes the complainant's data (as the complaint module does for its own creates).
   */
  static async forgetForwardingKey(ctx: Context, complaint: Complaint): Promise<void> {
    const kase = await scopedTo(ctx, DisputesCase, complaint.organizationId).findOne({ complaintId: complaint.id });
    if (kase) await forgetIdempotencyKeys(ctx, complaint.organizationId, ['registerForwardedDisputesCase'], [{ disputesCaseId: kase.id }]);
  }

  private static async assertNoCase(ctx: Context, complaintId: string, field: string): Promise<void> {
    if (await scoped(ctx, DisputesCase).count({ complaintId })) throw BadUserInputError.field(field, 'the complaint has had its disputes-body case already');
  }

  // The first escalation model's operations (deprecated), on top of cases.

  /** `escalateComplaint`: opens a case with the body of that name, adding it (kind unset) when the organisation has none. */
  static async escalate(ctx: Context, complaintId: string, input: EscalateComplaintInput): Promise<Complaint> {
    const name = input.body.trim();
    const bodies = scoped(ctx, DisputesBody);
    const body =
      (await bodies.query('b').andWhere('lower(b.name) = lower(:name)', { name }).getOne()) ??
      (await bodies.insert({ name, source: 'Named when a complaint was escalated (escalateComplaint); configure its kind of outcome, fees and terms.' }));
    await DisputesService.open(ctx, { complaintId, bodyId: body.id, filedAt: input.escalatedAt, note: input.note, expectedVersion: input.expectedVersion });
    return scoped(ctx, Complaint).get(complaintId);
  }

  /** `recordEscalationDecision`: the case's outcome with the binding flag given (expectedVersion is the complaint's). */
  static async recordEscalationDecision(ctx: Context, complaintId: string, input: RecordEscalationDecisionInput): Promise<Complaint> {
    const complaint = await scoped(ctx, Complaint).get(complaintId, 'id');
    const kase = await scoped(ctx, DisputesCase).findOne({ complaintId });
    if (complaint.status !== ComplaintStatus.ESCALATED || !kase) throw BadUserInputError.field('id', `the complaint is ${complaint.status}, not ESCALATED`);
    await DisputesService.decide(
      ctx,
      kase.id,
      { expectedVersion: kase.version, outcome: input.outcome, binding: input.binding, decidedAt: input.decidedAt, note: input.note },
      input.expectedVersion,
    );
    return scoped(ctx, Complaint).get(complaintId);
  }
}

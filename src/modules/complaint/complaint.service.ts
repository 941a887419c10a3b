import { DateTime } from 'luxon';
import type { Context } from '../../common/context';
import { currentUser } from '../../common/context';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import { fromJsonRow, fromJsonRows, type JsonRow } from '../../common/json-rows';
import { deadline } from '../../common/deadlines';
import { createOnce, forgetIdempotencyKeys, idempotent } from '../../common/idempotency';
import { replaceLinks } from '../../common/links';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { byIdLoader, isUuid, scoped, scopedTo, expectedIn } from '../../common/tenancy';
import { Role } from '../../common/roles';
import type { Organization } from '../../common/organization.entity';
import { OrganizationService } from '../organization';
import { User, UserService } from '../user';
import { CodePromise } from '../code';
import { Complaint, ComplaintCategory, ComplaintChannel, ComplaintOutcome, ComplaintStatus } from './complaint.entity';
import type { ComplaintEscalation } from './complaint.entity';
import { ComplaintLetter } from './complaint-letter.entity';
import { ComplaintHooks } from './complaint-hooks';
import { CorrespondenceService } from './correspondence.service';
import { LetterKind } from './letter-rendering';
import { ComplaintPromise } from './complaint-promise.entity';
import { ComplaintTimelineEntry } from './complaint-timeline-entry.entity';
import { nextComplaintReference } from './complaint-reference';
import { COMPLAINT_LIFECYCLE, DECIDED_STATUSES, UNRESOLVED_STATUSES, isOverdue, overdueCondition } from './complaint-lifecycle';
import { ClosureDayService } from './closure-day.service';
import { linkablePromises } from './linkable-promises';
import {
  ComplaintSort,
  type AcknowledgeComplaintInput,
  type Complainant,
  type ComplainantInput,
  type ComplaintCounts,
  type ComplaintReceipt,
  type ComplaintsArgs,
  type ComplaintStepInput,
  type ForwardedComplaintInput,
  type RecordSatisfactionInput,
  type RegisterComplaintInput,
  type ResolveComplaintInput,
  type StartComplaintHandlingInput,
  type SubmitComplaintInput,
  type UpdateComplaintInput,
} from './complaint.dto';


/** The retry-safe mutations that create a complaint (their idempotency keys hold its request's fingerprint). */
const COMPLAINT_CREATES = ['registerComplaint', 'submitComplaint'];

/** How far a client clock may run ahead: a "now" sent by a client is not refused as future. */
const CLOCK_SKEW_MS = 5 * 60_000;

/** An instant that must not lie in the future (BAD_USER_INPUT naming `field`), `now` by default. */
export function pastInstant(value: Date | null | undefined, field: string, now: Date): Date {
  if (!value) return now;
  if (value.getTime() > now.getTime() + CLOCK_SKEW_MS) throw BadUserInputError.field(field, 'must not be in the future');
  return value > now ? now : value;
}

/** When a letter was sent: `sentAt` (default now), not in the future and not before `earliest` (the receipt, the acknowledgement). */
function letterSentAt(sentAt: Date | null | undefined, earliest: Date, now: Date): Date {
  const at = pastInstant(sentAt, 'input.letter.sentAt', now);
  if (at < earliest) throw BadUserInputError.field('input.letter.sentAt', `must not be before ${earliest.toISOString()} (the receipt or the acknowledgement)`);
  return at;
}

const trimmed = (value: string | null | undefined) => value?.trim() || null;

/** A complaint as it comes in, from any channel. */
interface Intake {
  receivedAt: Date;
  channel: ComplaintChannel;
  subject: string;
  description: string;
  complainant?: ComplainantInput;
  categories?: ComplaintCategory[];
  promises?: CodePromise[];
  handler?: User | null;
}

/** Escapes LIKE wildcards so a search matches its text literally. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Complaints from intake to closure (complaints procedure, DESIGN §2–§3): registration by staff
 * or the public form, classification and links to promises, the guarded lifecycle with a timeline
 * entry per step, deadlines fixed at receipt, escalation to a disputes committee, satisfaction,
 * and anonymisation of closed complaints.
 */
export class ComplaintService {

  static async list(ctx: Context, args: ComplaintsArgs): Promise<ConnectionResult<Complaint>> {
    if (args.receivedFrom && args.receivedTo && args.receivedTo <= args.receivedFrom) {
      throw BadUserInputError.field('receivedTo', 'must be after receivedFrom');
    }
    const qb = scoped(ctx, Complaint).query('c');
    if (args.status?.length) qb.andWhere('c.status IN (:...statuses)', { statuses: args.status });
    if (args.category) qb.andWhere(':category = ANY(c.categories)', { category: args.category });
    // The handler and the promise filtered on are checked (NOT_FOUND) only when no complaint matched:
    // a complaint that matches proves they exist in the organisation.
    if (args.handlerId) qb.andWhere('c.handlerId = :handlerId', { handlerId: args.handlerId });
    if (args.promiseId) {
      // In the promise's lineage (promiseInLineage), the promise read in the same statement.
      qb.andWhere(
        `EXISTS (SELECT 1 FROM complaint_promise cp JOIN code_promise lineage ON lineage.id = cp.promise_id
                   JOIN code_promise asked ON asked.code_id = lineage.code_id AND asked.key = lineage.key
                  WHERE cp.complaint_id = c.id AND asked.id = :askedPromiseId AND asked.organization_id = :tenantId)`,
        { askedPromiseId: args.promiseId },
      );
    }
    if (args.overdue != null) qb.andWhere(args.overdue ? overdueCondition('c') : `NOT ${overdueCondition('c')}`);
    if (args.receivedFrom) qb.andWhere('c.receivedAt >= :receivedFrom', { receivedFrom: args.receivedFrom });
    if (args.receivedTo) qb.andWhere('c.receivedAt < :receivedTo', { receivedTo: args.receivedTo });
    if (args.search) qb.andWhere('(c.reference ILIKE :search OR c.subject ILIKE :search)', { search: likePattern(args.search.trim()) });
    const page = await (args.sort === ComplaintSort.RESOLUTION_DUE_AT
      ? paginate(qb, args, { column: 'c.resolutionDueAt', property: 'resolutionDueAt', direction: 'ASC' })
      : paginate(qb, args, { column: 'c.receivedAt', property: 'receivedAt', direction: 'DESC' }));
    if (!page.edges.length) {
      if (args.handlerId) await scoped(ctx, User).get(args.handlerId, 'handlerId');
      if (args.promiseId) await scoped(ctx, CodePromise).get(args.promiseId, 'promiseId');
    }
    return page;
  }

  /** Complaints per status, and how many unresolved ones are overdue: one grouped query. */
  static async counts(ctx: Context): Promise<ComplaintCounts> {
    const rows: { status: ComplaintStatus; count: number; overdue: number }[] = await scoped(ctx, Complaint)
      .query('c')
      .select('c.status', 'status')
      .addSelect('count(*)::int', 'count')
      .addSelect(`(count(*) FILTER (WHERE ${overdueCondition('c')}))::int`, 'overdue')
      .groupBy('c.status')
      .getRawMany();
    const byStatus = Object.values(ComplaintStatus).map((status) => ({ status, count: rows.find((r) => r.status === status)?.count ?? 0 }));
    const unresolved = rows.filter((r) => UNRESOLVED_STATUSES.includes(r.status));
    return {
      byStatus,
      total: byStatus.reduce((sum, s) => sum + s.count, 0),
      unresolved: unresolved.reduce((sum, r) => sum + r.count, 0),
      unresolvedOverdue: unresolved.reduce((sum, r) => sum + r.overdue, 0),
    };
  }

  /** Staff register a complaint received through any channel (idempotent with a key). */
  static async register(ctx: Context, input: RegisterComplaintInput): Promise<Complaint> {
    const organization = await OrganizationService.current(ctx);
    return createOnce(ctx, {
      operation: 'registerComplaint',
      input,
      storedAs: 'complaintId',
      organizationId: organization.id,
      run: async () => {
        const receivedAt = pastInstant(input.receivedAt, 'input.receivedAt', new Date());
        const promises = await linkablePromises(ctx, input.promiseIds ?? [], 'input.promiseIds');
        const handler = input.handlerId ? await UserService.assignable(ctx, input.handlerId, 'input.handlerId', [Role.COMPLAINT_OFFICER]) : null;
        return ComplaintService.receive(ctx, organization, { ...input, receivedAt, promises, handler });
      },
      reload: (id) => scoped(ctx, Complaint).get(id),
    });
  }

  /**
   * The public form: no token, the organisation named by its slug, channel WEB, received now.
   * Answers only the reference. The complainant must leave a name and an email or phone number,
   * or the organisation could not acknowledge the complaint.
   */
  static async submit(ctx: Context, organizationSlug: string, input: SubmitComplaintInput): Promise<ComplaintReceipt> {
    if (!trimmed(input.complainant.name)) throw BadUserInputError.field('input.complainant.name', 'is required');
    if (!trimmed(input.complainant.email) && !trimmed(input.complainant.phone)) {
      throw BadUserInputError.field('input.complainant.email', 'an email address or a phone number is required');
    }
    const organization = await OrganizationService.bySlug(ctx, organizationSlug);
    const receipt = await idempotent(ctx, {
      organizationId: organization.id,
      operation: 'submitComplaint',
      key: input.idempotencyKey,
      input,
      field: 'input.idempotencyKey',
      run: async () => {
        const complaint = await ComplaintService.receive(ctx, organization, { ...input, channel: ComplaintChannel.WEB, receivedAt: new Date() });
        return { complaintId: complaint.id, reference: complaint.reference };
      },
      // The id too, so that anonymisation finds the key (forgetIdempotencyKeys).
      store: (receipt) => ({ complaintId: receipt.complaintId, reference: receipt.reference }),
      replay: async (stored) => ({ complaintId: stored.complaintId, reference: stored.reference }),
    });
    return { reference: receipt.reference };
  }

  /**
   * Records a complaint: the next reference of its year of receipt, both deadlines from the
   * organisation's current policy and calendar (stored, never recomputed), its promise links and
   * the first timeline entry.
   */
  private static async receive(ctx: Context, organization: Organization, intake: Intake): Promise<Complaint> {
    const calendar = await ClosureDayService.calendar(ctx, organization, intake.receivedAt);
    const policy = organization.complaintPolicy;
    const year = DateTime.fromJSDate(intake.receivedAt, { zone: organization.timezone }).year;
    const complaint = await scopedTo(ctx, Complaint, organization.id).insert(
      {
        reference: await nextComplaintReference(ctx, organization.id, year),
        receivedAt: intake.receivedAt,
        channel: intake.channel,
        subject: intake.subject.trim(),
        description: intake.description.trim(),
        complainantName: trimmed(intake.complainant?.name),
        complainantEmail: trimmed(intake.complainant?.email)?.toLowerCase() ?? null,
        complainantPhone: trimmed(intake.complainant?.phone),
        customerReference: trimmed(intake.complainant?.customerReference),
        categories: intake.categories ?? [],
        status: ComplaintStatus.RECEIVED,
        handlerId: intake.handler?.id ?? null,
        registeredById: ctx.user?.id ?? null,
        acknowledgementDueAt: deadline(intake.receivedAt, { within: policy.acknowledgeWithin, unit: policy.acknowledgeUnit }, calendar),
        resolutionDueAt: deadline(intake.receivedAt, { within: policy.resolveWithin, unit: policy.resolveUnit }, calendar),
      },
      { action: 'Complaint.received' },
    );
    if (intake.promises?.length) {
      await replaceLinks(scopedTo(ctx, ComplaintPromise, organization.id), { column: 'complaintId', id: complaint.id }, 'promiseId', intake.promises.map((p) => p.id));
    }
    await scopedTo(ctx, ComplaintTimelineEntry, organization.id).insert({
      complaintId: complaint.id,
      actorId: ctx.user?.id ?? null,
      at: intake.receivedAt,
      from: null,
      to: ComplaintStatus.RECEIVED,
      note: null,
    });
    return complaint;
  }

  /**
   * Corrects the subject, classifies, links promises (replacing the set) or assigns the handler.
   * A closed complaint is final; a decided one keeps at least one promise.
   */
  static async update(ctx: Context, id: string, input: UpdateComplaintInput): Promise<Complaint> {
    const complaints = scoped(ctx, Complaint);
    const current = await complaints.get(id, 'id');
    if (current.status === ComplaintStatus.CLOSED) throw BadUserInputError.field('id', 'the complaint is CLOSED and can no longer be changed');
    const patch: Partial<Complaint> = {};
    if (input.subject != null) patch.subject = input.subject.trim();
    if (input.categories) patch.categories = input.categories;
    if (input.handlerId) patch.handlerId = (await UserService.assignable(ctx, input.handlerId, 'input.handlerId', [Role.COMPLAINT_OFFICER])).id;
    if (input.promiseIds) {
      if (input.promiseIds.length === 0 && DECIDED_STATUSES.includes(current.status)) {
        throw BadUserInputError.field('input.promiseIds', `a ${current.status} complaint keeps at least one promise`);
      }
      await linkablePromises(ctx, input.promiseIds, 'input.promiseIds');
    }
    const updated = await complaints.update(current, patch, expectedIn(input));
    if (input.promiseIds) {
      const change = await replaceLinks(scoped(ctx, ComplaintPromise), { column: 'complaintId', id: current.id }, 'promiseId', input.promiseIds);
      if (change.changed) await complaints.audit('Complaint.promisesLinked', current.id, { promiseIds: { from: change.from, to: change.to } });
    }
    return updated;
  }

  /**
   * RECEIVED → ACKNOWLEDGED: receipt confirmed to the complainant in writing. The letter is recorded
   * with the step, and the complaint counts as acknowledged when it was sent (on time or late).
   */
  static acknowledge(ctx: Context, id: string, input: AcknowledgeComplaintInput): Promise<Complaint> {
    let sentAt: Date;
    return ComplaintService.step(
      ctx,
      id,
      input,
      ComplaintStatus.ACKNOWLEDGED,
      'acknowledged',
      (c, now) => {
        sentAt = letterSentAt(input.letter.sentAt, c.receivedAt, now);
        return { acknowledgedAt: sentAt, acknowledgedOnTime: sentAt <= c.acknowledgementDueAt };
      },
      (c) => CorrespondenceService.record(ctx, c, LetterKind.ACKNOWLEDGEMENT, input.letter, { sentAt }),
    );
  }

  /** ACKNOWLEDGED → IN_PROGRESS: the investigation starts, with a complaint officer as handler. */
  static startHandling(ctx: Context, id: string, input: StartComplaintHandlingInput): Promise<Complaint> {
    return ComplaintService.step(ctx, id, input, ComplaintStatus.IN_PROGRESS, 'handlingStarted', async (c) => {
      if (input.handlerId) return { handlerId: (await UserService.assignable(ctx, input.handlerId, 'input.handlerId', [Role.COMPLAINT_OFFICER])).id };
      if (!c.handlerId) throw BadUserInputError.field('input.handlerId', 'a complaint in progress needs a handler: name a complaint officer');
      return {};
    });
  }

  /**
   * IN_PROGRESS → RESOLVED: decision and outcome, communicated by the decision letter (recorded with
   * the step, naming the route to the disputes body); resolved when the letter was sent. The
   * complaint must concern at least one promise.
   */
  static resolve(ctx: Context, id: string, input: ResolveComplaintInput): Promise<Complaint> {
    let sentAt: Date;
    const decision = input.decision.trim();
    return ComplaintService.step(
      ctx,
      id,
      input,
      ComplaintStatus.RESOLVED,
      'resolved',
      async (c, now) => {
        if (input.outcome === ComplaintOutcome.INADMISSIBLE) throw BadUserInputError.field('input.outcome', 'INADMISSIBLE is for a disputes body to find, not the organisation');
        if (!(await scoped(ctx, ComplaintPromise).count({ complaintId: c.id }))) {
          throw BadUserInputError.field('promises', 'link the complaint to at least one promise (updateComplaint) before resolving it');
        }
        sentAt = letterSentAt(input.letter.sentAt, c.acknowledgedAt ?? c.receivedAt, now);
        return { decision, outcome: input.outcome, resolvedAt: sentAt, resolvedOnTime: sentAt <= c.resolutionDueAt };
      },
      (c) => CorrespondenceService.record(ctx, c, LetterKind.DECISION, input.letter, { sentAt, decision }),
    );
  }

  /** RESOLVED → CLOSED. An escalated complaint closes with the committee's decision instead. */
  static close(ctx: Context, id: string, input: ComplaintStepInput): Promise<Complaint> {
    return ComplaintService.step(ctx, id, input, ComplaintStatus.CLOSED, 'closed', (c, now) => {
      if (c.status === ComplaintStatus.ESCALATED) {
        throw BadUserInputError.field('id', "an escalated complaint closes when the disputes body's outcome is recorded (decideDisputesCase)");
      }
      return { closedAt: now };
    });
  }

  /**
   * → ESCALATED: a disputes body handles the complaint (the disputes module opens its case): from
   * RESOLVED, from CLOSED, or from RECEIVED for a complaint the body forwarded. Keeps
   * `Complaint.escalation` (body, since when) for the reports that read it.
   */
  static enterDisputes(ctx: Context, id: string, input: { expectedVersion: number; note?: string | null }, escalation: { body: string; escalatedAt: Date }): Promise<Complaint> {
    return ComplaintService.step(ctx, id, input, ComplaintStatus.ESCALATED, 'escalated', (c) => {
      if (c.resolvedAt && escalation.escalatedAt < c.resolvedAt) throw BadUserInputError.field('input.filedAt', 'must not be before the resolution');
      if (escalation.escalatedAt < c.receivedAt) throw BadUserInputError.field('input.filedAt', 'must not be before the complaint was received');
      return { escalation: { body: escalation.body, escalatedAt: escalation.escalatedAt, outcome: null, binding: null, decidedAt: null } };
    });
  }

  /**
   * ESCALATED → CLOSED: the disputes body decided (or the case ended otherwise); its outcome is kept in
   * `Complaint.escalation`. Locked on `expectedVersion` when the caller read the complaint (the case's own lock guards otherwise).
   */
  static async leaveDisputes(
    ctx: Context,
    id: string,
    decision: { outcome: ComplaintOutcome; binding: boolean | null; decidedAt: Date },
    note?: string | null,
    expectedVersion?: number,
  ): Promise<Complaint> {
    const current = await scoped(ctx, Complaint).get(id, 'id');
    return ComplaintService.step(ctx, id, { expectedVersion: expectedVersion ?? current.version, note }, ComplaintStatus.CLOSED, 'escalationDecided', (c, now) => ({
      escalation: { ...c.escalation, outcome: decision.outcome, binding: decision.binding, decidedAt: decision.decidedAt },
      closedAt: now,
    }));
  }

  /**
   * A complaint a disputes body forwarded, never registered before: received (reference, deadlines
   * and promise links as any complaint) and ESCALATED at once.
   */
  static async receiveForwarded(ctx: Context, input: ForwardedComplaintInput, escalation: { body: string; escalatedAt: Date }): Promise<Complaint> {
    const organization = await OrganizationService.current(ctx);
    const now = new Date();
    // Received, by default, when the body forwarded it.
    const receivedAt = pastInstant(input.receivedAt ?? escalation.escalatedAt, 'input.complaint.receivedAt', now);
    const promises = await linkablePromises(ctx, input.promiseIds ?? [], 'input.complaint.promiseIds');
    const received = await ComplaintService.receive(ctx, organization, { ...input, receivedAt, promises, handler: null });
    return ComplaintService.enterDisputes(ctx, received.id, { expectedVersion: received.version }, escalation);
  }

  /** The complainant's satisfaction (1–5), once the organisation has decided. */
  static async recordSatisfaction(ctx: Context, id: string, input: RecordSatisfactionInput): Promise<Complaint> {
    const complaints = scoped(ctx, Complaint);
    const current = await complaints.get(id, 'id');
    if (!DECIDED_STATUSES.includes(current.status)) {
      throw BadUserInputError.field('input.satisfaction', `can be recorded once the complaint is resolved (it is ${current.status})`);
    }
    return complaints.update(current, { satisfaction: input.satisfaction }, { ...expectedIn(input), action: 'Complaint.satisfactionRecorded' });
  }

  /**
   * Erases the personal data of a CLOSED complaint, irreversibly: the complainant's name, email,
   * phone and customer reference, the description and the timeline notes. What the statistics
   * need stays: reference, dates and deadlines, channel, subject, categories, promises, handler,
   * decision and outcome, escalation, satisfaction and corrective actions.
   *
   * The idempotency keys that created the complaint are forgotten in the same transaction: their
   * fingerprint hashes the request (name, email, description), and replaying a guess under the
   * key would otherwise confirm the erased data. A retry with such a key creates a new complaint,
   * whatever it holds. Audit events never held the personal data (see `@PersonalData`).
   */
  static async anonymize(ctx: Context, id: string, expectedVersion: number): Promise<Complaint> {
    const complaints = scoped(ctx, Complaint);
    const current = await complaints.get(id, 'id');
    if (current.status !== ComplaintStatus.CLOSED) throw BadUserInputError.field('id', `only a CLOSED complaint can be anonymised (it is ${current.status})`);
    if (current.anonymizedAt) throw BadUserInputError.field('id', 'the complaint is anonymised already');
    await ComplaintHooks.assertNoAnonymisationBlock(ctx, current);
    const anonymized = await complaints.update(
      current,
      { complainantName: null, complainantEmail: null, complainantPhone: null, customerReference: null, description: null, anonymizedAt: new Date() },
      { expectedVersion, action: 'Complaint.anonymized' },
    );
    const timeline = scoped(ctx, ComplaintTimelineEntry);
    for (const entry of await timeline.find({ where: { complaintId: id } })) {
      if (entry.note !== null) await timeline.update(entry, { note: null }, { action: 'ComplaintTimelineEntry.anonymized' });
    }
    await CorrespondenceService.erase(ctx, id);
    await ComplaintHooks.eraseElsewhere(ctx, current);
    await forgetIdempotencyKeys(ctx, current.organizationId, COMPLAINT_CREATES, [{ complaintId: current.id }, { reference: current.reference }]);
    return anonymized;
  }

  /** The complainant; null once anonymised (who may read it: `@ReadableBy` on the field). */
  static complainant(c: Complaint): Complainant | null {
    if (c.anonymizedAt) return null;
    return { name: c.complainantName, email: c.complainantEmail, phone: c.complainantPhone, customerReference: c.customerReference };
  }

  static isOverdue(c: Complaint): boolean {
    return isOverdue(c, new Date());
  }

  static escalation(c: Complaint): ComplaintEscalation | null {
    return c.escalation?.escalatedAt ? c.escalation : null;
  }

  static promises(ctx: Context, c: Complaint): Promise<CodePromise[]> {
    return ctx.loaders.complaint.promises.load(c.id);
  }

  /**
   * One complaint (`complaint(id)`). With `timeline`, its steps are read in the same statement
   * (aggregated as JSON) and kept for {@link timeline}: the complaint and its timeline take one
   * statement, the members they name one more.
   */
  static async one(ctx: Context, id: string, read: { timeline: boolean }): Promise<Complaint> {
    if (!read.timeline) return scoped(ctx, Complaint).get(id);
    const row: { complaint: JsonRow; timeline: JsonRow[] | null } | undefined = isUuid(id)
      ? await scoped(ctx, Complaint)
          .query('c')
          .andWhere('c.id = :id', { id })
          .select('to_jsonb(c)', 'complaint')
          .addSelect(
            (timeline) =>
              timeline
                .select('json_agg(t ORDER BY t.at, t.createdAt)')
                .from(ComplaintTimelineEntry, 't')
                .where('t.organizationId = c.organizationId AND t.complaintId = c.id'),
            'timeline',
          )
          .getRawOne()
      : undefined;
    if (!row) throw new NotFoundError('Complaint', id);
    const complaint = fromJsonRow(ctx.db, Complaint, row.complaint);
    byIdLoader(ctx, Complaint).prime(complaint.id, complaint);
    ctx.loaders.complaint.timelinesRead.set(complaint.id, fromJsonRows(ctx.db, ComplaintTimelineEntry, row.timeline));
    return complaint;
  }

  /** Every step of a complaint, oldest first: as read with it by {@link one}, or batched over the complaints of the request. */
  static timeline(ctx: Context, c: Complaint): ComplaintTimelineEntry[] | Promise<ComplaintTimelineEntry[]> {
    return ctx.loaders.complaint.timelinesRead.get(c.id) ?? ctx.loaders.complaint.timeline.load(c.id);
  }

  /** A page of the complaints about a promise in any version of its code, newest first. */
  static complaintsAbout(ctx: Context, promise: CodePromise, args: ConnectionArgs): Promise<ConnectionResult<Complaint>> {
    return ctx.loaders.complaint.aboutPromise(args).load(promise);
  }

  /** The letters sent about a complaint, oldest first, batched over the complaints of the request. */
  static letters(ctx: Context, c: Complaint): Promise<ComplaintLetter[]> {
    return ctx.loaders.complaint.letters.load(c.id);
  }

  static letter(ctx: Context, id: string | null): Promise<ComplaintLetter | null> | null {
    return id ? byIdLoader(ctx, ComplaintLetter).load(id) : null;
  }

  static user(ctx: Context, id: string | null): Promise<User | null> | null {
    return id ? UserService.loader(ctx).load(id) : null;
  }

  /**
   * One step of the lifecycle: checks the transition, lets `change` add its fields (and refuse
   * with a precondition), stores it under optimistic locking with a `Complaint.<verb>` audit
   * event, and appends the timeline entry.
   */
  private static async step(
    ctx: Context,
    id: string,
    input: { expectedVersion: number; note?: string | null },
    to: ComplaintStatus,
    verb: string,
    change: (current: Complaint, now: Date) => Partial<Complaint> | Promise<Partial<Complaint>>,
    letter?: (current: Complaint) => Promise<ComplaintLetter>,
  ): Promise<Complaint> {
    const complaints = scoped(ctx, Complaint);
    const current = await complaints.get(id, 'id');
    COMPLAINT_LIFECYCLE.assert(current.status, to);
    const now = new Date();
    const patch = await change(current, now);
    const updated = await complaints.update(current, { ...patch, status: to }, { ...expectedIn(input), action: `Complaint.${verb}` });
    const sent = letter ? await letter(updated) : null;
    await scoped(ctx, ComplaintTimelineEntry).insert({
      complaintId: current.id,
      actorId: currentUser(ctx).id,
      at: now,
      from: current.status,
      to,
      note: trimmed(input.note),
      letterId: sent?.id ?? null,
    });
    return updated;
  }
}

import { DateTime } from 'luxon';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from '../../common/context';
import { currentUser } from '../../common/context';
import { BadUserInputError, NotFoundError, RetentionPeriodError } from '../../common/errors';
import { can } from '../../common/permissions';
import { anonymisableFrom, describeSource, maxExtension, RULE_PACKS } from '../../common/statutory-rules';
import { DeadlineUnit } from '../../common/organization.entity';
import { fromJsonRow, fromJsonRows, type JsonRow } from '../../common/json-rows';
import { deadline, isWorkingDay, type WorkingCalendar } from '../../common/deadlines';
import { createOnce, forgetIdempotencyKeys, idempotent } from '../../common/idempotency';
import { replaceLinks } from '../../common/links';
import { decodeCursor, pageSize, paginate, type ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { byIdLoader, isUuid, scoped, scopedTo, expectedIn } from '../../common/tenancy';
import { Role } from '../../common/roles';
import type { Organization } from '../../common/organization.entity';
import { OrganizationService } from '../organization';
import { User, UserService } from '../user';
import { CodePromise } from '../code';
import { ComplainantType, Complaint, ComplaintCategory, ComplaintChannel, ComplaintKind, ComplaintOutcome, ComplaintStatus } from './complaint.entity';
import type { ComplaintEscalation } from './complaint.entity';
import { ComplaintLetter } from './complaint-letter.entity';
import { ComplaintHooks } from './complaint-hooks';
import { CorrespondenceService } from './correspondence.service';
import { LetterKind } from './letter-rendering';
import { languageTag, negotiateLanguage } from '../../common/languages';
import { ComplaintPromise } from './complaint-promise.entity';
import { ComplaintTimelineEntry, ComplaintTimelineEventKind } from './complaint-timeline-entry.entity';
import { insertNumbered } from './complaint-reference';
import { auditChanges } from '../../common/audit-changes';
import {
  COMPLAINT_LIFECYCLE,
  DECIDED_STATUSES,
  MAX_EXTENSIONS,
  MAX_PAUSES,
  MAX_REOPENINGS,
  PAUSABLE_STATUSES,
  UNRESOLVED_STATUSES,
  isPastWorkingDeadline,
  workingOverdueCondition,
} from './complaint-lifecycle';
import { ClosureDayService } from './closure-day.service';
import { linkablePromises } from './linkable-promises';
import { ComplaintTrackingService, newTrackingSecret } from './complaint-tracking';
import {
  ComplaintSort,
  type AcknowledgeComplaintInput,
  type Complainant,
  type ComplainantInput,
  type ComplaintCounts,
  type ComplaintReceipt,
  type ComplaintsArgs,
  type AnonymizeDueComplaintsInput,
  type CodeGaps,
  type CodeGapsArgs,
  type ComplaintReasonInput,
  type ComplaintStepInput,
  type ExtendComplaintDeadlineInput,
  type RetentionRun,
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
  kind?: ComplaintKind;
  employeeConcerned?: User | null;
  /** The complainant's language (BCP 47, canonical). */
  language: string;
  /** The hash of the tracking secret given with the receipt (public form). */
  trackingSecretHash?: string;
}

/** The calendar day (in `timeZone`) after which working days are counted. */
const localDay = (instant: Date, timeZone: string) => DateTime.fromJSDate(instant, { zone: timeZone }).toISODate()!;

/** Working days in (local day of `from`, local day of `to`]: how far a pause from `from` to `to` moves a deadline. */
export function workingDaysBetween(from: Date, to: Date, calendar: WorkingCalendar): number {
  let day = DateTime.fromISO(localDay(from, calendar.timeZone), { zone: 'UTC' });
  const last = localDay(to, calendar.timeZone);
  let count = 0;
  for (let steps = 0; steps < 2 * 366; steps++) {
    day = day.plus({ days: 1 });
    const iso = day.toISODate()!;
    if (iso > last) break;
    if (isWorkingDay(iso, calendar)) count += 1;
  }
  return count;
}

/** A deadline moved by `n` working days (itself when `n` is 0). */
const plusWorkingDays = (due: Date, n: number, calendar: WorkingCalendar) => (n > 0 ? deadline(due, { within: n, unit: DeadlineUnit.WORKING_DAYS }, calendar) : due);

/** Words that say nothing about what a complaint is about (Dutch, Norwegian and English), left out of codeGaps. */
const STOP_WORDS = new Set(
  (
    'aan als bij dat de den der des deze die dit door een en er heb hebben het hij hoe ik in is je kan klacht klachten maar met mij mijn naar niet nog of om omdat ook op over te tegen toch tot u uw van veel voor was wat we wel werd wordt zich zij zijn zonder ' +
    'about after also and are been but can complaint for from had has have her his into not our over that the their them they this was were what when which with would your ' +
    'att av det eller er for fra har ikke jeg klage med meg min og om på som til ved'
  ).split(' '),
);

/** Escapes LIKE wildcards so a search matches its text literally. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Complaints from intake to closure (complaints procedure, DESIGN §2–§3): registration by staff
 * or the public form, classification and links to promises, the guarded lifecycle with a timeline
 * entry per step, deadlines fixed at receipt, escalation to a disputes committee, satisfaction,
 * and anonymisation of closed complaints.
 */
/**
 * A complaint ($2) of an organisation ($1); when $4 its timeline, oldest first; when $3 the members
 * it names: its handler, who registered it and the actors of its timeline.
 */
const ONE_COMPLAINT = `
  SELECT to_jsonb(c) AS complaint,
         CASE WHEN $4 THEN (SELECT json_agg(t ORDER BY t.at, t.created_at) FROM complaint_timeline_entry t
                             WHERE t.organization_id = c.organization_id AND t.complaint_id = c.id) END AS timeline,
         CASE WHEN $3 THEN (SELECT json_agg(u) FROM app_user u
                             WHERE u.organization_id = c.organization_id
                               AND (u.id IN (c.handler_id, c.registered_by_id)
                                    OR u.id IN (SELECT t.actor_id FROM complaint_timeline_entry t WHERE t.organization_id = c.organization_id AND t.complaint_id = c.id))) END AS members
    FROM complaint c
   WHERE c.organization_id = $1 AND c.id = $2`;

export class ComplaintService {

  static async list(ctx: Context, args: ComplaintsArgs): Promise<ConnectionResult<Complaint>> {
    if (args.receivedFrom && args.receivedTo && args.receivedTo <= args.receivedFrom) {
      throw BadUserInputError.field('receivedTo', 'must be after receivedFrom');
    }
    const qb = ComplaintService.readable(ctx, scoped(ctx, Complaint).query('c'));
    if (args.kind) qb.andWhere('c.kind = :kind', { kind: args.kind });
    if (args.status?.length) qb.andWhere('c.status IN (:...statuses)', { statuses: args.status });
    if (args.category) qb.andWhere(':category = ANY(c.categories)', { category: args.category });
    // The handler and the promise filtered on are checked (NOT_FOUND) only when no complaint matched:
    // a complaint that matches proves they exist in the organisation.
    if (args.handlerId) qb.andWhere('c.handlerId = :handlerId', { handlerId: args.handlerId });
    if (args.overdue != null) qb.andWhere(args.overdue ? workingOverdueCondition('c') : `NOT ${workingOverdueCondition('c')}`);
    if (args.receivedFrom) qb.andWhere('c.receivedAt >= :receivedFrom', { receivedFrom: args.receivedFrom });
    if (args.receivedTo) qb.andWhere('c.receivedAt < :receivedTo', { receivedTo: args.receivedTo });
    if (args.search) qb.andWhere('(c.reference ILIKE :search OR c.subject ILIKE :search)', { search: likePattern(args.search.trim()) });
    const byReceipt = args.sort !== ComplaintSort.RESOLUTION_DUE_AT;
    let page: SelectQueryBuilder<Complaint> | undefined;
    if (args.promiseId) {
      // Newest first, only the page's candidates are read: for each promise of the lineage, its links
      // in order of receipt (index idx_complaint_promise_promise_received) down to the first page of
      // complaints passing the other filters, after the cursor. Built before the lineage filter below.
      const walk = byReceipt ? ComplaintService.lineagePageWalk(qb.clone(), args) : undefined;
      // In the promise's lineage (promiseInLineage), the promise read in the same statement.
      qb.andWhere(
        `EXISTS (SELECT 1 FROM complaint_promise cp JOIN code_promise lineage ON lineage.id = cp.promise_id
                   JOIN code_promise asked ON asked.code_id = lineage.code_id AND asked.key = lineage.key
                  WHERE cp.complaint_id = c.id AND asked.id = :askedPromiseId AND asked.organization_id = :tenantId)`,
        { askedPromiseId: args.promiseId },
      );
      if (walk) page = qb.clone().andWhere(walk.where, walk.parameters);
    }
    const result = await (byReceipt
      ? paginate(page ?? qb, args, { column: 'c.receivedAt', property: 'receivedAt', direction: 'DESC' }, { counted: qb, json: true })
      : paginate(qb, args, { column: 'c.resolutionDueAt', property: 'resolutionDueAt', direction: 'ASC' }, { json: true }));
    if (!result.edges.length) {
      if (args.handlerId) await scoped(ctx, User).get(args.handlerId, 'handlerId');
      if (args.promiseId) await scoped(ctx, CodePromise).get(args.promiseId, 'promiseId');
    }
    return result;
  }

  /**
   * The condition restricting a page of complaints about a promise lineage (newest first) to its
   * candidates: for each promise of the lineage, the first `first + 1` complaints linked to it,
   * newest first, that pass `filtered`'s filters, after the cursor. Each promise's links are walked
   * in order of receipt and the walk stops there, so a page reads about a page of complaints per
   * promise whatever the number of complaints about the lineage. The page itself keeps every filter.
   */
  private static lineagePageWalk(filtered: SelectQueryBuilder<Complaint>, args: ComplaintsArgs): { where: string; parameters: ObjectLiteral } {
    const walk = filtered
      .innerJoin(ComplaintPromise, 'walked', 'walked.complaintId = c.id AND walked.organizationId = c.organizationId')
      .andWhere('walked.promise_id = lineage.id')
      .orderBy('walked.received_at', 'DESC')
      .addOrderBy('walked.complaint_id', 'DESC')
      .limit(pageSize(args) + 1)
      .select('c.id', 'id');
    if (args.after) {
      const [value, id] = decodeCursor(args.after);
      walk.andWhere('(walked.received_at, walked.complaint_id) < (:cursorValue, :cursorId)', { cursorValue: value, cursorId: id });
    }
    return {
      where: `c.id IN (SELECT w.id FROM code_promise asked
                         JOIN code_promise lineage ON lineage.code_id = asked.code_id AND lineage.key = asked.key
                         CROSS JOIN LATERAL (${walk.getQuery()}) w
                        WHERE asked.id = :askedPromiseId AND asked.organization_id = :tenantId)`,
      parameters: { ...walk.getParameters(), askedPromiseId: args.promiseId },
    };
  }

  /**
   * Staff read only the complaints they registered themselves (any other is NOT_FOUND, like a
   * foreign id); every other reader of complaints reads them all.
   */
  private static readable<Q extends { andWhere(where: string, params?: object): Q }>(ctx: Context, qb: Q): Q {
    return can(ctx, 'readManagement') ? qb : qb.andWhere('c.registeredById = :reader', { reader: currentUser(ctx).id });
  }

  private static assertReadable(ctx: Context, complaint: Complaint): Complaint {
    if (!can(ctx, 'readManagement') && complaint.registeredById !== currentUser(ctx).id) throw new NotFoundError('Complaint', complaint.id);
    return complaint;
  }

  /** Complaints per status, and how many unresolved ones are overdue: one grouped query. */
  static async counts(ctx: Context): Promise<ComplaintCounts> {
    const rows: { status: ComplaintStatus; count: number; overdue: number }[] = await scoped(ctx, Complaint)
      .query('c')
      .select('c.status', 'status')
      .addSelect('count(*)::int', 'count')
      .addSelect(`(count(*) FILTER (WHERE ${workingOverdueCondition('c')}))::int`, 'overdue')
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
        const kind = input.kind ?? ComplaintKind.COMPLAINT;
        if (kind === ComplaintKind.DEBT_OBJECTION && input.promiseIds?.length) {
          throw BadUserInputError.field('input.promiseIds', 'an objection to the debt (kind DEBT_OBJECTION) concerns no promise of the code');
        }
        const handler = input.handlerId ? await UserService.assignable(ctx, input.handlerId, 'input.handlerId', [Role.COMPLAINT_OFFICER]) : null;
        const employeeConcerned = input.employeeConcernedId ? await UserService.assignable(ctx, input.employeeConcernedId, 'input.employeeConcernedId') : null;
        if (handler && employeeConcerned && handler.id === employeeConcerned.id) throw ComplaintService.ownCase('input.handlerId');
        const language = input.language ? languageTag(input.language, 'input.language') : organization.languages[0];
        return ComplaintService.receive(ctx, organization, { ...input, kind, receivedAt, promises, handler, employeeConcerned, language });
      },
      reload: (id) => scoped(ctx, Complaint).get(id),
    });
  }

  /**
   * The public form: no token, the organisation named by its slug, channel WEB, received now.
   * Answers only the reference. The complainant must leave a name and an email or phone number,
   * or the organisation could not acknowledge the complaint.
   */
  /** The employee concerned may not handle the complaint (complaints procedure: a complaint officer other than them). */
  private static ownCase(field: string): BadUserInputError {
    return BadUserInputError.field(field, 'is the employee concerned by the complaint: they are informed of it, and may not handle it');
  }

  static async submit(ctx: Context, organizationSlug: string, input: SubmitComplaintInput): Promise<ComplaintReceipt> {
    if (!trimmed(input.complainant.name)) throw BadUserInputError.field('input.complainant.name', 'is required');
    if (!trimmed(input.complainant.email) && !trimmed(input.complainant.phone)) {
      throw BadUserInputError.field('input.complainant.email', 'an email address or a phone number is required');
    }
    const asked = input.language ? languageTag(input.language, 'input.language') : null;
    const { organization, closureDays } = await ClosureDayService.organizationBySlug(ctx, organizationSlug);
    const language = asked ?? negotiateLanguage(organization.languages, null, ctx.acceptLanguage);
    const receipt = await idempotent(ctx, {
      organizationId: organization.id,
      operation: 'submitComplaint',
      key: input.idempotencyKey,
      input,
      field: 'input.idempotencyKey',
      run: async () => {
        const tracking = newTrackingSecret();
        const intake = { ...input, channel: ComplaintChannel.WEB, receivedAt: new Date(), language, trackingSecretHash: tracking.hash };
        const complaint = await ComplaintService.receive(ctx, organization, intake, closureDays);
        return { complaintId: complaint.id, reference: complaint.reference, trackingSecret: tracking.secret };
      },
      // The id too, so that anonymisation finds the key (forgetIdempotencyKeys); never the secret.
      store: (receipt) => ({ complaintId: receipt.complaintId, reference: receipt.reference }),
      // The secret was shown only to the answer the client may have lost: a resubmission gets a new one.
      replay: async (stored) => {
        const complaint = await scopedTo(ctx, Complaint, organization.id).get(stored.complaintId);
        return { complaintId: stored.complaintId, ...(await ComplaintTrackingService.issue(ctx, complaint)) };
      },
    });
    return { reference: receipt.reference, trackingSecret: receipt.trackingSecret };
  }

  /** A new tracking secret for a complaint the caller may read (staff: one they registered), to hand to the complainant. */
  static async issueTrackingSecret(ctx: Context, id: string): Promise<{ reference: string; trackingSecret: string }> {
    const complaint = ComplaintService.assertReadable(ctx, await scoped(ctx, Complaint).get(id, 'id'));
    if (complaint.anonymizedAt) throw BadUserInputError.field('id', 'the complaint is anonymised: its complainant can no longer be told anything but its status');
    return ComplaintTrackingService.issue(ctx, complaint);
  }

  /**
   * Records a complaint: both deadlines from the organisation's current policy and calendar
   * (stored, never recomputed), the next reference of its year of receipt and the first timeline
   * entry (one statement), its promise links, then the entry's and the `Complaint.received` audit events.
   */
  private static async receive(ctx: Context, organization: Organization, intake: Intake, closureDays?: readonly string[]): Promise<Complaint> {
    const calendar = await ClosureDayService.calendar(ctx, organization, intake.receivedAt, closureDays);
    const policy = organization.complaintPolicy;
    const resolutionDueAt = deadline(intake.receivedAt, { within: policy.resolveWithin, unit: policy.resolveUnit }, calendar);
    const type = intake.complainant?.type ?? null;
    const year = DateTime.fromJSDate(intake.receivedAt, { zone: organization.timezone }).year;
    const { complaint, entry } = await insertNumbered(
      ctx,
      year,
      {
        organizationId: organization.id,
        receivedAt: intake.receivedAt,
        channel: intake.channel,
        language: intake.language,
        subject: intake.subject.trim(),
        description: intake.description.trim(),
        complainantName: trimmed(intake.complainant?.name),
        complainantEmail: trimmed(intake.complainant?.email)?.toLowerCase() ?? null,
        complainantPhone: trimmed(intake.complainant?.phone),
        customerReference: trimmed(intake.complainant?.customerReference),
        complainantType: type,
        complainantAddress: trimmed(intake.complainant?.address),
        complainantMandate: type === ComplainantType.REPRESENTATIVE ? (intake.complainant?.mandate ?? null) : null,
        complainantMandateReference: type === ComplainantType.REPRESENTATIVE ? trimmed(intake.complainant?.mandateReference) : null,
        kind: intake.kind ?? ComplaintKind.COMPLAINT,
        employeeConcernedId: intake.employeeConcerned?.id ?? null,
        categories: intake.categories ?? [],
        status: ComplaintStatus.RECEIVED,
        handlerId: intake.handler?.id ?? null,
        registeredById: ctx.user?.id ?? null,
        acknowledgementDueAt: deadline(intake.receivedAt, { within: policy.acknowledgeWithin, unit: policy.acknowledgeUnit }, calendar),
        resolutionDueAt,
        trackingSecretHash: intake.trackingSecretHash ?? null,
      },
      { actorId: ctx.user?.id ?? null, at: intake.receivedAt, from: null, to: ComplaintStatus.RECEIVED, note: null },
    );
    if (intake.promises?.length) {
      await replaceLinks(scopedTo(ctx, ComplaintPromise, organization.id), { column: 'complaintId', id: complaint.id }, 'promiseId', intake.promises.map((p) => p.id));
    }
    // The events the repositories' inserts record, written by hand because one statement inserted both rows.
    await scopedTo(ctx, ComplaintTimelineEntry, organization.id).audit('ComplaintTimelineEntry.created', entry.id, auditChanges(ComplaintTimelineEntry, null, entry));
    await scopedTo(ctx, Complaint, organization.id).audit('Complaint.received', complaint.id, auditChanges(Complaint, null, complaint));
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
    if (input.language != null) patch.language = languageTag(input.language, 'input.language');
    if (input.handlerId) patch.handlerId = (await UserService.assignable(ctx, input.handlerId, 'input.handlerId', [Role.COMPLAINT_OFFICER])).id;
    if (input.employeeConcernedId) patch.employeeConcernedId = (await UserService.assignable(ctx, input.employeeConcernedId, 'input.employeeConcernedId')).id;
    const handlerId = patch.handlerId ?? current.handlerId;
    const concernedId = patch.employeeConcernedId ?? current.employeeConcernedId;
    if (handlerId && handlerId === concernedId) throw ComplaintService.ownCase(input.handlerId ? 'input.handlerId' : 'input.employeeConcernedId');
    if (input.kind && input.kind !== current.kind) {
      if (DECIDED_STATUSES.includes(current.status)) throw BadUserInputError.field('input.kind', `a ${current.status} complaint keeps its kind`);
      const linked = input.promiseIds ? input.promiseIds.length : await scoped(ctx, ComplaintPromise).count({ complaintId: current.id });
      if (input.kind === ComplaintKind.DEBT_OBJECTION && linked) {
        throw BadUserInputError.field('input.kind', 'an objection to the debt concerns no promise: unlink its promises (input.promiseIds: []) first');
      }
      patch.kind = input.kind;
    }
    const kind = patch.kind ?? current.kind;
    if (input.promiseIds?.length && kind === ComplaintKind.DEBT_OBJECTION) {
      throw BadUserInputError.field('input.promiseIds', 'an objection to the debt (kind DEBT_OBJECTION) concerns no promise of the code');
    }
    if (input.promiseIds?.length && current.outsideCodeReason && DECIDED_STATUSES.includes(current.status)) {
      throw BadUserInputError.field('input.promiseIds', 'the complaint was decided outside the code (no promise covers it); reopen and resolve it again to link promises');
    }
    if (input.promiseIds) {
      if (input.promiseIds.length === 0 && DECIDED_STATUSES.includes(current.status) && kind === ComplaintKind.COMPLAINT && !current.outsideCodeReason) {
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
      if (c.status === ComplaintStatus.CLOSED) throw BadUserInputError.field('id', 'the complaint is CLOSED: reopen it with a reason (reopenComplaint)');
      const handlerId = input.handlerId ? (await UserService.assignable(ctx, input.handlerId, 'input.handlerId', [Role.COMPLAINT_OFFICER])).id : c.handlerId;
      if (!handlerId) throw BadUserInputError.field('input.handlerId', 'a complaint in progress needs a handler: name a complaint officer');
      if (handlerId === c.employeeConcernedId) throw ComplaintService.ownCase('input.handlerId');
      return input.handlerId ? { handlerId } : {};
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
        if (c.pausedAt) throw BadUserInputError.field('id', 'handling is paused, waiting for the complainant: resume it (resumeComplaint) before resolving');
        const linked = await scoped(ctx, ComplaintPromise).count({ complaintId: c.id });
        const outsideCode = input.outsideCode ? input.outsideCode.reason.trim() : null;
        if (c.kind === ComplaintKind.DEBT_OBJECTION) {
          if (outsideCode) throw BadUserInputError.field('input.outsideCode', 'an objection to the debt is not measured against the code: leave outsideCode out');
        } else if (linked && outsideCode) {
          throw BadUserInputError.field('input.outsideCode', 'the complaint concerns promises of the code: unlink them (updateComplaint) or leave outsideCode out');
        } else if (!linked && !outsideCode) {
          throw BadUserInputError.field(
            'promises',
            'link the complaint to at least one promise (updateComplaint) before resolving it, or resolve it outside the code (input.outsideCode.reason)',
          );
        }
        sentAt = letterSentAt(input.letter.sentAt, c.acknowledgedAt ?? c.receivedAt, now);
        // A reopened complaint keeps the timing of its first resolution: the statistics count it once.
        const first = c.reopenCount > 0 && c.resolvedAt;
        return {
          decision,
          outcome: input.outcome,
          outsideCodeReason: outsideCode,
          resolvedAt: first ? c.resolvedAt : sentAt,
          resolvedOnTime: first ? c.resolvedOnTime : sentAt <= c.resolutionDueAt,
        };
      },
      (c) => CorrespondenceService.record(ctx, c, LetterKind.DECISION, input.letter, { sentAt, decision }),
    ).then(async (resolved) => {
      await ComplaintHooks.resolved(ctx, resolved);
      return resolved;
    });
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
    const language = input.language ? languageTag(input.language, 'input.complaint.language') : organization.languages[0];
    const received = await ComplaintService.receive(ctx, organization, { ...input, receivedAt, promises, handler: null, language });
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
    const organization = await OrganizationService.current(ctx);
    return ComplaintService.erase(ctx, organization, await scoped(ctx, Complaint).get(id, 'id'), expectedVersion);
  }

  /**
   * Whether a complaint's personal data may be erased now: it is CLOSED, not anonymised yet, and
   * the retention period of the organisation's statutory rule pack after its closing has ended
   * (RETENTION_PERIOD with `allowedFrom` otherwise), and no other module blocks it (a disputes-body
   * case still open: `ComplaintHooks`). The one place that decides it.
   */
  static async assertMayAnonymise(ctx: Context, organization: Organization, complaint: Complaint, now = new Date()): Promise<void> {
    ComplaintService.assertRetentionOver(organization, complaint, now);
    await ComplaintHooks.assertNoAnonymisationBlock(ctx, complaint);
  }

  /** The statutory part of {@link assertMayAnonymise}: CLOSED, not anonymised yet, and the pack's retention period after closing over. */
  static assertRetentionOver(organization: Organization, complaint: Complaint, now = new Date()): void {
    if (complaint.status !== ComplaintStatus.CLOSED || !complaint.closedAt) {
      throw BadUserInputError.field('id', `only a CLOSED complaint can be anonymised (it is ${complaint.status})`);
    }
    if (complaint.anonymizedAt) throw BadUserInputError.field('id', 'the complaint is anonymised already');
    const allowedFrom = anonymisableFrom(organization.statutoryRulePack, complaint.closedAt, organization.timezone);
    if (now < allowedFrom) {
      const retention = RULE_PACKS[organization.statutoryRulePack].retention!;
      throw new RetentionPeriodError(
        `Complaint ${complaint.reference} must be kept ${retention.years} years after closing (${describeSource(retention.source)}): it may be anonymised from ${allowedFrom.toISOString()}`,
        { field: 'id', allowedFrom: allowedFrom.toISOString(), rule: `${organization.statutoryRulePack}.retention`, source: describeSource(retention.source) },
      );
    }
  }

  private static async erase(ctx: Context, organization: Organization, current: Complaint, expectedVersion: number): Promise<Complaint> {
    await ComplaintService.assertMayAnonymise(ctx, organization, current);
    const complaints = scopedTo(ctx, Complaint, organization.id);
    const id = current.id;
    const anonymized = await complaints.update(
      current,
      {
        complainantName: null,
        complainantEmail: null,
        complainantPhone: null,
        customerReference: null,
        complainantAddress: null,
        complainantMandateReference: null,
        description: null,
        anonymizedAt: new Date(),
      },
      { expectedVersion, action: 'Complaint.anonymized' },
    );
    const timeline = scopedTo(ctx, ComplaintTimelineEntry, organization.id);
    for (const entry of await timeline.find({ where: { complaintId: id } })) {
      if (entry.note !== null) await timeline.update(entry, { note: null }, { action: 'ComplaintTimelineEntry.anonymized' });
    }
    await CorrespondenceService.erase(ctx, current);
    await ComplaintHooks.eraseElsewhere(ctx, current);
    await forgetIdempotencyKeys(ctx, current.organizationId, COMPLAINT_CREATES, [{ complaintId: current.id }, { reference: current.reference }]);
    return anonymized;
  }

  /** The complainant; null once anonymised (who may read it: `@ReadableBy` on the field). */
  static complainant(c: Complaint): Complainant | null {
    if (c.anonymizedAt) return null;
    return {
      name: c.complainantName,
      email: c.complainantEmail,
      phone: c.complainantPhone,
      customerReference: c.customerReference,
      address: c.complainantAddress,
      mandateReference: c.complainantMandateReference,
    };
  }

  /** The deadline the handler works to: moved by extensions and pauses, the resolution deadline otherwise. */
  static workingResolutionDueAt(c: Complaint): Date {
    return c.workingResolutionDueAt ?? c.resolutionDueAt;
  }

  static isOverdue(c: Complaint): boolean {
    return isPastWorkingDeadline(c, new Date());
  }

  static escalation(c: Complaint): ComplaintEscalation | null {
    return c.escalation?.escalatedAt ? c.escalation : null;
  }

  static promises(ctx: Context, c: Complaint): Promise<CodePromise[]> {
    return ctx.loaders.complaint.promises.load(c.id);
  }

  /**
   * One complaint (`complaint(id)`), in one statement: with `timeline` its steps (aggregated as
   * JSON, kept for {@link timeline}), with `members` the members it names (given to the members'
   * loader), so that the handler, who registered it and the timeline's actors need no statement more.
   */
  static async one(ctx: Context, id: string, read: { timeline: boolean; members?: boolean }): Promise<Complaint> {
    // One statement, a constant text: the complaint and, when asked for, its timeline and the members it names.
    const [row]: { complaint: JsonRow; timeline: JsonRow[] | null; members: JsonRow[] | null }[] = isUuid(id)
      ? await ctx.db.query(ONE_COMPLAINT, [currentUser(ctx).organizationId, id, read.members === true, read.timeline])
      : [];
    if (!row) throw new NotFoundError('Complaint', id);
    const complaint = ComplaintService.assertReadable(ctx, fromJsonRow(ctx.db, Complaint, row.complaint));
    byIdLoader(ctx, Complaint).prime(complaint.id, complaint);
    if (read.timeline) ctx.loaders.complaint.timelinesRead.set(complaint.id, fromJsonRows(ctx.db, ComplaintTimelineEntry, row.timeline));
    const users = UserService.loader(ctx);
    for (const member of fromJsonRows(ctx.db, User, row.members)) users.prime(member.id, member);
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
    await ComplaintService.record(ctx, current, { at: now, from: current.status, to, note: trimmed(input.note), letterId: sent?.id ?? null });
    return updated;
  }

  /** Appends a timeline entry (a status change unless `kind` says otherwise). */
  private static record(
    ctx: Context,
    complaint: Complaint,
    entry: { at: Date; from: ComplaintStatus; to: ComplaintStatus; note: string | null; kind?: ComplaintTimelineEventKind; dueAt?: Date | null; letterId?: string | null },
  ): Promise<ComplaintTimelineEntry> {
    return scoped(ctx, ComplaintTimelineEntry).insert({
      complaintId: complaint.id,
      actorId: currentUser(ctx).id,
      kind: ComplaintTimelineEventKind.STATUS_CHANGED,
      dueAt: null,
      ...entry,
    });
  }

  /** An event that changes no status: the complaint's patch under its lock, its letter if any, and a timeline entry of `kind` naming it. */
  private static async event(
    ctx: Context,
    current: Complaint,
    input: { expectedVersion: number },
    kind: ComplaintTimelineEventKind,
    verb: string,
    patch: Partial<Complaint>,
    entry: { note: string | null; dueAt?: Date | null },
    letter?: (current: Complaint) => Promise<ComplaintLetter>,
  ): Promise<Complaint> {
    const now = new Date();
    const updated = await scoped(ctx, Complaint).update(current, patch, { ...expectedIn(input), action: `Complaint.${verb}` });
    const sent = letter ? await letter(updated) : null;
    await ComplaintService.record(ctx, current, { at: now, from: current.status, to: current.status, kind, ...entry, letterId: sent?.id ?? null });
    return updated;
  }

  private static countEvents(ctx: Context, complaint: Complaint, kind: ComplaintTimelineEventKind): Promise<number> {
    return scoped(ctx, ComplaintTimelineEntry).count({ complaintId: complaint.id, kind });
  }

  /** Records that the employee concerned was informed of the complaint (once). */
  static async informEmployeeConcerned(ctx: Context, id: string, input: ComplaintStepInput): Promise<Complaint> {
    const current = await scoped(ctx, Complaint).get(id, 'id');
    if (!current.employeeConcernedId) throw BadUserInputError.field('id', 'the complaint names no employee concerned (updateComplaint: employeeConcernedId)');
    if (current.employeeInformedAt) throw BadUserInputError.field('id', `the employee concerned was informed already (${current.employeeInformedAt.toISOString()})`);
    const now = new Date();
    return ComplaintService.event(ctx, current, input, ComplaintTimelineEventKind.EMPLOYEE_INFORMED, 'employeeInformed', { employeeInformedAt: now }, { note: trimmed(input.note) });
  }

  /**
   * Extends the resolution term with a reason, told to the complainant by the extension letter
   * (recorded with the step, naming the new working deadline and the reason): the working deadline
   * moves, `resolutionDueAt` (the statistics' deadline) does not. The total extension is bounded
   * by the statutory rule pack where the law sets a bound, otherwise by one further resolution term
   * of the policy.
   */
  static async extendDeadline(ctx: Context, id: string, input: ExtendComplaintDeadlineInput): Promise<Complaint> {
    const organization = await OrganizationService.current(ctx);
    const current = await scoped(ctx, Complaint).get(id, 'id');
    if (!UNRESOLVED_STATUSES.includes(current.status)) throw BadUserInputError.field('id', `only an unresolved complaint's term can be extended (it is ${current.status})`);
    if ((await ComplaintService.countEvents(ctx, current, ComplaintTimelineEventKind.DEADLINE_EXTENDED)) >= MAX_EXTENSIONS) {
      throw BadUserInputError.field('id', `the resolution term was extended ${MAX_EXTENSIONS} times already`);
    }
    const calendar = await ClosureDayService.calendar(ctx, organization, current.receivedAt);
    const extended = deadline(current.extendedResolutionDueAt ?? current.resolutionDueAt, { within: input.within, unit: input.unit }, calendar);
    const bound = maxExtension(organization.statutoryRulePack, organization.complaintPolicy);
    const latest = deadline(current.resolutionDueAt, bound, calendar);
    if (extended > latest) {
      const by = bound.source ? describeSource(bound.source) : 'the service allows at most one further resolution term in total';
      throw BadUserInputError.field('input.within', `extends the term beyond ${latest.toISOString()}, the latest allowed (${bound.within} ${bound.unit} after the original deadline; ${by})`);
    }
    const working = plusWorkingDays(extended, current.pausedWorkingDays, calendar);
    const reason = input.reason.trim();
    const sentAt = letterSentAt(input.letter.sentAt, current.acknowledgedAt ?? current.receivedAt, new Date());
    return ComplaintService.event(
      ctx,
      current,
      input,
      ComplaintTimelineEventKind.DEADLINE_EXTENDED,
      'deadlineExtended',
      { extendedResolutionDueAt: extended, workingResolutionDueAt: working },
      { note: reason, dueAt: working },
      (c) => CorrespondenceService.record(ctx, c, LetterKind.EXTENSION, input.letter, { sentAt, newDeadline: working, reason }),
    );
  }

  /** Pauses handling while waiting for the complainant: the working deadline stands still until resumed. */
  static async pause(ctx: Context, id: string, input: ComplaintReasonInput): Promise<Complaint> {
    const current = await scoped(ctx, Complaint).get(id, 'id');
    if (!PAUSABLE_STATUSES.includes(current.status)) throw BadUserInputError.field('id', `only an ACKNOWLEDGED or IN_PROGRESS complaint can be paused (it is ${current.status})`);
    if (current.pausedAt) throw BadUserInputError.field('id', `handling is paused already (since ${current.pausedAt.toISOString()})`);
    if ((await ComplaintService.countEvents(ctx, current, ComplaintTimelineEventKind.PAUSED)) >= MAX_PAUSES) {
      throw BadUserInputError.field('id', `handling was paused ${MAX_PAUSES} times already`);
    }
    return ComplaintService.event(ctx, current, input, ComplaintTimelineEventKind.PAUSED, 'paused', { pausedAt: new Date() }, { note: input.reason.trim() });
  }

  /** Resumes a paused complaint: the working deadline moves by the working days paused. */
  static async resume(ctx: Context, id: string, input: ComplaintStepInput): Promise<Complaint> {
    const organization = await OrganizationService.current(ctx);
    const current = await scoped(ctx, Complaint).get(id, 'id');
    if (!current.pausedAt) throw BadUserInputError.field('id', 'handling is not paused');
    const calendar = await ClosureDayService.calendar(ctx, organization, current.receivedAt);
    const paused = workingDaysBetween(current.pausedAt, new Date(), calendar);
    const working = plusWorkingDays(current.workingResolutionDueAt ?? current.resolutionDueAt, paused, calendar);
    return ComplaintService.event(
      ctx,
      current,
      input,
      ComplaintTimelineEventKind.RESUMED,
      'resumed',
      { pausedAt: null, pausedWorkingDays: current.pausedWorkingDays + paused, workingResolutionDueAt: working },
      { note: trimmed(input.note), dueAt: working },
    );
  }

  /**
   * CLOSED → IN_PROGRESS with a reason: the complaint is handled again (e.g. the complainant went to
   * a disputes body after closing). It stays one complaint in every figure; its first resolution's
   * timing is kept, its decision and outcome are replaced when it is resolved again.
   */
  static async reopen(ctx: Context, id: string, input: ComplaintReasonInput): Promise<Complaint> {
    const complaints = scoped(ctx, Complaint);
    const current = await complaints.get(id, 'id');
    COMPLAINT_LIFECYCLE.assert(current.status, ComplaintStatus.IN_PROGRESS);
    if (current.status !== ComplaintStatus.CLOSED) throw BadUserInputError.field('id', `only a CLOSED complaint can be reopened (it is ${current.status})`);
    if (current.anonymizedAt) throw BadUserInputError.field('id', 'the complaint is anonymised: its personal data is gone; register a new complaint');
    if (current.reopenCount >= MAX_REOPENINGS) throw BadUserInputError.field('id', `the complaint was reopened ${MAX_REOPENINGS} times already`);
    if (!current.handlerId) throw BadUserInputError.field('id', 'the complaint has no handler: assign one (updateComplaint) first');
    const now = new Date();
    const updated = await complaints.update(
      current,
      { status: ComplaintStatus.IN_PROGRESS, closedAt: null, reopenedAt: now, reopenCount: current.reopenCount + 1 },
      { ...expectedIn(input), action: 'Complaint.reopened' },
    );
    await ComplaintService.record(ctx, current, { at: now, from: current.status, to: ComplaintStatus.IN_PROGRESS, kind: ComplaintTimelineEventKind.REOPENED, note: input.reason.trim() });
    return updated;
  }

  /** The organisation's CLOSED complaints past their retention period and not anonymised, longest closed first. */
  static async dueForAnonymisation(ctx: Context, organization: Organization, limit: number): Promise<{ due: number; complaints: Complaint[] }> {
    const retention = RULE_PACKS[organization.statutoryRulePack].retention;
    const cutoff = retention ? DateTime.now().setZone(organization.timezone).minus({ years: retention.years }).toJSDate() : new Date();
    const qb = scopedTo(ctx, Complaint, organization.id)
      .query('c')
      .andWhere('c.status = :closed AND c.anonymizedAt IS NULL AND c.closedAt <= :cutoff', { closed: ComplaintStatus.CLOSED, cutoff });
    const [complaints, due] = await qb.orderBy('c.closedAt', 'ASC').addOrderBy('c.id', 'ASC').take(limit).getManyAndCount();
    return { due, complaints };
  }

  /**
   * Anonymises the complaints past their retention period (at most `limit`), or only lists them
   * (`dryRun`). Idempotent: an anonymised complaint is no longer due, so a second run finds nothing.
   */
  static async anonymizeDue(ctx: Context, organization: Organization, input: AnonymizeDueComplaintsInput): Promise<RetentionRun> {
    const { due, complaints } = await ComplaintService.dueForAnonymisation(ctx, organization, input.limit);
    if (!input.dryRun) for (const c of complaints) await ComplaintService.erase(ctx, organization, c, c.version);
    // What other modules keep of people outside a complaint (respondents of surveys on demand), past its own period.
    const erasedElsewhere = await ComplaintHooks.sweepElsewhere(ctx, organization, input.dryRun);
    if (input.dryRun || (!complaints.length && !erasedElsewhere)) ctx.unchanged = true;
    return { dryRun: input.dryRun, due, references: complaints.map((c) => c.reference), erasedElsewhere };
  }

  /**
   * Complaints decided outside the code (no promise covers them), grouped by category, with the
   * words used most in their subjects and reasons: what the next code version might promise. Only
   * words used in at least two complaints are shown, so a name in one complaint never appears;
   * descriptions (the complainant's own words) are not read.
   */
  static async codeGaps(ctx: Context, args: CodeGapsArgs): Promise<CodeGaps> {
    const qb = scoped(ctx, Complaint)
      .query('c')
      .andWhere('c.outsideCodeReason IS NOT NULL')
      .andWhere('c.kind = :kind', { kind: ComplaintKind.COMPLAINT })
      .select(['c.id', 'c.subject', 'c.outsideCodeReason', 'c.categories']);
    if (args.receivedFrom) qb.andWhere('c.receivedAt >= :receivedFrom', { receivedFrom: args.receivedFrom });
    if (args.receivedTo) qb.andWhere('c.receivedAt < :receivedTo', { receivedTo: args.receivedTo });
    const rows = await qb.orderBy('c.receivedAt', 'DESC').take(5000).getMany();
    const wordsOf = (c: Complaint) =>
      new Set(
        `${c.subject} ${c.outsideCodeReason ?? ''}`
          .toLowerCase()
          .split(/[^\p{L}]+/u)
          .filter((w) => w.length >= 4 && !STOP_WORDS.has(w)),
      );
    const top = (list: Complaint[], n: number) => {
      const counts = new Map<string, number>();
      for (const c of list) for (const w of wordsOf(c)) counts.set(w, (counts.get(w) ?? 0) + 1);
      return [...counts]
        .filter(([, count]) => count >= 2)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, n)
        .map(([word, count]) => ({ word, count }));
    };
    const categories = [...Object.values(ComplaintCategory), 'UNCLASSIFIED'];
    const byCategory = categories
      .map((category) => {
        const list = rows.filter((c) => (category === 'UNCLASSIFIED' ? !c.categories.length : c.categories.includes(category as ComplaintCategory)));
        return { category, count: list.length, words: top(list, 10) };
      })
      .filter((g) => g.count > 0);
    return { total: rows.length, byCategory, words: top(rows, 20) };
  }
}

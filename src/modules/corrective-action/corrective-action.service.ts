import { In } from 'typeorm';
import type { Context } from '../../common/context';
import { currentUser } from '../../common/context';
import { can, PERMISSIONS } from '../../common/permissions';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../common/errors';
import { organizationToday, todayIn } from '../../common/local-date';
import { createOnce } from '../../common/idempotency';
import { replaceLinks } from '../../common/links';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { scoped, expectedIn } from '../../common/tenancy';
import { OrganizationService } from '../organization';
import { UserService, type User } from '../user';
import { CodePromise, CodePromiseService, promiseInLineage } from '../code';
import { Complaint, ComplaintPromise, linkablePromises } from '../complaint';
import { CorrectiveAction, CorrectiveActionKind, CorrectiveActionStatus as S } from './corrective-action.entity';
import { CorrectiveActionComplaint } from './corrective-action-complaint.entity';
import { CORRECTIVE_ACTION_LIFECYCLE, PENDING_STATUSES, actionOverdueCondition, isActionOverdue } from './corrective-action-lifecycle';
import type {
  CancelCorrectiveActionInput,
  CheckEffectivenessInput,
  CorrectiveActionsArgs,
  CorrectiveActionStepInput,
  CreateCorrectiveActionInput,
  EffectivenessCheck,
  ReopenCorrectiveActionInput,
  UpdateCorrectiveActionInput,
} from './corrective-action.dto';


/**
 * Corrective, preventive and improvement actions: each about one promise, optionally answering
 * complaints; worked through OPEN → IN_PROGRESS → DONE and closed only by the quality manager's
 * effectiveness check (or cancelled with a reason). Preventive actions are decided by top
 * management, who are recorded as `decidedBy`.
 */
export class CorrectiveActionService {

  /** Actions, earliest due first. */
  static async list(ctx: Context, args: CorrectiveActionsArgs): Promise<ConnectionResult<CorrectiveAction>> {
    const qb = scoped(ctx, CorrectiveAction).query('a');
    if (args.status?.length) qb.andWhere('a.status IN (:...statuses)', { statuses: args.status });
    if (args.kind) qb.andWhere('a.kind = :kind', { kind: args.kind });
    if (args.promiseId) {
      const promise = await scoped(ctx, CodePromise).get(args.promiseId, 'promiseId');
      const lineage = promiseInLineage('a.promise_id', promise);
      qb.andWhere(lineage.where, lineage.params);
    }
    if (args.overdue != null) {
      qb.andWhere(args.overdue ? actionOverdueCondition('a') : `NOT ${actionOverdueCondition('a')}`, { today: await organizationToday(ctx) });
    }
    return paginate(qb, args, { column: 'a.dueOn', property: 'dueOn', direction: 'ASC' });
  }

  /** Opens an action (idempotent with a key). */
  static async create(ctx: Context, input: CreateCorrectiveActionInput): Promise<CorrectiveAction> {
    if (input.kind === CorrectiveActionKind.PREVENTIVE && !can(ctx, 'decidePreventiveActions')) {
      throw new ForbiddenError('Preventive actions are decided by TOP_MANAGEMENT', { requiredRoles: PERMISSIONS.decidePreventiveActions, field: 'input.kind' });
    }
    const user = currentUser(ctx);
    return createOnce(ctx, {
      operation: 'createCorrectiveAction',
      input,
      storedAs: 'correctiveActionId',
      run: async () => {
        const complaintIds = await CorrectiveActionService.complaintIds(ctx, input.complaintIds ?? []);
        const promise = await CorrectiveActionService.promiseFor(ctx, input.promiseId, complaintIds);
        const owner = await UserService.assignable(ctx, input.ownerId, 'input.ownerId');
        const preventive = input.kind === CorrectiveActionKind.PREVENTIVE;
        const now = new Date();
        const action = await scoped(ctx, CorrectiveAction).insert({
          kind: input.kind,
          promiseId: promise.id,
          title: input.title.trim(),
          rootCause: input.rootCause?.trim() || null,
          plannedAction: input.plannedAction.trim(),
          ownerId: owner.id,
          dueOn: input.dueOn,
          status: S.OPEN,
          decidedById: preventive ? user.id : null,
          decidedAt: preventive ? now : null,
          createdById: user.id,
        });
        if (complaintIds.length) {
          await replaceLinks(scoped(ctx, CorrectiveActionComplaint), { column: 'correctiveActionId', id: action.id }, 'complaintId', complaintIds);
        }
        return action;
      },
      reload: (id) => scoped(ctx, CorrectiveAction).get(id),
    });
  }

  /** Edits a pending action (OPEN, IN_PROGRESS or NOT_EFFECTIVE): text, owner, due day, promise, complaints. */
  static async update(ctx: Context, id: string, input: UpdateCorrectiveActionInput): Promise<CorrectiveAction> {
    const actions = scoped(ctx, CorrectiveAction);
    const current = await actions.get(id, 'id');
    if (!PENDING_STATUSES.includes(current.status)) throw BadUserInputError.field('id', `a ${current.status} action can no longer be changed`);
    const patch: Partial<CorrectiveAction> = {};
    if (input.title != null) patch.title = input.title.trim();
    if (input.rootCause != null) patch.rootCause = input.rootCause.trim() || null;
    if (input.plannedAction != null) patch.plannedAction = input.plannedAction.trim();
    if (input.dueOn != null) patch.dueOn = input.dueOn;
    if (input.ownerId) patch.ownerId = (await UserService.assignable(ctx, input.ownerId, 'input.ownerId')).id;
    if (input.promiseId) patch.promiseId = (await linkablePromises(ctx, [input.promiseId], 'input.promiseId'))[0].id;
    const complaintIds = input.complaintIds && (await CorrectiveActionService.complaintIds(ctx, input.complaintIds));
    const updated = await actions.update(current, patch, expectedIn(input));
    if (complaintIds) {
      const change = await replaceLinks(scoped(ctx, CorrectiveActionComplaint), { column: 'correctiveActionId', id: current.id }, 'complaintId', complaintIds);
      if (change.changed) await actions.audit('CorrectiveAction.complaintsLinked', current.id, { complaintIds: { from: change.from, to: change.to } });
    }
    return updated;
  }

  /** OPEN → IN_PROGRESS. */
  static start(ctx: Context, id: string, input: CorrectiveActionStepInput): Promise<CorrectiveAction> {
    return CorrectiveActionService.step(ctx, id, input, S.IN_PROGRESS, 'started', (current) => {
      if (current.status === S.NOT_EFFECTIVE) throw BadUserInputError.field('id', 'a NOT_EFFECTIVE action is taken up again with reopenCorrectiveAction and a note');
      return { startedAt: new Date() };
    });
  }

  /** IN_PROGRESS → DONE: the work is finished; the effectiveness check is still to come. */
  static complete(ctx: Context, id: string, input: CorrectiveActionStepInput): Promise<CorrectiveAction> {
    return CorrectiveActionService.step(ctx, id, input, S.DONE, 'done', () => ({ doneAt: new Date() }));
  }

  /** DONE → VERIFIED_EFFECTIVE or NOT_EFFECTIVE, by the quality manager. */
  static async checkEffectiveness(ctx: Context, id: string, input: CheckEffectivenessInput): Promise<CorrectiveAction> {
    const { timezone } = await OrganizationService.current(ctx);
    const today = todayIn(timezone);
    const to = input.effective ? S.VERIFIED_EFFECTIVE : S.NOT_EFFECTIVE;
    return CorrectiveActionService.step(ctx, id, input, to, 'effectivenessChecked', (current) => {
      const verifiedOn = input.verifiedOn ?? today;
      if (verifiedOn > today) throw BadUserInputError.field('input.verifiedOn', 'must not be in the future');
      if (current.doneAt && verifiedOn < todayIn(timezone, current.doneAt)) {
        throw BadUserInputError.field('input.verifiedOn', 'must not be before the action was done');
      }
      return { verifiedById: currentUser(ctx).id, verifiedOn, effective: input.effective, effectivenessNote: input.note.trim() };
    });
  }

  /** NOT_EFFECTIVE → IN_PROGRESS: taken up again, with what will be done differently. */
  static reopen(ctx: Context, id: string, input: ReopenCorrectiveActionInput): Promise<CorrectiveAction> {
    return CorrectiveActionService.step(ctx, id, input, S.IN_PROGRESS, 'reopened', (current) => {
      if (current.status !== S.NOT_EFFECTIVE) throw BadUserInputError.field('id', `only a NOT_EFFECTIVE action is reopened (it is ${current.status}); start an OPEN one`);
      return { reopenNote: input.note.trim(), doneAt: null };
    });
  }

  /** → CANCELLED with a reason, from OPEN, IN_PROGRESS or NOT_EFFECTIVE. */
  static cancel(ctx: Context, id: string, input: CancelCorrectiveActionInput): Promise<CorrectiveAction> {
    return CorrectiveActionService.step(ctx, id, input, S.CANCELLED, 'cancelled', () => ({ cancellationReason: input.reason.trim(), cancelledAt: new Date() }));
  }

  static async isOverdue(ctx: Context, action: CorrectiveAction): Promise<boolean> {
    return isActionOverdue(action, await organizationToday(ctx));
  }

  /** The latest effectiveness check; a NOT_EFFECTIVE one stays visible after reopening until the next check. */
  static effectivenessCheck(action: CorrectiveAction): EffectivenessCheck | null {
    if (action.effective === null || !action.verifiedById || !action.verifiedOn) return null;
    return { verifiedById: action.verifiedById, verifiedOn: action.verifiedOn, effective: action.effective, note: action.effectivenessNote ?? '' };
  }

  static promise(ctx: Context, action: CorrectiveAction): Promise<CodePromise | null> {
    return CodePromiseService.loader(ctx).load(action.promiseId);
  }

  /** A page of the complaints the action answers, newest first. */
  static complaints(ctx: Context, action: CorrectiveAction, args: ConnectionArgs): Promise<ConnectionResult<Complaint>> {
    return ctx.loaders.correctiveAction.complaints(args).load(action.id);
  }

  /** A page of the actions answering a complaint, earliest due first. */
  static forComplaint(ctx: Context, complaint: Complaint, args: ConnectionArgs): Promise<ConnectionResult<CorrectiveAction>> {
    return ctx.loaders.correctiveAction.byComplaint(args).load(complaint.id);
  }

  /** A page of the actions about a promise in any version of its code, earliest due first. */
  static forPromise(ctx: Context, promise: CodePromise, args: ConnectionArgs): Promise<ConnectionResult<CorrectiveAction>> {
    return ctx.loaders.correctiveAction.byPromiseLineage(args).load(promise);
  }

  static user(ctx: Context, id: string | null): Promise<User | null> | null {
    return id ? UserService.loader(ctx).load(id) : null;
  }

  /** The complaints to link, each of this organisation (NOT_FOUND naming `input.complaintIds`). */
  private static async complaintIds(ctx: Context, ids: readonly string[]): Promise<string[]> {
    const found = await scoped(ctx, Complaint).byIds(ids);
    const missing = ids.find((_, i) => !found[i]);
    if (missing) throw new NotFoundError('Complaint', missing, 'input.complaintIds');
    return [...ids];
  }

  /**
   * The promise of a new action: the one named, or else the one promise the linked complaints
   * concern. BAD_USER_INPUT naming `input.promiseId` when there is none or more than one.
   */
  private static async promiseFor(ctx: Context, promiseId: string | undefined, complaintIds: string[]): Promise<CodePromise> {
    if (promiseId) return (await linkablePromises(ctx, [promiseId], 'input.promiseId'))[0];
    const linked = complaintIds.length ? await scoped(ctx, ComplaintPromise).find({ where: { complaintId: In(complaintIds) } }) : [];
    const candidates = [...new Set(linked.map((l) => l.promiseId))];
    if (candidates.length === 0) throw BadUserInputError.field('input.promiseId', 'is required: name the promise, or link complaints that concern one');
    if (candidates.length > 1) throw BadUserInputError.field('input.promiseId', `is required: the complaints concern ${candidates.length} promises, choose one`);
    return (await linkablePromises(ctx, candidates, 'input.promiseId'))[0];
  }

  /** One lifecycle step under optimistic locking, recorded as `CorrectiveAction.<verb>`. */
  private static async step(
    ctx: Context,
    id: string,
    input: CorrectiveActionStepInput,
    to: S,
    verb: string,
    change: (current: CorrectiveAction) => Partial<CorrectiveAction>,
  ): Promise<CorrectiveAction> {
    const actions = scoped(ctx, CorrectiveAction);
    const current = await actions.get(id, 'id');
    CORRECTIVE_ACTION_LIFECYCLE.assert(current.status, to);
    return actions.update(current, { ...change(current), status: to }, { ...expectedIn(input), action: `CorrectiveAction.${verb}` });
  }
}

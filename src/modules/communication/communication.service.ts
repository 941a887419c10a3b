import type { Context } from '../../common/context';
import { createOnce } from '../../common/idempotency';
import { scoped, expectedIn } from '../../common/tenancy';
import { BadUserInputError, InvalidTransitionError } from '../../common/errors';
import { paginate, type ConnectionResult } from '../../common/pagination';
import { organizationToday } from '../../common/local-date';
import { UserService } from '../user';
import { CodeVersion, CodeVersionStatus } from '../code';
import { CommunicationAudience, CommunicationPlan, CommunicationPlanStatus } from './communication-plan.entity';
import type {
  CancelCommunicationPlanInput,
  CommunicationPlansArgs,
  CompleteCommunicationPlanInput,
  CreateCommunicationPlanInput,
  UpdateCommunicationPlanInput,
} from './communication.dto';

/** Where a plan may go from each status: it is executed or cancelled once. */
export const PLAN_TRANSITIONS: Record<CommunicationPlanStatus, readonly CommunicationPlanStatus[]> = {
  [CommunicationPlanStatus.PLANNED]: [CommunicationPlanStatus.DONE, CommunicationPlanStatus.CANCELLED],
  [CommunicationPlanStatus.DONE]: [],
  [CommunicationPlanStatus.CANCELLED]: [],
};

/** Versions no longer current take no new plans. */
const CLOSED_VERSIONS = [CodeVersionStatus.SUPERSEDED, CodeVersionStatus.WITHDRAWN];

/** How far one audience has been reached for a code version. */
export interface AudienceCoverage {
  audience: CommunicationAudience;
  reached: boolean;
  donePlans: number;
  plannedPlans: number;
  lastReachedOn: string | null;
  nextPlannedOn: string | null;
}

export interface CommunicationCoverage {
  codeVersion: CodeVersion;
  inForce: boolean;
  audiences: AudienceCoverage[];
  reached: CommunicationAudience[];
  notReached: CommunicationAudience[];
}

/** Communication plans that make a code visible and accessible, and which audiences they reached. */
export class CommunicationService {

  static async list(ctx: Context, args: CommunicationPlansArgs): Promise<ConnectionResult<CommunicationPlan>> {
    const qb = scoped(ctx, CommunicationPlan).query('p');
    if (args.codeVersionId) qb.andWhere('p.codeVersionId = :versionId', { versionId: (await scoped(ctx, CodeVersion).get(args.codeVersionId, 'codeVersionId')).id });
    if (args.audience) qb.andWhere('p.audience = :audience', { audience: args.audience });
    if (args.status) qb.andWhere('p.status = :status', { status: args.status });
    return paginate(qb, args, { column: 'p.plannedOn', property: 'plannedOn', direction: 'ASC' });
  }

  /** Plans a communication for a code version that is not yet superseded or withdrawn (idempotent with a key). */
  static create(ctx: Context, input: CreateCommunicationPlanInput): Promise<CommunicationPlan> {
    return createOnce(ctx, {
      operation: 'createCommunicationPlan',
      input,
      storedAs: 'communicationPlanId',
      run: async () => {
        const version = await scoped(ctx, CodeVersion).get(input.codeVersionId, 'input.codeVersionId');
        if (CLOSED_VERSIONS.includes(version.status)) throw BadUserInputError.field('input.codeVersionId', `version ${version.version} is ${version.status}`);
        if (input.ownerId) await UserService.assignable(ctx, input.ownerId, 'input.ownerId');
        return scoped(ctx, CommunicationPlan).insert({
          codeVersionId: version.id,
          audience: input.audience,
          channel: input.channel,
          message: input.message.trim(),
          frequency: input.frequency,
          plannedOn: input.plannedOn,
          ownerId: input.ownerId ?? null,
          status: CommunicationPlanStatus.PLANNED,
        });
      },
      reload: (id) => scoped(ctx, CommunicationPlan).get(id),
    });
  }

  static async update(ctx: Context, id: string, input: UpdateCommunicationPlanInput): Promise<CommunicationPlan> {
    const plans = scoped(ctx, CommunicationPlan);
    const current = await CommunicationService.planned(ctx, id, 'changed');
    const { expectedVersion, ...fields } = input;
    const patch = Object.fromEntries(Object.entries(fields).filter(([key, v]) => v !== undefined && (v !== null || key === 'ownerId'))) as Partial<CommunicationPlan>;
    if (patch.message) patch.message = patch.message.trim();
    if (patch.ownerId) await UserService.assignable(ctx, patch.ownerId, 'input.ownerId');
    return plans.update(current, patch, expectedIn(input));
  }

  /** PLANNED → DONE: records when it was done and the evidence. */
  static async complete(ctx: Context, id: string, input: CompleteCommunicationPlanInput): Promise<CommunicationPlan> {
    const plans = scoped(ctx, CommunicationPlan);
    const current = await plans.get(id, 'id');
    CommunicationService.transition(current, CommunicationPlanStatus.DONE);
    const today = await organizationToday(ctx);
    if (input.executedOn > today) throw BadUserInputError.field('input.executedOn', `must not be after today (${today})`);
    return plans.update(
      current,
      { status: CommunicationPlanStatus.DONE, executedOn: input.executedOn, evidence: input.evidence.trim() },
      { ...expectedIn(input), action: 'CommunicationPlan.done' },
    );
  }

  /** PLANNED → CANCELLED, with the reason. */
  static async cancel(ctx: Context, id: string, input: CancelCommunicationPlanInput): Promise<CommunicationPlan> {
    const plans = scoped(ctx, CommunicationPlan);
    const current = await plans.get(id, 'id');
    CommunicationService.transition(current, CommunicationPlanStatus.CANCELLED);
    return plans.update(
      current,
      { status: CommunicationPlanStatus.CANCELLED, cancellationReason: input.reason.trim() },
      { ...expectedIn(input), action: 'CommunicationPlan.cancelled' },
    );
  }

  /** Removes a plan made by mistake; executed or cancelled plans stay as evidence. */
  static async remove(ctx: Context, id: string, expectedVersion: number): Promise<CommunicationPlan> {
    const current = await CommunicationService.planned(ctx, id, 'deleted');
    await scoped(ctx, CommunicationPlan).delete(current, { expectedVersion });
    return current;
  }

  /**
   * Which audiences a code version has reached: an audience is reached once a plan for it is
   * DONE. Counted in SQL per audience; every audience is listed, reached or not.
   */
  static async coverage(ctx: Context, codeVersionId: string): Promise<CommunicationCoverage> {
    const version = await scoped(ctx, CodeVersion).get(codeVersionId, 'codeVersionId');
    const rows: Omit<AudienceCoverage, 'reached'>[] = await scoped(ctx, CommunicationPlan)
      .query('p')
      .select('p.audience', 'audience')
      .addSelect(`CAST(count(*) FILTER (WHERE p.status = '${CommunicationPlanStatus.DONE}') AS int)`, 'donePlans')
      .addSelect(`CAST(count(*) FILTER (WHERE p.status = '${CommunicationPlanStatus.PLANNED}') AS int)`, 'plannedPlans')
      .addSelect('CAST(max(p.executed_on) AS text)', 'lastReachedOn')
      .addSelect(`CAST(min(p.planned_on) FILTER (WHERE p.status = '${CommunicationPlanStatus.PLANNED}') AS text)`, 'nextPlannedOn')
      .andWhere('p.codeVersionId = :versionId', { versionId: version.id })
      .groupBy('p.audience')
      .getRawMany();
    const audiences = Object.values(CommunicationAudience).map((audience) => {
      const row = rows.find((r) => r.audience === audience);
      const counts = row ?? { donePlans: 0, plannedPlans: 0, lastReachedOn: null, nextPlannedOn: null };
      return { ...counts, audience, reached: counts.donePlans > 0 };
    });
    return {
      codeVersion: version,
      inForce: version.status === CodeVersionStatus.PUBLISHED,
      audiences,
      reached: audiences.filter((a) => a.reached).map((a) => a.audience),
      notReached: audiences.filter((a) => !a.reached).map((a) => a.audience),
    };
  }

  private static async planned(ctx: Context, id: string, what: string): Promise<CommunicationPlan> {
    const plan = await scoped(ctx, CommunicationPlan).get(id, 'id');
    if (plan.status !== CommunicationPlanStatus.PLANNED) throw BadUserInputError.field('id', `only PLANNED plans can be ${what}; this one is ${plan.status}`);
    return plan;
  }

  private static transition(plan: CommunicationPlan, to: CommunicationPlanStatus): void {
    const allowed = PLAN_TRANSITIONS[plan.status];
    if (!allowed.includes(to)) throw new InvalidTransitionError('CommunicationPlan', plan.status, to, allowed);
  }
}

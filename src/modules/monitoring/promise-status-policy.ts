import { Arg, Ctx, Field, Float, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { IsOptional } from 'class-validator';
import type { Context } from '../../common/context';
import { Allowed } from '../../common/permissions';
import { BadUserInputError, ConflictError } from '../../common/errors';
import { auditChanges } from '../../common/audit-changes';
import { recordAudit } from '../../common/audit-trail';
import { Organization, PromiseStatusPolicy } from '../../common/organization.entity';
import { IsPromiseKey } from '../code';
import { OrganizationService } from '../organization';
import { VersionedUpdateInput } from '../../common/versioned-input';

@InputType({ description: 'Changes to the promise status thresholds; a field left out keeps its value.' })
export class PromiseStatusPolicyInput extends VersionedUpdateInput {
  @Field(() => Float, { nullable: true, description: '0.05 to 1.' })
  upheldShareBrokenFrom?: number;

  @Field(() => Int, { nullable: true, description: '1 to 1000.' })
  upheldComplaintsBrokenFrom?: number;

  @Field(() => Float, { nullable: true, description: '0.01 up to upheldShareBrokenFrom.' })
  upheldShareAtRiskFrom?: number;

  @Field(() => Float, { nullable: true, description: '0.5 to 1.' })
  onTimeMinimum?: number;

  @Field(() => Float, { nullable: true, description: 'onTimeMinimum to 1.' })
  onTimeTarget?: number;

  @Field(() => Int, { nullable: true, description: '1 to 1000.' })
  minimumRated?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Key of the complaint-handling promise (e.g. P1); null names none (each promise answers for its own complaints). Left out: unchanged.',
  })
  @IsOptional()
  @IsPromiseKey()
  handlingPromiseKey?: string | null;
}

/** Bounds of each threshold; the pairs (at-risk share up to the broken share, minimum up to target) are checked after. */
const BOUNDS: { [K in keyof Omit<PromiseStatusPolicy, 'handlingPromiseKey'>]: { min: number; max: number; integer: boolean } } = {
  upheldShareBrokenFrom: { min: 0.05, max: 1, integer: false },
  upheldComplaintsBrokenFrom: { min: 1, max: 1000, integer: true },
  upheldShareAtRiskFrom: { min: 0.01, max: 1, integer: false },
  onTimeMinimum: { min: 0.5, max: 1, integer: false },
  onTimeTarget: { min: 0.5, max: 1, integer: false },
  minimumRated: { min: 1, max: 1000, integer: true },
};

/** The organisation's promise status policy: read by management, changed by TOP_MANAGEMENT and QUALITY_MANAGER (audited). */
export class PromiseStatusPolicyService {
  static async current(ctx: Context): Promise<PromiseStatusPolicy> {
    return (await OrganizationService.current(ctx)).promiseStatusPolicy;
  }

  /** Every problem of a policy, each naming its input field (`input.onTimeTarget`). */
  static problems(policy: PromiseStatusPolicy): { field: string; message: string }[] {
    const problems: { field: string; message: string }[] = [];
    for (const [name, { min, max, integer }] of Object.entries(BOUNDS) as [keyof typeof BOUNDS, (typeof BOUNDS)[keyof typeof BOUNDS]][]) {
      const value = policy[name];
      if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
        problems.push({ field: `input.${name}`, message: `must be ${integer ? 'a whole number ' : ''}from ${min} to ${max}` });
      }
    }
    if (!problems.length && policy.upheldShareAtRiskFrom > policy.upheldShareBrokenFrom) {
      problems.push({ field: 'input.upheldShareAtRiskFrom', message: `must not exceed upheldShareBrokenFrom (${policy.upheldShareBrokenFrom})` });
    }
    if (!problems.length && policy.onTimeTarget < policy.onTimeMinimum) {
      problems.push({ field: 'input.onTimeTarget', message: `must not be below onTimeMinimum (${policy.onTimeMinimum})` });
    }
    return problems;
  }

  static async update(ctx: Context, input: PromiseStatusPolicyInput): Promise<PromiseStatusPolicy> {
    const current = await OrganizationService.current(ctx);
    const { expectedVersion, ...changes } = input;
    const given = Object.fromEntries(Object.entries(changes).filter(([key, v]) => v !== undefined && (v !== null || key === 'handlingPromiseKey')));
    const policy: PromiseStatusPolicy = { ...current.promiseStatusPolicy, ...given };
    const problems = PromiseStatusPolicyService.problems(policy);
    if (problems.length) {
      throw new BadUserInputError(`Invalid promise status policy: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, problems);
    }
    const repo = ctx.db.getRepository(Organization);
    const result = await repo
      .createQueryBuilder()
      .update()
      .set({ promiseStatusPolicy: policy })
      .where('id = :id AND version = :version', { id: current.id, version: expectedVersion })
      .execute();
    if (!result.affected) {
      throw new ConflictError(`Organization was changed by someone else (you sent version ${expectedVersion}); reload and retry`, {
        field: 'input.expectedVersion',
      });
    }
    const updated = await repo.findOneByOrFail({ id: current.id });
    await recordAudit(ctx, current.id, {
      action: 'Organization.promiseStatusPolicyUpdated',
      entityType: 'Organization',
      entityId: current.id,
      changes: auditChanges(Organization, current, updated),
    });
    return updated.promiseStatusPolicy;
  }
}

@Resolver()
export class PromiseStatusPolicyResolver {
  @Allowed('readManagement')
  @Query(() => PromiseStatusPolicy, { description: "The organisation's thresholds of the promise status rule and its complaint-handling promise." })
  promiseStatusPolicy(@Ctx() ctx: Context): Promise<PromiseStatusPolicy> {
    return PromiseStatusPolicyService.current(ctx);
  }

  @Allowed('managePromiseStatusPolicy')
  @Mutation(() => PromiseStatusPolicy, {
    description: 'Changes the promise status thresholds or the complaint-handling promise; expectedVersion is the organisation version.',
  })
  updatePromiseStatusPolicy(@Ctx() ctx: Context, @Arg('input') input: PromiseStatusPolicyInput): Promise<PromiseStatusPolicy> {
    return PromiseStatusPolicyService.update(ctx, input);
  }
}

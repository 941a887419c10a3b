import type { Context } from '../../common/context';
import { createOnce } from '../../common/idempotency';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import { scoped } from '../../common/tenancy';
import { type ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { OrganizationService } from '../organization';
import { User, UserService } from '../user';
import { todayIn } from '../../common/local-date';
import { NormFramework } from './norm-framework.entity';
import { NormRequirement, NormRequirementKind } from './norm-requirement.entity';
import { MaturityAssessment } from './maturity-assessment.entity';
import type { RecordMaturityAssessmentInput } from './norm.dto';

/**
 * Norm frameworks and their requirement trees (shared reference data, read-only through the API),
 * and the organisation's maturity self-assessments on SRCM norm parts.
 */
export class NormService {
  static frameworks(ctx: Context): Promise<NormFramework[]> {
    return ctx.db.getRepository(NormFramework).find({ order: { position: 'ASC' } });
  }

  /** The framework with this key, or NOT_FOUND naming `field`. */
  static async framework(ctx: Context, key: string, field = 'key'): Promise<NormFramework> {
    const framework = await ctx.db.getRepository(NormFramework).findOneBy({ key });
    if (!framework) throw new NotFoundError('NormFramework', key, field);
    return framework;
  }

  /** The requirement node with this ref, or NOT_FOUND naming `ref`. */
  static async requirementByRef(ctx: Context, ref: string): Promise<NormRequirement> {
    const requirement = await ctx.db.getRepository(NormRequirement).findOneBy({ ref });
    if (!requirement) throw new NotFoundError('NormRequirement', ref, 'ref');
    return requirement;
  }

  /**
   * Records a maturity self-assessment on a norm part. Earlier assessments stay as history; the
   * latest (by assessment date, then recording time) is the one in force. Idempotent with a key.
   */
  static recordMaturity(ctx: Context, input: RecordMaturityAssessmentInput): Promise<MaturityAssessment> {
    return createOnce(ctx, {
      operation: 'recordMaturityAssessment',
      input,
      storedAs: 'maturityAssessmentId',
      run: async () => {
        const requirement = await ctx.loaders.norm.requirement.load(input.requirementId);
        if (!requirement) throw new NotFoundError('NormRequirement', input.requirementId, 'input.requirementId');
        if (requirement.kind !== NormRequirementKind.NORM_PART) {
          throw BadUserInputError.field('input.requirementId', `${requirement.ref} is a ${requirement.kind}: maturity is assessed per norm part`);
        }
        const { timezone } = await OrganizationService.current(ctx);
        if (input.assessedOn > todayIn(timezone, new Date())) throw BadUserInputError.field('input.assessedOn', 'must not be in the future');
        if (input.assessedById) await scoped(ctx, User).get(input.assessedById, 'input.assessedById');
        const assessedById = input.assessedById ?? (await UserService.me(ctx))?.id ?? null;
        return scoped(ctx, MaturityAssessment).insert({
          requirementId: requirement.id,
          level: input.level,
          evidence: input.evidence.trim(),
          assessedOn: input.assessedOn,
          assessedById,
        });
      },
      reload: (id) => scoped(ctx, MaturityAssessment).get(id),
    });
  }

  /** A page of the organisation's maturity self-assessments of a norm part, latest first (batched over the parts of a request). */
  static maturityAssessments(ctx: Context, requirement: NormRequirement, args: ConnectionArgs): Promise<ConnectionResult<MaturityAssessment>> {
    return ctx.loaders.norm.maturityAssessments(args).load(requirement.id);
  }

  /** The latest maturity self-assessment of a norm part, or null. */
  static async latestMaturity(ctx: Context, requirement: NormRequirement): Promise<MaturityAssessment | null> {
    return (await NormService.maturityAssessments(ctx, requirement, { first: 1 })).edges[0]?.node ?? null;
  }
}

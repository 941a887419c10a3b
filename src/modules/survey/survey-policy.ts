import type { Context } from '../../common/context';
import { BadUserInputError, ConflictError, type FieldProblem } from '../../common/errors';
import { auditChanges } from '../../common/audit-changes';
import { recordAudit } from '../../common/audit-trail';
import { Organization, SurveyPolicy } from '../../common/organization.entity';
import { OrganizationService } from '../organization';
import type { SurveyPolicyInput } from './satisfaction-survey.dto';

const BOUNDS: { [K in keyof SurveyPolicy]: { min: number; max: number } } = {
  linkValidDays: { min: 1, max: 365 },
  minimumResponses: { min: 1, max: 1000 },
  respondentDataRetentionDays: { min: 1, max: 3650 },
};

/** The organisation's survey policy: read by management, changed by the quality manager (audited). */
export class SurveyPolicyService {
  static async current(ctx: Context): Promise<SurveyPolicy> {
    return (await OrganizationService.current(ctx)).surveyPolicy;
  }

  static problems(policy: SurveyPolicy): FieldProblem[] {
    return (Object.entries(BOUNDS) as [keyof SurveyPolicy, { min: number; max: number }][])
      .filter(([name, { min, max }]) => !Number.isInteger(policy[name]) || policy[name] < min || policy[name] > max)
      .map(([name, { min, max }]) => ({ field: `input.${name}`, message: `must be a whole number from ${min} to ${max}` }));
  }

  static async update(ctx: Context, input: SurveyPolicyInput): Promise<SurveyPolicy> {
    const current = await OrganizationService.current(ctx);
    const { expectedVersion, ...changes } = input;
    const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined && v !== null));
    const policy: SurveyPolicy = { ...current.surveyPolicy, ...given };
    const problems = SurveyPolicyService.problems(policy);
    if (problems.length) throw new BadUserInputError(`Invalid survey policy: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}`, problems);
    const repo = ctx.db.getRepository(Organization);
    const result = await repo
      .createQueryBuilder()
      .update()
      .set({ surveyPolicy: policy })
      .where('id = :id AND version = :version', { id: current.id, version: expectedVersion })
      .execute();
    if (!result.affected) {
      throw new ConflictError(`Organization was changed by someone else (you sent version ${expectedVersion}); reload and retry`, { field: 'input.expectedVersion' });
    }
    const updated = await repo.findOneByOrFail({ id: current.id });
    await recordAudit(ctx, current.id, {
      action: 'Organization.surveyPolicyUpdated',
      entityType: 'Organization',
      entityId: current.id,
      changes: auditChanges(Organization, current, updated),
    });
    return updated.surveyPolicy;
  }
}

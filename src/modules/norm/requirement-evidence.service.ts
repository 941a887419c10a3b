import type { Context } from '../../common/context';
import { BadUserInputError, ConflictError, NotFoundError } from '../../common/errors';
import { createOnce } from '../../common/idempotency';
import { scoped, type TenantEntity } from '../../common/tenancy';
import { UserService } from '../user';
import { Kpi } from '../kpi';
import { TrainingRequirement } from '../training';
import { Resource } from '../resource';
import { CommunicationPlan } from '../communication';
import { CorrectiveAction } from '../corrective-action';
import { EvidenceKind, RECORD_KINDS, RequirementEvidence, type RecordKind } from './requirement-evidence.entity';
import type { AddRequirementEvidenceInput, MarkRequirementNotApplicableInput } from './requirement-evidence.dto';
import type { NormRequirement } from './norm-requirement.entity';

/** The record each kind of evidence points to. */
const TARGETS: Record<RecordKind, new () => TenantEntity> = {
  [EvidenceKind.KPI]: Kpi,
  [EvidenceKind.TRAINING_REQUIREMENT]: TrainingRequirement,
  [EvidenceKind.RESOURCE]: Resource,
  [EvidenceKind.COMMUNICATION_PLAN]: CommunicationPlan,
  [EvidenceKind.CORRECTIVE_ACTION]: CorrectiveAction,
};

const isRecordKind = (kind: EvidenceKind): kind is RecordKind => kind in RECORD_KINDS;

/** Evidence per requirement node and not-applicable decisions (audited like every tenant write). */
export class RequirementEvidenceService {
  static add(ctx: Context, input: AddRequirementEvidenceInput): Promise<RequirementEvidence> {
    return createOnce(ctx, {
      operation: 'addRequirementEvidence',
      input,
      storedAs: 'requirementEvidenceId',
      run: async () => {
        const requirement = await RequirementEvidenceService.requirement(ctx, input.requirementId);
        const values: Partial<RequirementEvidence> = {
          requirementId: requirement.id,
          kind: input.kind,
          note: input.note?.trim() || null,
          recordedById: (await UserService.me(ctx))?.id ?? null,
        };
        if (input.kind === EvidenceKind.NOT_APPLICABLE) {
          throw BadUserInputError.field('input.kind', 'a requirement is marked not applicable with markRequirementNotApplicable (reason required)');
        }
        if (isRecordKind(input.kind)) {
          if (!input.targetId) throw BadUserInputError.field('input.targetId', `names the ${input.kind.toLowerCase().replace(/_/g, ' ')} that is the evidence`);
          if (input.document) throw BadUserInputError.field('input.document', `is for DOCUMENT evidence only`);
          const target = await scoped(ctx, TARGETS[input.kind]).get(input.targetId, 'input.targetId');
          values[RECORD_KINDS[input.kind]] = target.id;
        } else {
          if (input.targetId) throw BadUserInputError.field('input.targetId', 'is not used for DOCUMENT evidence: give input.document');
          if (!input.document) throw BadUserInputError.field('input.document', 'title, location and version of the document are required');
          values.documentTitle = input.document.title.trim();
          values.documentLocation = input.document.location.trim();
          values.documentVersion = input.document.version.trim();
        }
        return scoped(ctx, RequirementEvidence).insert(values);
      },
      reload: (id) => scoped(ctx, RequirementEvidence).get(id),
    });
  }

  /** Marks a node not applicable (with the reason and the caller as who decided); CONFLICT when it already is. */
  static async markNotApplicable(ctx: Context, input: MarkRequirementNotApplicableInput): Promise<RequirementEvidence> {
    const requirement = await RequirementEvidenceService.requirement(ctx, input.requirementId);
    if (await scoped(ctx, RequirementEvidence).findOne({ requirementId: requirement.id, kind: EvidenceKind.NOT_APPLICABLE })) {
      throw new ConflictError(`${requirement.ref} is already marked not applicable`, { field: 'input.requirementId' });
    }
    return scoped(ctx, RequirementEvidence).insert({
      requirementId: requirement.id,
      kind: EvidenceKind.NOT_APPLICABLE,
      reason: input.reason.trim(),
      recordedById: (await UserService.me(ctx))?.id ?? null,
    });
  }

  /** Removes evidence or a not-applicable decision; answers the removed row. */
  static async remove(ctx: Context, id: string, expectedVersion: number): Promise<RequirementEvidence> {
    const evidence = await scoped(ctx, RequirementEvidence).get(id, 'id');
    await scoped(ctx, RequirementEvidence).delete(evidence, { expectedVersion });
    return evidence;
  }

  private static async requirement(ctx: Context, id: string): Promise<NormRequirement> {
    const requirement = await ctx.loaders.norm.requirement.load(id);
    if (!requirement) throw new NotFoundError('NormRequirement', id, 'input.requirementId');
    return requirement;
  }
}

import type { Context } from '../../common/context';
import { createOnce } from '../../common/idempotency';
import { scoped, expectedIn } from '../../common/tenancy';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import { paginate, type ConnectionResult } from '../../common/pagination';
import { organizationToday } from '../../common/local-date';
import { User } from '../user';
import { AUTHORISATION_ELEMENTS, TESTS, TrainingAssessment, TrainingResult } from './competence';
import { TrainingRequirement } from './training-requirement.entity';
import { TrainingRecord } from './training-record.entity';
import { requireAccessTo, trainingAccess } from './training-access';
import type {
  CreateTrainingRecordInput,
  CreateTrainingRequirementInput,
  TrainingRecordsArgs,
  TrainingRequirementsArgs,
  UpdateTrainingRecordInput,
  UpdateTrainingRequirementInput,
} from './training.dto';

/** The trainings the organisation requires, per role. */
export class TrainingRequirementService {

  static list(ctx: Context, args: TrainingRequirementsArgs): Promise<ConnectionResult<TrainingRequirement>> {
    return paginate(scoped(ctx, TrainingRequirement).query('q'), args, { column: 'q.title', property: 'title', direction: 'ASC' });
  }

  /** Adds a requirement (idempotent with a key). */
  static create(ctx: Context, input: CreateTrainingRequirementInput): Promise<TrainingRequirement> {
    return createOnce(ctx, {
      operation: 'createTrainingRequirement',
      input,
      storedAs: 'trainingRequirementId',
      run: () => {
        TrainingRequirementService.checkAuthorisation(input.assessment, input.authorisation ?? false);
        return scoped(ctx, TrainingRequirement).insert({
          title: input.title.trim(),
          description: input.description?.trim() ?? '',
          topic: input.topic,
          assessment: input.assessment,
          roles: input.roles,
          validityMonths: input.validityMonths ?? null,
          authorisation: input.authorisation ?? false,
          subject: input.subject?.trim() || null,
        });
      },
      reload: (id) => scoped(ctx, TrainingRequirement).get(id),
    });
  }

  static async update(ctx: Context, id: string, input: UpdateTrainingRequirementInput): Promise<TrainingRequirement> {
    const requirements = scoped(ctx, TrainingRequirement);
    const current = await requirements.get(id, 'id');
    const patch: Partial<TrainingRequirement> = {};
    if (input.title != null) patch.title = input.title.trim();
    if (input.description != null) patch.description = input.description.trim();
    if (input.roles != null) patch.roles = input.roles;
    if (input.validityMonths !== undefined) patch.validityMonths = input.validityMonths;
    if (input.authorisation != null) patch.authorisation = input.authorisation;
    if (input.subject !== undefined) patch.subject = input.subject?.trim() || null;
    TrainingRequirementService.checkAuthorisation(current.assessment, patch.authorisation ?? current.authorisation);
    return requirements.update(current, patch, expectedIn(input));
  }

  /** Only the tests and the yearly update are elements of the authorisation (practice is recorded on the person's file). */
  private static checkAuthorisation(assessment: TrainingAssessment, authorisation: boolean): void {
    if (authorisation && !AUTHORISATION_ELEMENTS.includes(assessment)) {
      throw BadUserInputError.field('input.authorisation', `a ${assessment} is not an element of the authorisation: only the knowledge, ethics and practical tests and the annual update are`);
    }
  }

  /** Drops the requirement; the training records stay. */
  static async remove(ctx: Context, id: string, expectedVersion: number): Promise<TrainingRequirement> {
    const requirements = scoped(ctx, TrainingRequirement);
    const current = await requirements.get(id, 'id');
    await requirements.delete(current, { expectedVersion });
    return current;
  }
}

/** Training records: who completed which training or test, when, with what result. */
export class TrainingRecordService {
  /** A record the caller may see: any for management and auditors, otherwise only their own (others' answer NOT_FOUND). */
  static async get(ctx: Context, id: string, field = 'id'): Promise<TrainingRecord> {
    const record = await scoped(ctx, TrainingRecord).get(id, field);
    const access = trainingAccess(ctx);
    if (!access.readAll && record.personId !== access.self) throw new NotFoundError('TrainingRecord', id, field);
    return record;
  }

  static async list(ctx: Context, args: TrainingRecordsArgs): Promise<ConnectionResult<TrainingRecord>> {
    const access = trainingAccess(ctx);
    if (args.personId) requireAccessTo(access, args.personId, 'read', 'personId');
    if (args.from && args.to && args.to < args.from) throw BadUserInputError.field('to', 'must not be before from');
    const personId = args.personId ? (await scoped(ctx, User).get(args.personId, 'personId')).id : access.readAll ? null : access.self;
    const qb = scoped(ctx, TrainingRecord).query('r');
    if (personId) qb.andWhere('r.personId = :personId', { personId });
    if (args.topic) qb.andWhere('r.topic = :topic', { topic: args.topic });
    if (args.assessment) qb.andWhere('r.assessment = :assessment', { assessment: args.assessment });
    if (args.from) qb.andWhere('r.completedOn >= :from', { from: args.from });
    if (args.to) qb.andWhere('r.completedOn <= :to', { to: args.to });
    return paginate(qb, args, { column: 'r.completedOn', property: 'completedOn', direction: 'DESC' });
  }

  /**
   * Records a completed training for a person the caller may manage (idempotent with a key; the
   * access check comes first, so a key never returns a record the caller could not have created).
   */
  static create(ctx: Context, input: CreateTrainingRecordInput): Promise<TrainingRecord> {
    requireAccessTo(trainingAccess(ctx), input.personId, 'manage', 'input.personId');
    // The fields are spread into the row; the key is not one of its columns.
    const { idempotencyKey, ...fields } = input;
    return createOnce(ctx, {
      operation: 'createTrainingRecord',
      input,
      storedAs: 'trainingRecordId',
      run: async () => {
        const person = await scoped(ctx, User).get(fields.personId, 'input.personId');
        const record = { ...fields, score: fields.score ?? null, validUntil: fields.validUntil ?? null, evidence: fields.evidence?.trim() || null };
        await TrainingRecordService.check(ctx, record);
        return scoped(ctx, TrainingRecord).insert({ ...record, personId: person.id });
      },
      reload: (id) => scoped(ctx, TrainingRecord).get(id),
    });
  }

  static async update(ctx: Context, id: string, input: UpdateTrainingRecordInput): Promise<TrainingRecord> {
    const current = await TrainingRecordService.manageable(ctx, id);
    const { expectedVersion, ...fields } = input;
    const patch = Object.fromEntries(
      Object.entries(fields).filter(([key, v]) => v !== undefined && (v !== null || ['score', 'validUntil', 'evidence'].includes(key))),
    ) as Partial<TrainingRecord>;
    if (typeof patch.evidence === 'string') patch.evidence = patch.evidence.trim() || null;
    await TrainingRecordService.check(ctx, { ...current, ...patch });
    return scoped(ctx, TrainingRecord).update(current, patch, expectedIn(input));
  }

  static async remove(ctx: Context, id: string, expectedVersion: number): Promise<TrainingRecord> {
    const current = await TrainingRecordService.manageable(ctx, id);
    await scoped(ctx, TrainingRecord).delete(current, { expectedVersion });
    return current;
  }

  /** A record the caller may change: their own, or anyone's for quality and top management. */
  private static async manageable(ctx: Context, id: string): Promise<TrainingRecord> {
    const record = await TrainingRecordService.get(ctx, id);
    requireAccessTo(trainingAccess(ctx), record.personId, 'manage', 'id');
    return record;
  }

  /** Dates in order and not in the future; tests are passed or failed, not merely attended. */
  private static async check(ctx: Context, record: Pick<TrainingRecord, 'assessment' | 'result' | 'completedOn' | 'validUntil'>): Promise<void> {
    const today = await organizationToday(ctx);
    if (record.completedOn > today) throw BadUserInputError.field('input.completedOn', `must not be after today (${today})`);
    if (record.validUntil && record.validUntil < record.completedOn) throw BadUserInputError.field('input.validUntil', 'must not be before completedOn');
    if (record.result === TrainingResult.ATTENDED && TESTS.includes(record.assessment)) {
      throw BadUserInputError.field('input.result', `a ${record.assessment} is PASSED or FAILED`);
    }
  }
}

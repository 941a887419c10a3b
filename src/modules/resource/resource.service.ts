import type { Context } from '../../common/context';
import { createOnce } from '../../common/idempotency';
import { scoped, expectedIn } from '../../common/tenancy';
import { BadUserInputError } from '../../common/errors';
import { paginate, type ConnectionResult } from '../../common/pagination';
import { UserService } from '../user';
import { Code, CodeVersion, CodePromise } from '../code';
import { Resource } from './resource.entity';
import { ResourceKind, ResourceUnit, UNITS_BY_KIND, fitsKind } from './resource-kind';
import type { CreateResourceInput, ResourcesArgs, ResourceTotalsArgs, UpdateResourceInput } from './resource.dto';

/** The sum of one kind of resource in one unit. */
export interface ResourceTotal {
  kind: ResourceKind;
  unit: ResourceUnit;
  quantity: number;
  resources: number;
}

/** Resources committed to codes and promises, and their totals. */
export class ResourceService {

  static async list(ctx: Context, args: ResourcesArgs): Promise<ConnectionResult<Resource>> {
    const qb = scoped(ctx, Resource).query('r');
    if (args.codeId) qb.andWhere('r.codeId = :codeId', { codeId: (await scoped(ctx, Code).get(args.codeId, 'codeId')).id });
    if (args.codeVersionId) qb.andWhere('r.codeVersionId = :versionId', { versionId: (await scoped(ctx, CodeVersion).get(args.codeVersionId, 'codeVersionId')).id });
    if (args.promiseId) qb.andWhere('r.promiseId = :promiseId', { promiseId: (await scoped(ctx, CodePromise).get(args.promiseId, 'promiseId')).id });
    if (args.kind) qb.andWhere('r.kind = :kind', { kind: args.kind });
    if (args.activeOn) qb.andWhere('r.periodStart <= :day AND (r.periodEnd IS NULL OR r.periodEnd >= :day)', { day: args.activeOn });
    return paginate(qb, args, { column: 'r.periodStart', property: 'periodStart', direction: 'DESC' });
  }

  /** Totals per kind and unit for a code (one version of it, or what is committed on a given day), summed in SQL. */
  static async totals(ctx: Context, args: ResourceTotalsArgs): Promise<ResourceTotal[]> {
    const code = await scoped(ctx, Code).get(args.codeId, 'codeId');
    const qb = scoped(ctx, Resource)
      .query('r')
      .select('r.kind', 'kind')
      .addSelect('r.unit', 'unit')
      .addSelect('CAST(sum(r.quantity) AS float8)', 'quantity')
      .addSelect('CAST(count(*) AS int)', 'resources')
      .andWhere('r.codeId = :codeId', { codeId: code.id })
      .groupBy('r.kind')
      .addGroupBy('r.unit')
      .orderBy('r.kind')
      .addOrderBy('r.unit');
    if (args.codeVersionId) {
      const version = await scoped(ctx, CodeVersion).get(args.codeVersionId, 'codeVersionId');
      if (version.codeId !== code.id) throw BadUserInputError.field('codeVersionId', `is not a version of code ${code.key}`);
      qb.andWhere('r.codeVersionId = :versionId', { versionId: version.id });
    }
    if (args.activeOn) qb.andWhere('r.periodStart <= :day AND (r.periodEnd IS NULL OR r.periodEnd >= :day)', { day: args.activeOn });
    return qb.getRawMany();
  }

  /** Commits a resource to a code version or one of its promises (idempotent with a key). */
  static create(ctx: Context, input: CreateResourceInput): Promise<Resource> {
    return createOnce(ctx, {
      operation: 'createResource',
      input,
      storedAs: 'resourceId',
      run: async () => {
        if (!input.codeVersionId === !input.promiseId) {
          throw new BadUserInputError('Give either codeVersionId or promiseId', [
            { field: 'input.codeVersionId', message: 'give either codeVersionId or promiseId' },
            { field: 'input.promiseId', message: 'give either codeVersionId or promiseId' },
          ]);
        }
        const target = input.promiseId
          ? await scoped(ctx, CodePromise).get(input.promiseId, 'input.promiseId')
          : await scoped(ctx, CodeVersion).get(input.codeVersionId!, 'input.codeVersionId');
        const resource = {
          codeId: target.codeId,
          codeVersionId: target instanceof CodePromise ? target.codeVersionId : target.id,
          promiseId: target instanceof CodePromise ? target.id : null,
          kind: input.kind,
          description: input.description.trim(),
          quantity: input.quantity,
          unit: input.unit,
          periodStart: input.periodStart,
          periodEnd: input.periodEnd ?? null,
          ownerId: input.ownerId ?? null,
        };
        ResourceService.check(resource);
        if (input.ownerId) await UserService.assignable(ctx, input.ownerId, 'input.ownerId');
        return scoped(ctx, Resource).insert(resource);
      },
      reload: (id) => scoped(ctx, Resource).get(id),
    });
  }

  static async update(ctx: Context, id: string, input: UpdateResourceInput): Promise<Resource> {
    const resources = scoped(ctx, Resource);
    const current = await resources.get(id, 'id');
    const { expectedVersion, ...fields } = input;
    const patch = Object.fromEntries(
      Object.entries(fields).filter(([key, v]) => v !== undefined && (v !== null || key === 'periodEnd' || key === 'ownerId')),
    ) as Partial<Resource>;
    if (patch.description) patch.description = patch.description.trim();
    ResourceService.check({ ...current, ...patch });
    if (patch.ownerId) await UserService.assignable(ctx, patch.ownerId, 'input.ownerId');
    return resources.update(current, patch, expectedIn(input));
  }

  static async remove(ctx: Context, id: string, expectedVersion: number): Promise<Resource> {
    const resources = scoped(ctx, Resource);
    const current = await resources.get(id, 'id');
    await resources.delete(current, { expectedVersion });
    return current;
  }

  /** The unit must suit the kind (a budget is money), and the period must not end before it starts. */
  private static check(resource: Pick<Resource, 'kind' | 'unit' | 'periodStart' | 'periodEnd'>): void {
    if (!fitsKind(resource.kind, resource.unit)) {
      throw BadUserInputError.field('input.unit', `${resource.kind} is counted in ${UNITS_BY_KIND[resource.kind].join(', ')}`);
    }
    if (resource.periodEnd && resource.periodEnd < resource.periodStart) throw BadUserInputError.field('input.periodEnd', 'must not be before periodStart');
  }
}

import { In } from 'typeorm';
import type { Context } from '../../common/context';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import { isUuid, scoped } from '../../common/tenancy';
import { CodePromise, CodePromiseService } from '../code';
import { NormRequirement, NormRequirementKind } from './norm-requirement.entity';
import { PromiseRequirement } from './promise-requirement.entity';

/**
 * Which norm requirements a promise serves. Links belong to the promise's version: they change only
 * while it is a DRAFT and are copied into the next draft.
 */
export class NormMappingService {
  /**
   * Links a DRAFT promise to requirements (leaf nodes only); links that already exist are kept. A
   * change bumps the promise's version (CONFLICT when it is no longer `expectedVersion`).
   */
  static async link(ctx: Context, promiseId: string, requirementIds: string[], expectedVersion: number): Promise<CodePromise> {
    const promise = await scoped(ctx, CodePromise).get(promiseId, 'promiseId');
    await CodePromiseService.assertEditable(ctx, promise);
    const requirements = await NormMappingService.requirements(ctx, requirementIds);
    const notLinkable = requirements.find((r) => r.kind !== NormRequirementKind.REQUIREMENT);
    if (notLinkable) {
      throw BadUserInputError.field('requirementIds', `${notLinkable.ref} is a ${notLinkable.kind}, not a requirement: link the promise to the requirements under it`);
    }
    const links = scoped(ctx, PromiseRequirement);
    const existing = new Set((await links.find({ where: { promiseId } })).map((l) => l.requirementId));
    const added = requirements.filter((r) => !existing.has(r.id));
    if (added.length === 0) {
      ctx.unchanged = true;
      return promise;
    }
    const bumped = await scoped(ctx, CodePromise).bump(promise, { expectedVersion });
    for (const requirement of added) await links.insert({ promiseId, requirementId: requirement.id }, { action: 'PromiseRequirement.linked' });
    return bumped;
  }

  /**
   * Removes links of a DRAFT promise; requirements it was not linked to are ignored. A change bumps
   * the promise's version (CONFLICT when it is no longer `expectedVersion`).
   */
  static async unlink(ctx: Context, promiseId: string, requirementIds: string[], expectedVersion: number): Promise<CodePromise> {
    const promise = await scoped(ctx, CodePromise).get(promiseId, 'promiseId');
    await CodePromiseService.assertEditable(ctx, promise);
    const requirements = await NormMappingService.requirements(ctx, requirementIds);
    const links = scoped(ctx, PromiseRequirement);
    const removed = await links.find({ where: { promiseId, requirementId: In(requirements.map((r) => r.id)) } });
    if (removed.length === 0) {
      ctx.unchanged = true;
      return promise;
    }
    const bumped = await scoped(ctx, CodePromise).bump(promise, { expectedVersion });
    for (const link of removed) await links.delete(link, { action: 'PromiseRequirement.unlinked' });
    return bumped;
  }

  /** Copies the links of promises to their copies (`copies`: original id → copy id); returns how many. */
  static async copyLinks(ctx: Context, copies: ReadonlyMap<string, string>): Promise<number> {
    if (copies.size === 0) return 0;
    const links = scoped(ctx, PromiseRequirement);
    const originals = await links.find({ where: { promiseId: In([...copies.keys()]) } });
    for (const link of originals) {
      await links.insert({ promiseId: copies.get(link.promiseId)!, requirementId: link.requirementId }, { action: 'PromiseRequirement.copied' });
    }
    return originals.length;
  }

  /** The requirements named by `requirementIds`, each one existing (NOT_FOUND naming the field otherwise). */
  private static async requirements(ctx: Context, requirementIds: string[]): Promise<NormRequirement[]> {
    const ids = [...new Set(requirementIds)];
    const valid = ids.filter(isUuid);
    const found = valid.length ? await ctx.db.getRepository(NormRequirement).findBy({ id: In(valid) }) : [];
    const byId = new Map(found.map((r) => [r.id, r]));
    const missing = ids.find((id) => !byId.has(id));
    if (missing) throw new NotFoundError('NormRequirement', missing, 'requirementIds');
    return ids.map((id) => byId.get(id)!);
  }
}

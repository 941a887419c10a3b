import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { BadUserInputError, LimitExceededError } from '../../common/errors';
import { byIdLoader, scoped, expectedIn } from '../../common/tenancy';
import { UserService } from '../user';
import { CodeVersion } from './code-version.entity';
import { CodePromise, MAX_PROMISES_PER_VERSION } from './code-promise.entity';
import { assertEditable } from './code-version.lifecycle';
import { sentFields } from './code.service';
import type { CreateCodePromiseInput, UpdateCodePromiseInput } from './code.dto';

/** Promises within a code version. Only a DRAFT version's promises change. */
export class CodePromiseService {

  /** Per-request loader of promises by id. */
  static loader(ctx: Context): DataLoader<string, CodePromise | null> {
    return byIdLoader(ctx, CodePromise);
  }


  static async create(ctx: Context, input: CreateCodePromiseInput): Promise<CodePromise> {
    const version = await scoped(ctx, CodeVersion).get(input.codeVersionId, 'input.codeVersionId');
    assertEditable(version.status, version.version);
    const promises = scoped(ctx, CodePromise);
    if (await promises.findOne({ codeVersionId: version.id, key: input.key })) {
      throw BadUserInputError.field('input.key', `is already used by another promise of version ${version.version}`);
    }
    if ((await promises.count({ codeVersionId: version.id })) >= MAX_PROMISES_PER_VERSION) {
      throw new LimitExceededError(`Version ${version.version} already holds ${MAX_PROMISES_PER_VERSION} promises, the most a version may hold`, {
        field: 'input.codeVersionId',
        limit: MAX_PROMISES_PER_VERSION,
      });
    }
    if (input.ownerId) await UserService.assignable(ctx, input.ownerId, 'input.ownerId');
    return promises.insert({
      codeVersionId: version.id,
      codeId: version.codeId,
      key: input.key,
      title: input.title.trim(),
      text: input.text.trim(),
      rationale: input.rationale?.trim() || null,
      ownerId: input.ownerId ?? null,
      position: input.position ?? (await CodePromiseService.nextPosition(ctx, version.id)),
      internalNotes: input.internalNotes?.trim() || null,
    });
  }

  static async update(ctx: Context, id: string, input: UpdateCodePromiseInput): Promise<CodePromise> {
    const promises = scoped(ctx, CodePromise);
    const current = await promises.get(id, 'id');
    await CodePromiseService.assertEditable(ctx, current);
    if (input.ownerId) await UserService.assignable(ctx, input.ownerId, 'input.ownerId');
    const patch: Partial<CodePromise> = sentFields(input, ['rationale', 'ownerId', 'internalNotes']);
    if (input.title != null) patch.title = input.title.trim();
    if (input.text != null) patch.text = input.text.trim();
    if (input.position != null) patch.position = input.position;
    return promises.update(current, patch, expectedIn(input));
  }

  /** Removes a promise from a DRAFT version, with its requirement links; CONFLICT when it changed since `expectedVersion`. */
  static async delete(ctx: Context, id: string, expectedVersion: number): Promise<string> {
    const promises = scoped(ctx, CodePromise);
    const current = await promises.get(id, 'id');
    await CodePromiseService.assertEditable(ctx, current);
    await promises.delete(current, { expectedVersion });
    return id;
  }

  /** INVALID_TRANSITION unless the promise's version is a DRAFT. */
  static async assertEditable(ctx: Context, promise: CodePromise): Promise<void> {
    const version = await scoped(ctx, CodeVersion).get(promise.codeVersionId);
    assertEditable(version.status, version.version);
  }

  private static async nextPosition(ctx: Context, codeVersionId: string): Promise<number> {
    const row = await scoped(ctx, CodePromise)
      .query('p')
      .select('COALESCE(MAX(p.position) + 1, 0)', 'next')
      .andWhere('p.codeVersionId = :codeVersionId', { codeVersionId })
      .getRawOne<{ next: number }>();
    return Number(row?.next ?? 0);
  }
}

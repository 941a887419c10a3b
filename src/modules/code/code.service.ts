import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { BadUserInputError } from '../../common/errors';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { byIdLoader, scoped, expectedIn } from '../../common/tenancy';
import { UserService } from '../user';
import { Code } from './code.entity';
import { CodeVersion, CodeVersionStatus } from './code-version.entity';
import type { CodesArgs, CreateCodeInput, UpdateCodeInput } from './code.dto';

/** Fields of an input that were sent: `undefined` keeps a value, `null` clears a nullable one. */
export function sentFields<T extends object, K extends keyof T>(input: T, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((k) => input[k] !== undefined).map((k) => [k, input[k]])) as Partial<Pick<T, K>>;
}

/** Customer-satisfaction codes of conduct: the named, versioned sets of promises. */
export class CodeService {

  /** Per-request loader of codes by id. */
  static loader(ctx: Context): DataLoader<string, Code | null> {
    return byIdLoader(ctx, Code);
  }

  /** The organisation's codes, by key. */
  static list(ctx: Context, args: CodesArgs): Promise<ConnectionResult<Code>> {
    return paginate(scoped(ctx, Code).query('c'), args, { column: 'c.key', property: 'key', direction: 'ASC' });
  }

  /** Creates a code and its version 1 as a DRAFT. */
  static async create(ctx: Context, input: CreateCodeInput): Promise<Code> {
    const codes = scoped(ctx, Code);
    if (await codes.findOne({ key: input.key })) throw BadUserInputError.field('input.key', `is already used by another code`);
    if (input.ownerId) await UserService.assignable(ctx, input.ownerId, 'input.ownerId');
    const code = await codes.insert({ key: input.key, title: input.title.trim(), scope: input.scope?.trim() ?? '', ownerId: input.ownerId ?? null });
    await scoped(ctx, CodeVersion).insert({
      codeId: code.id,
      version: 1,
      status: CodeVersionStatus.DRAFT,
      policyStatement: input.policyStatement?.trim() || null,
    });
    return code;
  }

  /** Changes title, scope or owner (the key is part of public URLs and never changes). */
  static async update(ctx: Context, id: string, input: UpdateCodeInput): Promise<Code> {
    const codes = scoped(ctx, Code);
    const current = await codes.get(id, 'id');
    if (input.ownerId) await UserService.assignable(ctx, input.ownerId, 'input.ownerId');
    const patch: Partial<Code> = sentFields(input, ['ownerId']);
    if (input.title != null) patch.title = input.title.trim();
    if (input.scope != null) patch.scope = input.scope.trim();
    return codes.update(current, patch, expectedIn(input));
  }

  /** A page of a code's versions, newest first (batched over the codes of a request). */
  static versions(ctx: Context, code: Code, args: ConnectionArgs): Promise<ConnectionResult<CodeVersion>> {
    return ctx.loaders.code.versions(args).load(code.id);
  }


}

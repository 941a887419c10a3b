import DataLoader from 'dataloader';
import type { Context } from '../../common/context';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import { fromJsonRow, fromJsonRows, type JsonRow } from '../../common/json-rows';
import { Organization } from '../../common/organization.entity';
import { paginate, type ConnectionArgs, type ConnectionResult } from '../../common/pagination';
import { byIdLoader, currentOrganization, isUuid, scoped, expectedIn } from '../../common/tenancy';
import { UserService } from '../user';
import { Code } from './code.entity';
import { CodeVersion, CodeVersionStatus } from './code-version.entity';
import { CodePromise } from './code-promise.entity';
import type { CodesArgs, CreateCodeInput, UpdateCodeInput } from './code.dto';

/** Fields of an input that were sent: `undefined` keeps a value, `null` clears a nullable one. */
export function sentFields<T extends object, K extends keyof T>(input: T, keys: readonly K[]): Partial<Pick<T, K>> {
  return Object.fromEntries(keys.filter((k) => input[k] !== undefined).map((k) => [k, input[k]])) as Partial<Pick<T, K>>;
}

/** A code with the version in force and its promises: what a report on the code starts from. */
export interface CodeInForce {
  code: Code;
  /** The PUBLISHED version, or null. */
  version: CodeVersion | null;
  /** The promises of that version in their order; none without a version in force. */
  promises: CodePromise[];
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
    const { languages } = await currentOrganization(ctx);
    await scoped(ctx, CodeVersion).insert({
      codeId: code.id,
      version: 1,
      status: CodeVersionStatus.DRAFT,
      language: languages[0],
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

  /**
   * A code, its version in force and that version's promises, in one statement (the promises
   * aggregated as JSON) that also reads the caller's organisation, for reports on the code that
   * count in its time zone: `currentOrganization` reads nothing afterwards. NOT_FOUND naming `field`
   * when the organisation has no such code. The rows read fill the request's loaders of codes,
   * versions and promises.
   */
  static async withVersionInForce(ctx: Context, codeId: string, field: string): Promise<CodeInForce> {
    const row: { organization: JsonRow; code: JsonRow; version: JsonRow | null; promises: JsonRow[] | null } | undefined = isUuid(codeId)
      ? await scoped(ctx, Code)
          .query('c')
          .andWhere('c.id = :codeId', { codeId })
          .innerJoin(Organization, 'o', 'o.id = c.organizationId')
          .leftJoin(CodeVersion, 'v', 'v.organizationId = c.organizationId AND v.codeId = c.id AND v.status = :published', { published: CodeVersionStatus.PUBLISHED })
          .select('to_jsonb(o)', 'organization')
          .addSelect('to_jsonb(c)', 'code')
          .addSelect('to_jsonb(v)', 'version')
          .addSelect(
            (promises) =>
              promises
                .select('json_agg(p ORDER BY p.position, p.key)')
                .from(CodePromise, 'p')
                .where('p.organizationId = v.organizationId AND p.codeVersionId = v.id'),
            'promises',
          )
          .getRawOne()
      : undefined;
    if (!row) throw new NotFoundError('Code', codeId, field);
    const code = fromJsonRow(ctx.db, Code, row.code);
    const version = row.version ? fromJsonRow(ctx.db, CodeVersion, row.version) : null;
    const promises = fromJsonRows(ctx.db, CodePromise, row.promises);
    ctx.loaders.tenant.primeOrganization(fromJsonRow(ctx.db, Organization, row.organization));
    const inForce = { code, version, promises };
    CodeService.primeInForce(ctx, inForce);
    return inForce;
  }

  /** Gives the request's loaders a code with its version in force and promises (read now, or kept from an earlier request). */
  static primeInForce(ctx: Context, { code, version, promises }: CodeInForce): void {
    byIdLoader(ctx, Code).prime(code.id, code);
    ctx.loaders.code.inForce.prime(code.id, version);
    if (version) {
      byIdLoader(ctx, CodeVersion).prime(version.id, version);
      ctx.loaders.code.promisesOfVersion(version.organizationId).prime(version.id, promises);
    }
    for (const promise of promises) byIdLoader(ctx, CodePromise).prime(promise.id, promise);
  }

}

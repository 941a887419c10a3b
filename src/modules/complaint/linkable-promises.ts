import type { Context } from '../../common/context';
import { BadUserInputError, NotFoundError } from '../../common/errors';
import { scoped } from '../../common/tenancy';
import { CodePromise, CodeVersion, CodeVersionStatus } from '../code';

/** Versions whose promises customers were given: the one in force and those it replaced. */
const GIVEN = new Set([CodeVersionStatus.PUBLISHED, CodeVersionStatus.SUPERSEDED]);

/**
 * The promises with these ids, if a complaint or corrective action may be linked to them: they
 * belong to the caller's organisation (NOT_FOUND naming `field` otherwise, as for a missing id)
 * and to a code version that is or was in force. A WITHDRAWN version, or one not yet published,
 * answers BAD_USER_INPUT naming `field`.
 */
export async function linkablePromises(ctx: Context, ids: readonly string[], field: string): Promise<CodePromise[]> {
  const unique = [...new Set(ids)];
  const found = await scoped(ctx, CodePromise).byIds(unique);
  const missing = unique.find((_, i) => !found[i]);
  if (missing) throw new NotFoundError('CodePromise', missing, field);
  const promises = found as CodePromise[];
  const versions = await scoped(ctx, CodeVersion).byIds([...new Set(promises.map((p) => p.codeVersionId))]);
  const statusOf = new Map(versions.filter((v): v is CodeVersion => !!v).map((v) => [v.id, v.status]));
  for (const promise of promises) {
    const status = statusOf.get(promise.codeVersionId);
    if (status === CodeVersionStatus.WITHDRAWN) {
      throw BadUserInputError.field(field, `promise ${promise.key} (${promise.id}) belongs to a WITHDRAWN code version`);
    }
    if (!status || !GIVEN.has(status)) {
      throw BadUserInputError.field(field, `promise ${promise.key} (${promise.id}) belongs to a code version that has not been published (${status})`);
    }
  }
  return promises;
}

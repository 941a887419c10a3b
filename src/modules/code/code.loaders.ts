import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { perKey, type Context } from '../../common/context';
import { groupBy } from '../../common/batching';
import { connectionLoader, type PageArgs, type ConnectionResult } from '../../common/pagination';
import { byIdLoader, scoped, scopedTo } from '../../common/tenancy';
import { CodeVersion, CodeVersionStatus } from './code-version.entity';
import { CodePromise } from './code-promise.entity';
import { translationsLoader, type VersionTexts } from './code-translation.service';

/** The code module's loaders of a request (`ctx.loaders.code`). */
export interface CodeLoaders {
  /** The version in force (PUBLISHED) of each code, or null. */
  inForce: DataLoader<string, CodeVersion | null>;
  /** A page of each code's versions, newest first. */
  versions: (args: PageArgs) => DataLoader<string, ConnectionResult<CodeVersion>, string>;
  /**
   * The promises of each version in their order, within the given organisation (the caller's, or
   * the one a public request named).
   */
  promisesOfVersion: (organizationId: string) => DataLoader<string, CodePromise[]>;
  /** The translations of each version (its texts in other languages), within the given organisation. */
  translations: (organizationId: string) => DataLoader<string, VersionTexts[]>;
}

declare module '../../common/context' {
  interface LoaderGroups {
    code: CodeLoaders;
  }
}

export function codeLoaders(ctx: Context): CodeLoaders {
  return {
    inForce: new DataLoader(async (codeIds: readonly string[]) => {
      const rows = await scoped(ctx, CodeVersion).find({ where: { codeId: In([...codeIds]), status: CodeVersionStatus.PUBLISHED } });
      return groupBy(codeIds, rows, (v) => v.codeId).map((list) => list[0] ?? null);
    }),

    versions: connectionLoader({
      keyOf: (codeId: string) => codeId,
      direction: 'DESC',
      nodes: byIdLoader(ctx, CodeVersion),
      entity: CodeVersion,
      source: (codeIds) =>
        scoped(ctx, CodeVersion)
          .query('v')
          .andWhere('v.codeId IN (:...codeIds)', { codeIds })
          .select('v.codeId', 'parent')
          .addSelect('v.id', 'id')
          .addSelect('v.version', 'sort'),
    }),

    translations: perKey(
      (organizationId: string) => organizationId,
      (organizationId) => translationsLoader(ctx, organizationId),
    ),

    promisesOfVersion: perKey(
      (organizationId: string) => organizationId,
      (organizationId) =>
        new DataLoader(async (versionIds: readonly string[]) => {
          const rows = await scopedTo(ctx, CodePromise, organizationId).find({
            where: { codeVersionId: In([...versionIds]) },
            order: { position: 'ASC', key: 'ASC' },
          });
          return groupBy(versionIds, rows, (p) => p.codeVersionId);
        }),
    ),
  };
}

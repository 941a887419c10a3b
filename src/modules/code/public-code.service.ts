import type { Context } from '../../common/context';
import { NotFoundError } from '../../common/errors';
import { scopedTo } from '../../common/tenancy';
import { OrganizationService } from '../organization';
import type { Organization } from '../../common/organization.entity';
import { CodeVersion, CodeVersionStatus } from './code-version.entity';
import type { PublicCode, PublicCodeVersion, PublicPromise } from './public-code.types';

/**
 * The public, token-less view of an organisation's codes: the version in force of each code and
 * nothing else. Codes without a version in force do not exist for the public.
 */
export class PublicCodeService {
  /** Every code of the organisation that has a version in force, by key. */
  static async publishedCodes(ctx: Context, organizationSlug: string): Promise<PublicCode[]> {
    const organization = await OrganizationService.bySlug(ctx, organizationSlug);
    const versions = await PublicCodeService.inForce(ctx, organization).getMany();
    return versions.map((v) => PublicCodeService.toPublic(organization, v));
  }

  /** One code's version in force; NOT_FOUND naming `codeKey` when the code is unknown or not in force. */
  static async publishedCode(ctx: Context, organizationSlug: string, codeKey: string): Promise<PublicCode> {
    const organization = await OrganizationService.bySlug(ctx, organizationSlug);
    const version = await PublicCodeService.inForce(ctx, organization).andWhere('c.key = :codeKey', { codeKey }).getOne();
    if (!version) throw new NotFoundError('Code', codeKey, 'codeKey');
    return PublicCodeService.toPublic(organization, version);
  }

  /** The promises of a version in force, customer-facing fields only. */
  static async promises(ctx: Context, version: PublicCodeVersion): Promise<PublicPromise[]> {
    const promises = await ctx.loaders.code.promisesOfVersion(version.organizationId).load(version.id);
    return promises.map(({ key, title, text, position }) => ({ key, title, text, position }));
  }

  private static inForce(ctx: Context, organization: Organization) {
    return scopedTo(ctx, CodeVersion, organization.id)
      .query('v')
      .innerJoinAndSelect('v.code', 'c', 'c.organizationId = v.organizationId')
      .andWhere('v.status = :published', { published: CodeVersionStatus.PUBLISHED })
      .orderBy('c.key', 'ASC');
  }

  private static toPublic(organization: Organization, version: CodeVersion): PublicCode {
    const code = version.code!;
    return {
      key: code.key,
      title: code.title,
      scope: code.scope,
      organizationName: organization.name,
      currentVersion: {
        id: version.id,
        organizationId: organization.id,
        version: version.version,
        policyStatement: version.policyStatement,
        changeSummary: version.changeSummary,
        publishedAt: version.publishedAt!,
      },
    };
  }
}

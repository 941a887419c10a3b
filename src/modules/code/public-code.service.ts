import type { Context } from '../../common/context';
import { NotFoundError } from '../../common/errors';
import { scopedTo } from '../../common/tenancy';
import { OrganizationService } from '../organization';
import type { Organization } from '../../common/organization.entity';
import { CodeVersion, CodeVersionStatus } from './code-version.entity';
import { languageTag, negotiateLanguage } from '../../common/languages';
import { completeLanguages, type VersionTexts } from './code-translation.service';
import type { PublicCode, PublicCodeVersion, PublicPromise } from './public-code.types';

/**
 * The public, token-less view of an organisation's codes: the version in force of each code and
 * nothing else. Codes without a version in force do not exist for the public.
 */
export class PublicCodeService {
  /** Every code of the organisation that has a version in force, by key. */
  static async publishedCodes(ctx: Context, organizationSlug: string, language?: string | null): Promise<PublicCode[]> {
    const requested = PublicCodeService.requested(language);
    const organization = await OrganizationService.bySlug(ctx, organizationSlug);
    const versions = await PublicCodeService.inForce(ctx, organization).getMany();
    return Promise.all(versions.map((v) => PublicCodeService.toPublic(ctx, organization, v, requested)));
  }

  /** One code's version in force; NOT_FOUND naming `codeKey` when the code is unknown or not in force. */
  static async publishedCode(ctx: Context, organizationSlug: string, codeKey: string, language?: string | null): Promise<PublicCode> {
    const requested = PublicCodeService.requested(language);
    const organization = await OrganizationService.bySlug(ctx, organizationSlug);
    const version = await PublicCodeService.inForce(ctx, organization).andWhere('c.key = :codeKey', { codeKey }).getOne();
    if (!version) throw new NotFoundError('Code', codeKey, 'codeKey');
    return PublicCodeService.toPublic(ctx, organization, version, requested);
  }

  /** The promises of a version in force in the language served, customer-facing fields only. */
  static async promises(ctx: Context, version: PublicCodeVersion): Promise<PublicPromise[]> {
    const [promises, translations] = await Promise.all([
      ctx.loaders.code.promisesOfVersion(version.organizationId).load(version.id),
      ctx.loaders.code.translations(version.organizationId).load(version.id),
    ]);
    const translated = translations.find((t) => t.language === version.language)?.promises ?? [];
    return promises.map(({ key, title, text, position }) => {
      const texts = translated.find((p) => p.key === key);
      return { key, title: texts?.title ?? title, text: texts?.text ?? text, position };
    });
  }

  /**
   * The languages a code in force is served in: the organisation's languages in which its texts are
   * complete, in the organisation's order, and the version's own language (always complete) if the
   * organisation no longer lists it. The first is the code's default.
   */
  static availableLanguages(organization: Organization, version: CodeVersion, promiseKeys: readonly string[], translations: readonly VersionTexts[]): string[] {
    const complete = completeLanguages(version, promiseKeys, translations);
    const listed = organization.languages.filter((l) => complete.includes(l));
    return listed.includes(version.language) ? listed : [...listed, version.language];
  }

  /** The `language` argument in its canonical spelling; BAD_USER_INPUT naming `language` when it is no BCP 47 tag. */
  private static requested(language: string | null | undefined): string | null {
    return language ? languageTag(language, 'language') : null;
  }

  private static inForce(ctx: Context, organization: Organization) {
    return scopedTo(ctx, CodeVersion, organization.id)
      .query('v')
      .innerJoinAndSelect('v.code', 'c', 'c.organizationId = v.organizationId')
      .andWhere('v.status = :published', { published: CodeVersionStatus.PUBLISHED })
      .orderBy('c.key', 'ASC');
  }

  private static async toPublic(ctx: Context, organization: Organization, version: CodeVersion, requested: string | null): Promise<PublicCode> {
    const code = version.code!;
    const [promises, translations] = await Promise.all([
      ctx.loaders.code.promisesOfVersion(organization.id).load(version.id),
      ctx.loaders.code.translations(organization.id).load(version.id),
    ]);
    const availableLanguages = PublicCodeService.availableLanguages(organization, version, promises.map((p) => p.key), translations);
    const language = negotiateLanguage(availableLanguages, requested, ctx.acceptLanguage);
    const texts = language === version.language ? null : translations.find((t) => t.language === language)!;
    return {
      key: code.key,
      title: texts?.title ?? code.title,
      scope: code.scope,
      organizationName: organization.name,
      timeZone: organization.timezone,
      language,
      availableLanguages,
      currentVersion: {
        id: version.id,
        organizationId: organization.id,
        language,
        version: version.version,
        policyStatement: texts ? texts.policyStatement : version.policyStatement,
        changeSummary: version.changeSummary,
        publishedAt: version.publishedAt!,
      },
    };
  }
}

import DataLoader from 'dataloader';
import { Field, ObjectType } from 'type-graphql';
import type { Context } from '../../common/context';
import { BadUserInputError } from '../../common/errors';
import { languageTag } from '../../common/languages';
import { byIdLoader, currentOrganization, expectedIn, scoped, scopedTo } from '../../common/tenancy';
import { Code } from './code.entity';
import { CodeVersion } from './code-version.entity';
import { CodePromise } from './code-promise.entity';
import { CodePromiseTranslation, CodeVersionTranslation, promiseSource, textSource } from './code-translation.entity';
import { assertEditable } from './code-version.lifecycle';
import type { TranslateCodeVersionInput } from './code.dto';

@ObjectType('CodePromiseTranslation', { description: "A promise's title and text in one language." })
export class PromiseTexts {
  @Field({ description: 'The promise key, e.g. `P3`.' })
  key: string;

  @Field()
  title: string;

  @Field()
  text: string;
}

@ObjectType('CodeVersionTranslation', { description: "A code version's customer-facing texts in one language besides its own." })
export class VersionTexts {
  @Field({ description: 'BCP 47 tag.' })
  language: string;

  @Field({ description: 'The code title in this language.' })
  title: string;

  @Field(() => String, { nullable: true })
  policyStatement: string | null;

  @Field(() => [PromiseTexts], { description: 'The promises translated so far, by key.' })
  promises: (PromiseTexts & { source?: string | null })[];

  /** What the title and policy statement were translated from (`textSource`); not in the schema. */
  titleSource?: string | null;
  policyStatementSource?: string | null;
}

/** The translations of each version, by language (loader `ctx.loaders.code.translations(organizationId)`). */
export function translationsLoader(ctx: Context, organizationId: string): DataLoader<string, VersionTexts[]> {
  return new DataLoader(async (versionIds: readonly string[]) => {
    const ids = [...versionIds];
    const versions = await scopedTo(ctx, CodeVersionTranslation, organizationId)
      .query('t')
      .andWhere('t.codeVersionId IN (:...ids)', { ids })
      .orderBy('t.language', 'ASC')
      .getMany();
    const promises: { versionId: string; language: string; key: string; title: string; text: string; source: string | null }[] = await scopedTo(
      ctx,
      CodePromiseTranslation,
      organizationId,
    )
      .query('t')
      .innerJoin(CodePromise, 'p', 'p.id = t.promiseId AND p.organizationId = t.organizationId')
      .andWhere('p.codeVersionId IN (:...ids)', { ids })
      .select('p.codeVersionId', 'versionId')
      .addSelect('t.language', 'language')
      .addSelect('p.key', 'key')
      .addSelect('t.title', 'title')
      .addSelect('t.text', 'text')
      .addSelect('t.source', 'source')
      .orderBy('p.position', 'ASC')
      .addOrderBy('p.key', 'ASC')
      .getRawMany();
    return ids.map((id) =>
      versions
        .filter((t) => t.codeVersionId === id)
        .map((t) => ({
          language: t.language,
          title: t.title,
          policyStatement: t.policyStatement,
          titleSource: t.titleSource,
          policyStatementSource: t.policyStatementSource,
          promises: promises.filter((p) => p.versionId === id && p.language === t.language).map(({ key, title, text, source }) => ({ key, title, text, source })),
        })),
    );
  });
}

/**
 * The languages in which a version's customer-facing texts are complete: its own language, and
 * each translation with a title, a policy statement when the version has one, and every promise.
 */
export function completeLanguages(version: Pick<CodeVersion, 'language' | 'policyStatement'>, promiseKeys: readonly string[], translations: readonly VersionTexts[]): string[] {
  const complete = translations.filter(
    (t) => t.title && (!version.policyStatement || t.policyStatement) && promiseKeys.every((key) => t.promises.some((p) => p.key === key)),
  );
  return [version.language, ...complete.map((t) => t.language).filter((l) => l !== version.language)];
}

/** The code version's texts in the organisation's languages (DESIGN: the public reads a code in its language). */
export class CodeTranslationService {
  static translations(ctx: Context, version: CodeVersion): Promise<VersionTexts[]> {
    return ctx.loaders.code.translations(version.organizationId).load(version.id);
  }

  /** The organisation's languages the version lacks a complete text in (`policyStatement`: the one it will be approved with). */
  static async missingLanguages(ctx: Context, version: CodeVersion, policyStatement = version.policyStatement): Promise<string[]> {
    const [{ languages }, promises, translations] = await Promise.all([
      currentOrganization(ctx),
      ctx.loaders.code.promisesOfVersion(version.organizationId).load(version.id),
      CodeTranslationService.translations(ctx, version),
    ]);
    const complete = completeLanguages({ language: version.language, policyStatement }, promises.map((p) => p.key), translations);
    return languages.filter((l) => !complete.includes(l));
  }

  /**
   * The organisation's languages whose translation was written before the version's own texts last
   * changed: the code title, the policy statement (`policyStatement`: the one it will be approved
   * with) or a promise's title or text. A translation written before sources were kept counts as
   * current.
   */
  static async staleLanguages(ctx: Context, version: CodeVersion, policyStatement = version.policyStatement): Promise<string[]> {
    const [{ languages }, code, promises, translations] = await Promise.all([
      currentOrganization(ctx),
      byIdLoader(ctx, Code).load(version.codeId),
      ctx.loaders.code.promisesOfVersion(version.organizationId).load(version.id),
      CodeTranslationService.translations(ctx, version),
    ]);
    const changed = (source: string | null | undefined, now: string) => source != null && source !== now;
    const stale = translations.filter(
      (t) =>
        (code && changed(t.titleSource, textSource(code.title))) ||
        (t.policyStatement && policyStatement && changed(t.policyStatementSource, textSource(policyStatement))) ||
        t.promises.some((p) => {
          const promise = promises.find((candidate) => candidate.key === p.key);
          return promise && changed(p.source, promiseSource(promise));
        }),
    );
    return languages.filter((l) => stale.some((t) => t.language === l));
  }

  /**
   * Writes a DRAFT version's texts in one more language (`translateCodeVersion`): the code title,
   * the policy statement when given and each promise given by key, under the version's lock.
   */
  static async translate(ctx: Context, id: string, input: TranslateCodeVersionInput): Promise<CodeVersion> {
    const versions = scoped(ctx, CodeVersion);
    const version = await versions.get(id, 'id');
    assertEditable(version.status, version.version);
    const language = languageTag(input.language, 'input.language');
    const { languages } = await currentOrganization(ctx);
    if (language === version.language) {
      throw BadUserInputError.field('input.language', `is the version's own language: change those texts with updateCode, updateCodeVersion and updateCodePromise`);
    }
    if (!languages.includes(language)) {
      throw BadUserInputError.field('input.language', `is not one of the organisation's languages (${languages.join(', ')}): add it first (updateOrganization)`);
    }
    const promises = await scoped(ctx, CodePromise).find({ where: { codeVersionId: version.id } });
    const promiseInputs = input.promises ?? [];
    promiseInputs.forEach((p, i) => {
      if (!promises.some((promise) => promise.key === p.key)) throw BadUserInputError.field(`input.promises.${i}.key`, `is not a promise of version ${version.version}`);
      if (promiseInputs.findIndex((other) => other.key === p.key) !== i) throw BadUserInputError.field(`input.promises.${i}.key`, `names promise ${p.key} twice`);
    });
    const bumped = await versions.bump(version, expectedIn(input));
    const code = await scoped(ctx, Code).get(version.codeId);
    const texts = scoped(ctx, CodeVersionTranslation);
    const existing = await texts.findOne({ codeVersionId: version.id, language });
    // What each text is translated from, so that a later change to it shows the translation as stale.
    const given = input.policyStatement !== undefined;
    const policyStatement = given ? input.policyStatement?.trim() || null : (existing?.policyStatement ?? null);
    const sources = {
      titleSource: textSource(code.title),
      policyStatementSource: given ? (policyStatement && version.policyStatement ? textSource(version.policyStatement) : null) : (existing?.policyStatementSource ?? null),
    };
    if (existing) await texts.update(existing, { title: input.title.trim(), policyStatement, ...sources });
    else await texts.insert({ codeVersionId: version.id, language, title: input.title.trim(), policyStatement, ...sources });
    const promiseTexts = scoped(ctx, CodePromiseTranslation);
    for (const p of promiseInputs) {
      const promise = promises.find((candidate) => candidate.key === p.key)!;
      const current = await promiseTexts.findOne({ promiseId: promise.id, language });
      const translated = { title: p.title.trim(), text: p.text.trim(), source: promiseSource(promise) };
      if (current) await promiseTexts.update(current, translated);
      else await promiseTexts.insert({ promiseId: promise.id, language, ...translated });
    }
    return bumped;
  }

  /**
   * Copies a version's translations into a new draft: the version's texts, and each promise's to
   * its copy (`copies`: original promise id → copy id). Answers how many rows it copied.
   */
  static async copy(ctx: Context, fromVersionId: string, toVersionId: string, copies: ReadonlyMap<string, string>): Promise<number> {
    const texts = scoped(ctx, CodeVersionTranslation);
    let count = 0;
    for (const t of await texts.find({ where: { codeVersionId: fromVersionId } })) {
      const { language, title, policyStatement, titleSource, policyStatementSource } = t;
      await texts.insert({ codeVersionId: toVersionId, language, title, policyStatement, titleSource, policyStatementSource }, { action: 'CodeVersionTranslation.copied' });
      count += 1;
    }
    const promiseTexts = scoped(ctx, CodePromiseTranslation);
    const originals = copies.size ? await promiseTexts.query('t').andWhere('t.promiseId IN (:...ids)', { ids: [...copies.keys()] }).getMany() : [];
    for (const t of originals) {
      await promiseTexts.insert(
        { promiseId: copies.get(t.promiseId)!, language: t.language, title: t.title, text: t.text, source: t.source },
        { action: 'CodePromiseTranslation.copied' },
      );
      count += 1;
    }
    return count;
  }

  /** The code's title in `language`: its own, or the translation's. */
  static title(code: Code, version: CodeVersion, translations: readonly VersionTexts[], language: string): string {
    return language === version.language ? code.title : (translations.find((t) => t.language === language)?.title ?? code.title);
  }
}

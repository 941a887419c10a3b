import type { TestApp, TestOrganization } from './app';
import { Code } from '../../src/modules/code/code.entity';
import { CodeVersion, CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { CodePromise } from '../../src/modules/code/code-promise.entity';

export interface CodeFixture {
  code: Code;
  version: CodeVersion;
  promises: Record<string, CodePromise>;
}

/** Writes a code version with its promises straight to the database (for modules built on codes). */
export async function addCodeVersion(
  app: TestApp,
  org: TestOrganization,
  code: Code,
  version: number,
  status: CodeVersionStatus,
  promiseKeys: string[],
): Promise<CodeFixture> {
  const ds = app.dataSource;
  const saved = await ds.getRepository(CodeVersion).save(
    ds.getRepository(CodeVersion).create({ organizationId: org.id, codeId: code.id, version, status, policyStatement: `Policy of version ${version}` }),
  );
  const promises: Record<string, CodePromise> = {};
  for (const [position, key] of promiseKeys.entries()) {
    promises[key] = await ds.getRepository(CodePromise).save(
      ds.getRepository(CodePromise).create({
        organizationId: org.id,
        codeVersionId: saved.id,
        codeId: code.id,
        key,
        title: `${key} (version ${version})`,
        text: `We keep promise ${key}.`,
        position,
      }),
    );
  }
  return { code, version: saved, promises };
}

/** A code with a first version (published unless said otherwise) holding the given promises. */
export async function createCode(
  app: TestApp,
  org: TestOrganization,
  key: string,
  promiseKeys: string[] = ['P1', 'P2', 'P3'],
  status: CodeVersionStatus = CodeVersionStatus.PUBLISHED,
): Promise<CodeFixture> {
  const code = await app.dataSource.getRepository(Code).save(app.dataSource.getRepository(Code).create({ organizationId: org.id, key, title: `Code ${key}` }));
  return addCodeVersion(app, org, code, 1, status, promiseKeys);
}

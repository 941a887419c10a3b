import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { Code } from '../../src/modules/code/code.entity';
import { CodeVersion, CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { CodePromise } from '../../src/modules/code/code-promise.entity';
import type { TestOrganization } from './app';

/** A code with versions and promises, written straight to the database (codes have their own API). */
export interface CodeFixture {
  code: Code;
  versions: CodeVersion[];
  /** Promises per version, by key: `promises[0].P1`. */
  promises: Record<string, CodePromise>[];
}

/**
 * Creates a code with one version per status given (version 1, 2, …), each holding promises with
 * the given keys: `createCode(ds, org, [SUPERSEDED, PUBLISHED], ['P1', 'P2'])`.
 */
export async function createCode(
  dataSource: DataSource,
  org: TestOrganization,
  statuses: CodeVersionStatus[] = [CodeVersionStatus.PUBLISHED],
  keys: string[] = ['P1', 'P2'],
): Promise<CodeFixture> {
  const code = await dataSource.getRepository(Code).save(
    dataSource.getRepository(Code).create({ organizationId: org.id, key: `code-${randomUUID().slice(0, 8)}`, title: 'Customer code', scope: 'Debtors' }),
  );
  const versions: CodeVersion[] = [];
  const promises: Record<string, CodePromise>[] = [];
  for (const [i, status] of statuses.entries()) {
    const version = await dataSource.getRepository(CodeVersion).save(
      dataSource.getRepository(CodeVersion).create({ organizationId: org.id, codeId: code.id, version: i + 1, status }),
    );
    versions.push(version);
    const byKey: Record<string, CodePromise> = {};
    for (const [position, key] of keys.entries()) {
      byKey[key] = await dataSource.getRepository(CodePromise).save(
        dataSource.getRepository(CodePromise).create({
          organizationId: org.id,
          codeVersionId: version.id,
          codeId: code.id,
          key,
          title: `Promise ${key}`,
          text: `We keep promise ${key}.`,
          position,
        }),
      );
    }
    promises.push(byKey);
  }
  return { code, versions, promises };
}

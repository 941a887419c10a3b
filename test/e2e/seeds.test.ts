import pino from 'pino';
import { seedAll } from '../../seeds';
import { AuditEvent } from '../../src/modules/audit/audit-event.entity';
import { Code } from '../../src/modules/code/code.entity';
import { CodeVersion } from '../../src/modules/code/code-version.entity';
import { CodePromise } from '../../src/modules/code/code-promise.entity';
import { NormRequirement } from '../../src/modules/norm/norm-requirement.entity';
import { PromiseRequirement } from '../../src/modules/norm/promise-requirement.entity';
import { startTestApp, type TestApp } from '../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('smoke: seeds', () => {
  it('load norms and the demo organisation with its published code, and change nothing when run again', async () => {
    const quiet = pino({ level: 'silent' });
    await seedAll(app.dataSource, quiet);
    const counts = () =>
      Promise.all([NormRequirement, Code, CodeVersion, CodePromise, PromiseRequirement, AuditEvent].map((e) => app.dataSource.getRepository(e).count()));
    const first = await counts();
    await seedAll(app.dataSource, quiet);
    expect(await counts()).toEqual(first);

    const code = (await app.anonymous.data(`{ publishedCode(organizationSlug: "demo", codeKey: "klantbeloften") {
      organizationName currentVersion { version promises { key } } } }`)).publishedCode;
    expect(code).toEqual({ organizationName: 'Incassobureau De Brug B.V.', currentVersion: { version: 1, promises: ['P1', 'P2', 'P3', 'P4', 'P5'].map((key) => ({ key })) } });
    expect(await app.dataSource.getRepository(PromiseRequirement).count()).toBe(8);
  });
});

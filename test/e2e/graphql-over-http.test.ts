import { serverAudits } from 'graphql-http';
import { startTestApp, type TestApp } from '../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('smoke: GraphQL over HTTP', () => {
  it('passes every MUST audit of graphql-http against /graphql', async () => {
    const audits = serverAudits({ url: () => `${app.url}/graphql`, fetchFn: fetch });
    const must = audits.filter((a) => a.name.startsWith('MUST'));
    expect(must.length).toBeGreaterThan(10);
    const failures: string[] = [];
    for (const audit of must) {
      const result = await audit.fn();
      if (result.status !== 'ok') failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });
});

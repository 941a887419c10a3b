import pino from 'pino';
import type { Browser, Page } from 'playwright-core';
import { seedAll } from '../../seeds';
import { Role } from '../../src/common/roles';
import { IDE_STATIC_PATH } from '../../src/http/graphql-ide';
import { json, startTestApp, type TestApp } from '../support/app';
import { launchChromium } from '../support/browser';

let app: TestApp;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp({ GRAPHQL_IDE: 'true' });
  await seedAll(app.dataSource, pino({ level: 'silent' }));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Opens the IDE as a developer would, recording every request that leaves the app's origin. */
async function openIde(): Promise<{ tab: Page; elsewhere: string[] }> {
  // A context of its own: the IDE keeps tabs and headers in localStorage.
  const tab = await (await browser.newContext()).newPage();
  const elsewhere: string[] = [];
  tab.on('request', (request) => {
    if (!request.url().startsWith(`${app.url}/`)) elsewhere.push(request.url());
  });
  const schemaLoaded = tab.waitForResponse((res) => res.url() === `${app.url}/graphql` && /IntrospectionQuery/.test(res.request().postData() ?? ''));
  await tab.goto(`${app.url}/graphql`);
  await tab.waitForSelector('.graphiql-execute-button');
  expect((await schemaLoaded).status()).toBe(200);
  return { tab, elsewhere };
}

describe('GraphQL IDE (GraphiQL, served offline)', () => {
  it('runs its default query on the demo data and shows the answer, loading nothing from elsewhere', async () => {
    const { tab, elsewhere } = await openIde();
    await tab.click('.graphiql-execute-button');
    const result = tab.locator('.result-window');
    await result.getByText('"publishedCodes"').waitFor();
    expect(await result.textContent()).toMatch(/"key":\s*"klantbeloften"/);
    expect(elsewhere).toEqual([]);
    await tab.context().close();
  });

  it('documents the schema from introspection: the docs explorer lists its types', async () => {
    const { tab } = await openIde();
    await tab.click('[aria-label="Show Documentation Explorer"]');
    const docs = tab.locator('.graphiql-doc-explorer');
    await docs.getByText('Root Types').waitFor();
    await docs.getByRole('link', { name: 'Query' }).first().click();
    await docs.getByText('publishedCodes').first().waitFor();
    await tab.context().close();
  });

  it('completes field names from the schema', async () => {
    const { tab } = await openIde();
    await tab.click('.graphiql-query-editor .monaco-editor');
    await tab.keyboard.press('Control+End');
    await tab.keyboard.type('\nquery Mine { complaintS');
    // The editor's language worker receives the schema shortly after the page does: ask until it answers.
    const suggestion = tab.locator('.suggest-widget .monaco-list-row[aria-label="complaints"]');
    for (let attempt = 0; attempt < 10 && !(await suggestion.isVisible()); attempt++) {
      await tab.keyboard.press('Escape');
      await tab.keyboard.press('Control+Space');
      await suggestion.waitFor({ timeout: 1000 }).catch(() => undefined);
    }
    await suggestion.waitFor();
    await tab.context().close();
  });

  it('sends the bearer token written in its headers editor', async () => {
    const org = await app.createOrganization('ide-org');
    const token = (await app.as(org, Role.AUDITOR)).token!;
    const { tab } = await openIde();
    await tab.getByRole('button', { name: 'Headers' }).click();
    await tab.click('.graphiql-editor-tool .monaco-editor[data-uri$="headers.json"]');
    await tab.keyboard.press('Control+A');
    await tab.keyboard.insertText(JSON.stringify({ authorization: `Bearer ${token}` }));
    await tab.click('.graphiql-query-editor .monaco-editor');
    await tab.keyboard.press('Control+A');
    await tab.keyboard.insertText('query Me { me { organizationSlug roles } }');
    // The IDE picks up the operation name a moment after the edit (its tab is named after it).
    await tab.locator('.graphiql-tab-button', { hasText: /^Me$/ }).waitFor();
    await tab.click('.graphiql-execute-button');
    const result = tab.locator('.result-window');
    await result.getByText('"organizationSlug"').waitFor();
    expect(await result.textContent()).toMatch(/"organizationSlug":\s*"ide-org",\s*"roles":\s*\[\s*"AUDITOR"\s*\]/);
    await tab.context().close();
  });

  it('leaves GraphQL GET requests and JSON clients to the API', async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ publishedCodes(organizationSlug: "demo") { key } }')}`, {
      headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(200);
    expect((await json<{ data: { publishedCodes: { key: string }[] } }>(res)).data.publishedCodes).toEqual([{ key: 'klantbeloften' }]);
  });
});

describe('GraphQL IDE settings', () => {
  const production = { NODE_ENV: 'production' };

  it('is off in production: no page, no static files', async () => {
    const prod = await startTestApp(production);
    try {
      const page = await fetch(`${prod.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toMatch(/ruru|graphiql/i);
      expect((await fetch(`${prod.url}${IDE_STATIC_PATH}ruru.js`)).status).toBe(404);
    } finally {
      await prod.close();
    }
  });

  it('is on in production with GRAPHQL_IDE=true, with introspection for its docs', async () => {
    const prod = await startTestApp({ ...production, GRAPHQL_IDE: 'true' });
    try {
      const page = await fetch(`${prod.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await page.text()).toContain(`${IDE_STATIC_PATH}ruru.js`);
      expect((await fetch(`${prod.url}${IDE_STATIC_PATH}ruru.js`)).status).toBe(200);
      const introspection = await prod.anonymous.raw('{ __schema { queryType { name } } }');
      expect(introspection.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
    } finally {
      await prod.close();
    }
  });
});

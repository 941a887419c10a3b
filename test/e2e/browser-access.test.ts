import pino from 'pino';
import type { Browser } from 'playwright-core';
import { Role } from '../../src/common/roles';
import { seedAll } from '../../seeds';
import { startTestApp, type TestApp } from '../support/app';
import { launchChromium, servePage, type PageServer } from '../support/browser';

/**
 * A browser app on its own origin calling the API on another: the page fetches the demo
 * organisation's public codes, then `me` with the bearer token it was given, and writes what it
 * got (or the error) into its DOM.
 */
const APP_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Frontend</title></head><body>
<ul id="codes"></ul><p id="me"></p><p id="request-id"></p><p id="error"></p><p id="status">loading</p>
<script>
const params = new URLSearchParams(location.hash.slice(1));
async function gql(operationName, query, token) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = 'Bearer ' + token;
  const res = await fetch(params.get('api') + '/graphql', { method: 'POST', headers, body: JSON.stringify({ operationName, query }) });
  document.getElementById('request-id').textContent = res.headers.get('x-request-id') || '';
  return res.json();
}
(async () => {
  try {
    const codes = await gql('FrontendCodes', 'query FrontendCodes { publishedCodes(organizationSlug: "demo") { key title } }');
    for (const code of codes.data.publishedCodes) {
      const li = document.createElement('li');
      li.textContent = code.key + ': ' + code.title;
      document.getElementById('codes').append(li);
    }
    const me = await gql('FrontendMe', 'query FrontendMe { me { roles organizationSlug } }', params.get('token'));
    document.getElementById('me').textContent = me.data.me.organizationSlug + ' ' + me.data.me.roles.join(',');
  } catch (e) {
    document.getElementById('error').textContent = e.name + ': ' + e.message;
  }
  document.getElementById('status').textContent = 'done';
})();
</script></body></html>`;

let page: PageServer;
let app: TestApp;
let browser: Browser;
let allowed: string;

beforeAll(async () => {
  page = await servePage(APP_PAGE);
  allowed = `http://127.0.0.1:${page.port}`;
  app = await startTestApp({ CORS_ORIGINS: allowed });
  await seedAll(app.dataSource, pino({ level: 'silent' }));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await page?.close();
});

/** How many GraphQL requests of this operation the API has executed. */
async function requestsOf(operation: string): Promise<number> {
  const metrics = await (await fetch(`${app.url}/metrics`)).text();
  return Number(new RegExp(`graphql_requests_total\\{operation="${operation}",type="query"\\} (\\d+)`).exec(metrics)?.[1] ?? 0);
}

async function openApp(origin: string, token: string): Promise<import('playwright-core').Page> {
  const tab = await browser.newPage();
  await tab.goto(`${origin}/#api=${encodeURIComponent(app.url)}&token=${encodeURIComponent(token)}`);
  await tab.locator('#status', { hasText: 'done' }).waitFor();
  return tab;
}

describe('browser frontends on another origin (CORS)', () => {
  it('lets a page on an allowed origin read public codes and, with its bearer token, its own data', async () => {
    const org = await app.createOrganization('frontend-org');
    const token = (await app.as(org, Role.QUALITY_MANAGER)).token!;
    const tab = await openApp(allowed, token);
    expect(await tab.textContent('#error')).toBe('');
    const codes = await tab.locator('#codes li').allTextContents();
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((c) => /^[^:]+: .+/.test(c))).toBe(true);
    expect(await tab.textContent('#me')).toBe('frontend-org QUALITY_MANAGER');
    // x-request-id is exposed to the page, for support tickets.
    expect(await tab.textContent('#request-id')).toMatch(/^[0-9a-f-]{36}$/);
    await tab.close();
  });

  it('has the browser refuse a page on an origin not listed: the request never runs', async () => {
    const org = await app.createOrganization('elsewhere-org');
    const token = (await app.as(org, Role.QUALITY_MANAGER)).token!;
    const before = await requestsOf('FrontendCodes');
    // Same page server, other host name: another origin.
    const tab = await openApp(`http://localhost:${page.port}`, token);
    expect(await tab.textContent('#error')).toBe('TypeError: Failed to fetch');
    expect(await tab.locator('#codes li').count()).toBe(0);
    await tab.close();
    expect(await requestsOf('FrontendCodes')).toBe(before);
  });
});

describe('CORS headers', () => {
  const preflight = (origin: string, path = '/graphql', headers = 'authorization,content-type') =>
    fetch(`${app.url}${path}`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers } });

  it('answers an allowed origin\'s preflight with that origin, the allowed headers and no credentials', async () => {
    const res = await preflight(allowed, '/graphql', 'authorization,content-type,apollo-require-preflight,x-request-id');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization,content-type,apollo-require-preflight,x-apollo-operation-name,x-request-id');
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/Origin/);
    const report = await preflight(allowed, '/reports/complaint-analysis/2025.csv', 'authorization');
    expect(report.headers.get('access-control-allow-origin')).toBe(allowed);
  });

  it('gives another origin no Access-Control-Allow-Origin, on preflights and on requests', async () => {
    const res = await preflight('https://evil.example');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ publishedCodes(organizationSlug: "demo") { key } }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps CSRF prevention: a request a browser may send without preflight is refused', async () => {
    const form = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { origin: allowed, 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ publishedCodes(organizationSlug: "demo") { key } }' }),
    });
    expect(form.status).toBe(400);
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ publishedCodes(organizationSlug: "demo") { key } }')}`, { headers: { origin: allowed } });
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/);
    const preflighted = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ publishedCodes(organizationSlug: "demo") { key } }')}`, { headers: { origin: allowed, 'apollo-require-preflight': 'true' } });
    expect(preflighted.status).toBe(200);
  });
});

import http from 'node:http';
import { Writable } from 'node:stream';
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { Role } from '../../src/common/roles';
import { Complaint } from '../../src/modules/complaint/complaint.entity';
import { startTestApp, type ApiClient, type TestApp, type TestOrganization } from '../support/app';
import { draftCode, publishVersion, revisionOf } from '../support/codes';
import { createCorrespondence } from '../support/fixtures';
import { launchChromium } from '../support/browser';
import { graphql } from '../graphql';

const COMPLAINT = graphql(`query PagesComplaint($search: String) { complaints(first: 1, search: $search) { edges { node { id version } } } }`);
const LINK = graphql(`mutation PagesLink($id: ID!, $input: UpdateComplaintInput!) { updateComplaint(id: $id, input: $input) { version } }`);
const ACKNOWLEDGE = graphql(`mutation PagesAcknowledge($id: ID!, $input: AcknowledgeComplaintInput!) { acknowledgeComplaint(id: $id, input: $input) { version } }`);
const ORGANIZATION = graphql(`query PagesOrganization { organization { version } }`);
const REGISTER = graphql(`mutation PagesRegister($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id reference receivedAt } }`);
const ISSUE = graphql(`mutation PagesIssue($id: ID!) { issueComplaintTrackingSecret(id: $id) { reference trackingSecret } }`);
const LANGUAGES = graphql(`mutation PagesLanguages($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { languages } }`);
const TRANSLATE = graphql(`mutation PagesTranslate($id: ID!, $input: TranslateCodeVersionInput!) { translateCodeVersion(id: $id, input: $input) { missingLanguages } }`);

/** The code in English and Norwegian; its Dutch original is drafted below. */
const TRANSLATIONS = [
  {
    language: 'en',
    title: 'Our promises to you',
    policyStatement: 'We treat every debtor with respect.',
    promises: [
      { key: 'P1', title: 'Quick confirmation', text: 'We confirm your complaint within 4 working days.' },
      { key: 'P2', title: 'A plan you can keep to', text: 'We offer a plan <you can keep to> & keep to it ourselves.' },
    ],
  },
  {
    language: 'nb',
    title: 'Våre løfter til deg',
    policyStatement: 'Vi behandler alle skyldnere med respekt.',
    promises: [
      { key: 'P1', title: 'Rask bekreftelse', text: 'Vi bekrefter klagen din innen 4 virkedager.' },
      { key: 'P2', title: 'En avtale du kan overholde', text: 'Vi tilbyr en betalingsavtale du kan overholde.' },
    ],
  },
];

/** The form's submission budget per address in this file: the rate-limit test spends it from an address of its own. */
const SUBMISSIONS_PER_ADDRESS = 20;

let app: TestApp;
let org: TestOrganization;
let co: ApiClient;
let browser: Browser;
let promiseId: string;
/** Every line the service logged. */
const logLines: string[] = [];
const CODE = 'klantbeloften';

const codeUrl = (lang?: string) => `${app.url}/c/${org.slug}/${CODE}${lang ? `?lang=${lang}` : ''}`;
const complaints = () => app.dataSource.getRepository(Complaint).countBy({ organizationId: org.id });

beforeAll(async () => {
  const logs = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  });
  app = await startTestApp({ RATE_LIMIT_SUBMISSIONS_PER_ADDRESS: String(SUBMISSIONS_PER_ADDRESS), LOG_LEVEL: 'info' }, { logs });
  org = await app.createOrganization(undefined, { name: 'Incassobureau De Brug B.V.' });
  const [qm, top] = await Promise.all([app.as(org, Role.QUALITY_MANAGER), app.as(org, Role.TOP_MANAGEMENT)]);
  co = await app.as(org, Role.COMPLAINT_OFFICER);
  const { version } = (await top.data(ORGANIZATION)).organization!;
  await top.data(LANGUAGES, { input: { expectedVersion: version, languages: ['nl', 'en', 'nb'] } });
  const code = await draftCode(qm, CODE, [
    { key: 'P1', title: 'Snelle bevestiging', text: 'Wij bevestigen uw klacht binnen 4 werkdagen.' },
    { key: 'P2', title: 'Haalbare regeling', text: 'Wij bieden een regeling <die u kunt nakomen> & houden ons daaraan.' },
  ], { title: 'Onze beloften aan u' });
  promiseId = code.promises.P1;
  for (const translation of TRANSLATIONS) await qm.data(TRANSLATE, { id: code.versionId, input: { ...translation, expectedVersion: await revisionOf(qm, code.versionId) } });
  await publishVersion(qm, top, code.versionId);
  await createCorrespondence(app.dataSource, org);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** A browser tab without JavaScript, speaking `locale` (its Accept-Language). */
async function tabWithoutScript(locale = 'en-GB'): Promise<{ context: BrowserContext; tab: Page }> {
  const context = await browser.newContext({ javaScriptEnabled: false, locale });
  return { context, tab: await context.newPage() };
}

describe('the public pages, without JavaScript', () => {
  it('lead from the code to the form, refuse an empty form with every error linked to its field, take a complaint typed by keyboard, and track it', async () => {
    const { context, tab } = await tabWithoutScript('en-GB');
    const before = await complaints();

    const codePage = await tab.goto(codeUrl());
    expect(codePage!.status()).toBe(200);
    expect(await tab.getAttribute('html', 'lang')).toBe('en');
    // The browser's English: the code in English, and the page's own texts too.
    expect(await tab.locator('h1').textContent()).toBe('Our promises to you');
    expect(await tab.locator('main h3').allTextContents()).toEqual(['Quick confirmation', 'A plan you can keep to']);
    // Text from the code is escaped, never markup.
    expect(await tab.locator('main li').nth(1).textContent()).toContain('We offer a plan <you can keep to> & keep to it ourselves.');
    const languages = tab.getByRole('navigation', { name: 'Language' }).getByRole('link');
    expect(await languages.allTextContents()).toEqual(['Nederlands', 'English', 'Norsk bokmål']);
    expect(await tab.getByRole('link', { name: 'English' }).getAttribute('aria-current')).toBe('page');

    await tab.getByRole('link', { name: 'Submit a complaint' }).click();
    expect(new URL(tab.url()).pathname).toBe(`/c/${org.slug}/${CODE}/complaint`);
    expect(await tab.locator('h1').textContent()).toBe('Submit a complaint');

    // Empty: every problem in the summary, which has the focus, each a link to its field.
    const [empty] = await Promise.all([tab.waitForResponse((r) => r.request().method() === 'POST'), tab.getByRole('button', { name: 'Send complaint' }).click()]);
    expect(empty.status()).toBe(400);
    const summary = tab.getByRole('alert');
    await tab.locator('[role="alert"]:focus').waitFor();
    expect(await summary.locator('h2').textContent()).toBe('There is a problem');
    const links = summary.getByRole('link');
    expect(await links.allTextContents()).toEqual(['Enter a subject', 'Describe your complaint', 'Enter your name', 'Enter an email address or a phone number']);
    expect(await Promise.all((await links.all()).map((l) => l.getAttribute('href')))).toEqual(['#subject', '#description', '#name', '#email']);
    expect(await tab.title()).toMatch(/^Error: /);
    expect(await tab.getAttribute('#subject', 'aria-invalid')).toBe('true');
    expect((await tab.getAttribute('#subject', 'aria-describedby'))!.split(' ')).toContain('subject-error');
    expect(await tab.locator('#subject-error').textContent()).toContain('Enter a subject');
    expect(await complaints()).toBe(before);

    // By keyboard from the summary: the link moves the focus into the field.
    await links.first().press('Enter');
    await tab.locator('#subject:focus').waitFor();
    await tab.keyboard.type('Four reminders in one week');
    await tab.keyboard.press('Tab');
    await tab.keyboard.type('I received four reminder letters in one week, although I pay every month.');
    await tab.keyboard.press('Tab');
    await tab.keyboard.type('Els de Vries');
    await tab.keyboard.press('Tab');
    await tab.keyboard.type('not-an-address');
    const [invalid] = await Promise.all([tab.waitForResponse((r) => r.request().method() === 'POST'), tab.keyboard.press('Enter')]);
    expect(invalid.status()).toBe(400);
    // What was typed is kept; only the address is at fault.
    expect(await tab.inputValue('#subject')).toBe('Four reminders in one week');
    expect(await tab.inputValue('#description')).toBe('I received four reminder letters in one week, although I pay every month.');
    expect(await tab.getByRole('alert').getByRole('link').allTextContents()).toEqual(['Enter an email address like name@example.com']);
    expect(await complaints()).toBe(before);

    await tab.getByRole('alert').getByRole('link').press('Enter');
    await tab.locator('#email:focus').waitFor();
    await tab.keyboard.press('ControlOrMeta+A');
    await tab.keyboard.type('els@example.nl');
    const [received] = await Promise.all([tab.waitForResponse((r) => r.request().method() === 'POST'), tab.keyboard.press('Enter')]);
    expect(received.status()).toBe(200);
    expect(received.headers()['cache-control']).toBe('no-store');
    expect(received.headers()['referrer-policy']).toBe('no-referrer');
    expect(await tab.locator('h1').textContent()).toBe('Complaint received');
    const reference = (await tab.locator('#reference').textContent())!;
    const secret = (await tab.locator('#tracking-secret').textContent())!;
    expect(reference).toMatch(/^K-\d{4}-\d{5}$/);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await complaints()).toBe(before + 1);
    const stored = await app.dataSource.getRepository(Complaint).findOneByOrFail({ organizationId: org.id, reference });
    // In the language the complainant read the code in: the organisation writes back in it.
    expect(stored).toMatchObject({ subject: 'Four reminders in one week', complainantName: 'Els de Vries', complainantEmail: 'els@example.nl', channel: 'WEB', language: 'en' });

    const [tracked] = await Promise.all([tab.waitForResponse((r) => r.url().includes('/track')), tab.getByRole('link', { name: 'Follow your complaint' }).click()]);
    expect(tracked.headers()['cache-control']).toBe('no-store');
    expect(tracked.headers()['referrer-policy']).toBe('no-referrer');
    expect(await tab.locator('h1').textContent()).toBe(`Complaint ${reference}`);
    expect(await tab.locator('#status').textContent()).toBe('Received');
    expect(await tab.locator('main').textContent()).toContain('No letters yet.');

    // The organisation acknowledges it: the letter appears as sent, in its language.
    const c = (await co.data(COMPLAINT, { search: reference })).complaints!.edges[0].node;
    const v = (await co.data(LINK, { id: c.id, input: { expectedVersion: c.version, promiseIds: [promiseId] } })).updateComplaint.version;
    await co.data(ACKNOWLEDGE, { id: c.id, input: { expectedVersion: v, letter: { channel: 'EMAIL', language: 'en' } } });
    await tab.reload();
    expect(await tab.locator('#status').textContent()).toBe('Receipt confirmed');
    expect(await tab.locator('article h3').textContent()).toBe('Acknowledgement');
    expect(await tab.locator('article [lang="en"]').textContent()).toContain(`We received your complaint ${reference}`);
    await context.close();

    // The request log names the tracking link's request, without its secret.
    const log = logLines.join('');
    expect(log).toContain(`/c/${org.slug}/track?lang=en&reference=${reference}&secret=[redacted]`);
    expect(log).not.toContain(secret);
  });

  it('offer the code in each of its languages, the page’s own texts following it', async () => {
    const { context, tab } = await tabWithoutScript('en-GB');
    await tab.goto(codeUrl());
    await tab.getByRole('link', { name: 'Norsk bokmål' }).click();
    expect(new URL(tab.url()).search).toBe('?lang=nb');
    expect(await tab.getAttribute('html', 'lang')).toBe('nb');
    expect(await tab.locator('h1').textContent()).toBe('Våre løfter til deg');
    expect(await tab.locator('h1').getAttribute('lang')).toBe('nb');
    expect(await tab.getByRole('navigation', { name: 'Språk' }).getByRole('link', { name: 'Norsk bokmål' }).getAttribute('aria-current')).toBe('page');
    await tab.getByRole('link', { name: 'Send inn en klage' }).click();
    expect(await tab.locator('h1').textContent()).toBe('Send inn en klage');
    expect(await tab.getByLabel('Emne').count()).toBe(1);
    await tab.getByRole('link', { name: 'Nederlands' }).click();
    expect(await tab.locator('h1').textContent()).toBe('Klacht indienen');
    expect(await tab.locator('main p').first().textContent()).toContain('Onze beloften aan u');
    await context.close();
  });

  it('track by reference and code typed in, and say only that nothing matches a wrong code', async () => {
    const { context, tab } = await tabWithoutScript('nl-NL');
    await tab.goto(codeUrl());
    expect(await tab.getAttribute('html', 'lang')).toBe('nl');
    await tab.getByRole('link', { name: 'Volg een klacht die u indiende' }).click();
    await tab.getByLabel('Kenmerk').fill('K-2000-00001');
    await tab.getByLabel('Volgcode').fill('not-the-code');
    const [answer] = await Promise.all([tab.waitForResponse((r) => r.request().method() === 'POST'), tab.getByRole('button', { name: 'Status tonen' }).click()]);
    expect(answer.status()).toBe(404);
    expect(await tab.getByRole('alert').textContent()).toContain('Er is geen klacht met dit kenmerk en deze volgcode.');
    // The reference is kept for a correction; nothing tells whether it exists.
    expect(await tab.inputValue('#reference')).toBe('K-2000-00001');
    await context.close();
  });

  it('show the day a complaint was received as the organisation counts it, not in UTC', async () => {
    // Half past eleven at night in UTC, a week ago: already the next day in Amsterdam (UTC+1 or +2).
    const receivedAt = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() - 7, 23, 30));
    const registered = (await co.data(REGISTER, { input: { channel: 'PHONE', receivedAt: receivedAt.toISOString(), subject: 'Late call', description: 'Called at night.', complainant: { name: 'Nachtbeller', phone: '0612345678' } } }))
      .registerComplaint;
    const { trackingSecret } = (await co.data(ISSUE, { id: registered.id })).issueComplaintTrackingSecret;
    const [{ timezone }]: { timezone: string }[] = await app.dataSource.query(`SELECT timezone FROM organization WHERE id = $1`, [org.id]);
    const longDate = (timeZone: string) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone }).format(receivedAt);
    expect(timezone).toBe('Europe/Amsterdam');
    expect(longDate(timezone)).not.toBe(longDate('UTC'));

    const { context, tab } = await tabWithoutScript('en-GB');
    await tab.goto(`${app.url}/c/${org.slug}/track?reference=${registered.reference}&secret=${trackingSecret}`);
    const received = tab.locator('dt', { hasText: 'Received' }).locator('xpath=following-sibling::dd[1]');
    expect(await received.textContent()).toBe(longDate(timezone));
    await context.close();
  });

  it('answer an unknown organisation and an unknown code with one and the same 404 page', async () => {
    const paths = [`/c/no-such-org/${CODE}`, `/c/${org.slug}/no-such-code`, `/c/no-such-org/${CODE}/complaint`, `/c/${org.slug}/no-such-code/complaint`, `/c/${org.slug}/${'x'.repeat(300)}`, `/c/${org.slug}/${CODE}/more`];
    const answers = await Promise.all(paths.map((path) => fetch(`${app.url}${path}`, { headers: { 'accept-language': 'en' } })));
    expect(answers.map((a) => a.status)).toEqual(paths.map(() => 404));
    const bodies = await Promise.all(answers.map((a) => a.text()));
    expect(new Set(bodies).size).toBe(1);
    expect(bodies[0]).toContain('<h1>Page not found</h1>');
    expect(bodies[0]).not.toMatch(/no-such|Onze beloften|Our promises/);
  });

  it('send a Content-Security-Policy that allows no script, and are never framed', async () => {
    const answer = await fetch(codeUrl());
    const policy = answer.headers.get('content-security-policy')!;
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src/);
    expect(await answer.text()).not.toMatch(/<script/i);
  });

  it('refuse a form posted from another site, storing nothing', async () => {
    const before = await complaints();
    const body = new URLSearchParams({ subject: 'Spam', description: 'Spam', name: 'Spam', email: 'spam@example.com' });
    for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }] as Record<string, string>[]) {
      const answer = await fetch(`${codeUrl()}/complaint`, { method: 'POST', body, headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'en' } });
      expect(answer.status).toBe(403);
      expect(await answer.text()).toContain('This form can only be sent from this website.');
    }
    expect(await complaints()).toBe(before);
  });

  it('spend the public submission budget: past it, the form answers 429 with Retry-After and stores nothing', async () => {
    const from = '127.0.0.77';
    const post = (body: URLSearchParams) =>
      new Promise<{ status: number; retryAfter: string | undefined; text: string }>((resolve, reject) => {
        const req = http.request(`${codeUrl()}/complaint?lang=en`, { method: 'POST', localAddress: from, headers: { 'content-type': 'application/x-www-form-urlencoded' } }, (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'] as string | undefined, text }));
        });
        req.on('error', reject);
        req.end(body.toString());
      });
    for (let i = 0; i < SUBMISSIONS_PER_ADDRESS; i++) expect((await post(new URLSearchParams({ subject: '' }))).status).toBe(400);
    const before = await complaints();
    const refused = await post(new URLSearchParams({ subject: 'Late', description: 'Too late', name: 'Els', email: 'els@example.nl', idempotencyKey: 'late-1' }));
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(refused.text).toContain(`Too many requests from your connection. Try again in ${refused.retryAfter} seconds.`);
    expect(refused.text).toContain('value="Late"');
    expect(await complaints()).toBe(before);
  });
});

/** Serious and critical axe violations of the page in the tab, as `rule: target` lines. */
async function seriousViolations(tab: Page): Promise<string[]> {
  await tab.addScriptTag({ content: axe.source });
  const results = (await tab.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as axe.AxeResults;
  expect(results.testEngine.name).toBe('axe-core');
  expect(results.passes.length).toBeGreaterThan(0);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary ?? ''})`));
}

describe('accessibility (axe-core)', () => {
  it.each(['nl', 'en', 'nb'])('finds no serious or critical violation on the code page, the form, the form with errors, the receipt and the tracking page (%s)', async (lang) => {
    // Scripts run here only for axe itself (CSP bypassed for its injection); the pages have none.
    const context = await browser.newContext({ bypassCSP: true });
    const tab = await context.newPage();
    const found: Record<string, string[]> = {};
    await tab.goto(codeUrl(lang));
    found.code = await seriousViolations(tab);
    await tab.locator(`a[href*="/complaint"]`).click();
    found.form = await seriousViolations(tab);
    await tab.locator('button[type="submit"]').click();
    await tab.getByRole('alert').waitFor();
    found.formWithErrors = await seriousViolations(tab);
    await tab.fill('#subject', 'Reminder letters');
    await tab.fill('#description', 'Too many reminder letters.');
    await tab.fill('#name', 'Els de Vries');
    await tab.fill('#email', 'els@example.nl');
    await tab.locator('button[type="submit"]').click();
    await tab.locator('#tracking-secret').waitFor();
    found.receipt = await seriousViolations(tab);
    await tab.locator('#tracking-link').click();
    await tab.locator('#status').waitFor();
    found.tracking = await seriousViolations(tab);
    expect(await tab.getAttribute('html', 'lang')).toBe(lang);
    expect(found).toEqual({ code: [], form: [], formWithErrors: [], receipt: [], tracking: [] });
    await context.close();
  });
});

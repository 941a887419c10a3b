import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { Role } from '../../src/common/roles';
import { CodeVersionStatus } from '../../src/modules/code/code-version.entity';
import { startTestApp, type ApiClient, type TestApp } from '../support/app';
import { createCode, type CodeFixture } from '../support/fixtures';
import { launchChromium } from '../support/browser';
import { graphql } from '../graphql';

const CREATE = graphql(`mutation SurveyPageCreate($input: CreateSatisfactionSurveysInput!) { createSatisfactionSurveys(input: $input) { id link } }`);

/** axe-core's browser build, run in the page through the DevTools protocol (the page itself allows no script). */
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

let app: TestApp;
let browser: Browser;
let qm: ApiClient;
let code: CodeFixture;
const logLines: string[] = [];

beforeAll(async () => {
  app = await startTestApp({ LOG_LEVEL: 'trace' }, { logs: { write: (line: string) => void logLines.push(line) } });
  const org = await app.createOrganization('survey-page', { languages: ['nl', 'en', 'nb'] });
  qm = await app.as(org, Role.QUALITY_MANAGER);
  code = await createCode(app.dataSource, org, [CodeVersionStatus.PUBLISHED], ['P1', 'P2']);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** A new survey about P1 and P2 in `language`: its link. */
async function surveyLink(language: string): Promise<string> {
  const [survey] = (await qm.data(CREATE, { input: { codeId: code.code.id, respondents: [{ respondentType: 'DEBTOR', language, name: 'Ola' }] } })).createSatisfactionSurveys;
  return survey.link!;
}

/** A tab with JavaScript switched off, as the respondent's browser may be. */
async function tabWithoutScript(): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  return context.newPage();
}

/** The serious and critical axe-core violations of what the tab shows (axe injected past the page's CSP). */
async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE);
  const options = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } };
  const violations: AxeViolation[] = await page.evaluate(
    `axe.run(document, ${JSON.stringify(options)}).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))`,
  );
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Runs `action` (a click or key press that submits the form) and waits until the page it posts to has loaded. */
async function submitted(tab: Page, action: () => Promise<unknown>): Promise<void> {
  await Promise.all([tab.waitForEvent('load'), action()]);
}

describe('the survey page (no JavaScript)', () => {
  it('is a form of labelled radio groups per promise, answered once: errors keep the input, then thanks, then the link no longer works', async () => {
    const link = await surveyLink('en');
    const token = link.slice('/s/'.length);
    const tab = await tabWithoutScript();
    const response = (await tab.goto(`${app.url}${link}`))!;
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(headers['content-security-policy']).not.toMatch(/script-src/);
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cache-control']).toBe('no-store');
    expect(await tab.getAttribute('html', 'lang')).toBe('en');
    expect(await tab.getByRole('heading', { level: 1 }).textContent()).toBe('How satisfied are you?');

    // One group per promise (its title as the legend) and one for overall satisfaction, each five labelled radios.
    const groups = tab.getByRole('group');
    expect(await groups.count()).toBe(3);
    const p1 = tab.getByRole('group', { name: 'P1 (version 1)' });
    const p2 = tab.getByRole('group', { name: 'P2 (version 1)' });
    const overall = tab.getByRole('group', { name: 'Overall, how satisfied are you?' });
    expect(await p1.getByRole('radio').count()).toBe(5);
    expect(await p1.getByText('We keep promise P1.').count()).toBe(1);

    // P2 left out: the page comes back with the error, what was entered kept.
    await p1.getByRole('radio', { name: '5 – completely' }).check();
    await overall.getByRole('radio', { name: '4 – satisfied' }).check();
    await tab.getByLabel('Comment (optional)').fill('Quick & <b>friendly</b>.');
    await submitted(tab, () => tab.getByRole('button', { name: 'Send answers' }).click());
    expect(await tab.getByRole('alert').getByRole('heading').textContent()).toBe('Not every question was answered');
    expect(await tab.getByRole('alert').getByRole('link').allTextContents()).toEqual(['P2 (version 1): Choose an answer.']);
    expect(await p1.getByRole('radio', { name: '5 – completely' }).isChecked()).toBe(true);
    expect(await overall.getByRole('radio', { name: '4 – satisfied' }).isChecked()).toBe(true);
    expect(await tab.getByLabel('Comment (optional)').inputValue()).toBe('Quick & <b>friendly</b>.');
    expect(await p2.getByText('Choose an answer.').count()).toBe(1);
    const [pending] = await app.dataSource.query(`SELECT answered_at FROM satisfaction_survey WHERE token_hash IS NOT NULL AND respondent_name = 'Ola' ORDER BY created_at DESC LIMIT 1`);
    expect(pending.answered_at).toBeNull();

    await p2.getByRole('radio', { name: '2 – poorly' }).check();
    await submitted(tab, () => tab.getByRole('button', { name: 'Send answers' }).click());
    expect(await tab.getByRole('heading', { level: 1 }).textContent()).toBe('Thank you');
    const [answered] = await app.dataSource.query(
      `SELECT s.overall, s.comment, array_agg(a.score ORDER BY a.position) AS scores FROM satisfaction_survey s JOIN satisfaction_survey_answer a ON a.survey_id = s.id
       WHERE s.answered_at IS NOT NULL AND s.respondent_name = 'Ola' GROUP BY s.id`,
    );
    expect(answered).toEqual({ overall: 4, comment: 'Quick & <b>friendly</b>.', scores: [5, 2] });

    // Used up: the same page as an unknown link.
    const again = (await tab.goto(`${app.url}${link}`))!;
    expect(again.status()).toBe(404);
    expect(await tab.getByRole('heading', { level: 1 }).textContent()).toBe('This link does not work');
    const unknown = (await tab.goto(`${app.url}/s/${'B'.repeat(43)}`))!;
    expect(unknown.status()).toBe(404);
    expect(await tab.content()).toBe(await (await tab.goto(`${app.url}${link}`), tab.content()));

    // The token never reaches the log: the request lines name /s/[token].
    expect(logLines.some((l) => l.includes('/s/[token]'))).toBe(true);
    expect(logLines.filter((l) => l.includes(token))).toEqual([]);
    await tab.context().close();
  });

  it('is answered with the keyboard alone, in the respondent’s language', async () => {
    const link = await surveyLink('nl');
    const tab = await tabWithoutScript();
    await tab.goto(`${app.url}${link}`);
    expect(await tab.getAttribute('html', 'lang')).toBe('nl');
    // The layout's language links show the same survey in another of the organisation's languages, and back.
    await tab.getByRole('navigation').getByRole('link', { name: 'Norsk bokmål' }).click();
    expect(await tab.getAttribute('html', 'lang')).toBe('nb');
    expect(await tab.getByRole('heading', { level: 1 }).textContent()).toBe('Hvor fornøyd er du?');
    await tab.getByRole('navigation').getByRole('link', { name: 'Nederlands' }).click();
    expect(await tab.getByRole('heading', { level: 1 }).textContent()).toBe('Hoe tevreden bent u?');
    // Past the skip link and the language links, Tab into each radio group, choose with the arrow keys, then the comment and the button.
    for (let i = 0; i < 10 && (await tab.evaluate('document.activeElement && document.activeElement.type')) !== 'radio'; i++) await tab.keyboard.press('Tab');
    expect(await tab.evaluate('document.activeElement.id')).toBe('q0-1');
    await tab.keyboard.press('Space');
    await tab.keyboard.press('ArrowRight');
    await tab.keyboard.press('ArrowRight');
    await tab.keyboard.press('ArrowRight');
    await tab.keyboard.press('Tab');
    await tab.keyboard.press('Space');
    await tab.keyboard.press('ArrowRight');
    await tab.keyboard.press('Tab');
    await tab.keyboard.press('Space');
    await tab.keyboard.press('Tab');
    await tab.keyboard.type('Prima geholpen.');
    await tab.keyboard.press('Tab');
    expect(await tab.evaluate('document.activeElement && document.activeElement.textContent')).toBe('Antwoorden versturen');
    await submitted(tab, () => tab.keyboard.press('Enter'));
    expect(await tab.getByRole('heading', { level: 1 }).textContent()).toBe('Bedankt');
    const [answered] = await app.dataSource.query(
      `SELECT s.overall, s.comment, array_agg(a.score ORDER BY a.position) AS scores FROM satisfaction_survey s JOIN satisfaction_survey_answer a ON a.survey_id = s.id
       WHERE s.comment = 'Prima geholpen.' GROUP BY s.id`,
    );
    expect(answered).toEqual({ overall: 1, comment: 'Prima geholpen.', scores: [4, 2] });
    await tab.context().close();
  });

  it('has no serious or critical accessibility violations (axe-core): the form, the form with errors, the thanks and the invalid link', async () => {
    const link = await surveyLink('nb');
    const context = await browser.newContext({ bypassCSP: true });
    const tab = await context.newPage();
    await tab.goto(`${app.url}${link}`);
    expect(await seriousViolations(tab)).toEqual([]);
    await submitted(tab, () => tab.getByRole('button', { name: 'Send svar' }).click());
    expect(await tab.getByRole('alert').count()).toBe(1);
    expect(await seriousViolations(tab)).toEqual([]);
    for (const group of await tab.getByRole('group').all()) await group.getByRole('radio').nth(3).check();
    await submitted(tab, () => tab.getByRole('button', { name: 'Send svar' }).click());
    expect(await tab.getByRole('heading', { level: 1 }).textContent()).toBe('Takk');
    expect(await seriousViolations(tab)).toEqual([]);
    await tab.goto(`${app.url}${link}`);
    expect(await tab.getByRole('heading', { level: 1 }).textContent()).toBe('This link does not work');
    expect(await seriousViolations(tab)).toEqual([]);
    await context.close();
  });

  it('refuses an answer posted from another site, as the other public forms do', async () => {
    const link = await surveyLink('en');
    const post = (headers: Record<string, string>) =>
      fetch(`${app.url}${link}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: 'score.P1=5&score.P2=5&overall=5' });
    expect((await post({ origin: 'https://elsewhere.example' })).status).toBe(403);
    expect((await post({ 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    const [{ n }] = await app.dataSource.query(`SELECT count(*)::int AS n FROM satisfaction_survey WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex') AND answered_at IS NULL`, [
      link.slice('/s/'.length),
    ]);
    expect(n).toBe(1);
    expect((await post({ origin: app.url })).status).toBe(200);
  });

  it('spends the public budgets: past them the page answers 429 with Retry-After, in the browser’s language, and nothing is stored', async () => {
    // This service is reached at a public address of its own: links are made on it (PUBLIC_BASE_URL).
    const limited = await startTestApp({ RATE_LIMIT_READS_PER_ADDRESS: '2', RATE_LIMIT_SUBMISSIONS_PER_ADDRESS: '1', PUBLIC_BASE_URL: 'https://klant.example.nl' });
    try {
      const org = await limited.createOrganization('survey-budget', { languages: ['nl', 'en', 'nb'] });
      const fixture = await createCode(limited.dataSource, org, [CodeVersionStatus.PUBLISHED], ['P1']);
      const client = await limited.as(org, Role.QUALITY_MANAGER);
      const [survey] = (await client.data(CREATE, { input: { codeId: fixture.code.id, respondents: [{ respondentType: 'CLIENT', language: 'en' }] } })).createSatisfactionSurveys;
      expect(survey.link).toMatch(/^https:\/\/klant\.example\.nl\/s\/[A-Za-z0-9_-]{43}$/);
      const url = `${limited.url}${new URL(survey.link!).pathname}`;
      expect((await fetch(url)).status).toBe(200);
      expect((await fetch(url)).status).toBe(200);
      const third = await fetch(url, { headers: { 'accept-language': 'nb-NO,nb;q=0.9' } });
      expect(third.status).toBe(429);
      expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await third.text()).toContain('<h1>Vent litt</h1>');
      const post = (body: string) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body });
      expect((await post('overall=9')).status).toBe(400);
      expect((await post('score.P1=4&overall=4')).status).toBe(429);
      const [row] = await limited.dataSource.query(`SELECT answered_at FROM satisfaction_survey WHERE id = $1`, [survey.id]);
      expect(row.answered_at).toBeNull();
    } finally {
      await limited.close();
    }
  });
});

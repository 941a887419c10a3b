import { MESSAGES, PAGE_LANGUAGES, message } from '../../src/http/public-pages/messages';
import { escapeHtml, html } from '../../src/http/public-pages/html';
import { redactedUrl } from '../../src/observability/request-log';

describe('the public pages’ texts', () => {
  it('exist in every language the pages speak, none empty, with the same placeholders', () => {
    const missing: string[] = [];
    for (const [key, texts] of Object.entries(MESSAGES) as [string, Record<string, unknown>][]) {
      const placeholders = (text: unknown) => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
      for (const language of PAGE_LANGUAGES) {
        const text = texts[language];
        if (typeof text !== 'string' || !text.trim()) missing.push(`${key} (${language})`);
        else if (placeholders(text) !== placeholders(texts[PAGE_LANGUAGES[0]])) missing.push(`${key} (${language}: other placeholders)`);
      }
      for (const language of Object.keys(texts)) if (!(PAGE_LANGUAGES as readonly string[]).includes(language)) missing.push(`${key} (${language}: not a page language)`);
    }
    expect(missing).toEqual([]);
  });

  it('put values in where named and leave unknown ones as written', () => {
    expect(message('en', 'status.heading', { reference: 'K-2026-00001' })).toBe('Complaint K-2026-00001');
    expect(message('nb', 'error.rateLimited', { seconds: 30 })).toContain('30 sekunder');
    expect(message('nl', 'status.heading')).toBe('Klacht {reference}');
  });
});

describe('html', () => {
  it('escapes every value put in, and keeps nested html as it is', () => {
    const evil = `<script>alert("x")</script> & 'y'`;
    expect(escapeHtml(evil)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
    const inner = html`<b>${evil}</b>`;
    expect(html`<p title="${evil}">${inner}${null}${false}${[1, 2]}</p>`.value).toBe(
      `<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"><b>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</b>12</p>`,
    );
  });
});

describe('the request log’s URL', () => {
  it('never holds a tracking secret, nor a GraphQL GET’s query or variables', () => {
    expect(redactedUrl('/c/demo/track?lang=en&reference=K-2026-00001&secret=abcDEF_123')).toBe('/c/demo/track?lang=en&reference=K-2026-00001&secret=[redacted]');
    expect(redactedUrl('/graphql?operationName=Status&query=query%7Bx%7D&variables=%7B%22secret%22%3A%22s%22%7D')).toBe(
      '/graphql?operationName=Status&query=[redacted]&variables=[redacted]',
    );
    expect(redactedUrl('/c/demo/klantbeloften')).toBe('/c/demo/klantbeloften');
  });
});

import { createHash } from 'node:crypto';
import { Html, html } from './html';
import { message, PAGE_LANGUAGES, type MessageKey, type PageLanguage } from './messages';

/**
 * The public pages (a published code, the complaint form, its receipt, complaint tracking) as
 * server-rendered HTML: no script at all, semantic landmarks and headings, every input with its
 * label, errors summarised at the top and linked to their fields. Colours meet WCAG AA contrast
 * (text #1b1b1b on white 16.9:1, links #1d4ed8 8.6:1, errors #b00020 7.2:1, white on #1d4ed8 8.6:1)
 * and the keyboard focus is always visible.
 */

const STYLE = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#fff}
header,main,footer{max-width:44rem;margin:0 auto;padding:1rem}
header{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem;border-bottom:1px solid #6b6b6b}
header p{margin:0;font-weight:600}
nav ul{list-style:none;display:flex;gap:1rem;margin:0;padding:0}
a{color:#1d4ed8}
a:hover{color:#1e3a8a}
a:focus-visible,button:focus-visible,input:focus-visible,textarea:focus-visible,[tabindex]:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px;box-shadow:0 0 0 6px #fde047}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}
.skip:focus{left:1rem}
h1{font-size:1.75rem;line-height:1.25}
h2{font-size:1.3rem;margin-top:2rem}
.text{white-space:pre-line}
fieldset{border:1px solid #6b6b6b;margin:0 0 1.5rem;padding:1rem}
legend{font-weight:700;padding:0 .25rem}
label{display:block;font-weight:600;margin-top:1rem}
.hint{color:#4a4a4a;margin:.25rem 0}
input,textarea{display:block;width:100%;font:inherit;padding:.5rem;border:2px solid #1b1b1b;border-radius:0;margin-top:.25rem;color:#1b1b1b;background:#fff}
textarea{min-height:10rem}
[aria-invalid="true"]{border-color:#b00020;border-width:3px}
.error{color:#b00020;font-weight:600;margin:.25rem 0}
.error-summary{border:4px solid #b00020;padding:1rem;margin-bottom:1.5rem}
.error-summary h2{margin-top:0}
.error-summary a{color:#b00020;font-weight:600}
button{font:inherit;font-weight:600;color:#fff;background:#1d4ed8;border:2px solid #1d4ed8;padding:.6rem 1.2rem;margin-top:1.5rem;cursor:pointer}
button:hover{background:#1e3a8a}
.secret{font:1.1rem/1.4 ui-monospace,Menlo,Consolas,monospace;word-break:break-all;background:#f3f4f6;padding:.5rem;border:1px solid #6b6b6b}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dt{font-weight:600}
dd{margin:0}
article{border-top:1px solid #6b6b6b;margin-top:1rem}
footer{border-top:1px solid #6b6b6b;color:#4a4a4a;margin-top:2rem}
.options{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:.5rem}
.options label{display:flex;align-items:center;gap:.5rem;margin-top:0;font-weight:400;border:1px solid #6b6b6b;padding:.5rem .75rem;cursor:pointer}
.options input{display:inline-block;width:1.25rem;height:1.25rem;margin:0;padding:0}
fieldset[aria-invalid="true"]{border:3px solid #b00020}
`;

/** The Content-Security-Policy of every page: no script of any kind, only this stylesheet, forms only to this site, never framed. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`,
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * The headers of every public page: the policy above, no Referer (a tracking secret or a survey token
 * in the address never leaves with a link followed), nothing cached (a page may show a status or a
 * secret), no content-type sniffing.
 */
export const PAGE_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
} as const;

/** One page's frame: language, title, the organisation, the language links and the main content. */
export interface Frame {
  /** The language of the page's fixed texts (the `lang` of the document). */
  language: PageLanguage;
  title: string;
  organization?: string | null;
  /** The languages the page can be read in (BCP 47), and the one shown. */
  languages: readonly string[];
  current: string;
  /** The page's address in another language. */
  languageLink: (language: string) => string;
  /** Whether the title says the page shows errors. */
  hasErrors?: boolean;
}

/** A language's own name for itself: ours for the page languages, else the platform's, else the tag. */
export function languageName(tag: string): string {
  if ((PAGE_LANGUAGES as readonly string[]).includes(tag)) return message(tag as PageLanguage, 'language.name');
  try {
    const name = new Intl.DisplayNames([tag], { type: 'language' }).of(tag);
    return name ? name.charAt(0).toLocaleUpperCase(tag) + name.slice(1) : tag;
  } catch {
    return tag;
  }
}

export function page(frame: Frame, main: Html): string {
  const t = (key: MessageKey) => message(frame.language, key);
  const title = frame.hasErrors ? `${t('error.title')}: ${frame.title}` : frame.title;
  return html`<!doctype html>
<html lang="${frame.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${frame.organization ? `${title} – ${frame.organization}` : title}</title>
<style>${htmlStyle()}</style>
</head>
<body>
<a class="skip" href="#main">${t('skip')}</a>
<header>
${frame.organization ? html`<p>${frame.organization}</p>` : null}
<nav aria-label="${t('language.nav')}"><ul>${frame.languages.map((l) =>
    l === frame.current
      ? html`<li><a href="${frame.languageLink(l)}" lang="${l}" hreflang="${l}" aria-current="page">${languageName(l)}</a></li>`
      : html`<li><a href="${frame.languageLink(l)}" lang="${l}" hreflang="${l}">${languageName(l)}</a></li>`,
  )}</ul></nav>
</header>
<main id="main" tabindex="-1">
${main}
</main>
<footer><p>${t('footer')}</p></footer>
</body>
</html>
`.value;
}

/** The stylesheet is fixed text of ours (its hash is in the CSP): put in as it is. */
function htmlStyle(): Html {
  return new Html(STYLE);
}

/** The day of an instant as people read it in `language`, in the organisation's time zone (where its days are counted). */
export function day(value: string | Date, language: PageLanguage, timeZone: string): string {
  return new Intl.DateTimeFormat(language === 'nb' ? 'nb-NO' : language === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeZone }).format(new Date(value));
}

import type { ApolloServerPlugin } from '@apollo/server';

/**
 * A small GraphQL console served from the process itself (no CDN), for development: write a
 * query, variables and a bearer token, run it, read the JSON answer. Disabled in production.
 */
const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Code-of-conduct service – GraphQL console</title>
<style>
 body{font-family:system-ui,sans-serif;margin:0;display:grid;grid-template-rows:auto 1fr;height:100vh}
 header{padding:.5rem 1rem;background:#1f3a5f;color:#fff;display:flex;gap:1rem;align-items:center}
 header input{flex:1;font-family:monospace}
 main{display:grid;grid-template-columns:1fr 1fr;gap:.5rem;padding:.5rem;min-height:0}
 section{display:flex;flex-direction:column;min-height:0}
 textarea,pre{flex:1;font-family:ui-monospace,monospace;font-size:13px;border:1px solid #ccc;padding:.5rem;margin:0;overflow:auto}
 #vars{flex:0 0 8rem} button{padding:.3rem 1rem}
</style></head>
<body>
<header><strong>GraphQL console</strong>
 <input id="token" placeholder="Bearer token (npm run token -- --org demo --roles QUALITY_MANAGER)">
 <button id="run">Run ▶</button></header>
<main>
 <section><textarea id="query" spellcheck="false">query Me {\\n  me { id roles organizationSlug user { name email } }\\n  organization { name timezone holidayCountry complaintPolicy { acknowledgeWithin acknowledgeUnit resolveWithin resolveUnit } }\\n}</textarea>
 <textarea id="vars" spellcheck="false">{}</textarea></section>
 <section><pre id="out">Press Run (Ctrl+Enter).</pre></section>
</main>
<script>
const $ = (id) => document.getElementById(id);
$('token').value = localStorage.getItem('token') || '';
async function run() {
  localStorage.setItem('token', $('token').value);
  let variables = {};
  try { variables = JSON.parse($('vars').value || '{}'); } catch (e) { $('out').textContent = 'Variables are not JSON: ' + e.message; return; }
  const headers = { 'content-type': 'application/json' };
  if ($('token').value.trim()) headers.authorization = 'Bearer ' + $('token').value.trim();
  const res = await fetch(location.pathname, { method: 'POST', headers, body: JSON.stringify({ query: $('query').value, variables }) });
  $('out').textContent = res.status + '\\n' + JSON.stringify(await res.json(), null, 2);
}
$('run').onclick = run;
document.addEventListener('keydown', (e) => { if (e.ctrlKey && e.key === 'Enter') run(); });
</script></body></html>`;

export function landingPage(): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}

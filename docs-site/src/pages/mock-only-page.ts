// A page for a function the mock implements that no document of the model describes (FindNextFileW,
// WSAStartup, ...): its signature, its DLL, the rules that cover it, and "Try it" — so every mocked
// function can be tried, documented or not.
import { html } from '../html.js';
import type { PageSpec } from '../layout.js';
import type { MockedFunction } from '../load-inputs.js';
import { mockOnlyPath, PATHS, rel, rulePath } from '../paths.js';
import type { SiteData } from '../site-data.js';
import { tryItPanel } from '../try-it/try-it-form.js';

export function mockOnlyPage(mocked: MockedFunction, data: SiteData): PageSpec {
  const path = mockOnlyPath(mocked.dll, mocked.name);
  const rules = data.rulesByApi.get(mocked.name) ?? [];
  const body = html`<article class="entry">
<h1><code>${mocked.name}</code></h1>
<p class="badges"><span class="badge">function</span> <span class="badge">${mocked.dll}</span> <a class="badge mocked" href="#try-it">mocked</a></p>
<p>winhandle's mock implements <code>${mocked.dll}.${mocked.name}</code>, but no document of the model describes it:
this page shows what the mock accepts. Run <code>winhandle generate</code> with its Microsoft Docs page to get the full reference.</p>
<section id="syntax"><h2>Signature the mock checks</h2><pre><code class="language-c">${mocked.signature.text}</code></pre></section>
${rules.length > 0 ? html`<section id="mock-rules"><h2>Rules the mock enforces</h2><ul>${rules.map((r) => html`<li><a href="${rel(path, rulePath(r.id))}">${r.title}</a> <span class="badge">${r.kind}</span></li>`)}</ul></section>` : ''}
${tryItPanel(mocked)}
</article>`;
  return { path, title: `${mocked.name} (mock)`, body, scripts: [PATHS.tryItScript] };
}

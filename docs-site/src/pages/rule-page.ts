// The rule catalogue: every rule the mock enforces, the sentence it comes from (quoted, with a
// link to the published document), what the mock does, the APIs it covers and the test showing it.
import type { Rule } from '../../../mocks/index.js';
import type { SourceRef } from '../attribution.js';
import { externalLink, html, type Html } from '../html.js';
import type { PageSpec } from '../layout.js';
import { entryPath, PATHS, rel, slug } from '../paths.js';
import { sourcePage, type SiteData } from '../site-data.js';

const KIND_TEXT: Record<Rule['kind'], string> = {
  behaviour: 'documented behaviour: the same result in strict and lenient mode',
  violation: 'violation: strict mode throws RuleViolation at the call, lenient mode does what Windows does and records it',
  fatal: 'fatal: Windows raises (bug check or exception); thrown and recorded in every mode',
  report: 'report: checked over a whole test (leaks(), undocumentedStatuses())',
};

function apiLinks(rule: Rule, data: SiteData, page: string): Html[] {
  return rule.apis.map((api, i) => {
    const entry = (data.byName.get(api) ?? [])[0];
    const name = entry ? html`<a href="${rel(page, entryPath(entry.id))}"><code>${api}</code></a>` : html`<code>${api}</code>`;
    return html`${i > 0 ? ', ' : ''}${name}`;
  });
}

function ruleSection(rule: Rule, data: SiteData, page: string): { html: Html; source: SourceRef } {
  const source = sourcePage(data, rule.document);
  const title = source.entry ? `${source.entry.name} (${source.entry.header}.h)` : rule.document.split('/').pop()!;
  const doc = source.url ? html`${externalLink(source.url, title)} <span class="muted">(${rule.document})</span>` : html`<code>${rule.document}</code>`;
  return {
    source: { title, ...(source.url ? { url: source.url } : {}), file: rule.document },
    html: html`<section class="rule" id="${slug(rule.id)}">
<h2>${rule.title}</h2>
<p class="badges"><code>${rule.id}</code> <span class="badge">${rule.kind}</span></p>
<blockquote><p>${rule.quote}</p><footer>— ${doc}</footer></blockquote>
<dl class="rule-facts">
<dt>What the mock does</dt><dd>${rule.outcome}</dd>
<dt>Kind</dt><dd>${KIND_TEXT[rule.kind]}</dd>
<dt>APIs</dt><dd>${apiLinks(rule, data, page)}</dd>
<dt>Test</dt><dd><code>${rule.test}</code></dd>
</dl>
</section>`,
  };
}

export function rulePage(data: SiteData): PageSpec {
  const path = PATHS.rules;
  const sections = data.rules.map((r) => ruleSection(r, data, path));
  const toc = data.rules.map((r) => html`<li><a href="#${slug(r.id)}">${r.title}</a> <span class="badge">${r.kind}</span></li>`);
  const body = html`<h1>Rules the mock enforces</h1>
<p>Each rule of winhandle's mock comes from one sentence of a Microsoft document; the generator checks that
the sentence is still there. ${data.rules.length} rules.</p>
<nav class="toc" aria-label="Rules"><ol>${toc}</ol></nav>
${sections.map((s) => s.html)}`;
  return { path, title: 'Rule catalogue', body, sources: sections.map((s) => s.source) };
}

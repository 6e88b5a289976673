// The code index: an overview page linking every group page, and group pages with one row per
// code of the table (anchor = code name), so every code has an address even without a page.
import { html } from '../html.js';
import type { PageSpec } from '../layout.js';
import { PATHS, rel, statusGroupPath, statusPath } from '../paths.js';
import type { SiteData } from '../site-data.js';
import type { StatusGroup } from '../status-groups.js';
import { hex32, ntStatusParts } from '../status-facts.js';

export function statusIndexPage(groups: readonly StatusGroup[], data: SiteData): PageSpec {
  const path = PATHS.statusIndex;
  const documented = [...data.documentedBy.keys()].filter((n) => data.statusByName.has(n)).sort();
  const list = (kind: 'ntstatus' | 'win32') => groups.filter((g) => g.codes[0]?.kind === kind)
    .map((g) => html`<li><a href="${rel(path, statusGroupPath(g.key))}">${g.title}</a> <span class="muted">(${g.codes.length})</span></li>`);
  const body = html`<h1>Status codes</h1>
<p>All ${data.statusCodes.length} NTSTATUS and Win32 error codes of the table. Search by name or by value (<code>0xC0000008</code>, <code>6</code>) in the box above.</p>
<h2>Codes the documents list</h2>
<p class="columns">${documented.map((n) => html`<a href="${rel(path, statusPath(n))}"><code>${n}</code></a> `)}</p>
<div class="two-columns"><section><h2>NTSTATUS by facility</h2><ul>${list('ntstatus')}</ul></section>
<section><h2>Win32 errors</h2><ul>${list('win32')}</ul></section></div>`;
  return { path, title: 'Status codes', body, notes: html`<p class="muted">Names and values: ${data.statusSource}.</p>` };
}

export function statusGroupPage(group: StatusGroup, data: SiteData): PageSpec {
  const path = statusGroupPath(group.key);
  const rows = group.codes.map((c) => {
    const page = data.documentedBy.has(c.name);
    const name = page ? html`<a href="${rel(path, statusPath(c.name))}"><code>${c.name}</code></a>` : html`<code>${c.name}</code>`;
    const severity = c.kind === 'ntstatus' ? ntStatusParts(c.value).severity : '';
    return html`<tr id="${c.name}"><td>${name}</td><td><code>${hex32(c.value)}</code></td><td>${c.value >>> 0}</td><td>${severity}</td></tr>`;
  });
  const body = html`<h1>${group.title}</h1>
<p><a href="${rel(path, PATHS.statusIndex)}">All status codes</a> · ${group.codes.length} codes · linked names have a page with the functions that document them.</p>
<table class="codes index"><thead><tr><th>Name</th><th>Hex</th><th>Decimal</th><th>Severity</th></tr></thead><tbody>${rows}</tbody></table>`;
  return { path, title: group.title, body, notes: html`<p class="muted">Names and values: ${data.statusSource}.</p>` };
}

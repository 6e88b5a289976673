// One page per status code a document lists: value, severity, facility, the functions that
// document it with the meaning each gives, and other names for the same value.
import type { StatusCode } from '../../../generator/model/schema.js';
import { html, type Html } from '../html.js';
import type { PageSpec } from '../layout.js';
import { entryPath, rel, statusGroupPath, statusPath } from '../paths.js';
import { renderInline } from '../render-markdown.js';
import type { SiteData } from '../site-data.js';
import { groupKey } from '../status-groups.js';
import { hex32, hexFacility, hresultFromWin32, ntStatusParts } from '../status-facts.js';
import { entrySources } from './function-page.js';

function facts(code: StatusCode): [string, Html | string][] {
  const rows: [string, Html | string][] = [['Value', html`<code>${hex32(code.value)}</code> (${code.value >>> 0} decimal)`]];
  if (code.kind === 'ntstatus') {
    const p = ntStatusParts(code.value);
    rows.push(['Severity', p.severity], ['Facility', html`<code>${hexFacility(p.facility)}</code>`],
      ['Code', html`<code>0x${p.code.toString(16).toUpperCase().padStart(4, '0')}</code>`],
      ['Customer code', p.customer ? 'yes' : 'no'],
      ['NT_SUCCESS', p.severity === 'Success' || p.severity === 'Informational' ? 'true' : 'false']);
  } else {
    rows.push(['Kind', 'Win32 error code (GetLastError)'], ['As HRESULT', html`<code>${hex32(hresultFromWin32(code.value))}</code> (HRESULT_FROM_WIN32, facility 7)`]);
  }
  rows.push(['Header', html`<code>${code.header}</code>`]);
  return rows;
}

export function statusPage(code: StatusCode, data: SiteData): PageSpec {
  const path = statusPath(code.name);
  const documented = data.documentedBy.get(code.name) ?? [];
  const sameValue = data.statusCodes.filter((c) => c.value === code.value && c.kind === code.kind && c.name !== code.name);
  const uses = documented.map(({ entry, meaning }) => html`<tr><td><a href="${rel(path, entryPath(entry.id))}"><code>${entry.name}</code></a> <span class="muted">(${entry.header})</span></td><td>${renderInline(meaning)}</td></tr>`);
  const body = html`<article>
<h1><code>${code.name}</code></h1>
<p class="badges"><span class="badge">${code.kind === 'ntstatus' ? 'NTSTATUS' : 'Win32 error'}</span></p>
<table class="facts"><tbody>${facts(code).map(([k, v]) => html`<tr><th scope="row">${k}</th><td>${v}</td></tr>`)}</tbody></table>
<section id="documented-by"><h2>Documented by</h2>
${uses.length === 0 ? html`<p>No function of the model lists this code.</p>` : html`<table class="codes"><thead><tr><th>Function</th><th>Meaning given there</th></tr></thead><tbody>${uses}</tbody></table>`}
</section>
${sameValue.length > 0 ? html`<section id="same-value"><h2>Same value</h2><p>${sameValue.map((c, i) => html`${i > 0 ? ', ' : ''}<code>${c.name}</code>`)}</p></section>` : ''}
<p><a href="${rel(path, `${statusGroupPath(groupKey(code))}#${code.name}`)}">All codes near this one</a></p>
</article>`;
  return {
    path, title: code.name, body, sources: documented.flatMap(({ entry }) => entrySources(entry).slice(0, 1)),
    notes: html`<p class="muted">Names and values: ${data.statusSource} (${code.header}).</p>`,
  };
}

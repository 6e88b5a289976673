// The front page (DLL interfaces and what they export), the function index and the search page.
import type { Entry } from '../../../generator/model/schema.js';
import { html, type Html } from '../html.js';
import type { PageSpec } from '../layout.js';
import { entryPath, mockOnlyPath, PATHS, rel } from '../paths.js';
import { renderInline } from '../render-markdown.js';
import { mockFor, type SiteData } from '../site-data.js';

/** The first sentence of a description, for lists. */
function summary(entry: Entry): Html {
  const first = entry.description.split(/\n\s*\n/)[0] ?? '';
  return renderInline(first.length > 240 ? `${first.slice(0, first.lastIndexOf(' ', 240))} …` : first);
}

function entryRows(entries: readonly Entry[], data: SiteData, page: string): Html {
  const rows = entries.map((e) => html`<tr><td><a href="${rel(page, entryPath(e.id))}"><code>${e.name}</code></a>${mockFor(data, e) ? html` <span class="badge mocked">mocked</span>` : ''}${e.deprecation ? html` <span class="badge warn">deprecated</span>` : ''}</td><td class="muted">${e.header}</td><td>${summary(e)}</td></tr>`);
  return html`<table class="entries"><tbody>${rows}</tbody></table>`;
}

export function homePage(data: SiteData): PageSpec {
  const path = PATHS.home;
  const dlls = Object.entries(data.model.dlls).sort(([a], [b]) => a.localeCompare(b)).map(([iface, dll]) => {
    const entries = dll.entries.map((id) => data.byId.get(id)).filter((e): e is Entry => e !== undefined)
      .sort((a, b) => a.name.localeCompare(b.name));
    return html`<section><h2><code>${iface}</code> <span class="muted">${dll.image}, ${dll.mode} mode</span></h2>${entryRows(entries, data, path)}</section>`;
  });
  const body = html`<h1>winhandle</h1>
<p>The Windows handle APIs, generated from Microsoft's documentation: every declaration with its return codes and
requirements, every NTSTATUS and Win32 error code, and the rules winhandle's mock enforces, each tied to its sentence.
Functions marked <span class="badge mocked">mocked</span> can be called in the page with “Try it”.</p>
<p><a href="${rel(path, PATHS.functions)}">All ${data.entries.length} entries</a> ·
<a href="${rel(path, PATHS.statusIndex)}">${data.statusCodes.length} status codes</a> ·
<a href="${rel(path, PATHS.rules)}">${data.rules.length} rules</a> ·
<a href="${rel(path, PATHS.api)}">TypeScript API reference</a></p>
${dlls}
${data.mockOnly.length > 0 ? html`<section><h2>Mocked, not yet in the model</h2><p>${data.mockOnly.map((m) => html`<a href="${rel(path, mockOnlyPath(m.dll, m.name))}"><code>${m.dll}.${m.name}</code></a> `)}</p></section>` : ''}`;
  return { path, title: 'Windows handle APIs', body, sources: data.entries.map((e) => ({ title: `${e.name} (${e.header}.h)`, ...(e.docUrl ? { url: e.docUrl } : {}) })) };
}

export function functionIndexPage(data: SiteData): PageSpec {
  const path = PATHS.functions;
  const headers = [...new Set(data.entries.map((e) => e.header))].sort();
  const sections = headers.map((h) => html`<section id="${h}"><h2><code>${h}.h</code></h2>${entryRows(data.entries.filter((e) => e.header === h), data, path)}</section>`);
  const body = html`<h1>Functions and types by header</h1>
<p>${headers.map((h, i) => html`${i > 0 ? ' · ' : ''}<a href="#${h}">${h}</a>`)}</p>
${sections}`;
  return { path, title: 'Functions', body, sources: data.entries.map((e) => ({ title: `${e.name} (${e.header}.h)`, ...(e.docUrl ? { url: e.docUrl } : {}) })) };
}

export function searchPage(): PageSpec {
  return {
    path: PATHS.search, title: 'Search',
    body: html`<h1>Search</h1><p class="muted">Functions by name, status codes by name or value (<code>0xC0000008</code>, <code>3221225480</code>), rules by id or title.</p>
<ol id="search-page-results" class="search-page-results"></ol>`,
  };
}

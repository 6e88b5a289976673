// The sections of a function (or struct, enum) page, each a small function of the entry.
import type { Entry } from '../../../generator/model/schema.js';
import { externalLink, html, type Html } from '../html.js';
import { entryPath, rel, rulePath, slug, statusPath } from '../paths.js';
import { renderInline, renderMarkdown } from '../render-markdown.js';
import { returnCodes, withoutCodeTables } from '../return-codes.js';
import { cSyntax, tsSignature } from '../signatures.js';
import type { SiteData } from '../site-data.js';
import { hex32 } from '../status-facts.js';

export type Section = (entry: Entry, data: SiteData, page: string) => Html;

const section = (id: string, title: string, body: Html): Html => html`<section id="${id}"><h2>${title}</h2>\n${body}</section>\n`;
const DIRECTION = { in: 'in', out: 'out', 'in-out': 'in, out' } as const;

/** The entry's declaration in the typedoc reference, when typedoc placed one. */
export function apiLink(entry: Entry, data: SiteData, page: string): Html {
  const url = data.apiUrls.get(`${entry.header}.${entry.name}`) ?? data.apiUrls.get(entry.name);
  return url === undefined ? html`` : html`<p class="api-link">TypeScript declaration: <a href="${rel(page, url)}"><code>${entry.name}</code> in the API reference</a></p>`;
}

export const syntaxSection: Section = (entry, data, page) => {
  if (entry.kind !== 'function' && entry.kind !== 'callback') return apiLink(entry, data, page);
  return section('syntax', 'Syntax', html`<h3>C</h3><pre><code class="language-c">${cSyntax(entry)}</code></pre>
<h3>TypeScript</h3><pre><code class="language-ts">${tsSignature(entry)}</code></pre>${apiLink(entry, data, page)}
<p class="muted">Handles, BOOLs and status codes are numbers; out parameters are one-element arrays such as <code>[0]</code>; strings are JavaScript strings.</p>`);
};

export const parametersSection: Section = (entry) => {
  if (entry.parameters.length === 0) return html``;
  const items = entry.parameters.map((p) => html`<dt id="param-${slug(p.name)}"><code>${p.name}</code> <span class="badge">${DIRECTION[p.direction]}${p.optional ? ', optional' : ''}</span> <code class="type">${p.type.c}</code></dt>
<dd>${renderMarkdown(p.description)}</dd>`);
  return section('parameters', 'Parameters', html`<dl class="params">${items}</dl>`);
};

export function codeCell(name: string, data: SiteData, page: string): Html {
  return data.statusByName.has(name) ? html`<a href="${rel(page, statusPath(name))}"><code>${name}</code></a>` : html`<code>${name}</code>`;
}

export const returnSection: Section = (entry, data, page) => {
  const ret = entry.return;
  if (ret === undefined) return html``;
  const codes = returnCodes(entry, data.statusByName);
  const rows = codes.map((c) => html`<tr><td>${codeCell(c.name, data, page)}</td><td><code>${c.value === undefined ? '' : hex32(c.value)}</code></td><td>${renderInline(c.meaning)}</td></tr>`);
  const table = rows.length === 0 ? html`` : html`<table class="codes"><thead><tr><th>Return code</th><th>Value</th><th>Meaning</th></tr></thead><tbody>${rows}</tbody></table>`;
  const text = withoutCodeTables(ret.description, new Set(codes.map((c) => c.name)));
  return section('return-value', 'Return value', html`<p>Type: <code class="type">${ret.type.c}</code></p>${renderMarkdown(text)}${table}`);
};

export const fieldsSection: Section = (entry) => {
  if (entry.fields.length === 0 && entry.members.length === 0) return html``;
  const fields = entry.fields.map((f) => html`<dt><code>${f.path.join('.') || f.name}</code> <code class="type">${f.type.c}</code></dt><dd>${renderMarkdown(f.description)}</dd>`);
  const members = entry.members.map((m) => html`<dt><code>${m.name}</code>${m.value === undefined ? '' : html` = <code>${m.value}</code>`}</dt><dd>${renderMarkdown(m.description)}</dd>`);
  return section('members', entry.kind === 'enum' ? 'Constants' : 'Members', html`<dl class="params">${fields}${members}</dl>`);
};

export const remarksSection: Section = (entry) =>
  entry.remarks.trim() === '' ? html`` : section('remarks', 'Remarks', renderMarkdown(entry.remarks));

export const requirementsSection: Section = (entry, data) => {
  const r = entry.requirements;
  const iface = entry.dllInterface;
  const image = iface === undefined ? undefined : data.model.dlls[iface]?.image;
  const rows: [string, Html | string | undefined][] = [
    ['Minimum supported client', r.minClient], ['Minimum supported server', r.minServer], ['Target platform', r.targetType],
    ['Header', html`<code>${r.header}</code>${r.includeHeaders.length > 0 ? html` (include ${r.includeHeaders.join(', ')})` : ''}`],
    ['Library', r.library], ['DLL', r.dll],
    ['winhandle interface', iface === undefined ? undefined : html`<code>${iface}</code>${image ? ` (${image})` : ''}, ${entry.mode} mode`],
    ['IRQL', r.irql],
    ['DDI compliance rules', r.ddiCompliance.length === 0 ? undefined : html`${r.ddiCompliance.map((d, i) => html`${i > 0 ? ', ' : ''}<code>${d}</code>`)}`],
    ['Import library', entry.noImportLibrary ? 'none: find the function with GetProcAddress' : undefined],
  ];
  const body = rows.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => html`<tr><th scope="row">${k}</th><td>${v}</td></tr>`);
  return section('requirements', 'Requirements', html`<table class="requirements"><tbody>${body}</tbody></table>`);
};

export const rulesSection: Section = (entry, data, page) => {
  const rules = data.rulesByApi.get(entry.name) ?? [];
  if (rules.length === 0) return html``;
  const items = rules.map((r) => html`<li><a href="${rel(page, rulePath(r.id))}">${r.title}</a> <span class="badge">${r.kind}</span></li>`);
  return section('mock-rules', 'Rules the mock enforces', html`<ul>${items}</ul>`);
};

function entryLink(id: string, data: SiteData, page: string): Html {
  const target = data.byId.get(id);
  return target ? html`<a href="${rel(page, entryPath(target.id))}"><code>${target.name}</code></a> (${target.header})` : html`<code>${id}</code>`;
}

export const relatedSection: Section = (entry, data, page) => {
  const twin = entry.twin ? html`<li>Nt/Zw twin: ${entryLink(entry.twin, data, page)} — ${entry.name.startsWith('Zw') ? 'the Nt version keeps the caller\'s previous mode' : 'the Zw version runs with previous mode KernelMode'}</li>` : '';
  const others = (data.byName.get(entry.name) ?? []).filter((e) => e.id !== entry.id)
    .map((e) => html`<li>Also documented in <code>${e.header}</code>: ${entryLink(e.id, data, page)}</li>`);
  const see = entry.seeAlso.map((s) => {
    if (s.target && data.byId.has(s.target)) return html`<li>${entryLink(s.target, data, page)}</li>`;
    return html`<li>${externalLink(s.url, s.text)}</li>`;
  });
  if (!twin && others.length === 0 && see.length === 0) return html``;
  return section('see-also', 'See also', html`<ul>${twin}${others}${see}</ul>`);
};

export function deprecationBanner(entry: Entry, data: SiteData, page: string): Html {
  const d = entry.deprecation;
  if (d === undefined) return html``;
  const replacement = d.replacement ? (data.byName.get(d.replacement) ?? [])[0] : undefined;
  const use = replacement ? html` Use <a href="${rel(page, entryPath(replacement.id))}"><code>${replacement.name}</code></a> instead.` : d.replacement ? html` Use <code>${d.replacement}</code> instead.` : '';
  return html`<div class="deprecated" role="note"><strong>Deprecated.</strong> ${renderInline(d.message)}${use}</div>`;
}

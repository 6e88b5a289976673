// One page per entry of the model: description, syntax, parameters, return codes, remarks,
// requirements, the mock's rules, "Try it" when the mock implements it, twins and see-also.
import type { Entry } from '../../../generator/model/schema.js';
import { html } from '../html.js';
import type { PageSpec } from '../layout.js';
import { entryPath, PATHS } from '../paths.js';
import { renderMarkdown } from '../render-markdown.js';
import { mockFor, type SiteData } from '../site-data.js';
import { tryItPanel } from '../try-it/try-it-form.js';
import {
  deprecationBanner, fieldsSection, parametersSection, relatedSection, remarksSection, requirementsSection, returnSection,
  rulesSection, syntaxSection,
} from './entry-sections.js';

const SECTIONS = [syntaxSection, parametersSection, fieldsSection, returnSection, remarksSection, requirementsSection, rulesSection, relatedSection];

export function entrySources(entry: Entry): { title: string; url?: string; file?: string }[] {
  const [first, ...rest] = entry.sources;
  return [
    { title: `${entry.name} (${entry.header}.h)`, ...(entry.docUrl ? { url: entry.docUrl } : {}), ...(first ? { file: first } : {}) },
    ...rest.map((file) => ({ title: `${entry.name}, other source`, file })),
  ];
}

export function functionPage(entry: Entry, data: SiteData): PageSpec {
  const path = entryPath(entry.id);
  const mocked = mockFor(data, entry);
  const badges = html`<span class="badge">${entry.kind}</span> <span class="badge">${entry.header}.h</span> <span class="badge">${entry.mode} mode</span>${mocked ? html` <a class="badge mocked" href="#try-it">mocked</a>` : ''}${entry.deprecation ? html` <span class="badge warn">deprecated</span>` : ''}`;
  const body = html`<article class="entry">
<h1><code>${entry.name}</code></h1>
<p class="badges">${badges}</p>
${deprecationBanner(entry, data, path)}
<section id="description">${renderMarkdown(entry.description)}</section>
${SECTIONS.map((s) => s(entry, data, path))}
${mocked ? tryItPanel(mocked) : ''}
</article>`;
  return {
    path, title: `${entry.name} (${entry.header})`, body, sources: entrySources(entry),
    ...(mocked ? { scripts: [PATHS.tryItScript] } : {}),
  };
}

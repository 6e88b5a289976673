// CC-BY-4.0 attribution of the Microsoft documents a page is derived from, with links to them.
import { externalLink, html, type Html } from './html.js';

export interface SourceRef {
  /** What to call the document: its function name or title. */
  title: string;
  url?: string;
  /** Repository path of the copy the generator read. */
  file?: string;
}

const LICENSE = 'https://creativecommons.org/licenses/by/4.0/';

export function attribution(sources: readonly SourceRef[]): Html {
  if (sources.length === 0) return html``;
  const seen = new Set<string>();
  const unique = sources.filter((s) => {
    const key = `${s.title}|${s.url ?? s.file ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const items = unique.map((s) => html`<li>${externalLink(s.url, s.title)}${s.file ? html` <span class="muted">(${s.file})</span>` : ''}</li>`);
  return html`<section class="attribution" aria-label="Attribution">
<p>Derived from Microsoft documentation © Microsoft Corporation, licensed under
${externalLink(LICENSE, 'Creative Commons Attribution 4.0 International (CC BY 4.0)')}.
winhandle converted, reorganised and linked the text; the originals:</p>
<ul>${items}</ul>
</section>`;
}

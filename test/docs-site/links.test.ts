// Every internal link of the site resolves: a crawl from the front page over href and src of
// every page (ours and typedoc's), plus every path of the search index, with #fragments checked
// against the ids of their page.
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { PATHS } from '../../docs-site/src/paths.js';
import type { SearchIndex } from '../../docs-site/src/search-index.js';
import { useSite } from './support.js';

const site = useSite();
const parser = unified().use(rehypeParse);

interface Node { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[] }

function scan(html: string): { links: string[]; ids: Set<string> } {
  const links: string[] = [];
  const ids = new Set<string>();
  const visit = (node: Node): void => {
    const props = node.properties ?? {};
    for (const key of ['href', 'src']) if (typeof props[key] === 'string') links.push(props[key]);
    if (typeof props.id === 'string') ids.add(props.id);
    if (typeof props.name === 'string' && node.tagName === 'a') ids.add(props.name);
    for (const child of node.children ?? []) visit(child);
  };
  visit(parser.parse(html) as Node);
  return { links, ids };
}

describe('links', () => {
  it('every internal link and search result resolves, fragments included', async () => {
    const root = new URL(site.current.url);
    const pages = new Map<string, Set<string> | 'not-html'>();
    const broken: string[] = [];
    const fragments: { from: string; to: URL }[] = [];
    const queue = [new URL(PATHS.home, root)];
    const index = (await (await fetch(new URL(PATHS.searchIndex, root))).json()) as SearchIndex;
    const fromIndex = [...index.functions.map((f) => f[2]), ...index.codes.map((c) => c[2]), ...index.rules.map((r) => r[2])];
    for (const path of fromIndex) {
      const url = new URL(path, root);
      queue.push(url);
      if (url.hash) fragments.push({ from: PATHS.searchIndex, to: url });
    }
    while (queue.length > 0) {
      const url = queue.pop()!;
      const key = url.origin + url.pathname;
      if (pages.has(key)) continue;
      const response = await fetch(key);
      if (response.status !== 200) {
        broken.push(`${response.status} ${url.pathname}`);
        pages.set(key, 'not-html');
        continue;
      }
      if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) {
        pages.set(key, 'not-html');
        await response.arrayBuffer();
        continue;
      }
      const { links, ids } = scan(await response.text());
      pages.set(key, ids);
      for (const link of links) {
        const target = new URL(link, url);
        if (target.origin !== root.origin) {
          expect(target.protocol, `${url.pathname} → ${link}`).toMatch(/^https?:$/);
          continue;
        }
        if (target.hash.length > 1) fragments.push({ from: url.pathname, to: target });
        queue.push(target);
      }
    }
    for (const { from, to } of fragments) {
      const ids = pages.get(to.origin + to.pathname);
      const id = decodeURIComponent(to.hash.slice(1));
      if (ids instanceof Set && !ids.has(id)) broken.push(`#${id} missing on ${to.pathname} (linked from ${from})`);
    }
    expect(broken).toEqual([]);
    const htmlPages = [...pages.values()].filter((v) => v !== 'not-html').length;
    expect(htmlPages).toBeGreaterThanOrEqual(site.current.summary.pages);
  });
});

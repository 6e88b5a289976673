// A hostile model (script tags, event handlers, javascript: and data: URLs, iframes, objects,
// base/meta/style tricks, in every text field, in names, headers and URLs) builds a site where
// nothing of it executes: checked in the DOM of every page (no element or attribute that could
// run it survives sanitizing) and in Chromium (no __pwned, no dialog, no request elsewhere).
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { FIXTURES, openSettled, useBrowser, useSite } from './support.js';

const site = useSite(join(FIXTURES, 'hostile/api-model.json'));
const browser = useBrowser();

interface Node { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[]; value?: string }

const FORBIDDEN_TAGS = new Set(['iframe', 'object', 'embed', 'base', 'style', 'img', 'svg', 'math', 'frame', 'frameset', 'applet']);

async function ourPages(dir: string): Promise<string[]> {
  const all = await readdir(dir, { recursive: true });
  return all.filter((f) => f.endsWith('.html') && !f.startsWith('api/')).map((f) => f.split('\\').join('/')).sort();
}

/** Every way the markup of a page could run something, as readable findings. */
function dangers(markup: string): string[] {
  const found: string[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'element') {
      const tag = node.tagName!;
      const props = node.properties ?? {};
      if (FORBIDDEN_TAGS.has(tag)) found.push(`<${tag}>`);
      if (tag === 'script' && !(props.type === 'module' && typeof props.src === 'string' && /^(\.\.\/)*assets\/[a-z-]+\.js$/.test(props.src))) found.push(`<script ${JSON.stringify(props)}>`);
      if (tag === 'meta' && props.httpEquiv !== undefined && String(props.httpEquiv) !== 'Content-Security-Policy') found.push(`<meta http-equiv=${String(props.httpEquiv)}>`);
      for (const [key, value] of Object.entries(props)) {
        if (/^on/i.test(key)) found.push(`${tag}[${key}]`);
        if (['href', 'src', 'action', 'formAction', 'data', 'xLinkHref'].includes(key) && /^\s*(javascript|data|vbscript):/i.test(String(value))) found.push(`${tag}[${key}=${String(value)}]`);
        if (key === 'srcDoc' || key === 'style') found.push(`${tag}[${key}]`);
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(unified().use(rehypeParse).parse(markup) as Node);
  return found;
}

describe('hostile documents', () => {
  it('no page of the site keeps an element or attribute that could run document content', async () => {
    const pages = await ourPages(site.current.dir);
    expect(pages.length).toBeGreaterThan(10);
    const findings: string[] = [];
    for (const page of pages) {
      const markup = await readFile(join(site.current.dir, page), 'utf8');
      for (const d of dangers(markup)) findings.push(`${page}: ${d}`);
    }
    expect(findings).toEqual([]);
    // The hostile text is still there, as text: nothing was lost, nothing runs.
    const entryPage = pages.find((p) => p.includes('HostileClose'))!;
    const text = await readFile(join(site.current.dir, entryPage), 'utf8');
    expect(text).toMatch(/<code class="language-html">&#x3C;script>window\.__pwned = 'code-block-is-text'&#x3C;\/script>/);
    const files = (await readdir(site.current.dir, { recursive: true })).map((f) => relative('.', f));
    expect(files.every((f) => !/[<>"]/.test(f))).toBe(true);
  });

  it('in Chromium nothing executes on any page: no __pwned, no dialog, no request to another origin', async () => {
    const page = await browser.page();
    const dialogs: string[] = [];
    const elsewhere: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(site.current.url) && !r.url().startsWith('data:')) elsewhere.push(r.url());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    for (const path of await ourPages(site.current.dir)) {
      await openSettled(page, site.current.url + path);
      // Give handlers that fire on focus, load or toggle their chance, then look.
      await page.mouse.move(300, 300);
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => (window as { __pwned?: unknown }).__pwned), path).resolves.toBeUndefined();
    }
    await page.locator('#search-input').fill('Evil');
    await page.locator('#search-results:not([hidden]) li').first().waitFor();
    await expect(page.locator('#search-results li').first().innerText()).resolves.toContain('Evil<img');
    await page.locator('#search-input').fill('<script');
    await expect(page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).resolves.toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
  });
});

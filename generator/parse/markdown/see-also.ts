// `## -see-also`: links (`<a href>` or `[text](url)`, possibly spanning lines) and plain names,
// each with its line and an absolute URL.
import type { DocLink } from '../../model/schema.js';
import { isBlank, LineIndex } from '../text/lines.js';
import { absoluteUrl } from '../text/links.js';
import { plainText } from '../text/plain-text.js';
import type { ConvertContext } from '../text/to-markdown.js';
import type { Block } from './sections.js';

// Bounded repetitions keep hostile input (a megabyte line of `[` or unclosed `<a>`) linear.
const A_OPEN = /<a\b([^<>]{0,2000})>/gi;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;
const MD_LINK = /\[((?:[^[\]\\]|\\.|\[[^[\]]{0,200}\]){0,500})\]\(\s{0,200}(<[^>]{0,2000}>|[^\s)]{0,2000})(?:\s{1,200}"[^"]{0,500}")?\s{0,200}\)/g;
/** Link texts are short; a closing tag farther away than this belongs to something else. */
const MAX_LINK_TEXT = 2000;

export function readSeeAlso(section: Block, ctx: ConvertContext): DocLink[] {
  const { file, base } = ctx;
  const text = section.lines.join('\n');
  const index = new LineIndex(text);
  const found: { at: number; end: number; link: Omit<DocLink, 'place'> }[] = [];
  // A hostile section repeats one address thousands of times: each is resolved once.
  const urls = new Map<string, string | undefined>();
  const add = (at: number, end: number, label: string, href: string): void => {
    const url = urls.has(href) ? urls.get(href) : absoluteUrl(href, base);
    urls.set(href, url);
    if (url === undefined && href.trim() !== '') {
      ctx.problems.add({ file, line: section.firstLine + index.line(at) - 1 }, 'link/unusable-address', `the address of see-also link \`${plainText(label)}\` is unsafe or invalid; kept as text`, {
        expected: 'an http(s) address or a relative link',
      });
    }
    const linkText = plainText(label) || url || href;
    found.push({ at, end, link: url ? { text: linkText, url } : { text: linkText } });
  };
  for (const m of text.matchAll(A_OPEN)) {
    const href = HREF.exec(m[1]!);
    const start = m.index + m[0].length;
    const close = text.slice(start, start + MAX_LINK_TEXT).search(/<\/a\s*>/i);
    if (!href || close === -1) continue;
    add(m.index, start + close + text.slice(start + close).indexOf('>') + 1, text.slice(start, start + close), href[1] ?? href[2] ?? href[3] ?? '');
  }
  // `<a>` links come in text order with ends that never decrease: one pointer tells whether a
  // markdown link sits inside one (a search of all of them per link was quadratic).
  const anchors = found.length;
  let k = 0;
  for (const m of text.matchAll(MD_LINK)) {
    while (k < anchors && found[k]!.end <= m.index) k++;
    if (k === anchors || m.index < found[k]!.at) add(m.index, m.index + m[0].length, m[1]!, m[2]!);
  }
  // Whatever is left on a line (a name without a link) is a link without an address.
  found.sort((a, b) => a.at - b.at);
  let masked = '';
  let pos = 0;
  for (const f of found) {
    const link = text.slice(f.at, f.end);
    masked += text.slice(pos, f.at) + (link.includes('\n') ? link.replace(/[^\n]/g, ' ') : ' '.repeat(link.length));
    pos = f.end;
  }
  masked += text.slice(pos);
  let offset = 0;
  for (const line of masked.split('\n')) {
    if (isBlank(line)) {
      offset += line.length + 1;
      continue;
    }
    const label = trimSeparators(plainText(line).replace(/^[-*+]\s+|^\d+[.)]\s+/, ''));
    if (!isBlank(label) && /[A-Za-z0-9]/.test(label)) found.push({ at: offset, end: offset, link: { text: label } });
    offset += line.length + 1;
  }
  found.sort((a, b) => a.at - b.at);
  return found.map((f) => ({ ...f.link, place: { file, line: section.firstLine + index.line(f.at) - 1 } }));
}

/** Blanks, commas, semicolons and bars trimmed from both ends (a loop: `/[\s,;|]+$/` is quadratic on a long run). */
function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && SEPARATOR.test(text[start]!)) start++;
  while (end > start && SEPARATOR.test(text[end - 1]!)) end--;
  return text.slice(start, end);
}

const SEPARATOR = /[\s,;|]/;

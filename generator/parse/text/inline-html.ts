// Fast path for the most common HTML of the documents: paragraphs whose only tags are
// <b>, <i>, <a href>, <code>, <br>, … properly nested. Everything else (or anything odd:
// unbalanced tags, unknown entities) returns undefined and goes through the unified pipeline.
import { MAX_HTML_DEPTH } from './chunks.js';
import { wrapInline } from './inline-wrap.js';
import { absoluteUrl, escapeDestination, type LinkBase } from './links.js';
import { joinLines } from './lines.js';

const TOKEN = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)(\s[^<>]*)?>|&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g;
const SAFE_ENTITIES = new Set(['amp', 'lt', 'gt', 'quot', 'apos', 'nbsp', 'copy', 'reg', 'trade', 'mdash', 'ndash', 'hellip']);
const WRAP: Record<string, string> = { b: '**', strong: '**', i: '*', em: '*' };
const TRANSPARENT = new Set(['span', 'sup', 'sub', 'u']);

interface Frame {
  tag: string;
  out: string;
  href?: string;
}

export function inlineHtmlToMarkdown(text: string, base: LinkBase): string | undefined {
  const stack: Frame[] = [{ tag: '', out: '' }];
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const top = stack[stack.length - 1]!;
    top.out += text.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[4] !== undefined) {
      const entity = m[4];
      if (entity[0] !== '#' && !SAFE_ENTITIES.has(entity.toLowerCase())) return undefined;
      top.out += entity.toLowerCase() === 'nbsp' ? ' ' : m[0];
      continue;
    }
    const tag = m[2]!.toLowerCase();
    const closing = m[1] === '/';
    if (tag === 'br') {
      top.out += '\\\n';
      continue;
    }
    if (!(tag in WRAP) && !TRANSPARENT.has(tag) && tag !== 'a' && tag !== 'code') return undefined;
    if ((m[3] ?? '').trimEnd().endsWith('/')) continue; // `<a name="x"/>`: an empty anchor
    if (!closing) {
      // Each closing tag rewrites the text inside it: deep nesting would cost its depth squared.
      if (stack.length > MAX_HTML_DEPTH) return undefined;
      const frame: Frame = { tag, out: '' };
      if (tag === 'a') {
        const href = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(m[3] ?? '');
        const url = href ? absoluteUrl(href[1] ?? href[2] ?? href[3] ?? '', base) : undefined;
        if (url !== undefined) frame.href = url;
      }
      stack.push(frame);
      continue;
    }
    if (top.tag !== tag || stack.length === 1) return undefined;
    stack.pop();
    stack[stack.length - 1]!.out += close(top);
  }
  if (stack.length !== 1) return undefined;
  const root = stack[0]!;
  root.out += text.slice(last);
  // HTML whitespace is not significant: runs inside a line are one space.
  return tidyLines(root.out.replace(/(\S)[ \t]{2,}(?=\S)/g, '$1 '));
}

/** The markdown of a closed element. */
function close(frame: Frame): string {
  const inner = frame.out;
  const marker = WRAP[frame.tag];
  if (marker) return wrapInline(marker, joinLines(inner));
  const core = joinLines(inner.trim());
  if (core === '') return frame.tag === 'a' ? '' : inner;
  const lead = inner.slice(0, inner.length - inner.trimStart().length);
  const trail = inner.slice(inner.trimEnd().length);
  if (frame.tag === 'code') {
    const plain = core.replace(/\*\*|(?<!\\)\*/g, '');
    const ticks = plain.includes('`') ? '``' : '`';
    return `${lead}${ticks}${plain}${ticks}${trail}`;
  }
  if (frame.tag === 'a') return frame.href ? `${lead}[${core.replace(/(^|[^\\])([[\]])/g, '$1\\$2')}](${escapeDestination(frame.href)})${trail}` : lead + core + trail;
  return inner;
}

/** Trailing spaces would become hard breaks; indentation of continuation lines is noise. */
export function tidyLines(text: string): string {
  const lines = text.split('\n').map((l) => l.trimEnd());
  const list = lines.some((l) => /^\s*(?:[-*+]|\d+[.)])\s/.test(l));
  return (list ? lines : lines.map((l) => l.replace(/^[ \t]+/, ''))).join('\n').trim();
}

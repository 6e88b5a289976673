// A section body cut into chunks that can be converted on their own: fenced code, paragraphs of
// plain markdown, paragraphs with inline HTML only, and HTML blocks (which may span blank lines
// until their container tags close). Chunks keep their first line for positions.
import { fenceCloses, fenceOpen } from './fences.js';
import { isBlank } from './lines.js';

export type ChunkKind = 'code' | 'text' | 'inline' | 'html';

export interface Chunk {
  kind: ChunkKind;
  text: string;
  /** 1-based line of the chunk's first line in the file. */
  line: number;
  /** Set when a code fence or a container tag is never closed: what and where it was opened. */
  unclosed?: { what: string; line: number };
}

/** Tags whose content may span blank lines; counted to know where an HTML block ends. */
const CONTAINER = /<(\/?)(table|ul|ol|dl|div|pre|blockquote|script|style|iframe|object|code|textarea|svg|math)\b[^<>]{0,2000}?(\/?)>/gi;
/** Any tag other than the inline ones the fast path converts. */
const INLINE_TAGS = new Set(['a', 'b', 'strong', 'i', 'em', 'code', 'br', 'sup', 'sub', 'span', 'u']);
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)/g;

export function chunkLines(lines: readonly string[], firstLine: number): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const mark = fenceOpen(line);
    if (mark) {
      let j = i + 1;
      while (j < lines.length && !fenceCloses(lines[j]!, mark)) j++;
      const chunk: Chunk = { kind: 'code', text: lines.slice(i, Math.min(j + 1, lines.length)).join('\n'), line: firstLine + i };
      if (j >= lines.length) chunk.unclosed = { what: mark, line: firstLine + i };
      chunks.push(chunk);
      i = j + 1;
      continue;
    }
    // Paragraph or HTML block: ends at a blank line once every container tag is closed.
    const open: { tag: string; line: number }[] = [];
    let j = i;
    for (; j < lines.length; j++) {
      const l = lines[j]!;
      if (j > i && open.length === 0 && (isBlank(l) || fenceOpen(l))) break;
      if (l.includes('<')) track(l, firstLine + j, open);
    }
    const text = lines.slice(i, j).join('\n');
    const chunk: Chunk = { kind: classify(text), text, line: firstLine + i };
    if (open.length > 0) chunk.unclosed = { what: `</${open[0]!.tag}>`, line: open[0]!.line };
    chunks.push(chunk);
    i = j;
  }
  return chunks;
}

function track(line: string, lineNo: number, open: { tag: string; line: number }[]): void {
  CONTAINER.lastIndex = 0;
  for (let m = CONTAINER.exec(line); m; m = CONTAINER.exec(line)) {
    const tag = m[2]!.toLowerCase();
    if (m[3] === '/') continue;
    if (m[1] === '/') {
      const at = findLast(open, tag);
      if (at !== -1) open.splice(at);
    } else open.push({ tag, line: lineNo });
  }
}

function findLast(open: readonly { tag: string }[], tag: string): number {
  for (let k = open.length - 1; k >= 0; k--) if (open[k]!.tag === tag) return k;
  return -1;
}

function classify(text: string): ChunkKind {
  if (!text.includes('<') && !text.includes('&')) return 'text';
  let inline = false;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m; m = TAG.exec(text)) {
    if (!INLINE_TAGS.has(m[1]!.toLowerCase())) return 'html';
    inline = true;
  }
  if (text.includes('<!--') || /<![a-z]/i.test(text)) return 'html';
  return inline || /&(?:#x?[0-9a-f]+|[a-z]+);/i.test(text) ? 'inline' : 'text';
}

const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'col', 'area', 'base', 'wbr', 'source', 'track', 'embed', 'param', 'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);
/** Deeper than any real page; beyond it the tree walkers of the HTML libraries could exhaust the stack. */
export const MAX_HTML_DEPTH = 200;

/** More elements than any page section has; beyond it HTML parsing dominates the run. */
export const MAX_HTML_TAGS = 20_000;

/** Twice the largest page of the corpus; the HTML parser takes about a second per megabyte of text in a table. */
export const MAX_HTML_CHARS = 131_072;

/** Nesting depth and number of the HTML tags of a chunk (implicitly closed tags not nested). */
export function htmlShape(text: string): { depth: number; tags: number } {
  let depth = 0;
  let max = 0;
  let tags = 0;
  TAG_OPEN_CLOSE.lastIndex = 0;
  for (let m = TAG_OPEN_CLOSE.exec(text); m; m = TAG_OPEN_CLOSE.exec(text)) {
    tags++;
    const tag = m[2]!.toLowerCase();
    if (VOID.has(tag) || m[3] === '/') continue;
    depth = m[1] === '/' ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return { depth: max, tags };
}

const TAG_OPEN_CLOSE = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]{0,2000}?(\/?)>/g;

/** Longer than any real tag: a `<` this far from its `>` is not markup (and HTML parsers slow down on it). */
export const MAX_TAG_LENGTH = 2000;

/** Offset of the first tag that does not end within MAX_TAG_LENGTH characters, if any. */
export function runawayTag(text: string): number | undefined {
  let close = -1;
  for (let open = text.indexOf('<'); open !== -1; open = text.indexOf('<', open + 1)) {
    if (!/[A-Za-z/!]/.test(text[open + 1] ?? '')) continue;
    if (close < open) close = text.indexOf('>', open);
    if (close === -1 || close - open > MAX_TAG_LENGTH) return open;
  }
  return undefined;
}

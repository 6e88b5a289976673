// Section text (markdown mixed with HTML) → clean markdown with absolute links.
// Chunks without HTML skip conversion, simple inline HTML takes the fast path, the rest goes
// through the unified pipeline. Tables come back as data for the return-code reader.
import type { Problems } from '../../model/problems.js';
import { chunkLines, htmlShape, MAX_HTML_CHARS, MAX_HTML_DEPTH, MAX_HTML_TAGS, MAX_TAG_LENGTH, runawayTag, type Chunk } from './chunks.js';
import { htmlToMarkdown, markdownTables } from './html-pipeline.js';
import { inlineHtmlToMarkdown, tidyLines } from './inline-html.js';
import { closeOpenLinks, rewriteMarkdownLinks, type LinkBase } from './links.js';
import { plainText } from './plain-text.js';
import { tableRefusal } from './table-limits.js';
import type { FoundTable, TableRow } from './tables.js';

export interface ConvertContext {
  file: string;
  base: LinkBase;
  problems: Problems;
}

export interface Converted {
  markdown: string;
  /** First non-blank line of the text. */
  line: number;
  tables: FoundTable[];
}

// Each run of blanks is matched one way only: `\s*<?\s*` would try every split of a long run.
const UNSAFE = /<(script|iframe|object|embed|style)\b|\son[a-z]+\s*=|(?:(?:href|src)\s*=\s*(?:["']\s*)?|\]\(\s*(?:<\s*)?)(?:javascript|vbscript|data):/i;

export function convertLines(lines: readonly string[], firstLine: number, ctx: ConvertContext, opts: { tables?: boolean } = {}): Converted {
  const chunks = chunkLines(lines, firstLine);
  const parts: string[] = [];
  const tables: FoundTable[] = [];
  for (const chunk of chunks) {
    report(chunk, ctx);
    const { markdown, tables: found } = convertChunk(chunk, ctx, opts.tables === true);
    if (markdown !== '') parts.push(markdown);
    for (const rows of found ?? []) tables.push({ rows, chunkLine: chunk.line });
  }
  return { markdown: parts.join('\n\n'), line: chunks[0]?.line ?? firstLine, tables };
}

function convertChunk(chunk: Chunk, ctx: ConvertContext, wantTables: boolean): { markdown: string; tables?: TableRow[][] } {
  const base = ctx.base;
  // Markdown links written inside HTML come out of the HTML path as text: rewritten there too.
  const html = (): { markdown: string; tables?: TableRow[][] } => {
    const runaway = runawayTag(chunk.text);
    if (runaway !== undefined) return flatten(chunk, ctx, 'html/runaway-tag', `a tag never ends with \`>\`; kept as plain text`, `\`>\` within ${MAX_TAG_LENGTH} characters of \`<\``, countNewlines(chunk.text, runaway));
    if (chunk.text.length > MAX_HTML_CHARS) return flatten(chunk, ctx, 'html/too-large', `${chunk.text.length} characters of HTML in one block; kept as plain text`, `at most ${MAX_HTML_CHARS} characters in one block`, 0);
    const shape = htmlShape(chunk.text);
    if (shape.depth > MAX_HTML_DEPTH) return flatten(chunk, ctx, 'html/too-deep', `HTML nested more than ${MAX_HTML_DEPTH} levels deep; kept as plain text`, `HTML nested at most ${MAX_HTML_DEPTH} levels`, 0);
    if (shape.tags > MAX_HTML_TAGS) return flatten(chunk, ctx, 'html/too-large', `${shape.tags} HTML tags in one block; kept as plain text`, `at most ${MAX_HTML_TAGS} tags in one block`, 0);
    const converted = htmlToMarkdown(chunk.text, base);
    return { ...converted, markdown: rewriteMarkdownLinks(converted.markdown, base) };
  };
  switch (chunk.kind) {
    case 'code':
      return { markdown: chunk.unclosed ? `${chunk.text}\n${chunk.unclosed.what}` : chunk.text };
    case 'text': {
      const closed = closeLinks(chunk, ctx);
      const markdown = tidyLines(rewriteMarkdownLinks(closed, base));
      if (!wantTables || !/^\s*\|/m.test(closed)) return { markdown };
      const refused = tableRefusal(closed);
      if (refused) {
        ctx.problems.add({ file: ctx.file, line: chunk.line }, refused.rule, refused.message, { expected: refused.expected });
        return { markdown };
      }
      const tables = markdownTables(closed).map((rows) =>
        rows.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ ...cell, markdown: rewriteMarkdownLinks(cell.markdown, base) })) })),
      );
      return { markdown, tables };
    }
    case 'inline': {
      const markdown = inlineHtmlToMarkdown(chunk.text, base);
      return markdown !== undefined ? { markdown: rewriteMarkdownLinks(markdown, base) } : html();
    }
    case 'html':
      return html();
  }
}

function closeLinks(chunk: Chunk, ctx: ConvertContext): string {
  const { markdown, at } = closeOpenLinks(chunk.text);
  for (const offset of at) {
    ctx.problems.add({ file: ctx.file, line: chunk.line + countNewlines(chunk.text, offset) }, 'markdown/unclosed-link', 'a link address is never closed; closed where it ends', {
      expected: '`[text](address)`',
    });
  }
  return markdown;
}

/** HTML no page has (too deep, a tag that never ends): kept as its text, tags dropped. */
function flatten(chunk: Chunk, ctx: ConvertContext, rule: string, message: string, expected: string, lineOffset: number): { markdown: string; tables?: TableRow[][] } {
  ctx.problems.add({ file: ctx.file, line: chunk.line + lineOffset }, rule, message, { expected });
  return { markdown: plainText(chunk.text) };
}

function report(chunk: Chunk, ctx: ConvertContext): void {
  if (chunk.unclosed) {
    const fence = chunk.kind === 'code';
    ctx.problems.add(
      { file: ctx.file, line: chunk.unclosed.line },
      fence ? 'markdown/unclosed-fence' : 'html/unclosed-tag',
      fence ? 'code block is never closed; closed at the end of the section' : `HTML element is never closed; closed at the end of the section`,
      { expected: fence ? `a closing ${chunk.unclosed.what} line` : chunk.unclosed.what },
    );
  }
  if (chunk.kind !== 'code' && (chunk.text.includes('<') || chunk.text.includes(']('))) {
    const m = UNSAFE.exec(chunk.text);
    if (m) {
      const line = chunk.line + countNewlines(chunk.text, m.index);
      ctx.problems.add({ file: ctx.file, line }, 'html/unsafe-removed', `removed active content (${m[0].trim()}…)`, {
        expected: 'documentation HTML without scripts, event handlers or embedded frames',
      });
    }
  }
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

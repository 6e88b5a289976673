// One source file → its documents, dispatched by what the text looks like (not by its name):
// C declarations, a Microsoft Docs page (YAML front matter or `## -` sections), or a plain-text
// reference page. Never throws: a reader's exception becomes a fatal problem naming the file.
import type { Problem } from '../model/schema.js';
import type { SourceFile } from '../read/source-file.js';
import { isCHeaderPath, parseCHeader } from './c/c-header.js';
import { hasFrontMatter } from './markdown/front-matter.js';
import { readMarkdown } from './markdown/read-markdown.js';
import type { ParseResult } from './parse-result.js';
import { looksLikePlaintextReference } from './plaintext/detect.js';
import { readPlaintext } from './plaintext/read-plaintext.js';
import { firstNonBlank } from './text/lines.js';

export type Reader = 'c-header' | 'markdown' | 'plaintext';

/** Lines looked at to recognise a format; enough for titles and front matter, cheap on huge files. */
const SNIFF_LINES = 80;

export function parseSource(file: SourceFile): ParseResult {
  const problem = (rule: string, message: string, expected: string): ParseResult => ({
    documents: [],
    problems: [{ place: { file: file.path, line: 1 }, rule, message, expected, fatal: true }],
  });
  let reader: Reader | undefined;
  try {
    const text = typeof file.text === 'string' ? file.text : '';
    if (text.trim() === '') return problem('document/empty', 'the file is empty', 'a documentation page or C declarations');
    if (isBinary(text)) return problem('document/binary', 'the file holds binary data, not text', 'a text document');
    reader = recognise(file.path, text);
    if (!reader) {
      return problem(
        'document/unrecognised',
        'not a format this generator reads',
        'YAML front matter (`---`), a `# Name function` page with `## -` sections, a plain-text page starting `Name function (header.h)` with Parameters / Return value / Requirements, or C declarations in a .h file',
      );
    }
    const result = reader === 'c-header' ? parseCHeader(file) : reader === 'markdown' ? readMarkdown(file) : readPlaintext(file);
    return sorted(result);
  } catch (error) {
    const e = error as Error;
    return {
      documents: [],
      problems: [{
        place: { file: file.path, line: 1 },
        rule: 'internal/exception',
        message: `the ${reader ?? 'format'} reader failed on this file: ${e?.message ?? String(error)}`,
        expected: 'a document the reader can handle (this is a bug in winhandle: please report it with the file)',
        fatal: true,
      }],
    };
  }
}

/** Which reader a text is for; undefined when none. */
export function recognise(path: string, text: string): Reader | undefined {
  const head = headLines(text);
  if (hasFrontMatter(head)) return 'markdown';
  if (isCHeaderPath(path) || looksLikeC(head)) return 'c-header';
  if (head.some((l) => /^#{1,2}\s+-(description|parameters|syntax|returns|remarks)\b/.test(l))) return 'markdown';
  if (looksLikePlaintextReference(head)) return 'plaintext';
  return undefined;
}

/** The first SNIFF_LINES lines, each cut to 2,000 characters: enough to recognise, cheap on huge lines. */
function headLines(text: string): string[] {
  const lines: string[] = [];
  let from = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (lines.length < SNIFF_LINES && from <= text.length) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, end === -1 ? text.length : Math.min(end, from + 2000));
    lines.push(line.endsWith('\r') ? line.slice(0, -1) : line);
    if (end === -1) break;
    from = end + 1;
  }
  return lines;
}

function looksLikeC(head: readonly string[]): boolean {
  const first = head[firstNonBlank(head)] ?? '';
  return /^\s*(#\s*(define|include|if|ifdef|ifndef|pragma)\b|\/\*|\/\/|typedef\b|extern\s+"C")/.test(first);
}

/** NUL bytes, or a high share of control characters, mean this is not a text document. */
function isBinary(text: string): boolean {
  const sample = text.length > 8192 ? text.slice(0, 8192) : text;
  if (sample.includes('\u0000')) return true;
  const control = sample.match(/[\u0001-\u0008\u000b\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return control > sample.length * 0.1;
}

/** Problems in file order, so reports and fixtures are stable. */
function sorted(result: ParseResult): ParseResult {
  const problems: Problem[] = [...result.problems].sort((a, b) => a.place.line - b.place.line || (a.place.column ?? 0) - (b.place.column ?? 0));
  return { documents: result.documents, problems };
}

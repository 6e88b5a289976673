// The property every reader must keep on any bytes: either documents that satisfy the schema,
// or typed problems naming the file and a line that exists; never an exception (not even
// one the dispatcher catches and turns into `internal/exception`). Timing is the caller's.
import { performance } from 'node:perf_hooks';
import { ParsedDocument, Problem } from '../../generator/model/schema.js';
import { parseCHeader } from '../../generator/parse/c/c-header.js';
import { readMarkdown } from '../../generator/parse/markdown/read-markdown.js';
import type { ParseResult } from '../../generator/parse/parse-result.js';
import { parseSource, recognise, type Reader } from '../../generator/parse/parse-source.js';
import { readPlaintext } from '../../generator/parse/plaintext/read-plaintext.js';
import { decodeText } from '../../generator/read/decode-text.js';
import type { SourceFile } from '../../generator/read/source-file.js';

/** A broken property: what was wrong, for the counterexample report. */
export class FuzzFailure extends Error {
  override name = 'FuzzFailure';
}

/** Rules under which a reader's exception is reported: each one is a crash the fuzzer found. */
const CRASH_RULES = new Set(['internal/exception', 'c-header/internal']);

export const READERS: Record<Reader, (file: SourceFile) => ParseResult> = {
  markdown: readMarkdown,
  plaintext: readPlaintext,
  'c-header': parseCHeader,
};

export interface CaseOutcome {
  ms: number;
  documents: number;
  problems: number;
}

/** Lines of a text as the readers count them: LF, CRLF and a lone CR each end one. */
export function lineCount(text: string): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  for (let i = text.indexOf('\r'); i !== -1; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) n++;
  return n;
}

function fail(message: string): never {
  throw new FuzzFailure(message);
}

function checkPlace(value: { file: unknown; line: unknown; column?: unknown }, file: string, lines: number, what: string): void {
  if (value.file !== file) fail(`${what} names file ${JSON.stringify(value.file)}, not ${file}`);
  const line = value.line;
  if (typeof line !== 'number' || !Number.isInteger(line) || line < 1 || line > lines) fail(`${what} names line ${String(line)} of a ${lines}-line file`);
  if (value.column !== undefined && (typeof value.column !== 'number' || value.column < 1)) fail(`${what} names column ${String(value.column)}`);
}

/** Every `{ file, line }` object inside a document, with where it sits. */
function* places(value: unknown, at: string): Generator<[{ file: unknown; line: unknown }, string]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* places(value[i], `${at}[${i}]`);
  } else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o['file'] === 'string' && 'line' in o) yield [o as { file: unknown; line: unknown }, at];
    for (const [k, v] of Object.entries(o)) if (k !== 'frontMatter') yield* places(v, `${at}.${k}`);
  }
}

/**
 * Checks a reader's result for `file` whose text has `lines` lines. With no document a page
 * reader must say why with a fatal problem; a header without declarations is not an error.
 */
export function checkResult(result: ParseResult, file: string, lines: number, reader: Reader | undefined): void {
  if (!result || !Array.isArray(result.documents) || !Array.isArray(result.problems)) fail('the reader returned no { documents, problems }');
  for (const p of result.problems) {
    if (!Problem.safeParse(p).success) fail(`a problem breaks the schema: ${JSON.stringify(p).slice(0, 300)}`);
    checkPlace(p.place, file, lines, `problem ${p.rule}`);
    if (CRASH_RULES.has(p.rule)) fail(`the reader threw: ${p.message}`);
  }
  if (result.documents.length === 0 && !result.problems.some((p) => p.fatal || reader === 'c-header')) fail('no document and no problem saying why');
  for (const doc of result.documents) {
    const parsed = ParsedDocument.safeParse(doc);
    if (!parsed.success) fail(`document ${doc.name} breaks the schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    if (doc.file !== file) fail(`document ${doc.name} names file ${doc.file}`);
    for (const [place, where] of places(doc, doc.name)) checkPlace(place, file, lines, where);
    for (const [key, line] of Object.entries({ ...doc.frontMatterLines, ...doc.requirementLines })) {
      if (!Number.isInteger(line) || line < 1 || line > lines) fail(`the line of ${key} is ${line} in a ${lines}-line file`);
    }
  }
}

/**
 * One case as the generator runs it: bytes decoded as the read stage does, then the reader
 * parseSource picks; when it picks another one (or none), `reader` is also called directly,
 * since every reader must take any text. Throws FuzzFailure when the property breaks.
 */
export function checkBytes(file: string, bytes: Uint8Array, reader: Reader): CaseOutcome {
  const start = performance.now();
  const decoded = decodeText(bytes);
  const lines = lineCount(decoded.text);
  if (decoded.invalid && (decoded.invalid.line < 1 || decoded.invalid.line > lines)) fail(`invalid UTF-8 placed at line ${decoded.invalid.line} of ${lines}`);
  const source = { path: file, text: decoded.text };
  const result = parseSource(source);
  const picked = recognise(file, decoded.text);
  checkResult(result, file, lines, picked);
  let problems = result.problems.length;
  if (picked !== reader) {
    const direct = READERS[reader](source);
    checkResult(direct, file, lines, reader);
    problems += direct.problems.length;
  }
  return { ms: performance.now() - start, documents: result.documents.length, problems };
}

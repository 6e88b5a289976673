// The C header reader: one ParsedDocument per function prototype, struct/union, enum and
// function typedef of a header, plus one for its integer `#define` constants; a `#define A B`
// naming a function makes A an alias of it. Preprocessor conditionals are not evaluated:
// declarations from every branch count, the first wins.
import type { CPrototype, ParsedDocument, Problem } from '../../model/schema.js';
import type { SourceFile } from '../../read/source-file.js';
import type { ParseResult } from '../parse-result.js';
import { readAggregate, type Aggregate } from './aggregates.js';
import { isAnnotationCall } from './annotations.js';
import { droppedRanges, outside } from './conditionals.js';
import { declarationMacros, expandMacros, nameDefines, readDefines, type Constant } from './defines.js';
import { prototypeFromTokens } from './prototype.js';
import { splitStatements } from './statements.js';
import { tokenize, type Token } from './tokens.js';

/** A C header by its file name (`.h`, `.hpp`). */
export function isCHeaderPath(path: string): boolean {
  return /\.h(pp)?$/i.test(path);
}

/** `ddk/ntifs.h` → `ntifs`. */
export function headerName(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.replace(/\.h(?:pp)?$/i, '').toLowerCase();
}

const INLINE = new Set(['FORCEINLINE', 'inline', '__inline', '__inline__', '__forceinline', 'static']);
/** Twelve times the longest declaration of the mingw-w64 headers (7,847 in ntifs.h); a million-token one took seconds. */
const MAX_STATEMENT_TOKENS = 100_000;
/** Prototype failures that mean "not a prototype" (a macro call, a variable), not a broken one. */
const NOT_A_PROTOTYPE = new Set(['prototype/no-name', 'prototype/no-return-type', 'prototype/empty']);

export function parseCHeader(file: SourceFile): ParseResult {
  try {
    return readHeader(file);
  } catch (error) {
    return { documents: [], problems: [{ place: { file: file.path, line: 1 }, rule: 'c-header/internal', fatal: true, message: `the C header reader failed: ${(error as Error).message}` }] };
  }
}

function readHeader(file: SourceFile): ParseResult {
  const path = file.path;
  const header = headerName(path);
  const problems: Problem[] = [];
  const lexed = tokenize(file.text);
  const openComment = lexed.openComment;
  const dropped = droppedRanges(lexed.directives);
  const directives = outside(lexed.directives, dropped);
  const tokens = expandMacros(outside(lexed.tokens, dropped), declarationMacros(directives));
  if (openComment !== undefined) {
    problems.push({ place: { file: path, line: openComment }, rule: 'c-header/unterminated-comment', fatal: true, message: 'a comment is never closed; the rest of the header is not read', expected: '*/' });
  }
  const values = new Map<string, bigint>();
  const defines = readDefines(directives, path, values);
  problems.push(...defines.problems);
  const split = splitStatements(tokens, path);
  problems.push(...split.problems);

  const documents: ParsedDocument[] = [];
  const seen = new Map<string, ParsedDocument>();
  const add = (doc: ParsedDocument, line: number): void => {
    const key = `${doc.kind}:${doc.name}`;
    const first = seen.get(key);
    if (first) {
      if (signature(first) !== signature(doc)) {
        problems.push({ place: { file: path, line }, rule: 'c-header/duplicate-declaration', fatal: false,
          message: `${doc.name} is declared again differently (first at line ${first.syntax?.place.line ?? '?'}); the first declaration is kept` });
      }
      return;
    }
    seen.set(key, doc);
    documents.push(doc);
  };
  const raw = (start: number, end: number): string => {
    const last = tokens[end - 1]!;
    const text = file.text.slice(tokens[start]!.pos, last.pos + last.text.length);
    // Directive lines inside a declaration are not C; the reader did not take them either.
    return text.includes('#') ? text.split('\n').filter((l) => !/^\s*#/.test(l)).join('\n') : text;
  };

  for (const { start, end } of split.statements) {
    const first = tokens[start]!;
    if (end - start > MAX_STATEMENT_TOKENS) {
      problems.push({ place: { file: path, line: first.line }, rule: 'c-header/too-long', fatal: false,
        message: `a declaration of ${end - start} tokens is not read`, expected: `declarations of at most ${MAX_STATEMENT_TOKENS} tokens` });
      continue;
    }
    const syntax = { markdown: raw(start, end), place: { file: path, line: first.line } };
    const agg = readAggregate(tokens, start, end, path, (n) => values.get(n));
    problems.push(...agg.problems);
    if (agg.aggregate) {
      add(aggregateDocument(path, header, agg.aggregate, syntax), first.line);
      continue;
    }
    if (!hasCall(tokens, start, end)) {
      addPointerAlias(tokens, start, end, seen);
      continue;
    }
    const result = prototypeFromTokens(tokens, start, end, { file: path, line: first.line });
    const prototype = result.prototype;
    if (!prototype) {
      problems.push(...result.problems.filter((p) => !NOT_A_PROTOTYPE.has(p.rule)));
      continue;
    }
    problems.push(...result.problems);
    if (prototype.qualifiers.some((q) => INLINE.has(q))) continue;
    const typedef = prototype.qualifiers.includes('typedef');
    if (typedef) prototype.qualifiers = prototype.qualifiers.filter((q) => q !== 'typedef');
    add(functionDocument(path, header, typedef ? 'callback' : 'function', prototype, syntax), first.line);
  }

  for (const { name, target } of nameDefines(directives)) {
    const doc = seen.get(`function:${target}`);
    if (doc && !doc.aliases.includes(name) && !seen.has(`function:${name}`)) doc.aliases.push(name);
  }
  if (defines.constants.length) documents.push(constantsDocument(path, header, defines.constants));
  if (documents.length === 0 && problems.length === 0) {
    problems.push({ place: { file: path, line: 1 }, rule: 'c-header/no-declarations', fatal: false,
      message: 'nothing in this header is read: no prototype, structure, enumeration, function type or integer constant', expected: 'C declarations' });
  }
  return { documents, problems };
}

/** A top-level `name(` that is a declaration's parameter list rather than an annotation. */
function hasCall(tokens: readonly Token[], start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) {
    if (tokens[k]!.text !== '(') continue;
    const prev = tokens[k - 1]!;
    if (prev.text === ')' || (prev.kind === 'id' && !isAnnotationCall(prev.text))) return true;
  }
  return false;
}

/** `typedef DRIVER_UNLOAD *PDRIVER_UNLOAD;` names the pointer to a function type. */
function addPointerAlias(tokens: readonly Token[], start: number, end: number, seen: Map<string, ParsedDocument>): void {
  if (end - start !== 4 || tokens[start]!.text !== 'typedef' || tokens[start + 2]!.text !== '*') return;
  const target = seen.get(`callback:${tokens[start + 1]!.text}`);
  const alias = tokens[start + 3]!;
  if (target && alias.kind === 'id' && !target.aliases.includes(alias.text)) target.aliases.push(alias.text);
}

function signature(doc: ParsedDocument): string {
  const p = doc.prototype;
  if (p) return `${p.returnType}(${p.params.map((x) => x.type).join(',')})`;
  return JSON.stringify([doc.fields.map((f) => [f.name, f.cType]), doc.enumValues.map((v) => [v.name, v.value])]);
}

function blank(path: string, header: string, kind: ParsedDocument['kind'], name: string): ParsedDocument {
  return {
    file: path, format: 'c-header', kind, name, aliases: [], header, frontMatter: {}, frontMatterLines: {},
    parameters: [], returnCodes: [], seeAlso: [], fields: [], enumValues: [], requirements: { header: `${header}.h` },
    requirementLines: {}, apiLocations: [], extraSections: [], constants: [],
  };
}

function functionDocument(path: string, header: string, kind: 'function' | 'callback', prototype: CPrototype, syntax: ParsedDocument['syntax']): ParsedDocument {
  const doc = blank(path, header, kind, prototype.name);
  doc.prototype = prototype;
  if (syntax) doc.syntax = syntax;
  return doc;
}

function aggregateDocument(path: string, header: string, agg: Aggregate, syntax: ParsedDocument['syntax']): ParsedDocument {
  const doc = blank(path, header, agg.kind, agg.name);
  doc.aliases = agg.aliases;
  doc.fields = agg.fields;
  doc.enumValues = agg.enumValues;
  if (syntax) doc.syntax = syntax;
  return doc;
}

function constantsDocument(path: string, header: string, constants: Constant[]): ParsedDocument {
  const doc = blank(path, header, 'macro', `${header}.h constants`);
  doc.title = `Integer constants defined in ${header}.h`;
  doc.constants = constants;
  return doc;
}

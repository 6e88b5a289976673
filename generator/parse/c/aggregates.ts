// `typedef struct _X { ... } X, *PX;`, unions and enums: the tag, the typedef names and
// the members (nested anonymous unions flattened into dotted paths like the docs write them).
import type { DocEnumValue, DocField, Problem } from '../../model/schema.js';
import { isAnnotationCall, isSal } from './annotations.js';
import { evaluate } from './const-expr.js';
import { paramFromTokens, splitTopLevel } from './parameter.js';
import { matching, type Token } from './tokens.js';

export interface Aggregate {
  kind: 'struct' | 'enum';
  /** The tag (`_X`) or, without one, the first typedef name. */
  name: string;
  aliases: string[];
  fields: DocField[];
  enumValues: DocEnumValue[];
}

const KEYWORDS = new Set(['struct', 'union', 'enum']);
/** Real headers nest a handful of levels; a bound keeps hostile input linear. */
const MAX_NESTING = 32;

/** Index of `struct`/`union`/`enum` opening the declaration, or -1. */
export function aggregateKeyword(tokens: readonly Token[], start: number, end: number): number {
  let k = start;
  if (tokens[k]?.text === 'typedef') k++;
  while (k < end) {
    const t = tokens[k]!;
    if (t.kind !== 'id') return -1;
    if (KEYWORDS.has(t.text)) return k;
    if (tokens[k + 1]?.text === '(' && isAnnotationCall(t.text)) {
      const close = matching(tokens, k + 1, end);
      if (close < 0) return -1;
      k = close + 1;
    } else if (isSal(t.text) || /^(?:_ANONYMOUS_|__C89_|__MINGW_|DECLSPEC_)/.test(t.text) || t.text === 'const') k++;
    else return -1;
  }
  return -1;
}

/** Name declared by a declarator piece: the last identifier that is not an annotation. */
function declaredName(tokens: readonly Token[], start: number, end: number): string | undefined {
  let name: string | undefined;
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (t.text === '[' || t.text === ':') break;
    if (t.kind !== 'id') continue;
    if (tokens[k + 1]?.text === '(' && isAnnotationCall(t.text)) {
      const close = matching(tokens, k + 1, end);
      if (close < 0) return name;
      k = close;
      continue;
    }
    if (!isSal(t.text) && !t.text.startsWith('DECLSPEC_') && t.text !== 'const' && t.text !== 'CONST') name = t.text;
  }
  return name;
}

export function readAggregate(
  tokens: readonly Token[], start: number, end: number, file: string, scope: (name: string) => bigint | undefined,
): { aggregate?: Aggregate; problems: Problem[] } {
  const problems: Problem[] = [];
  const keyword = aggregateKeyword(tokens, start, end);
  if (keyword < 0) return { problems };
  let open = keyword + 1;
  while (open < end && tokens[open]!.text !== '{') open++;
  if (open >= end) return { problems }; // a forward declaration
  const close = matching(tokens, open, end);
  if (close < 0) {
    problems.push({ place: { file, line: tokens[open]!.line }, rule: 'c-header/unclosed-brace', message: 'the body is never closed', expected: '}', fatal: false });
    return { problems };
  }
  const tag = declaredName(tokens, keyword + 1, open);
  const aliases: string[] = [];
  if (tokens[start]!.text === 'typedef') {
    for (const [s, e] of splitTopLevel(tokens, close + 1, end)) {
      const name = declaredName(tokens, s, e);
      if (name && !aliases.includes(name)) aliases.push(name);
    }
  }
  const name = tag ?? aliases.shift();
  if (!name) return { problems };
  const aggregate: Aggregate = { kind: tokens[keyword]!.text === 'enum' ? 'enum' : 'struct', name, aliases: aliases.filter((a) => a !== name), fields: [], enumValues: [] };
  if (aggregate.kind === 'enum') readEnumerators(tokens, open, close, file, scope, aggregate.enumValues);
  else readMembers(tokens, open, close, '', file, aggregate.fields, problems);
  return { aggregate, problems };
}

function readEnumerators(
  tokens: readonly Token[], open: number, close: number, file: string, scope: (name: string) => bigint | undefined, out: DocEnumValue[],
): void {
  const known = new Map<string, bigint>();
  let next: bigint | undefined = 0n;
  for (const [s, e] of splitTopLevel(tokens, open + 1, close)) {
    const t = tokens[s];
    if (s === e || t?.kind !== 'id') continue;
    let value: bigint | undefined = next;
    if (tokens[s + 1]?.text === '=') value = evaluate(tokens, s + 2, e, (n) => known.get(n) ?? scope(n))?.value;
    const member: DocEnumValue = { name: t.text, description: { markdown: '', place: { file, line: t.line } } };
    if (value !== undefined && Number.isSafeInteger(Number(value))) {
      member.value = Number(value);
      known.set(t.text, value);
    }
    next = value === undefined ? undefined : value + 1n;
    out.push(member);
  }
}

/** Member declarations of a struct/union body between `open` and `close`. */
function readMembers(tokens: readonly Token[], open: number, close: number, prefix: string, file: string, out: DocField[], problems: Problem[], depth = 0): void {
  if (depth > MAX_NESTING) {
    problems.push({ place: { file, line: tokens[open]!.line }, rule: 'c-header/too-deep', fatal: false,
      message: `members nested deeper than ${MAX_NESTING} levels are not read`, expected: 'fewer nested structs and unions' });
    return;
  }
  let from = open + 1;
  for (let k = open + 1; k <= close; k++) {
    const t = tokens[k]!;
    if (k < close && (t.text === '(' || t.text === '[' || t.text === '{') && t.kind === 'punct') {
      if (t.text === '{') {
        // A nested struct/union: its members get the declarator's name as prefix.
        const inner = matching(tokens, k, close);
        if (inner < 0) return;
        let end = inner + 1;
        while (end < close && tokens[end]!.text !== ';') end++;
        const names = splitTopLevel(tokens, inner + 1, end).map(([s, e]) => declaredName(tokens, s, e)).filter((x): x is string => !!x);
        if (names.length === 0) readMembers(tokens, k, inner, prefix, file, out, problems, depth + 1);
        for (const name of names) readMembers(tokens, k, inner, `${prefix}${name}.`, file, out, problems, depth + 1);
        k = end;
        from = end + 1;
        continue;
      }
      const inner = matching(tokens, k, close);
      if (inner < 0) return;
      k = inner;
      continue;
    }
    if (k === close || (t.text === ';' && t.kind === 'punct')) {
      if (k > from) readMember(tokens, from, k, prefix, file, out, problems);
      from = k + 1;
    }
  }
}

function readMember(tokens: readonly Token[], start: number, end: number, prefix: string, file: string, out: DocField[], problems: Problem[]): void {
  // A bit field's width is not part of the type.
  let stop = end;
  for (let k = start; k < end; k++) if (tokens[k]!.text === ':' && tokens[k]!.kind === 'punct') { stop = k; break; }
  const pieces = splitTopLevel(tokens, start, stop);
  let base: Token[] = [];
  for (const [index, [s, e]] of pieces.entries()) {
    const piece = index === 0 ? tokens.slice(s, e) : [...base, ...tokens.slice(s, e)];
    const result = paramFromTokens(piece, 0, piece.length, 0);
    const line = tokens[s]?.line ?? tokens[start]!.line;
    if ('error' in result) {
      problems.push({ place: { file, line }, rule: 'c-header/bad-field', message: `a member of ${prefix || 'a struct'}: ${result.error}`, expected: 'TYPE NAME;', fatal: false });
      return;
    }
    if (!result.param || result.unnamed) continue;
    if (index === 0) {
      // `USHORT Length, MaximumLength;`: later declarators share the type before the first name.
      const nameAt = piece.findIndex((t) => t.kind === 'id' && t.text === result.param!.name);
      base = piece.slice(0, nameAt < 0 ? piece.length : nameAt);
      while (base.length && base[base.length - 1]!.text === '*') base.pop();
    }
    out.push({ name: `${prefix}${result.param.name}`, cType: result.param.type, description: { markdown: '', place: { file, line } } });
  }
}

// A tolerant reader for one C function prototype as documents and headers print it:
// qualifiers, return type, calling convention, name, parameters with SAL or bracket
// annotations. Bad input gives problems, never an exception.
import type { CParam, CPrototype, Place, Problem } from '../../model/schema.js';
import { directionOf, isAnnotationCall, isCallingConvention, isQualifier, isSal } from './annotations.js';
import { paramFromTokens, splitTopLevel } from './parameter.js';
import { matching, tokenize, type Token } from './tokens.js';
import { callText, typeText } from './type-text.js';

export interface PrototypeResult {
  prototype?: CPrototype;
  problems: Problem[];
}

/** Parses `text`, whose first line is `place.line` of `place.file`. */
export function parsePrototype(text: string, place: Place): PrototypeResult {
  try {
    const { tokens } = tokenize(String(text), place.line, { directives: false });
    return prototypeFromTokens(tokens, 0, tokens.length, place);
  } catch (error) {
    return { problems: [problem(place, 'prototype/internal', `the prototype reader failed: ${(error as Error).message}`)] };
  }
}

function problem(place: Place, rule: string, message: string, expected?: string): Problem {
  const p: Problem = { place, rule, message, fatal: false };
  if (expected !== undefined) p.expected = expected;
  return p;
}

interface NameGroup {
  /** Index of the name token. */
  name: number;
  /** Index of the `(` of the parameter list. */
  open: number;
  /** Index where the head (qualifiers and return type) ends. */
  headEnd: number;
  /** Calling convention written inside `(NTAPI *Name)`. */
  innerConvention?: string;
}

/** The declared name: the last `name(` at top level that is not an annotation call. */
function findNameGroup(tokens: readonly Token[], start: number, end: number): NameGroup | undefined {
  let found: NameGroup | undefined;
  let lastGroup = -1;
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'punct') continue;
    if (t.text === ';' || t.text === '{') break;
    if (t.text === '[') {
      const close = matching(tokens, k, end);
      if (close < 0) break;
      k = close;
      continue;
    }
    if (t.text !== '(') continue;
    const prev = k > start ? tokens[k - 1]! : undefined;
    if (prev?.kind === 'id' && !isAnnotationCall(prev.text) && !isQualifier(prev.text) && !isCallingConvention(prev.text)) {
      found = { name: k - 1, open: k, headEnd: k - 1 };
    } else if (prev?.text === ')' && lastGroup >= 0) {
      const pointer = pointerDeclarator(tokens, lastGroup, k - 1);
      if (pointer) found = { ...pointer, open: k, headEnd: lastGroup };
    }
    const close = matching(tokens, k, end);
    if (close < 0) break;
    lastGroup = k;
    k = close;
  }
  return found;
}

/** `(NTAPI *Name)` or `(NTAPI Name)`: the group between `open` and `close` declares a function (pointer). */
function pointerDeclarator(tokens: readonly Token[], open: number, close: number): { name: number; innerConvention?: string } | undefined {
  let k = open + 1;
  let convention: string | undefined;
  while (k < close && tokens[k]!.kind === 'id' && isCallingConvention(tokens[k]!.text)) convention = tokens[k++]!.text;
  while (tokens[k]?.text === '*') k++; // `(NTAPI DRIVER_UNLOAD)` declares a function type
  if (k !== close - 1 || tokens[k]!.kind !== 'id') return undefined;
  return convention === undefined ? { name: k } : { name: k, innerConvention: convention };
}

/** Parses tokens[start, end) as one prototype; `place` is where it starts. */
export function prototypeFromTokens(tokens: readonly Token[], start: number, end: number, place: Place): PrototypeResult {
  const problems: Problem[] = [];
  const at = (k: number): Place => ({ file: place.file, line: tokens[Math.min(k, tokens.length - 1)]?.line ?? place.line });
  if (start >= end) return { problems: [problem(place, 'prototype/empty', 'no prototype text', 'a C function prototype')] };

  const group = findNameGroup(tokens, start, end);
  if (!group) {
    return { problems: [problem(at(start), 'prototype/no-name', `no function name followed by "(" in "${snippet(tokens, start, end)}"`, 'NAME(')] };
  }
  const name = tokens[group.name]!.text;

  // Head: qualifiers, return type, calling convention.
  const qualifiers: string[] = [];
  const typeWords: string[] = [];
  let callingConvention = group.innerConvention;
  for (let k = start; k < group.headEnd; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    if (t.kind === 'id' && next?.text === '(' && k + 1 < group.headEnd) {
      const close = matching(tokens, k + 1, group.headEnd);
      if (close < 0) return { problems: [problem(at(k), 'prototype/unbalanced', `unbalanced "(" after ${t.text}`, ')')] };
      qualifiers.push(callText(t.text, tokens.slice(k + 2, close).map((x) => x.text)));
      k = close;
    } else if (t.kind === 'id' && isCallingConvention(t.text)) {
      callingConvention ??= t.text;
    } else if (t.kind === 'id' && (isSal(t.text) || isQualifier(t.text))) {
      qualifiers.push(t.text);
    } else if (t.kind === 'id' || t.text === '*') {
      typeWords.push(t.text);
    } else if (t.kind === 'str' && typeWords.length === 0) {
      qualifiers.push(t.text); // extern "C"
    } else {
      return { problems: [problem(at(k), 'prototype/unexpected-token', `unexpected "${t.text}" before ${name}`, 'qualifiers and a return type')] };
    }
  }
  if (typeWords.length === 0) {
    return { problems: [problem(at(start), 'prototype/no-return-type', `${name} has no return type`, `a return type before ${name}`)] };
  }

  // Parameters up to the matching `)`; an unterminated list stops at a blank line.
  let close = matching(tokens, group.open, end);
  const unterminated = close < 0;
  if (unterminated) {
    close = end;
    for (let k = group.open + 1; k < end; k++) {
      if (tokens[k]!.line - tokens[k - 1]!.line >= 2) { close = k; break; }
    }
    const last = close - 1;
    problems.push(problem(at(last), 'prototype/unterminated', `the parameter list of ${name} is not closed`, ')'));
  }
  const params: CParam[] = [];
  let variadic = false;
  const pieces = splitTopLevel(tokens, group.open + 1, close);
  for (const [index, [s, e]] of pieces.entries()) {
    if (s === e) {
      if (pieces.length === 1) break; // ()
      return { problems: [...problems, problem(at(s), 'prototype/empty-parameter', `${name}: parameter ${index + 1} is empty`, 'a parameter')] };
    }
    const result = paramFromTokens(tokens, s, e, index);
    if ('error' in result) {
      return { problems: [...problems, problem(at(s), 'prototype/bad-parameter', `${name}: parameter ${index + 1}: ${result.error}`, 'a parameter: annotations, type, name')] };
    }
    if (result.variadic) { variadic = true; continue; }
    if (result.void && pieces.length === 1) break; // (void)
    if (result.param) {
      const param = result.param;
      if (unterminated && result.unnamed && index === pieces.length - 1) {
        // `_In_ HAN` at the cut: a type without a name is most likely a truncated parameter.
        problems.push(problem(at(s), 'prototype/truncated-parameter', `${name}: the last parameter "${typeText(tokens.slice(s, e).map((t) => t.text))}" is cut off and left out`, 'TYPE NAME'));
        continue;
      }
      const implied = directionOf(param.annotations);
      if (implied.direction) param.direction = implied.direction;
      if (implied.optional !== undefined) param.optional = implied.optional;
      params.push(param);
    }
  }

  const prototype: CPrototype = { name, returnType: typeText(typeWords), qualifiers, params, variadic, place };
  if (callingConvention !== undefined) prototype.callingConvention = callingConvention;
  return { prototype, problems };
}

function snippet(tokens: readonly Token[], start: number, end: number): string {
  const text = tokens.slice(start, Math.min(end, start + 12)).map((t) => t.text).join(' ');
  return end - start > 12 ? `${text} …` : text;
}

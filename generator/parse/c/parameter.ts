// One parameter of a prototype: annotations (SAL or `[in, optional]`) apart from the
// type, the name found at the end (or inside `(*Name)` for a function pointer).
import type { CParam } from '../../model/schema.js';
import { BUILTIN_TYPE_WORDS, isAnnotationCall, isCallingConvention, isSal } from './annotations.js';
import { matching, type Token } from './tokens.js';
import { callText, typeText } from './type-text.js';

/** Ranges [start, end) between top-level commas of tokens[start, end). */
export function splitTopLevel(tokens: readonly Token[], start: number, end: number): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let depth = 0;
  let from = start;
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'punct') continue;
    if (t.text === '(' || t.text === '[' || t.text === '{') depth++;
    else if (t.text === ')' || t.text === ']' || t.text === '}') depth = Math.max(0, depth - 1);
    else if (t.text === ',' && depth === 0) {
      pieces.push([from, k]);
      from = k + 1;
    }
  }
  pieces.push([from, end]);
  return pieces;
}

export type ParamResult =
  | { error: string }
  | { param?: CParam; variadic?: boolean; void?: boolean; unnamed?: boolean };

const TAGS = new Set(['struct', 'union', 'enum']);
const TYPE_PUNCT = new Set(['*', '(', ')', '[', ']', ',']);

/** Bracket annotation spelled one way: `[in, optional]`. */
function bracketText(tokens: readonly Token[], open: number, close: number): string {
  const words: string[] = [];
  let current = '';
  for (let k = open + 1; k < close; k++) {
    const t = tokens[k]!.text;
    if (t === ',') { if (current) words.push(current); current = ''; }
    else current = current ? `${current} ${t}` : t;
  }
  if (current) words.push(current);
  return `[${words.join(', ')}]`;
}

export function paramFromTokens(tokens: readonly Token[], start: number, end: number, index: number): ParamResult {
  const annotations: string[] = [];
  const words: Token[] = [];
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (t.text === '[' && t.kind === 'punct' && words.length === 0) {
      const close = matching(tokens, k, end);
      if (close < 0) return { error: 'unclosed "["' };
      annotations.push(bracketText(tokens, k, close));
      k = close;
    } else if (t.kind === 'id' && tokens[k + 1]?.text === '(' && k + 1 < end && isAnnotationCall(t.text)) {
      const close = matching(tokens, k + 1, end);
      if (close < 0) return { error: `unclosed "(" after ${t.text}` };
      annotations.push(callText(t.text, tokens.slice(k + 2, close).map((x) => x.text)));
      k = close;
    } else if (t.kind === 'id' && isSal(t.text)) {
      annotations.push(t.text);
    } else if (t.text === '=' && t.kind === 'punct') {
      break; // a C++ default value
    } else {
      words.push(t);
    }
  }
  if (words.length === 1 && words[0]!.text === '...') return { variadic: true };
  if (words.length === 0) return { error: annotations.length ? `${annotations.join(' ')} is not followed by a type` : 'no type' };
  let inArray = 0; // array sizes are expressions: `Name[MAX_PATH + 1]`
  for (const w of words) {
    if (w.kind === 'punct' && w.text === '[') inArray++;
    else if (w.kind === 'punct' && w.text === ']') inArray--;
    else if (inArray > 0 || w.kind === 'id' || (w.kind === 'punct' && TYPE_PUNCT.has(w.text))) continue;
    else return { error: `unexpected "${w.text}"` };
  }
  if (words.length === 1 && (words[0]!.text === 'void' || words[0]!.text === 'VOID') && annotations.length === 0) return { void: true };

  const texts = words.map((w) => w.text);
  let nameAt = functionPointerName(words);
  if (nameAt < 0) {
    // Arrays after the name: `WCHAR Name[1]`.
    let last = words.length - 1;
    while (last >= 0 && words[last]!.text === ']') {
      let depth = 0;
      let k = last;
      for (; k >= 0; k--) {
        if (words[k]!.text === ']') depth++;
        else if (words[k]!.text === '[' && --depth === 0) break;
      }
      last = k - 1;
    }
    const candidate = words[last];
    const before = words[last - 1];
    if (candidate?.kind === 'id' && last >= 1 && !BUILTIN_TYPE_WORDS.has(candidate.text) && !TAGS.has(before?.text ?? '') &&
      !isCallingConvention(candidate.text)) nameAt = last;
  }
  const name = nameAt >= 0 ? texts[nameAt]! : `param${index + 1}`;
  const type = typeText(nameAt >= 0 ? [...texts.slice(0, nameAt), ...texts.slice(nameAt + 1)] : texts);
  return nameAt >= 0 ? { param: { name, type, annotations } } : { param: { name, type, annotations }, unnamed: true };
}

/** Index of `Name` in `RET (CC *Name)(ARGS)`, or -1. */
function functionPointerName(words: readonly Token[]): number {
  for (let k = 0; k < words.length; k++) {
    if (words[k]!.text !== '(') continue;
    let j = k + 1;
    while (j < words.length && isCallingConvention(words[j]!.text)) j++;
    if (words[j]?.text !== '*') continue;
    while (words[j]?.text === '*') j++;
    if (words[j]?.kind === 'id' && words[j + 1]?.text === ')') return j;
  }
  return -1;
}

// Parameter annotations as documents write them: `[in]`, `[in, out, optional]`, `[in/out]`,
// `[ in, optional ]`, `[in_out, optional]`, `[in_opt]`, and the SAL spellings `_In_`, `_Out_opt_`.
import type { Direction } from '../../model/schema.js';

export interface Annotation {
  direction?: Direction;
  optional: boolean;
  /** Words that are not a direction or `optional`, as written. */
  unknown: string[];
}

const WORD = /^(in)?(out)?(opt(?:ional)?)?$/;

export function parseAnnotation(inner: string): Annotation {
  let input = false;
  let output = false;
  let optional = false;
  const unknown: string[] = [];
  for (const raw of inner.split(/[\s,/|]+/)) {
    const word = raw.toLowerCase().replace(/[^a-z]/g, '');
    if (word === '') continue;
    const m = WORD.exec(word);
    if (!m) {
      unknown.push(raw);
      continue;
    }
    input ||= m[1] !== undefined;
    output ||= m[2] !== undefined;
    optional ||= m[3] !== undefined;
  }
  const direction: Direction | undefined = input && output ? 'in-out' : input ? 'in' : output ? 'out' : undefined;
  return direction ? { direction, optional, unknown } : { optional, unknown };
}

/** A bracketed annotation at the start of a text: `[in] Pointer to…` → annotation and the rest. */
export function leadingAnnotation(text: string): { annotation: Annotation; raw: string; rest: string } | undefined {
  const m = /^\s*\[([^\]\n]{1,40})\]\s*/.exec(text);
  if (!m) return undefined;
  const annotation = parseAnnotation(m[1]!);
  if (!annotation.direction && !annotation.optional) return undefined;
  return { annotation, raw: m[0].trim(), rest: text.slice(m[0].length) };
}

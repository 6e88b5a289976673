// Conditional compilation is not evaluated (declarations of every branch count), with two
// exceptions that would otherwise splice C++ or dead text into C: `#ifdef __cplusplus`
// and `#if 0` branches are dropped (their `#else` is kept), `#ifndef __cplusplus` keeps
// only its first branch.
import type { Directive, Token } from './tokens.js';

// Optional parentheses carry their own blanks (`\s*\(?\s*` would try every split of a long run).
const CPLUSPLUS = /^(?:ifdef\s+__cplusplus\b|if\s+(?:defined\s*(?:\(\s*)?__cplusplus\b|__cplusplus\b)|if\s+0\s*$)/;
const NOT_CPLUSPLUS = /^(?:ifndef\s+__cplusplus\b|if\s+!\s*defined\s*(?:\(\s*)?__cplusplus\s*(?:\)\s*)?$)/;

interface Group {
  mode: 'cpp' | 'not-cpp' | 'none';
  branch: number;
  from: number;
}

/** Line ranges (both bounds exclusive: the directive lines) whose text the reader ignores. */
export function droppedRanges(directives: readonly Directive[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  const stack: Group[] = [];
  const close = (group: Group, line: number): void => {
    const drop = (group.mode === 'cpp' && group.branch === 0) || (group.mode === 'not-cpp' && group.branch > 0);
    if (drop) ranges.push([group.from, line]);
  };
  for (const d of directives) {
    const text = d.text;
    if (/^if/.test(text)) {
      stack.push({ mode: CPLUSPLUS.test(text) ? 'cpp' : NOT_CPLUSPLUS.test(text) ? 'not-cpp' : 'none', branch: 0, from: d.line });
    } else if (/^(?:else|elif)\b/.test(text)) {
      const top = stack[stack.length - 1];
      if (!top) continue;
      close(top, d.line);
      top.branch++;
      top.from = d.line;
    } else if (/^endif\b/.test(text)) {
      const top = stack.pop();
      if (top) close(top, d.line);
    }
  }
  return ranges;
}

/** Items outside the dropped ranges; `items` is in line order. */
export function outside<T extends Token | Directive>(items: readonly T[], ranges: ReadonlyArray<[number, number]>): T[] {
  if (ranges.length === 0) return items as T[];
  // Merge nested and overlapping ranges, then walk both lists once.
  const merged: Array<[number, number]> = [];
  for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  const kept: T[] = [];
  let r = 0;
  for (const item of items) {
    while (r < merged.length && item.line >= merged[r]![1]) r++;
    const range = merged[r];
    if (range && item.line > range[0] && item.line < range[1]) continue;
    kept.push(item);
  }
  return kept;
}

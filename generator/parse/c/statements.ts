// Top-level declarations of a header: token ranges ending at `;`. `extern "C" {` blocks
// are transparent, aggregate bodies stay inside their declaration, function bodies
// (inline functions) are dropped.
import type { Place, Problem } from '../../model/schema.js';
import { isAnnotationCall } from './annotations.js';
import { matching, type Token } from './tokens.js';

export interface Statement {
  start: number;
  /** Exclusive; the `;` is not included. */
  end: number;
}

/** Macros mingw writes as statements without a semicolon. */
const BARE_MACROS = new Set(['__MINGW_TYPEDEF_AW', '__MINGW_TYPEDEF_UAW', '__C89_NAMELESSSTRUCTNAME', '__C89_NAMELESSUNIONNAME']);
const AGGREGATES = new Set(['struct', 'union', 'enum']);

export function splitStatements(tokens: readonly Token[], file: string): { statements: Statement[]; problems: Problem[] } {
  const statements: Statement[] = [];
  const problems: Problem[] = [];
  const at = (k: number): Place => ({ file, line: tokens[k]?.line ?? 1 });
  let open = 0; // transparent `extern "C" {` blocks
  let from = 0;
  const n = tokens.length;

  for (let k = 0; k < n; k++) {
    const t = tokens[k]!;
    if (k === from && t.kind === 'id' && BARE_MACROS.has(t.text) && tokens[k + 1]?.text === '(') {
      const close = matching(tokens, k + 1);
      if (close > 0) { k = close; from = close + 1; continue; }
    }
    if (t.kind !== 'punct') continue;
    const text = t.text;
    if (text === ';') {
      if (k > from) statements.push({ start: from, end: k });
      from = k + 1;
    } else if (text === '(' || text === '[') {
      const close = matching(tokens, k);
      if (close < 0) {
        problems.push({ place: at(k), rule: 'c-header/unbalanced', message: `"${text}" is never closed; the rest of the header is not read`, expected: text === '(' ? ')' : ']', fatal: true });
        return { statements, problems };
      }
      k = close;
    } else if (text === '{') {
      if (k - from === 2 && tokens[from]!.text === 'extern' && tokens[from + 1]!.kind === 'str') {
        open++;
        from = k + 1;
        continue;
      }
      const close = matching(tokens, k);
      if (close < 0) {
        problems.push({ place: at(k), rule: 'c-header/unclosed-brace', message: '"{" is never closed; the rest of the header is not read', expected: '}', fatal: true });
        return { statements, problems };
      }
      if (isFunctionBody(tokens, from, k)) {
        from = close + 1; // an inline function: its declaration goes with its body
        if (tokens[from]?.text === ';') from++;
      }
      k = close;
    } else if (text === '}') {
      if (open > 0 && k === from) {
        open--;
        from = k + 1;
      } else {
        problems.push({ place: at(k), rule: 'c-header/stray-brace', message: '"}" closes nothing', expected: 'a declaration', fatal: false });
        from = k + 1;
      }
    }
  }
  if (from < n) {
    // Read anyway: the header lost its last `;`, not its declaration.
    problems.push({ place: at(from), rule: 'c-header/unterminated-declaration', message: `the declaration starting with "${tokens[from]!.text}" has no ";"`, expected: ';', fatal: false });
    statements.push({ start: from, end: n });
  }
  return { statements, problems };
}

/**
 * `{` at `brace` opens a function body when a parameter list's `)` precedes it, unless that
 * group is an attribute of a struct (`struct DECLSPEC_ALIGN(16) _X {`).
 */
function isFunctionBody(tokens: readonly Token[], from: number, brace: number): boolean {
  if (brace === from || tokens[brace - 1]!.text !== ')') return false;
  let depth = 0;
  let open = brace - 1;
  for (; open >= from; open--) {
    const t = tokens[open]!.text;
    if (t === ')') depth++;
    else if (t === '(' && --depth === 0) break;
  }
  const callee = tokens[open - 1];
  if (!callee || callee.kind !== 'id' || !isAnnotationCall(callee.text)) return true;
  for (let k = open - 2; k >= Math.max(from, open - 3); k--) if (AGGREGATES.has(tokens[k]!.text)) return false;
  return true;
}

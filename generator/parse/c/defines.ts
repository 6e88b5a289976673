// Integer constants of `#define NAME <expression>` lines: `((NTSTATUS)0xC0000008L)`,
// `__MSABI_LONG(6)`, `(WSABASEERR + 4)`. Function-like macros and non-integers are not constants.
import type { Place, Problem } from '../../model/schema.js';
import { evaluate } from './const-expr.js';
import { tokenize, type Directive, type Token } from './tokens.js';

export interface Constant {
  name: string;
  value: number;
  type?: string;
  place: Place;
}

const DEFINE = /^define\s+([A-Za-z_]\w*)(\(?)/;

/**
 * Constants in directive order; a name defined again with another value keeps its first
 * value and yields a warning. `values` receives every constant for later lookups.
 */
export function readDefines(directives: readonly Directive[], file: string, values: Map<string, bigint>): { constants: Constant[]; problems: Problem[] } {
  const constants: Constant[] = [];
  const problems: Problem[] = [];
  for (const d of directives) {
    if (!d.text.startsWith('define')) continue;
    const m = DEFINE.exec(d.text);
    if (!m || m[2]) continue;
    const name = m[1]!;
    const body = d.text.slice(m[0].length);
    if (body.trim() === '') continue;
    const { tokens } = tokenize(body, d.line, { directives: false });
    const result = evaluate(tokens, 0, tokens.length, (n) => values.get(n));
    if (!result || !Number.isSafeInteger(Number(result.value))) continue;
    const previous = values.get(name);
    if (previous !== undefined) {
      if (previous !== result.value) {
        problems.push({
          place: { file, line: d.line }, rule: 'c-header/duplicate-constant', fatal: false,
          message: `${name} is defined again with another value (${result.value}, first ${previous}); the first definition is kept`,
        });
      }
      continue;
    }
    values.set(name, result.value);
    const constant: Constant = { name, value: Number(result.value), place: { file, line: d.line } };
    if (result.type !== undefined) constant.type = result.type;
    constants.push(constant);
  }
  return { constants, problems };
}

/**
 * Object-like macros whose body is declarations (`#define FSRTL_COMMON_FCB_HEADER_LAYOUT
 * CSHORT NodeTypeCode; ...`), expanded where used so struct members are not lost.
 */
export function declarationMacros(directives: readonly Directive[]): Map<string, string> {
  const macros = new Map<string, string>();
  for (const d of directives) {
    const m = DEFINE.exec(d.text);
    if (!m || m[2] || macros.has(m[1]!)) continue;
    const body = d.text.slice(m[0].length);
    if (body.includes(';') && !body.includes('{') && !body.includes('#')) macros.set(m[1]!, body);
  }
  return macros;
}

/** Replaces uses of `macros` (once, not recursively) by their tokens, at the place of use. */
export function expandMacros(tokens: Token[], macros: ReadonlyMap<string, string>): Token[] {
  if (macros.size === 0 || !tokens.some((t) => t.kind === 'id' && macros.has(t.text))) return tokens;
  const out: Token[] = [];
  for (const t of tokens) {
    const body = t.kind === 'id' ? macros.get(t.text) : undefined;
    if (body === undefined) { out.push(t); continue; }
    for (const x of tokenize(body, t.line, { directives: false }).tokens) out.push({ ...x, line: t.line, pos: t.pos });
  }
  return out;
}

/** `#define ObDereferenceObject ObfDereferenceObject`: names that stand for another name. */
export function nameDefines(directives: readonly Directive[]): Array<{ name: string; target: string }> {
  const out: Array<{ name: string; target: string }> = [];
  for (const d of directives) {
    const m = /^define\s+([A-Za-z_]\w*)\s+([A-Za-z_]\w*)\s*$/.exec(d.text);
    if (m && m[1] !== m[2]) out.push({ name: m[1]!, target: m[2]! });
  }
  return out;
}

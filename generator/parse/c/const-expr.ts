// Integer constant expressions as `#define` bodies and enum values write them:
// `((NTSTATUS)0xC0000008L)`, `__MSABI_LONG(6)`, `(WSABASEERR + 4)`, `1 << 3 | FLAG`.
// Evaluated in BigInt; anything else (strings, floats, unknown names) is not a constant.
import type { Token } from './tokens.js';

export interface ConstValue {
  value: bigint;
  /** The cast or typed wrapper written outermost: `NTSTATUS`, `LONG`, `HRESULT`. */
  type?: string;
}

const BINARY: Record<string, number> = {
  '||': 1, '&&': 2, '|': 3, '^': 4, '&': 5, '==': 6, '!=': 6, '<': 7, '>': 7, '<=': 7, '>=': 7,
  '<<': 8, '>>': 8, '+': 9, '-': 9, '*': 10, '/': 10, '%': 10,
};
const TWO_CHAR = new Set(['||', '&&', '==', '!=', '<=', '>=', '<<', '>>']);

/** Type a wrapper macro gives its argument: `__MSABI_LONG(x)` is a LONG, `_HRESULT_TYPEDEF_(x)` an HRESULT. */
function wrapperType(name: string): string | undefined {
  if (name === '__MSABI_LONG') return 'LONG';
  const typed = /^_([A-Z0-9]+)_TYPEDEF_$/.exec(name);
  return typed?.[1];
}

export function parseIntLiteral(text: string): bigint | undefined {
  const m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)(?:[uU]?(?:[lL]{0,2}|i64|I64)[uU]?)$/.exec(text);
  if (!m) return undefined;
  const digits = m[1]!;
  if (/^0[0-7]+$/.test(digits)) return BigInt(`0o${digits.slice(1)}`);
  return BigInt(digits);
}

/** Evaluates tokens[start, end); `scope` resolves names defined earlier. */
export function evaluate(tokens: readonly Token[], start: number, end: number, scope: (name: string) => bigint | undefined): ConstValue | undefined {
  // Operators arrive as single-character tokens; glue `<<`, `>>`, `==`, ... back together.
  const toks: Token[] = [];
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    const prev = toks[toks.length - 1];
    if (t.kind === 'punct' && prev?.kind === 'punct' && TWO_CHAR.has(prev.text + t.text) && tokens[k - 1] === prev) {
      toks[toks.length - 1] = { ...prev, text: prev.text + t.text };
    } else toks.push(t);
  }
  let i = 0;
  let outerType: string | undefined;
  let depthSeen = 0; // operands parsed; only the first one's cast or wrapper types the whole

  const fail = (): never => { throw new NotConstant(); };
  const peek = (): string | undefined => toks[i]?.text;

  function primary(): bigint {
    const t = toks[i];
    if (!t) return fail();
    if (t.kind === 'num') {
      const v = parseIntLiteral(t.text);
      if (v === undefined) return fail();
      i++;
      return v;
    }
    if (t.kind === 'id') {
      if (toks[i + 1]?.text === '(') {
        const type = depthSeen === 0 ? wrapperType(t.text) : undefined;
        i += 2;
        const v = expr(0);
        if (peek() !== ')') return fail();
        i++;
        if (type) outerType ??= type;
        return v;
      }
      const v = scope(t.text);
      if (v === undefined) return fail();
      i++;
      return v;
    }
    if (t.text === '(') {
      // A cast: `(NTSTATUS)` / `(unsigned long)` followed by an operand.
      let j = i + 1;
      while (toks[j]?.kind === 'id' && scope(toks[j]!.text) === undefined) j++;
      if (j > i + 1 && toks[j]?.text === ')' && toks[j + 1] && (toks[j + 1]!.kind !== 'punct' || /^[(~!-]$/.test(toks[j + 1]!.text))) {
        if (depthSeen === 0) outerType ??= toks.slice(i + 1, j).map((x) => x.text).join(' ');
        i = j + 1;
        return unary();
      }
      i++;
      const v = expr(0);
      if (peek() !== ')') return fail();
      i++;
      return v;
    }
    return fail();
  }

  function unary(): bigint {
    const t = peek();
    if (t === '-') { i++; return -unary(); }
    if (t === '+') { i++; return unary(); }
    if (t === '~') { i++; return ~unary(); }
    if (t === '!') { i++; return unary() === 0n ? 1n : 0n; }
    return primary();
  }

  function expr(minPrec: number): bigint {
    let left = unary();
    depthSeen++;
    for (;;) {
      const op = peek();
      const prec = op === undefined ? undefined : BINARY[op];
      if (prec === undefined || prec < minPrec || toks[i]!.kind !== 'punct') return left;
      i++;
      const right = expr(prec + 1);
      left = apply(op!, left, right);
    }
  }

  try {
    const value = expr(0);
    if (i !== toks.length) return undefined;
    return outerType === undefined ? { value } : { value, type: outerType };
  } catch (error) {
    // RangeError: nesting deeper than the stack, not a constant either.
    if (error instanceof NotConstant || error instanceof RangeError) return undefined;
    throw error;
  }
}

class NotConstant extends Error {}

function apply(op: string, a: bigint, b: bigint): bigint {
  switch (op) {
    case '|': return a | b;
    case '^': return a ^ b;
    case '&': return a & b;
    case '<<': if (b < 0n || b > 64n) throw new NotConstant(); return a << b;
    case '>>': if (b < 0n || b > 64n) throw new NotConstant(); return a >> b;
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': if (b === 0n) throw new NotConstant(); return a / b;
    case '%': if (b === 0n) throw new NotConstant(); return a % b;
    case '||': return a !== 0n || b !== 0n ? 1n : 0n;
    case '&&': return a !== 0n && b !== 0n ? 1n : 0n;
    case '==': return a === b ? 1n : 0n;
    case '!=': return a !== b ? 1n : 0n;
    case '<': return a < b ? 1n : 0n;
    case '>': return a > b ? 1n : 0n;
    case '<=': return a <= b ? 1n : 0n;
    case '>=': return a >= b ? 1n : 0n;
    default: throw new NotConstant();
  }
}

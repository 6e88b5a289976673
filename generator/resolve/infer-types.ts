// The last resort for types: a sentence of the document that says what a value is.
// Each rule is data so the docs can list it, and each inference names its sentence.
import type { Direction } from '../model/schema.js';
import { inferFromName } from './infer-from-name.js';

export interface Inference {
  c: string;
  sentence: string;
  rule: string;
}

interface Context {
  direction: Direction;
  /** The function the parameter belongs to (`CreateEventW`): wide strings for ...W functions. */
  fn: string;
}

interface Rule {
  id: string;
  pattern: RegExp;
  /** The C type, or undefined when the match does not decide it after all. */
  type: string | ((ctx: Context, match: RegExpExecArray) => string | undefined);
}

/** `A pointer to a SECURITY_ATTRIBUTES structure` → `PSECURITY_ATTRIBUTES`. */
const pointerTo = (_ctx: Context, m: RegExpExecArray): string => `P${m[1]}`;
const handleOrOut = (ctx: Context): string => (ctx.direction === 'in' ? 'HANDLE' : 'PHANDLE');

/** What "an opaque X pointer" is, by X; the Filter Manager's own objects only for Flt routines. */
const OPAQUE: Readonly<Record<string, string>> = {
  instance: 'PFLT_INSTANCE', filter: 'PFLT_FILTER', volume: 'PFLT_VOLUME', port: 'PFLT_PORT',
  oplock: 'POPLOCK', 'file object': 'PFILE_OBJECT',
};
const opaquePointer = (ctx: Context, m: RegExpExecArray): string | undefined => {
  const what = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase();
  const type = OPAQUE[what];
  return type?.startsWith('PFLT_') && !/^Flt/.test(ctx.fn) ? undefined : type;
};

/** Rules that name the type exactly; they win over a Hungarian parameter name. */
const EXACT_RULES: readonly Rule[] = [
  { id: 'param/opaque-pointer', pattern: /^(?:An? )?(?:[Oo]paque )(instance|filter|volume|port|oplock) pointer\b|^(?:An? |The )?(?:[Oo]paque )?(file object) pointer\b|^Opaque pointer for the (volume)\b/i, type: opaquePointer },
  { id: 'param/struct-pointer', pattern: /\b[Pp]ointer to (?:an? |the )?(?:caller-(?:allocated|supplied) |optional |opaque )*([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{2,}[A-Z0-9]*) (?:structure|union)\b/, type: pointerTo },
  { id: 'param/variable-pointer', pattern: /\b[Pp]ointer to (?:an? |the )?(?:caller-(?:allocated|supplied) )?(HANDLE|ULONG|DWORD|BOOLEAN|BOOL|USHORT|LONG|SIZE_T|ULONG_PTR|ACCESS_MASK|LARGE_INTEGER|ULARGE_INTEGER)\b(?! structure)/, type: pointerTo },
];

const PARAM_RULES: readonly Rule[] = [
  { id: 'param/handle', pattern: /^(?:\[[^\]]*\]\s*)?(?:an?\s+|the\s+)?(?:valid\s+|open\s+|opened\s+|file\s+|object\s+)*handle\b/i, type: handleOrOut },
  { id: 'param/receives-handle', pattern: /\b(receives?|returns?)\b[^.]*\bhandle\b/i, type: 'PHANDLE' },
  { id: 'param/handle-to', pattern: /\bhandle (?:to|of|for|being|that|created|returned|opened)\b/i, type: handleOrOut },
  { id: 'param/wide-string', pattern: /\bnull-terminated\b[^.]*\bstring\b/i, type: 'LPCWSTR' },
  { id: 'param/name-of', pattern: /^(?:The|A) (?:name|path|file name) of\b/, type: (ctx) => (ctx.direction === 'in' && /[a-z]W$/.test(ctx.fn) ? 'LPCWSTR' : undefined) },
  { id: 'param/unicode-string', pattern: /\bpointer to (?:an? |the )?(?:\w+ )?UNICODE_STRING\b/, type: 'PUNICODE_STRING' },
  { id: 'param/access-mask', pattern: /\bACCESS_MASK\b|\baccess rights?\b|\bdesired access\b|\btype of access\b/i, type: 'ACCESS_MASK' },
  { id: 'param/boolean', pattern: /\b(?:[Ss]et to|is|if) TRUE\b|\bBOOLEAN\b/, type: 'BOOLEAN' },
  { id: 'param/pointer', pattern: /^(?:\[[^\]]*\]\s*)?(?:an?\s+)?(?:optional\s+)?pointer\b/i, type: 'PVOID' },
  { id: 'param/size', pattern: /\b(?:size|length),? in bytes\b|\bnumber of\b|\bflags?\b|\bbitmask\b/i, type: 'ULONG' },
];

const RETURN_RULES: readonly Rule[] = [
  { id: 'return/ntstatus', pattern: /\bNTSTATUS\b|\breturns? STATUS_[A-Z_]+\b|\bSTATUS_SUCCESS\b/, type: 'NTSTATUS' },
  { id: 'return/bool-nonzero', pattern: /\breturn value is nonzero\b|\breturns? (?:a )?nonzero\b|\breturns? TRUE\b/i, type: 'BOOL' },
  { id: 'return/none', pattern: /\b(?:does not return a value|returns? nothing|none)\b/i, type: 'VOID' },
  { id: 'return/handle', pattern: /\breturn value is (?:a|an open) handle\b|\breturns? (?:a|the) handle\b/i, type: 'HANDLE' },
  { id: 'return/error-code', pattern: /\breturn value is ERROR_SUCCESS\b|\bnonzero error code defined in Winerror\.h\b/i, type: 'LONG' },
];

const plainText = (markdown: string): string => markdown
  .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
  .replace(/[*`]+/g, '').replace(/(^|\s)_+|_+(?=\s|$|[.,;:])/g, '$1')
  .replace(/\s+/g, ' ')
  .trim();

/**
 * Sentences of a markdown text, with markdown marks removed, as a reader would quote them. A blank
 * line, a table cell, a heading or a list item ends a sentence: prose does not run across them.
 */
export function sentences(markdown: string): string[] {
  const blocks: string[] = [];
  for (const block of markdown.split(/\n\s*\n/)) {
    let prose: string[] = [];
    const flush = (): void => {
      if (prose.length) blocks.push(prose.join('\n'));
      prose = [];
    };
    for (const line of block.split('\n')) {
      const row = /^\s*\|(.*)\|?\s*$/.exec(line);
      if (row) {
        flush();
        // Each cell of a table row is its own text; separator rows carry none.
        for (const cell of row[1]!.split(/(?<!\\)\|/)) if (!/^\s*:?-{3,}:?\s*$/.test(cell)) blocks.push(cell);
        continue;
      }
      const heading = /^\s*#{1,6} (.*)$/.exec(line);
      if (heading) {
        flush();
        blocks.push(heading[1]!);
        continue;
      }
      if (/^\s*(?:[-*+] |\d+\. )/.test(line)) flush();
      prose.push(line.replace(/^\s*(?:[-*+] |\d+\. )/, ''));
    }
    flush();
  }
  return blocks.map(plainText).filter((b) => b.length > 0)
    .flatMap((b) => b.split(/(?<=[.!?])\s+(?=[A-Z[<"(])/)).filter((s) => s.length > 0);
}

function apply(rules: readonly Rule[], texts: readonly string[], ctx: Context): Inference | undefined {
  for (const sentence of texts) {
    for (const rule of rules) {
      const match = rule.pattern.exec(sentence);
      const c = match ? (typeof rule.type === 'string' ? rule.type : rule.type(ctx, match)) : undefined;
      if (c) return { c, sentence, rule: rule.id };
    }
  }
  return undefined;
}

/**
 * A parameter's type from its text: a pointer to a named structure or variable first (the most
 * specific statement), then its Hungarian name (Win32 pages), then the other sentence rules.
 */
export function inferParameterType(description: string, direction: Direction, name = '', fn = ''): Inference | undefined {
  const ctx = { direction, fn };
  const texts = sentences(description); // split once for both rule passes
  return apply(EXACT_RULES, texts, ctx) ?? (name ? inferFromName(name, direction, fn) : undefined) ?? apply(PARAM_RULES, texts, ctx);
}

export function inferReturnType(description: string): Inference | undefined {
  return apply(RETURN_RULES, sentences(description), { direction: 'out', fn: '' });
}

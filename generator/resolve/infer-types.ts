// The last resort for types: a sentence of the document that says what a value is.
// Each rule is data so the docs can list it, and each inference names its sentence.
import type { Direction } from '../model/schema.js';

export interface Inference {
  c: string;
  sentence: string;
  rule: string;
}

interface Rule {
  id: string;
  pattern: RegExp;
  type: string | ((direction: Direction) => string);
}

const PARAM_RULES: readonly Rule[] = [
  { id: 'param/receives-handle', pattern: /\b(receives?|returns?)\b[^.]*\bhandle\b/i, type: 'PHANDLE' },
  { id: 'param/handle', pattern: /^(?:\[[^\]]*\]\s*)?(?:an?\s+|the\s+)?(?:valid\s+|open\s+|opened\s+|file\s+|object\s+)*handle\b/i, type: (d) => (d === 'in' ? 'HANDLE' : 'PHANDLE') },
  { id: 'param/handle-to', pattern: /\bhandle (?:to|of|for|being|that|created|returned|opened)\b/i, type: (d) => (d === 'in' ? 'HANDLE' : 'PHANDLE') },
  { id: 'param/wide-string', pattern: /\bnull-terminated\b[^.]*\bstring\b/i, type: 'LPCWSTR' },
  { id: 'param/unicode-string', pattern: /\bUNICODE_STRING\b/, type: 'PUNICODE_STRING' },
  { id: 'param/object-attributes', pattern: /\bOBJECT_ATTRIBUTES\b/, type: 'POBJECT_ATTRIBUTES' },
  { id: 'param/access-mask', pattern: /\bACCESS_MASK\b|\baccess rights?\b|\bdesired access\b/i, type: 'ACCESS_MASK' },
  { id: 'param/boolean', pattern: /\b(?:set to|is|if) TRUE\b|\bBOOLEAN\b/, type: 'BOOLEAN' },
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

function apply(rules: readonly Rule[], text: string, direction: Direction): Inference | undefined {
  for (const sentence of sentences(text)) {
    for (const rule of rules) {
      if (rule.pattern.test(sentence)) {
        return { c: typeof rule.type === 'string' ? rule.type : rule.type(direction), sentence, rule: rule.id };
      }
    }
  }
  return undefined;
}

export function inferParameterType(description: string, direction: Direction): Inference | undefined {
  return apply(PARAM_RULES, description, direction);
}

export function inferReturnType(description: string): Inference | undefined {
  return apply(RETURN_RULES, description, 'out');
}

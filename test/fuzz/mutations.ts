// Mutations of real documents, each a small record (shrinkable by fast-check, printable as a
// counterexample) applied to the bytes. Bytes are handled as latin1 text, one char per byte,
// so invalid UTF-8 and truncated sequences survive every edit.
import fc from 'fast-check';
import type { Reader } from '../../generator/parse/parse-source.js';
import { BAD_UTF8, FRAGMENTS, NESTINGS, YAML_BOMBS, nested, repeat, yamlBomb, type Nesting, type YamlBomb } from './payloads.js';

export type Unit = 'section' | 'paragraph';
export type Encoding = 'crlf' | 'cr' | 'bom-utf8' | 'bom-utf16le' | 'bom-utf16be' | 'utf16le';

export type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'delete-section'; unit: Unit; index: number }
  | { op: 'duplicate-section'; unit: Unit; index: number; to: number }
  | { op: 'unclose'; closer: string; from: number }
  | { op: 'open'; opener: string; at: number; inline: boolean }
  | { op: 'invalid-utf8'; at: number; sequence: number; count: number }
  | { op: 'long-line'; fragment: string; size: number; at: number; extend: boolean }
  | { op: 'padded'; prefix: string; filler: string; size: number; suffix: string; at: number }
  | { op: 'nest'; kind: Nesting; depth: number; closed: boolean; at: number }
  | { op: 'yaml-bomb'; kind: YamlBomb; size: number }
  | { op: 'flip'; flips: { at: number; xor: number }[] }
  | { op: 'encoding'; kind: Encoding };

const HTML_CLOSERS = ['</table>', '</tr>', '</td>', '</th>', '</dl>', '</dd>', '</dt>', '</b>', '</i>', '</a>', '</p>', '</ul>', '</li>', '</div>', '</code>', '</pre>', '-->', '>'];
const MD_CLOSERS = ['```', '---', '|', ']', ')', '"', '`', '**'];
const C_CLOSERS = ['}', '*/', ')', ';', '#endif', '"', ',', '>'];
const HTML_OPENERS = ['<table>', '<table><tr><td>', '<tr><td>x', '<!--', '<b>', '<a href="', '<a href="x">', '<div>', '<pre>', '<code>', '<dl><dt><b>', '<br', '&', '&#x', '<'];
const MD_OPENERS = ['```', '~~~', '```cpp', '| a | b |\n| --- | --- |\n| c', '[link](', '![img](', '### -param ', '## -parameters', '## -returns', '## -struct-fields', '---', '# ', '    ', '> ', '- ', '1. '];
const C_OPENERS = ['/*', '{', '(', '#if 0', '#ifdef X', '#else', '#endif', '#define A(', '"', "'", 'typedef struct _X {', 'typedef enum {', '__kernel_entry NTSYSCALLAPI NTSTATUS NtX(', 'extern "C" {', '\\'];

const CLOSERS: Record<Reader, string[]> = { markdown: [...HTML_CLOSERS, ...MD_CLOSERS], plaintext: [...HTML_CLOSERS, ...MD_CLOSERS, ...C_CLOSERS], 'c-header': C_CLOSERS };
const OPENERS: Record<Reader, string[]> = { markdown: [...HTML_OPENERS, ...MD_OPENERS], plaintext: [...HTML_OPENERS, ...MD_OPENERS, ...C_OPENERS], 'c-header': [...C_OPENERS, ...HTML_OPENERS.slice(0, 3)] };

/** Starts of constructs the readers match with patterns, to be followed by a megabyte of filler. */
const PREFIXES = ['[x](', '](', '[x](y ', '![x](', '[x]: ', 'href=', 'href="', '<a ', '<a href="x">', '<b>', '### -param X ', '## ', '# ', 'UID: ', 'UID: NF:x.', 'req.header: ', 'title: ', 'api_name:\n- ', 'req.dll: ', 'ms.keywords: ',
  'key: ', '- ', '#define X ', '#if ', 'NTSTATUS F(', '_In_reads_(', '[in', '| a |', '&#', '<!--', '`', '**', 'Return value', 'STATUS_X', 'x.h', '(', '/*'];
const FILLERS = [' ', '\t', '\n', ' \n', 'x', '-', '\\', '*', '#', '[', '(', '"', '\u00a0'];
const SUFFIXES = ['', ')', '>', ']', '"', '\n', '*/', '</a>', ';'];

/** Where edits land: shrinks toward the start of the document. */
const at = fc.nat({ max: 10_000_000 });
const depth = fc.oneof(fc.constant(10_000), fc.integer({ min: 1, max: 10_000 }));
const unit = fc.constantFrom<Unit>('section', 'paragraph');

export function mutationArbitrary(reader: Reader): fc.Arbitrary<Mutation> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.record({ op: fc.constant('truncate' as const), at }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('delete-section' as const), unit, index: fc.nat(200) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate-section' as const), unit, index: fc.nat(200), to: at }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('unclose' as const), closer: fc.constantFrom(...CLOSERS[reader]), from: fc.nat(20) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('open' as const), opener: fc.constantFrom(...OPENERS[reader]), at, inline: fc.boolean() }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('invalid-utf8' as const), at, sequence: fc.nat(BAD_UTF8.length - 1), count: fc.integer({ min: 1, max: 64 }) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('long-line' as const), fragment: fc.constantFrom(...FRAGMENTS), size: fc.constantFrom(65_536, 1_048_576), at, extend: fc.boolean() }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('padded' as const), prefix: fc.constantFrom(...PREFIXES), filler: fc.constantFrom(...FILLERS), size: fc.constantFrom(65_536, 1_048_576), suffix: fc.constantFrom(...SUFFIXES), at }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('nest' as const), kind: fc.constantFrom(...NESTINGS), depth, closed: fc.boolean(), at }) },
    { weight: reader === 'markdown' ? 2 : 1, arbitrary: fc.record({ op: fc.constant('yaml-bomb' as const), kind: fc.constantFrom(...YAML_BOMBS), size: fc.integer({ min: 1, max: 10_000 }) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('flip' as const), flips: fc.array(fc.record({ at, xor: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 16 }) }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('encoding' as const), kind: fc.constantFrom<Encoding>('crlf', 'cr', 'bom-utf8', 'bom-utf16le', 'bom-utf16be', 'utf16le') }) },
  );
}

/** One to three mutations of one seed document. */
export const mutationsArbitrary = (reader: Reader): fc.Arbitrary<Mutation[]> => fc.array(mutationArbitrary(reader), { minLength: 1, maxLength: 3 });

/** Text → its UTF-8 bytes as latin1 text. */
const utf8 = (s: string): string => Buffer.from(s, 'utf8').toString('latin1');

export function applyMutations(bytes: Uint8Array, mutations: readonly Mutation[]): Buffer {
  let text = Buffer.from(bytes).toString('latin1');
  for (const m of mutations) text = applyOne(text, m);
  return Buffer.from(text, 'latin1');
}

function applyOne(text: string, m: Mutation): string {
  switch (m.op) {
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'delete-section':
    case 'duplicate-section': {
      const lines = text.split('\n');
      const starts = sectionStarts(lines, m.unit);
      const i = m.index % starts.length;
      const from = starts[i]!;
      const to = starts[i + 1] ?? lines.length;
      if (m.op === 'delete-section') return [...lines.slice(0, from), ...lines.slice(to)].join('\n');
      // Arrays, not splice(...section): a section of a million lines is more arguments than a call takes.
      const at = m.to % (lines.length + 1);
      return [...lines.slice(0, at), ...lines.slice(from, to), ...lines.slice(at)].join('\n');
    }
    case 'unclose': {
      const parts = text.split(m.closer);
      if (parts.length === 1) return text;
      const keep = m.from % parts.length;
      return parts.slice(0, keep + 1).join(m.closer) + parts.slice(keep + 1).join('');
    }
    case 'open':
      return m.inline ? insertAt(text, m.at, m.opener) : insertLine(text, m.at, m.opener);
    case 'invalid-utf8':
      return insertAt(text, m.at, repeat(BAD_UTF8[m.sequence % BAD_UTF8.length]!, m.count));
    case 'long-line': {
      const fragment = utf8(m.fragment);
      const line = repeat(fragment, Math.ceil(m.size / fragment.length));
      if (!m.extend) return insertLine(text, m.at, line);
      const lines = text.split('\n');
      const i = m.at % lines.length;
      lines[i] += line;
      return lines.join('\n');
    }
    case 'padded':
      return insertAt(text, m.at, utf8(m.prefix + repeat(m.filler, Math.ceil(m.size / m.filler.length)) + m.suffix));
    case 'nest':
      return insertLine(text, m.at, nested(m.kind, m.depth, m.closed));
    case 'yaml-bomb': {
      const bomb = yamlBomb(m.kind, m.size);
      return /^---[ \t]*\r?\n/.test(text) ? text.replace(/^---[ \t]*\r?\n/, `---\n${bomb}\n`) : `---\n${bomb}\n---\n${text}`;
    }
    case 'flip': {
      if (text.length === 0) return text;
      const chars = text.split('');
      for (const f of m.flips) {
        const i = f.at % chars.length;
        chars[i] = String.fromCharCode(chars[i]!.charCodeAt(0) ^ f.xor);
      }
      return chars.join('');
    }
    case 'encoding':
      return encode(text, m.kind);
  }
}

function encode(text: string, kind: Encoding): string {
  switch (kind) {
    case 'crlf':
      return text.replace(/\r?\n/g, '\r\n');
    case 'cr':
      return text.replace(/\r?\n/g, '\r');
    case 'bom-utf8':
      return `\xef\xbb\xbf${text}`;
    case 'bom-utf16le':
      return `\xff\xfe${text}`;
    case 'bom-utf16be':
      return `\xfe\xff${text}`;
    case 'utf16le':
      return `\xff\xfe${Buffer.from(Buffer.from(text, 'latin1').toString('utf8'), 'utf16le').toString('latin1')}`;
  }
}

function insertAt(text: string, at: number, piece: string): string {
  const i = at % (text.length + 1);
  return text.slice(0, i) + piece + text.slice(i);
}

function insertLine(text: string, at: number, line: string): string {
  const lines = text.split('\n');
  lines.splice(at % (lines.length + 1), 0, line);
  return lines.join('\n');
}

const HEADING = /^(#{1,6}\s|---\s*$|[A-Z][A-Za-z ]{2,30}$)/;

/** First lines of the sections (headings) or paragraphs (after blank lines) of a text. */
function sectionStarts(lines: readonly string[], by: Unit): number[] {
  const starts = [0];
  for (let i = 1; i < lines.length; i++) {
    const blankBefore = lines[i - 1]!.trim() === '';
    const isStart = by === 'section' ? HEADING.test(lines[i]!) : blankBefore && lines[i]!.trim() !== '';
    if (isStart) starts.push(i);
  }
  return starts;
}

/** A counterexample as one line: each mutation with its parameters. */
export function describeMutations(mutations: readonly Mutation[]): string {
  return mutations.map((m) => JSON.stringify(m)).join(' then ');
}

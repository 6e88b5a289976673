// The fuzzer's own parts: mutations do what they are named for, and the property rejects what
// it must (otherwise a green fuzzing run would prove nothing).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ParsedDocument, Problem } from '../../generator/model/schema.js';
import { parseSource } from '../../generator/parse/parse-source.js';
import { decodeText } from '../../generator/read/decode-text.js';
import { seedDocuments } from './documents.js';
import { applyMutations, type Mutation } from './mutations.js';
import { checkBytes, checkResult, FuzzFailure, lineCount } from './property.js';

const SEED = 'seeds/000_255dac23c9aa068f.txt';
const bytes = readFileSync(SEED);
const text = bytes.toString('utf8');
const mutate = (...m: Mutation[]): string => applyMutations(bytes, m).toString('latin1');

describe('mutations', () => {
  it('truncate at any byte, even inside a UTF-8 sequence', () => {
    const euro = Buffer.from('a\u20acb');
    expect(applyMutations(euro, [{ op: 'truncate', at: 2 }])).toEqual(euro.subarray(0, 2));
    expect(decodeText(applyMutations(euro, [{ op: 'truncate', at: 2 }])).invalid).toMatchObject({ line: 1, column: 2 });
    expect(mutate({ op: 'truncate', at: bytes.length + 5 })).toBe(mutate({ op: 'truncate', at: 4 }));
  });

  it('delete and duplicate sections (from a heading) and paragraphs (from a blank line)', () => {
    const page = Buffer.from('a\n## -x\nb\n\nc\n## -y\nd');
    const edit = (m: Mutation): string => applyMutations(page, [m]).toString();
    expect(edit({ op: 'delete-section', unit: 'section', index: 1 })).toBe('a\n## -y\nd');
    expect(edit({ op: 'duplicate-section', unit: 'section', index: 2, to: 0 })).toBe('## -y\nd\na\n## -x\nb\n\nc\n## -y\nd');
    expect(edit({ op: 'delete-section', unit: 'paragraph', index: 1 })).toBe('a\n## -x\nb\n');
  });

  it('leave tags unclosed and open others', () => {
    const html = Buffer.from('<table><tr><td>a</td></tr></table>\n<b>x</b>');
    expect(applyMutations(html, [{ op: 'unclose', closer: '</td>', from: 0 }]).toString()).toBe('<table><tr><td>a</tr></table>\n<b>x</b>');
    expect(applyMutations(html, [{ op: 'open', opener: '<!--', at: 1, inline: false }]).toString()).toBe('<table><tr><td>a</td></tr></table>\n<!--\n<b>x</b>');
  });

  it('insert invalid UTF-8, flip bytes, change the encoding', () => {
    expect(decodeText(applyMutations(bytes, [{ op: 'invalid-utf8', at: text.indexOf('\n') + 1, sequence: 0, count: 3 }])).invalid).toEqual({ line: 2, column: 1, count: 3 });
    expect(mutate({ op: 'flip', flips: [{ at: 0, xor: 0x20 }] }).startsWith('\r--')).toBe(true);
    expect(decodeText(applyMutations(bytes, [{ op: 'encoding', kind: 'utf16le' }])).text).toBe(text);
  });

  it('build megabyte lines, deep nesting and YAML alias bombs from a few numbers', () => {
    const long = mutate({ op: 'long-line', fragment: '<b>', size: 1_048_576, at: 3, extend: false }).split('\n')[3]!;
    expect(long.length).toBeGreaterThanOrEqual(1_048_576);
    expect(mutate({ op: 'nest', kind: 'div', depth: 10_000, closed: false, at: 0 }).split('<div>').length - 1).toBe(10_000);
    const bomb = mutate({ op: 'yaml-bomb', kind: 'laughs', size: 9 }).split('\n');
    expect(bomb[0]).toBe('---');
    expect(bomb.slice(1, 12).join('\n')).toMatch(/^lol0: &lol0 .*\n(lol\d+: &lol\d+ \[\*lol\d+(, \*lol\d+){8}\]\n?){10}/);
    expect(bomb.indexOf('UID: NF:winternl.NtClose')).toBeGreaterThan(10);
  });
});

describe('the property', () => {
  const result = parseSource({ path: SEED, text });
  const lines = lineCount(text);
  const problem = (p: Partial<Problem>): Problem => ({ place: { file: SEED, line: 1 }, rule: 'x/y', message: 'm', fatal: false, ...p });
  const broken = (documents: ParsedDocument[], problems: Problem[]): (() => void) => () => checkResult({ documents, problems }, SEED, lines, 'markdown');

  it('holds for a real page, as bytes read from disk', () => {
    expect(() => checkResult(result, SEED, lines, 'markdown')).not.toThrow();
    const doc = seedDocuments().find((d) => d.path === SEED)!;
    expect(checkBytes(doc.path, doc.bytes, doc.reader).documents).toBe(1);
  });

  it('fails on a reader exception caught by the dispatcher', () => {
    expect(broken([], [problem({ rule: 'internal/exception', fatal: true })])).toThrow(FuzzFailure);
    expect(broken([], [problem({ rule: 'c-header/internal', fatal: true })])).toThrow(/threw/);
  });

  it('fails on a place that is not in the file', () => {
    expect(broken(result.documents, [problem({ place: { file: SEED, line: lines + 1 } })])).toThrow(/line/);
    expect(broken(result.documents, [problem({ place: { file: 'other.md', line: 1 } })])).toThrow(/other\.md/);
    const doc = structuredClone(result.documents[0]!);
    doc.description!.place.line = 0;
    expect(broken([doc], [])).toThrow(/description/);
  });

  it('fails on no document without a fatal problem, and on a document the schema rejects', () => {
    expect(broken([], [problem({})])).toThrow(/no document/);
    expect(broken([{ ...result.documents[0]!, kind: 'thing' as 'function' }], [])).toThrow(/schema/);
  });
});

// The prototype reader over fixture folders (seed snippets, SAL and bracket variants,
// truncated and garbage input), the real seed files, and arbitrary input.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CPrototype, Problem } from '../../../generator/model/schema.js';
import { parsePrototype } from '../../../generator/parse/c/prototype.js';
import { expectFixture, fixtureCases } from './fixture-folders.js';

const here = path.dirname(new URL(import.meta.url).pathname);
const seeds = path.join(here, '../../../seeds');

describe('parsePrototype fixtures', () => {
  for (const c of fixtureCases(path.join(here, 'prototypes'))) {
    it(c.name, () => {
      const result = parsePrototype(c.input, { file: c.file, line: 1 });
      expectFixture(c, result.prototype ?? null, result.problems);
    });
  }
});

/** The seed file whose text contains `marker`, with the 1-based line of the marker. */
function seedAt(marker: string): { file: string; line: number; rest: string } {
  for (const name of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
    const lines = readFileSync(path.join(seeds, name), 'utf8').split('\n');
    const index = lines.findIndex((l) => l.startsWith(marker));
    if (index >= 0) return { file: `seeds/${name}`, line: index + 1, rest: lines.slice(index).join('\n') };
  }
  throw new Error(`no seed starts a line with ${marker}`);
}

describe('parsePrototype on the seeds', () => {
  it('reads NtClose of seed 001, cut after its parameter, with a warning at file:line', () => {
    const seed = seedAt('__kernel_entry NTSYSCALLAPI NTSTATUS NtClose(');
    const { prototype, problems } = parsePrototype(seed.rest, { file: seed.file, line: seed.line });
    expect(prototype).toMatchObject({
      name: 'NtClose', returnType: 'NTSTATUS', qualifiers: ['__kernel_entry', 'NTSYSCALLAPI'],
      params: [{ name: 'Handle', type: 'HANDLE', annotations: ['[in]'], direction: 'in', optional: false }],
      place: { file: seed.file, line: seed.line },
    });
    expect(prototype?.callingConvention).toBeUndefined();
    expect(problems).toEqual([{
      place: { file: seed.file, line: seed.line + 1 }, rule: 'prototype/unterminated', fatal: false,
      message: 'the parameter list of NtClose is not closed', expected: ')',
    }]);
  });

  it('reads ZwClose of seed 004 without problems', () => {
    const seed = seedAt('NTSTATUS ZwClose(');
    const text = seed.rest.slice(0, seed.rest.indexOf(');') + 2);
    const { prototype, problems } = parsePrototype(text, { file: seed.file, line: seed.line });
    expect(problems).toEqual([]);
    expect(prototype?.params).toEqual([{ name: 'Handle', type: 'HANDLE', annotations: ['_In_'], direction: 'in', optional: false }]);
  });
});

describe('parsePrototype on arbitrary input', () => {
  const vocabulary = fc.constantFrom(
    'NTSTATUS', 'NTAPI', 'WINAPI', 'HANDLE', 'Handle', 'PVOID', '*', '(', ')', '[', ']', ',', ';', '{', '}', '[in]',
    '[in, optional]', '_In_', '_Out_opt_', '_In_reads_bytes_(', 'IN', 'OUT', 'OPTIONAL', '...', 'void', 'const',
    '/*', '*/', '//', '"', "'", '\n', '\n\n', '#define', '=', '0x1', 'struct', '__declspec(', '\\\n',
  );
  const soup = fc.array(vocabulary, { maxLength: 60 }).map((words) => words.join(' '));
  const check = (text: string): void => {
    const result = parsePrototype(text, { file: 'fuzz.h', line: 7 });
    const lines = text.split('\n').length;
    if (result.prototype) CPrototype.parse(result.prototype);
    for (const p of result.problems) {
      Problem.parse(p);
      expect(p.place.file).toBe('fuzz.h');
      expect(p.place.line).toBeGreaterThanOrEqual(7);
      expect(p.place.line).toBeLessThan(7 + lines);
    }
    // Every answer says something: a prototype, or why there is none.
    expect(result.prototype !== undefined || result.problems.length > 0).toBe(true);
  };

  it('never throws on arbitrary strings and returns a valid prototype or problems', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), check), { numRuns: 500 });
  });

  it('never throws on C-like token soup', () => {
    fc.assert(fc.property(soup, check), { numRuns: 1000 });
  });

  it('never throws on any truncation of a real prototype', () => {
    const full = readFileSync(path.join(here, 'prototypes/sal-reads-bytes/input.txt'), 'utf8');
    for (let cut = 0; cut <= full.length; cut++) check(full.slice(0, cut));
  });

  it('reads a 1 MB line', () => {
    const long = `NTSTATUS Foo(${'HANDLE h, '.repeat(100_000)}ULONG last);`;
    const { prototype } = parsePrototype(long, { file: 'long.h', line: 1 });
    expect(prototype?.params).toHaveLength(100_001);
  });
});

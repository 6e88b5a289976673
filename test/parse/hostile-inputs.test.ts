// Generated hostile inputs: every prefix of a real page, megabyte lines, invalid bytes. The
// readers must return documents or fatal problems naming the file, never throw.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../generator/model/schema.js';
import { parseSource } from '../../generator/parse/parse-source.js';
import type { ParseResult } from '../../generator/parse/parse-result.js';

const seeds = ['seeds/000_255dac23c9aa068f.txt', 'seeds/001_e837603edf00260b.txt', 'seeds/002_f39b2262c262606d.txt', 'seeds/004_45318a9a4b4bf2a3.txt'].map((path) => ({
  path,
  text: readFileSync(path, 'utf8'),
}));

function wellFormed(result: ParseResult, file: string): void {
  for (const p of result.problems) {
    expect(p.place.file).toBe(file);
    expect(p.place.line).toBeGreaterThanOrEqual(1);
  }
  if (result.documents.length === 0) expect(result.problems.some((p) => p.fatal)).toBe(true);
  for (const d of result.documents) expect(ParsedDocument.safeParse(d).success).toBe(true);
}

describe('hostile inputs', () => {
  it('reads every prefix of the seeds (truncation at any character)', () => {
    for (const seed of seeds) {
      for (let end = 0; end <= seed.text.length; end += 7) {
        const file = `${seed.path}#${end}`;
        wellFormed(parseSource({ path: file, text: seed.text.slice(0, end) }), file);
      }
    }
  });

  it('survives megabyte lines of markup fragments', () => {
    const page = (body: string): string => `---\nUID: NF:ntifs.RtlLong\nreq.header: ntifs.h\n---\n\n## -description\n\n${body}\n\n## -see-also\n\n${body}\n`;
    const fragments = ['[', '<table ', '](x', '<a href=', '**', '| a ', '<b>', '&amp', '`', '<div>', '<p>', '<li>', '<!--', '    x', '[x](javascript:', '### -param '];
    for (const fragment of fragments) {
      const body = fragment.repeat(Math.ceil(1_000_000 / fragment.length));
      const result = parseSource({ path: 'long.md', text: page(body) });
      wellFormed(result, 'long.md');
      expect(result.documents[0]?.name).toBe('RtlLong');
    }
  });

  it('survives megabyte lines in front matter, headings and plain-text pages', () => {
    const big = 'x '.repeat(500_000);
    const spaces = ' '.repeat(1_000_000);
    const pages = [
      `---\nUID: NF:a.B\ntitle: ${big}\nreq.header: a.h\n---\n## -description\nhi\n`,
      `---\nUID: NF:a.B\ntitle: a${spaces}b\nreq.header: a.h\n---\n`,
      `---\nUID: NF:a.B\nreq.header: a.h\n---\n## -description${spaces}x\n## -parameters\n### -param X [${'in '.repeat(300_000)}\n`,
      `Foo function (a.h)\n\n${big}\n\nParameters\n\n[in] X${spaces}\n\nRequirements\n\nHeader ${big}\n`,
    ];
    for (const text of pages) {
      const result = parseSource({ path: 'long.md', text });
      wellFormed(result, 'long.md');
      expect(result.documents).toHaveLength(1);
    }
  });

  it('never throws on mutated pages (sections deleted, duplicated, lines shuffled in)', () => {
    const lines = seeds[0]!.text.split('\n');
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.nat(lines.length), op: fc.constantFrom('delete', 'duplicate', 'garbage'), garbage: fc.string({ unit: 'binary', maxLength: 40 }) }), { maxLength: 12 }),
        (edits) => {
          const copy = [...lines];
          for (const e of edits) {
            const at = Math.min(e.at, copy.length);
            if (e.op === 'delete') copy.splice(at, 5);
            else if (e.op === 'duplicate') copy.splice(at, 0, ...copy.slice(at, at + 8));
            else copy.splice(at, 0, e.garbage);
          }
          wellFormed(parseSource({ path: 'mutated.md', text: copy.join('\n') }), 'mutated.md');
        },
      ),
      { numRuns: 300, seed: 20240611 },
    );
  });

  it('turns a reader exception into a fatal problem naming the file', () => {
    const hostile = { path: 'weird.md', get text(): string { throw new Error('disk vanished'); } };
    const result = parseSource(hostile as unknown as { path: string; text: string });
    expect(result.documents).toEqual([]);
    expect(result.problems).toMatchObject([{ place: { file: 'weird.md', line: 1 }, rule: 'internal/exception', fatal: true }]);
  });
});

// Hostile and odd documents as fixture folders: `input.*` is read as the generator reads it,
// `expected.err` holds the problems (one formatted per line), `expected.json` the documents.
// `UPDATE=1 npx vitest run test/parse/fixtures.test.ts` rewrites the expectations.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../generator/model/problems.js';
import { ParsedDocument } from '../../generator/model/schema.js';
import { parseSource } from '../../generator/parse/parse-source.js';
import { readSources } from '../../generator/read/read-sources.js';

const ROOT = 'test/parse/fixtures';
const update = process.env['UPDATE'] === '1';
const cases = readdirSync(ROOT, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

function check(file: string, actual: string): void {
  if (update) writeFileSync(file, actual);
  else {
    if (!existsSync(file)) throw new Error(`${file} is missing: run with UPDATE=1 to create it`);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  }
}

describe('reader fixtures', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThan(15));

  for (const name of cases) {
    it(name, async () => {
      const dir = path.posix.join(ROOT, name);
      const input = readdirSync(dir).find((f) => f.startsWith('input'));
      if (!input) throw new Error(`${dir} has no input file`);
      const read = await readSources([path.posix.join(dir, input)]);
      const results = read.files.map((f) => parseSource(f));
      const problems = [...read.problems, ...results.flatMap((r) => r.problems)];
      const documents = results.flatMap((r) => r.documents).map((d) => ParsedDocument.parse(d));
      // Every problem names the input, a line, and what was expected there.
      for (const p of problems) {
        expect(p.place.file).toBe(path.posix.join(dir, input));
        expect(p.place.line).toBeGreaterThanOrEqual(1);
        expect(p.expected, formatProblem(p)).toBeTruthy();
      }
      check(path.join(dir, 'expected.err'), problems.map((p) => `${formatProblem(p)}\n`).join(''));
      check(path.join(dir, 'expected.json'), `${JSON.stringify(documents, null, 2)}\n`);
    });
  }
});

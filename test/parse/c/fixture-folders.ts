// Fixture folders: <dir>/<case>/input.*, expected.json and expected.err (problems, one per
// line). `UPDATE=1 npx vitest run test/parse/c` rewrites the expected files.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { formatProblem } from '../../../generator/model/problems.js';
import type { Problem } from '../../../generator/model/schema.js';

export interface FixtureCase {
  name: string;
  dir: string;
  /** Name of the input file relative to the fixtures folder: `<case>/input.h`. */
  file: string;
  input: string;
}

export function fixtureCases(root: string): FixtureCase[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = path.join(root, d.name);
      const input = readdirSync(dir).find((f) => f.startsWith('input.'));
      if (!input) throw new Error(`${dir} has no input.* file`);
      return { name: d.name, dir, file: `${d.name}/${input}`, input: readFileSync(path.join(dir, input), 'utf8') };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** Compares `value` and `problems` with the case's expected files (or writes them with UPDATE=1). */
export function expectFixture(c: FixtureCase, value: unknown, problems: readonly Problem[]): void {
  const json = `${JSON.stringify(value, null, 2)}\n`;
  const err = problems.map(formatProblem).join('\n') + (problems.length ? '\n' : '');
  const jsonFile = path.join(c.dir, 'expected.json');
  const errFile = path.join(c.dir, 'expected.err');
  if (process.env['UPDATE'] === '1' || !existsSync(jsonFile)) {
    if (process.env['UPDATE'] !== '1') throw new Error(`${jsonFile} is missing; run with UPDATE=1 to create it`);
    writeFileSync(jsonFile, json);
    writeFileSync(errFile, err);
    return;
  }
  expect(json).toBe(readFileSync(jsonFile, 'utf8'));
  expect(err).toBe(readFileSync(errFile, 'utf8'));
}

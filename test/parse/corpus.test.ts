// The whole published corpus (../shared/corpus): every document parses with zero errors, every
// usable page names what it documents, and every warning is specific (rule id + file:line).
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../generator/model/problems.js';
import { ParsedDocument, type Problem } from '../../generator/model/schema.js';
import { parseSource } from '../../generator/parse/parse-source.js';
import type { ParseResult } from '../../generator/parse/parse-result.js';
import { readSources } from '../../generator/read/read-sources.js';

const CORPUS = path.resolve('..', 'shared', 'corpus');
let files: { path: string }[] = [];
let results: ParseResult[] = [];
let problems: Problem[] = [];

beforeAll(async () => {
  const read = await readSources([CORPUS]);
  files = read.files;
  results = read.files.map((f) => parseSource(f));
  problems = [...read.problems, ...results.flatMap((r) => r.problems)];
});

describe('the corpus', () => {
  it('is read whole', () => {
    expect(files.length).toBeGreaterThan(1200);
    expect(results.every((r) => r.documents.length === 1)).toBe(true);
  });

  it('parses with zero errors', () => {
    expect(problems.filter((p) => p.fatal).map(formatProblem)).toEqual([]);
  });

  it('gives every usable page a name, a kind and a header, and skips index pages by rule', () => {
    const docs = results.flatMap((r) => r.documents);
    const skipped = docs.filter((d) => d.skip);
    expect(skipped.map((d) => d.skip?.rule)).toEqual(skipped.map(() => 'document/index-page'));
    expect(skipped.map((d) => path.basename(d.file))).toEqual(['index.md', 'index.md', 'index.md', 'index.md']);
    const missing = docs.filter((d) => !d.skip && !(d.name && d.kind && d.header)).map((d) => d.file);
    expect(missing).toEqual([]);
  });

  it('produces documents that match the schema', () => {
    for (const doc of results.flatMap((r) => r.documents)) {
      const check = ParsedDocument.safeParse(doc);
      expect(check.success, `${doc.file}: ${check.error?.message}`).toBe(true);
    }
  });

  it('leaves no HTML tables, bold tags or relative links in the markdown', () => {
    const seeAlso = results.flatMap((r) => r.documents).flatMap((d) => d.seeAlso);
    expect(seeAlso.filter((l) => l.url !== undefined && !/^(https?|mailto):/.test(l.url)).map((l) => `${l.place.file}:${l.place.line}`)).toEqual([]);
    const texts = results.flatMap((r) => r.documents).flatMap((d) => [
      d.description,
      d.returns,
      d.remarks,
      ...d.parameters.map((p) => p.description),
      ...d.returnCodes.map((c) => c.meaning),
      ...d.fields.map((f) => f.description),
      ...d.enumValues.map((v) => v.description),
      ...d.extraSections.map((x) => x.text),
    ]);
    const dirty = texts.filter((t) => t && /<\/?(table|b|td|dl|ul)\b|\]\(<?(?!https?:|mailto:)/i.test(t.markdown));
    expect(dirty.map((t) => `${t!.place.file}:${t!.place.line}`)).toEqual([]);
  });

  it('reads parameters, return codes, fields and enum values across the corpus', () => {
    const docs = results.flatMap((r) => r.documents);
    const count = (f: (d: ParsedDocument) => number): number => docs.reduce((n, d) => n + f(d), 0);
    expect(count((d) => d.parameters.length)).toBeGreaterThan(3000);
    expect(count((d) => d.returnCodes.length)).toBeGreaterThan(700);
    expect(count((d) => d.fields.length)).toBeGreaterThan(1200);
    expect(count((d) => d.enumValues.length)).toBeGreaterThan(150);
    expect(docs.filter((d) => d.kind === 'callback').length).toBe(26);
    expect(docs.filter((d) => d.kind === 'ioctl').length).toBe(12);
  });

  it('makes every warning specific: a rule id, a line and what was expected', () => {
    for (const p of problems) {
      expect(p.rule).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
      expect(p.place.line).toBeGreaterThanOrEqual(1);
      expect(p.expected, formatProblem(p)).toBeTruthy();
    }
    const byRule = new Map<string, number>();
    for (const p of problems) byRule.set(p.rule, (byRule.get(p.rule) ?? 0) + 1);
    console.log(`corpus: ${files.length} files, ${problems.length} warnings\n${[...byRule].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `  ${String(n).padStart(5)} ${rule}`).join('\n')}`);
  });
});

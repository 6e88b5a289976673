// The whole corpus (../shared/corpus) through the generator with the mingw-w64 headers, as
// issue 6 asks: zero parse errors, every documented entry in the output with its documentation
// (functions with their parameters, structs with their nested members, enums with their values,
// callbacks as function types), the coverage report per header with the inference agreement
// rate, and an output that compiles under tsc --strict. Never skipped: without the corpus it fails.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../../generator/generate.js';
import { formatProblem } from '../../generator/model/problems.js';
import { ApiModel, type Entry } from '../../generator/model/schema.js';
import { coverageTable, type Coverage } from '../../generator/resolve/coverage.js';
import { tempProject, typeCheck } from '../emit/helpers.js';
import { CORPUS, readCorpus, REPO, requireCorpus, words, type CorpusDocument } from './corpus-documents.js';
import { declarationsOf, type Declaration } from './emitted-declarations.js';

const MINGW = '/usr/share/mingw-w64/include';
const HEADERS = ['winternl.h', 'handleapi.h', 'ddk/ntifs.h', 'ddk/wdm.h'].map((h) => path.join(MINGW, h));

let dir = '';
let result: GenerateResult;
let documents: CorpusDocument[] = [];
let indexPages: string[] = [];
const modules = new Map<string, Map<string, Declaration[]>>();

beforeAll(async () => {
  requireCorpus();
  const missing = HEADERS.filter((h) => !existsSync(h));
  if (missing.length > 0) throw new Error(`[winhandle] mingw-w64 headers missing: ${missing.join(', ')} (Debian: apt-get install mingw-w64-x86-64-dev)`);
  ({ documents, indexPages } = readCorpus());
  dir = tempProject(new Map());
  result = await generate({ docs: [CORPUS], headers: HEADERS, out: path.join(dir, 'types'), root: REPO, progress: 'silent' });
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The emitted module of a header, read back from disk. */
function moduleOf(header: string): Map<string, Declaration[]> {
  let found = modules.get(header);
  if (!found) {
    const file = path.join(dir, 'types', `${header}.ts`);
    found = existsSync(file) ? declarationsOf(file, readFileSync(file, 'utf8')) : new Map();
    modules.set(header, found);
  }
  return found;
}

const identifier = (name: string): string => name.replace(/[^A-Za-z0-9_$]/g, '_').replace(/^(?=[0-9])/, '_');

/** The declaration of a document: under its name or a typedef name, of the shape its kind takes. */
function declarationOf(doc: CorpusDocument): Declaration | undefined {
  const decls = moduleOf(doc.header);
  const shape = (d: Declaration): boolean =>
    doc.kind === 'struct' ? d.kind === 'interface'
      : doc.kind === 'enum' ? d.kind === 'const' && d.values !== undefined
        : doc.kind === 'callback' ? d.params !== undefined
          // Functions may be function-like macros; a macro without a signature is a const or a type.
          : doc.kind === 'function' ? d.params !== undefined || d.kind === 'const' || d.kind === 'type'
            : d.kind === 'const' || d.kind === 'type';
  for (const name of [doc.name, ...doc.names].map(identifier)) {
    const exact = decls.get(name)?.find(shape);
    if (exact) return exact;
  }
  // A name taken in the module is declared with the kind as suffix (reported as emit/name-collision).
  const suffixed = new RegExp(`^(${[doc.name, ...doc.names].map(identifier).join('|')})_[a-z]+\\d*$`);
  return [...decls].filter(([n]) => suffixed.test(n)).flatMap(([, ds]) => ds).find(shape);
}

let entries: Map<string, Entry> | undefined;
const model = (): Map<string, Entry> =>
  (entries ??= new Map(ApiModel.parse(JSON.parse(readFileSync(path.join(dir, 'types', 'api-model.json'), 'utf8'))).entries.map((e) => [e.id, e])));

/**
 * A member the page lists at the top level that the header declares inside a nested struct
 * (`_BOOT_AREA_INFO`: `Offset` is `BootSectors[].Offset`): the model places it by the declaration.
 */
function movedByHeader(doc: CorpusDocument, field: string, members: ReadonlySet<string>): boolean {
  const placed = model().get(entryId(doc))?.fields.find((f) => f.name === field && f.path.length > 1);
  return placed !== undefined && placed.type.source === 'c-declaration' && members.has(placed.path.join('.'));
}

const hasWords = (text: string, phrase: string): boolean => ` ${words(text).join(' ')} `.includes(` ${phrase} `);
const SAL_WORDS = new Set(['OPTIONAL', 'IN', 'OUT']);
const warned = (doc: CorpusDocument, rule: string): boolean =>
  result.problems.some((p) => p.rule === rule && path.resolve(REPO, p.place.file) === path.join(CORPUS, doc.file));
const entryId = (doc: CorpusDocument): string => `${doc.header}.${doc.name}`;

/** Pages of one entry (`_STRING` has two): the entry's description comes from one of them. */
function pagesByEntry(): Map<string, CorpusDocument[]> {
  const pages = new Map<string, CorpusDocument[]>();
  for (const doc of documents) pages.set(entryId(doc), [...(pages.get(entryId(doc)) ?? []), doc]);
  return pages;
}

describe('the corpus build (../shared/corpus with the mingw-w64 headers)', () => {
  it('reads every page: reference pages, and index pages skipped by rule', () => {
    expect(documents.length).toBeGreaterThan(1200);
    expect(indexPages.map((f) => path.basename(f))).toEqual(indexPages.map(() => 'index.md'));
    expect(result.summary.documents).toBeGreaterThanOrEqual(documents.length);
  });

  it('parses with zero errors and skips nothing by failure', () => {
    expect(result.problems.filter((p) => p.fatal).map(formatProblem)).toEqual([]);
    expect(result.skipped).toEqual([]);
  });

  it('makes every warning specific: a rule id and a file:line that exists', () => {
    const vague = result.problems.filter((p) => !/^[a-z-]+\/[a-z0-9-]+$/.test(p.rule) || p.place.line < 1 || !existsSync(path.resolve(REPO, p.place.file)));
    expect(vague.map(formatProblem)).toEqual([]);
  });

  it('declares every documented entry, with its documentation', () => {
    const missing: string[] = [];
    const undocumented: string[] = [];
    for (const pages of pagesByEntry().values()) {
      const doc = pages[0]!;
      const decl = declarationOf(doc);
      if (!decl) missing.push(`${doc.file}: ${doc.kind} ${doc.name} not declared in ${doc.header}.ts`);
      else if (!decl.doc || !pages.some((p) => p.summary === '' || hasWords(decl.doc, p.summary))) {
        undocumented.push(`${doc.file}: ${decl.name} lacks the description "${doc.summary}..."`);
      }
    }
    expect(missing).toEqual([]);
    expect(undocumented).toEqual([]);
  });

  it('gives functions and callbacks every documented parameter, callbacks as function types', () => {
    const wrong: string[] = [];
    for (const doc of documents.filter((d) => d.kind === 'function' || d.kind === 'callback')) {
      const decl = declarationOf(doc);
      if (!decl) continue; // reported by the test above
      if (doc.kind === 'callback' && decl.params === undefined) wrong.push(`${doc.file}: ${decl.name} is not a function type`);
      if (decl.params === undefined) continue;
      for (const p of doc.params) {
        // `### -param OPTIONAL` (the SAL word where a name belongs, the name in a deeper heading): a warning, not a parameter.
        if (SAL_WORDS.has(p)) {
          if (!warned(doc, 'param/sal-keyword-name')) wrong.push(`${doc.file}: -param ${p} is not reported as param/sal-keyword-name`);
          continue;
        }
        const name = p === '...' ? 'args' : identifier(p);
        if (!decl.params.includes(name) && !decl.params.includes(`${name}_`)) wrong.push(`${doc.file}: ${decl.name} has no parameter ${p} (has ${decl.params.join(', ')})`);
        else if (!decl.doc.includes(`@param ${decl.params.includes(name) ? name : `${name}_`} `)) wrong.push(`${doc.file}: ${decl.name} has no @param ${p}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives structs every -struct-fields member, nested DUMMYUNIONNAME.Field members included', () => {
    const wrong: string[] = [];
    let nested = 0;
    for (const doc of documents.filter((d) => d.kind === 'struct')) {
      const members = declarationOf(doc)?.members;
      if (!members) continue;
      for (const field of doc.fields) {
        if (field.includes('.')) nested++;
        if (members.has(field) || movedByHeader(doc, field, members)) continue;
        wrong.push(`${doc.file}: ${doc.name} has no member ${field}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(nested).toBeGreaterThan(50);
  });

  it('gives enums every -enum-fields member with the value the document states', () => {
    const wrong: string[] = [];
    for (const doc of documents.filter((d) => d.kind === 'enum')) {
      const decl = declarationOf(doc);
      if (!decl?.values) continue;
      for (const { name, value } of doc.enumValues) {
        const emitted = decl.values.get(name);
        if (value !== undefined && emitted !== value) wrong.push(`${doc.file}: ${decl.name}.${name} is ${emitted}, the document says ${value}`);
        // No value in the document: one from a header, or named in the TSDoc as left out.
        if (value === undefined && emitted === undefined && !decl.doc.includes(`\`${name}\``)) wrong.push(`${doc.file}: ${decl.name}.${name} is missing`);
        const modelled = model().get(entryId(doc))?.members.find((m) => m.name === name)?.value;
        if (modelled !== undefined && emitted !== modelled) wrong.push(`${doc.file}: ${decl.name}.${name} is ${emitted}, the model says ${modelled}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('writes coverage.json per header with the issue\'s columns and the inference agreement rate', () => {
    const coverage = JSON.parse(readFileSync(path.join(dir, 'types', 'coverage.json'), 'utf8')) as Coverage;
    const columns = ['documented', 'declared', 'signatureFromHeader', 'signatureFromDocument', 'signatureInferred', 'unresolved'];
    for (const row of [...coverage.headers, coverage.total]) {
      for (const column of columns) expect(row, `${'header' in row ? row.header : 'total'}.${column}`).toHaveProperty(column, expect.any(Number));
    }
    const perHeader = new Map<string, number>();
    for (const [doc] of pagesByEntry().values()) perHeader.set(doc!.header, (perHeader.get(doc!.header) ?? 0) + 1);
    for (const [header, count] of perHeader) {
      const row = coverage.headers.find((h) => h.header === header);
      expect(row?.documented, header).toBeGreaterThanOrEqual(count);
      // Declared beyond documented: the structs and enums only a C header declares (IO_STATUS_BLOCK, ...).
      const headerOnly = [...model().values()].filter((e) => e.header === header && e.sources.every((f) => f.endsWith('.h'))).length;
      expect(row!.declared - row!.documented, header).toBe(headerOnly);
    }
    const { compared, agreed, agreementRate } = coverage.inference;
    expect(compared).toBeGreaterThan(0);
    expect(agreementRate).toBeCloseTo(agreed / compared, 10);
    const table = coverageTable(coverage);
    expect(table).toContain(`${((agreementRate ?? 0) * 100).toFixed(1)}% of ${compared} inferred types agree with the headers`);
    console.log(table);
  });

  it('compiles under tsc --strict --noEmit', async () => {
    const checked = await typeCheck(dir);
    expect(checked.output.split('\n').slice(0, 40).join('\n')).toBe('');
    expect(checked.code).toBe(0);
  }, 60_000);
});

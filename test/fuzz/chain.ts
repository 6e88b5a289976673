// The whole chain on mutated documents: the seeds and their companions (plus winternl.h as a
// signature source) with one to three documents replaced by mutated ones, then parse → model →
// resolve → emit through the generator's own functions, as `generate --keep-going` runs them.
// Nothing may throw, every problem keeps its shape, and no entry of an untouched document is lost.
import { existsSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { resolveContext } from '../../generator/context.js';
import { emitAll } from '../../generator/emit-all.js';
import { buildModel } from '../../generator/model/build-model.js';
import { ApiModel, Problem, type StatusCode } from '../../generator/model/schema.js';
import { parseSources } from '../../generator/parse/parse-sources.js';
import { decodeText } from '../../generator/read/decode-text.js';
import type { SourceFile } from '../../generator/read/source-file.js';
import { coverage } from '../../generator/resolve/coverage.js';
import { resolveModel } from '../../generator/resolve/resolve.js';
import { seedDocuments, type SeedDocument } from './documents.js';
import { applyMutations, describeMutations, mutationsArbitrary, type Mutation } from './mutations.js';
import { replayable, type CampaignOptions, type CampaignReport } from './campaign.js';
import { CaseBook, verdict } from './case-book.js';
import { FuzzFailure } from './property.js';

const WINTERNL = '/usr/share/mingw-w64/include/winternl.h';

export interface ChainRun {
  /** Entry ids by the one file they come from (entries of several files are left out). */
  entriesByFile: Map<string, string[]>;
  ids: Set<string>;
  files: number;
}

const codes = (): StatusCode[] => JSON.parse(readFileSync('seeds/status-codes.json', 'utf8')).codes as StatusCode[];

/** The documents `generate` reads by default, plus one header. */
export function baseFiles(): SourceFile[] {
  const repo = seedDocuments().filter((d) => d.path.startsWith('seeds/'));
  const header = existsSync(WINTERNL) ? [{ path: 'mingw-w64/winternl.h', text: readFileSync(WINTERNL, 'utf8') }] : [];
  return [...repo.map((d) => ({ path: d.path, text: decodeText(d.bytes).text })), ...header];
}

/** Runs the chain; throws FuzzFailure when a stage breaks the contract. */
export function runChain(files: readonly SourceFile[], statusCodes: readonly StatusCode[] = codes()): ChainRun {
  const parsed = parseSources(files);
  const draft = buildModel(parsed.documents);
  const resolved = resolveModel(draft, statusCodes);
  const covered = coverage(resolved.model, resolved.typeStats);
  const problems = [...parsed.problems, ...draft.problems];
  const ctx = resolveContext({ write: false, progress: 'silent' });
  const out = emitAll(resolved, draft.conflicts, problems, statusCodes, covered, ctx);
  for (const p of problems) {
    if (!Problem.safeParse(p).success) throw new FuzzFailure(`a problem breaks the schema: ${JSON.stringify(p).slice(0, 300)}`);
  }
  const model = ApiModel.safeParse(JSON.parse(out.get('api-model.json') ?? 'null'));
  if (!model.success) throw new FuzzFailure('api-model.json breaks the schema');
  for (const [name, text] of out) if (name.endsWith('.ts') && text.trim() === '') throw new FuzzFailure(`${name} is empty`);
  const entriesByFile = new Map<string, string[]>();
  for (const e of model.data.entries) {
    if (e.sources.length !== 1 || e.provenance['name']?.via === 'derived') continue;
    entriesByFile.set(e.sources[0]!, [...(entriesByFile.get(e.sources[0]!) ?? []), e.id]);
  }
  return { entriesByFile, ids: new Set(model.data.entries.map((e) => e.id)), files: out.size };
}

export interface ChainCase {
  edits: { doc: SeedDocument; mutations: Mutation[] }[];
}

export const describeChainCase = (c: ChainCase): string => c.edits.map((e) => `${e.doc.origin} ${describeMutations(e.mutations)}`).join(' + ');

/** One to three seed documents, each mutated, replacing (or joining) the base files. */
export function chainCaseArbitrary(): fc.Arbitrary<ChainCase> {
  const edit = fc.constantFrom(...seedDocuments()).chain((doc) => mutationsArbitrary(doc.reader).map((mutations) => ({ doc, mutations })));
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => ({ edits }));
}

/** The base with the case's edits; then checks that entries of untouched files all survived. */
export function checkChainCase(c: ChainCase, base: readonly SourceFile[], baseline: ChainRun, statusCodes?: readonly StatusCode[]): ChainRun {
  const files = new Map(base.map((f) => [f.path, f]));
  for (const { doc, mutations } of c.edits) files.set(doc.path, { path: doc.path, text: decodeText(applyMutations(doc.bytes, mutations)).text });
  const run = runChain([...files.values()], statusCodes);
  const touched = new Set(c.edits.map((e) => e.doc.path));
  for (const [file, ids] of baseline.entriesByFile) {
    if (touched.has(file)) continue;
    const lost = ids.filter((id) => !run.ids.has(id));
    if (lost.length > 0) throw new FuzzFailure(`entries of the untouched ${file} were lost: ${lost.join(', ')}`);
  }
  return run;
}

/** The chain under fast-check: `runs` cases from `seed`, the first failure shrunk and reported. */
export async function runChainCampaign(options: Pick<CampaignOptions, 'runs' | 'seed' | 'path' | 'onCase' | 'onFailure'>): Promise<CampaignReport> {
  const start = performance.now();
  const base = baseFiles();
  const statusCodes = codes();
  const baseline = runChain(base, statusCodes);
  const book = new CaseBook(options.onCase, options.onFailure);
  const property = fc.asyncProperty(chainCaseArbitrary(), async (c) => {
    const label = describeChainCase(c);
    const t = performance.now();
    await book.run(label, () => checkChainCase(c, base, baseline, statusCodes));
    book.passed(performance.now() - t, label);
  });
  const details = await fc.check(property, replayable(options, 'chain'));
  const failures = verdict(details, 'chain', options.seed, (c) => ({
    origin: c.edits.map((e) => e.doc.origin).join(' + '),
    mutations: c.edits.map((e) => describeMutations(e.mutations)).join(' + '),
  }));
  return { target: 'chain', cases: book.cases, failures, slowest: book.slowest, ms: performance.now() - start };
}

// A fuzzing campaign over one target (a reader, or the read stage), driven by fast-check:
// cases generated from a seed, each checked by the property, the slowest one remembered and
// a failure reported with everything needed to replay it (file, mutations, seed, path).
import fc from 'fast-check';
import { documentsFor, seedDocuments, type SeedDocument } from './documents.js';
import { applyMutations, describeMutations, mutationsArbitrary, type Mutation } from './mutations.js';
import { checkBytes, type CaseOutcome } from './property.js';
import { checkReadStage, type ReadStageDir } from './read-stage.js';
import { CaseBook, verdict, type Failure } from './case-book.js';

export type { Failure } from './case-book.js';

export const TARGETS = ['markdown', 'plaintext', 'c-header', 'read'] as const;
export type Target = (typeof TARGETS)[number];
/** What one worker runs: a target's cases, or the whole chain on a few mutated documents. */
export type Job = Target | 'chain';

/** Share of the cases each target gets: the markdown reader has the most code and documents. */
export const WEIGHTS: Record<Target, number> = { markdown: 0.45, plaintext: 0.15, 'c-header': 0.25, read: 0.15 };

export interface FuzzCase {
  doc: SeedDocument;
  mutations: Mutation[];
}

export interface CampaignReport {
  target: Job;
  cases: number;
  failures: Failure[];
  slowest: { ms: number; label: string };
  ms: number;
}

export interface CampaignOptions {
  runs: number;
  seed: number;
  /** A case slower than this fails (recorded, not shrunk: every shrink step would cost as much); none when undefined. */
  limitMs?: number;
  /** Replays one case (fast-check path) instead of generating `runs`. */
  path?: string;
  /** Called before each case, so a watchdog can name a case that never ends. */
  onCase?(index: number, label: string): void;
  onProgress?(cases: number, slowestMs: number): void;
  onFailure?(index: number, label: string, error: string): void;
}

export const label = (c: FuzzCase): string => `${c.doc.origin} ${describeMutations(c.mutations)}`;

/** A seed document and mutations suited to its format. */
export const caseArbitrary = (docs: readonly SeedDocument[]): fc.Arbitrary<FuzzCase> =>
  fc.constantFrom(...docs).chain((doc) => mutationsArbitrary(doc.reader).map((mutations) => ({ doc, mutations })));

/** The seed a target's stream starts from: distinct per target, fixed by the run's seed. */
export const targetSeed = (seed: number, target: Job): number => (seed + ([...TARGETS, 'chain'].indexOf(target) + 1) * 7919) | 0;

export async function runCampaign(target: Target, options: CampaignOptions, dir?: ReadStageDir): Promise<CampaignReport> {
  const docs = target === 'read' ? seedDocuments() : documentsFor(target);
  if (docs.length === 0) throw new Error(`no seed documents for ${target}`);
  const start = performance.now();
  const book = new CaseBook(options.onCase, options.onFailure);
  const slow: Failure[] = [];
  const check = (c: FuzzCase, bytes: Buffer): Promise<CaseOutcome> | CaseOutcome =>
    target === 'read' ? checkReadStage(dir!, c.doc, bytes) : checkBytes(c.doc.path, bytes, c.doc.reader);
  const property = fc.asyncProperty(caseArbitrary(docs), async (c) => {
    const name = label(c);
    const time = await book.run(name, async () => {
      const bytes = applyMutations(c.doc.bytes, c.mutations);
      const first = await timed(() => check(c, bytes));
      // Over the limit once may be the shared machine's load: measured again before it counts.
      return over(first, options.limitMs) ? [first, await timed(() => check(c, bytes))].sort((a, b) => a.ms - b.ms)[0]! : first;
    });
    const index = book.cases;
    if (!book.passed(time.ms, name)) return;
    if (over(time, options.limitMs)) {
      slow.push({ target, ...described(c), seed: options.seed, path: String(index), error: `took ${time.ms.toFixed(0)} ms (${time.cpuMs.toFixed(0)} ms of CPU), over the ${options.limitMs} ms limit` });
    }
    if (options.onProgress && book.cases % 250 === 0) options.onProgress(book.cases, book.slowest.ms);
  });
  const details = await fc.check(property, replayable(options, target));
  const failures = [...slow, ...verdict(details, target, options.seed, described)];
  return { target, cases: book.cases, failures, slowest: book.slowest, ms: performance.now() - start };
}

/** fast-check's parameters: `runs` cases from the target's seed, or the one case at `path`. */
export const replayable = <T>(options: Pick<CampaignOptions, 'runs' | 'seed' | 'path'>, job: Job): fc.Parameters<T> =>
  options.path ? { seed: targetSeed(options.seed, job), path: options.path, numRuns: 1 } : { seed: targetSeed(options.seed, job), numRuns: options.runs };

const described = (c: FuzzCase): { origin: string; mutations: string } => ({ origin: c.doc.origin, mutations: describeMutations(c.mutations) });

interface Timing {
  ms: number;
  cpuMs: number;
}

/** Wall-clock and CPU time of one check (the CPU time of the process: this thread plus the GC's). */
async function timed(run: () => Promise<CaseOutcome> | CaseOutcome): Promise<Timing> {
  const cpu = process.cpuUsage();
  const outcome = await run();
  const used = process.cpuUsage(cpu);
  return { ms: outcome.ms, cpuMs: (used.user + used.system) / 1000 };
}

/** Slow in wall-clock time and in CPU time: slow because of the reader, not of other processes. */
const over = (t: Timing, limitMs: number | undefined): boolean => limitMs !== undefined && t.ms > limitMs && t.cpuMs > limitMs;

/** How `total` cases are shared among the targets (each gets at least one). */
export function share(total: number, targets: readonly Target[]): Record<Target, number> {
  const weight = targets.reduce((sum, t) => sum + WEIGHTS[t], 0);
  const out = {} as Record<Target, number>;
  let left = total;
  targets.forEach((t, i) => {
    out[t] = i === targets.length - 1 ? Math.max(1, left) : Math.max(1, Math.round((total * WEIGHTS[t]) / weight));
    left -= out[t];
  });
  return out;
}

// generate(): documents → API model → TypeScript, as a straight chain of stages.
import { performance } from 'node:perf_hooks';
import { buildModel } from './model/build-model.js';
import { GenerationError } from './model/problems.js';
import { readStatusTable } from './model/status-table.js';
import type { Problem } from './model/schema.js';
import { parseSources } from './parse/parse-sources.js';
import { readSources } from './read/read-sources.js';
import { checkRuleQuotes } from './resolve/check-rule-quotes.js';
import { coverage, type Coverage } from './resolve/coverage.js';
import { resolveModel } from './resolve/resolve.js';
import { emitAll } from './emit-all.js';
import { compareOutput, writeOutput, type StaleReport } from './write/output-files.js';
import { resolveContext, type GenerateOptions } from './context.js';

export type Stage = 'read' | 'parse' | 'model' | 'resolve' | 'emit' | 'write';

export interface GenerateResult {
  files: Map<string, string>;
  problems: Problem[];
  /** Documents skipped because they could not be parsed (only with keepGoing). */
  skipped: string[];
  /** Milliseconds per stage. */
  timings: Record<Stage, number>;
  /** Set with `check`: what differs from the output on disk. */
  stale?: StaleReport;
  summary: { documents: number; entries: number; statusCodes: number };
  coverage: Coverage;
}

export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const ctx = resolveContext(options);
  const timings = { read: 0, parse: 0, model: 0, resolve: 0, emit: 0, write: 0 };
  const problems: Problem[] = [];
  const timed = async <T>(stage: Stage, work: () => T | Promise<T>): Promise<T> => {
    ctx.progress.stage(stage);
    const start = performance.now();
    const value = await work();
    timings[stage] = performance.now() - start;
    return value;
  };

  const read = await timed('read', () => readSources([...ctx.docs, ...ctx.headers], { onProgress: ctx.progress.tick }));
  const status = await readStatusTable(ctx.statusTable);
  problems.push(...read.problems, ...status.problems);
  const parsed = await timed('parse', () => parseSources(read.files, ctx.progress.tick));
  problems.push(...parsed.problems);
  const skipped = [...new Set(parsed.problems.filter((p) => p.fatal).map((p) => p.place.file))].sort();
  stopOnFatal(problems, ctx.keepGoing);

  const draft = await timed('model', () => buildModel(parsed.documents));
  const codes = status.table?.codes ?? [];
  const resolved = await timed('resolve', () => resolveModel(draft, codes));
  problems.push(...draft.problems, ...(await checkRuleQuotes(ctx.ruleDocumentsRoot)));
  stopOnFatal(problems, false);

  const covered = coverage(resolved.model, resolved.typeStats);
  const files = await timed('emit', () => emitAll(resolved, draft.conflicts, problems, codes, covered, ctx));
  const result: GenerateResult = {
    files, problems, skipped, timings, coverage: covered,
    summary: { documents: parsed.documents.length, entries: resolved.model.entries.length, statusCodes: codes.length },
  };
  if (ctx.check) result.stale = await timed('write', () => compareOutput(ctx.out, files));
  else if (ctx.write) await timed('write', () => writeOutput(ctx.out, files));
  ctx.progress.done();
  return result;
}

/** Fatal problems stop the run before anything is written, unless the caller keeps going. */
function stopOnFatal(problems: readonly Problem[], keepGoing: boolean): void {
  const fatal = problems.filter((p) => p.fatal);
  const recoverable = (p: Problem): boolean => keepGoing && !p.rule.startsWith('status-table/') && !p.rule.startsWith('rule-quote/');
  if (fatal.some((p) => !recoverable(p))) throw new GenerationError(problems);
}


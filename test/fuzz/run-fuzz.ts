// `npm run fuzz`: property-based fuzzing of every reader on mutated real documents, then the
// whole chain on a few of them. Each job runs in a worker watched for cases that never end.
// Exits non-zero with the counterexamples (file, mutations, seed, replay command) on a failure.
import { Command, InvalidArgumentError } from 'commander';
import { Worker } from 'node:worker_threads';
import { share, TARGETS, type CampaignReport, type Failure, type Job, type Target } from './campaign.js';
import type { WorkerInput, WorkerMessage } from './fuzz-worker.js';
import { readStageDir } from './read-stage.js';

/** A case still running after this long is a hang (a slow case that ends is reported by the worker). */
const HANG_MS = 30_000;

const program = new Command('fuzz')
  .description('Fuzz the readers with mutated real documents')
  .option('--runs <n>', 'cases in all, shared among the readers', (v) => whole(v, 1), 10_000)
  .option('--seed <n>', 'seed of the run (printed; replays it)', (v) => whole(v, 0), Math.floor(Math.random() * 2 ** 31))
  .option('--only <jobs>', `comma-separated: ${[...TARGETS, 'chain'].join(', ')}`)
  .option('--path <path>', 'replay one counterexample (with --seed and one --only job)')
  .option('--chain <n>', 'cases of the whole chain', (v) => whole(v, 0), 25)
  .option('--limit-ms <n>', 'a case slower than this fails', (v) => whole(v, 1), 1_000)
  .parse();

function whole(v: string, min: number): number {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`[winhandle] fuzz: expected a whole number of at least ${min}, got ${v}`);
  return n;
}

const opts = program.opts<{ runs: number; seed: number; only?: string; path?: string; chain: number; limitMs: number }>();
const jobs = (opts.only?.split(',').map((s) => s.trim()) ?? [...TARGETS, 'chain']) as Job[];
const unknown = jobs.filter((j) => ![...TARGETS, 'chain'].includes(j));
if (unknown.length > 0 || (opts.path && jobs.length !== 1)) {
  console.error(unknown.length ? `[winhandle] fuzz: unknown job ${unknown.join(', ')}` : '[winhandle] fuzz: --path replays one case: give one --only job');
  process.exit(2);
}
const targets = jobs.filter((j): j is Target => j !== 'chain');
const runs: Record<Job, number> = { ...share(opts.runs, targets.length ? targets : ['markdown']), chain: opts.chain };
const tty = process.stdout.isTTY === true;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** The worker's entry is TypeScript: tsx is registered inside the worker before it is imported. */
function startWorker(input: WorkerInput): Worker {
  const entry = new URL('./fuzz-worker.ts', import.meta.url).href;
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))}; register(); await import(${JSON.stringify(entry)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: input });
}

function runJob(job: Job, root: string): Promise<CampaignReport> {
  const started = performance.now();
  return new Promise((resolve) => {
    const worker = startWorker({ job, runs: runs[job], seed: opts.seed, limitMs: opts.limitMs, root, ...(opts.path ? { path: opts.path } : {}) });
    let current = { index: -1, label: '(loading)', since: performance.now() };
    let cases = 0;
    let failed: { index: number; label: string; error: string } | undefined;
    let report: CampaignReport | undefined;
    let done = false;
    const finish = (r: CampaignReport): void => {
      if (done) return;
      done = true;
      clearInterval(watchdog);
      resolve(r);
    };
    const failure = (label: string, index: number, error: string): Failure =>
      ({ target: job, origin: label, mutations: '', seed: opts.seed, path: index >= 0 ? String(index) : '', error });
    // The worker is gone: what it was doing is all there is to report (and the failure it was shrinking).
    const lost = (error: string): CampaignReport => ({
      target: job, cases, slowest: { ms: performance.now() - current.since, label: current.label }, ms: performance.now() - started,
      failures: [
        ...(failed ? [failure(failed.label, failed.index, `${failed.error} (not shrunk: a shrink step never ended)`)] : []),
        failure(current.label, current.index, error),
      ],
    });
    const watchdog = setInterval(() => {
      if (performance.now() - current.since < HANG_MS) return;
      finish(lost(`no answer after ${HANG_MS / 1000} s: the reader hangs`));
      void worker.terminate();
    }, 1_000);
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'case') {
        current = { index: m.index, label: m.label, since: performance.now() };
        if (m.index >= 0) cases = m.index;
      } else if (m.type === 'failed') failed = m;
      else if (m.type === 'progress' && tty) process.stdout.write(`\r  ${job.padEnd(10)} ${m.cases}/${runs[job]} cases, slowest ${m.slowestMs.toFixed(0)} ms`);
      else if (m.type === 'report') report = m.report;
    });
    worker.on('error', (error) => finish(lost(`the fuzzer itself failed: ${error.stack ?? error.message}`)));
    worker.on('exit', () => finish(report ?? lost('the worker ended without a report')));
  });
}

function printFailure(f: Failure): void {
  console.log(`\nFAILED ${f.target}: ${f.error}`);
  console.log(`  file:      ${f.origin}`);
  if (f.mutations) console.log(`  mutations: ${f.mutations}`);
  console.log(`  replay:    npm run fuzz -- --seed ${f.seed} --only ${f.target}${f.path ? ` --path ${f.path}` : ''}`);
}

const root = readStageDir();
const reports: CampaignReport[] = [];
const start = performance.now();
const plan = opts.path ? `replaying ${jobs[0]} case ${opts.path}` : jobs.map((j) => `${j} ${runs[j]}`).join(', ');
console.log(`fuzz: seed ${opts.seed}, ${plan}, limit ${opts.limitMs} ms per case`);
try {
  for (const job of jobs) {
    const r = await runJob(job, root.root);
    reports.push(r);
    if (tty) process.stdout.write('\r\x1b[K');
    console.log(`  ${job.padEnd(10)} ${String(r.cases).padStart(6)} cases  ${String(r.failures.length).padStart(2)} failures  slowest ${r.slowest.ms.toFixed(0).padStart(4)} ms  ${seconds(r.ms).padStart(7)}`);
  }
} finally {
  root.remove();
}

const failures = reports.flatMap((r) => r.failures);
failures.forEach(printFailure);
const readerCases = reports.filter((r) => r.target !== 'chain').reduce((n, r) => n + r.cases, 0);
const chainCases = reports.find((r) => r.target === 'chain')?.cases ?? 0;
const slowest = reports.reduce((s, r) => (r.slowest.ms > s.ms ? { ...r.slowest, job: r.target } : s), { ms: 0, label: '', job: '' as string });
console.log(`\nfuzz: ${readerCases} reader cases + ${chainCases} chain cases, ${failures.length} failures, slowest case ${slowest.ms.toFixed(0)} ms (${slowest.job}: ${slowest.label.slice(0, 160)}), total ${seconds(performance.now() - start)}, seed ${opts.seed}`);
process.exitCode = failures.length > 0 ? 1 : 0;

// Mock benchmark (issue 3): create+close pairs in strict mode and the cost of a new world, each as
// a ratio to a plain Map set+delete measured in the same run (tinybench). Targets: pairs within
// 10x of the baseline, a new world under 100 µs. Run alone: `npx tsx bench/mock-only.ts`.
//
// How it measures, and why:
// - Each task runs in a process of its own (this file with --task NAME): in one V8, whichever of
//   the Map loop and the mock runs second is 2-3x slower than when it runs alone, so a shared
//   process would make the ratio depend on the order.
// - The clock is the process's CPU time: the other processes of a shared machine do not count,
//   garbage collection does.
// - Each iteration does a batch, so the clock's resolution does not swamp operations of tens of
//   nanoseconds; figures are per operation.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Bench } from 'tinybench';
import { createWindowsMock } from '../mocks/index.js';

const BATCH = 10_000;
const STACKS_BATCH = 1000;
const WORLD_BATCH = 10;
const TIME_MS = 500;

interface Task {
  label: string;
  per: number;
  make: () => () => void;
}

function pairs(options: { captureStacks?: boolean }, batch: number): () => void {
  const k = createWindowsMock({ mode: 'strict', ...options }).kernel32;
  return () => {
    for (let i = 0; i < batch; i++) k.CloseHandle(k.CreateEventW(null, 1, 0, null));
  };
}

const TASKS = {
  baseline: {
    label: 'Map set+delete (baseline)', per: BATCH, make: () => {
      // The map lives as long as the run, as a world's handle table does, and goes from empty to
      // one entry and back, as the table does in the pairs.
      const map = new Map<number, { value: number }>();
      let key = 0;
      return () => {
        for (let i = 0; i < BATCH; i++) {
          const value = (key += 4);
          map.set(value, { value });
          map.delete(value);
        }
      };
    },
  },
  pair: { label: 'CreateEventW + CloseHandle, strict', per: BATCH, make: () => pairs({}, BATCH) },
  // What a test's first handles cost: by default a world captures the first 1000 stacks.
  'pair with stacks': { label: 'CreateEventW + CloseHandle, strict, captureStacks: true', per: STACKS_BATCH, make: () => pairs({ captureStacks: true }, STACKS_BATCH) },
  world: {
    label: 'createWindowsMock()', per: WORLD_BATCH, make: () => () => {
      for (let i = 0; i < WORLD_BATCH; i++) createWindowsMock();
    },
  },
} satisfies Record<string, Task>;

type TaskName = keyof typeof TASKS;

/** Milliseconds per operation and the relative margin of error (%). */
interface Measure {
  ms: number;
  rme: number;
}

function cpuClock(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs in the child process: one task, one Bench. */
async function measure(name: TaskName): Promise<Measure> {
  const task: Task = TASKS[name];
  const bench = new Bench({ time: TIME_MS, warmup: true, now: cpuClock });
  bench.add(name, task.make());
  await bench.run();
  const result = bench.getTask(name)?.result;
  if (result === undefined || !('latency' in result)) throw new Error(`[winhandle] bench task ${name} did not complete (${result?.state ?? 'missing'})`);
  return { ms: result.latency.mean / task.per, rme: result.latency.rme };
}

const self = fileURLToPath(import.meta.url);

function measureApart(name: TaskName): Measure {
  // execArgv carries the TypeScript loader (tsx) the parent runs under.
  const child = spawnSync(process.execPath, [...process.execArgv, self, '--task', name], { encoding: 'utf8' });
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !line.startsWith('{')) {
    throw new Error(`[winhandle] bench task ${name} failed (exit ${child.status}): ${child.stderr.trim() || child.stdout.trim()}`);
  }
  return JSON.parse(line) as Measure;
}

function formatTime(ms: number): string {
  return ms >= 0.001 ? `${(ms * 1000).toFixed(1)} µs` : `${(ms * 1e6).toFixed(0)} ns`;
}

export async function benchMock(): Promise<Record<string, unknown>> {
  const names = Object.keys(TASKS) as TaskName[];
  const measured = new Map<TaskName, Measure>(names.map((name) => [name, measureApart(name)]));
  const ms = (name: TaskName): number => measured.get(name)!.ms;
  const baseline = ms('baseline');
  const out = {
    batch: BATCH,
    baselineNsPerOp: baseline * 1e6,
    createClosePairsPerSecond: 1000 / ms('pair'),
    createCloseOverBaseline: ms('pair') / baseline,
    createCloseWithStacksOverBaseline: ms('pair with stacks') / baseline,
    newWorldMicroseconds: ms('world') * 1000,
    newWorldOverBaseline: ms('world') / baseline,
    targets: { createCloseWithin10x: ms('pair') / baseline <= 10, newWorldUnder100us: ms('world') * 1000 < 100 },
  };
  console.log(`\nMock (tinybench, ${TIME_MS} ms of CPU time per task, each task in its own process; ${BATCH} operations per iteration, ${STACKS_BATCH} with stacks, ${WORLD_BATCH} worlds)`);
  console.log('| task | per op | ops/s | ± | ratio to Map set+delete |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  for (const name of names) {
    const { ms: t, rme } = measured.get(name)!;
    console.log(`| ${TASKS[name].label} | ${formatTime(t)} | ${Math.round(1000 / t).toLocaleString('en-US')} | ${rme.toFixed(0)}% | ${(t / baseline).toFixed(1)}x |`);
  }
  const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');
  console.log(`\ncreate+close pairs: ${Math.round(out.createClosePairsPerSecond).toLocaleString('en-US')}/s, ${out.createCloseOverBaseline.toFixed(1)}x the baseline (target <= 10x: ${verdict(out.targets.createCloseWithin10x)})`);
  console.log(`new world: ${out.newWorldMicroseconds.toFixed(1)} µs, ${out.newWorldOverBaseline.toFixed(0)}x the baseline (target < 100 µs: ${verdict(out.targets.newWorldUnder100us)})`);
  return out;
}

// Child mode: `bench/mock-bench.ts --task NAME` prints one task's measure as JSON.
if (process.argv[1] === self && process.argv[2] === '--task') {
  const name = process.argv[3] as TaskName;
  if (!Object.hasOwn(TASKS, name)) throw new Error(`[winhandle] unknown bench task ${name} — one of: ${Object.keys(TASKS).join(', ')}`);
  console.log(JSON.stringify(await measure(name)));
}

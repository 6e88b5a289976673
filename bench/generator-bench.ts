// Generator benchmark (issue 6): stages timed separately on the seeds and on 10%, 50% and 100%
// of the corpus, each in a fresh process (median of runs), against a floor measured in the same
// run: reading every corpus file and parsing its front matter.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface GeneratorRun {
  what: string;
  kind: string;
  documents: number;
  total: number;
  timings?: Record<string, number>;
  entries?: number;
  maxRssMb: number;
  /** Wall-clock time of the whole process, start-up and module loading included. */
  wallMs: number;
}

const once = (what: string, kind: 'generate' | 'floor'): GeneratorRun => {
  const start = performance.now();
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'generate-once.ts'), what, kind], { encoding: 'utf8' });
  const wallMs = performance.now() - start;
  return { ...(JSON.parse(out.trim().split('\n').pop()!) as Omit<GeneratorRun, 'wallMs'>), wallMs };
};

function median(runs: GeneratorRun[]): GeneratorRun {
  const sorted = [...runs].sort((a, b) => a.total - b.total);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function benchGenerator(repeats = 3, log: (line: string) => void = console.error) {
  const sizes = ['seeds', '0.1', '0.5', '1'];
  const runs: Record<string, GeneratorRun> = {};
  for (const size of sizes) {
    log(`[bench] generator on ${size === 'seeds' ? 'the seeds' : `${Number(size) * 100}% of the corpus`} (${repeats} runs)`);
    runs[size] = median(Array.from({ length: repeats }, () => once(size, 'generate')));
  }
  log('[bench] floor: read + front matter of the whole corpus');
  const floor = median(Array.from({ length: repeats }, () => once('1', 'floor')));
  const full = runs['1']!;
  const tenth = runs['0.1']!;
  return {
    runs,
    floor,
    ratios: {
      /** End to end, both as whole processes. */
      fullOverFloor: full.wallMs / floor.wallMs,
      /** In-process work only (after module loading). */
      fullOverFloorInProcess: full.total / floor.total,
      fullOverTenth: full.total / tenth.total,
    },
    targets: {
      fullUnder5s: full.wallMs < 5000,
      fullUnder500MB: full.maxRssMb < 500,
      linear: full.total / tenth.total <= 11,
      within5xFloor: full.wallMs / floor.wallMs <= 5,
    },
  };
}

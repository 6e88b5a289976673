// One measured run in a fresh process, so that peak memory belongs to it alone. Prints one JSON
// line. `generate`: the whole build written to a temporary folder, stage by stage. `floor`: read
// every file the build reads and parse each front matter, loading nothing of the generator.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import YAML from 'yaml';
import { inputsFor, REPO } from './corpus-sample.js';

const [size = 'seeds', kind = 'generate'] = process.argv.slice(2);
const inputs = inputsFor(size);

const start = performance.now();
const cpuStart = process.cpuUsage();
let extra: Record<string, unknown>;
if (kind === 'floor') {
  let keys = 0;
  for (const file of inputs.files) {
    const text = readFileSync(file, 'utf8');
    const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
    if (!m?.[1]) continue;
    try {
      keys += Object.keys((YAML.parse(m[1]) ?? {}) as object).length;
    } catch {
      // A front matter the floor cannot parse costs what it cost; the generator reports it.
    }
  }
  extra = { keys };
} else {
  // Loaded here, not at the top: the floor process must not pay for the generator's modules.
  const loading = performance.now();
  const { generate } = await import('../generator/generate.js');
  const loadMs = performance.now() - loading;
  const out = mkdtempSync(path.join(os.tmpdir(), 'winhandle-bench-'));
  try {
    const result = await generate({ docs: inputs.docs, headers: inputs.headers, out: path.join(out, 'types'), root: REPO, progress: 'silent', keepGoing: true });
    const stagesMs = Object.values(result.timings).reduce((a, b) => a + b, 0);
    extra = { loadMs, stagesMs, timings: result.timings, entries: result.summary.entries, fatal: result.problems.filter((p) => p.fatal).length };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
const cpu = process.cpuUsage(cpuStart);
console.log(JSON.stringify({
  size, kind, files: inputs.files.length,
  // In-process milliseconds from here on: the generator's import (loadMs) and its stages (stagesMs).
  total: performance.now() - start,
  cpuMs: (cpu.user + cpu.system) / 1000,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
  ...extra,
}));

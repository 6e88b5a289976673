// `npm run bench [generator|mock|profile]`: every figure is a ratio against a baseline measured in
// the same run. Results go to bench/results.json and a table on stdout. `profile` writes a CPU
// profile of one full-corpus run to $TMPDIR/winhandle-profiles instead.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { benchGenerator, generatorTable, profileFullCorpus } from './generator-bench.js';

const only = process.argv[2];
const resultsFile = path.join(import.meta.dirname, 'results.json');

if (only === 'profile') {
  const dir = path.join(os.tmpdir(), 'winhandle-profiles');
  const run = await profileFullCorpus(dir);
  console.log(`[bench] profiled a full-corpus run (${run.wallMs.toFixed(0)} ms wall): the .cpuprofile is in ${dir}`);
} else {
  // A partial run keeps the other section's last figures.
  const previous = only && existsSync(resultsFile) ? (JSON.parse(await readFile(resultsFile, 'utf8')) as Record<string, unknown>) : {};
  const results: Record<string, unknown> = {
    ...previous,
    date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, loadAverage: os.loadavg(),
  };
  if (!only || only === 'generator') {
    const g = await benchGenerator();
    results['generator'] = g;
    console.log(`\n${generatorTable(g)}`);
    console.log(`load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')} (the machine is shared: figures are noisy)`);
  }
  if (!only || only === 'mock') {
    const { benchMock } = (await import('./mock-bench.js')) as { benchMock(): Promise<Record<string, unknown>> };
    results['mock'] = await benchMock();
  }
  await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log('\nwritten to bench/results.json');
}

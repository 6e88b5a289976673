// `npm run bench`: every figure is a ratio against a baseline measured in the same run.
// Results go to bench/results.json and a table on stdout.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { benchGenerator } from './generator-bench.js';

const only = process.argv[2];
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, cpus: (await import('node:os')).cpus().length };
const fmt = (n: number, digits = 1): string => n.toFixed(digits);

if (!only || only === 'generator') {
  const g = benchGenerator();
  results['generator'] = g;
  console.log('\nGenerator (median of 3 runs, each in a fresh process)');
  console.log('| input | documents | entries | read | parse | model | resolve | emit | in-process ms | wall ms | peak MB |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [size, r] of Object.entries(g.runs)) {
    const t = r.timings ?? {};
    const label = size === 'seeds' ? 'seeds' : `${Number(size) * 100}% corpus`;
    console.log(`| ${label} | ${r.documents} | ${r.entries ?? ''} | ${fmt(t['read'] ?? 0)} | ${fmt(t['parse'] ?? 0)} | ${fmt(t['model'] ?? 0)} | ${fmt(t['resolve'] ?? 0)} | ${fmt(t['emit'] ?? 0)} | ${fmt(r.total)} | ${fmt(r.wallMs, 0)} | ${fmt(r.maxRssMb, 0)} |`);
  }
  console.log(`| floor (read + front matter, 100%) | ${g.floor.documents} | | | | | | | ${fmt(g.floor.total)} | ${fmt(g.floor.wallMs, 0)} | ${fmt(g.floor.maxRssMb, 0)} |`);
  console.log(`\nfull / floor (end to end): ${fmt(g.ratios.fullOverFloor, 2)}x (target <= 5x); in-process: ${fmt(g.ratios.fullOverFloorInProcess, 2)}x`);
  console.log(`100% / 10%: ${fmt(g.ratios.fullOverTenth, 2)}x (target <= 11x)`);
  console.log(`targets: ${Object.entries(g.targets).map(([k, v]) => `${k}=${v ? 'met' : 'MISSED'}`).join(', ')}`);
}

const mockBench = path.join(import.meta.dirname, 'mock-bench.ts');
if ((!only || only === 'mock') && existsSync(mockBench)) {
  const { benchMock } = (await import('./mock-bench.js')) as { benchMock(): Promise<Record<string, unknown>> };
  results['mock'] = await benchMock();
}

await writeFile(path.join(import.meta.dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwritten to bench/results.json');

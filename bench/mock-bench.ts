// Mock benchmark (issue 3): create+close pairs in strict mode and the cost of a new world,
// each as a ratio to a plain Map set+delete measured in the same run.
import { Bench } from 'tinybench';
import { createWindowsMock } from '../mocks/index.js';

export async function benchMock(): Promise<Record<string, unknown>> {
  const bench = new Bench({ time: 500, warmup: true });
  const map = new Map<number, object>();
  let key = 0;
  const win = createWindowsMock({ mode: 'strict' });
  bench
    .add('baseline: Map set+delete', () => {
      const k = (key += 4);
      map.set(k, { k });
      map.delete(k);
    })
    .add('mock: CreateEventW + CloseHandle (strict)', () => {
      const h = win.kernel32.CreateEventW(null, 1, 0, null);
      win.kernel32.CloseHandle(h);
    })
    .add('mock: createWindowsMock()', () => {
      createWindowsMock();
    });
  await bench.run();
  const mean = (name: string): number => {
    const task = bench.tasks.find((t) => t.name === name)!;
    const r = task.result as { latency?: { mean: number }; mean?: number };
    return r.latency?.mean ?? r.mean ?? NaN; // milliseconds per operation
  };
  const baseline = mean('baseline: Map set+delete');
  const pair = mean('mock: CreateEventW + CloseHandle (strict)');
  const world = mean('mock: createWindowsMock()');
  const out = {
    baselineNsPerOp: baseline * 1e6,
    createClosePairsPerSecond: 1000 / pair,
    createCloseOverBaseline: pair / baseline,
    newWorldMicroseconds: world * 1000,
    newWorldOverBaseline: world / baseline,
    targets: { createCloseWithin10x: pair / baseline <= 10, newWorldUnder100us: world * 1000 < 100 },
  };
  console.log('\nMock (tinybench, 500 ms per task)');
  console.log('| task | per op | ratio to Map set+delete |');
  console.log('| --- | ---: | ---: |');
  console.log(`| Map set+delete (baseline) | ${(baseline * 1e6).toFixed(0)} ns | 1.0x |`);
  console.log(`| CreateEventW + CloseHandle, strict | ${(pair * 1e6).toFixed(0)} ns | ${out.createCloseOverBaseline.toFixed(1)}x (target <= 10x) |`);
  console.log(`| createWindowsMock() | ${(world * 1000).toFixed(1)} µs | ${out.newWorldOverBaseline.toFixed(0)}x (target < 100 µs) |`);
  return out;
}

// Long runs show progress: a bar on a terminal, a line per stage otherwise.
import { SingleBar, Presets } from 'cli-progress';

export interface Progress {
  stage(name: string): void;
  tick(done: number, total: number): void;
  done(): void;
}

export function createProgress(mode: 'auto' | 'bar' | 'lines' | 'silent'): Progress {
  const chosen = mode === 'auto' ? (process.stderr.isTTY ? 'bar' : 'lines') : mode;
  if (chosen === 'silent') return { stage() {}, tick() {}, done() {} };
  if (chosen === 'lines') {
    let started = 0;
    let current = '';
    return {
      stage(name) {
        const now = Date.now();
        if (current) process.stderr.write(`[winhandle] ${current} done in ${now - started} ms\n`);
        current = name;
        started = now;
      },
      tick() {},
      done() {
        if (current) process.stderr.write(`[winhandle] ${current} done in ${Date.now() - started} ms\n`);
        current = '';
      },
    };
  }
  const bar = new SingleBar({ format: '[winhandle] {stage} [{bar}] {value}/{total}', stream: process.stderr, hideCursor: true }, Presets.shades_classic);
  let active = false;
  let stageName = '';
  return {
    stage(name) {
      stageName = name;
      if (active) bar.update({ stage: name });
    },
    tick(done, total) {
      if (!active) {
        bar.start(total, done, { stage: stageName });
        active = true;
      }
      bar.setTotal(total);
      bar.update(done, { stage: stageName });
    },
    done() {
      if (active) bar.stop();
      active = false;
    },
  };
}

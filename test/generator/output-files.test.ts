import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareOutput, MANIFEST, recoverInterruptedWrite, writeOutput } from '../../generator/write/output-files.js';

const tmp = (): string => mkdtempSync(path.join(os.tmpdir(), 'winhandle-out-'));
const previousFiles = new Map([['a.ts', 'export const a = 1;\n'], ['sub/b.ts', 'export const b = 2;\n']]);
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const full = path.join(e.parentPath, e.name);
      return [path.relative(dir, full), readFileSync(full, 'utf8')];
    }));

describe('atomic output', () => {
  it('writes every file and a manifest, and replaces the previous output whole', async () => {
    const out = path.join(tmp(), 'types');
    await writeOutput(out, previousFiles);
    expect(snapshot(out)).toMatchObject({ 'a.ts': 'export const a = 1;\n', 'sub/b.ts': 'export const b = 2;\n' });
    await writeOutput(out, new Map([['c.ts', 'c\n']]));
    expect(Object.keys(snapshot(out)).sort()).toEqual([MANIFEST, 'c.ts']);
  });

  it('refuses to replace a folder it did not write', async () => {
    const out = path.join(tmp(), 'src');
    await mkdir(out);
    await writeFile(path.join(out, 'precious.ts'), 'keep me');
    await expect(writeOutput(out, previousFiles)).rejects.toThrow(/refusing to replace/);
    expect(readFileSync(path.join(out, 'precious.ts'), 'utf8')).toBe('keep me');
  });

  it('leaves the previous output intact when the run is killed part-way', async () => {
    const out = path.join(tmp(), 'types');
    await writeOutput(out, previousFiles);
    const before = snapshot(out);
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'fixtures/slow-writer.ts'), out, '200'], { stdio: 'pipe' });
    const staging = `${out}.staging-${child.pid}`;
    // Kill it once it has started writing its staging folder.
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (existsSync(staging) && readdirSync(staging).length >= 3) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      }, 5);
      child.on('exit', () => {
        clearInterval(timer);
        reject(new Error('the writer finished before it could be killed'));
      });
    });
    await new Promise((r) => child.on('close', r));
    expect(snapshot(out)).toEqual(before);
    // The next run succeeds over the debris.
    await writeOutput(out, new Map([['a.ts', 'new\n']]));
    expect(readFileSync(path.join(out, 'a.ts'), 'utf8')).toBe('new\n');
    expect(existsSync(staging)).toBe(false);
  });

  it('repairs a run killed between its two renames', async () => {
    const dir = tmp();
    const out = path.join(dir, 'types');
    await writeOutput(out, previousFiles);
    await rename(out, `${out}.previous`);
    await recoverInterruptedWrite(out);
    expect(snapshot(out)['a.ts']).toBe('export const a = 1;\n');
    expect(existsSync(`${out}.previous`)).toBe(false);
  });

  it('names changed, missing and extra files for --check', async () => {
    const out = path.join(tmp(), 'types');
    await writeOutput(out, previousFiles);
    const fresh = new Map([['a.ts', 'export const a = 1;\n'], ['sub/b.ts', 'changed\n'], ['new.ts', 'x\n']]);
    await writeFile(path.join(out, 'stray.ts'), '');
    expect(await compareOutput(out, fresh)).toEqual({ changed: ['sub/b.ts'], missing: ['new.ts'], extra: ['stray.ts'] });
    expect(await compareOutput(out, new Map([...previousFiles, ['stray.ts', '']]))).toEqual({ changed: [], missing: [], extra: [] });
  });
});

// The `winhandle` command as a user runs it: generate --check on the committed output, and the
// docs command wired to the site builder (its build and serving are tested in test/docs-site).
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const cli = (...args: string[]) => run(process.execPath, ['--import', 'tsx', 'generator/cli.ts', ...args], { encoding: 'utf8' });
const tsxLoader = path.resolve('node_modules/tsx/dist/loader.mjs');

describe('winhandle', () => {
  it('generate --check finds the committed types/ up to date', async () => {
    const { stdout } = await cli('generate', '--check', '--quiet');
    expect(stdout).toMatch(/\[winhandle\] types is up to date \(\d+ files, \d+ entries\)/);
  }, 60_000);

  it('generate in a folder without seeds/ reads the seeds shipped with the package, and writes only to --out', async () => {
    const project = mkdtempSync(path.join(tmpdir(), 'winhandle-cli-'));
    try {
      await run(process.execPath, ['--import', tsxLoader, path.resolve('generator/cli.ts'), 'generate', '--quiet', '--out', 'out'], { cwd: project, encoding: 'utf8' });
      expect(readFileSync(path.join(project, 'out/handleapi.ts'), 'utf8')).toContain('export type CloseHandle = (hObject: HANDLE) => BOOL;');
      expect(existsSync(path.join(project, 'types'))).toBe(false);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }, 60_000);

  it('docs offers --serve, --port, --model and --out', async () => {
    const { stdout } = await cli('docs', '--help');
    for (const option of ['--serve', '--port <n>', '--model <file>', '--out <dir>']) expect(stdout).toContain(option);
  }, 30_000);

  it('answers an unknown command with usage and exit code 2', async () => {
    const error = await cli('frobnicate').catch((e: { code: number; stderr: string }) => e);
    expect(error).toMatchObject({ code: 2 });
    expect((error as { stderr: string }).stderr).toMatch(/unknown command/);
  }, 30_000);
});

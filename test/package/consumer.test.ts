// The published package, as a user gets it: built by prepack, packed by npm, installed offline
// from the tarball into a fresh project outside the repository, then type-checked and run there.
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPackedProject, linkFromRepo, removeProject, REPO, run, transcript, tsc, type PackedProject, type RunResult } from './packed-project.js';

let packed: PackedProject;

function ok(what: string, r: RunResult): RunResult {
  if (r.status !== 0) expect.fail(transcript(what, r));
  return r;
}

/** Runs an emitted module of the consumer with node and parses the JSON line it prints. */
function runConsumer(file: string): unknown {
  const r = ok(`node ${file}`, run(process.execPath, [file], packed.project));
  return JSON.parse(r.stdout);
}

const bin = (name: string): string => path.join(REPO, 'node_modules', '.bin', name);

describe('winhandle installed from its tarball', () => {
  beforeAll(() => {
    packed = createPackedProject();
  }, 300_000);
  afterAll(() => removeProject(packed));

  it('ships dist/ and seeds/ only, with an exports entry for every header module', () => {
    const strays = packed.packedFiles.filter((f) => !/^(dist|seeds)\//.test(f) && !['package.json', 'README.md', 'LICENSE'].includes(f));
    expect(strays).toEqual([]);
    const manifest = JSON.parse(readFileSync(path.join(packed.project, 'node_modules/winhandle/package.json'), 'utf8')) as { exports: Record<string, unknown> };
    const headers = packed.packedFiles
      .map((f) => /^dist\/types\/([a-z0-9_]+)\.js$/.exec(f)?.[1])
      .filter((h): h is string => h !== undefined && !['index', 'base-types', 'model'].includes(h));
    expect(headers).toEqual(expect.arrayContaining(['winternl', 'ntifs', 'handleapi', 'fltkernel']));
    expect(headers.filter((h) => !(`./${h}` in manifest.exports))).toEqual([]);
  });

  it('publint reports no problems', () => {
    const r = ok('publint', run(bin('publint'), ['run', packed.tarball, '--strict'], REPO));
    expect(r.stdout, transcript('publint', r)).toContain('All good!');
  });

  // ESM only: the package has no CommonJS build, so require() from CJS (node16-cjs) and the
  // pre-exports resolver (node10) are out of scope; every rule stays on for ESM and bundlers.
  it('are-the-types-wrong reports no problems for ESM consumers', () => {
    ok('attw', run(bin('attw'), [packed.tarball, '--profile', 'esm-only', '--no-color', '--no-emoji'], REPO));
  });

  it('a strict consumer type-checks under nodenext without the optional peers, and runs with node', () => {
    ok('tsc (module nodenext)', tsc(packed.project, 'tsconfig.nodenext.json'));
    expect(runConsumer('out/index.js')).toEqual({
      types: [true, true, true, true],
      invalidHandle: 0xc0000008,
      invalidHandleName: 'STATUS_INVALID_HANDLE',
      accessDenied: 0xc0000022,
      successIsSuccess: true,
      invalidIsError: true,
      rootStatusIsStatus: true,
      win32InvalidHandle: [6, 'ERROR_INVALID_HANDLE'],
      invalidHandleValue: -1,
      kernel32ListsCloseHandle: true,
      mock: { closes: [1, 0], lastError: 6, statuses: ['STATUS_SUCCESS', 'STATUS_INVALID_HANDLE'], leaks: 0 },
    });
    // The README's code, written against the generated interfaces, on a mock world.
    expect(runConsumer('out/contract.js')).toEqual({ closeAll: [0, 6], closeNt: ['closed', 'STATUS_INVALID_HANDLE'] });
  }, 120_000);

  it('the same consumer type-checks under moduleResolution bundler', () => {
    ok('tsc (moduleResolution bundler)', tsc(packed.project, 'tsconfig.bundler.json'));
  }, 120_000);

  it('winhandle/msw needs msw; with msw and vitest installed it type-checks and answers calls', () => {
    const missing = run(process.execPath, ['--input-type=module', '-e', "await import('winhandle/msw')"], packed.project);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toMatch(/Cannot find package 'msw'/);
    linkFromRepo(packed.project, 'msw');
    linkFromRepo(packed.project, 'vitest');
    ok('tsc (with the peers)', tsc(packed.project, 'tsconfig.peers.json'));
    const answers = runConsumer('out/peers.js') as Record<string, { status: number; body: Record<string, unknown> }>;
    expect(answers.close).toMatchObject({ status: 200, body: { result: 1, lastError: 0 } });
    expect(answers.closeAgain).toMatchObject({ status: 200, body: { result: 0, lastErrorName: 'ERROR_INVALID_HANDLE' } });
    expect(answers.wrongType).toMatchObject({ status: 400, body: { error: 'bad-arguments', signature: 'BOOL CloseHandle(HANDLE hObject)' } });
  }, 120_000);

  it('the winhandle command runs from the install: help, and generate from the packaged seeds', () => {
    const cli = path.join(packed.project, 'node_modules', '.bin', 'winhandle');
    const help = ok('winhandle generate --help', run(cli, ['generate', '--help'], packed.project));
    expect(help.stdout).toMatch(/Usage: winhandle generate/);
    expect(help.stdout).toMatch(/--keep-going/);
    // With no arguments the command reads seeds/ of the working folder.
    cpSync(path.join(packed.project, 'node_modules/winhandle/seeds'), path.join(packed.project, 'seeds'), { recursive: true });
    ok('winhandle generate', run(cli, ['generate', '--out', 'generated', '--quiet'], packed.project));
    const read = (f: string): string => readFileSync(path.join(packed.project, 'generated', f), 'utf8');
    expect(read('ntifs.ts')).toContain('export type NtClose = (Handle: HANDLE) => NTSTATUS;');
    expect(read('handleapi.ts')).toContain('export type CloseHandle = (hObject: HANDLE) => BOOL;');
  }, 120_000);
});

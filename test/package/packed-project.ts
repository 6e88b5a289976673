// A fresh consumer project outside the repository with winhandle installed from its own tarball,
// the way a user gets it: build (prepack), npm pack, npm install --offline of the .tgz.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURE = fileURLToPath(new URL('./consumer/', import.meta.url));
const TSC = path.join(path.dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function run(command: string, args: string[], cwd: string): RunResult {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The whole output of a command, for failure messages. */
export function transcript(what: string, r: RunResult): string {
  return `${what} exited with ${r.status}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
}

function runOrThrow(what: string, command: string, args: string[], cwd: string): RunResult {
  const r = run(command, args, cwd);
  if (r.status !== 0) throw new Error(transcript(what, r));
  return r;
}

/** TypeScript from the repository, run by absolute path: the consumer installs no compiler. */
export function tsc(cwd: string, project: string): RunResult {
  return run(process.execPath, [TSC, '-p', project, '--pretty', 'false'], cwd);
}

export interface PackedProject {
  /** Temporary folder holding the tarball and the consumer project. */
  root: string;
  tarball: string;
  /** Paths inside the tarball, as npm pack lists them. */
  packedFiles: string[];
  /** The consumer project: package.json, the fixture files, node_modules/winhandle. */
  project: string;
}

/** npm pack runs prepack, which rebuilds dist/ from a clean folder. */
function pack(into: string): { tarball: string; files: string[] } {
  const r = runOrThrow('npm pack', 'npm', ['pack', '--json', '--pack-destination', into], REPO);
  // prepack's own output precedes the JSON on stdout.
  const json = r.stdout.slice(r.stdout.indexOf('[\n'));
  const [info] = JSON.parse(json) as Array<{ filename: string; files: Array<{ path: string }> }>;
  if (!info) throw new Error(transcript('npm pack (no package listed)', r));
  return { tarball: path.join(into, info.filename), files: info.files.map((f) => f.path) };
}

export function createPackedProject(): PackedProject {
  const root = mkdtempSync(path.join(os.tmpdir(), 'winhandle-package-'));
  const { tarball, files } = pack(root);
  const project = path.join(root, 'consumer');
  mkdirSync(project);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'winhandle-consumer', private: true, type: 'module' }, null, 2));
  // Fixture sources end in .txt: they import 'winhandle', which the repository's own type-check
  // could only resolve after a build.
  for (const name of readdirSync(FIXTURE)) cpSync(path.join(FIXTURE, name), path.join(project, name.replace(/\.txt$/, '')));
  runOrThrow('npm install', 'npm', ['install', '--offline', '--no-audit', '--no-fund', tarball], project);
  return { root, tarball, packedFiles: files, project };
}

/** Makes a package of the repository's node_modules visible to the consumer (an installed peer). */
export function linkFromRepo(project: string, name: string): void {
  const target = path.join(project, 'node_modules', name);
  mkdirSync(path.dirname(target), { recursive: true });
  rmSync(target, { recursive: true, force: true });
  // A link, not a copy: the peer's own dependencies resolve from its real place in the repository.
  symlinkSync(path.join(REPO, 'node_modules', name), target, 'dir');
}

export function removeProject(p: PackedProject | undefined): void {
  if (p) rmSync(p.root, { recursive: true, force: true });
}

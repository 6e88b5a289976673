// Output is written atomically: all files go to a staging folder beside the output, which
// then replaces it with two renames. A run that fails or is killed before the swap leaves
// the previous output as it was; one killed between the renames is repaired by the next run.
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Marks a folder as ours, so that a swap never replaces a folder we did not write. */
export const MANIFEST = '.winhandle-output.json';

async function exists(p: string): Promise<boolean> {
  return stat(p).then(() => true, () => false);
}

async function listFiles(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full, base)));
    else out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out.sort();
}

const previousOf = (outDir: string): string => `${outDir}.previous`;

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Staging folders left by runs that were killed (their process is gone). */
async function removeDeadStaging(target: string): Promise<void> {
  const prefix = `${path.basename(target)}.staging-`;
  for (const name of await readdir(path.dirname(target)).catch(() => [] as string[])) {
    const pid = Number(name.slice(prefix.length));
    if (name.startsWith(prefix) && Number.isInteger(pid) && !alive(pid)) {
      await rm(path.join(path.dirname(target), name), { recursive: true, force: true });
    }
  }
}

/** Restore the output of a run that was killed between its two renames. */
export async function recoverInterruptedWrite(outDir: string): Promise<void> {
  const previous = previousOf(outDir);
  if (!(await exists(previous))) return;
  if (await exists(outDir)) await rm(previous, { recursive: true, force: true });
  else await rename(previous, outDir);
}

export async function writeOutput(outDir: string, files: ReadonlyMap<string, string>): Promise<void> {
  const target = path.resolve(outDir);
  await recoverInterruptedWrite(target);
  await removeDeadStaging(target);
  if (await exists(target)) {
    const ours = (await exists(path.join(target, MANIFEST))) || (await readdir(target)).length === 0;
    if (!ours) throw new Error(`[winhandle] refusing to replace ${outDir}: it holds files winhandle did not write (no ${MANIFEST}). Choose an empty or new --out folder.`);
  }
  const staging = `${target}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  try {
    for (const [rel, content] of files) {
      const file = path.join(staging, rel);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, content);
    }
    await writeFile(path.join(staging, MANIFEST), `${JSON.stringify({ generator: 'winhandle', files: [...files.keys()].sort() }, null, 2)}\n`);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  const previous = previousOf(target);
  if (await exists(target)) await rename(target, previous);
  await rename(staging, target);
  await rm(previous, { recursive: true, force: true });
}

export interface StaleReport {
  changed: string[];
  missing: string[];
  extra: string[];
}

/** What differs between a fresh run and the folder on disk (`--check`). */
export async function compareOutput(outDir: string, files: ReadonlyMap<string, string>): Promise<StaleReport> {
  const report: StaleReport = { changed: [], missing: [], extra: [] };
  const onDisk = (await exists(outDir)) ? (await listFiles(outDir)).filter((f) => f !== MANIFEST) : [];
  const disk = new Set(onDisk);
  for (const [rel, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!disk.has(rel)) report.missing.push(rel);
    else if ((await readFile(path.join(outDir, rel), 'utf8')) !== content) report.changed.push(rel);
  }
  for (const rel of onDisk) if (!files.has(rel)) report.extra.push(rel);
  return report;
}

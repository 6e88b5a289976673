// Paths → the source files under them: folders walked recursively, symlink loops ignored,
// results in a sorted, deterministic order. Failures are returned, never thrown.
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Extensions taken from folders; a file named explicitly is always taken. */
export const SOURCE_EXTENSIONS = ['.md', '.txt', '.h'];

export interface WalkFailure {
  path: string;
  code: string;
  message: string;
}

const posix = (p: string): string => p.split(path.sep).join('/');
const wanted = (name: string): boolean => SOURCE_EXTENSIONS.includes(path.extname(name).toLowerCase());

export interface Walked {
  files: string[];
  failures: WalkFailure[];
  /** Folders given that held no source file. */
  emptyFolders: string[];
}

export async function walkPaths(paths: readonly string[]): Promise<Walked> {
  const files = new Set<string>();
  const emptyFolders: string[] = [];
  const failures: WalkFailure[] = [];
  const seenDirs = new Set<string>();

  const walkDir = async (dir: string): Promise<void> => {
    let real: string;
    try {
      real = await fs.realpath(dir);
    } catch (error) {
      failures.push(failure(dir, error));
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (error) {
      failures.push(failure(dir, error));
      return;
    }
    const subdirs: string[] = [];
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) subdirs.push(full);
      else if (entry.isFile() && wanted(entry.name)) files.add(posix(full));
      else if (entry.isSymbolicLink()) {
        const stat = await fs.stat(full).catch(() => undefined);
        if (stat?.isDirectory()) subdirs.push(full);
        else if (stat?.isFile() && wanted(entry.name)) files.add(posix(full));
      }
    }
    await Promise.all(subdirs.map(walkDir));
  };

  for (const given of paths) {
    let stat;
    try {
      stat = await fs.stat(given);
    } catch (error) {
      failures.push(failure(given, error));
      continue;
    }
    if (stat.isDirectory()) {
      const before = files.size;
      await walkDir(given);
      if (files.size === before) emptyFolders.push(posix(given));
    } else files.add(posix(given));
  }
  return { files: [...files].sort(compare), failures, emptyFolders };
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function failure(p: string, error: unknown): WalkFailure {
  const e = error as NodeJS.ErrnoException;
  return { path: posix(p), code: e.code ?? 'EUNKNOWN', message: e.message ?? String(error) };
}

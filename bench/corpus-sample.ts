// What each benchmark size reads: the seeds (the default build), or a deterministic share of the
// documentation corpus plus the mingw-w64 headers the corpus build takes as a signature source.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The repository; set by the bench for its compiled child processes, which run from elsewhere. */
export const REPO = process.env['WINHANDLE_REPO'] ?? path.resolve(import.meta.dirname, '..');
export const CORPUS = path.resolve(REPO, '..', 'shared', 'corpus');
const MINGW = '/usr/share/mingw-w64/include';
export const HEADERS = ['winternl.h', 'handleapi.h', 'ddk/ntifs.h', 'ddk/wdm.h'].map((h) => path.join(MINGW, h));

/** `seeds`, or a share of the corpus (`0.1`, `0.5`, `1`). */
export type Size = string;
export const SIZES: readonly Size[] = ['seeds', '0.1', '0.5', '1'];

export const sizeLabel = (size: Size): string => (size === 'seeds' ? 'seeds' : `${Number(size) * 100}% corpus`);

function filesUnder(root: string, ext: RegExp): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ext.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

export const corpusFiles = (root = CORPUS): string[] => filesUnder(root, /\.md$/);

/** A share of the corpus (0 < share <= 1): every k-th file, so all headers are represented. */
export function sample(files: readonly string[], share: number): string[] {
  const step = Math.max(1, Math.round(1 / share));
  return files.filter((_, i) => i % step === 0);
}

export interface Inputs {
  docs: string[];
  headers: string[];
  /** Every file the run reads (the floor reads the same). */
  files: string[];
}

export function inputsFor(size: Size): Inputs {
  if (size === 'seeds') {
    const seeds = path.join(REPO, 'seeds');
    return { docs: [seeds], headers: [], files: filesUnder(seeds, /\.(md|txt|h)$/) };
  }
  const missing = [CORPUS, ...HEADERS].filter((p) => !existsSync(p));
  if (missing.length > 0) throw new Error(`[winhandle] bench needs ${missing.join(', ')} (the corpus at ../shared/corpus, Debian mingw-w64-x86-64-dev)`);
  const docs = sample(corpusFiles(), Number(size));
  return { docs, headers: HEADERS, files: [...docs, ...HEADERS] };
}

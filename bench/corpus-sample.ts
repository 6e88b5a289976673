// Deterministic samples of the documentation corpus: every k-th file of the sorted list.
import { readdirSync } from 'node:fs';
import path from 'node:path';

export const CORPUS = path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus');

export function corpusFiles(root = CORPUS): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** A share of the corpus (0 < share <= 1): every k-th file, so all headers are represented. */
export function sample(files: readonly string[], share: number): string[] {
  const step = Math.max(1, Math.round(1 / share));
  return files.filter((_, i) => i % step === 0);
}

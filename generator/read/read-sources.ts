// The read stage: paths → decoded source files. Problems are data; nothing here throws.
import { promises as fs } from 'node:fs';
import type { Problem } from '../model/schema.js';
import { Problems } from '../model/problems.js';
import { decodeText } from './decode-text.js';
import type { SourceFile } from './source-file.js';
import { walkPaths } from './walk-paths.js';

export interface ReadOptions {
  onProgress?(done: number, total: number): void;
}

/** Parallel reads in flight; enough to hide I/O latency without exhausting file descriptors. */
const CONCURRENCY = 64;

export async function readSources(paths: readonly string[], opts: ReadOptions = {}): Promise<{ files: SourceFile[]; problems: Problem[] }> {
  const problems = new Problems();
  const walked = await walkPaths(paths);
  for (const f of walked.failures) {
    const missing = f.code === 'ENOENT' || f.code === 'ENOTDIR';
    problems.fatal(
      { file: f.path, line: 1 },
      missing ? 'read/not-found' : 'read/unreadable',
      missing ? `${f.path} does not exist` : `${f.path} cannot be read (${f.code})`,
      missing ? 'a documentation folder, a document or a C header' : 'a readable file or folder',
    );
  }
  for (const folder of walked.emptyFolders) {
    problems.add({ file: folder, line: 1 }, 'read/no-sources', `${folder} holds no source file`, { expected: '.md, .txt or .h files' });
  }

  const total = walked.files.length;
  const slots: (SourceFile | undefined)[] = new Array(total);
  let next = 0;
  let done = 0;
  const worker = async (): Promise<void> => {
    while (next < total) {
      const index = next++;
      const file = walked.files[index]!;
      slots[index] = await readOne(file, problems);
      done++;
      if (opts.onProgress && (done % 100 === 0 || done === total)) opts.onProgress(done, total);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, total) }, worker));
  const files = slots.filter((f): f is SourceFile => f !== undefined);
  // Problems from parallel reads arrive in completion order; sort for deterministic reports.
  problems.list.sort((a, b) => (a.place.file < b.place.file ? -1 : a.place.file > b.place.file ? 1 : a.place.line - b.place.line));
  return { files, problems: problems.list };
}

async function readOne(file: string, problems: Problems): Promise<SourceFile | undefined> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EUNKNOWN';
    problems.fatal({ file, line: 1 }, 'read/unreadable', `${file} cannot be read (${code})`, 'a readable file');
    return undefined;
  }
  const decoded = decodeText(bytes);
  if (decoded.invalid) {
    const { line, column, count } = decoded.invalid;
    problems.add({ file, line, column }, 'read/invalid-utf8', `${count} byte(s) are not valid UTF-8; decoded as U+FFFD`, {
      expected: 'UTF-8 text',
    });
  }
  return { path: file, text: decoded.text };
}

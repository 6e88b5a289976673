// The read stage: folders walked in a stable order, encodings decoded, failures as problems.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../generator/model/problems.js';
import { readSources } from '../../generator/read/read-sources.js';

function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'winhandle-read-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), content);
  }
  return root;
}

describe('readSources', () => {
  it('walks folders recursively in sorted order, taking .md, .txt and .h files', async () => {
    const root = tree({ 'b/z.md': 'z', 'a.txt': 'a', 'b/a.h': 'h', 'c/d/e.MD': 'e', 'image.png': 'x', 'notes.json': '{}' });
    const progress: [number, number][] = [];
    const { files, problems } = await readSources([root], { onProgress: (done, total) => progress.push([done, total]) });
    const rel = (p: string): string => path.posix.relative(root.split(path.sep).join('/'), p);
    expect(files.map((f) => rel(f.path))).toEqual(['a.txt', 'b/a.h', 'b/z.md', 'c/d/e.MD']);
    expect(files.find((f) => f.path.endsWith('a.txt'))?.text).toBe('a');
    expect(problems).toEqual([]);
    expect(progress.at(-1)).toEqual([4, 4]);
  });

  it('keeps the paths as given, posix style, and takes a named file whatever its extension', async () => {
    const root = tree({ 'docs/page.md': 'p', 'single.data': 'd' });
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const { files } = await readSources(['docs', 'single.data', './docs']);
      expect(files.map((f) => f.path)).toEqual(['docs/page.md', 'single.data']);
    } finally {
      process.chdir(cwd);
    }
  });

  it('decodes invalid UTF-8 with U+FFFD and names the line and column of the first bad byte', async () => {
    const root = tree({ 'bad.md': Buffer.concat([Buffer.from('line one\nline two\nab'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('\n')]) });
    const { files, problems } = await readSources([root]);
    expect(files[0]!.text).toBe('line one\nline two\nab\ufffd(\ufffd\n');
    expect(problems.map(formatProblem)).toEqual([`${files[0]!.path}:3:3: warning read/invalid-utf8: 2 byte(s) are not valid UTF-8; decoded as U+FFFD (expected UTF-8 text)`]);
  });

  it('decodes UTF-16 with a byte-order mark and drops a UTF-8 one', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('NtClose function', 'utf16le')]);
    const root = tree({ 'a.md': utf16, 'b.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('text')]) });
    const { files, problems } = await readSources([root]);
    expect(files.map((f) => f.text)).toEqual(['NtClose function', 'text']);
    expect(problems).toEqual([]);
  });

  it('reports missing paths and empty folders as problems instead of throwing', async () => {
    const root = tree({ 'empty/readme.png': 'x' });
    const missing = path.join(root, 'nope').split(path.sep).join('/');
    const empty = path.join(root, 'empty').split(path.sep).join('/');
    const { files, problems } = await readSources([missing, empty]);
    expect(files).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      `${empty}:1: warning read/no-sources: ${empty} holds no source file (expected .md, .txt or .h files)`,
      `${missing}:1: error read/not-found: ${missing} does not exist (expected a documentation folder, a document or a C header)`,
    ]);
  });

  it('follows symbolic links once, without looping', async () => {
    const root = tree({ 'docs/a.md': 'a' });
    symlinkSync(path.join(root, 'docs'), path.join(root, 'docs', 'loop'));
    const { files, problems } = await readSources([root]);
    expect(files.map((f) => path.basename(f.path))).toEqual(['a.md']);
    expect(problems).toEqual([]);
  });
});

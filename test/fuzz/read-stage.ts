// The read stage under fuzzing: mutated bytes written to a real file, read back through
// readSources (by folder or by name, as a user may give either) and parsed by parseSources.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { recognise } from '../../generator/parse/parse-source.js';
import { parseSources } from '../../generator/parse/parse-sources.js';
import { decodeText } from '../../generator/read/decode-text.js';
import { readSources } from '../../generator/read/read-sources.js';
import type { SeedDocument } from './documents.js';
import { checkResult, FuzzFailure, lineCount, type CaseOutcome } from './property.js';

export interface ReadStageDir {
  root: string;
  remove(): void;
}

export function readStageDir(): ReadStageDir {
  const root = mkdtempSync(path.join(os.tmpdir(), 'winhandle-fuzz-'));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

export async function checkReadStage(dir: ReadStageDir, doc: SeedDocument, bytes: Buffer): Promise<CaseOutcome> {
  const folder = path.join(dir.root, 'docs');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  const file = path.join(folder, path.basename(doc.path)).split(path.sep).join('/');
  writeFileSync(file, bytes);
  const start = performance.now();
  const byFolder = bytes.length % 2 === 0;
  const read = await readSources([byFolder ? folder : file]);
  const expected = decodeText(bytes);
  const lines = lineCount(expected.text);
  if (read.files.length !== 1 || read.files[0]!.path !== file) throw new FuzzFailure(`read gave ${read.files.map((f) => f.path).join(', ') || 'no file'}, not ${file}`);
  if (read.files[0]!.text !== expected.text) throw new FuzzFailure('read decoded the bytes differently from decodeText');
  const flagged = read.problems.some((p) => p.rule === 'read/invalid-utf8');
  if (flagged !== (expected.invalid !== undefined)) throw new FuzzFailure(`invalid UTF-8 ${flagged ? 'reported in valid' : 'not reported in invalid'} bytes`);
  const parsed = parseSources(read.files);
  checkResult({ documents: parsed.documents, problems: [...read.problems, ...parsed.problems] }, file, lines, recognise(file, expected.text));
  return { ms: performance.now() - start, documents: parsed.documents.length, problems: read.problems.length + parsed.problems.length };
}

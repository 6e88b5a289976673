// The parse stage over all files: one reader call per file, problems collected.
import type { ParsedDocument, Problem } from '../model/schema.js';
import type { SourceFile } from '../read/source-file.js';
import { parseSource } from './parse-source.js';

export function parseSources(files: readonly SourceFile[], onProgress?: (done: number, total: number) => void): {
  documents: ParsedDocument[];
  problems: Problem[];
} {
  const documents: ParsedDocument[] = [];
  const problems: Problem[] = [];
  files.forEach((file, i) => {
    const result = parseSource(file);
    problems.push(...result.problems);
    // A document with a fatal problem is not used: skipped with --keep-going, fatal otherwise.
    if (!result.problems.some((p) => p.fatal)) documents.push(...result.documents);
    if (onProgress && (i % 50 === 0 || i === files.length - 1)) onProgress(i + 1, files.length);
  });
  return { documents, problems };
}

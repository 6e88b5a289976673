// Shared by the reader tests: parse a file of the repository as the generator would.
import { readFileSync } from 'node:fs';
import { formatProblem } from '../../generator/model/problems.js';
import { ParsedDocument } from '../../generator/model/schema.js';
import { parseSource } from '../../generator/parse/parse-source.js';
import type { ParseResult } from '../../generator/parse/parse-result.js';

export function parseFile(path: string): ParseResult {
  return parseSource({ path, text: readFileSync(path, 'utf8') });
}

/** The only document of a result, checked against the zod schema. */
export function onlyDocument(result: ParseResult): ParsedDocument {
  if (result.documents.length !== 1) throw new Error(`expected one document, got ${result.documents.length}: ${result.problems.map(formatProblem).join('\n')}`);
  return ParsedDocument.parse(result.documents[0]);
}

export const formatted = (result: ParseResult): string[] => result.problems.map(formatProblem);

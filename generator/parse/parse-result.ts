// What every reader returns: the documents it made and the problems it found.
import type { ParsedDocument, Problem } from '../model/schema.js';

export interface ParseResult {
  documents: ParsedDocument[];
  problems: Problem[];
}

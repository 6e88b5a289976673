// Return codes from the tables of `## -returns`: HTML tables (`<dl><dt><b>STATUS_X</b>`) and
// markdown pipe tables both arrive as rows; a row whose first cell names a code is one.
import type { DocReturnCode } from '../../model/schema.js';
import type { FoundTable } from '../text/tables.js';

/** `STATUS_INVALID_HANDLE`, `ERROR_ACCESS_DENIED`, `TRUE`, `S_OK`, `PHCM_MAX`. */
const CODE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/;
const NOT_CODES = new Set(['NONE', 'N/A']);

export function returnCodesFrom(tables: readonly FoundTable[], file: string): DocReturnCode[] {
  const codes: DocReturnCode[] = [];
  for (const { rows, chunkLine } of tables) {
    for (const row of rows) {
      const [first, ...rest] = row.cells;
      if (!first || rest.length === 0) continue;
      const name = first.text.split(/\s+/)[0] ?? '';
      if (!CODE.test(name) || name.length < 2 || NOT_CODES.has(name)) continue;
      const line = chunkLine + row.line - 1;
      const meaning = rest.map((cell) => cell.markdown).filter((m) => m !== '').join(' ');
      const same = codes.find((c) => c.name === name);
      // A code listed twice (two conditions) keeps both meanings under one name.
      if (same) same.meaning.markdown = [same.meaning.markdown, meaning].filter((m) => m !== '').join('\n\n');
      else codes.push({ name, meaning: { markdown: meaning, place: { file, line } } });
    }
  }
  return codes;
}

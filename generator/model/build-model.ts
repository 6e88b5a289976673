// The model stage: documents become entries; C declarations are kept aside as a
// signature source for the resolve stage (they describe, they do not document).
import { entryFromDocument, type DraftEntry } from './entry-from-document.js';
import { mergeDrafts } from './merge-entries.js';
import type { Conflict, Entry, ParsedDocument, Problem } from './schema.js';

export interface Declarations {
  /** Function prototypes from C headers, by function name (first declaration wins). */
  prototypes: Map<string, ParsedDocument>;
  /** Struct, union and enum declarations from C headers, by tag and every typedef name. */
  structs: Map<string, ParsedDocument>;
}

export interface DraftModel {
  entries: Entry[];
  declarations: Declarations;
  /** Documentation documents by file, for checks that go back to the text. */
  documents: ParsedDocument[];
  conflicts: Conflict[];
  problems: Problem[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function buildModel(documents: readonly ParsedDocument[]): DraftModel {
  const declarations: Declarations = { prototypes: new Map(), structs: new Map() };
  const groups = new Map<string, DraftEntry[]>();
  const problems: Problem[] = [];
  const docs: ParsedDocument[] = [];

  for (const doc of documents) {
    if (doc.skip) continue;
    if (doc.format === 'c-header') {
      // `#define ObDereferenceObject ObfDereferenceObject`: the alias has the target's signature.
      if (doc.kind === 'function' && doc.prototype) {
        for (const name of [doc.name, ...doc.aliases]) if (!declarations.prototypes.has(name)) declarations.prototypes.set(name, doc);
      }
      if (doc.kind === 'struct' || doc.kind === 'enum') {
        for (const name of [doc.name, ...doc.aliases]) if (!declarations.structs.has(name)) declarations.structs.set(name, doc);
      }
      continue;
    }
    docs.push(doc);
    const draft = entryFromDocument(doc);
    if (!draft) {
      problems.push({
        place: { file: doc.file, line: 1 }, rule: 'model/no-header', fatal: false,
        message: `${doc.name}: the document names no header; it is not in the output`, expected: 'req.header or a header in the title',
      });
      continue;
    }
    const list = groups.get(draft.entry.id);
    if (list) list.push(draft);
    else groups.set(draft.entry.id, [draft]);
  }

  const conflicts: Conflict[] = [];
  const entries = [...groups.keys()].sort(byText).map((id) => {
    const drafts = groups.get(id)!.sort((a, b) => byText(a.doc.file, b.doc.file));
    return mergeDrafts(drafts, conflicts);
  });
  return { entries, declarations, documents: docs, conflicts, problems };
}

// The C header reader over small synthetic headers: C++ and dead branches, inline bodies,
// duplicates across branches, constants, aggregates, function typedefs and broken input.
import path from 'node:path';
import { describe, it } from 'vitest';
import type { ParsedDocument } from '../../../generator/model/schema.js';
import { parseCHeader } from '../../../generator/parse/c/c-header.js';
import { expectFixture, fixtureCases } from './fixture-folders.js';

const here = path.dirname(new URL(import.meta.url).pathname);

/** What the reader says about a document, without the fields a C header never fills. */
function summary(doc: ParsedDocument): Record<string, unknown> {
  const out: Record<string, unknown> = { kind: doc.kind, name: doc.name };
  if (doc.aliases.length) out['aliases'] = doc.aliases;
  out['header'] = doc.header;
  if (doc.prototype) out['prototype'] = doc.prototype;
  if (doc.fields.length) out['fields'] = doc.fields.map((f) => `${f.name}: ${f.cType ?? '?'} @${f.description.place.line}`);
  if (doc.enumValues.length) out['enumValues'] = doc.enumValues.map((v) => `${v.name} = ${v.value ?? '?'}`);
  if (doc.constants.length) out['constants'] = doc.constants.map((c) => `${c.name} = ${c.value}${c.type ? ` (${c.type})` : ''} @${c.place.line}`);
  if (doc.syntax) out['syntax'] = `@${doc.syntax.place.line} ${doc.syntax.markdown}`;
  return out;
}

describe('parseCHeader fixtures', () => {
  for (const c of fixtureCases(path.join(here, 'headers'))) {
    it(c.name, () => {
      const result = parseCHeader({ path: c.file, text: c.input });
      expectFixture(c, result.documents.map(summary), result.problems);
    });
  }
});

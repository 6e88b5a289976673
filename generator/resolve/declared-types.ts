// Structures and enumerations no page describes but documented entries use (IO_STATUS_BLOCK,
// UNICODE_STRING, OBJECT_ATTRIBUTES with the mingw-w64 headers): when a C declaration source
// declares them, they become entries of their own, following references through their members,
// so the output names them instead of leaving `unknown`.
import type { Declarations } from '../model/build-model.js';
import { baseType, POINTER_TYPEDEFS, TYPE_SYNONYMS } from '../model/base-types.js';
import { entryFromDocument } from '../model/entry-from-document.js';
import type { Entry } from '../model/schema.js';
import { memberType } from './resolve-fields.js';

const IDENTIFIER = /[A-Za-z_][A-Za-z0-9_]*/g;
const NOT_A_NAME = new Set(['const', 'volatile', 'struct', 'union', 'enum', 'unsigned', 'signed']);

/** The type names a C type mentions (`const struct _FOO *` → `_FOO`). */
function typeNames(c: string): string[] {
  return (c.match(IDENTIFIER) ?? []).filter((w) => !NOT_A_NAME.has(w));
}

function referenced(entry: Entry): string[] {
  const types = [...entry.parameters.map((p) => p.type.c), ...entry.fields.map((f) => f.type.c), entry.return?.type.c ?? ''];
  return types.flatMap(typeNames);
}

/** The new entries, in the order found; `entries` is not changed. */
export function declaredTypes(entries: readonly Entry[], declarations: Declarations): Entry[] {
  const known = new Set(entries.flatMap((e) => [e.name, ...e.aliases]));
  const isBase = (name: string): boolean => baseType(name) !== undefined || name in POINTER_TYPEDEFS || name in TYPE_SYNONYMS;
  const added: Entry[] = [];
  const queue = entries.flatMap(referenced);
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (known.has(name) || isBase(name)) continue;
    const decl = declarations.structs.get(name);
    if (!decl) continue;
    for (const n of [decl.name, ...decl.aliases]) known.add(n);
    const draft = entryFromDocument(decl);
    if (!draft) continue;
    const entry = draft.entry;
    delete entry.docUrl; // no page describes it
    entry.description = `Declared in \`${decl.header}.h\`; no page of the documentation describes it.`;
    entry.provenance['description'] = { file: decl.file, line: decl.syntax?.place.line ?? 1, via: 'c-declaration' };
    // Members keep the declared types; their own references are followed.
    entry.fields = decl.fields.filter((f) => f.cType).map((f) => {
      const path = f.name.split('.');
      return { name: path[path.length - 1]!, path, type: { c: memberType(f.cType!), source: 'c-declaration' as const }, description: '' };
    });
    added.push(entry);
    queue.push(...referenced(entry));
  }
  return added;
}

// Types in order of precedence: a prototype printed in a document (of this entry, or of
// another header's page for the same function: one symbol, one signature), a C declaration
// source, then inference from prose. Every choice is recorded in the entry's provenance.
import type { Declarations } from '../model/build-model.js';
import type { CParam, CPrototype, Conflict, Entry, ParsedDocument, Problem, Provenance } from '../model/schema.js';
import { inferParameterType, inferReturnType } from './infer-types.js';
import { twinName } from './resolve-links.js';

export interface TypeStats {
  /** Parameters and returns whose inferred type could be compared with a declared one. */
  compared: number;
  agreed: number;
  disagreements: { entry: string; field: string; inferred: string; declared: string }[];
}

interface Signature {
  prototype: CPrototype;
  source: 'document-prototype' | 'c-declaration';
  file: string;
}

function findSignature(entry: Entry, byName: Map<string, ParsedDocument[]>, declarations: Declarations): Signature | undefined {
  const docs = byName.get(entry.name) ?? [];
  // This entry's own documents first, then other pages of the same function.
  const own = docs.filter((d) => entry.sources.includes(d.file) && d.prototype);
  const other = docs.filter((d) => !entry.sources.includes(d.file) && d.prototype);
  const doc = own[0] ?? other[0];
  if (doc?.prototype) return { prototype: doc.prototype, source: 'document-prototype', file: doc.file };
  // NtXxx and ZwXxx are one routine under two names ("use the name NtXxx instead"): one signature.
  const twin = /^(Nt|Zw)[A-Z]/.test(entry.name) ? twinName(entry.name) : undefined;
  const decl = declarations.prototypes.get(entry.name) ?? (twin ? declarations.prototypes.get(twin) : undefined);
  if (decl?.prototype) return { prototype: { ...decl.prototype, name: entry.name }, source: 'c-declaration', file: decl.file };
  return undefined;
}

const normalise = (c: string): string => c.replace(/\bWINBOOL\b/g, 'BOOL').replace(/\s+/g, ' ').replace(/\s*\*/g, ' *').trim();

/** Types that say the same thing for comparison purposes (`LPHANDLE` vs `PHANDLE`, `HANDLE *`). */
const canonical = (c: string): string =>
  normalise(c).replace(/^const /, '').replace(/^LP(?=[A-Z])/, 'P').replace(/^PCVOID$/, 'PVOID').replace(/^(\w+) \*$/, 'P$1').replace(/^PVOID \*$/, 'PPVOID');

export function resolveTypes(entries: Entry[], documents: readonly ParsedDocument[], declarations: Declarations,
  conflicts: Conflict[], problems: Problem[]): TypeStats {
  const byName = new Map<string, ParsedDocument[]>();
  for (const d of documents) {
    const list = byName.get(d.name);
    if (list) list.push(d);
    else byName.set(d.name, [d]);
  }
  const stats: TypeStats = { compared: 0, agreed: 0, disagreements: [] };

  const compare = (entry: Entry, field: string, inferred: string | undefined, declared: string, from: Provenance): void => {
    if (inferred === undefined) return;
    stats.compared++;
    if (canonical(inferred) === canonical(declared) || (canonical(inferred) === 'PVOID' && /^P|\*$/.test(declared))) {
      stats.agreed++;
      return;
    }
    stats.disagreements.push({ entry: entry.id, field, inferred, declared });
    conflicts.push({
      entry: entry.id, field,
      chosen: { value: declared, from },
      rejected: [{ value: inferred, from: { ...from, via: 'prose-inference' } }],
      reason: 'a declared type wins over an inferred one',
    });
  };

  for (const entry of entries) {
    if (entry.kind !== 'function' && entry.kind !== 'callback' && entry.kind !== 'macro') continue;
    const sig = findSignature(entry, byName, declarations);
    if (sig) {
      const from: Provenance = { file: sig.file, line: sig.prototype.place.line, via: sig.source };
      if (sig.prototype.callingConvention && !entry.callingConvention) entry.callingConvention = sig.prototype.callingConvention;
      const bound = bindParameters(entry, sig.prototype.params, from, problems);
      for (const p of entry.parameters) {
        const declared = bound.get(p.name);
        if (!declared) continue;
        p.type = { c: normalise(declared.type), source: sig.source };
        entry.provenance[`parameters.${p.name}.type`] = from;
        compare(entry, `parameters.${p.name}.type`, inferParameterType(p.description, p.direction, p.name, entry.name)?.c, p.type.c, from);
      }
      // A macro page (ObDereferenceObject) documents no return; the function it expands to has one.
      if (!entry.return && !/^(VOID|void)$/.test(sig.prototype.returnType)) entry.return = { type: { c: 'unknown', source: 'unresolved' }, description: '', codes: [] };
      if (entry.return) {
        entry.return.type = { c: normalise(sig.prototype.returnType), source: sig.source };
        entry.provenance['return.type'] = from;
        compare(entry, 'return.type', inferReturnType(entry.return.description)?.c, entry.return.type.c, from);
      }
    }
    // Whatever is still unresolved: infer from prose, naming the sentence.
    const place = (field: string): Provenance => entry.provenance[field] ?? { file: entry.sources[0] ?? '', line: 1, via: 'section' };
    for (const p of entry.parameters) {
      if (p.type.source !== 'unresolved') continue;
      const guess = inferParameterType(p.description, p.direction, p.name, entry.name);
      if (!guess) continue;
      p.type = { c: guess.c, source: 'prose-inference' };
      entry.provenance[`parameters.${p.name}.type`] = { ...place(`parameters.${p.name}`), via: 'prose-inference', sentence: guess.sentence };
    }
    if (entry.return && entry.return.type.source === 'unresolved') {
      const guess = inferReturnType(`${entry.return.description}\n\n${entry.description}`);
      if (guess) {
        entry.return.type = { c: guess.c, source: 'prose-inference' };
        entry.provenance['return.type'] = { ...place('return.description'), via: 'prose-inference', sentence: guess.sentence };
      }
    }
  }
  return stats;
}

/** Names a page uses where the real name is missing (`### -param OPTIONAL`). */
const PLACEHOLDER_NAMES = new Set(['OPTIONAL', 'IN', 'OUT', 'INOUT', 'VOID']);

/**
 * Pairs documented parameters with declared ones: by name; else by position when the counts
 * agree (reported); else the declaration gives the list and the documented text is kept for the
 * names that match (the others are reported with their text, so nothing is lost silently).
 */
function bindParameters(entry: Entry, params: readonly CParam[], from: Provenance, problems: Problem[]): Map<string, CParam> {
  const bound = new Map<string, CParam>();
  if (params.length === 0) return bound;
  const fromDeclaration = (q: CParam): Entry['parameters'][number] => ({
    name: q.name, direction: q.direction ?? 'in', optional: q.optional ?? false,
    type: { c: 'unknown', source: 'unresolved' }, description: '',
  });
  if (entry.parameters.length === 0) entry.parameters = params.map(fromDeclaration);
  const documented = entry.parameters.map((p) => p.name);
  const declared = params.map((q) => q.name);
  for (const q of params) bound.set(q.name, q);
  if (documented.every((n) => bound.has(n))) return bound;
  const place = { file: from.file, line: from.line };
  if (documented.length === declared.length) {
    problems.push({
      place, rule: 'resolve/parameter-names-differ', fatal: false,
      message: `${entry.id}: the prototype names parameters ${declared.join(', ')}, the document ${documented.join(', ')}; matched by position`,
    });
    entry.parameters.forEach((p, i) => {
      if (PLACEHOLDER_NAMES.has(p.name)) p.name = declared[i]!;
    });
    return new Map(entry.parameters.map((p, i) => [p.name, params[i]!]));
  }
  const byName = new Map(entry.parameters.map((p) => [p.name, p]));
  const dropped = entry.parameters.filter((p) => !bound.has(p.name));
  problems.push({
    place, rule: 'resolve/parameter-count-differs', fatal: false,
    message: `${entry.id}: the prototype has ${declared.length} parameter(s), the document ${documented.length}; the prototype's list is used` +
      (dropped.length ? `, and the document's ${dropped.map((p) => `${p.name} ("${p.description.slice(0, 80)}")`).join(', ')} match no declared name` : ''),
  });
  entry.parameters = params.map((q) => byName.get(q.name) ?? fromDeclaration(q));
  return bound;
}

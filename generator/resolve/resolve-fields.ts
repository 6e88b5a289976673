// Members of structs and enums: the documents describe them, a C declaration gives their types
// and values. A documented member takes the declared type (matched by its path through unions,
// else by its name); a declared member the page leaves out is added, so the layout is complete;
// what no declaration gives is inferred from the member's text, or stays unresolved.
import type { Declarations } from '../model/build-model.js';
import type { DocField, Entry, Field, ParsedDocument, Problem, Provenance } from '../model/schema.js';
import { inferParameterType } from './infer-types.js';

function declarationOf(entry: Entry, declarations: Declarations): ParsedDocument | undefined {
  for (const name of [entry.name, ...entry.aliases, `_${entry.name}`]) {
    const found = declarations.structs.get(name);
    if (found && found.kind === entry.kind) return found;
  }
  return undefined;
}

/** Declaration macros that are not part of a member's type (`ULONG POINTER_ALIGNMENT Length`). */
export const memberType = (c: string): string => c.replace(/\b(?:POINTER_ALIGNMENT|DECLSPEC_ALIGN\(\d+\))\s*/g, '').replace(/\bCONST\b/g, 'const').trim();

const pathOf = (f: Field): string => (f.path.length > 0 ? f.path : [f.name]).join('.');

function resolveStructFields(entry: Entry, decl: ParsedDocument | undefined, problems: Problem[]): void {
  const declared: DocField[] = decl?.fields.filter((f) => f.cType) ?? [];
  const byPath = new Map(declared.map((d) => [d.name, d]));
  const byName = new Map<string, DocField[]>();
  for (const d of declared) {
    const last = d.name.split('.').pop()!;
    byName.set(last, [...(byName.get(last) ?? []), d]);
  }
  const used = new Set<DocField>();
  const from = (d: DocField): Provenance => ({ file: d.description.place.file, line: d.description.place.line, via: 'c-declaration' });
  for (const field of entry.fields) {
    if (field.type.source !== 'unresolved') continue;
    const candidates = byName.get(field.name) ?? [];
    const d = byPath.get(pathOf(field)) ?? (candidates.length === 1 ? candidates[0] : undefined);
    if (d) {
      used.add(d);
      field.type = { c: memberType(d.cType!), source: 'c-declaration' };
      entry.provenance[`fields.${pathOf(field)}.type`] = from(d);
      // The header knows the union a member sits in when the page does not say.
      if (field.path.length <= 1 && d.name.includes('.')) {
        field.path = d.name.split('.');
        problems.push({
          place: { file: entry.provenance[`fields.${field.name}`]?.file ?? entry.sources[0] ?? '', line: entry.provenance[`fields.${field.name}`]?.line ?? 1 },
          rule: 'resolve/member-moved', fatal: false,
          message: `${entry.id}: the page lists ${field.name} at the top level; the declaration (${d.description.place.file}:${d.description.place.line}) places it at ${d.name}`,
        });
      }
      continue;
    }
    const guess = inferParameterType(field.description, 'in', field.name);
    if (guess) {
      field.type = { c: guess.c, source: 'prose-inference' };
      const place = entry.provenance[`fields.${field.name}`] ?? { file: entry.sources[0] ?? '', line: 1 };
      entry.provenance[`fields.${pathOf(field)}.type`] = { file: place.file, line: place.line, via: 'prose-inference', sentence: guess.sentence };
    }
  }
  const missing = declared.filter((d) => !used.has(d) && !entry.fields.some((f) => pathOf(f) === d.name));
  if (missing.length === 0) return;
  for (const d of missing) {
    const path = d.name.split('.');
    entry.fields.push({ name: path[path.length - 1]!, path, type: { c: memberType(d.cType!), source: 'c-declaration' }, description: '' });
    entry.provenance[`fields.${d.name}.type`] = from(d);
  }
  problems.push({
    place: { file: entry.sources[0] ?? '', line: 1 }, rule: 'resolve/undocumented-members', fatal: false,
    message: `${entry.id}: the declaration has member(s) the page does not describe: ${missing.map((d) => d.name).join(', ')}; added from ${decl!.file}`,
  });
}

function resolveEnumValues(entry: Entry, decl: ParsedDocument | undefined): void {
  if (!decl) return;
  const values = new Map(decl.enumValues.filter((v) => v.value !== undefined).map((v) => [v.name, v]));
  for (const member of entry.members) {
    const v = values.get(member.name);
    if (member.value !== undefined || v?.value === undefined) continue;
    member.value = v.value;
    entry.provenance[`members.${member.name}.value`] = { file: v.description.place.file, line: v.description.place.line, via: 'c-declaration' };
  }
}

export function resolveFields(entries: readonly Entry[], declarations: Declarations, problems: Problem[]): void {
  for (const entry of entries) {
    if (entry.kind === 'struct') resolveStructFields(entry, declarationOf(entry, declarations), problems);
    else if (entry.kind === 'enum') resolveEnumValues(entry, declarationOf(entry, declarations));
  }
}

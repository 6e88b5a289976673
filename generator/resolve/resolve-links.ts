// Links between entries that documents state in prose or in links: see-also targets,
// Nt/Zw twins, deprecation and its replacement, "no import library".
import { pageOfUrl } from '../model/doc-urls.js';
import type { Entry, Provenance } from '../model/schema.js';
import { sentences } from './infer-types.js';

export interface EntryIndex {
  byId: Map<string, Entry>;
  /** Lower-case name → entries (several headers may document one name). */
  byName: Map<string, Entry[]>;
}

export function indexEntries(entries: readonly Entry[]): EntryIndex {
  const byId = new Map<string, Entry>();
  const byName = new Map<string, Entry[]>();
  for (const e of entries) {
    byId.set(e.id, e);
    for (const name of [e.name, ...e.aliases]) {
      const key = name.toLowerCase();
      const list = byName.get(key);
      if (list) list.push(e);
      else byName.set(key, [e]);
    }
  }
  return { byId, byName };
}

/** The entry a name refers to, preferring the same header, then user/kernel mode alike. */
export function findEntry(index: EntryIndex, name: string, from?: Entry, header?: string): Entry | undefined {
  const list = index.byName.get(name.toLowerCase().replace(/[()]/g, '').trim());
  if (!list || list.length === 0) return undefined;
  return (header ? list.find((e) => e.header === header) : undefined)
    ?? list.find((e) => from && e.header === from.header)
    ?? list.find((e) => from && e.mode === from.mode)
    ?? list[0];
}

function resolveSeeAlso(entry: Entry, index: EntryIndex): void {
  for (const link of entry.seeAlso) {
    const page = link.url ? pageOfUrl(link.url) : undefined;
    // A link's address is more reliable than its text (FltClose links "ZwClose" to the NtClose page).
    const target = (page ? findEntry(index, page.name, entry, page.header) : undefined) ?? findEntry(index, link.text, entry);
    if (target && target.id !== entry.id) link.target = target.id;
  }
}

const DEPRECATED = /^\s*Deprecated\b/i;
const SUPERSEDED = /\b(?:superseded|replaced) by\s+\[?\*{0,2}([A-Za-z_][A-Za-z0-9_]*)/i;
const NO_IMPORT_LIBRARY = /\bno import library\b/i;

function quote(entry: Entry, field: string, sentence: string): Provenance {
  const at = entry.provenance[field] ?? { file: entry.sources[0] ?? '', line: 1, via: 'section' as const };
  return { file: at.file, line: at.line, via: 'prose-inference', sentence };
}

function resolveDeprecation(entry: Entry, index: EntryIndex): void {
  if (!DEPRECATED.test(entry.description)) return;
  const text = sentences(entry.description);
  const replacedBy = text.find((s) => SUPERSEDED.test(s));
  const name = replacedBy ? SUPERSEDED.exec(replacedBy)?.[1] : undefined;
  const target = name ? findEntry(index, name) : undefined;
  entry.deprecation = {
    message: replacedBy ?? text[0] ?? 'Deprecated.',
    ...(target ? { replacement: target.id } : name ? { replacement: name } : {}),
  };
  entry.provenance['deprecation'] = quote(entry, 'description', replacedBy ?? text[0] ?? '');
}

function resolveImportLibrary(entry: Entry): void {
  for (const field of ['remarks', 'description'] as const) {
    const sentence = sentences(entry[field]).find((s) => NO_IMPORT_LIBRARY.test(s));
    if (sentence) {
      entry.noImportLibrary = true;
      entry.provenance['noImportLibrary'] = quote(entry, field, sentence);
      return;
    }
  }
}

/** NtXxx ↔ ZwXxx: the other name of one routine. */
export const twinName = (name: string): string | undefined =>
  name.startsWith('Nt') ? `Zw${name.slice(2)}` : name.startsWith('Zw') ? `Nt${name.slice(2)}` : undefined;

function resolveTwin(entry: Entry, index: EntryIndex): void {
  const other = twinName(entry.name);
  const list = other ? index.byName.get(other.toLowerCase()) ?? [] : [];
  const twin = list.find((e) => e.mode === entry.mode) ?? list[0];
  if (!twin) return;
  entry.twin = twin.id;
  entry.provenance['twin'] = { file: twin.sources[0] ?? '', line: 1, via: 'derived' };
}

export function resolveLinks(entries: Entry[]): void {
  const index = indexEntries(entries);
  for (const entry of entries) {
    resolveSeeAlso(entry, index);
    resolveDeprecation(entry, index);
    resolveImportLibrary(entry);
    resolveTwin(entry, index);
  }
}

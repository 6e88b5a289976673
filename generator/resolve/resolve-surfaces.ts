// Which functions each DLL surface offers, plus facts stated only in prose: the user-mode
// name of a Zw routine ("you should use the name NtXxx") and return codes named in sentences.
import { dllImages } from '../model/dll-images.js';
import type { ApiModel, Entry, StatusCode } from '../model/schema.js';
import { sentences } from './infer-types.js';

const USER_MODE_NAME = /use the name "?\*{0,2}(Nt[A-Za-z0-9]+)\*{0,2}"? instead of "?\*{0,2}(Zw[A-Za-z0-9]+)/;

function userModeSentence(entry: Entry): { sentence: string; nt: string; field: 'remarks' | 'description' } | undefined {
  for (const field of ['remarks', 'description'] as const) {
    for (const sentence of sentences(entry[field])) {
      const m = USER_MODE_NAME.exec(sentence);
      if (m?.[1]) return { sentence, nt: m[1], field };
    }
  }
  return undefined;
}

/**
 * A Zw routine whose page says user mode calls it NtXxx documents NtXxx too: add that entry
 * (derived, citing the sentence) when no document covers it.
 */
export function deriveUserModeNames(entries: Entry[]): Entry[] {
  const names = new Set(entries.map((e) => e.name));
  const derived: Entry[] = [];
  for (const entry of entries) {
    if (!entry.name.startsWith('Zw')) continue;
    const said = userModeSentence(entry);
    if (!said || said.nt !== `Nt${entry.name.slice(2)}` || names.has(said.nt)) continue;
    const at = entry.provenance[said.field] ?? { file: entry.sources[0] ?? '', line: 1, via: 'section' as const };
    const copy: Entry = structuredClone(entry);
    copy.id = `${entry.header}.${said.nt}`;
    copy.name = said.nt;
    copy.aliases = [];
    copy.twin = entry.id;
    copy.provenance['name'] = { file: at.file, line: at.line, via: 'derived', sentence: said.sentence };
    entry.twin = copy.id;
    names.add(said.nt);
    derived.push(copy);
  }
  return derived;
}

const CODE = /\b(STATUS_[A-Z0-9_]+|ERROR_[A-Z0-9_]+)\b/g;

/** Codes that a return description names in a sentence rather than in a table. */
export function collectProseReturnCodes(entry: Entry): void {
  if (!entry.return) return;
  const at = entry.provenance['return.description'];
  for (const sentence of sentences(entry.return.description)) {
    for (const m of sentence.matchAll(CODE)) {
      const name = m[1]!;
      if (entry.return.codes.some((c) => c.name === name)) continue;
      entry.return.codes.push({ name, meaning: sentence });
      if (at) entry.provenance[`return.codes.${name}`] = { file: at.file, line: at.line, via: 'prose-inference', sentence };
    }
  }
}

export function attachStatusValues(entry: Entry, table: ReadonlyMap<string, StatusCode>): void {
  for (const code of entry.return?.codes ?? []) {
    const known = table.get(code.name);
    if (known) code.value = known.value;
  }
}

/** `model.dlls`: every interface with the entries its image exports, sorted. */
export function dllSurfaces(entries: readonly Entry[]): ApiModel['dlls'] {
  const dlls: ApiModel['dlls'] = {};
  const add = (iface: string, image: string, mode: 'user' | 'kernel', entry: Entry): void => {
    const surface = (dlls[iface] ??= { image, mode, entries: [] });
    const names = new Set(surface.entries.map((id) => id.slice(id.indexOf('.') + 1)));
    if (!names.has(entry.name)) surface.entries.push(entry.id);
  };
  // Documented images first, so that a user-mode page (winternl NtClose) wins its name in Ntdll.
  for (const entry of entries) {
    // Function-like macros a DLL documents (ObDereferenceObject) are called like functions.
    if (entry.kind !== 'function' && !(entry.kind === 'macro' && entry.parameters.length > 0)) continue;
    const images = dllImages(entry.requirements.dll);
    const list = images.length > 0 ? images : dllImages(entry.requirements.library);
    for (const image of list) add(image.iface, image.image, image.mode, entry);
  }
  // Native services: a kernel Nt routine whose Zw page names its user-mode name is in Ntdll too.
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const entry of entries) {
    if (entry.kind !== 'function' || !entry.name.startsWith('Nt') || entry.mode !== 'kernel') continue;
    const twin = entry.twin ? byId.get(entry.twin) : undefined;
    if (twin && userModeSentence(twin)?.nt === entry.name) add('Ntdll', 'Ntdll.dll', 'user', entry);
    else if (userModeSentence(entry)?.nt === entry.name) add('Ntdll', 'Ntdll.dll', 'user', entry);
  }
  for (const surface of Object.values(dlls)) surface.entries.sort();
  return Object.fromEntries(Object.entries(dlls).sort(([a], [b]) => (a < b ? -1 : 1)));
}

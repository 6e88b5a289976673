// Options resolved once into the context every emitter reads: lookups over the model built once,
// declared names with collisions settled, and the problems collector.
import { Problems } from '../model/problems.js';
import type { ApiModel, Entry, Place, StatusCode } from '../model/schema.js';
import { cNames, declaredName, headerModule } from './names.js';

export interface EmitOptions {
  /** Attribution and "generated, do not edit" notice; first lines of every file. */
  banner: string;
  /** Base URL for links to entries without a `docUrl` (none when absent). */
  docsBaseUrl?: string;
  /**
   * Where model.ts imports the model's types from. Default: the repository's schema, right for
   * `types/` inside the package; an output folder elsewhere needs `winhandle/model`.
   */
  modelTypesFrom?: string;
}

/** Where an entry is declared: its module (without `.ts`) and its name there. */
export interface Declared {
  entry: Entry;
  module: string;
  name: string;
}

/** A C type name that an entry of the model declares. */
export interface TypeTarget {
  declared: Declared;
  /** The C name is a pointer typedef of the entry (`PFOO` for `FOO`). */
  pointer: boolean;
}

/** What the documents say about one status code. */
export interface CodeDoc {
  meaning: string;
  entry: Entry;
}

export interface EmitContext extends EmitOptions {
  model: ApiModel;
  codes: readonly StatusCode[];
  byId: ReadonlyMap<string, Entry>;
  declared: ReadonlyMap<string, Declared>;
  /** Module → its declarations, in output order. */
  modules: ReadonlyMap<string, readonly Declared[]>;
  types: ReadonlyMap<string, readonly TypeTarget[]>;
  /** Code name → the meanings documents give it, by entry id. */
  codeDocs: ReadonlyMap<string, readonly CodeDoc[]>;
  problems: Problems;
  /** C type names without a mapping → the entries using them; reported once at the end. */
  unmapped: Map<string, { entries: Set<string>; place: Place }>;
}

/** Module names the emitter writes itself; a header of that name is moved aside. */
const OWN_MODULES = new Set(['index', 'base-types', 'model', 'status', 'dlls', 'api-model', 'coverage', 'model-report']);

/** Kinds in the order they appear in a module and keep a contested name. */
export const KIND_ORDER = ['enum', 'struct', 'callback', 'function', 'macro', 'ioctl'] as const;
const kindRank = (e: Entry): number => KIND_ORDER.indexOf(e.kind);

export const byString = <T>(key: (x: T) => string) => (a: T, b: T): number => {
  const x = key(a);
  const y = key(b);
  return x < y ? -1 : x > y ? 1 : 0;
};

/** The document place an entry's problems point at. */
export function entryPlace(entry: Entry): Place {
  const at = entry.provenance['name'] ?? entry.provenance['description'];
  return { file: at?.file ?? entry.sources[0] ?? `types/${entry.header}.ts`, line: at?.line ?? 1 };
}

export function createEmitContext(model: ApiModel, codes: readonly StatusCode[], options: EmitOptions): EmitContext {
  const problems = new Problems();
  const entries = [...model.entries].sort(byString((e) => e.id));
  const modules = declareModules(entries, problems);
  const declared = new Map<string, Declared>();
  for (const list of modules.values()) for (const d of list) declared.set(d.entry.id, d);
  reportSharedNames(declared, problems);
  return {
    ...options,
    model,
    codes,
    byId: new Map(entries.map((e) => [e.id, e])),
    declared,
    modules,
    types: typeTargets(declared),
    codeDocs: codeDocs(entries),
    problems,
    unmapped: new Map(),
  };
}

function moduleOf(entry: Entry, problems: Problems): string {
  const name = headerModule(entry.header || 'unknown-header');
  if (!OWN_MODULES.has(name)) return name;
  problems.warn(entryPlace(entry), 'emit/name-collision', `header "${entry.header}" would overwrite the emitted module ${name}.ts; its entries go to ${name}-header.ts`);
  return `${name}-header`;
}

/** Group entries by module; within a module the first of a contested name keeps it. */
function declareModules(entries: readonly Entry[], problems: Problems): Map<string, Declared[]> {
  const groups = new Map<string, Entry[]>();
  for (const entry of entries) {
    const module = moduleOf(entry, problems);
    const group = groups.get(module);
    if (group) group.push(entry);
    else groups.set(module, [entry]);
  }
  const modules = new Map<string, Declared[]>();
  for (const [module, list] of [...groups].sort(byString(([m]) => m))) {
    const taken = new Set<string>();
    const ordered = [...list].sort((a, b) => kindRank(a) - kindRank(b) || (a.id < b.id ? -1 : 1));
    const out: Declared[] = [];
    for (const entry of ordered) {
      const wanted = declaredName(entry);
      let name = wanted;
      if (taken.has(name)) name = `${wanted}_${entry.kind}`;
      for (let i = 2; taken.has(name); i++) name = `${wanted}_${entry.kind}${i}`;
      if (name !== wanted) {
        const holder = out.find((d) => d.name === wanted)?.entry.id ?? wanted;
        problems.warn(entryPlace(entry), 'emit/name-collision', `${entry.id} is declared as ${name} in ${module}.ts: ${wanted} is taken by ${holder}`);
      }
      taken.add(name);
      out.push({ entry, module, name });
    }
    modules.set(module, out);
  }
  return modules;
}

/**
 * A name declared by several header modules stays in each (users import it from the header they
 * mean); said once per name, so the coverage of each header can be read with that in mind.
 */
function reportSharedNames(declared: ReadonlyMap<string, Declared>, problems: Problems): void {
  const byName = new Map<string, Declared[]>();
  for (const d of declared.values()) {
    const list = byName.get(d.name);
    if (list) list.push(d);
    else byName.set(d.name, [d]);
  }
  for (const [name, list] of [...byName].sort(byString(([n]) => n))) {
    if (list.length < 2) continue;
    problems.warn(entryPlace(list[0]!.entry), 'emit/name-across-headers',
      `${name} is declared by ${list.map((d) => `${d.module}.ts`).join(', ')}; each module keeps its own (${list.map((d) => d.entry.id).join(', ')})`);
  }
}

const TYPE_KINDS = new Set(['struct', 'enum', 'callback']);

function typeTargets(declared: ReadonlyMap<string, Declared>): Map<string, TypeTarget[]> {
  const types = new Map<string, TypeTarget[]>();
  const typeDecls = [...declared.values()].filter((d) => TYPE_KINDS.has(d.entry.kind));
  // Names the documents give first; a derived pointer name only where no document gives it.
  let documented = new Set<string>();
  for (const pass of [false, true]) {
    if (pass) documented = new Set(types.keys());
    for (const d of typeDecls) {
      for (const { name, pointer, derived } of cNames(d.entry)) {
        if ((derived === true) !== pass || (derived && documented.has(name))) continue;
        const list = types.get(name) ?? [];
        if (!list.some((t) => t.declared === d)) list.push({ declared: d, pointer });
        types.set(name, list);
      }
    }
  }
  return types;
}

function codeDocs(entries: readonly Entry[]): Map<string, CodeDoc[]> {
  const docs = new Map<string, CodeDoc[]>();
  for (const entry of entries) {
    for (const code of entry.return?.codes ?? []) {
      const list = docs.get(code.name);
      // Entries come one at a time, so a repeat of the same entry is the last one in the list.
      if (!list) docs.set(code.name, [{ meaning: code.meaning, entry }]);
      else if (list[list.length - 1]!.entry !== entry) list.push({ meaning: code.meaning, entry });
    }
  }
  return docs;
}

/** The declaration a C type name refers to, preferring the module asking. */
export function findType(ctx: EmitContext, cName: string, fromModule: string): TypeTarget | undefined {
  const list = ctx.types.get(cName);
  if (!list) return undefined;
  return list.find((t) => t.declared.module === fromModule) ?? list[0];
}

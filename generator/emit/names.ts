// Names of emitted declarations: the name an entry is declared under, identifiers that are
// valid TypeScript, and file names of modules.
import type { Entry } from '../model/schema.js';

// Words that cannot name a binding in strict-mode module code.
const RESERVED = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do', 'else', 'enum',
  'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in', 'instanceof', 'new', 'null',
  'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof', 'var', 'void', 'while', 'with',
  'implements', 'interface', 'let', 'package', 'private', 'protected', 'public', 'static', 'yield', 'await',
  'arguments', 'eval',
]);
// Names a type alias or interface cannot take.
const TYPE_RESERVED = new Set(['any', 'boolean', 'number', 'string', 'symbol', 'bigint', 'object', 'never', 'unknown', 'undefined']);

export const isIdentifier = (name: string): boolean => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);

/** A valid, non-reserved identifier derived from `name` (`in` → `in_`, `2x` → `_2x`, `a-b` → `a_b`). */
export function safeIdentifier(name: string, forType = false): string {
  let out = name.replace(/[^A-Za-z0-9_$]/g, '_');
  if (out === '' || /^[0-9]/.test(out)) out = `_${out}`;
  return RESERVED.has(out) || (forType && TYPE_RESERVED.has(out)) ? `${out}_` : out;
}

/**
 * The name an entry is declared under. Structs and enums documented under their tag
 * (`_FILE_FS_ATTRIBUTE_INFORMATION`) are declared under their typedef name when the document
 * gives one (`FILE_FS_ATTRIBUTE_INFORMATION`), the name C code uses.
 */
export function declaredName(entry: Entry): string {
  if (entry.kind === 'struct' || entry.kind === 'enum') {
    const bare = entry.name.replace(/^_+/, '');
    if (bare !== entry.name && entry.aliases.includes(bare)) return safeIdentifier(bare, true);
    if (entry.name.startsWith('_')) {
      const typedef = entry.aliases.find((a) => !a.startsWith('_') && !/^L?P/.test(a));
      if (typedef) return safeIdentifier(typedef, true);
    }
  }
  return safeIdentifier(entry.name, true);
}

/**
 * Every C name an entry answers to, with whether it names a pointer to it (`PFOO` → FOO).
 * Structures and callbacks also answer to the pointer typedef Windows headers declare with them
 * (`PFILE_LOCK` for FILE_LOCK, `PDRIVER_FS_NOTIFICATION` for DRIVER_FS_NOTIFICATION) when their
 * documents do not list it; those come last and are marked `derived`, so a declared name wins.
 */
export function cNames(entry: Entry): { name: string; pointer: boolean; derived?: true }[] {
  const base = declaredName(entry);
  const names = [entry.name, ...entry.aliases];
  const listed = names.map((name) => ({ name, pointer: name !== entry.name && isPointerAlias(name, entry.name, base) }));
  if (entry.kind !== 'struct' && entry.kind !== 'callback') return listed;
  const derived = [...new Set([base, entry.name.replace(/^_+/, '')])].map((stem) => `P${stem}`)
    .filter((name) => !names.includes(name));
  return [...listed, ...derived.map((name) => ({ name, pointer: true, derived: true as const }))];
}

function isPointerAlias(alias: string, name: string, typedef: string): boolean {
  const stems = [typedef, name.replace(/^_+/, '')];
  return stems.some((s) => alias === `P${s}` || alias === `LP${s}` || alias === `PC${s}` || alias === `LPC${s}`);
}

/** `Kernel32` → `kernel32`; `Ws2_32` → `ws2_32`: the module file of a DLL interface. */
export const dllModule = (iface: string): string => iface.toLowerCase().replace(/[^a-z0-9_]/g, '_');

/** `Kernel32` → `KERNEL32`, the prefix of the DLL's constants. */
export const dllConstPrefix = (iface: string): string => iface.toUpperCase().replace(/[^A-Z0-9_]/g, '_');

/** Header → module path: `winternl` → `winternl.ts`; odd characters become `_`. */
export const headerModule = (header: string): string => header.toLowerCase().replace(/[^a-z0-9_.-]/g, '_').replace(/^\.+/, '_');

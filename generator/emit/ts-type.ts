// C type (the model's normalised `TypeRef.c`) → TypeScript type, following the representation
// contract of generator/model/base-types.ts. What cannot be mapped becomes `unknown` with a note
// for the TSDoc: never a guess.
import type { ts } from 'ts-morph';
import { baseType, POINTER_TYPEDEFS, TYPE_SYNONYMS, type BaseType } from '../model/base-types.js';
import type { Direction, Entry, TypeRef } from '../model/schema.js';
import { f, K, keyword, nullType, ref, union } from './ast.js';
import { entryPlace, findType, type Declared, type EmitContext } from './context.js';
import type { Imports } from './imports.js';
import { code } from './tsdoc.js';

export const BASE_MODULE = 'base-types';

/** Where a type is used: the module (for imports), the entry (for problem places). */
export interface TypeUse {
  ctx: EmitContext;
  imports: Imports;
  module: string;
  entry: Entry;
}

export interface Mapped {
  type: ts.TypeNode;
  /** Said in the TSDoc next to the use: why the type is `unknown` or what an address points to. */
  note?: string;
}

interface CType {
  base: string;
  stars: number;
  array: boolean;
  isConst: boolean;
}

const C_PRIMITIVES: Readonly<Record<string, string>> = {
  void: 'VOID', 'unsigned long': 'ULONG', 'unsigned int': 'UINT', unsigned: 'UINT', 'unsigned short': 'USHORT',
  'unsigned char': 'UCHAR', long: 'LONG', short: 'SHORT', char: 'CHAR', wchar_t: 'WCHAR', 'long long': 'LONGLONG',
  'unsigned long long': 'ULONGLONG', __int64: 'LONGLONG', 'unsigned __int64': 'ULONGLONG', size_t: 'SIZE_T',
};

const QUALIFIERS = /\b(const|CONST|volatile|struct|union|enum|__ptr64|__ptr32|UNALIGNED|__unaligned|__restrict|restrict|signed)\b/g;

export function parseCType(c: string): CType {
  const isConst = /\b(const|CONST)\b/.test(c);
  let rest = c.replace(QUALIFIERS, ' ');
  let array = false;
  rest = rest.replace(/\[[^\]]*\]/g, () => ((array = true), ' '));
  const stars = (rest.match(/\*/g) ?? []).length;
  const base = rest.replace(/\*/g, ' ').replace(/\s+/g, ' ').trim();
  const synonym = TYPE_SYNONYMS[base];
  if (synonym !== undefined) {
    // `PANSI_STRING *` is `STRING * *`: the synonym's own pointers come first.
    const inner = parseCType(synonym);
    return { base: inner.base, stars: inner.stars + stars, array, isConst: isConst || inner.isConst };
  }
  return { base: C_PRIMITIVES[base] ?? base, stars, array, isConst };
}

type Target = { kind: 'base'; type: BaseType } | { kind: 'model'; declared: Declared };

type Resolved = { target: Target; stars: number };

/** A named C type → what it is, plus the pointer levels its typedef adds (`PHANDLE` → HANDLE, 1). */
function resolveName(name: string, use: TypeUse): Resolved | undefined {
  const found = findType(use.ctx, name, use.module);
  const model: Resolved | undefined = found && { target: { kind: 'model', declared: found.declared }, stars: found.pointer ? 1 : 0 };
  const base = baseType(name);
  // A stand-in (an enumeration the documents may not cover) yields to the model's own declaration.
  if (base) return base.standIn && model ? model : { target: { kind: 'base', type: base }, stars: 0 };
  const pointee = POINTER_TYPEDEFS[name];
  const pointeeBase = pointee === undefined ? undefined : baseType(pointee);
  if (pointeeBase) return { target: { kind: 'base', type: pointeeBase }, stars: 1 };
  return model ?? resolveTag(name, use);
}

/**
 * A structure tag (`struct _DEVICE_OBJECT *`) is the type of its typedef name (`DEVICE_OBJECT`);
 * where only the pointer typedef is known (`PDEVICE_OBJECT`), the tag is one level below it.
 */
function resolveTag(name: string, use: TypeUse): Resolved | undefined {
  if (!/^_[A-Za-z]/.test(name)) return undefined;
  const typedef = name.replace(/^_+/, '');
  const direct = resolveName(typedef, use);
  if (direct) return direct;
  const pointer = resolveName(`P${typedef}`, use);
  return pointer && { target: pointer.target, stars: pointer.stars - 1 };
}

const targetRef = (target: Target, use: TypeUse): ts.TypeNode =>
  target.kind === 'base'
    ? ref(use.imports.use(BASE_MODULE, target.type.c))
    : ref(use.imports.use(target.declared.module, target.declared.name));

const baseRef = (name: string, use: TypeUse): ts.TypeNode => ref(use.imports.use(BASE_MODULE, name));
const wrap = (wrapper: 'Out' | 'In', inner: ts.TypeNode, use: TypeUse): ts.TypeNode => ref(use.imports.use(BASE_MODULE, wrapper), [inner]);

const isAddress = (t: Target): boolean => t.kind === 'base' && (t.type.shape === 'pointer' || t.type.shape === 'handle');
const targetName = (t: Target): string => (t.kind === 'base' ? t.type.c : t.declared.name);

export type Position = { at: 'param'; direction: Direction; optional: boolean } | { at: 'return' } | { at: 'field' };

/** A mapped type before `null` is added; `object` when the JS value is not a number (may be null). */
interface Shape extends Mapped {
  object: boolean;
}

/** Map one type use. */
export function mapType(typeRef: TypeRef | undefined, position: Position, use: TypeUse): Mapped {
  if (!typeRef || typeRef.source === 'unresolved' || typeRef.c.trim() === '' || typeRef.c === 'unknown') {
    return { type: keyword.unknown(), note: 'Type unresolved: neither a prototype, a C declaration nor a sentence of the documents gives it.' };
  }
  const parsed = parseCType(typeRef.c);
  if (parsed.base === 'VOID' && parsed.stars === 0 && !parsed.array) {
    return position.at === 'return' ? { type: keyword.void() } : unresolvedName(typeRef.c, use);
  }
  if ((parsed.base === 'WCHAR' || parsed.base === 'CHAR') && parsed.stars + (parsed.array ? 1 : 0) === 1) {
    const name = parsed.base === 'WCHAR' ? (parsed.isConst ? 'PCWSTR' : 'PWSTR') : parsed.isConst ? 'PCSTR' : 'PSTR';
    return nullable({ type: baseRef(name, use), object: true }, position);
  }
  if (parsed.base === 'VOID' && parsed.stars === 1) return nullable(untypedPointer(position, use), position);
  const resolved = resolveName(parsed.base, use);
  if (!resolved || parsed.stars + resolved.stars < 0) return unresolvedName(typeRef.c, use);
  const mapped = pointerLevels(resolved.target, effectiveStars(resolved.target, parsed.stars + resolved.stars), position, use);
  if (!parsed.array) return nullable(mapped, position);
  const element = f.createArrayTypeNode(mapped.type);
  const type = position.at === 'param' ? f.createTypeOperatorNode(K.ReadonlyKeyword, element) : element;
  return nullable({ ...mapped, type, object: true }, position);
}

/** A function and a pointer to it are the same JS value: one pointer level of a callback goes. */
function effectiveStars(target: Target, stars: number): number {
  const isCallback = target.kind === 'model' && target.declared.entry.kind === 'callback';
  return isCallback && stars > 0 ? stars - 1 : stars;
}

function pointerLevels(target: Target, stars: number, position: Position, use: TypeUse): Shape {
  const self = targetRef(target, use);
  const isStruct = target.kind === 'model' && target.declared.entry.kind === 'struct';
  const isCallback = target.kind === 'model' && target.declared.entry.kind === 'callback';
  if (stars === 0 && target.kind === 'base' && UNTYPED_POINTERS.has(target.type.c)) return untypedPointer(position, use);
  // Structs, callbacks, strings and pointers may be NULL: `null` where the parameter is optional.
  if (stars === 0) return { type: self, object: isStruct || isCallback || target.kind === 'base' && (target.type.shape === 'string' || target.type.shape === 'pointer') };
  if (position.at !== 'param') {
    const what = stars === 1 ? code(targetName(target)) : `a pointer to ${code(targetName(target))}`;
    return { type: baseRef('PVOID', use), note: `The address of ${what}.`, object: false };
  }
  const out = position.direction !== 'in';
  if (stars === 1) {
    if (!out && isStruct) return { type: self, object: true };
    return { type: wrap(out ? 'Out' : 'In', self, use), object: true };
  }
  // Two levels: the callee reads or writes an address.
  const direct = stars === 2 && isAddress(target);
  const type = wrap(out ? 'Out' : 'In', direct ? self : baseRef('PVOID', use), use);
  return direct ? { type, object: true }
    : { type, object: true, note: `An address: ${code(targetName(target))} behind ${stars - 1} pointers.` };
}

const UNTYPED_POINTERS = new Set(['PVOID', 'LPVOID']);

/** `void *` a callee writes through is a caller-allocated buffer (OutBuffer); otherwise an address. */
function untypedPointer(position: Position, use: TypeUse): Shape {
  const buffer = position.at === 'param' && position.direction !== 'in';
  return { type: baseRef(buffer ? 'OutBuffer' : 'PVOID', use), object: true };
}

/** Optional pointer parameters stay positional and take `null`. */
function nullable(shape: Shape, position: Position): Mapped {
  const mapped: Mapped = shape.note === undefined ? { type: shape.type } : { type: shape.type, note: shape.note };
  if (position.at !== 'param' || !position.optional || !shape.object) return mapped;
  return { ...mapped, type: union([shape.type, nullType()]) };
}

function unresolvedName(c: string, use: TypeUse): Mapped {
  const seen = use.ctx.unmapped.get(c);
  if (seen) seen.entries.add(use.entry.id);
  else use.ctx.unmapped.set(c, { entries: new Set([use.entry.id]), place: entryPlace(use.entry) });
  return { type: keyword.unknown(), note: `Type unresolved: the C type ${code(c)} has no TypeScript mapping yet.` };
}

// Argument checks derived from the documented C signature through the representation table
// (generator/model/base-types.ts): a wrongly typed or missing argument throws a TypeError that
// quotes the signature.
import { baseType, POINTER_TYPEDEFS } from '../../generator/model/base-types.js';

type Check = (v: unknown) => boolean;

interface Param {
  name: string;
  type: string;
  check: Check;
  expect: string;
}

export interface Signature {
  name: string;
  text: string;
  params: readonly Param[];
}

/** Types of the signatures that the base-type table does not cover. */
const LOCAL_TYPES: Readonly<Record<string, 'struct' | 'int' | 'uint'>> = {
  LPSECURITY_ATTRIBUTES: 'struct', POBJECT_ATTRIBUTES: 'struct', PIO_STATUS_BLOCK: 'struct', LPGUID: 'struct',
  PUNICODE_STRING: 'struct', LPWSADATA: 'struct', POBJECT_HANDLE_INFORMATION: 'struct', LPWIN32_FIND_DATAW: 'struct',
  OBJECT_INFORMATION_CLASS: 'int', REGSAM: 'uint', LSTATUS: 'int',
};

const isInt: Check = (v) => typeof v === 'number' && Number.isInteger(v);
const isHandle: Check = isInt;
const isOut: Check = (v) => v === null || (Array.isArray(v) && v.length >= 1);
const isStruct: Check = (v) => v === null || (typeof v === 'object' && !Array.isArray(v)) || (Array.isArray(v) && v.length >= 1);
const isString: Check = (v) => v === null || typeof v === 'string';
const isPointer: Check = (v) => v === null || isInt(v) || typeof v === 'bigint';
const isBuffer: Check = (v) => v === null || isInt(v) || typeof v === 'object';
const isWide: Check = (v) => isInt(v) || typeof v === 'bigint';

function classify(type: string, buffer: boolean): { check: Check; expect: string } {
  if (type.endsWith('*') || POINTER_TYPEDEFS[type] !== undefined) {
    return { check: isOut, expect: `an out parameter ${type} (a one-element array such as [0], or null)` };
  }
  if (buffer) return { check: isBuffer, expect: `a ${type} buffer (a plain object to fill, an address, or null)` };
  const local = LOCAL_TYPES[type];
  if (local === 'struct') return { check: isStruct, expect: `a ${type} (a plain object or a one-element array, or null)` };
  if (local !== undefined) return { check: isInt, expect: `a ${type} (integer number)` };
  const base = baseType(type);
  switch (base?.shape) {
    case 'handle': return { check: isHandle, expect: `a ${type} (number)` };
    case 'pointer': return { check: isPointer, expect: `a ${type} (number, bigint or null)` };
    case 'string': return { check: isString, expect: `a ${type} (string, or null)` };
    case 'bool': return { check: isInt, expect: `a ${type} (number, 0 is FALSE)` };
    case 'bigint': return { check: isWide, expect: `a ${type} (bigint or number)` };
    case 'int': case 'uint': case 'status': return { check: isInt, expect: `a ${type} (integer number)` };
    default: throw new Error(`[winhandle] signature type ${type} has no representation — add it to base-types.ts or LOCAL_TYPES`);
  }
}

/** Parses `BOOL CloseHandle(HANDLE hObject)`; `buffers` names PVOID parameters that take an object to fill. */
export function signature(text: string, buffers: readonly string[] = []): Signature {
  const m = /^\s*([\w ]+?)\s+(\w+)\s*\((.*)\)\s*$/.exec(text);
  if (!m) throw new Error(`[winhandle] cannot parse signature: ${text}`);
  const list = m[3]!.trim();
  const params = list === '' || list === 'void' ? [] : list.split(',').map((p) => {
    const pm = /^\s*(?:const\s+)?(\w+)\s*(\**)\s*(\w+)\s*$/.exec(p);
    if (!pm) throw new Error(`[winhandle] cannot parse parameter "${p}" of ${text}`);
    const type = pm[1]! + pm[2]!;
    return { name: pm[3]!, type, ...classify(type, buffers.includes(pm[3]!)) };
  });
  return { name: m[2]!, text: text.trim(), params };
}

export function signatures<K extends string>(texts: Record<K, string>, buffers: Partial<Record<K, string[]>> = {}): Record<K, Signature> {
  const out = {} as Record<K, Signature>;
  for (const name of Object.keys(texts) as K[]) out[name] = signature(texts[name], buffers[name]);
  return out;
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing (missing argument)';
  if (v === null) return 'null';
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (typeof v === 'string') return `string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v === 'number') return `number ${v}`;
  return typeof v;
}

export function validate(sig: Signature, args: ArrayLike<unknown>): void {
  const params = sig.params;
  for (let i = 0; i < params.length; i++) {
    const p = params[i]!;
    if (!p.check(args[i])) {
      throw new TypeError(`[winhandle] ${sig.name}: argument ${i + 1} (${p.name}) must be ${p.expect}; signature: ${sig.text} — got ${describe(args[i])}`);
    }
  }
}

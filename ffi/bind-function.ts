// One function of the model → one koffi function: calling convention, result and parameter
// types from the entry, looked up in the library by name.
import type { Entry } from '../generator/model/schema.js';
import { FfiError } from './errors.js';
import type { KoffiFunction, LibraryHandle, TypeSpec } from './koffi-module.js';
import type { TypeMapper } from './type-map.js';

const STDCALL = new Set(['WINAPI', 'NTAPI', 'APIENTRY', 'CALLBACK', 'PASCAL', 'FLTAPI', 'NTAPI_INLINE', '__stdcall', '_stdcall']);
const CDECL = new Set(['WINAPIV', 'CDECL', '__cdecl', '_cdecl']);

export interface FunctionSignature {
  /** `__stdcall` where the document says WINAPI/NTAPI (koffi ignores it on x64); undefined for the default. */
  convention?: '__stdcall' | '__cdecl';
  result: TypeSpec;
  params: TypeSpec[];
}

/** The koffi signature of a function entry; an unmappable type throws naming the function and parameter. */
export function functionSignature(entry: Entry, owner: string, types: TypeMapper): FunctionSignature {
  const result = entry.return === undefined
    ? 'void'
    : types.map(entry.return.type, { at: 'return' }, { owner, part: 'return value' });
  const params = entry.parameters.map((p) =>
    types.map(p.type, { at: 'param', direction: p.direction }, { owner, part: `parameter ${p.name}` }));
  const convention = conventionOf(entry.callingConvention, owner);
  return convention === undefined ? { result, params } : { convention, result, params };
}

function conventionOf(written: string | undefined, owner: string): FunctionSignature['convention'] {
  if (written === undefined || written === '') return undefined;
  if (STDCALL.has(written)) return '__stdcall';
  if (CDECL.has(written)) return '__cdecl';
  throw new FfiError(`cannot bind ${owner}: calling convention ${written} is not known`);
}

export interface LibraryRef {
  lib: LibraryHandle;
  /** What was loaded, for messages: a path or an image name. */
  path: string;
  image: string;
}

/** Looks the function up in the library (GetProcAddress on Windows, dlsym elsewhere). */
export function bindFunction(ref: LibraryRef, entry: Entry, owner: string, sig: FunctionSignature): KoffiFunction {
  try {
    return sig.convention === undefined
      ? ref.lib.func(entry.name, sig.result, sig.params)
      : ref.lib.func(sig.convention, entry.name, sig.result, sig.params);
  } catch (error) {
    const message = (error as Error).message;
    if (/cannot find function/i.test(message)) {
      const how = entry.noImportLibrary ? ' (it has no import library: it is looked up with GetProcAddress at its first call)' : '';
      throw new FfiError(`${ref.image} does not export ${entry.name}${how}: ${owner} cannot be called (library ${ref.path})`);
    }
    throw new FfiError(`cannot bind ${owner}: ${message}`);
  }
}

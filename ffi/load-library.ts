// loadLibrary(path, dll): the functions of one per-DLL interface of the model, bound to a shared
// library through koffi. Binding is lazy: a function is looked up and its types built at its
// first call, so loading binds nothing and functions without an import library (NtClose:
// "you must use GetProcAddress") are resolved only when they are called.
import type { ApiModel, Entry } from '../generator/model/schema.js';
import type { DllInterfaces } from '../types/index.js';
import { bindFunction, functionSignature, type LibraryRef } from './bind-function.js';
import { dllSurface } from './dll-surface.js';
import { FfiError } from './errors.js';
import { koffi, type KoffiFunction } from './koffi-module.js';
import { checkedModel, generatedModel } from './model-source.js';
import { TypeMapper } from './type-map.js';

/** What loadLibrary returns for a DLL name the generated interfaces do not have: every function by name. */
export type BoundFunctions = Record<string, (...args: any[]) => unknown>;

export interface LoadOptions {
  /** The API model to bind from; the generated types/api-model.json by default. */
  model?: ApiModel;
  /**
   * Bind every function that has an import library at load time, as the Windows loader resolves an
   * import table: a missing export then fails the load. Functions without an import library still
   * bind at their first call. Default false (everything binds at first call).
   */
  eager?: boolean;
}

const mappers = new WeakMap<ApiModel, TypeMapper>();

function mapperFor(model: ApiModel): TypeMapper {
  let mapper = mappers.get(model);
  if (!mapper) mappers.set(model, (mapper = new TypeMapper(model)));
  return mapper;
}

/** Binds the interface `dll` of the model (`Kernel32`, `Ntdll`, ...) to the shared library at `path`. */
export function loadLibrary<K extends keyof DllInterfaces>(path: string, dll: K, options?: LoadOptions): DllInterfaces[K];
export function loadLibrary<T extends object = BoundFunctions>(path: string, dll: string, options?: LoadOptions): T;
export function loadLibrary(path: string, dll: string, options: LoadOptions = {}): object {
  const model = options.model === undefined ? generatedModel() : checkedModel(options.model);
  const surface = dllSurface(model, dll);
  const k = koffi();
  let lib;
  try {
    lib = k.load(path);
  } catch (error) {
    throw new FfiError(`cannot load ${surface.image} for ${surface.iface} from ${path}: ${(error as Error).message}`);
  }
  const ref: LibraryRef = { lib, path, image: surface.image };
  const types = mapperFor(model);
  const bound: Record<string, (...args: unknown[]) => unknown> = {};
  for (const [name, entry] of surface.functions) {
    const bind = (): KoffiFunction => functionOf(ref, entry, `${surface.iface}.${name}`, types);
    let fn: KoffiFunction | undefined = options.eager === true && !entry.noImportLibrary ? bind() : undefined;
    const call = (...args: unknown[]): unknown => (fn ??= bind())(...args);
    Object.defineProperty(call, 'name', { value: name });
    bound[name] = call;
  }
  return Object.freeze(bound);
}

function functionOf(ref: LibraryRef, entry: Entry, owner: string, types: TypeMapper): KoffiFunction {
  return bindFunction(ref, entry, owner, functionSignature(entry, owner, types));
}

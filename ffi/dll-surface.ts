// What one per-DLL interface of the model holds: its image and its functions by name. The first
// entry of a name is kept, as the emitted interface keeps it.
import type { ApiModel, Entry } from '../generator/model/schema.js';
import { FfiError } from './errors.js';

export interface DllSurface {
  /** Interface name: `Kernel32`. */
  iface: string;
  /** Image as documented: `Kernel32.dll`. */
  image: string;
  mode: 'user' | 'kernel';
  functions: ReadonlyMap<string, Entry>;
}

export function dllSurface(model: ApiModel, dll: string): DllSurface {
  const iface = model.dlls[dll] ? dll : Object.keys(model.dlls).find((k) => k.toLowerCase() === dll.toLowerCase());
  const spec = iface === undefined ? undefined : model.dlls[iface];
  if (iface === undefined || spec === undefined) {
    throw new FfiError(`the API model has no DLL interface ${dll}; it has ${Object.keys(model.dlls).sort().join(', ')}`);
  }
  const byId = new Map(model.entries.map((e) => [e.id, e]));
  const functions = new Map<string, Entry>();
  for (const id of spec.entries) {
    const entry = byId.get(id);
    if (entry === undefined) throw new FfiError(`the API model lists ${id} in ${iface}, but has no entry ${id}`);
    if (entry.kind === 'function' && !functions.has(entry.name)) functions.set(entry.name, entry);
  }
  return { iface, image: spec.image, mode: spec.mode, functions };
}

// Reading the plain objects that stand for C structs (SECURITY_ATTRIBUTES, OBJECT_ATTRIBUTES,
// UNICODE_STRING) and writing out-structs (a plain object, or element 0 of an array).

/** SECURITY_ATTRIBUTES.bInheritHandle, when given. */
export function inherits(sa: unknown): boolean {
  return typeof sa === 'object' && sa !== null && Boolean((sa as { bInheritHandle?: unknown }).bInheritHandle);
}

export interface ObjectAttributes {
  name: string | undefined;
  root: number;
  attributes: number;
}

/** A UNICODE_STRING given as a JS string or as `{ Buffer }`. */
export function unicodeString(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null && typeof (v as { Buffer?: unknown }).Buffer === 'string') return (v as { Buffer: string }).Buffer;
  return undefined;
}

/** OBJECT_ATTRIBUTES: `{ ObjectName, RootDirectory?, Attributes? }`. */
export function objectAttributes(v: unknown): ObjectAttributes | undefined {
  if (typeof v !== 'object' || v === null) return undefined;
  const o = v as { ObjectName?: unknown; RootDirectory?: unknown; Attributes?: unknown };
  return {
    name: unicodeString(o.ObjectName),
    root: typeof o.RootDirectory === 'number' ? o.RootDirectory : 0,
    attributes: typeof o.Attributes === 'number' ? o.Attributes : 0,
  };
}

export function writeStruct(out: unknown, data: object): void {
  if (Array.isArray(out)) out[0] = data;
  else if (typeof out === 'object' && out !== null) Object.assign(out, data);
}

// Create-or-open by name, as CreateEventW and CreateFileMappingW do it: the name space is shared
// by every kind of named object.
import { WIN32_ERROR } from '../core/codes.js';
import { fail, setLastError } from '../core/context.js';
import { findNamed, insertHandle, nameObject } from '../core/object-manager.js';
import type { KObject, ObjectKind, Store } from '../core/records.js';

export interface NamedCreate {
  api: string;
  name: string | null;
  kind: ObjectKind;
  access: number;
  inherit: boolean;
  /** Makes the new object when the name is free. */
  make: () => KObject;
}

export function createOrOpenNamed(s: Store, c: NamedCreate): number {
  const named = c.name !== null && c.name !== '';
  const existing = named ? findNamed(s, c.name!) : undefined;
  if (existing !== undefined) {
    // Another kind under the same name: "the function fails and the GetLastError function returns ERROR_INVALID_HANDLE".
    if (existing.kind !== c.kind) return fail(s, WIN32_ERROR.ERROR_INVALID_HANDLE);
    const h = insertHandle(s, existing, { access: c.access, inherit: c.inherit, openedBy: c.api });
    setLastError(s, WIN32_ERROR.ERROR_ALREADY_EXISTS);
    return h;
  }
  const obj = c.make();
  if (named) nameObject(s, obj, c.name!);
  const h = insertHandle(s, obj, { access: c.access, inherit: c.inherit, openedBy: c.api });
  setLastError(s, 0);
  return h;
}

// Create-or-open by name, as CreateEventW and CreateFileMappingW do it: the name space is shared
// by every kind of named object. Two steps (open if the name is taken, else insert the new object)
// so the hot path makes no closure per call.
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
}

/**
 * When the name is taken: a new handle to that object (last error ERROR_ALREADY_EXISTS), or the
 * failure for an object of another kind. Undefined when the name is free or none was given: the
 * caller makes the object and passes it to insertCreated.
 */
export function openIfNamed(s: Store, c: NamedCreate): number | undefined {
  const existing = c.name !== null && c.name !== '' ? findNamed(s, c.name) : undefined;
  if (existing === undefined) return undefined;
  // Another kind under the same name: "the function fails and the GetLastError function returns ERROR_INVALID_HANDLE".
  if (existing.kind !== c.kind) return fail(s, WIN32_ERROR.ERROR_INVALID_HANDLE);
  const h = insertHandle(s, existing, { access: c.access, inherit: c.inherit, openedBy: c.api });
  setLastError(s, WIN32_ERROR.ERROR_ALREADY_EXISTS);
  return h;
}

export function insertCreated(s: Store, c: NamedCreate, obj: KObject): number {
  if (c.name !== null && c.name !== '') nameObject(s, obj, c.name);
  const h = insertHandle(s, obj, { access: c.access, inherit: c.inherit, openedBy: c.api });
  setLastError(s, 0);
  return h;
}

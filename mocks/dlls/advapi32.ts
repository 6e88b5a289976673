// advapi32: RegOpenKeyExW and RegCloseKey. Predefined keys (HKEY_LOCAL_MACHINE, ...) need no
// opening or closing; every other key handle is a key object in the caller's handle table.
import { HKEY_CLASSES_ROOT, UserMode } from '../core/constants.js';
import { WIN32_ERROR } from '../core/codes.js';
import { documented } from '../core/enforce.js';
import { insertHandle, lookup, removeHandle } from '../core/object-manager.js';
import type { Store } from '../core/records.js';
import { joinKey, keyObject, PREDEFINED_KEYS } from '../core/registry.js';
import { signatures, validate } from '../core/signatures.js';

export const ADVAPI32_SIGNATURES = signatures({
  RegOpenKeyExW: 'LSTATUS RegOpenKeyExW(HKEY hKey, LPCWSTR lpSubKey, DWORD ulOptions, REGSAM samDesired, PHKEY phkResult)',
  RegCloseKey: 'LSTATUS RegCloseKey(HKEY hKey)',
});
const S = ADVAPI32_SIGNATURES;

function openKey(s: Store, hKey: number, subKey: string | null, access: number, out: [number] | null): number {
  if (out === null) return WIN32_ERROR.ERROR_INVALID_PARAMETER;
  const predefined = PREDEFINED_KEYS.get(hKey);
  let base: string;
  if (predefined !== undefined) {
    base = predefined;
    // "If lpSubKey is NULL and hKey is HKEY_CLASSES_ROOT, phkResult receives a new handle ...
    // Otherwise, phkResult receives the same hKey handle passed in to the function."
    if (subKey === null && hKey !== HKEY_CLASSES_ROOT) return ((out[0] = hKey), WIN32_ERROR.ERROR_SUCCESS);
    if (subKey === '' && hKey === HKEY_CLASSES_ROOT) return ((out[0] = hKey), WIN32_ERROR.ERROR_SUCCESS);
  } else {
    const entry = lookup(s, hKey, UserMode);
    if (entry?.object.key === undefined) return WIN32_ERROR.ERROR_INVALID_HANDLE;
    if (subKey === null) return WIN32_ERROR.ERROR_INVALID_PARAMETER;
    base = entry.object.key.path;
  }
  const path = joinKey(base, subKey ?? '');
  if (!s.keys.has(path)) return WIN32_ERROR.ERROR_FILE_NOT_FOUND;
  out[0] = insertHandle(s, keyObject(s, path), { access, openedBy: 'RegOpenKeyExW' });
  return WIN32_ERROR.ERROR_SUCCESS;
}

export function advapi32(s: Store) {
  return {
    RegOpenKeyExW(hKey: number, lpSubKey: string | null, ulOptions: number, samDesired: number, phkResult: [number] | null): number {
      validate(S.RegOpenKeyExW, arguments);
      return documented(s, 'RegOpenKeyExW', openKey(s, hKey, lpSubKey, samDesired, phkResult));
    },
    RegCloseKey(hKey: number): number {
      validate(S.RegCloseKey, arguments);
      if (PREDEFINED_KEYS.has(hKey)) return WIN32_ERROR.ERROR_SUCCESS;
      const entry = lookup(s, hKey, UserMode);
      if (entry === undefined || entry.search) return documented(s, 'RegCloseKey', WIN32_ERROR.ERROR_INVALID_HANDLE);
      removeHandle(s, entry);
      return WIN32_ERROR.ERROR_SUCCESS;
    },
  };
}

// Registry keys: a set of key paths (\registry\machine\...), predefined root handles, and key
// objects opened on them (every open makes a new key object, as in Windows).
import { HKEY_CLASSES_ROOT, HKEY_CURRENT_CONFIG, HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE, HKEY_USERS } from './constants.js';
import type { KObject, Store } from './records.js';
import { newObject } from './store.js';

const CURRENT_USER = '\\registry\\user\\s-1-5-21-1000';

export const PREDEFINED_KEYS: ReadonlyMap<number, string> = new Map([
  [HKEY_CLASSES_ROOT, '\\registry\\machine\\software\\classes'],
  [HKEY_CURRENT_USER, CURRENT_USER],
  [HKEY_LOCAL_MACHINE, '\\registry\\machine'],
  [HKEY_USERS, '\\registry\\user'],
  [HKEY_CURRENT_CONFIG, '\\registry\\machine\\system\\currentcontrolset\\hardware profiles\\current'],
]);

const ROOT_NAMES: ReadonlyArray<[RegExp, string]> = [
  [/^(hkey_local_machine|hklm)(\\|$)/i, '\\registry\\machine$2'],
  [/^(hkey_current_user|hkcu)(\\|$)/i, `${CURRENT_USER}$2`],
  [/^(hkey_classes_root|hkcr)(\\|$)/i, '\\registry\\machine\\software\\classes$2'],
  [/^(hkey_users|hku)(\\|$)/i, '\\registry\\user$2'],
];

/** `HKLM\Software\X`, `HKEY_LOCAL_MACHINE\...` or `\Registry\Machine\...` → the lower-cased NT path. */
export function keyPath(name: string): string {
  let path = name.replace(/\//g, '\\');
  for (const [re, to] of ROOT_NAMES) path = path.replace(re, to);
  return path.toLowerCase().replace(/\\+/g, '\\').replace(/\\$/, '');
}

export function joinKey(base: string, sub: string): string {
  return sub === '' ? base : keyPath(`${base}\\${sub}`);
}

/** Adds the key and its missing parents. */
export function ensureKey(s: Store, path: string): void {
  const parts = path.split('\\');
  for (let i = 2; i <= parts.length; i++) s.keys.add(parts.slice(0, i).join('\\'));
}

export function parentExists(s: Store, path: string): boolean {
  const cut = path.lastIndexOf('\\');
  return cut > 0 && s.keys.has(path.slice(0, cut));
}

export function keyObject(s: Store, path: string): KObject {
  const obj = newObject(s, 'Key', path);
  obj.key = { path };
  return obj;
}

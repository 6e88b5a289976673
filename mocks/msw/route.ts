// Which function of which DLL a request names. Only names of the DLL's interface (or functions
// the world itself defines) resolve, so `constructor`, `__proto__` or `toString` never reach an
// object's prototype.
import type { WindowsMock } from '../world.js';
import { DLL_NAMES, DLLS, type DllName } from '../dlls/index.js';
import type { Signature } from '../core/signatures.js';

export type Callable = (...args: unknown[]) => unknown;

export interface Route {
  dll: DllName;
  fn: string;
  call: Callable;
  signature: Signature | undefined;
}

export type RouteResult = { ok: true; route: Route } | { ok: false; message: string };

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `Kernel32`, `kernel32.dll`, `KERNEL32` → `kernel32`. */
export function dllName(raw: string): DllName | undefined {
  const base = raw.toLowerCase().replace(/\.(dll|sys|exe)$/, '');
  return (DLL_NAMES as string[]).includes(base) ? (base as DllName) : undefined;
}

function interfaceNames(win: WindowsMock, dll: DllName): string[] {
  const surface = win[dll] as unknown as object;
  return [...new Set([...DLLS[dll].functions, ...Object.keys(surface)])];
}

export function resolveRoute(win: WindowsMock, rawDll: string, rawFn: string): RouteResult {
  const dll = dllName(rawDll);
  if (dll === undefined) {
    return { ok: false, message: `[winhandle] unknown DLL "${rawDll}" — use one of ${DLL_NAMES.join(', ')} in the path: POST {baseUrl}/kernel32/CloseHandle` };
  }
  const names = interfaceNames(win, dll);
  const surface = win[dll] as unknown as Record<string, unknown>;
  if (!IDENTIFIER.test(rawFn) || !names.includes(rawFn) || typeof surface[rawFn] !== 'function') {
    const near = names.find((n) => n.toLowerCase() === rawFn.toLowerCase());
    const hint = near !== undefined ? `did you mean ${near}? (names are case-sensitive)` : `${dll} has ${names.slice(0, 8).join(', ')}${names.length > 8 ? ', ...' : ''}`;
    return { ok: false, message: `[winhandle] ${dll} has no function "${rawFn}" — ${hint}` };
  }
  const signatures = DLLS[dll].signatures as Readonly<Record<string, Signature>>;
  const signature = hasOwn(signatures, rawFn) ? signatures[rawFn] : undefined;
  const call = (surface[rawFn] as Callable).bind(surface);
  return { ok: true, route: { dll, fn: rawFn, call, signature } };
}

/** The C return type of a signature: `NTSTATUS` of `NTSTATUS NtClose(HANDLE Handle)`. */
export function returnType(signature: Signature | undefined): string | undefined {
  if (signature === undefined) return undefined;
  const m = new RegExp(`^(.*?)\\b${signature.name}\\s*\\(`).exec(signature.text);
  return m?.[1]?.trim() || undefined;
}

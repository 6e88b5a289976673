// The mock's contract: the generated per-DLL interfaces (types/dlls/) and their typed function
// lists, plus the few functions the mock also offers that the documents (and so the interfaces)
// do not describe (WSAStartup before socket, FindNextFileW after FindFirstFileW, ...).
import type * as G from '../types/index.js';
import * as L from '../types/index.js';
import type { advapi32 } from './dlls/advapi32.js';
import type { fltmgr } from './dlls/fltmgr.js';
import type { kernel32 } from './dlls/kernel32.js';
import type { ktmw32 } from './dlls/ktmw32.js';
import type { ntdll } from './dlls/ntdll.js';
import type { ntoskrnl } from './dlls/ntoskrnl.js';
import type { ws2_32 } from './dlls/ws2_32.js';

/** A generated interface plus the built-ins it does not list. */
type WithExtras<Iface, Impl> = Iface & Omit<Impl, keyof Iface>;

/**
 * Names of built-ins whose signature does not fit the generated one (`never` when the mock
 * implements the interface as generated); test/mocks/contract.test.ts holds it to `never`.
 */
export type ContractMismatch<Iface, Impl> = { [K in keyof Iface & keyof Impl]: Impl[K] extends Iface[K] ? never : K }[keyof Iface & keyof Impl];

export type Kernel32 = WithExtras<G.Kernel32, ReturnType<typeof kernel32>>;
export type Ntdll = WithExtras<G.Ntdll, ReturnType<typeof ntdll>>;
export type Ntoskrnl = WithExtras<G.Ntoskrnl, ReturnType<typeof ntoskrnl>>;
export type Fltmgr = WithExtras<G.Fltmgr, ReturnType<typeof fltmgr>>;
export type Advapi32 = WithExtras<G.Advapi32, ReturnType<typeof advapi32>>;
export type Ws2_32 = WithExtras<G.Ws2_32, ReturnType<typeof ws2_32>>;
export type Ktmw32 = WithExtras<G.Ktmw32, ReturnType<typeof ktmw32>>;

/** Every function of each interface (the coverage lists: each is a built-in or throws "not mocked"). */
export const { KERNEL32_FUNCTIONS, NTDLL_FUNCTIONS, NTOSKRNL_FUNCTIONS, FLTMGR_FUNCTIONS, ADVAPI32_FUNCTIONS, WS2_32_FUNCTIONS, KTMW32_FUNCTIONS } = L;

/** Built-ins the documents do not describe: helpers a caller needs around the documented functions. */
export const MOCK_ONLY_FUNCTIONS = {
  kernel32: ['FindNextFileW'],
  ntdll: [],
  ntoskrnl: ['ZwQueryObject'],
  fltmgr: [],
  advapi32: [],
  ws2_32: ['WSAStartup', 'WSACleanup', 'WSAGetLastError'],
  ktmw32: [],
} as const satisfies Record<string, readonly string[]>;

// The DLL surfaces of a world: each one's built-in functions, signatures and the full list of
// function names of its interface (names without a built-in throw "not mocked").
import * as contract from '../contract.js';
import { notMockedError } from '../core/errors.js';
import type { Store } from '../core/records.js';
import type { Signature } from '../core/signatures.js';
import { advapi32, ADVAPI32_SIGNATURES } from './advapi32.js';
import { fltmgr, FLTMGR_SIGNATURES } from './fltmgr.js';
import { kernel32, KERNEL32_SIGNATURES } from './kernel32.js';
import { ktmw32, KTMW32_SIGNATURES } from './ktmw32.js';
import { ntdll, NTDLL_SIGNATURES } from './ntdll.js';
import { ntoskrnl, NTOSKRNL_SIGNATURES } from './ntoskrnl.js';
import { ws2_32, WS2_32_SIGNATURES } from './ws2_32.js';

type Fn = (...args: never[]) => unknown;

/** The interface's functions, then the built-ins the documents do not describe: every callable name. */
function callable(dll: keyof typeof contract.MOCK_ONLY_FUNCTIONS, listed: readonly string[]): readonly string[] {
  return [...listed, ...contract.MOCK_ONLY_FUNCTIONS[dll]];
}

interface DllSpec {
  create: (s: Store) => Record<string, Fn>;
  signatures: Readonly<Record<string, Signature>>;
  /** Every callable name: the interface's functions plus contract.MOCK_ONLY_FUNCTIONS. */
  functions: readonly string[];
}

export const DLLS = {
  kernel32: { create: kernel32, signatures: KERNEL32_SIGNATURES, functions: callable('kernel32', contract.KERNEL32_FUNCTIONS) },
  ntdll: { create: ntdll, signatures: NTDLL_SIGNATURES, functions: callable('ntdll', contract.NTDLL_FUNCTIONS) },
  ntoskrnl: { create: ntoskrnl, signatures: NTOSKRNL_SIGNATURES, functions: callable('ntoskrnl', contract.NTOSKRNL_FUNCTIONS) },
  fltmgr: { create: fltmgr, signatures: FLTMGR_SIGNATURES, functions: callable('fltmgr', contract.FLTMGR_FUNCTIONS) },
  advapi32: { create: advapi32, signatures: ADVAPI32_SIGNATURES, functions: callable('advapi32', contract.ADVAPI32_FUNCTIONS) },
  ws2_32: { create: ws2_32, signatures: WS2_32_SIGNATURES, functions: callable('ws2_32', contract.WS2_32_FUNCTIONS) },
  ktmw32: { create: ktmw32, signatures: KTMW32_SIGNATURES, functions: callable('ktmw32', contract.KTMW32_FUNCTIONS) },
} as const satisfies Record<string, DllSpec>;

export type DllName = keyof typeof DLLS;
export const DLL_NAMES = Object.keys(DLLS) as DllName[];

/** One prototype per DLL holding a "not mocked" thrower for every function of its interface
 * (not frozen: worlds shadow these names with own properties by assignment). */
export const NOT_MOCKED: Readonly<Record<DllName, object>> = Object.fromEntries(
  DLL_NAMES.map((dll) => {
    const proto: Record<string, Fn> = {};
    for (const name of DLLS[dll].functions) {
      proto[name] = () => {
        throw notMockedError(name);
      };
    }
    return [dll, proto];
  }),
) as Record<DllName, object>;

/** Parameter count of a function, from its signature, when the mock knows it. */
export function arity(dll: DllName, name: string): number | undefined {
  return (DLLS[dll].signatures as Readonly<Record<string, Signature>>)[name]?.params.length;
}

// The mock implements the generated per-DLL interfaces as generated: every built-in's signature
// fits the interface's (checked by the compiler in `npm run typecheck`), and every surface of a
// world is typed by its interface.
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as Generated from '../../types/index.js';
import type { ContractMismatch } from '../../mocks/contract.js';
import type { advapi32 } from '../../mocks/dlls/advapi32.js';
import type { fltmgr } from '../../mocks/dlls/fltmgr.js';
import type { kernel32 } from '../../mocks/dlls/kernel32.js';
import type { ktmw32 } from '../../mocks/dlls/ktmw32.js';
import type { ntdll } from '../../mocks/dlls/ntdll.js';
import type { ntoskrnl } from '../../mocks/dlls/ntoskrnl.js';
import type { ws2_32 } from '../../mocks/dlls/ws2_32.js';
import { world } from './support.js';

/** `true` only when no built-in disagrees with its generated signature; otherwise the names. */
type Fits<Iface, Impl> = [ContractMismatch<Iface, Impl>] extends [never] ? true : ContractMismatch<Iface, Impl>;

const fits = {
  kernel32: true satisfies Fits<Generated.Kernel32, ReturnType<typeof kernel32>>,
  ntdll: true satisfies Fits<Generated.Ntdll, ReturnType<typeof ntdll>>,
  ntoskrnl: true satisfies Fits<Generated.Ntoskrnl, ReturnType<typeof ntoskrnl>>,
  fltmgr: true satisfies Fits<Generated.Fltmgr, ReturnType<typeof fltmgr>>,
  advapi32: true satisfies Fits<Generated.Advapi32, ReturnType<typeof advapi32>>,
  ws2_32: true satisfies Fits<Generated.Ws2_32, ReturnType<typeof ws2_32>>,
  ktmw32: true satisfies Fits<Generated.Ktmw32, ReturnType<typeof ktmw32>>,
};

describe('the contract', () => {
  it('types every surface of a world by its generated interface', () => {
    const win = world('strict');
    expectTypeOf(win.kernel32).toMatchTypeOf<Generated.Kernel32>();
    expectTypeOf(win.ntdll).toMatchTypeOf<Generated.Ntdll>();
    expectTypeOf(win.ntoskrnl).toMatchTypeOf<Generated.Ntoskrnl>();
    expectTypeOf(win.fltmgr).toMatchTypeOf<Generated.Fltmgr>();
    expectTypeOf(win.advapi32).toMatchTypeOf<Generated.Advapi32>();
    expectTypeOf(win.ws2_32).toMatchTypeOf<Generated.Ws2_32>();
    expectTypeOf(win.ktmw32).toMatchTypeOf<Generated.Ktmw32>();
    // The compile-time check above is what matters; at run time each listed function is there.
    expect(Object.values(fits).every(Boolean)).toBe(true);
    expect(typeof win.kernel32.CloseHandle).toBe('function');
  });
});

// The type of win.use's argument: for every function of every DLL interface, a handler that
// takes the function's arguments plus `next` (which calls what the handler replaced). Keys are
// bare names (`NtClose`: every DLL that has it) or qualified ones (`ntoskrnl.NtClose`).
import type { Advapi32, Fltmgr, Kernel32, Ktmw32, Ntdll, Ntoskrnl, Ws2_32 } from './contract.js';

export type Next<A extends unknown[], R> = (...args: A | []) => R;

type HandlerFor<F> = F extends (...args: infer A) => infer R ? (...args: [...A, Next<A, R>]) => R : never;

type Bare<I> = { [K in keyof I]?: HandlerFor<I[K]> };
type Qualified<P extends string, I> = { [K in keyof I & string as `${P}.${K}`]?: HandlerFor<I[K]> };

export type Handlers = Bare<Kernel32 & Ntdll & Ntoskrnl & Fltmgr & Advapi32 & Ws2_32 & Ktmw32>
  & Qualified<'kernel32', Kernel32> & Qualified<'ntdll', Ntdll> & Qualified<'ntoskrnl', Ntoskrnl> & Qualified<'fltmgr', Fltmgr>
  & Qualified<'advapi32', Advapi32> & Qualified<'ws2_32', Ws2_32> & Qualified<'ktmw32', Ktmw32>;

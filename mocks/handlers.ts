// The type of win.use's argument: for every function of every DLL interface, a handler that
// takes the function's arguments plus `next` (which calls what the handler replaced).
import type { Advapi32, Fltmgr, Kernel32, Ktmw32, Ntdll, Ntoskrnl, Ws2_32 } from './contract.js';

type AllFunctions = Kernel32 & Ntdll & Ntoskrnl & Fltmgr & Advapi32 & Ws2_32 & Ktmw32;

export type Next<A extends unknown[], R> = (...args: A | []) => R;

export type Handlers = {
  [K in keyof AllFunctions]?: AllFunctions[K] extends (...args: infer A) => infer R ? (...args: [...A, Next<A, R>]) => R : never;
} & Record<`${string}.${string}`, ((...args: never[]) => unknown) | undefined>;

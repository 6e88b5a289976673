// Kernel-mode call conventions: Zw routines switch the previous mode to KernelMode for their
// duration, and the routines under DDI compliance rule IrqlZwPassive need PASSIVE_LEVEL.
import { KernelMode, PASSIVE_LEVEL } from './constants.js';
import { withMode } from './context.js';
import { raise } from './enforce.js';
import { irqlBugCheck } from './errors.js';
import type { Store } from './records.js';

/** IrqlZwPassive: a bug check above PASSIVE_LEVEL, in every mode. */
export function requirePassive(s: Store, api: string): void {
  const irql = s.ctx.irql;
  if (irql > PASSIVE_LEVEL) raise(s, irqlBugCheck(api, 'close-irql-passive', irql));
}

/** Runs a Zw routine: previous mode KernelMode for its duration. */
export function asZw<T>(s: Store, fn: () => T): T {
  return withMode(s, KernelMode, fn);
}

// The execution context: which process and thread are running, the previous processor mode and
// the IRQL. The default is a user process at UserMode and PASSIVE_LEVEL.
import { KernelMode, UserMode, type ProcessorMode } from './constants.js';
import { usageError } from './errors.js';
import type { ProcessRecord, Store, ThreadRecord } from './records.js';

export interface ContextInit {
  process?: ProcessRecord;
  thread?: ThreadRecord;
  previousMode?: ProcessorMode;
  irql?: number;
}

export function runIn<T>(s: Store, init: ContextInit, fn: () => T): T {
  const saved = s.ctx;
  const process = init.process ?? init.thread?.process ?? saved.process;
  const thread = init.thread ?? (process === saved.process ? saved.thread : process.threads[0]!);
  if (process.terminated || thread.terminated) throw usageError('run', `${process.terminated ? `process ${process.name}` : `thread ${thread.tid}`} has terminated — nothing runs there any more`);
  if (thread.process !== process) throw usageError('run', `thread ${thread.tid} does not belong to process ${process.name} — pass a thread of that process`);
  if (init.previousMode !== undefined && init.previousMode !== KernelMode && init.previousMode !== UserMode) {
    throw usageError('run', `previousMode must be KernelMode (0) or UserMode (1), got ${String(init.previousMode)}`);
  }
  const irql = init.irql ?? saved.irql;
  if (!Number.isInteger(irql) || irql < 0 || irql > 31) throw usageError('run', `irql must be an integer 0..31, got ${String(irql)}`);
  s.ctx = { process, thread, previousMode: init.previousMode ?? saved.previousMode, irql };
  try {
    return fn();
  } finally {
    s.ctx = saved;
  }
}

/** Runs fn with the previous mode set to `mode`, as a system service entry does. */
export function withMode<T>(s: Store, mode: ProcessorMode, fn: () => T): T {
  const ctx = s.ctx;
  const saved = ctx.previousMode;
  ctx.previousMode = mode;
  try {
    return fn();
  } finally {
    ctx.previousMode = saved;
  }
}

export function setLastError(s: Store, code: number): void {
  s.ctx.thread.lastError = code >>> 0;
}

/** Sets the last error and returns 0 (FALSE / NULL), the usual Win32 failure. */
export function fail(s: Store, code: number): 0 {
  s.ctx.thread.lastError = code >>> 0;
  return 0;
}

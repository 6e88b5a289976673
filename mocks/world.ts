// createWindowsMock: one isolated world (its own store, processes, objects and DLL objects).
import { createObject, pendingIo, terminateProcess, terminateThread, type CreateObjectOptions, type PendingIo } from './arrange.js';
import type { Advapi32, Fltmgr, Kernel32, Ktmw32, Ntdll, Ntoskrnl, Ws2_32 } from './contract.js';
import { runIn, type ContextInit } from './core/context.js';
import { usageError, type Violation } from './core/errors.js';
import { ensureFile } from './core/files.js';
import type { ObjectTypeName } from './core/object-types.js';
import type { CallRecord, ProcessRecord, ResolvedOptions, Store, ThreadRecord, UndocumentedStatus } from './core/records.js';
import { ensureKey, keyPath } from './core/registry.js';
import { createStore, newProcess, newThread } from './core/store.js';
import { DLL_NAMES, type DllName } from './dlls/index.js';
import { inspect, type Inspectable, type Inspection } from './inspect.js';
import { leaks, type Leak } from './leaks.js';
import { buildDll, installHandlers, resetHandlers, type DllLayer } from './overrides.js';
import type { Handlers } from './handlers.js';

export interface MockOptions {
  /** strict (default): a broken rule throws RuleViolation at the call; lenient: Windows' behaviour, violation recorded. */
  mode?: 'strict' | 'lenient';
  /** CloseHandle raises EXCEPTION_INVALID_HANDLE on invalid and pseudo-handles, as under a debugger. */
  debuggerAttached?: boolean;
  /** 'windows' (default) reuses freed handle values most-recent-first; 'never' never reuses one. */
  handleReuse?: 'windows' | 'never';
  /** Keep a log of every call in win.calls. Off by default. */
  recordCalls?: boolean;
  /**
   * Capture the stack where handles, references and views are opened, for leaks(): true for every
   * one, false for none, a number for the first N of the world. Default 1000: tests get stacks,
   * long loops do not pay for them.
   */
  captureStacks?: boolean | number;
  /** Image name of the default user process. */
  processName?: string;
  /** Files that exist from the start (`C:\\data\\a.txt`). */
  files?: readonly string[];
  /** Registry keys that exist from the start (`HKLM\\Software\\Vendor`). */
  registryKeys?: readonly string[];
}

/** A process of the world; pass it to run(), createObject() and inspect(). */
export interface MockProcess {
  readonly pid: number;
  readonly name: string;
  readonly system: boolean;
  readonly terminated: boolean;
  readonly threads: readonly MockThread[];
}

export interface MockThread {
  readonly tid: number;
  readonly process: MockProcess;
  readonly terminated: boolean;
}

export interface RunContext {
  process?: MockProcess;
  thread?: MockThread;
  /** KernelMode (0) or UserMode (1). */
  previousMode?: 0 | 1;
  irql?: number;
}

export interface WindowsMock {
  readonly kernel32: Kernel32;
  readonly ntdll: Ntdll;
  readonly ntoskrnl: Ntoskrnl;
  readonly fltmgr: Fltmgr;
  readonly advapi32: Advapi32;
  readonly ws2_32: Ws2_32;
  readonly ktmw32: Ktmw32;
  readonly options: Readonly<ResolvedOptions>;
  /** The default user process, where calls run unless run() says otherwise. */
  readonly process: MockProcess;
  readonly systemProcess: MockProcess;
  /** Every rule broken so far (also in strict mode, where each one also threw). */
  readonly violations: readonly Violation[];
  /** The call log (empty unless options.recordCalls). */
  readonly calls: readonly CallRecord[];
  run<T>(ctx: RunContext, fn: () => T): T;
  createProcess(name: string): MockProcess;
  createThread(process?: MockProcess): MockThread;
  terminate(target: MockProcess | MockThread): void;
  createObject(type: ObjectTypeName, options?: Omit<CreateObjectOptions, 'process' | 'target'> & { process?: MockProcess; target?: MockProcess | MockThread }): number;
  pendingIo(handle: number): PendingIo;
  inspect(target: number | bigint | MockProcess | MockThread): Inspection | undefined;
  leaks(): Leak[];
  undocumentedStatuses(): UndocumentedStatus[];
  use(handlers: Handlers): void;
  resetHandlers(): void;
}

function resolveOptions(o: MockOptions): ResolvedOptions {
  if (o.mode !== undefined && o.mode !== 'strict' && o.mode !== 'lenient') throw usageError('createWindowsMock', `mode must be 'strict' or 'lenient', got ${String(o.mode)}`);
  if (o.handleReuse !== undefined && o.handleReuse !== 'windows' && o.handleReuse !== 'never') {
    throw usageError('createWindowsMock', `handleReuse must be 'windows' or 'never', got ${String(o.handleReuse)}`);
  }
  return {
    mode: o.mode ?? 'strict', debuggerAttached: o.debuggerAttached === true, handleReuse: o.handleReuse ?? 'windows',
    recordCalls: o.recordCalls === true, captureStacks: stackBudget(o.captureStacks), processName: o.processName ?? 'app.exe',
  };
}

export const DEFAULT_STACK_BUDGET = 1000;

function stackBudget(v: boolean | number | undefined): number {
  if (v === undefined) return DEFAULT_STACK_BUDGET;
  if (typeof v === 'boolean') return v ? Infinity : 0;
  if (!Number.isInteger(v) || v < 0) throw usageError('createWindowsMock', `captureStacks must be a boolean or a count >= 0, got ${String(v)}`);
  return v;
}

function own(s: Store, p: MockProcess | MockThread | undefined, where: string): void {
  const process = p === undefined ? undefined : 'pid' in p ? p : p.process;
  if (process !== undefined && !s.processes.includes(process as ProcessRecord)) throw usageError(where, 'that process or thread belongs to another world');
}

export function createWindowsMock(options: MockOptions = {}): WindowsMock {
  const s = createStore(resolveOptions(options));
  for (const f of options.files ?? []) ensureFile(s, f);
  for (const k of options.registryKeys ?? []) ensureKey(s, keyPath(k));
  const layers = {} as Record<DllName, DllLayer>;
  for (const name of DLL_NAMES) layers[name] = buildDll(s, name);
  return {
    kernel32: layers.kernel32.public as unknown as Kernel32,
    ntdll: layers.ntdll.public as unknown as Ntdll,
    ntoskrnl: layers.ntoskrnl.public as unknown as Ntoskrnl,
    fltmgr: layers.fltmgr.public as unknown as Fltmgr,
    advapi32: layers.advapi32.public as unknown as Advapi32,
    ws2_32: layers.ws2_32.public as unknown as Ws2_32,
    ktmw32: layers.ktmw32.public as unknown as Ktmw32,
    options: s.options,
    process: s.processes[0]!,
    systemProcess: s.system,
    violations: s.violations,
    calls: s.calls,
    run: (ctx, fn) => {
      own(s, ctx.process, 'run');
      own(s, ctx.thread, 'run');
      return runIn(s, ctx as ContextInit, fn);
    },
    createProcess: (name) => newProcess(s, name),
    createThread: (process) => {
      own(s, process, 'createThread');
      return newThread(s, (process as ProcessRecord | undefined) ?? s.ctx.process);
    },
    terminate: (target) => {
      own(s, target, 'terminate');
      if ('pid' in target) terminateProcess(s, target as ProcessRecord);
      else terminateThread(s, target as ThreadRecord);
    },
    createObject: (type, opts) => createObject(s, type, opts as CreateObjectOptions),
    pendingIo: (handle) => pendingIo(s, handle),
    inspect: (target) => inspect(s, target as Inspectable),
    leaks: () => leaks(s),
    undocumentedStatuses: () => [...s.undocumented],
    use: (handlers) => installHandlers(layers, handlers as Record<string, never>),
    resetHandlers: () => resetHandlers(layers),
  };
}

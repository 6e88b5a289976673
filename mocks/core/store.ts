// The world's state: one store with named tables (processes, handle tables, objects, the named
// object directory, files, registry keys), like memfs keeps a volume in one place.
import { UserMode, PASSIVE_LEVEL } from './constants.js';
import type { HandleTable, KObject, ObjectKind, ProcessRecord, ResolvedOptions, Store, ThreadRecord } from './records.js';

// Each process's handle values start at its own base, so a handle used in the wrong process is
// invalid there instead of silently naming another object. The kernel table counts up from
// 0xFFFFFFFF80000000 (sign-extended), as Windows' kernel handles do.
const PROCESS_STRIDE = 2 ** 32;
export const KERNEL_HANDLE_BASE = -(2 ** 31);
// Paged pool addresses (0xFFFF8A0000000000 and up) for object pointers.
const POOL_BASE = -0x760000000000;

export function newTable(base: number, owner: ProcessRecord | undefined): HandleTable {
  return { entries: new Map(), free: [], count: 0, base, owner };
}

export function newObject(s: Store, kind: ObjectKind, name?: string): KObject {
  const obj: KObject = {
    id: ++s.nextId, kind, name, handleCount: 0, pointerCount: 0, deleted: false, address: 0,
    event: undefined, file: undefined, section: undefined, key: undefined, process: undefined, thread: undefined,
    transaction: undefined, socket: undefined, find: undefined,
  };
  s.objects.set(obj.id, obj);
  return obj;
}

/** The object's fake kernel address, assigned when first handed out. */
export function addressOf(s: Store, obj: KObject): number {
  if (obj.address === 0) {
    obj.address = POOL_BASE + obj.id * 0x40;
    s.byAddress.set(obj.address, obj);
  }
  return obj.address;
}

export function newThread(s: Store, process: ProcessRecord): ThreadRecord {
  const object = newObject(s, 'Thread');
  // A running thread holds a reference to its object: closing handles does not remove it.
  object.pointerCount = 1;
  const thread: ThreadRecord = { tid: (s.nextPid += 4), process, object, lastError: 0, terminated: false };
  object.thread = thread;
  process.threads.push(thread);
  return thread;
}

export function newProcess(s: Store, name: string, system = false): ProcessRecord {
  const object = newObject(s, 'Process', undefined);
  object.pointerCount = 1;
  const index = s.processes.length;
  const process: ProcessRecord = {
    pid: system ? 4 : (s.nextPid += 4), name, system, terminated: false, object,
    table: newTable(index * PROCESS_STRIDE, undefined), threads: [], views: new Map(), searchCount: 0,
  };
  process.table.owner = process;
  object.process = process;
  s.processes.push(process);
  newThread(s, process);
  return process;
}

/**
 * Where a handle, reference or view was opened. Capturing a stack costs several times a whole
 * create+close, so a world captures at most options.captureStacks of them (the first ones).
 */
export function whereOpened(s: Store, what: string): Error | undefined {
  if (s.stackBudget <= 0) return undefined;
  s.stackBudget--;
  return new Error(what);
}

/** Registry keys every world starts with; more come from options.registryKeys and ZwCreateKey. */
const SEED_KEYS = [
  '\\registry', '\\registry\\machine', '\\registry\\machine\\software', '\\registry\\machine\\software\\classes',
  '\\registry\\machine\\software\\microsoft', '\\registry\\machine\\software\\microsoft\\windows',
  '\\registry\\machine\\software\\microsoft\\windows\\currentversion', '\\registry\\machine\\system',
  '\\registry\\machine\\system\\currentcontrolset', '\\registry\\machine\\system\\currentcontrolset\\services',
  '\\registry\\machine\\system\\currentcontrolset\\hardware profiles',
  '\\registry\\machine\\system\\currentcontrolset\\hardware profiles\\current', '\\registry\\user',
  '\\registry\\user\\.default', '\\registry\\user\\s-1-5-21-1000', '\\registry\\user\\s-1-5-21-1000\\software',
];

export function createStore(options: ResolvedOptions): Store {
  const s = {
    options, strict: options.mode === 'strict', reuse: options.handleReuse === 'windows',
    processes: [], kernel: newTable(KERNEL_HANDLE_BASE, undefined), objects: new Map(), byAddress: new Map(),
    names: new Map(), files: new Map(), keys: new Set(SEED_KEYS), references: [], violations: [], calls: [],
    undocumented: [], winsockStarted: 0, stackBudget: options.captureStacks, nextId: 0, nextSeq: 0, nextPid: 0x1000, nextView: 0,
  } as unknown as Store;
  const app = newProcess(s, options.processName);
  s.system = newProcess(s, 'System', true);
  s.ctx = { process: app, thread: app.threads[0]!, previousMode: UserMode, irql: PASSIVE_LEVEL };
  return s;
}

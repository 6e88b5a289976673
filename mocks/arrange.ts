// Arranging a world: objects of any kind with a handle to them, processes, threads, pending I/O
// and terminating processes.
import { FILE_OPEN_IF, FILE_SHARE_DELETE, FILE_SHARE_READ, FILE_SHARE_WRITE, KernelMode } from './core/constants.js';
import { usageError } from './core/errors.js';
import { openFile, search } from './core/files.js';
import { dereference, insertHandle, lookup, nameObject, reference, removeHandle } from './core/object-manager.js';
import { KINDS, kindOf, OBJECT_KIND_NAMES, type ObjectTypeName } from './core/object-types.js';
import type { KObject, ObjectKind, ProcessRecord, Store, ThreadRecord } from './core/records.js';
import { ensureKey, keyObject, keyPath } from './core/registry.js';
import { newObject, newProcess, newThread } from './core/store.js';

export interface CreateObjectOptions {
  /** Object name (namespace kinds), file path (File), key path (Key), image name (Process) or search pattern (Find). */
  name?: string;
  /** Put the handle in the kernel handle table, as OBJ_KERNEL_HANDLE does. */
  kernelHandle?: boolean;
  protectFromClose?: boolean;
  inherit?: boolean;
  /** Process whose handle table gets the handle; defaults to the current process. */
  process?: ProcessRecord;
  access?: number;
  /** For 'Process' and 'Thread': a handle to this existing process or thread instead of a new one. */
  target?: ProcessRecord | ThreadRecord;
}

const FULL_ACCESS = 0x1fffff;

function body(s: Store, kind: ObjectKind, opts: CreateObjectOptions): KObject {
  switch (kind) {
    case 'Process': return opts.target !== undefined && 'pid' in opts.target ? opts.target.object : newProcess(s, opts.name ?? 'process.exe').object;
    case 'Thread': return opts.target !== undefined && 'tid' in opts.target ? opts.target.object : newThread(s, opts.process ?? s.ctx.process).object;
    case 'File': {
      const r = openFile(s, { path: opts.name ?? `C:\\mock\\file-${s.nextId + 1}.dat`, disposition: FILE_OPEN_IF,
        deleteOnClose: false, access: opts.access ?? FULL_ACCESS, shareMode: FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, transaction: undefined });
      if (r.object === undefined) throw usageError('createObject', `cannot open file ${opts.name ?? ''} (status 0x${r.status.toString(16)})`);
      return r.object;
    }
    case 'Key': {
      const path = keyPath(opts.name ?? `HKLM\\Software\\Mock\\Key${s.nextId + 1}`);
      if (!path.startsWith('\\registry\\')) throw usageError('createObject', `key name ${opts.name ?? ''} must start with HKLM\\, HKCU\\, HKCR\\, HKU\\ or \\Registry\\`);
      ensureKey(s, path);
      return keyObject(s, path);
    }
    default: break;
  }
  const obj = newObject(s, kind);
  if (kind === 'Event') obj.event = { manualReset: true, signaled: false };
  else if (kind === 'File mapping') obj.section = { file: undefined, size: 0x1000, views: 0 };
  else if (kind === 'Transaction') obj.transaction = { state: 'active', bound: new Set(), description: opts.name ?? '' };
  else if (kind === 'Socket') obj.socket = { af: 2, type: 1, protocol: 6 };
  else if (kind === 'Find') {
    obj.name = opts.name ?? 'C:\\*';
    obj.find = { pattern: obj.name, results: search(s, obj.name) ?? [], index: 0 };
  }
  return obj;
}

export function createObject(s: Store, type: ObjectTypeName, opts: CreateObjectOptions = {}): number {
  const kind = kindOf(type);
  if (kind === undefined) throw usageError('createObject', `unknown object type ${JSON.stringify(type)} — one of: ${OBJECT_KIND_NAMES.join(', ')}`);
  if (opts.process !== undefined && !s.processes.includes(opts.process)) throw usageError('createObject', 'the process belongs to another world');
  const target = opts.target === undefined ? undefined : 'pid' in opts.target ? opts.target : opts.target.process;
  if (target !== undefined && (!s.processes.includes(target) || (kind !== 'Process' && kind !== 'Thread'))) {
    throw usageError('createObject', 'target must be a process or thread of this world, with type Process or Thread');
  }
  if (opts.process?.terminated) throw usageError('createObject', `process ${opts.process.name} has terminated; its handle table is gone`);
  if (kind === 'Find' && opts.kernelHandle) throw usageError('createObject', 'a search handle is user-mode memory; it cannot be a kernel handle');
  const namespaced = KINDS[kind].namespace && opts.name !== undefined;
  if (namespaced && s.names.has(opts.name!)) {
    throw usageError('createObject', `the name ${JSON.stringify(opts.name)} is already used by an object of type ${s.names.get(opts.name!)!.kind}`);
  }
  const obj = body(s, kind, opts);
  if (namespaced) nameObject(s, obj, opts.name!);
  return insertHandle(s, obj, {
    access: opts.access ?? FULL_ACCESS, inherit: opts.inherit, protect: opts.protectFromClose, kernelTable: opts.kernelHandle,
    process: opts.process, openedBy: 'createObject', search: kind === 'Find',
  });
}

export interface PendingIo {
  readonly completed: boolean;
  /** Completes the operation; the object may go away now. */
  complete(): void;
}

/** Starts an I/O operation on the object the handle names; it holds a reference until completed. */
export function pendingIo(s: Store, handle: number): PendingIo {
  const entry = lookup(s, handle, KernelMode);
  if (entry === undefined || entry.search) throw usageError('pendingIo', `handle ${handle} is not open in process ${s.ctx.process.name}`);
  const obj = entry.object;
  reference(obj);
  let completed = false;
  return {
    get completed() {
      return completed;
    },
    complete() {
      if (completed) throw usageError('pendingIo', 'this operation has already completed');
      completed = true;
      dereference(s, obj);
    },
  };
}

/** Ends a process: its handles are closed (protected or not), its views unmapped, its threads end. */
export function terminateProcess(s: Store, process: ProcessRecord): void {
  if (process.terminated) return;
  if (process.system) throw usageError('terminate', 'the system process cannot be terminated');
  process.terminated = true;
  for (const entry of [...process.table.entries.values()]) removeHandle(s, entry);
  for (const view of process.views.values()) {
    view.section.section!.views--;
    dereference(s, view.section);
  }
  process.views.clear();
  for (const t of process.threads) terminateThread(s, t);
  dereference(s, process.object);
}

export function terminateThread(s: Store, thread: ThreadRecord): void {
  if (thread.terminated) return;
  thread.terminated = true;
  dereference(s, thread.object);
}

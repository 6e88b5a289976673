// The object manager: handles in, handles out, two counts per object, and deletion exactly when
// the handle count and the pointer count are both zero.
import { CURRENT_PROCESS, CURRENT_THREAD, KernelMode, type ProcessorMode } from './constants.js';
import { onDelete, onLastHandleClosed } from './lifecycle.js';
import type { HandleEntry, HandleTable, KObject, ProcessRecord, Store } from './records.js';
import { KERNEL_HANDLE_BASE, whereOpened } from './store.js';

export interface HandleInit {
  access: number;
  inherit?: boolean;
  protect?: boolean;
  /** Put the handle in the kernel handle table (OBJ_KERNEL_HANDLE). */
  kernelTable?: boolean;
  /** Process whose table receives a non-kernel-table handle; defaults to the current process. */
  process?: ProcessRecord;
  openedBy: string;
  search?: boolean;
}

function allocate(s: Store, t: HandleTable, search: boolean): number {
  if (search) {
    // Search handles are user-mode heap pointers, far from the object manager's handle values.
    const owner = t.owner!;
    return t.base + 0x80000000 + 16 * ++owner.searchCount;
  }
  if (s.reuse && t.free.length > 0) return t.free.pop()!;
  return t.base + 4 * ++t.count;
}

export function insertHandle(s: Store, obj: KObject, init: HandleInit): number {
  const owner = init.process ?? s.ctx.process;
  const table = init.kernelTable ? s.kernel : owner.table;
  const search = init.search === true;
  const value = allocate(s, table, search);
  const entry: HandleEntry = {
    value, object: obj, access: init.access >>> 0, inherit: init.inherit === true, protect: init.protect === true,
    // Handles opened by a system thread are kernel handles too.
    kernel: init.kernelTable === true || owner.system, search, table, openedBy: init.openedBy, seq: ++s.nextSeq,
    where: whereOpened(s, `opened by ${init.openedBy}`),
  };
  table.entries.set(value, entry);
  obj.handleCount++;
  return value;
}

export function isKernelTableValue(value: number): boolean {
  return value < 0 && value > KERNEL_HANDLE_BASE && value % 4 === 0;
}

/** The entry a handle value names in `process` for a caller whose previous mode is `mode`. */
export function lookup(s: Store, value: number, mode: ProcessorMode, process: ProcessRecord = s.ctx.process): HandleEntry | undefined {
  if (value < 0) {
    // Kernel handles are only valid when the previous mode is KernelMode.
    return mode === KernelMode && isKernelTableValue(value) ? s.kernel.entries.get(value) : undefined;
  }
  const entry = process.table.entries.get(value);
  if (entry === undefined || (entry.kernel && mode !== KernelMode)) return undefined;
  return entry;
}

/** The object a handle or pseudo-handle names, or undefined. Search handles name no object. */
export function resolveObject(s: Store, value: number, mode: ProcessorMode, process: ProcessRecord = s.ctx.process): KObject | undefined {
  if (value === CURRENT_PROCESS) return process.object;
  if (value === CURRENT_THREAD) return process === s.ctx.process ? s.ctx.thread.object : process.threads[0]?.object;
  const entry = lookup(s, value, mode, process);
  return entry === undefined || entry.search ? undefined : entry.object;
}

export function removeHandle(s: Store, entry: HandleEntry): void {
  const table = entry.table;
  table.entries.delete(entry.value);
  if (!entry.search) table.free.push(entry.value);
  const obj = entry.object;
  if (--obj.handleCount === 0) {
    onLastHandleClosed(s, obj);
    maybeDelete(s, obj);
  }
}

export function reference(obj: KObject): void {
  obj.pointerCount++;
}

export function dereference(s: Store, obj: KObject): void {
  if (obj.pointerCount === 0) return;
  if (--obj.pointerCount === 0) maybeDelete(s, obj);
}

function maybeDelete(s: Store, obj: KObject): void {
  if (obj.handleCount !== 0 || obj.pointerCount !== 0 || obj.deleted) return;
  obj.deleted = true;
  s.objects.delete(obj.id);
  if (obj.name !== undefined && s.names.get(obj.name) === obj) s.names.delete(obj.name);
  onDelete(s, obj);
}

/** A named object of the shared namespace, while it exists. */
export function findNamed(s: Store, name: string): KObject | undefined {
  return s.names.get(name);
}

export function nameObject(s: Store, obj: KObject, name: string): void {
  obj.name = name;
  s.names.set(name, obj);
}

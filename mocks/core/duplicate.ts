// Handle duplication shared by DuplicateHandle, NtDuplicateObject and ZwDuplicateObject.
import { CURRENT_PROCESS, CURRENT_THREAD, PROCESS_ALL_ACCESS, THREAD_ALL_ACCESS, type ProcessorMode } from './constants.js';
import { STATUS } from './codes.js';
import { insertHandle, lookup, removeHandle, resolveObject } from './object-manager.js';
import type { HandleEntry, KObject, ProcessRecord, Store } from './records.js';

export interface DuplicateRequest {
  sourceProcess: number;
  source: number;
  targetProcess: number;
  access: number;
  inherit: boolean;
  protect: boolean;
  kernelTable: boolean;
  sameAccess: boolean;
  sameAttributes: boolean;
  closeSource: boolean;
  /** Whether a duplicate is made at all (DuplicateHandle makes one even without an out variable). */
  makeDuplicate: boolean;
  mode: ProcessorMode;
  api: string;
  /** Called with the source object before anything changes (rule checks). */
  inspectSource?: (obj: KObject) => void;
}

export type ProcessLookup = { process: ProcessRecord } | { status: number };

export function processFromHandle(s: Store, value: number, mode: ProcessorMode): ProcessLookup {
  const obj = resolveObject(s, value, mode);
  if (obj === undefined) return { status: STATUS.STATUS_INVALID_HANDLE };
  if (obj.process === undefined) return { status: STATUS.STATUS_OBJECT_TYPE_MISMATCH };
  return { process: obj.process };
}

export function duplicate(s: Store, r: DuplicateRequest): { status: number; value?: number } {
  const src = processFromHandle(s, r.sourceProcess, r.mode);
  if ('status' in src) return { status: src.status };
  let entry: HandleEntry | undefined;
  let obj: KObject | undefined;
  if (r.source === CURRENT_PROCESS || r.source === CURRENT_THREAD) {
    obj = resolveObject(s, r.source, r.mode, src.process);
  } else {
    entry = lookup(s, r.source, r.mode, src.process);
    obj = entry?.search === false ? entry.object : undefined;
  }
  if (obj === undefined) return { status: STATUS.STATUS_INVALID_HANDLE };
  r.inspectSource?.(obj);
  let result: { status: number; value?: number } = { status: STATUS.STATUS_SUCCESS };
  // A pseudo-handle "has the PROCESS_ALL_ACCESS access right" (THREAD_ALL_ACCESS for the thread).
  const sourceAccess = entry?.access ?? (r.source === CURRENT_PROCESS ? PROCESS_ALL_ACCESS : THREAD_ALL_ACCESS);
  if (r.makeDuplicate) {
    const tgt = r.targetProcess === 0 && r.closeSource ? undefined : processFromHandle(s, r.targetProcess, r.mode);
    if (tgt !== undefined && 'status' in tgt) result = { status: tgt.status };
    else if (tgt?.process.terminated) result = { status: STATUS.STATUS_PROCESS_IS_TERMINATING };
    else if (tgt !== undefined) {
      const value = insertHandle(s, obj, {
        access: r.sameAccess ? sourceAccess : r.access,
        inherit: r.sameAttributes && entry !== undefined ? entry.inherit : r.inherit,
        protect: r.sameAttributes && entry !== undefined ? entry.protect : r.protect,
        kernelTable: r.kernelTable, process: tgt.process, openedBy: r.api,
      });
      result = { status: STATUS.STATUS_SUCCESS, value };
    }
  }
  // "Closes the source handle. This occurs regardless of any error status returned."
  if (r.closeSource && entry !== undefined && !entry.protect && entry.table.entries.get(entry.value) === entry) removeHandle(s, entry);
  return result;
}

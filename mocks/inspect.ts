// win.inspect: what the object manager knows about a handle, an object pointer, or a process or
// thread of the world.
import { CURRENT_PROCESS, CURRENT_THREAD } from './core/constants.js';
import { KINDS } from './core/object-types.js';
import type { HandleEntry, KObject, ObjectKind, ProcessRecord, Store, ThreadRecord } from './core/records.js';
import { addressOf } from './core/store.js';

export interface Inspection {
  /** What was inspected. */
  via: 'handle' | 'pointer' | 'process' | 'thread';
  type: ObjectKind;
  /** The object manager's type name (`Event`, `Section`, `Mutant`, `TmTx`, ...); empty for search handles. */
  ntType: string;
  name: string | undefined;
  handleCount: number;
  /** Referenced pointers (ObReferenceObjectByHandle, mapped views, pending I/O, running threads). */
  pointerCount: number;
  deleted: boolean;
  /** The object's fake kernel address, as ObReferenceObjectByHandle returns it. */
  pointer: number;
  /** For a handle: its flags, the table it is in and the API that opened it. */
  handle?: { value: number; inherit: boolean; protectFromClose: boolean; kernelHandle: boolean; search: boolean; access: number; process: string; openedBy: string };
  /** Kind-specific state. */
  state: Record<string, unknown>;
}

function state(obj: KObject): Record<string, unknown> {
  if (obj.event) return { ...obj.event };
  if (obj.file) {
    const { node, deleteOnClose, transaction } = obj.file;
    return { path: node.path, exists: node.exists, deleteOnClose, transacted: transaction !== undefined };
  }
  if (obj.section) return { views: obj.section.views, size: obj.section.size, file: obj.section.file?.file?.node.path };
  if (obj.key) return { path: obj.key.path };
  if (obj.process) return { pid: obj.process.pid, name: obj.process.name, terminated: obj.process.terminated };
  if (obj.thread) return { tid: obj.thread.tid, process: obj.thread.process.name, terminated: obj.thread.terminated };
  if (obj.transaction) {
    const t = obj.transaction;
    return { state: t.state, boundHandles: [...t.bound].reduce((n, f) => n + f.handleCount, 0), description: t.description };
  }
  if (obj.socket) return { ...obj.socket };
  if (obj.find) return { pattern: obj.find.pattern, results: [...obj.find.results], next: obj.find.index };
  return {};
}

function describe(s: Store, obj: KObject, via: Inspection['via'], entry?: HandleEntry): Inspection {
  const out: Inspection = {
    via, type: obj.kind, ntType: KINDS[obj.kind].ntType, name: obj.name, handleCount: obj.handleCount, pointerCount: obj.pointerCount,
    deleted: obj.deleted, pointer: addressOf(s, obj), state: state(obj),
  };
  if (entry !== undefined) {
    out.handle = {
      value: entry.value, inherit: entry.inherit, protectFromClose: entry.protect, kernelHandle: entry.kernel, search: entry.search,
      access: entry.access, process: entry.table.owner?.name ?? 'kernel handle table', openedBy: entry.openedBy,
    };
  }
  return out;
}

function findEntry(s: Store, value: number): HandleEntry | undefined {
  const here = s.ctx.process.table.entries.get(value) ?? s.kernel.entries.get(value);
  if (here !== undefined) return here;
  for (const p of s.processes) {
    const e = p.table.entries.get(value);
    if (e !== undefined) return e;
  }
  return undefined;
}

export type Inspectable = number | bigint | ProcessRecord | ThreadRecord;

/** undefined when the value names nothing: a closed handle, or a pointer never handed out. */
export function inspect(s: Store, target: Inspectable): Inspection | undefined {
  if (typeof target === 'object' && target !== null) {
    if ('pid' in target && s.processes.includes(target)) return describe(s, target.object, 'process');
    if ('tid' in target && s.processes.includes(target.process)) return describe(s, target.object, 'thread');
    return undefined;
  }
  const value = Number(target);
  if (value === CURRENT_PROCESS) return describe(s, s.ctx.process.object, 'process');
  if (value === CURRENT_THREAD) return describe(s, s.ctx.thread.object, 'thread');
  const byPointer = s.byAddress.get(value);
  if (byPointer !== undefined) return describe(s, byPointer, 'pointer');
  const entry = findEntry(s, value);
  return entry === undefined ? undefined : describe(s, entry.object, 'handle', entry);
}

// The shapes of the rows of the store's tables. Plain data with fixed fields so every object of a
// kind has the same layout.
import type { Violation } from './errors.js';
import type { ProcessorMode } from './constants.js';

/** Object kinds: the types the CloseHandle document lists, plus keys, sockets and search handles. */
export type ObjectKind =
  | 'Access token' | 'Communications device' | 'Console input' | 'Console screen buffer' | 'Event' | 'File'
  | 'File mapping' | 'I/O completion port' | 'Job' | 'Mailslot' | 'Memory resource notification' | 'Mutex'
  | 'Named pipe' | 'Pipe' | 'Process' | 'Semaphore' | 'Thread' | 'Transaction' | 'Waitable timer'
  | 'Key' | 'Socket' | 'Find';

export interface FileNode {
  /** Path as first written; lookups use the lower-cased key. */
  path: string;
  key: string;
  exists: boolean;
  /** File objects currently open on this file. */
  open: Set<KObject>;
  /** Set while a handle opened with delete-on-close is open. */
  deleteOnClose: boolean;
  /** Transaction that created the file and has not committed yet. */
  createdIn: KObject | undefined;
  /** Transaction whose commit deletes the file (transacted delete-on-close). */
  deleteWith: KObject | undefined;
}

export interface KObject {
  id: number;
  kind: ObjectKind;
  name: string | undefined;
  handleCount: number;
  /** Referenced pointers: ObReferenceObjectByHandle, mapped views, pending I/O, running processes. */
  pointerCount: number;
  deleted: boolean;
  /** Fake kernel address, given out on first use (0 until then). */
  address: number;
  event: { manualReset: boolean; signaled: boolean } | undefined;
  file: { node: FileNode; deleteOnClose: boolean; access: number; shareMode: number; transaction: KObject | undefined } | undefined;
  section: { file: KObject | undefined; size: number; views: number } | undefined;
  key: { path: string } | undefined;
  process: ProcessRecord | undefined;
  thread: ThreadRecord | undefined;
  transaction: { state: 'active' | 'committed' | 'rolled-back'; bound: Set<KObject>; description: string } | undefined;
  socket: { af: number; type: number; protocol: number } | undefined;
  find: { pattern: string; results: string[]; index: number } | undefined;
}

export interface HandleTable {
  entries: Map<number, HandleEntry>;
  free: number[];
  count: number;
  base: number;
  /** The process owning the table; undefined for the kernel handle table. */
  owner: ProcessRecord | undefined;
}

export interface HandleEntry {
  value: number;
  object: KObject;
  access: number;
  inherit: boolean;
  protect: boolean;
  /** A kernel handle: closable only when the previous mode is KernelMode. */
  kernel: boolean;
  /** A FindFirstFile search handle: user-mode memory, not an object manager handle. */
  search: boolean;
  table: HandleTable;
  openedBy: string;
  seq: number;
  where: Error | undefined;
}

export interface ProcessRecord {
  pid: number;
  name: string;
  system: boolean;
  terminated: boolean;
  object: KObject;
  table: HandleTable;
  threads: ThreadRecord[];
  views: Map<number, ViewRecord>;
  searchCount: number;
}

export interface ThreadRecord {
  tid: number;
  process: ProcessRecord;
  object: KObject;
  lastError: number;
  terminated: boolean;
}

export interface ViewRecord {
  address: number;
  section: KObject;
  process: ProcessRecord;
  seq: number;
  where: Error | undefined;
}

export interface ReferenceRecord {
  object: KObject;
  api: string;
  seq: number;
  where: Error | undefined;
}

export interface Context {
  process: ProcessRecord;
  thread: ThreadRecord;
  previousMode: ProcessorMode;
  irql: number;
}

export interface CallRecord {
  dll: string;
  api: string;
  args: unknown[];
  result?: unknown;
  error?: unknown;
  /** Last error of the calling thread after the call. */
  lastError: number;
}

export interface UndocumentedStatus {
  api: string;
  status: number;
  name: string;
}

export interface ResolvedOptions {
  mode: 'strict' | 'lenient';
  debuggerAttached: boolean;
  handleReuse: 'windows' | 'never';
  recordCalls: boolean;
  /** How many more stacks to capture (Infinity: all). */
  captureStacks: number;
  processName: string;
}

export interface Store {
  options: ResolvedOptions;
  strict: boolean;
  reuse: boolean;
  ctx: Context;
  processes: ProcessRecord[];
  system: ProcessRecord;
  kernel: HandleTable;
  objects: Map<number, KObject>;
  byAddress: Map<number, KObject>;
  names: Map<string, KObject>;
  files: Map<string, FileNode>;
  keys: Set<string>;
  references: ReferenceRecord[];
  violations: Violation[];
  calls: CallRecord[];
  undocumented: UndocumentedStatus[];
  winsockStarted: number;
  stackBudget: number;
  nextId: number;
  nextSeq: number;
  nextPid: number;
  nextView: number;
}

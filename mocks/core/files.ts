// A small in-memory file system behind CreateFileW, CreateFileTransactedW, FltCreateFile(Ex) and
// FindFirstFileW: files exist or not, file objects are opened on them, delete-on-close and
// transactions decide when they go. Directories are implied by the paths of their files.
import { FILE_CREATE, FILE_CREATED, FILE_OPEN, FILE_OPEN_IF, FILE_OPENED, FILE_OVERWRITE, FILE_OVERWRITE_IF, FILE_OVERWRITTEN, FILE_SUPERSEDE, FILE_SUPERSEDED } from './constants.js';
import { STATUS } from './codes.js';
import type { FileNode, KObject, Store } from './records.js';
import { sharingConflict } from './sharing.js';
import { newObject } from './store.js';

export function fileKey(path: string): { key: string; display: string } {
  const display = path.replace(/\//g, '\\').replace(/^\\\?\?\\/, '').replace(/^\\\\\?\\/, '').replace(/\\+$/, '');
  return { key: display.toLowerCase(), display };
}

/** The node as a caller in transaction `tx` (or none) sees it. */
function visible(node: FileNode | undefined, tx: KObject | undefined): boolean {
  if (node === undefined || !node.exists) return false;
  return node.createdIn === undefined || node.createdIn === tx;
}

export function fileExists(s: Store, path: string, tx?: KObject): boolean {
  return visible(s.files.get(fileKey(path).key), tx);
}

/** Creates the file if it does not exist (arrangement and options.files). */
export function ensureFile(s: Store, path: string): FileNode {
  const { key, display } = fileKey(path);
  let node = s.files.get(key);
  if (node === undefined || !node.exists) {
    node = { path: display, key, exists: true, open: new Set(), deleteOnClose: false, createdIn: undefined, deleteWith: undefined };
    s.files.set(key, node);
  }
  return node;
}

export interface OpenRequest {
  path: string;
  /** NT create disposition (FILE_OPEN, FILE_CREATE, ...). */
  disposition: number;
  deleteOnClose: boolean;
  access: number;
  shareMode: number;
  transaction: KObject | undefined;
}

export type OpenResult = { status: number; object?: KObject; information: number };

export function openFile(s: Store, r: OpenRequest): OpenResult {
  const { key, display } = fileKey(r.path);
  if (key === '') return { status: STATUS.STATUS_OBJECT_PATH_NOT_FOUND, information: 0 };
  let node = s.files.get(key);
  const exists = visible(node, r.transaction);
  if (node !== undefined && node.exists && !exists && r.disposition !== FILE_OPEN && r.disposition !== FILE_OVERWRITE) {
    // Created by another, uncommitted transaction.
    return { status: STATUS.STATUS_SHARING_VIOLATION, information: 0 };
  }
  let information: number;
  switch (r.disposition) {
    case FILE_OPEN: case FILE_OVERWRITE:
      if (!exists) return { status: STATUS.STATUS_OBJECT_NAME_NOT_FOUND, information: 0 };
      information = r.disposition === FILE_OPEN ? FILE_OPENED : FILE_OVERWRITTEN;
      break;
    case FILE_CREATE:
      if (exists) return { status: STATUS.STATUS_OBJECT_NAME_COLLISION, information: 0 };
      information = FILE_CREATED;
      break;
    case FILE_OPEN_IF: information = exists ? FILE_OPENED : FILE_CREATED; break;
    case FILE_OVERWRITE_IF: information = exists ? FILE_OVERWRITTEN : FILE_CREATED; break;
    case FILE_SUPERSEDE: information = exists ? FILE_SUPERSEDED : FILE_CREATED; break;
    default: return { status: STATUS.STATUS_INVALID_PARAMETER, information: 0 };
  }
  if (exists && node !== undefined) {
    const opens = [...node.open].map((o) => ({ access: o.file!.access, share: o.file!.shareMode, deleteOnClose: o.file!.deleteOnClose }));
    if (sharingConflict(opens, { access: r.access, share: r.shareMode, deleteOnClose: r.deleteOnClose })) {
      return { status: STATUS.STATUS_SHARING_VIOLATION, information: 0 };
    }
  } else {
    node = { path: display, key, exists: true, open: new Set(), deleteOnClose: false, createdIn: r.transaction, deleteWith: undefined };
    s.files.set(key, node);
  }
  const obj = newObject(s, 'File', node.path);
  obj.file = { node, deleteOnClose: r.deleteOnClose, access: r.access >>> 0, shareMode: r.shareMode, transaction: r.transaction };
  node.open.add(obj);
  if (r.deleteOnClose) node.deleteOnClose = true;
  r.transaction?.transaction?.bound.add(obj);
  return { status: STATUS.STATUS_SUCCESS, object: obj, information };
}

function wildcard(pattern: string): RegExp {
  const body = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'i');
}

/**
 * Names of the entries of a directory matching a FindFirstFile pattern, directories marked with a
 * trailing backslash; undefined when the directory does not exist (a drive root always does).
 */
export function search(s: Store, pattern: string): string[] | undefined {
  const { display } = fileKey(pattern);
  const cut = display.lastIndexOf('\\');
  const dir = (cut < 0 ? '' : display.slice(0, cut)).toLowerCase();
  const match = wildcard(cut < 0 ? display : display.slice(cut + 1));
  const found = new Map<string, string>();
  let dirExists = /^[a-z]:$/.test(dir);
  for (const node of s.files.values()) {
    if (!visible(node, undefined) || !node.key.startsWith(`${dir}\\`)) continue;
    dirExists = true;
    const rest = node.path.slice(dir.length + 1);
    const slash = rest.indexOf('\\');
    const name = slash < 0 ? rest : rest.slice(0, slash);
    if (match.test(name) && !found.has(name.toLowerCase())) found.set(name.toLowerCase(), slash < 0 ? name : `${name}\\`);
  }
  if (!dirExists) return undefined;
  return [...found.values()].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
}

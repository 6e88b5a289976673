// kernel32: files (CreateFileW, CreateFileTransactedW), search handles (FindFirstFileW,
// FindNextFileW, FindClose) and file mappings (CreateFileMappingW, MapViewOfFile, UnmapViewOfFile).
import { CREATE_ALWAYS, FILE_ATTRIBUTE_DIRECTORY, FILE_ATTRIBUTE_NORMAL, FILE_CREATE, FILE_FLAG_DELETE_ON_CLOSE, FILE_OPEN, FILE_OPEN_IF, FILE_OPENED, FILE_OVERWRITE, FILE_OVERWRITE_IF, FILE_OVERWRITTEN, INVALID_HANDLE_VALUE, OPEN_ALWAYS, SECTION_ALL_ACCESS, UserMode } from '../core/constants.js';
import { ntStatusToDosError, STATUS, WIN32_ERROR } from '../core/codes.js';
import { fail, setLastError } from '../core/context.js';
import { openFile, search } from '../core/files.js';
import { dereference, insertHandle, lookup, reference, removeHandle, resolveObject } from '../core/object-manager.js';
import type { KObject, Store } from '../core/records.js';
import { signatures, validate } from '../core/signatures.js';
import { newObject, whereOpened } from '../core/store.js';
import { inherits, writeStruct } from '../core/structs.js';
import { insertCreated, openIfNamed } from './named-objects.js';

export const KERNEL32_FILE_SIGNATURES = signatures({
  CreateFileW: 'HANDLE CreateFileW(LPCWSTR lpFileName, DWORD dwDesiredAccess, DWORD dwShareMode, LPSECURITY_ATTRIBUTES lpSecurityAttributes, DWORD dwCreationDisposition, DWORD dwFlagsAndAttributes, HANDLE hTemplateFile)',
  CreateFileTransactedW: 'HANDLE CreateFileTransactedW(LPCWSTR lpFileName, DWORD dwDesiredAccess, DWORD dwShareMode, LPSECURITY_ATTRIBUTES lpSecurityAttributes, DWORD dwCreationDisposition, DWORD dwFlagsAndAttributes, HANDLE hTemplateFile, HANDLE hTransaction, PUSHORT pusMiniVersion, PVOID lpExtendedParameter)',
  FindFirstFileW: 'HANDLE FindFirstFileW(LPCWSTR lpFileName, LPWIN32_FIND_DATAW lpFindFileData)',
  FindNextFileW: 'BOOL FindNextFileW(HANDLE hFindFile, LPWIN32_FIND_DATAW lpFindFileData)',
  FindClose: 'BOOL FindClose(HANDLE hFindFile)',
  CreateFileMappingW: 'HANDLE CreateFileMappingW(HANDLE hFile, LPSECURITY_ATTRIBUTES lpFileMappingAttributes, DWORD flProtect, DWORD dwMaximumSizeHigh, DWORD dwMaximumSizeLow, LPCWSTR lpName)',
  MapViewOfFile: 'LPVOID MapViewOfFile(HANDLE hFileMappingObject, DWORD dwDesiredAccess, DWORD dwFileOffsetHigh, DWORD dwFileOffsetLow, SIZE_T dwNumberOfBytesToMap)',
  UnmapViewOfFile: 'BOOL UnmapViewOfFile(LPCVOID lpBaseAddress)',
});
const S = KERNEL32_FILE_SIGNATURES;

// dwCreationDisposition → NtCreateFile disposition.
const DISPOSITIONS: Readonly<Record<number, number>> = { 1: FILE_CREATE, 2: FILE_OVERWRITE_IF, 3: FILE_OPEN, 4: FILE_OPEN_IF, 5: FILE_OVERWRITE };
// CreateFile reports a name collision as ERROR_FILE_EXISTS, not RtlNtStatusToDosError's ERROR_ALREADY_EXISTS.
const CREATE_ERRORS: Readonly<Record<number, number>> = {
  [STATUS.STATUS_OBJECT_NAME_COLLISION]: WIN32_ERROR.ERROR_FILE_EXISTS,
};
// User-mode views, 64 KB aligned.
const VIEW_BASE = 0x10000000;

interface CreateArgs {
  api: string; name: string | null; access: number; share: number; sa: unknown; disposition: number; flags: number; tx: KObject | undefined;
}

function createFile(s: Store, a: CreateArgs): number {
  const disposition = DISPOSITIONS[a.disposition];
  if (disposition === undefined) return (fail(s, WIN32_ERROR.ERROR_INVALID_PARAMETER), INVALID_HANDLE_VALUE);
  if (a.name === null || a.name === '') return (fail(s, WIN32_ERROR.ERROR_PATH_NOT_FOUND), INVALID_HANDLE_VALUE);
  const r = openFile(s, { path: a.name, disposition, deleteOnClose: (a.flags & FILE_FLAG_DELETE_ON_CLOSE) !== 0, access: a.access, shareMode: a.share, transaction: a.tx });
  if (r.object === undefined) return (fail(s, CREATE_ERRORS[r.status] ?? ntStatusToDosError(r.status)), INVALID_HANDLE_VALUE);
  const h = insertHandle(s, r.object, { access: a.access, inherit: inherits(a.sa), openedBy: a.api });
  const existed = (a.disposition === CREATE_ALWAYS && r.information === FILE_OVERWRITTEN) || (a.disposition === OPEN_ALWAYS && r.information === FILE_OPENED);
  setLastError(s, existed ? WIN32_ERROR.ERROR_ALREADY_EXISTS : 0);
  return h;
}

/** Writes a WIN32_FIND_DATAW into a plain object, or into element 0 of an array. */
function fillFindData(out: unknown, name: string): void {
  const dir = name.endsWith('\\');
  writeStruct(out, { cFileName: dir ? name.slice(0, -1) : name, dwFileAttributes: dir ? FILE_ATTRIBUTE_DIRECTORY : FILE_ATTRIBUTE_NORMAL });
}

export function kernel32Files(s: Store) {
  return {
    CreateFileW(lpFileName: string | null, dwDesiredAccess: number, dwShareMode: number, lpSecurityAttributes: object | null,
      dwCreationDisposition: number, dwFlagsAndAttributes: number, hTemplateFile: number): number {
      validate(S.CreateFileW, arguments);
      return createFile(s, { api: 'CreateFileW', name: lpFileName, access: dwDesiredAccess, share: dwShareMode, sa: lpSecurityAttributes,
        disposition: dwCreationDisposition, flags: dwFlagsAndAttributes, tx: undefined });
    },
    CreateFileTransactedW(lpFileName: string | null, dwDesiredAccess: number, dwShareMode: number, lpSecurityAttributes: object | null,
      dwCreationDisposition: number, dwFlagsAndAttributes: number, hTemplateFile: number, hTransaction: number,
      pusMiniVersion: [number] | null, lpExtendedParameter: number | null): number {
      validate(S.CreateFileTransactedW, arguments);
      const tx = resolveObject(s, hTransaction, UserMode);
      if (tx?.transaction === undefined) return (fail(s, WIN32_ERROR.ERROR_INVALID_HANDLE), INVALID_HANDLE_VALUE);
      if (tx.transaction.state !== 'active') return (fail(s, WIN32_ERROR.ERROR_TRANSACTION_NOT_ACTIVE), INVALID_HANDLE_VALUE);
      return createFile(s, { api: 'CreateFileTransactedW', name: lpFileName, access: dwDesiredAccess, share: dwShareMode,
        sa: lpSecurityAttributes, disposition: dwCreationDisposition, flags: dwFlagsAndAttributes, tx });
    },
    FindFirstFileW(lpFileName: string | null, lpFindFileData: object | null): number {
      validate(S.FindFirstFileW, arguments);
      if (lpFileName === null || lpFileName === '') return (fail(s, WIN32_ERROR.ERROR_PATH_NOT_FOUND), INVALID_HANDLE_VALUE);
      // "An attempt to open a search with a trailing backslash always fails."
      const results = /[\\/]$/.test(lpFileName) ? [] : search(s, lpFileName);
      if (results === undefined) return (fail(s, WIN32_ERROR.ERROR_PATH_NOT_FOUND), INVALID_HANDLE_VALUE);
      if (results.length === 0) return (fail(s, WIN32_ERROR.ERROR_FILE_NOT_FOUND), INVALID_HANDLE_VALUE);
      const obj = newObject(s, 'Find', lpFileName);
      obj.find = { pattern: lpFileName, results, index: 1 };
      fillFindData(lpFindFileData, results[0]!);
      return insertHandle(s, obj, { access: 0, openedBy: 'FindFirstFileW', search: true });
    },
    FindNextFileW(hFindFile: number, lpFindFileData: object | null): number {
      validate(S.FindNextFileW, arguments);
      const find = lookup(s, hFindFile, UserMode)?.object.find;
      if (find === undefined) return fail(s, WIN32_ERROR.ERROR_INVALID_HANDLE);
      if (find.index >= find.results.length) return fail(s, WIN32_ERROR.ERROR_NO_MORE_FILES);
      fillFindData(lpFindFileData, find.results[find.index++]!);
      return 1;
    },
    FindClose(hFindFile: number): number {
      validate(S.FindClose, arguments);
      const entry = lookup(s, hFindFile, UserMode);
      if (entry === undefined || !entry.search) return fail(s, WIN32_ERROR.ERROR_INVALID_HANDLE);
      removeHandle(s, entry);
      return 1;
    },
    CreateFileMappingW(hFile: number, lpFileMappingAttributes: object | null, flProtect: number, dwMaximumSizeHigh: number,
      dwMaximumSizeLow: number, lpName: string | null): number {
      validate(S.CreateFileMappingW, arguments);
      const size = (dwMaximumSizeHigh >>> 0) * 2 ** 32 + (dwMaximumSizeLow >>> 0);
      let file: KObject | undefined;
      if (hFile === INVALID_HANDLE_VALUE) {
        if (size === 0) return fail(s, WIN32_ERROR.ERROR_INVALID_PARAMETER);
      } else {
        file = resolveObject(s, hFile, UserMode);
        if (file?.file === undefined) return fail(s, WIN32_ERROR.ERROR_INVALID_HANDLE);
      }
      const c = { api: 'CreateFileMappingW', name: lpName, kind: 'File mapping', access: SECTION_ALL_ACCESS, inherit: inherits(lpFileMappingAttributes) } as const;
      const opened = openIfNamed(s, c);
      if (opened !== undefined) return opened;
      const obj = newObject(s, 'File mapping');
      obj.section = { file, size, views: 0 };
      // The section holds the file open until it goes.
      if (file !== undefined) reference(file);
      return insertCreated(s, c, obj);
    },
    MapViewOfFile(hFileMappingObject: number, dwDesiredAccess: number, dwFileOffsetHigh: number, dwFileOffsetLow: number,
      dwNumberOfBytesToMap: number): number {
      validate(S.MapViewOfFile, arguments);
      const section = resolveObject(s, hFileMappingObject, UserMode);
      if (section?.section === undefined) return fail(s, WIN32_ERROR.ERROR_INVALID_HANDLE);
      const process = s.ctx.process;
      const address = VIEW_BASE + 0x10000 * ++s.nextView;
      process.views.set(address, { address, section, process, seq: ++s.nextSeq, where: whereOpened(s, 'mapped by MapViewOfFile') });
      section.section.views++;
      reference(section);
      return address;
    },
    UnmapViewOfFile(lpBaseAddress: number | bigint | null): number {
      validate(S.UnmapViewOfFile, arguments);
      const views = s.ctx.process.views;
      const view = views.get(Number(lpBaseAddress ?? 0));
      if (view === undefined) return fail(s, WIN32_ERROR.ERROR_INVALID_ADDRESS);
      views.delete(view.address);
      view.section.section!.views--;
      dereference(s, view.section);
      return 1;
    },
  };
}

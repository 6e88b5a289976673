// kernel32: handles, events, pseudo-handles and the last error. Files, search handles and file
// mappings are in kernel32-files.ts; both make up win.kernel32.
import { closeHandle } from '../core/close.js';
import { DUPLICATE_CLOSE_SOURCE, DUPLICATE_SAME_ACCESS, CURRENT_PROCESS, CURRENT_THREAD, EVENT_ALL_ACCESS, HANDLE_FLAG_INHERIT, HANDLE_FLAG_PROTECT_FROM_CLOSE, UserMode } from '../core/constants.js';
import { ntStatusToDosError, STATUS, WIN32_ERROR } from '../core/codes.js';
import { fail, setLastError } from '../core/context.js';
import { duplicate } from '../core/duplicate.js';
import { violate } from '../core/enforce.js';
import { findNamed, insertHandle, lookup, resolveObject } from '../core/object-manager.js';
import type { Store } from '../core/records.js';
import { signatures, validate } from '../core/signatures.js';
import { inherits } from '../core/structs.js';
import { newObject } from '../core/store.js';
import { kernel32Files, KERNEL32_FILE_SIGNATURES } from './kernel32-files.js';
import { insertCreated, openIfNamed } from './named-objects.js';

export const KERNEL32_HANDLE_SIGNATURES = signatures({
  CloseHandle: 'BOOL CloseHandle(HANDLE hObject)',
  DuplicateHandle: 'BOOL DuplicateHandle(HANDLE hSourceProcessHandle, HANDLE hSourceHandle, HANDLE hTargetProcessHandle, LPHANDLE lpTargetHandle, DWORD dwDesiredAccess, BOOL bInheritHandle, DWORD dwOptions)',
  GetHandleInformation: 'BOOL GetHandleInformation(HANDLE hObject, LPDWORD lpdwFlags)',
  SetHandleInformation: 'BOOL SetHandleInformation(HANDLE hObject, DWORD dwMask, DWORD dwFlags)',
  CompareObjectHandles: 'BOOL CompareObjectHandles(HANDLE hFirstObjectHandle, HANDLE hSecondObjectHandle)',
  CreateEventW: 'HANDLE CreateEventW(LPSECURITY_ATTRIBUTES lpEventAttributes, BOOL bManualReset, BOOL bInitialState, LPCWSTR lpName)',
  OpenEventW: 'HANDLE OpenEventW(DWORD dwDesiredAccess, BOOL bInheritHandle, LPCWSTR lpName)',
  GetCurrentProcess: 'HANDLE GetCurrentProcess(void)',
  GetCurrentThread: 'HANDLE GetCurrentThread(void)',
  GetLastError: 'DWORD GetLastError(void)',
  SetLastError: 'void SetLastError(DWORD dwErrCode)',
});
const S = KERNEL32_HANDLE_SIGNATURES;

export const KERNEL32_SIGNATURES = { ...KERNEL32_HANDLE_SIGNATURES, ...KERNEL32_FILE_SIGNATURES };

function handleEntry(s: Store, h: number) {
  const entry = lookup(s, h, UserMode);
  return entry === undefined || entry.search ? undefined : entry;
}

function kernel32Handles(s: Store) {
  return {
    CloseHandle(hObject: number): number {
      validate(S.CloseHandle, arguments);
      return closeHandle(s, hObject);
    },
    DuplicateHandle(hSourceProcessHandle: number, hSourceHandle: number, hTargetProcessHandle: number, lpTargetHandle: [number] | null,
      dwDesiredAccess: number, bInheritHandle: number, dwOptions: number): number {
      validate(S.DuplicateHandle, arguments);
      const r = duplicate(s, {
        api: 'DuplicateHandle', sourceProcess: hSourceProcessHandle, source: hSourceHandle, targetProcess: hTargetProcessHandle,
        access: dwDesiredAccess, inherit: bInheritHandle !== 0, protect: false, kernelTable: false,
        sameAccess: (dwOptions & DUPLICATE_SAME_ACCESS) !== 0, sameAttributes: false, closeSource: (dwOptions & DUPLICATE_CLOSE_SOURCE) !== 0,
        makeDuplicate: true, mode: UserMode,
        inspectSource: (obj) => {
          if (obj.kind === 'Socket') violate(s, 'duplicatehandle-socket', 'DuplicateHandle', `handle ${hSourceHandle} is a socket — use WSADuplicateSocket`);
        },
      });
      if (r.status !== STATUS.STATUS_SUCCESS) return fail(s, ntStatusToDosError(r.status));
      if (lpTargetHandle !== null && r.value !== undefined) lpTargetHandle[0] = r.value;
      return 1;
    },
    GetHandleInformation(hObject: number, lpdwFlags: [number] | null): number {
      validate(S.GetHandleInformation, arguments);
      // A pseudo-handle has no flags (as Wine answers; the document is silent).
      if (hObject === CURRENT_PROCESS || hObject === CURRENT_THREAD) return lpdwFlags === null ? 1 : ((lpdwFlags[0] = 0), 1);
      const entry = handleEntry(s, hObject);
      if (entry === undefined) return fail(s, WIN32_ERROR.ERROR_INVALID_HANDLE);
      if (lpdwFlags === null) return fail(s, WIN32_ERROR.ERROR_INVALID_PARAMETER);
      lpdwFlags[0] = (entry.inherit ? HANDLE_FLAG_INHERIT : 0) | (entry.protect ? HANDLE_FLAG_PROTECT_FROM_CLOSE : 0);
      return 1;
    },
    SetHandleInformation(hObject: number, dwMask: number, dwFlags: number): number {
      validate(S.SetHandleInformation, arguments);
      if (hObject === CURRENT_PROCESS || hObject === CURRENT_THREAD) return fail(s, WIN32_ERROR.ERROR_ACCESS_DENIED);
      const entry = handleEntry(s, hObject);
      if (entry === undefined) return fail(s, WIN32_ERROR.ERROR_INVALID_HANDLE);
      if (dwMask & HANDLE_FLAG_INHERIT) entry.inherit = (dwFlags & HANDLE_FLAG_INHERIT) !== 0;
      if (dwMask & HANDLE_FLAG_PROTECT_FROM_CLOSE) entry.protect = (dwFlags & HANDLE_FLAG_PROTECT_FROM_CLOSE) !== 0;
      return 1;
    },
    CompareObjectHandles(hFirstObjectHandle: number, hSecondObjectHandle: number): number {
      validate(S.CompareObjectHandles, arguments);
      const a = resolveObject(s, hFirstObjectHandle, UserMode);
      const b = resolveObject(s, hSecondObjectHandle, UserMode);
      if (a === undefined || b === undefined) return fail(s, WIN32_ERROR.ERROR_INVALID_HANDLE);
      return a === b ? 1 : fail(s, WIN32_ERROR.ERROR_NOT_SAME_OBJECT);
    },
    CreateEventW(lpEventAttributes: object | null, bManualReset: number, bInitialState: number, lpName: string | null): number {
      validate(S.CreateEventW, arguments);
      const c = { api: 'CreateEventW', name: lpName, kind: 'Event', access: EVENT_ALL_ACCESS, inherit: inherits(lpEventAttributes) } as const;
      const opened = openIfNamed(s, c);
      if (opened !== undefined) return opened;
      const obj = newObject(s, 'Event');
      obj.event = { manualReset: bManualReset !== 0, signaled: bInitialState !== 0 };
      return insertCreated(s, c, obj);
    },
    OpenEventW(dwDesiredAccess: number, bInheritHandle: number, lpName: string | null): number {
      validate(S.OpenEventW, arguments);
      if (lpName === null || lpName === '') return fail(s, WIN32_ERROR.ERROR_INVALID_PARAMETER);
      const existing = findNamed(s, lpName);
      if (existing === undefined) return fail(s, WIN32_ERROR.ERROR_FILE_NOT_FOUND);
      if (existing.kind !== 'Event') return fail(s, WIN32_ERROR.ERROR_INVALID_HANDLE);
      return insertHandle(s, existing, { access: dwDesiredAccess, inherit: bInheritHandle !== 0, openedBy: 'OpenEventW' });
    },
    GetCurrentProcess(): number {
      return CURRENT_PROCESS;
    },
    GetCurrentThread(): number {
      return CURRENT_THREAD;
    },
    GetLastError(): number {
      return s.ctx.thread.lastError;
    },
    SetLastError(dwErrCode: number): void {
      validate(S.SetLastError, arguments);
      setLastError(s, dwErrCode);
    },
  };
}

export function kernel32(s: Store) {
  return { ...kernel32Handles(s), ...kernel32Files(s) };
}

// A consumer module written against the per-DLL interfaces only: it runs on the mock in tests
// (win.kernel32, win.ntdll) and on the real DLLs through winhandle/koffi, unchanged.
//
// Open a named event, open it again by name, duplicate it, close every handle, then close one
// twice and report what each call returned.
import type { Kernel32, Ntdll } from '../types/index.js';

/** DuplicateHandle: the duplicate has the same access as the source. */
const DUPLICATE_SAME_ACCESS = 0x2;
/** GetCurrentProcess() */
const CURRENT_PROCESS = -1;

export interface CloseAllReport {
  /** GetLastError after CreateEventW made the event (0). */
  createError: number;
  /** GetLastError after CreateEventW opened it by name (ERROR_ALREADY_EXISTS). */
  reopenError: number;
  /** DuplicateHandle's BOOL. */
  duplicated: number;
  /** Whether the duplicate is another handle value than the source. */
  distinct: boolean;
  /** GetHandleInformation's BOOL and flags for the inheritable duplicate. */
  duplicateInfo: { result: number; flags: number };
  /** CloseHandle of the event and of the duplicate; NtClose of the handle opened by name. */
  closed: { event: number; duplicate: number; reopened: number };
  /** CloseHandle of the event again: FALSE and ERROR_INVALID_HANDLE. */
  closeAgain: { result: number; lastError: number };
  /** NtClose of the event again: STATUS_INVALID_HANDLE. */
  ntCloseAgain: number;
}

export function closeAll(k32: Kernel32, ntdll: Ntdll, name: string): CloseAllReport {
  const event = k32.CreateEventW(null, 1, 0, name);
  const createError = k32.GetLastError();
  const reopened = k32.CreateEventW(null, 1, 0, name);
  const reopenError = k32.GetLastError();

  const target: [number] = [0];
  const duplicated = k32.DuplicateHandle(CURRENT_PROCESS, event, CURRENT_PROCESS, target, 0, 1, DUPLICATE_SAME_ACCESS);
  const duplicate = target[0];
  const flags: [number] = [0xff];
  const info = k32.GetHandleInformation(duplicate, flags);

  const closed = { event: k32.CloseHandle(event), duplicate: k32.CloseHandle(duplicate), reopened: ntdll.NtClose(reopened) };
  const again = k32.CloseHandle(event);
  const lastError = k32.GetLastError();
  return {
    createError, reopenError, duplicated, distinct: duplicate !== event,
    duplicateInfo: { result: info, flags: flags[0] }, closed,
    closeAgain: { result: again, lastError }, ntCloseAgain: ntdll.NtClose(event),
  };
}

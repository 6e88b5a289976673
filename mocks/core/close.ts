// Closing a handle, as NtClose/ZwClose/FltClose do it (the status) and as CloseHandle does it
// (BOOL and last error, the debugger exception, and the object kinds CloseHandle must not close).
import { CURRENT_PROCESS, CURRENT_THREAD, UserMode, type ProcessorMode } from './constants.js';
import { STATUS, WIN32_ERROR } from './codes.js';
import { fail } from './context.js';
import { raise, violate } from './enforce.js';
import { WindowsException } from './errors.js';
import { lookup, removeHandle } from './object-manager.js';
import type { Store } from './records.js';

const hex = (h: number): string => (h < 0 ? `-0x${(-h).toString(16)}` : `0x${h.toString(16)}`);

/** NtClose semantics for a caller whose previous mode is `mode`. */
export function ntClose(s: Store, handle: number, mode: ProcessorMode): number {
  // Closing a pseudo-handle changes nothing.
  if (handle === CURRENT_PROCESS || handle === CURRENT_THREAD) return STATUS.STATUS_SUCCESS;
  const entry = lookup(s, handle, mode);
  if (entry === undefined || entry.search) return STATUS.STATUS_INVALID_HANDLE;
  if (entry.protect) return STATUS.STATUS_HANDLE_NOT_CLOSABLE;
  removeHandle(s, entry);
  return STATUS.STATUS_SUCCESS;
}

function debuggerException(s: Store, api: string, detail: string): never {
  return raise(s, new WindowsException(api, 'closehandle-debugger-exception', detail));
}

export function closeHandle(s: Store, handle: number): number {
  const api = 'CloseHandle';
  if (handle === CURRENT_PROCESS || handle === CURRENT_THREAD) {
    if (s.options.debuggerAttached) debuggerException(s, api, `${handle} is a pseudo-handle — pseudo-handles need no closing`);
    return 1;
  }
  const entry = lookup(s, handle, UserMode);
  if (entry === undefined) {
    if (s.options.debuggerAttached) debuggerException(s, api, `${hex(handle)} is not a valid handle (closed twice, never opened, or NULL)`);
    return fail(s, WIN32_ERROR.ERROR_INVALID_HANDLE);
  }
  if (entry.search) {
    violate(s, 'closehandle-findfirstfile', api, `${hex(handle)} is a FindFirstFileW search handle — close it with FindClose`);
    if (s.options.debuggerAttached) debuggerException(s, api, `${hex(handle)} is a search handle, not an object handle`);
    return fail(s, WIN32_ERROR.ERROR_INVALID_HANDLE);
  }
  const kind = entry.object.kind;
  if (kind === 'Key') {
    violate(s, 'closehandle-registry-key', api, `${hex(handle)} is a registry key handle — close it with RegCloseKey; the key stays open`);
    return 1;
  }
  if (kind === 'Socket') violate(s, 'closehandle-socket', api, `${hex(handle)} is a socket — close it with closesocket`);
  if (entry.protect) return fail(s, WIN32_ERROR.ERROR_INVALID_HANDLE);
  removeHandle(s, entry);
  return 1;
}

export { hex as handleText };

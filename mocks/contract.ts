// The mock's contract until the generator emits types/dlls/*.ts: the per-DLL interfaces and the
// typed lists of every function name each interface has. When the generated interfaces exist,
// these names are re-exported from ../types/index.js instead.
import type { advapi32 } from './dlls/advapi32.js';
import type { fltmgr } from './dlls/fltmgr.js';
import type { kernel32 } from './dlls/kernel32.js';
import type { ktmw32 } from './dlls/ktmw32.js';
import type { ntdll } from './dlls/ntdll.js';
import type { ntoskrnl } from './dlls/ntoskrnl.js';
import type { ws2_32 } from './dlls/ws2_32.js';

export type Kernel32 = ReturnType<typeof kernel32>;
export type Ntdll = ReturnType<typeof ntdll>;
export type Ntoskrnl = ReturnType<typeof ntoskrnl>;
export type Fltmgr = ReturnType<typeof fltmgr>;
export type Advapi32 = ReturnType<typeof advapi32>;
export type Ws2_32 = ReturnType<typeof ws2_32>;
export type Ktmw32 = ReturnType<typeof ktmw32>;

export const KERNEL32_FUNCTIONS = [
  'CloseHandle', 'CompareObjectHandles', 'CreateEventW', 'CreateFileMappingW', 'CreateFileTransactedW', 'CreateFileW',
  'DuplicateHandle', 'FindClose', 'FindFirstFileW', 'FindNextFileW', 'GetCurrentProcess', 'GetCurrentThread', 'GetHandleInformation',
  'GetLastError', 'MapViewOfFile', 'OpenEventW', 'SetHandleInformation', 'SetLastError', 'UnmapViewOfFile',
  'WaitForSingleObject', 'SetEvent', 'ResetEvent', 'OpenProcess', 'TerminateProcess',
] as const;
export const NTDLL_FUNCTIONS = ['NtClose', 'NtCreateKey', 'NtDuplicateObject', 'NtQueryObject', 'NtCreateFile', 'NtWaitForSingleObject'] as const;
export const NTOSKRNL_FUNCTIONS = [
  'ExGetPreviousMode', 'KeGetCurrentIrql', 'NtClose', 'NtCreateKey', 'NtDuplicateObject', 'NtQueryObject', 'ObDereferenceObject', 'ObReferenceObjectByHandle', 'ZwClose',
  'ZwCreateKey', 'ZwDuplicateObject', 'ZwQueryObject', 'ZwCreateFile', 'ZwOpenKey', 'ZwMakeTemporaryObject',
] as const;
export const FLTMGR_FUNCTIONS = ['FltClose', 'FltCreateFile', 'FltCreateFileEx', 'FltRegisterFilter', 'FltReadFile'] as const;
export const ADVAPI32_FUNCTIONS = ['RegCloseKey', 'RegOpenKeyExW', 'RegCreateKeyExW', 'RegQueryValueExW'] as const;
export const WS2_32_FUNCTIONS = ['WSACleanup', 'WSAGetLastError', 'WSAStartup', 'closesocket', 'socket', 'connect', 'send', 'recv'] as const;
export const KTMW32_FUNCTIONS = ['CommitTransaction', 'CreateTransaction', 'RollbackTransaction'] as const;

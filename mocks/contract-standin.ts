// Stand-in for the generated contract (../types/index.js: the per-DLL interfaces and their
// *_FUNCTIONS lists) until the generator emits types/dlls/. Names as the generator emits them from
// the seeds; signatures taken from the mock's built-ins. contract.ts is the only importer: the
// switch is its two import lines.
import type { advapi32 } from './dlls/advapi32.js';
import type { fltmgr } from './dlls/fltmgr.js';
import type { kernel32 } from './dlls/kernel32.js';
import type { ktmw32 } from './dlls/ktmw32.js';
import type { ntdll } from './dlls/ntdll.js';
import type { ntoskrnl } from './dlls/ntoskrnl.js';
import type { ws2_32 } from './dlls/ws2_32.js';

export const KERNEL32_FUNCTIONS = [
  'CloseHandle', 'CompareObjectHandles', 'CreateEventW', 'CreateFileMappingW', 'CreateFileTransactedW', 'CreateFileW', 'DuplicateHandle',
  'FindClose', 'FindFirstFileW', 'GetCurrentProcess', 'GetCurrentThread', 'GetHandleInformation', 'GetLastError', 'MapViewOfFile',
  'OpenEventW', 'SetHandleInformation', 'SetLastError', 'UnmapViewOfFile', 'WaitForSingleObject',
] as const;
export const NTDLL_FUNCTIONS = ['NtClose', 'NtCreateKey', 'NtDuplicateObject', 'NtQueryObject', 'NtCreateFile'] as const;
export const NTOSKRNL_FUNCTIONS = [
  'ExGetPreviousMode', 'KeGetCurrentIrql', 'NtClose', 'NtCreateKey', 'NtDuplicateObject', 'NtQueryObject', 'ObDereferenceObject',
  'ObReferenceObjectByHandle', 'ZwClose', 'ZwCreateKey', 'ZwDuplicateObject', 'ZwMakeTemporaryObject',
] as const;
export const FLTMGR_FUNCTIONS = ['FltClose', 'FltCreateFile', 'FltCreateFileEx', 'FltReadFile'] as const;
export const ADVAPI32_FUNCTIONS = ['RegCloseKey', 'RegOpenKeyExW', 'RegQueryValueExW'] as const;
export const WS2_32_FUNCTIONS = ['closesocket', 'socket', 'connect'] as const;
export const KTMW32_FUNCTIONS = ['CommitTransaction', 'CreateTransaction', 'RollbackTransaction'] as const;

type Unknown = (...args: unknown[]) => unknown;
type Interface<Impl, Names extends readonly string[]> = { [K in Names[number]]: K extends keyof Impl ? Impl[K] : Unknown };

export type Kernel32 = Interface<ReturnType<typeof kernel32>, typeof KERNEL32_FUNCTIONS>;
export type Ntdll = Interface<ReturnType<typeof ntdll>, typeof NTDLL_FUNCTIONS>;
export type Ntoskrnl = Interface<ReturnType<typeof ntoskrnl>, typeof NTOSKRNL_FUNCTIONS>;
export type Fltmgr = Interface<ReturnType<typeof fltmgr>, typeof FLTMGR_FUNCTIONS>;
export type Advapi32 = Interface<ReturnType<typeof advapi32>, typeof ADVAPI32_FUNCTIONS>;
export type Ws2_32 = Interface<ReturnType<typeof ws2_32>, typeof WS2_32_FUNCTIONS>;
export type Ktmw32 = Interface<ReturnType<typeof ktmw32>, typeof KTMW32_FUNCTIONS>;

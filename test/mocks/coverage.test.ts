// API coverage as a typed list checked against the interface: every function of every DLL
// interface is either implemented by the mock or throws "not mocked"; the functions the issue
// names behave (they are built-ins).
import { describe, expect, it } from 'vitest';
import * as contract from '../../mocks/contract.js';
import { MOCK_ONLY_FUNCTIONS } from '../../mocks/contract.js';
import { createStore } from '../../mocks/core/store.js';
import { DLL_NAMES, DLLS } from '../../mocks/dlls/index.js';
import { world } from './support.js';

const INTERFACE_FUNCTIONS = {
  kernel32: contract.KERNEL32_FUNCTIONS, ntdll: contract.NTDLL_FUNCTIONS, ntoskrnl: contract.NTOSKRNL_FUNCTIONS, fltmgr: contract.FLTMGR_FUNCTIONS,
  advapi32: contract.ADVAPI32_FUNCTIONS, ws2_32: contract.WS2_32_FUNCTIONS, ktmw32: contract.KTMW32_FUNCTIONS,
};

const REQUIRED: Record<string, string[]> = {
  kernel32: ['CloseHandle', 'DuplicateHandle', 'GetHandleInformation', 'SetHandleInformation', 'CompareObjectHandles', 'CreateEventW', 'OpenEventW',
    'GetCurrentProcess', 'GetCurrentThread', 'GetLastError', 'SetLastError', 'FindFirstFileW', 'FindClose', 'CreateFileW', 'CreateFileMappingW',
    'MapViewOfFile', 'UnmapViewOfFile', 'CreateFileTransactedW'],
  ktmw32: ['CreateTransaction', 'CommitTransaction'],
  ntdll: ['NtClose', 'NtDuplicateObject', 'NtQueryObject'],
  ntoskrnl: ['NtClose', 'ZwClose', 'ZwDuplicateObject', 'ZwCreateKey', 'ObReferenceObjectByHandle', 'ObDereferenceObject', 'ExGetPreviousMode', 'KeGetCurrentIrql'],
  fltmgr: ['FltClose', 'FltCreateFile', 'FltCreateFileEx'],
  advapi32: ['RegOpenKeyExW', 'RegCloseKey'],
  ws2_32: ['socket', 'closesocket'],
};

describe.each(DLL_NAMES)('%s', (dll) => {
  const spec = DLLS[dll];
  const store = createStore({ mode: 'strict', debuggerAttached: false, handleReuse: 'windows', recordCalls: false, captureStacks: 0, processName: 'app.exe' });
  const builtins = Object.keys(spec.create(store)).sort();

  it('implements the functions the issue names, each with a documented signature', () => {
    for (const name of REQUIRED[dll]!) expect(builtins).toContain(name);
    expect(Object.keys(spec.signatures).sort()).toEqual(builtins);
  });

  it('every built-in is a function of the interface, or one of the few the documents do not describe', () => {
    const extras: readonly string[] = MOCK_ONLY_FUNCTIONS[dll];
    const listed: readonly string[] = INTERFACE_FUNCTIONS[dll];
    for (const name of builtins) expect(listed.includes(name) || extras.includes(name), name).toBe(true);
    for (const name of extras) {
      expect(builtins).toContain(name);
      expect(listed).not.toContain(name);
    }
    expect(spec.functions).toEqual([...listed, ...extras]);
  });

  it('every other function of the interface throws "not mocked" naming it and win.use', () => {
    const win = world('strict');
    const surface = win[dll] as unknown as Record<string, (...args: unknown[]) => unknown>;
    const others = spec.functions.filter((name) => !builtins.includes(name));
    for (const name of spec.functions) expect(typeof surface[name]).toBe('function');
    for (const name of others) {
      expect(() => surface[name]!()).toThrow(`[winhandle] not mocked: ${name} — provide it with win.use(`);
    }
  });
});

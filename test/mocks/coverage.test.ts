// API coverage as a typed list checked against the interface: every function of every DLL
// interface is either implemented by the mock or throws "not mocked"; the functions the issue
// names behave (they are built-ins).
import { describe, expect, it } from 'vitest';
import { createStore } from '../../mocks/core/store.js';
import { DLL_NAMES, DLLS } from '../../mocks/dlls/index.js';
import { world } from './support.js';

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

  it('every built-in is a function of the interface', () => {
    for (const name of builtins) expect(spec.functions).toContain(name);
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

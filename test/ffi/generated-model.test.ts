// The bindings built from the generated model (types/api-model.json, the loaders' default) against
// the C double, for the functions whose types the seeds give (NtClose, CloseHandle); and every
// function of the generated user-mode interfaces either binds or says which type stops it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiModel } from '../../types/model.js';
import { NTSTATUS, WIN32_ERROR } from '../../types/status/index.js';
import { functionSignature } from '../../ffi/bind-function.js';
import { dllSurface } from '../../ffi/dll-surface.js';
import { FfiError, loadLibrary } from '../../ffi/index.js';
import { TypeMapper } from '../../ffi/type-map.js';
import { compileDouble, doubleInternals, type CompiledDouble } from './support/double.js';

let compiled: CompiledDouble;
beforeAll(() => (compiled = compileDouble()));
afterAll(() => compiled.remove());

describe('the generated model against the C double', () => {
  it('NtClose (Ntdll, no import library) returns NTSTATUS members and takes kernel-style handles', () => {
    expect(apiModel.entries.find((e) => e.id === 'winternl.NtClose')?.noImportLibrary).toBe(true);
    const ntdll = loadLibrary(compiled.path, 'Ntdll');
    for (const h of [-2147483644, 0x1000]) {
      expect(ntdll.NtClose(h)).toBe(NTSTATUS.STATUS_INVALID_HANDLE);
      expect(doubleInternals(compiled.path).lastHandle()).toBe(h);
    }
    expect(ntdll.NtClose(-1)).toBe(NTSTATUS.STATUS_SUCCESS);
  });

  it('CloseHandle (Kernel32) returns BOOL as a number and reaches the documented last error', () => {
    const k32 = loadLibrary(compiled.path, 'Kernel32');
    expect(k32.CloseHandle(-2)).toBe(1);
    expect(k32.CloseHandle(0x1000)).toBe(0);
    expect(doubleInternals(compiled.path).lastHandle()).toBe(0x1000);
    // GetLastError's return type is not in the generated model yet: read it through koffi directly.
    expect(doubleInternals(compiled.path).lastError()).toBe(WIN32_ERROR.ERROR_INVALID_HANDLE);
  });
});

describe('every function of the generated user-mode interfaces', () => {
  const types = new TypeMapper(apiModel);
  const user = Object.entries(apiModel.dlls).filter(([, d]) => d.mode === 'user').map(([iface]) => dllSurface(apiModel, iface));
  const functions = user.flatMap((s) => [...s.functions].map(([name, entry]) => ({ owner: `${s.iface}.${name}`, entry })));

  it.each(functions.map((f) => [f.owner, f] as const))('%s binds, or an FfiError names the function and what stops it', (owner, { entry }) => {
    try {
      const sig = functionSignature(entry, owner, types);
      expect(sig.params).toHaveLength(entry.parameters.length);
    } catch (error) {
      expect(error).toBeInstanceOf(FfiError);
      expect((error as Error).message).toMatch(new RegExp(`^\\[winhandle\\] cannot bind ${owner.replace('.', '\\.')}(,|:)`));
    }
  });
});

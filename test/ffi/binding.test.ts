// How the bindings are made: from the model, lazily, with clear errors for what cannot be bound.
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiModel, Entry } from '../../generator/model/schema.js';
import { FfiError, loadLibrary, type BoundFunctions } from '../../ffi/index.js';
import { NTSTATUS } from '../../types/status/index.js';
import { compileDouble, fixtureModel, type CompiledDouble } from './support/double.js';
import { thrown } from './support/thrown.js';

let compiled: CompiledDouble;
beforeAll(() => (compiled = compileDouble()));
afterAll(() => compiled.remove());

// The module object the bindings require (an ESM default import may be a copy of it).
const koffi = createRequire(import.meta.url)('koffi') as typeof import('koffi');
const load = koffi.load;
afterEach(() => void (koffi.load = load));

/** Spies on the library objects koffi.load returns: every lib.func call is recorded (until the test ends). */
function spyOnFunc(): unknown[][] {
  const calls: unknown[][] = [];
  koffi.load = (...args: Parameters<typeof load>) => {
    const lib = load(...args);
    const real = lib.func.bind(lib) as (...args: unknown[]) => unknown;
    return { ...lib, func: (...args: unknown[]) => (calls.push(args), real(...args)) } as typeof lib;
  };
  return calls;
}

/** The fixture with one more function in `dll`. */
function withFunction(dll: string, entry: Partial<Entry> & { name: string }): ApiModel {
  const model = fixtureModel();
  const template = model.entries.find((e) => e.id === 'handleapi.CloseHandle')!;
  const id = `${entry.header ?? 'extra'}.${entry.name}`;
  model.entries.push({ ...structuredClone(template), ...entry, id, dllInterface: dll });
  model.dlls[dll]!.entries.push(id);
  return model;
}

describe('lazy binding', () => {
  it('loading binds nothing; the first call binds that one function, once', () => {
    const calls = spyOnFunc();
    const k32 = loadLibrary<BoundFunctions>(compiled.path, 'Kernel32', { model: fixtureModel() });
    expect(calls).toEqual([]);
    expect(Object.keys(k32).sort()).toEqual(['CloseHandle', 'CreateEventW', 'DuplicateHandle', 'GetHandleInformation', 'GetLastError', 'SetLastError']);
    k32.SetLastError!(5);
    expect(k32.GetLastError!()).toBe(5);
    expect(k32.GetLastError!()).toBe(5);
    expect(calls.map((c) => c[1])).toEqual(['SetLastError', 'GetLastError']);
  });

  it('declares __stdcall where the document says WINAPI or NTAPI, and the default convention otherwise', () => {
    const calls = spyOnFunc();
    const model = fixtureModel();
    delete model.entries.find((e) => e.name === 'GetLastError')!.callingConvention;
    const k32 = loadLibrary<BoundFunctions>(compiled.path, 'Kernel32', { model });
    loadLibrary<BoundFunctions>(compiled.path, 'Ntdll', { model }).NtClose!(0x1000);
    k32.CloseHandle!(0x1000);
    k32.GetLastError!();
    expect(calls.map((c) => c.slice(0, 2))).toEqual([['__stdcall', 'NtClose'], ['__stdcall', 'CloseHandle'], ['GetLastError', 'uint32']]);
  });
});

describe('missing exports', () => {
  it('a function without an import library is resolved at its first call; a missing one names the DLL and the function', () => {
    const model = withFunction('Ntdll', { name: 'NtQueryObject', header: 'winternl', noImportLibrary: true, callingConvention: 'NTAPI' });
    const ntdll = loadLibrary<BoundFunctions>(compiled.path, 'Ntdll', { model, eager: true });
    expect(ntdll.NtClose!(0x1000)).toBe(NTSTATUS.STATUS_INVALID_HANDLE);
    const error = thrown(() => ntdll.NtQueryObject!(0x1000));
    expect(error).toBeInstanceOf(FfiError);
    expect(error.message).toMatch(/^\[winhandle\] Ntdll\.dll does not export NtQueryObject \(it has no import library: it is looked up with GetProcAddress/);
    expect(error.message).toContain(compiled.path);
  });

  it('lazily, a missing function with an import library fails only when called', () => {
    const model = withFunction('Kernel32', { name: 'CompareObjectHandles' });
    const k32 = loadLibrary<BoundFunctions>(compiled.path, 'Kernel32', { model });
    expect(k32.CloseHandle!(-1)).toBe(1);
    expect(thrown(() => k32.CompareObjectHandles!(-1, -1)).message).toContain('Kernel32.dll does not export CompareObjectHandles:');
  });

  it('eagerly, a missing function with an import library fails the load, as a missing import does', () => {
    const model = withFunction('Kernel32', { name: 'CompareObjectHandles' });
    expect(() => loadLibrary<BoundFunctions>(compiled.path, 'Kernel32', { model, eager: true })).toThrow(/Kernel32\.dll does not export CompareObjectHandles/);
  });
});

describe('types that cannot be bound', () => {
  it('an unknown C type is an error at bind time naming the function and parameter', () => {
    const model = withFunction('Kernel32', {
      name: 'FrobnicateHandle',
      parameters: [{ name: 'hObject', direction: 'in', optional: false, type: { c: 'HANDLE', source: 'document-prototype' }, description: '' },
        { name: 'pWidget', direction: 'in', optional: true, type: { c: 'PWIDGET', source: 'document-prototype' }, description: '' }],
    });
    const k32 = loadLibrary<BoundFunctions>(compiled.path, 'Kernel32', { model });
    expect(() => k32.FrobnicateHandle!(4, null)).toThrow(
      '[winhandle] cannot bind Kernel32.FrobnicateHandle, parameter pWidget: the C type PWIDGET is neither in the base-type table');
    expect(() => loadLibrary<BoundFunctions>(compiled.path, 'Kernel32', { model, eager: true })).toThrow('Kernel32.FrobnicateHandle, parameter pWidget');
  });

  it('an unresolved type and an unknown calling convention are named too', () => {
    const model = withFunction('Kernel32', { name: 'Vague', return: { type: { c: 'unknown', source: 'unresolved' }, description: '', codes: [] } });
    model.entries.find((e) => e.name === 'CloseHandle')!.callingConvention = '__vectorcall';
    const k32 = loadLibrary<BoundFunctions>(compiled.path, 'Kernel32', { model });
    expect(() => k32.Vague!(4)).toThrow('cannot bind Kernel32.Vague, return value: the model has no C type for it');
    expect(() => k32.CloseHandle!(4)).toThrow('cannot bind Kernel32.CloseHandle: calling convention __vectorcall is not known');
  });

  it('a struct member of a type the model does not describe is named with its struct', () => {
    const model = fixtureModel();
    const struct = model.entries.find((e) => e.kind === 'struct')!;
    struct.fields[1]!.type = { c: 'PSECURITY_DESCRIPTOR_X', source: 'c-declaration' };
    const k32 = loadLibrary<BoundFunctions>(compiled.path, 'Kernel32', { model });
    expect(() => k32.CreateEventW!(null, 0, 0, null)).toThrow('cannot bind _SECURITY_ATTRIBUTES, field lpSecurityDescriptor');
  });
});

describe('models and libraries', () => {
  it('a DLL the model does not have is named with the ones it has', () => {
    expect(() => loadLibrary<BoundFunctions>(compiled.path, 'User32', { model: fixtureModel() })).toThrow(
      '[winhandle] the API model has no DLL interface User32; it has Advapi32, Fltmgr, Kernel32, Ktmw32, Ntdll, Ntoskrnl, Ws2_32');
  });

  it('a model that breaks the schema is refused, naming where', () => {
    const model = fixtureModel() as unknown as { entries: { noImportLibrary: unknown }[] };
    model.entries[0]!.noImportLibrary = 'yes';
    expect(() => loadLibrary<BoundFunctions>(compiled.path, 'Ntdll', { model: model as unknown as ApiModel })).toThrow(
      /\[winhandle\] the model passed to the loader is not an API model: entries\.0\.noImportLibrary: /);
  });

  it('a library that cannot be opened is named with the image it stands for', () => {
    expect(() => loadLibrary<BoundFunctions>('/nonexistent/kernel32.so', 'Kernel32', { model: fixtureModel() })).toThrow(
      /^\[winhandle\] cannot load Kernel32\.dll for Kernel32 from \/nonexistent\/kernel32\.so: /);
  });
});

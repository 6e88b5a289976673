// The C header reader over the real mingw-w64 headers (Debian mingw-w64-x86-64-dev), the
// signature source of `winhandle generate --headers`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ParsedDocument, type CParam } from '../../../generator/model/schema.js';
import { parseCHeader } from '../../../generator/parse/c/c-header.js';
import type { ParseResult } from '../../../generator/parse/parse-result.js';

const INCLUDE = '/usr/share/mingw-w64/include';
const HEADERS = [
  'winternl.h', 'handleapi.h', 'ddk/ntifs.h', 'ddk/wdm.h', 'winbase.h', 'synchapi.h', 'fileapi.h', 'memoryapi.h',
  'processthreadsapi.h', 'errhandlingapi.h', 'winreg.h', 'winsock2.h', 'ktmw32.h', 'ntstatus.h', 'winerror.h',
];

const parsed = new Map<string, ParseResult & { text: string }>();

beforeAll(() => {
  if (!existsSync(INCLUDE)) {
    throw new Error(`${INCLUDE} is missing: these tests read the real mingw-w64 headers; run \`apt-get install mingw-w64-x86-64-dev\``);
  }
  for (const header of HEADERS) {
    const text = readFileSync(path.join(INCLUDE, header), 'utf8');
    parsed.set(header, { ...parseCHeader({ path: header, text }), text });
  }
});

function fn(header: string, name: string) {
  const doc = parsed.get(header)!.documents.find((d) => d.kind === 'function' && d.name === name);
  if (!doc?.prototype) throw new Error(`${name} not found in ${header}`);
  return { doc, prototype: doc.prototype };
}
const named = (params: CParam[]): string[] => params.map((p) => `${p.type} ${p.name}`);

describe('every header', () => {
  it('parses without errors into valid documents with file:line problems', () => {
    for (const [header, result] of parsed) {
      expect(result.problems.filter((p) => p.fatal), header).toEqual([]);
      const lines = result.text.split('\n').length;
      for (const p of result.problems) {
        expect(p.place.file).toBe(header);
        expect(p.place.line).toBeGreaterThanOrEqual(1);
        expect(p.place.line).toBeLessThanOrEqual(lines);
      }
      for (const doc of result.documents) ParsedDocument.parse(doc);
    }
  });

  it('names the header by its base name in lower case', () => {
    expect(parsed.get('ddk/ntifs.h')!.documents[0]!.header).toBe('ntifs');
    expect(parsed.get('ddk/wdm.h')!.documents[0]!.header).toBe('wdm');
    expect(parsed.get('handleapi.h')!.documents[0]!.header).toBe('handleapi');
  });
});

describe('the handle functions', () => {
  it('NtClose in winternl.h: as written, without annotations', () => {
    const { prototype } = fn('winternl.h', 'NtClose');
    expect(prototype).toMatchObject({ returnType: 'NTSTATUS', callingConvention: 'NTAPI', qualifiers: [] });
    expect(prototype.params).toEqual([{ name: 'Handle', type: 'HANDLE', annotations: [] }]);
  });

  it('NtClose in ntifs.h: IN gives the direction', () => {
    const { prototype } = fn('ddk/ntifs.h', 'NtClose');
    expect(prototype).toMatchObject({ returnType: 'NTSTATUS', callingConvention: 'NTAPI', qualifiers: ['NTSYSCALLAPI'], place: { file: 'ddk/ntifs.h' } });
    expect(prototype.params).toEqual([{ name: 'Handle', type: 'HANDLE', annotations: ['IN'], direction: 'in', optional: false }]);
  });

  it('ZwClose in wdm.h', () => {
    const { prototype } = fn('ddk/wdm.h', 'ZwClose');
    expect(prototype).toMatchObject({ returnType: 'NTSTATUS', callingConvention: 'NTAPI', qualifiers: ['NTSYSAPI'] });
    expect(prototype.params).toEqual([{ name: 'Handle', type: 'HANDLE', annotations: ['IN'], direction: 'in', optional: false }]);
  });

  it('CloseHandle and DuplicateHandle in handleapi.h: WINBOOL read as BOOL, out types kept as written', () => {
    const close = fn('handleapi.h', 'CloseHandle').prototype;
    expect(close).toMatchObject({ returnType: 'BOOL', callingConvention: 'WINAPI', qualifiers: ['WINBASEAPI'] });
    expect(close.params).toEqual([{ name: 'hObject', type: 'HANDLE', annotations: [] }]);
    const dup = fn('handleapi.h', 'DuplicateHandle').prototype;
    expect(dup.returnType).toBe('BOOL');
    expect(named(dup.params)).toEqual([
      'HANDLE hSourceProcessHandle', 'HANDLE hSourceHandle', 'HANDLE hTargetProcessHandle', 'LPHANDLE lpTargetHandle',
      'DWORD dwDesiredAccess', 'BOOL bInheritHandle', 'DWORD dwOptions',
    ]);
    expect(dup.params.every((p) => p.direction === undefined && p.annotations.length === 0)).toBe(true);
  });

  it('ZwDuplicateObject in ntifs.h: IN OUT and OPTIONAL', () => {
    const { prototype } = fn('ddk/ntifs.h', 'ZwDuplicateObject');
    const target = prototype.params.find((p) => p.name === 'TargetHandle');
    expect(target).toEqual({ name: 'TargetHandle', type: 'PHANDLE', annotations: ['OUT', 'OPTIONAL'], direction: 'out', optional: true });
  });

  it('finds every function the mock implements in its header', () => {
    const where: Record<string, string[]> = {
      'handleapi.h': ['CloseHandle', 'DuplicateHandle', 'GetHandleInformation', 'SetHandleInformation', 'CompareObjectHandles'],
      'synchapi.h': ['CreateEventW', 'OpenEventW'],
      'processthreadsapi.h': ['GetCurrentProcess', 'GetCurrentThread'],
      'errhandlingapi.h': ['GetLastError', 'SetLastError'],
      'winreg.h': ['RegOpenKeyExW', 'RegCloseKey'],
      'fileapi.h': ['FindFirstFileW', 'FindClose', 'CreateFileW'],
      'memoryapi.h': ['CreateFileMappingW', 'MapViewOfFile', 'UnmapViewOfFile'],
      'winbase.h': ['CreateFileTransactedW'],
      'ktmw32.h': ['CreateTransaction', 'CommitTransaction'],
      'winsock2.h': ['closesocket', 'socket'],
      'ddk/ntifs.h': ['ZwDuplicateObject', 'NtQueryObject'],
      'ddk/wdm.h': ['ObReferenceObjectByHandle', 'ZwCreateKey', 'ExGetPreviousMode'],
    };
    for (const [header, names] of Object.entries(where)) for (const name of names) expect(fn(header, name).prototype.name).toBe(name);
    expect(fn('errhandlingapi.h', 'GetLastError').prototype.params).toEqual([]);
  });

  it('makes `#define ObDereferenceObject ObfDereferenceObject` an alias', () => {
    expect(fn('ddk/wdm.h', 'ObfDereferenceObject').doc.aliases).toContain('ObDereferenceObject');
  });
});

describe('declarations around the functions', () => {
  it('reads struct members with their C types and typedef names', () => {
    const doc = parsed.get('ddk/ntifs.h')!.documents.find((d) => d.name === '_FILE_RENAME_INFORMATION')!;
    expect(doc.kind).toBe('struct');
    expect(doc.aliases).toEqual(['FILE_RENAME_INFORMATION', 'PFILE_RENAME_INFORMATION']);
    expect(doc.fields.map((f) => `${f.cType} ${f.name}`)).toEqual(['BOOLEAN ReplaceIfExists', 'HANDLE RootDirectory', 'ULONG FileNameLength', 'WCHAR[1] FileName']);
  });

  it('names members of anonymous unions by a dotted path', () => {
    const doc = parsed.get('ddk/wdm.h')!.documents.find((d) => d.name === '_IO_STATUS_BLOCK')!;
    expect(doc.fields.map((f) => f.name)).toEqual(['DUMMYUNIONNAME.Status', 'DUMMYUNIONNAME.Pointer', 'Information']);
  });

  it('expands declaration macros inside structs (FSRTL_COMMON_FCB_HEADER_LAYOUT)', () => {
    const doc = parsed.get('ddk/ntifs.h')!.documents.find((d) => d.name === '_FSRTL_ADVANCED_FCB_HEADER')!;
    expect(doc.fields.map((f) => f.name).slice(0, 3)).toEqual(['NodeTypeCode', 'NodeByteSize', 'Flags']);
    expect(doc.fields.map((f) => f.name)).toContain('FastMutex');
  });

  it('reads enum values, implicit ones counted on', () => {
    const doc = parsed.get('ddk/wdm.h')!.documents.find((d) => d.name === '_FILE_INFORMATION_CLASS')!;
    const values = new Map(doc.enumValues.map((v) => [v.name, v.value]));
    expect(values.get('FileDirectoryInformation')).toBe(1);
    expect(values.get('FileBasicInformation')).toBe(4);
    expect(values.get('FileRenameInformation')).toBe(10);
  });

  it('reads function typedefs as callbacks with their pointer typedef as alias', () => {
    const doc = parsed.get('ddk/wdm.h')!.documents.find((d) => d.name === 'DRIVER_UNLOAD')!;
    expect(doc.kind).toBe('callback');
    expect(doc.aliases).toEqual(['PDRIVER_UNLOAD']);
    expect(named(doc.prototype!.params)).toEqual(['struct _DRIVER_OBJECT * DriverObject']);
  });

  it('keeps the first of two different declarations and warns with file:line', () => {
    const { prototype } = fn('ddk/ntifs.h', 'RtlGenerate8dot3Name');
    expect(prototype.returnType).toBe('NTSTATUS');
    const warning = parsed.get('ddk/ntifs.h')!.problems.find((p) => p.rule === 'c-header/duplicate-declaration' && p.message.startsWith('RtlGenerate8dot3Name'));
    expect(warning).toMatchObject({ fatal: false, place: { file: 'ddk/ntifs.h' } });
    expect(warning!.place.line).toBeGreaterThan(prototype.place.line);
  });

  it('reads status constants', () => {
    const constants = parsed.get('ntstatus.h')!.documents.flatMap((d) => d.constants);
    expect(constants.find((c) => c.name === 'STATUS_INVALID_HANDLE')).toMatchObject({ value: 0xc0000008, type: 'NTSTATUS' });
    const errors = parsed.get('winerror.h')!.documents.flatMap((d) => d.constants);
    expect(errors.find((c) => c.name === 'ERROR_INVALID_HANDLE')).toMatchObject({ value: 6, type: 'LONG' });
    expect(errors.find((c) => c.name === 'WSAEINTR')?.value).toBe(10004);
  });
});

describe('broken real headers', () => {
  it('never throws on any truncation of handleapi.h', () => {
    const text = parsed.get('handleapi.h')!.text;
    for (let cut = 0; cut <= text.length; cut += 7) {
      const result = parseCHeader({ path: 'handleapi.h', text: text.slice(0, cut) });
      for (const p of result.problems) expect(p.place.line).toBeGreaterThanOrEqual(1);
    }
  });

  it('never throws on winternl.h with bytes deleted, duplicated or replaced', () => {
    const text = parsed.get('winternl.h')!.text;
    const edit = fc.record({ at: fc.nat({ max: text.length }), length: fc.nat({ max: 400 }), insert: fc.string({ unit: 'binary', maxLength: 20 }), twice: fc.boolean() });
    fc.assert(fc.property(edit, ({ at, length, insert, twice }) => {
      const piece = text.slice(at, at + length);
      const mutated = twice ? text.slice(0, at) + piece + piece + text.slice(at) : text.slice(0, at) + insert + text.slice(at + length);
      const result = parseCHeader({ path: 'winternl.h', text: mutated });
      for (const doc of result.documents) ParsedDocument.parse(doc);
    }), { numRuns: 60 });
  });
});

// The default build: the seeds give the documented signatures, merged facts and links.
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../../generator/generate.js';
import { ApiModel, type Entry } from '../../generator/model/schema.js';

let result: GenerateResult;
let model: ApiModel;
const entry = (id: string): Entry => {
  const found = model.entries.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id}; have ${model.entries.map((e) => e.id).join(', ')}`);
  return found;
};
const signature = (e: Entry): string =>
  `${e.name}(${e.parameters.map((p) => `${p.name}: ${p.type.c}`).join(', ')}): ${e.return?.type.c}`;

beforeAll(async () => {
  result = await generate({ write: false, progress: 'silent' });
  model = ApiModel.parse(JSON.parse(result.files.get('api-model.json')!));
});

describe('the seeds', () => {
  it('parse without errors', () => {
    expect(result.problems.filter((p) => p.fatal)).toEqual([]);
  });

  it('give the documented signatures', () => {
    expect(signature(entry('winternl.NtClose'))).toBe('NtClose(Handle: HANDLE): NTSTATUS');
    expect(signature(entry('ntifs.NtClose'))).toBe('NtClose(Handle: HANDLE): NTSTATUS');
    expect(signature(entry('wdm.ZwClose'))).toBe('ZwClose(Handle: HANDLE): NTSTATUS');
    expect(signature(entry('handleapi.CloseHandle'))).toBe('CloseHandle(hObject: HANDLE): BOOL');
    expect(signature(entry('fltkernel.FltClose'))).toBe('FltClose(FileHandle: HANDLE): NTSTATUS');
  });

  it('record where each type came from, naming the sentence of an inference', () => {
    const ntifs = entry('ntifs.NtClose');
    expect(ntifs.parameters[0]!.type.source).toBe('document-prototype');
    expect(ntifs.provenance['parameters.Handle.type']).toMatchObject({ file: 'seeds/001_e837603edf00260b.txt', via: 'document-prototype' });
    const close = entry('handleapi.CloseHandle');
    expect(close.return!.type.source).toBe('prose-inference');
    expect(close.provenance['return.type']!.sentence).toBe('If the function succeeds, the return value is nonzero.');
    expect(close.provenance['parameters.hObject.type']!.sentence).toBe('A valid handle to an open object.');
    const flt = entry('fltkernel.FltClose');
    expect(flt.provenance['return.type']!.sentence).toMatch(/returns STATUS_SUCCESS/);
  });

  it('attach values to documented return codes', () => {
    const codes = Object.fromEntries(entry('ntifs.NtClose').return!.codes.map((c) => [c.name, c.value]));
    expect(codes).toMatchObject({ STATUS_INVALID_HANDLE: 0xc0000008, STATUS_HANDLE_NOT_CLOSABLE: 0xc0000235 });
    const zw = entry('wdm.ZwClose').return!.codes.map((c) => c.name);
    expect(zw).toEqual(expect.arrayContaining(['STATUS_SUCCESS', 'STATUS_INVALID_HANDLE', 'STATUS_HANDLE_NOT_CLOSABLE']));
  });

  it('know deprecation, import library, twins and modes', () => {
    const nt = entry('winternl.NtClose');
    expect(nt.deprecation).toMatchObject({ replacement: 'handleapi.CloseHandle' });
    expect(nt.noImportLibrary).toBe(true);
    expect(nt.provenance['noImportLibrary']!.sentence).toMatch(/no import library for this function/);
    expect(nt.mode).toBe('user');
    expect(entry('ntifs.NtClose').twin).toBe('wdm.ZwClose');
    expect(entry('wdm.ZwClose').twin).toBe('ntifs.NtClose');
    expect(entry('wdm.ZwClose').mode).toBe('kernel');
  });

  it('resolve see-also links to entries by address', () => {
    const flt = entry('fltkernel.FltClose');
    expect(flt.seeAlso.find((l) => l.text === 'FltCreateFile')).toMatchObject({ target: 'fltkernel.FltCreateFile' });
    expect(flt.seeAlso.find((l) => l.text === 'ZwClose')).toMatchObject({ target: 'ntifs.NtClose' });
    expect(flt.seeAlso.every((l) => l.url === undefined || l.url.startsWith('https://'))).toBe(true);
  });

  it('carries the requirements of each page', () => {
    expect(entry('ntifs.NtClose').requirements).toMatchObject({ dll: 'NtosKrnl.exe', ddiCompliance: expect.arrayContaining(['IrqlZwPassive']) });
    expect(entry('fltkernel.FltClose').requirements).toMatchObject({ irql: 'PASSIVE_LEVEL', dll: 'Fltmgr.sys' });
    expect(entry('wdm.ZwClose').requirements.irql).toBe('PASSIVE_LEVEL');
  });

  it('derives the user-mode name of a Zw routine its page gives', () => {
    const nt = entry('ntifs.NtDuplicateObject');
    expect(nt.provenance['name']).toMatchObject({ via: 'derived', sentence: expect.stringMatching(/use the name "?NtDuplicateObject/) });
    expect(nt.twin).toBe('ntifs.ZwDuplicateObject');
  });

  it('lists what each DLL exports', () => {
    const names = (dll: string): string[] => model.dlls[dll]!.entries.map((id) => id.split('.')[1]!);
    expect(names('Ntdll')).toEqual(expect.arrayContaining(['NtClose', 'NtDuplicateObject', 'NtQueryObject']));
    expect(model.dlls['Ntdll']!.entries).toContain('winternl.NtClose');
    expect(names('Ntoskrnl')).toEqual(expect.arrayContaining(['NtClose', 'ZwClose', 'ZwDuplicateObject', 'ZwCreateKey',
      'ObReferenceObjectByHandle', 'ObDereferenceObject', 'ExGetPreviousMode', 'KeGetCurrentIrql']));
    expect(names('Kernel32')).toEqual(expect.arrayContaining(['CloseHandle', 'DuplicateHandle', 'GetHandleInformation',
      'SetHandleInformation', 'CompareObjectHandles', 'CreateEventW', 'OpenEventW', 'GetCurrentProcess', 'GetCurrentThread',
      'GetLastError', 'SetLastError', 'FindFirstFileW', 'FindClose', 'CreateFileW', 'CreateFileMappingW', 'MapViewOfFile',
      'UnmapViewOfFile', 'CreateFileTransactedW']));
    expect(names('Fltmgr')).toEqual(expect.arrayContaining(['FltClose', 'FltCreateFile', 'FltCreateFileEx']));
    expect(names('Advapi32')).toEqual(expect.arrayContaining(['RegOpenKeyExW', 'RegCloseKey']));
    expect(names('Ws2_32')).toEqual(expect.arrayContaining(['socket', 'closesocket']));
    expect(names('Ktmw32')).toEqual(expect.arrayContaining(['CreateTransaction', 'CommitTransaction']));
  });

  it('is byte-for-byte deterministic', async () => {
    const again = await generate({ write: false, progress: 'silent' });
    expect([...again.files.keys()]).toEqual([...result.files.keys()]);
    for (const [file, text] of again.files) expect(text, file).toBe(result.files.get(file));
  });
});

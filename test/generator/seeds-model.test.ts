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
    expect(close.return!.type.source).toBe('c-declaration');
    expect(close.provenance['return.type']).toMatchObject({ file: 'seeds/declarations/handleapi.h', via: 'c-declaration' });
    const flt = entry('fltkernel.FltClose');
    expect(flt.return!.type.source).toBe('prose-inference');
    expect(flt.provenance['return.type']!.sentence).toBe('FltClose returns STATUS_SUCCESS or an appropriate NTSTATUS value such as the following:');
    expect(flt.provenance['parameters.FileHandle.type']!.sentence).toBe('Handle created by a successful call to FltCreateFile or FltCreateFileEx.');
  });

  it('check inferred types against the declarations and report the agreement', () => {
    const stats = result.coverage.inference;
    expect(stats.compared).toBeGreaterThan(50);
    // The inferences the seeds make where a declaration also exists: CloseHandle's are right.
    const report = JSON.parse(result.files.get('model-report.json')!) as { types: { disagreements: { entry: string }[] } };
    expect(report.types.disagreements.some((d) => d.entry === 'handleapi.CloseHandle')).toBe(false);
  });

  it('take the declared list when a page documents fewer parameters, keeping what it says', () => {
    const tx = entry('ktmw32.CreateTransaction');
    expect(tx.parameters.map((p) => p.name)).toEqual(['lpTransactionAttributes', 'UOW', 'CreateOptions', 'IsolationLevel', 'IsolationFlags', 'Timeout', 'Description']);
    expect(tx.parameters.at(-1)).toMatchObject({ type: { c: 'LPWSTR' }, description: expect.stringMatching(/user-readable description/) });
    expect(result.problems.find((p) => p.rule === 'resolve/parameter-count-differs')?.message).toMatch(/OPTIONAL \("TBD"\) match no declared name/);
  });

  it('find signatures under a macro alias and a Zw twin', () => {
    const deref = entry('wdm.ObDereferenceObject');
    expect(deref.parameters[0]!.type.c).toBe('PVOID');
    expect(deref.return!.type.c).toBe('LONG_PTR');
    expect(signature(entry('ntifs.NtDuplicateObject'))).toBe(signature(entry('ntifs.ZwDuplicateObject')).replace('Zw', 'Nt'));
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

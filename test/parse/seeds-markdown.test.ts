// The three Microsoft Docs seeds (000, 002, 003), read field by field.
import { describe, expect, it } from 'vitest';
import { formatted, onlyDocument, parseFile } from './helpers.js';

const NT = 'seeds/000_255dac23c9aa068f.txt';
const CLOSE = 'seeds/002_f39b2262c262606d.txt';
const FLT = 'seeds/003_686e935d880c2e7e.txt';

describe('seed 000: NtClose in winternl (front matter with garbage lines)', () => {
  const result = parseFile(NT);
  const doc = onlyDocument(result);

  it('recovers every valid key and names the broken lines', () => {
    expect(formatted(result)).toEqual([
      `${NT}:47: warning front-matter/ignored-lines: lines 47–51 are not \`key: value\` pairs; ignored (expected \`key: value\` or \`- item\` under a key)`,
    ]);
    expect(doc.frontMatter).toMatchObject({ UID: 'NF:winternl.NtClose', 'req.dll': 'Ntdll.dll', api_location: ['Ntdll.dll', 'ntoskrnl.exe'], api_name: ['NtClose'] });
    expect(doc.frontMatterLines).toMatchObject({ UID: 2, 'req.dll': 30, api_name: 40 });
  });

  it('knows what it documents', () => {
    expect(doc).toMatchObject({ format: 'ms-docs-markdown', uid: 'NF:winternl.NtClose', kind: 'function', name: 'NtClose', header: 'winternl', title: 'NtClose function', aliases: [] });
    expect(doc.skip).toBeUndefined();
    expect(doc.apiLocations).toEqual(['Ntdll.dll', 'ntoskrnl.exe']);
  });

  it('reads the requirements with their lines', () => {
    expect(doc.requirements).toEqual({
      header: 'winternl.h',
      dll: 'Ntdll.dll',
      minClient: 'Windows 2000 Professional [desktop apps only]',
      minServer: 'Windows 2000 Server [desktop apps only]',
      targetType: 'Windows',
    });
    expect(doc.requirementLines).toEqual({ header: 15, dll: 30, minClient: 18, minServer: 19, targetType: 17 });
  });

  it('converts the HTML of the sections to markdown', () => {
    expect(doc.description).toEqual({
      markdown: 'Deprecated. Closes the specified handle. **NtClose** is superseded by [CloseHandle](https://msdn.microsoft.com/9b84891d-62ca-4ddc-97b7-c4c79482abd9).',
      place: { file: NT, line: 60 },
    });
    expect(doc.parameters).toEqual([{ name: 'Handle', direction: 'in', optional: false, description: { markdown: 'The handle being closed.', place: { file: NT, line: 70 } } }]);
    expect(doc.remarks?.markdown).toContain('The **NtClose** function closes handles to the following objects.\n\n- Access token\n- Communications device\n');
    expect(doc.remarks?.markdown).toMatch(/you must use \[GetProcAddress\]\(https:\/\/msdn\.microsoft\.com\/a0d7fc09-f888-4f46-a571-d3719a627597\)\.$/);
    for (const text of [doc.description, doc.returns, doc.remarks]) expect(text?.markdown).not.toMatch(/<\/?(b|table|td|ul|li|a)\b/);
  });

  it('reads the return codes of the HTML table', () => {
    expect(doc.returnCodes).toEqual([{ name: 'STATUS_SUCCESS', meaning: { markdown: 'The handle was closed.', place: { file: NT, line: 84 } } }]);
    expect(doc.returns?.markdown).toContain('| **STATUS_SUCCESS** | The handle was closed. |');
  });
});

describe('seed 002: CloseHandle (site-relative links, see-also across lines)', () => {
  const result = parseFile(CLOSE);
  const doc = onlyDocument(result);

  it('parses without problems', () => expect(formatted(result)).toEqual([]));

  it('reads identity, requirements and the parameter', () => {
    expect(doc).toMatchObject({ kind: 'function', name: 'CloseHandle', header: 'handleapi' });
    expect(doc.requirements).toEqual({
      header: 'handleapi.h',
      includeHeaders: ['Windows.h'],
      library: 'Kernel32.lib',
      dll: 'Kernel32.dll',
      minClient: 'Windows 2000 Professional [desktop apps | UWP apps]',
      minServer: 'Windows 2000 Server [desktop apps | UWP apps]',
      targetType: 'Windows',
    });
    expect(doc.parameters).toEqual([{ name: 'hObject', direction: 'in', optional: false, description: { markdown: 'A valid handle to an open object.', place: { file: CLOSE, line: 63 } } }]);
    expect(doc.returnCodes).toEqual([]);
    expect(doc.returns?.markdown).toMatch(/^If the function succeeds, the return value is nonzero\.\n\nIf the function fails, the return value is zero\./);
  });

  it('makes /windows/desktop links absolute on learn.microsoft.com/windows/win32', () => {
    expect(doc.returns?.markdown).toContain('[GetLastError](https://learn.microsoft.com/windows/win32/api/errhandlingapi/nf-errhandlingapi-getlasterror)');
    expect(doc.remarks?.markdown).toContain('[Kernel Objects](https://learn.microsoft.com/windows/win32/SysInfo/kernel-objects)');
    expect(doc.remarks?.markdown).toContain('#### Examples');
    expect(doc.remarks?.markdown).not.toMatch(/\]\(\/|<div/);
  });

  it('lists the see-also links with their lines, one spanning two lines', () => {
    expect(doc.seeAlso.map((l) => [l.text, l.url, l.place.line])).toEqual([
      ['CreateFile', 'https://learn.microsoft.com/windows/win32/api/fileapi/nf-fileapi-createfilea', 126],
      ['CreateFileTransacted', 'https://learn.microsoft.com/windows/win32/api/winbase/nf-winbase-createfiletransacteda', 130],
      ['DeleteFile', 'https://learn.microsoft.com/windows/win32/api/fileapi/nf-fileapi-deletefilea', 134],
      ['FindClose', 'https://learn.microsoft.com/windows/win32/api/fileapi/nf-fileapi-findclose', 138],
      ['FindFirstFile', 'https://learn.microsoft.com/windows/win32/api/fileapi/nf-fileapi-findfirstfilea', 142],
      ['Handle and Object Functions', 'https://learn.microsoft.com/windows/win32/SysInfo/handle-and-object-functions', 146],
      ['Kernel Objects', 'https://learn.microsoft.com/windows/win32/SysInfo/kernel-objects', 151],
      ['Object Interface', 'https://learn.microsoft.com/windows/win32/SysInfo/object-interface', 155],
    ]);
  });
});

describe('seed 003: FltClose (docs.microsoft.com links, IRQL)', () => {
  const result = parseFile(FLT);
  const doc = onlyDocument(result);

  it('parses without problems', () => expect(formatted(result)).toEqual([]));

  it('reads the kernel requirements', () => {
    expect(doc).toMatchObject({ kind: 'function', name: 'FltClose', header: 'fltkernel', apiLocations: ['fltmgr.sys'] });
    expect(doc.requirements).toEqual({
      header: 'fltkernel.h',
      includeHeaders: ['Fltkernel.h'],
      library: 'FltMgr.lib',
      dll: 'Fltmgr.sys',
      irql: 'PASSIVE_LEVEL',
      targetType: 'Universal',
    });
  });

  it('moves docs.microsoft.com links to learn.microsoft.com', () => {
    expect(doc.description?.markdown).toBe(
      '**FltClose** closes a file handle that was opened by [FltCreateFile](https://learn.microsoft.com/windows-hardware/drivers/ddi/fltkernel/nf-fltkernel-fltcreatefile) or [FltCreateFileEx](https://learn.microsoft.com/windows-hardware/drivers/ddi/fltkernel/nf-fltkernel-fltcreatefileex).',
    );
    expect(doc.seeAlso.map((l) => [l.text, l.url])).toEqual([
      ['FltCreateFile', 'https://learn.microsoft.com/windows-hardware/drivers/ddi/fltkernel/nf-fltkernel-fltcreatefile'],
      ['FltCreateFileEx', 'https://learn.microsoft.com/windows-hardware/drivers/ddi/fltkernel/nf-fltkernel-fltcreatefileex'],
      ['ZwClose', 'https://learn.microsoft.com/windows-hardware/drivers/ddi/ntifs/nf-ntifs-ntclose'],
    ]);
  });

  it('reads the return code with its meaning in markdown', () => {
    expect(doc.parameters).toMatchObject([{ name: 'FileHandle', direction: 'in', optional: false }]);
    expect(doc.returnCodes).toEqual([
      { name: 'STATUS_INVALID_HANDLE', meaning: { markdown: '*FileHandle* was not a valid file handle. This is an error code.', place: { file: FLT, line: 76 } } },
    ]);
  });
});

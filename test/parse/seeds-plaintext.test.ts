// The two plain-text seeds (001, 004), and the structure they are recognised by.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseSource, recognise } from '../../generator/parse/parse-source.js';
import { formatted, onlyDocument, parseFile } from './helpers.js';

const NT = 'seeds/001_e837603edf00260b.txt';
const ZW = 'seeds/004_45318a9a4b4bf2a3.txt';

describe('seed 001: NtClose in ntifs (truncated prototype, one-line requirements)', () => {
  const result = parseFile(NT);
  const doc = onlyDocument(result);

  it('reports the cut prototype and the missing Remarks heading, nothing else', () => {
    expect(formatted(result)).toEqual([
      `${NT}:7: warning prototype/unterminated: the parameter list of NtClose is not closed (expected ))`,
      `${NT}:25: warning plaintext/implicit-remarks: text after the return value, two blank lines down, is taken as the remarks (expected a \`Remarks\` heading)`,
    ]);
  });

  it('takes name, kind and header from the title line', () => {
    expect(doc).toMatchObject({ format: 'plaintext-reference', kind: 'function', name: 'NtClose', header: 'ntifs', title: 'NtClose function (ntifs.h)' });
    expect(doc.description).toEqual({ markdown: 'The NtClose routine closes an object handle.', place: { file: NT, line: 3 } });
  });

  it('reads the prototype even without its closing parenthesis', () => {
    expect(doc.syntax).toEqual({ markdown: '__kernel_entry NTSYSCALLAPI NTSTATUS NtClose(\n  [in] HANDLE Handle', place: { file: NT, line: 6 } });
    expect(doc.prototype).toMatchObject({
      name: 'NtClose',
      returnType: 'NTSTATUS',
      qualifiers: ['__kernel_entry', 'NTSYSCALLAPI'],
      params: [{ name: 'Handle', type: 'HANDLE', direction: 'in' }],
    });
  });

  it('reads the `[in] Handle` parameter block', () => {
    expect(doc.parameters).toEqual([{ name: 'Handle', direction: 'in', optional: false, description: { markdown: 'Handle to an object of any type.', place: { file: NT, line: 12 } } }]);
  });

  it('reads the return-code rows laid out as lines', () => {
    expect(doc.returnCodes).toEqual([
      { name: 'STATUS_INVALID_HANDLE', meaning: { markdown: 'Handle is not a valid handle.', place: { file: NT, line: 19 } } },
      {
        name: 'STATUS_HANDLE_NOT_CLOSABLE',
        meaning: {
          markdown: "The calling thread doesn't have permission to close the handle; that is, the specified object handle is protected from closing from any instance attempts of NtClose.",
          place: { file: NT, line: 20 },
        },
      },
    ]);
    expect(doc.returns?.markdown.split('\n\n').map((p) => p.slice(0, 40))).toEqual([
      'NtClose returns STATUS_SUCCESS on succes',
      '| Return code | Meaning |\n| --- | --- |\n',
      'An example where the latter NTSTATUS cod',
    ]);
  });

  it('splits the remarks off the return value', () => {
    expect(doc.remarks?.place).toEqual({ file: NT, line: 25 });
    expect(doc.remarks?.markdown).toMatch(/^NtClose is a generic routine that operates on any type of object\.\n\n/);
    expect(doc.remarks?.markdown).toMatch(/Using Nt and Zw Versions of the Native System Services Routines\.$/);
  });

  it('reads `Key Value` requirement lines', () => {
    expect(doc.requirements).toEqual({
      header: 'ntifs.h',
      includeHeaders: ['Wdm.h', 'Ntddk.h', 'Ntifs.h'],
      library: 'NtosKrnl.lib',
      dll: 'NtosKrnl.exe',
      minClient: 'Windows 2000',
      targetType: 'Universal',
      ddiCompliance: ['HwStorPortProhibitedDDIs', 'IrqlZwPassive', 'PowerIrpDDis', 'ZwRegistryCreate', 'ZwRegistryCreate(storport)', 'ZwRegistryOpen', 'ZwRegistryOpen(storport)'],
    });
    expect(doc.requirementLines).toEqual({ minClient: 41, targetType: 42, header: 43, includeHeaders: 43, library: 44, dll: 45, ddiCompliance: 46 });
    expect(doc.seeAlso).toEqual([]);
  });
});

describe('seed 004: ZwClose (headings, key-then-value requirements, footer noise)', () => {
  const result = parseFile(ZW);
  const doc = onlyDocument(result);

  it('parses without problems', () => expect(formatted(result)).toEqual([]));

  it('takes the header from the Requirements block when the title has none', () => {
    expect(doc).toMatchObject({ kind: 'function', name: 'ZwClose', header: 'wdm', title: 'ZwClose routine' });
    expect(doc.requirements).toEqual({
      header: 'Wdm.h',
      includeHeaders: ['Wdm.h', 'Ntddk.h', 'Ntifs.h'],
      library: 'Ntoskrnl.lib',
      irql: 'PASSIVE_LEVEL',
      ddiCompliance: ['IrqlZwPassive', 'PowerIrpDDis', 'ZwRegistryCreate', 'ZwRegistryOpen', 'HwStorPortProhibitedDDIs', 'ZwRegistryCreate(storport)', 'ZwRegistryOpen(storport)'],
      version: 'Available starting with Windows 2000.',
    });
    expect(doc.requirementLines).toMatchObject({ version: 40, header: 44, library: 48, irql: 52, ddiCompliance: 56 });
  });

  it('reads the Syntax block as a complete prototype and `Handle [in]`', () => {
    expect(doc.prototype).toMatchObject({ name: 'ZwClose', returnType: 'NTSTATUS', params: [{ name: 'Handle', type: 'HANDLE', annotations: ['_In_'], direction: 'in' }] });
    expect(doc.parameters).toEqual([{ name: 'Handle', direction: 'in', optional: false, description: { markdown: 'Handle to an object of any type.', place: { file: ZW, line: 16 } } }]);
  });

  it('keeps the prose return value (codes named in prose are left to the model)', () => {
    expect(doc.returnCodes).toEqual([]);
    expect(doc.returns?.markdown).toMatch(/^ZwClose returns STATUS_SUCCESS on success.*STATUS_HANDLE_NOT_CLOSABLE if the calling thread/);
    expect(doc.remarks?.markdown).toMatch(/^ZwClose is a generic routine[\s\S]*Note {2}If the call to this function occurs in user mode, you should use the name "NtClose" instead of "ZwClose"\.$/);
  });

  it('lists See also names and drops the page footer', () => {
    expect(doc.seeAlso.map((l) => [l.text, l.url, l.place.line])).toEqual([
      ['ZwCreateDirectoryObject', undefined, 60],
      ['ZwCreateFile', undefined, 61],
      ['ZwCreateKey', undefined, 62],
      ['ZwOpenKey', undefined, 63],
      ['ZwOpenSection', undefined, 64],
    ]);
    expect(JSON.stringify(doc)).not.toMatch(/Send comments|Show:|© 2014/);
  });
});

describe('recognition by structure', () => {
  it('reads a plain-text page whatever its file name', () => {
    const text = readFileSync(ZW, 'utf8');
    for (const path of ['docs/zwclose.md', 'zwclose', 'x/y.h.txt']) {
      expect(recognise(path, text)).toBe('plaintext');
      expect(onlyDocument(parseSource({ path, text })).name).toBe('ZwClose');
    }
  });

  it('reads a Docs page saved as .txt and a C header by its content', () => {
    expect(recognise('page.txt', readFileSync('seeds/002_f39b2262c262606d.txt', 'utf8'))).toBe('markdown');
    expect(recognise('decls.txt', '#define STATUS_SUCCESS ((NTSTATUS)0x00000000L)\n')).toBe('c-header');
    expect(recognise('notes.txt', 'Shopping list\n\nmilk\n')).toBeUndefined();
  });
});

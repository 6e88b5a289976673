// Return codes shown on a page: listed ones, codes named in prose with their sentence, and
// tables of the text that only repeat the listed codes dropped.
import { describe, expect, it } from 'vitest';
import { returnCodes, withoutCodeTables } from '../../docs-site/src/return-codes.js';
import type { Entry, StatusCode } from '../../generator/model/schema.js';

const table = new Map<string, StatusCode>([
  ['STATUS_SUCCESS', { name: 'STATUS_SUCCESS', value: 0, kind: 'ntstatus', header: 'ntstatus.h' }],
  ['STATUS_INVALID_HANDLE', { name: 'STATUS_INVALID_HANDLE', value: 0xc0000008, kind: 'ntstatus', header: 'ntstatus.h' }],
  ['STATUS_HANDLE_NOT_CLOSABLE', { name: 'STATUS_HANDLE_NOT_CLOSABLE', value: 0xc0000235, kind: 'ntstatus', header: 'ntstatus.h' }],
]);

const entry = (description: string, codes: { name: string; meaning: string }[] = []): Entry =>
  ({ return: { type: { c: 'NTSTATUS', source: 'document-prototype' }, description, codes } }) as unknown as Entry;

describe('return codes', () => {
  it('adds codes the text names, each with the sentence that names it', () => {
    const zwClose = entry('ZwClose returns STATUS_SUCCESS on success, or the appropriate NTSTATUS error code on failure. In particular, it returns **STATUS_INVALID_HANDLE** if Handle is not a valid handle, or STATUS_HANDLE_NOT_CLOSABLE if the calling thread does not have permission to close the handle.');
    expect(returnCodes(zwClose, table)).toEqual([
      { name: 'STATUS_SUCCESS', value: 0, from: 'text', meaning: 'ZwClose returns STATUS_SUCCESS on success, or the appropriate NTSTATUS error code on failure.' },
      { name: 'STATUS_INVALID_HANDLE', value: 0xc0000008, from: 'text', meaning: expect.stringMatching(/^In particular, it returns STATUS_INVALID_HANDLE if Handle/) },
      { name: 'STATUS_HANDLE_NOT_CLOSABLE', value: 0xc0000235, from: 'text', meaning: expect.stringMatching(/^In particular/) },
    ]);
  });

  it('keeps listed codes first and does not repeat them', () => {
    const fltClose = entry('FltClose returns STATUS_SUCCESS or a value such as the following:\n\n| Return code | Description |\n| --- | --- |\n| **STATUS_INVALID_HANDLE** | bad |', [{ name: 'STATUS_INVALID_HANDLE', meaning: 'bad' }]);
    expect(returnCodes(fltClose, table).map((c) => [c.name, c.from])).toEqual([['STATUS_INVALID_HANDLE', 'table'], ['STATUS_SUCCESS', 'text']]);
  });

  it('drops tables that only repeat listed codes and keeps every other table', () => {
    const text = 'Intro.\n\n| Return code | Description |\n| --- | --- |\n| **STATUS_INVALID_HANDLE** | bad |\n\nMiddle.\n\n| Value | Meaning |\n| --- | --- |\n| TRUE | ok |\n\nEnd.';
    expect(withoutCodeTables(text, new Set(['STATUS_INVALID_HANDLE']))).toBe('Intro.\n\n\nMiddle.\n\n| Value | Meaning |\n| --- | --- |\n| TRUE | ok |\n\nEnd.');
    expect(withoutCodeTables(text, new Set())).toBe(text);
  });
});

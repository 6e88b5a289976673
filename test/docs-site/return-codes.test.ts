// Return codes shown on a page: the listed ones with values, and tables of the text that only
// repeat them dropped.
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
  it('shows the listed codes with their values from the table when the model has none', () => {
    const fltClose = entry('FltClose returns STATUS_SUCCESS or a value such as the following:', [{ name: 'STATUS_INVALID_HANDLE', meaning: 'bad' }, { name: 'TRUE', meaning: 'odd' }]);
    expect(returnCodes(fltClose, table)).toEqual([
      { name: 'STATUS_INVALID_HANDLE', value: 0xc0000008, meaning: 'bad' },
      { name: 'TRUE', value: undefined, meaning: 'odd' },
    ]);
  });

  it('drops tables that only repeat listed codes and keeps every other table', () => {
    const text = 'Intro.\n\n| Return code | Description |\n| --- | --- |\n| **STATUS_INVALID_HANDLE** | bad |\n\nMiddle.\n\n| Value | Meaning |\n| --- | --- |\n| TRUE | ok |\n\nEnd.';
    expect(withoutCodeTables(text, new Set(['STATUS_INVALID_HANDLE']))).toBe('Intro.\n\n\nMiddle.\n\n| Value | Meaning |\n| --- | --- |\n| TRUE | ok |\n\nEnd.');
    expect(withoutCodeTables(text, new Set())).toBe(text);
  });
});

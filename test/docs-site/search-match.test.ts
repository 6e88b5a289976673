// Search matching without a browser: value spellings, ranking of names, rules.
import { describe, expect, it } from 'vitest';
import { queryValues, search } from '../../docs-site/src/client/search-match.js';
import type { SearchIndex } from '../../docs-site/src/search-index.js';

const index: SearchIndex = {
  functions: [['NtClose', 'winternl.h', 'functions/winternl.NtClose.html', 'function', 1], ['NtCloseObjectAuditAlarm', 'ntifs.h', 'functions/ntifs.NtCloseObjectAuditAlarm.html', 'function', 0], ['CloseHandle', 'handleapi.h', 'functions/handleapi.CloseHandle.html', 'function', 1]],
  codes: [['STATUS_INVALID_HANDLE', 0xc0000008, 'status/STATUS_INVALID_HANDLE.html', 'ntstatus'], ['ERROR_INVALID_HANDLE', 6, 'status/ERROR_INVALID_HANDLE.html', 'win32'], ['STATUS_SUCCESS', 0, 'status/STATUS_SUCCESS.html', 'ntstatus']],
  rules: [['closehandle-socket', 'Sockets are closed with closesocket', 'rules/index.html#closehandle-socket']],
};

describe('search matching', () => {
  it('reads a query as the status values it could mean', () => {
    expect(queryValues('0xC0000008')).toEqual([0xc0000008]);
    expect(queryValues('c0000008')).toEqual([0xc0000008]);
    expect(queryValues('3221225480')).toEqual([0xc0000008]);
    expect(queryValues('-1073741816')).toEqual([0xc0000008]);
    expect(queryValues('6')).toEqual([6]);
    expect(queryValues('10000000').sort()).toEqual([10000000, 0x10000000].sort());
    expect(queryValues('NtClose')).toEqual([]);
    expect(queryValues('0x1FFFFFFFF')).toEqual([]);
  });

  it('finds codes by value and names by exact, prefix and substring match, in that order', () => {
    expect(search(index, '0xC0000008', 5)[0]).toMatchObject({ label: 'STATUS_INVALID_HANDLE', path: 'status/STATUS_INVALID_HANDLE.html' });
    expect(search(index, 'ntclose', 5).map((h) => h.label)).toEqual(['NtClose', 'NtCloseObjectAuditAlarm']);
    expect(search(index, 'invalid_handle', 5).map((h) => h.label)).toEqual(['ERROR_INVALID_HANDLE', 'STATUS_INVALID_HANDLE']);
    expect(search(index, 'socket', 5)[0]).toMatchObject({ detail: 'rule · closehandle-socket' });
    expect(search(index, '   ', 5)).toEqual([]);
    expect(search(index, 'close', 2)).toHaveLength(2);
  });
});

// Files, search handles and file mappings behave as their documents say: creation dispositions
// and their last errors, delete-on-close sharing, wildcard searches, mapping by name.
import { describe, expect, it } from 'vitest';
import { constants as C } from '../../mocks/index.js';
import { world } from './support.js';

const SHARE_ALL = C.FILE_SHARE_READ | C.FILE_SHARE_WRITE | C.FILE_SHARE_DELETE;

describe('CreateFileW', () => {
  it('follows each creation disposition and its last error', () => {
    const win = world('strict');
    const k = win.kernel32;
    const open = (disposition: number) => k.CreateFileW('C:\\d\\f.txt', C.GENERIC_READ | C.GENERIC_WRITE, SHARE_ALL, null, disposition, 0, 0);
    const results: Array<[boolean, number]> = [];
    const handles: number[] = [];
    for (const d of [C.OPEN_EXISTING, C.TRUNCATE_EXISTING, C.CREATE_NEW, C.CREATE_NEW, C.CREATE_ALWAYS, C.OPEN_ALWAYS, C.OPEN_EXISTING, C.TRUNCATE_EXISTING]) {
      const h = open(d);
      results.push([h !== C.INVALID_HANDLE_VALUE, k.GetLastError()]);
      if (h !== C.INVALID_HANDLE_VALUE) handles.push(h);
    }
    expect(results).toEqual([[false, 2], [false, 2], [true, 0], [false, 80], [true, 183], [true, 183], [true, 0], [true, 0]]);
    for (const h of handles) k.CloseHandle(h);
    expect(win.leaks()).toEqual([]);
    expect(k.CreateFileW('C:\\d\\g.txt', 0, 0, null, 9, 0, 0)).toBe(C.INVALID_HANDLE_VALUE);
    expect(k.GetLastError()).toBe(87);
    expect(k.CreateFileW('', 0, 0, null, C.OPEN_EXISTING, 0, 0)).toBe(C.INVALID_HANDLE_VALUE);
    expect(k.GetLastError()).toBe(3);
  });

  it('deletes a delete-on-close file after all its handles, duplicates included, are closed', () => {
    const win = world('strict');
    const k = win.kernel32;
    const h = k.CreateFileW('C:\\tmp\\scratch', C.GENERIC_WRITE, SHARE_ALL, null, C.CREATE_NEW, C.FILE_FLAG_DELETE_ON_CLOSE, 0);
    const dup: [number] = [0];
    k.DuplicateHandle(-1, h, -1, dup, 0, 0, C.DUPLICATE_SAME_ACCESS);
    // Later opens must share delete.
    expect(k.CreateFileW('C:\\tmp\\scratch', C.GENERIC_READ, C.FILE_SHARE_READ, null, C.OPEN_EXISTING, 0, 0)).toBe(C.INVALID_HANDLE_VALUE);
    expect(k.GetLastError()).toBe(32);
    k.CloseHandle(h);
    expect(win.inspect(dup[0])?.state).toMatchObject({ exists: true });
    k.CloseHandle(dup[0]);
    expect(k.CreateFileW('C:\\TMP\\SCRATCH', C.GENERIC_READ, SHARE_ALL, null, C.OPEN_EXISTING, 0, 0)).toBe(C.INVALID_HANDLE_VALUE);
    expect(k.GetLastError()).toBe(2);
  });

  it('refuses delete-on-close while another open does not share delete', () => {
    const win = world('strict', { files: ['C:\\locked.txt'] });
    const k = win.kernel32;
    const reader = k.CreateFileW('C:\\locked.txt', C.GENERIC_READ, C.FILE_SHARE_READ, null, C.OPEN_EXISTING, 0, 0);
    expect(k.CreateFileW('C:\\locked.txt', C.DELETE, SHARE_ALL, null, C.OPEN_EXISTING, C.FILE_FLAG_DELETE_ON_CLOSE, 0)).toBe(C.INVALID_HANDLE_VALUE);
    expect(k.GetLastError()).toBe(32);
    k.CloseHandle(reader);
  });
});

describe('share modes', () => {
  it('refuse an open the existing opens do not share, and one that would not share their access', () => {
    const win = world('strict', { files: ['C:\\s.txt'] });
    const k = win.kernel32;
    const open = (access: number, share: number, flags = 0) => k.CreateFileW('C:\\s.txt', access, share, null, C.OPEN_EXISTING, flags, 0);
    const exclusive = open(C.GENERIC_READ, 0);
    expect(open(C.GENERIC_READ, SHARE_ALL)).toBe(C.INVALID_HANDLE_VALUE);
    expect(k.GetLastError()).toBe(32);
    k.CloseHandle(exclusive);
    const reader = open(C.GENERIC_READ, C.FILE_SHARE_READ);
    expect(open(C.GENERIC_WRITE, SHARE_ALL)).toBe(C.INVALID_HANDLE_VALUE);
    const second = open(C.GENERIC_READ, C.FILE_SHARE_READ | C.FILE_SHARE_WRITE);
    expect(second).not.toBe(C.INVALID_HANDLE_VALUE);
    // A delete-on-close open that shares nothing keeps everyone out, delete sharers included.
    k.CloseHandle(reader);
    k.CloseHandle(second);
    const doc = open(C.GENERIC_WRITE | C.DELETE, 0, C.FILE_FLAG_DELETE_ON_CLOSE);
    expect(open(C.GENERIC_READ, SHARE_ALL)).toBe(C.INVALID_HANDLE_VALUE);
    expect(k.GetLastError()).toBe(32);
    k.CloseHandle(doc);
    expect(win.leaks()).toEqual([]);
  });
});

describe('FindFirstFileW / FindNextFileW / FindClose', () => {
  it('lists the matching entries of a directory, files and subdirectories, case-insensitively', () => {
    const win = world('strict', { files: ['C:\\w\\b.log', 'C:\\w\\A.txt', 'C:\\w\\sub\\deep.txt', 'C:\\other\\x.txt'] });
    const k = win.kernel32;
    const seen: Array<[string, number]> = [];
    const data: { cFileName?: string; dwFileAttributes?: number } = {};
    const h = k.FindFirstFileW('c:\\W\\*', data);
    do seen.push([data.cFileName!, data.dwFileAttributes!]); while (k.FindNextFileW(h, data));
    expect(seen).toEqual([['A.txt', C.FILE_ATTRIBUTE_NORMAL], ['b.log', C.FILE_ATTRIBUTE_NORMAL], ['sub', C.FILE_ATTRIBUTE_DIRECTORY]]);
    expect(k.FindClose(h)).not.toBe(0);
    const out: [object] = [{}];
    const one = k.FindFirstFileW('C:\\w\\?.txt', out as never);
    expect(out[0]).toEqual({ cFileName: 'A.txt', dwFileAttributes: C.FILE_ATTRIBUTE_NORMAL });
    k.FindClose(one);
    for (const [pattern, error] of [['C:\\w\\*.exe', 2], ['C:\\w\\', 2], ['C:\\nowhere\\*', 3], ['D:\\*', 2]] as const) {
      expect(k.FindFirstFileW(pattern, null)).toBe(C.INVALID_HANDLE_VALUE);
      expect(k.GetLastError()).toBe(error);
    }
    expect(k.FindClose(0)).toBe(0);
    expect(k.FindNextFileW(win.createObject('Event'), null)).toBe(0);
    expect(k.GetLastError()).toBe(6);
  });

  it('gives search handles that NtClose does not know', () => {
    const win = world('strict', { files: ['C:\\w\\a'] });
    const h = win.kernel32.FindFirstFileW('C:\\w\\*', null);
    expect(win.ntdll.NtClose(h)).toBe(0xc0000008);
    expect(win.inspect(h)?.handle?.search).toBe(true);
    win.kernel32.FindClose(h);
  });
});

describe('file mappings', () => {
  it('need a size for page-file mappings and a file handle otherwise', () => {
    const win = world('strict');
    const k = win.kernel32;
    expect(k.CreateFileMappingW(-1, null, C.PAGE_READWRITE, 0, 0, null)).toBe(0);
    expect(k.GetLastError()).toBe(87);
    const event = k.CreateEventW(null, 0, 0, null);
    expect(k.CreateFileMappingW(event, null, C.PAGE_READWRITE, 0, 0, null)).toBe(0);
    expect(k.GetLastError()).toBe(6);
    expect(k.MapViewOfFile(event, C.FILE_MAP_READ, 0, 0, 0)).toBe(0);
    expect(k.GetLastError()).toBe(6);
    const m = k.CreateFileMappingW(-1, null, C.PAGE_READWRITE, 1, 0, 'big');
    expect(win.inspect(m)?.state).toMatchObject({ size: 2 ** 32, views: 0 });
    expect(k.CreateEventW(null, 0, 0, 'big')).toBe(0);
    k.CloseHandle(m);
    k.CloseHandle(event);
  });
});

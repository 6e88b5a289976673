// Rules transaction-delete-on-close, transaction-commit-with-bound-handles and
// transaction-rollback-on-last-close, in both modes.
import { describe, expect, it } from 'vitest';
import { constants as C } from '../../mocks/index.js';
import { broken, MODES, world } from './support.js';

const SHARE_ALL = C.FILE_SHARE_READ | C.FILE_SHARE_WRITE | C.FILE_SHARE_DELETE;

describe.each(MODES)('%s mode', (mode) => {
  it('transaction-delete-on-close: the file is deleted only once its handle is closed and the transaction committed', () => {
    const win = world(mode, { files: ['C:\\tx\\keep.txt'] });
    const k = win.kernel32;
    const tx = win.ktmw32.CreateTransaction(null, null, 0, 0, 0, 0, 'delete keep.txt');
    const h = k.CreateFileTransactedW('C:\\tx\\keep.txt', C.GENERIC_READ | C.DELETE, SHARE_ALL, null, C.OPEN_EXISTING,
      C.FILE_FLAG_DELETE_ON_CLOSE, 0, tx, null, 0);
    expect(h).not.toBe(C.INVALID_HANDLE_VALUE);
    expect(k.CloseHandle(h)).not.toBe(0);
    const outside = k.CreateFileW('C:\\tx\\keep.txt', C.GENERIC_READ, SHARE_ALL, null, C.OPEN_EXISTING, 0, 0);
    expect(outside).not.toBe(C.INVALID_HANDLE_VALUE);
    k.CloseHandle(outside);
    expect(win.ktmw32.CommitTransaction(tx)).not.toBe(0);
    expect(k.CreateFileW('C:\\tx\\keep.txt', C.GENERIC_READ, SHARE_ALL, null, C.OPEN_EXISTING, 0, 0)).toBe(C.INVALID_HANDLE_VALUE);
    expect(k.GetLastError()).toBe(2);
    k.CloseHandle(tx);
    expect(win.violations).toEqual([]);
  });

  it('transaction-commit-with-bound-handles: committing while a transacted handle is open', () => {
    const win = world(mode);
    const k = win.kernel32;
    const tx = win.ktmw32.CreateTransaction(null, null, 0, 0, 0, 0, null);
    const h = k.CreateFileTransactedW('C:\\tx\\new.txt', C.GENERIC_WRITE, SHARE_ALL, null, C.CREATE_NEW, C.FILE_FLAG_DELETE_ON_CLOSE, 0, tx, null, 0);
    // Created in the transaction: not visible outside it yet.
    expect(k.FindFirstFileW('C:\\tx\\*', null)).toBe(C.INVALID_HANDLE_VALUE);
    const result = broken(win, mode, 'transaction-commit-with-bound-handles', () => win.ktmw32.CommitTransaction(tx));
    if (mode === 'lenient') {
      expect(result).not.toBe(0);
      expect(win.inspect(tx)?.state).toMatchObject({ state: 'committed', boundHandles: 1 });
      // Committed: the file exists until its delete-on-close handle goes.
      expect(k.FindClose(k.FindFirstFileW('C:\\tx\\new.txt', null))).not.toBe(0);
      k.CloseHandle(h);
      expect(k.FindFirstFileW('C:\\tx\\new.txt', null)).toBe(C.INVALID_HANDLE_VALUE);
      expect(win.ktmw32.CommitTransaction(tx)).toBe(0);
      expect(k.GetLastError()).toBe(6701);
    } else {
      expect(win.inspect(tx)?.state).toMatchObject({ state: 'active', boundHandles: 1 });
      k.CloseHandle(h);
      expect(win.ktmw32.CommitTransaction(tx)).not.toBe(0);
    }
    k.CloseHandle(tx);
  });

  it('transaction-rollback-on-last-close: closing the last transaction handle uncommitted undoes its files and deletes', () => {
    const win = world(mode, { files: ['C:\\tx\\old.txt'] });
    const k = win.kernel32;
    const tx = win.createObject('Transaction');
    const txPtr = win.inspect(tx)!.pointer;
    const created = k.CreateFileTransactedW('C:\\tx\\made.txt', C.GENERIC_WRITE, SHARE_ALL, null, C.CREATE_NEW, 0, 0, tx, null, 0);
    const doomed = k.CreateFileTransactedW('C:\\tx\\old.txt', C.DELETE, SHARE_ALL, null, C.OPEN_EXISTING, C.FILE_FLAG_DELETE_ON_CLOSE, 0, tx, null, 0);
    k.CloseHandle(created);
    k.CloseHandle(doomed);
    expect(k.CloseHandle(tx)).not.toBe(0);
    expect(win.inspect(txPtr)).toMatchObject({ deleted: true, state: { state: 'rolled-back' } });
    const names: string[] = [];
    const data: { cFileName?: string } = {};
    const find = k.FindFirstFileW('C:\\tx\\*', data);
    names.push(data.cFileName!);
    while (k.FindNextFileW(find, data)) names.push(data.cFileName!);
    expect(k.GetLastError()).toBe(18);
    k.FindClose(find);
    expect(names).toEqual(['old.txt']);
    expect(k.CreateFileTransactedW('C:\\tx\\x.txt', C.GENERIC_READ, 0, null, C.CREATE_NEW, 0, 0, tx, null, 0)).toBe(C.INVALID_HANDLE_VALUE);
    expect(k.GetLastError()).toBe(6);
  });
});

// Duplication and queries: DuplicateHandle / NtDuplicateObject options, GetHandleInformation,
// CompareObjectHandles, NtQueryObject and FltCreateFileEx's referenced file object.
import { describe, expect, it } from 'vitest';
import { constants as C, STATUS } from '../../mocks/index.js';
import { inSystem, world } from './support.js';

describe('duplication', () => {
  it('DUPLICATE_CLOSE_SOURCE closes the source even when the duplicate fails', () => {
    const win = world('strict');
    const h = win.createObject('Event');
    const out: [number] = [0];
    const notAProcess = win.createObject('Event');
    // The target "process" is an event: the duplicate fails, the source is closed anyway.
    expect(win.ntdll.NtDuplicateObject(-1, h, notAProcess, out, 0, 0, C.DUPLICATE_CLOSE_SOURCE)).toBe(STATUS.STATUS_OBJECT_TYPE_MISMATCH);
    expect(win.inspect(h)).toBeUndefined();
    expect(out[0]).toBe(0);
    // NULL target handle and NULL target process: close the source only.
    const h2 = win.createObject('Event');
    expect(win.ntdll.NtDuplicateObject(-1, h2, 0, null, 0, 0, C.DUPLICATE_CLOSE_SOURCE)).toBe(STATUS.STATUS_SUCCESS);
    expect(win.inspect(h2)).toBeUndefined();
    win.kernel32.CloseHandle(notAProcess);
    expect(win.leaks()).toEqual([]);
  });

  it('copies access and attributes on request, else takes the given ones', () => {
    const win = world('strict');
    const h = win.createObject('Event', { inherit: true, protectFromClose: true, access: 0x1f0003 });
    const same: [number] = [0];
    const given: [number] = [0];
    expect(win.ntdll.NtDuplicateObject(-1, h, -1, same, 0, 0, C.DUPLICATE_SAME_ACCESS | C.DUPLICATE_SAME_ATTRIBUTES)).toBe(0);
    expect(win.inspect(same[0])?.handle).toMatchObject({ access: 0x1f0003, inherit: true, protectFromClose: true });
    expect(win.ntdll.NtDuplicateObject(-1, h, -1, given, C.SYNCHRONIZE, C.OBJ_INHERIT, 0)).toBe(0);
    expect(win.inspect(given[0])?.handle).toMatchObject({ access: C.SYNCHRONIZE, inherit: true, protectFromClose: false });
    const flags: [number] = [0];
    win.kernel32.GetHandleInformation(given[0], flags);
    expect(flags[0]).toBe(C.HANDLE_FLAG_INHERIT);
    // OBJ_KERNEL_HANDLE means nothing to a user-mode caller.
    const user: [number] = [0];
    win.ntdll.NtDuplicateObject(-1, h, -1, user, 0, C.OBJ_KERNEL_HANDLE, C.DUPLICATE_SAME_ACCESS);
    expect(user[0]).toBeGreaterThan(0);
    for (const x of [h, same[0]]) win.kernel32.SetHandleInformation(x, C.HANDLE_FLAG_PROTECT_FROM_CLOSE, 0);
    for (const x of [h, same[0], given[0], user[0]]) win.kernel32.CloseHandle(x);
    expect(win.leaks()).toEqual([]);
  });

  it('ntoskrnl NtDuplicateObject keeps the caller\'s previous mode: a kernel handle is invalid from UserMode', () => {
    const win = world('strict');
    const kh = win.createObject('Event', { kernelHandle: true });
    const out: [number] = [0];
    expect(win.ntoskrnl.NtDuplicateObject(-1, kh, -1, out, 0, 0, C.DUPLICATE_SAME_ACCESS)).toBe(STATUS.STATUS_INVALID_HANDLE);
    expect(win.run({ previousMode: C.KernelMode }, () => win.ntoskrnl.NtDuplicateObject(-1, kh, -1, out, 0, C.OBJ_KERNEL_HANDLE, C.DUPLICATE_SAME_ACCESS)))
      .toBe(STATUS.STATUS_SUCCESS);
    expect(out[0]).toBeLessThan(0);
    win.run({ previousMode: C.KernelMode }, () => [kh, out[0]].forEach((h) => win.ntoskrnl.NtClose(h)));
    expect(win.leaks()).toEqual([]);
  });

  it('DuplicateHandle with a NULL target variable still makes the (lost) duplicate', () => {
    const win = world('strict');
    const h = win.createObject('Event');
    expect(win.kernel32.DuplicateHandle(-1, h, -1, null, 0, 0, C.DUPLICATE_SAME_ACCESS)).not.toBe(0);
    expect(win.inspect(h)?.handleCount).toBe(2);
    expect(win.leaks()).toHaveLength(2);
    for (const leak of win.leaks()) win.kernel32.CloseHandle(leak.value);
  });
});

describe('handle information and comparison', () => {
  it('GetHandleInformation / SetHandleInformation / CompareObjectHandles fail with the documented errors', () => {
    const win = world('strict');
    const k = win.kernel32;
    const flags: [number] = [7];
    expect(k.GetHandleInformation(0x9990, flags)).toBe(0);
    expect(k.GetLastError()).toBe(6);
    expect(k.SetHandleInformation(0x9990, 1, 1)).toBe(0);
    const a = k.CreateEventW(null, 0, 0, null);
    expect(k.SetHandleInformation(a, C.HANDLE_FLAG_INHERIT, C.HANDLE_FLAG_INHERIT | C.HANDLE_FLAG_PROTECT_FROM_CLOSE)).not.toBe(0);
    k.GetHandleInformation(a, flags);
    expect(flags[0]).toBe(C.HANDLE_FLAG_INHERIT);
    expect(k.CompareObjectHandles(a, k.GetCurrentProcess())).toBe(0);
    expect(k.GetLastError()).toBe(1656);
    expect(k.CompareObjectHandles(a, 0)).toBe(0);
    expect(k.GetLastError()).toBe(6);
    k.CloseHandle(a);
    // Pseudo-handles: no flags to read, none to set (what Wine answers; the documents are silent).
    expect(k.GetHandleInformation(k.GetCurrentProcess(), flags)).not.toBe(0);
    expect(flags[0]).toBe(0);
    expect(k.SetHandleInformation(k.GetCurrentThread(), C.HANDLE_FLAG_PROTECT_FROM_CLOSE, C.HANDLE_FLAG_PROTECT_FROM_CLOSE)).toBe(0);
    expect(k.GetLastError()).toBe(5);
  });
});

describe('FltCreateFileEx', () => {
  it('returns a referenced file object the driver must dereference, and fills the IO_STATUS_BLOCK', () => {
    const win = world('strict');
    const h: [number] = [0];
    const fo: [number] = [0];
    const iosb: { Status?: number; Information?: number } = {};
    inSystem(win, () => {
      expect(win.fltmgr.FltCreateFileEx(1, 0, h, fo, C.GENERIC_READ, { ObjectName: '\\??\\C:\\ex.txt', Attributes: C.OBJ_KERNEL_HANDLE }, iosb, null, 0, 0,
        C.FILE_CREATE, 0, null, 0, 0)).toBe(STATUS.STATUS_SUCCESS);
      expect(iosb).toEqual({ Status: 0, Information: C.FILE_CREATED });
      expect(win.fltmgr.FltCreateFileEx(1, 0, [0], null, C.GENERIC_READ, { ObjectName: 'C:\\ex.txt', Attributes: C.OBJ_KERNEL_HANDLE }, iosb, null, 0, 0,
        C.FILE_CREATE, 0, null, 0, 0)).toBe(STATUS.STATUS_OBJECT_NAME_COLLISION);
      expect(win.fltmgr.FltClose(h[0])).toBe(STATUS.STATUS_SUCCESS);
    });
    expect(win.inspect(fo[0])).toMatchObject({ type: 'File', handleCount: 0, pointerCount: 1, deleted: false });
    expect(win.leaks().map((l) => [l.kind, l.openedBy])).toEqual([['reference', 'FltCreateFileEx']]);
    win.ntoskrnl.ObDereferenceObject(fo[0]);
    expect(win.inspect(fo[0])?.deleted).toBe(true);
  });
});

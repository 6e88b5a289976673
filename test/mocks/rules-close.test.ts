// Rules close-invalidates-handle, protect-from-close, protect-close-duplicate,
// closehandle-pseudo-handle and closehandle-debugger-exception, in both modes.
import { describe, expect, it } from 'vitest';
import { constants as C, STATUS, WindowsException } from '../../mocks/index.js';
import { inSystem, MODES, world } from './support.js';

const { STATUS_SUCCESS, STATUS_INVALID_HANDLE, STATUS_HANDLE_NOT_CLOSABLE } = STATUS;
const ERROR_INVALID_HANDLE = 6;
const oa = (name: string, attributes = C.OBJ_KERNEL_HANDLE) => ({ ObjectName: name, Attributes: attributes });

describe.each(MODES)('%s mode', (mode) => {
  it('close-invalidates-handle: CloseHandle succeeds once, then fails with ERROR_INVALID_HANDLE; NULL likewise', () => {
    const win = world(mode);
    const k = win.kernel32;
    const h = k.CreateEventW(null, 1, 0, null);
    expect(k.CloseHandle(h)).not.toBe(0);
    expect(k.CloseHandle(h)).toBe(0);
    expect(k.GetLastError()).toBe(ERROR_INVALID_HANDLE);
    k.SetLastError(0);
    expect(k.CloseHandle(0)).toBe(0);
    expect(k.GetLastError()).toBe(ERROR_INVALID_HANDLE);
    expect(win.violations).toEqual([]);
  });

  it('close-invalidates-handle: NtClose, ZwClose and FltClose return STATUS_INVALID_HANDLE the second time and for NULL', () => {
    const win = world(mode);
    const h = win.createObject('Event');
    expect(win.ntdll.NtClose(h)).toBe(STATUS_SUCCESS);
    expect(win.ntdll.NtClose(h)).toBe(STATUS_INVALID_HANDLE);
    expect(win.ntdll.NtClose(0)).toBe(STATUS_INVALID_HANDLE);
    const kh = win.createObject('Event', { kernelHandle: true });
    expect(win.ntoskrnl.ZwClose(kh)).toBe(STATUS_SUCCESS);
    expect(win.ntoskrnl.ZwClose(kh)).toBe(STATUS_INVALID_HANDLE);
    expect(win.ntoskrnl.ZwClose(0)).toBe(STATUS_INVALID_HANDLE);
    const fh: [number] = [0];
    inSystem(win, () => {
      expect(win.fltmgr.FltCreateFile(1, 0, fh, C.GENERIC_READ, oa('\\??\\C:\\data\\f.txt'), {}, null, 0, 0, C.FILE_OPEN_IF, 0, null, 0, 0)).toBe(STATUS_SUCCESS);
      expect(win.fltmgr.FltClose(fh[0])).toBe(STATUS_SUCCESS);
      expect(win.fltmgr.FltClose(fh[0])).toBe(STATUS_INVALID_HANDLE);
      expect(win.fltmgr.FltClose(0)).toBe(STATUS_INVALID_HANDLE);
    });
    expect(win.violations).toEqual([]);
  });

  it("close-invalidates-handle: with handleReuse 'never' a closed value stays invalid while new handles are opened", () => {
    const win = world(mode, { handleReuse: 'never' });
    const k = win.kernel32;
    const first = k.CreateEventW(null, 0, 0, null);
    k.CloseHandle(first);
    const later = Array.from({ length: 5 }, () => k.CreateEventW(null, 0, 0, null));
    expect(later).not.toContain(first);
    expect(win.inspect(first)).toBeUndefined();
    expect(k.CloseHandle(first)).toBe(0);
    // Windows reuses the most recently freed value first.
    const reusing = world(mode);
    const a = reusing.kernel32.CreateEventW(null, 0, 0, null);
    reusing.kernel32.CloseHandle(a);
    expect(reusing.kernel32.CreateEventW(null, 0, 0, null)).toBe(a);
  });

  it('protect-from-close: a protected handle stays open (FALSE / STATUS_HANDLE_NOT_CLOSABLE) and closes once unprotected', () => {
    const win = world(mode);
    const k = win.kernel32;
    const h = k.CreateEventW(null, 1, 0, null);
    expect(k.SetHandleInformation(h, C.HANDLE_FLAG_PROTECT_FROM_CLOSE, C.HANDLE_FLAG_PROTECT_FROM_CLOSE)).not.toBe(0);
    const flags: [number] = [0];
    expect(k.GetHandleInformation(h, flags)).not.toBe(0);
    expect(flags[0]).toBe(C.HANDLE_FLAG_PROTECT_FROM_CLOSE);
    expect(k.CloseHandle(h)).toBe(0);
    expect(k.GetLastError()).toBe(ERROR_INVALID_HANDLE);
    expect(win.ntdll.NtClose(h)).toBe(STATUS_HANDLE_NOT_CLOSABLE);
    expect(win.inspect(h)?.handleCount).toBe(1);
    expect(k.SetHandleInformation(h, C.HANDLE_FLAG_PROTECT_FROM_CLOSE, 0)).not.toBe(0);
    expect(k.CloseHandle(h)).not.toBe(0);
    expect(win.inspect(h)).toBeUndefined();
    expect(win.violations).toEqual([]);
  });

  it('protect-close-duplicate: NtDuplicateObject and ZwDuplicateObject with OBJ_PROTECT_CLOSE give a handle NtClose/ZwClose cannot close', () => {
    const win = world(mode);
    const h = win.createObject('Event');
    const dup: [number] = [0];
    expect(win.ntdll.NtDuplicateObject(-1, h, -1, dup, 0, C.OBJ_PROTECT_CLOSE, C.DUPLICATE_SAME_ACCESS)).toBe(STATUS_SUCCESS);
    expect(win.inspect(dup[0])?.handle?.protectFromClose).toBe(true);
    expect(win.ntdll.NtClose(dup[0])).toBe(STATUS_HANDLE_NOT_CLOSABLE);
    expect(win.ntdll.NtClose(h)).toBe(STATUS_SUCCESS);
    expect(win.inspect(dup[0])?.deleted).toBe(false);
    const kdup: [number] = [0];
    // A driver running in the context of the process that owns dup[0].
    win.run({ previousMode: C.KernelMode }, () => {
      expect(win.ntoskrnl.ZwDuplicateObject(-1, dup[0], -1, kdup, 0, C.OBJ_PROTECT_CLOSE | C.OBJ_KERNEL_HANDLE, C.DUPLICATE_SAME_ACCESS)).toBe(STATUS_SUCCESS);
      expect(kdup[0]).toBeLessThan(0);
      expect(win.ntoskrnl.ZwClose(kdup[0])).toBe(STATUS_HANDLE_NOT_CLOSABLE);
    });
    expect(win.inspect(dup[0])?.handleCount).toBe(2);
  });

  it('duplicate-close-source: the source handle is closed even when the duplicate cannot be made', () => {
    const win = world(mode);
    const k = win.kernel32;
    const h = k.CreateEventW(null, 0, 0, null);
    const out: [number] = [0];
    expect(k.DuplicateHandle(-1, h, 0x5550, out, 0, 0, C.DUPLICATE_SAME_ACCESS | C.DUPLICATE_CLOSE_SOURCE)).toBe(0);
    expect(k.GetLastError()).toBe(ERROR_INVALID_HANDLE);
    expect(out[0]).toBe(0);
    expect(win.inspect(h)).toBeUndefined();
    const h2 = win.createObject('Event');
    expect(win.ntdll.NtDuplicateObject(-1, h2, -1, out, 0, 0, C.DUPLICATE_SAME_ACCESS | C.DUPLICATE_CLOSE_SOURCE)).toBe(STATUS_SUCCESS);
    expect(win.inspect(h2)).toBeUndefined();
    expect(win.inspect(out[0])?.handleCount).toBe(1);
    win.ntdll.NtClose(out[0]);
  });

  it('closehandle-pseudo-handle: closing GetCurrentProcess() or GetCurrentThread() succeeds and changes nothing', () => {
    const win = world(mode);
    const k = win.kernel32;
    const before = win.inspect(win.process);
    expect(k.CloseHandle(k.GetCurrentProcess())).not.toBe(0);
    expect(k.CloseHandle(k.GetCurrentThread())).not.toBe(0);
    expect(win.ntdll.NtClose(k.GetCurrentProcess())).toBe(STATUS_SUCCESS);
    expect(win.inspect(win.process)).toEqual(before);
    expect(win.process.terminated).toBe(false);
    // The pseudo-handle still names the current process.
    expect(k.CompareObjectHandles(k.GetCurrentProcess(), k.GetCurrentProcess())).not.toBe(0);
  });

  it('closehandle-debugger-exception: under a debugger CloseHandle raises EXCEPTION_INVALID_HANDLE for invalid and pseudo-handles', () => {
    const win = world(mode, { debuggerAttached: true });
    const k = win.kernel32;
    const h = k.CreateEventW(null, 1, 0, null);
    expect(k.CloseHandle(h)).not.toBe(0);
    for (const bad of [h, 0, k.GetCurrentProcess(), k.GetCurrentThread()]) {
      let thrown: unknown;
      try {
        k.CloseHandle(bad);
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(WindowsException);
      expect((thrown as WindowsException).code).toBe(0xc0000008);
      expect((thrown as WindowsException).codeName).toBe('EXCEPTION_INVALID_HANDLE');
    }
    expect(win.violations.map((v) => v.rule)).toEqual(Array(4).fill('closehandle-debugger-exception'));
    // Without a debugger the same calls fail quietly.
    const quiet = world(mode);
    expect(quiet.kernel32.CloseHandle(h)).toBe(0);
    expect(quiet.kernel32.CloseHandle(quiet.kernel32.GetCurrentProcess())).not.toBe(0);
  });
});

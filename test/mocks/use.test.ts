// win.use: msw-style overrides for fault injection and for functions the mock does not implement.
import { describe, expect, it } from 'vitest';
import { constants as C, STATUS } from '../../mocks/index.js';
import { world } from './support.js';

describe('win.use', () => {
  it('replaces a function; next() calls the built-in with the same arguments, next(...args) with others', () => {
    const win = world('strict');
    const h = win.createObject('Event');
    const seen: number[] = [];
    win.use({
      NtClose: (handle, next) => {
        seen.push(handle);
        return handle === 0x4444 ? next(h) : next();
      },
    });
    expect(win.ntdll.NtClose(0x4444)).toBe(STATUS.STATUS_SUCCESS);
    expect(win.inspect(h)).toBeUndefined();
    expect(win.ntdll.NtClose(h)).toBe(STATUS.STATUS_INVALID_HANDLE);
    // A bare name applies to every DLL that has the function.
    expect(win.ntoskrnl.NtClose(0)).toBe(STATUS.STATUS_INVALID_HANDLE);
    expect(seen).toEqual([0x4444, h, 0]);
  });

  it('injects faults: a failing CloseHandle with its own last error', () => {
    const win = world('strict');
    const h = win.kernel32.CreateEventW(null, 0, 0, null);
    win.use({
      CloseHandle: () => {
        win.kernel32.SetLastError(5);
        return 0;
      },
    });
    expect(win.kernel32.CloseHandle(h)).toBe(0);
    expect(win.kernel32.GetLastError()).toBe(5);
    expect(win.inspect(h)?.handleCount).toBe(1);
    win.resetHandlers();
    expect(win.kernel32.CloseHandle(h)).not.toBe(0);
  });

  it('stacks handlers, latest first, and takes dll-qualified names', () => {
    const win = world('strict');
    const order: string[] = [];
    win.use({ 'ntoskrnl.ZwClose': (_h, next) => (order.push('first'), next()) });
    win.use({ ZwClose: (h, next) => (order.push('second'), next(h)) });
    expect(win.ntoskrnl.ZwClose(0)).toBe(STATUS.STATUS_INVALID_HANDLE);
    expect(order).toEqual(['second', 'first']);
  });

  it('provides functions the mock does not implement', () => {
    const win = world('strict');
    // ntoskrnl's NtCreateKey: "not directly accessible to kernel-mode drivers", so not built in.
    const call = () => win.ntoskrnl.NtCreateKey([0], 0, null, 0, null, 0, null);
    expect(call).toThrow('[winhandle] not mocked: NtCreateKey');
    win.use({ 'ntoskrnl.NtCreateKey': (out) => ((out[0] = 8), STATUS.STATUS_SUCCESS) });
    expect(call()).toBe(STATUS.STATUS_SUCCESS);
    // The ntdll one is built in and untouched.
    expect(win.ntdll.NtCreateKey([0], 0, null, 0, null, 0, null)).toBe(STATUS.STATUS_INVALID_PARAMETER);
    win.resetHandlers();
    expect(call).toThrow(/not mocked/);
  });

  it('rejects unknown names and non-functions, and overrides apply to one world only', () => {
    const win = world('strict');
    expect(() => win.use({ NtCloze: () => 0 } as never)).toThrow(/no DLL of the mock has a function named NtCloze/);
    expect(() => win.use({ NtClose: 5 } as never)).toThrow(/must be a function/);
    const other = world('strict');
    win.use({ GetCurrentProcess: () => 1234 });
    expect(win.kernel32.GetCurrentProcess()).toBe(1234);
    expect(other.kernel32.GetCurrentProcess()).toBe(C.CURRENT_PROCESS);
  });

  it('is recorded in the call log as what the caller saw', () => {
    const win = world('strict', { recordCalls: true });
    win.use({ NtClose: () => 0xc0000001 });
    expect(win.ntdll.NtClose(8)).toBe(0xc0000001);
    expect(win.calls).toMatchObject([{ dll: 'ntdll', api: 'NtClose', args: [8], result: 0xc0000001 }]);
  });
});

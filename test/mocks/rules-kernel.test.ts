// Rules kernel-handle-previous-mode, driverentry-handle-system-process, kernel-handle-attribute-required,
// fltcreatefile-kernel-handle, close-irql-passive, nt-zw-previous-mode, fltclose-only-fltcreatefile
// and obreference-kernelmode-user-handle, in both modes. Scenarios written from the documents.
import { describe, expect, it } from 'vitest';
import { BugCheck, constants as C, STATUS } from '../../mocks/index.js';
import { broken, inSystem, MODES, world } from './support.js';

const { STATUS_SUCCESS, STATUS_INVALID_HANDLE } = STATUS;
const key = (name: string, attributes: number) => ({ ObjectName: name, Attributes: attributes });
const file = (name: string, attributes: number) => ({ ObjectName: name, Attributes: attributes });

function bugCheck(call: () => unknown): BugCheck {
  try {
    call();
  } catch (error) {
    if (error instanceof BugCheck) return error;
    throw error;
  }
  throw new Error('expected a bug check');
}

describe.each(MODES)('%s mode', (mode) => {
  it('kernel-handle-previous-mode: an OBJ_KERNEL_HANDLE handle is invalid from UserMode and closes from KernelMode', () => {
    const win = world(mode);
    const h: [number] = [0];
    inSystem(win, () => win.ntoskrnl.ZwCreateKey(h, C.KEY_READ, key('\\Registry\\Machine\\Software\\Drv', C.OBJ_KERNEL_HANDLE), 0, null, 0, null));
    expect(h[0]).toBeLessThan(0);
    expect(win.ntdll.NtClose(h[0])).toBe(STATUS_INVALID_HANDLE);
    expect(win.kernel32.CloseHandle(h[0])).toBe(0);
    expect(win.run({ previousMode: C.UserMode }, () => win.ntoskrnl.NtClose(h[0]))).toBe(STATUS_INVALID_HANDLE);
    expect(win.run({ previousMode: C.KernelMode }, () => win.ntoskrnl.NtClose(h[0]))).toBe(STATUS_SUCCESS);
  });

  it('kernel-handle-previous-mode: a handle opened by a system thread closes only from KernelMode', () => {
    const win = world(mode);
    const h = inSystem(win, () => win.createObject('Event'));
    expect(win.inspect(h)?.handle).toMatchObject({ kernelHandle: true, process: 'System' });
    expect(win.run({ process: win.systemProcess, previousMode: C.UserMode }, () => win.ntoskrnl.NtClose(h))).toBe(STATUS_INVALID_HANDLE);
    expect(inSystem(win, () => win.ntoskrnl.NtClose(h))).toBe(STATUS_SUCCESS);
  });

  it('driverentry-handle-system-process: ZwClose from a dispatch routine in a user process cannot close the DriverEntry handle', () => {
    const win = world(mode);
    const h: [number] = [0];
    const disposition: [number] = [0];
    // DriverEntry runs in the system process; no OBJ_KERNEL_HANDLE needed there.
    expect(inSystem(win, () => win.ntoskrnl.ZwCreateKey(h, C.KEY_READ, key('\\Registry\\Machine\\Software\\Drv', 0), 0, null, 0, disposition))).toBe(STATUS_SUCCESS);
    expect(disposition[0]).toBe(C.REG_CREATED_NEW_KEY);
    expect(h[0]).toBeGreaterThan(0);
    const client = win.createProcess('client.exe');
    expect(win.run({ process: client, previousMode: C.UserMode }, () => win.ntoskrnl.ZwClose(h[0]))).toBe(STATUS_INVALID_HANDLE);
    expect(win.leaks().map((l) => [l.process, l.type])).toEqual([['System', 'Key']]);
    expect(inSystem(win, () => win.ntoskrnl.ZwClose(h[0]))).toBe(STATUS_SUCCESS);
    expect(win.violations).toEqual([]);
  });

  it('kernel-handle-attribute-required: ZwCreateKey outside a system thread without OBJ_KERNEL_HANDLE', () => {
    const win = world(mode);
    const h: [number] = [0];
    const status = broken(win, mode, 'kernel-handle-attribute-required', () =>
      win.run({ previousMode: C.UserMode }, () => win.ntoskrnl.ZwCreateKey(h, C.KEY_READ, key('\\Registry\\Machine\\Software\\Leaky', 0), 0, null, 0, null)));
    if (mode === 'lenient') {
      expect(status).toBe(STATUS_SUCCESS);
      // The handle landed in the user process's table, where its user-mode code can close it.
      expect(win.inspect(h[0])?.handle?.process).toBe('app.exe');
      expect(win.ntdll.NtClose(h[0])).toBe(STATUS_SUCCESS);
    } else {
      expect(h[0]).toBe(0);
    }
  });

  it('fltcreatefile-kernel-handle: FltCreateFile outside the system process without OBJ_KERNEL_HANDLE', () => {
    const win = world(mode);
    const h: [number] = [0];
    const status = broken(win, mode, 'fltcreatefile-kernel-handle', () =>
      win.fltmgr.FltCreateFile(1, 0, h, C.GENERIC_READ, file('\\??\\C:\\f.txt', 0), {}, null, 0, 0, C.FILE_OPEN_IF, 0, null, 0, 0));
    if (mode === 'lenient') {
      expect(status).toBe(STATUS_SUCCESS);
      expect(win.fltmgr.FltClose(h[0])).toBe(STATUS_SUCCESS);
    }
    const ok: [number] = [0];
    expect(win.fltmgr.FltCreateFile(1, 0, ok, C.GENERIC_READ, file('\\??\\C:\\f.txt', C.OBJ_KERNEL_HANDLE), {}, null, 0, 0, C.FILE_OPEN_IF, 0, null, 0, 0)).toBe(STATUS_SUCCESS);
    expect(win.fltmgr.FltClose(ok[0])).toBe(STATUS_SUCCESS);
  });

  it('close-irql-passive: NtClose, ZwClose and FltClose above PASSIVE_LEVEL are bug check 0xC4 (IrqlZwPassive)', () => {
    const win = world(mode);
    const h = win.createObject('Event', { kernelHandle: true });
    for (const close of [win.ntoskrnl.NtClose, win.ntoskrnl.ZwClose, win.fltmgr.FltClose]) {
      const b = bugCheck(() => win.run({ previousMode: C.KernelMode, irql: C.DISPATCH_LEVEL }, () => close(h)));
      expect(b.code).toBe(0xc4);
      expect(b.codeName).toBe('DRIVER_VERIFIER_DETECTED_VIOLATION');
      expect(b.verifierRule).toBe('IrqlZwPassive');
    }
    expect(win.violations.map((v) => v.rule)).toEqual(['close-irql-passive', 'close-irql-passive', 'close-irql-passive']);
    // Nothing was closed; at PASSIVE_LEVEL it closes.
    expect(win.inspect(h)?.handleCount).toBe(1);
    expect(win.run({ irql: C.PASSIVE_LEVEL }, () => win.ntoskrnl.ZwClose(h))).toBe(STATUS_SUCCESS);
  });

  it('nt-zw-previous-mode: ZwClose succeeds where NtClose fails for a dispatch routine whose previous mode is UserMode', () => {
    const win = world(mode);
    const h = win.createObject('File', { name: 'C:\\drv.dat', kernelHandle: true });
    win.run({ previousMode: C.UserMode }, () => {
      expect(win.ntoskrnl.ExGetPreviousMode()).toBe(C.UserMode);
      expect(win.ntoskrnl.NtClose(h)).toBe(STATUS_INVALID_HANDLE);
      let during = -1;
      expect(win.ntoskrnl.ZwClose(h)).toBe(STATUS_SUCCESS);
      win.use({ ZwClose: (handle: number, next) => ((during = win.ntoskrnl.ExGetPreviousMode()), next(handle)) });
      expect(win.ntoskrnl.ZwClose(h)).toBe(STATUS_INVALID_HANDLE);
      expect(during).toBe(C.UserMode);
      expect(win.ntoskrnl.ExGetPreviousMode()).toBe(C.UserMode);
    });
    win.resetHandlers();
    expect(win.ntoskrnl.KeGetCurrentIrql()).toBe(C.PASSIVE_LEVEL);
  });

  it('fltclose-only-fltcreatefile: FltClose of a handle FltCreateFile did not open', () => {
    const win = world(mode);
    const h = win.createObject('File', { name: 'C:\\other.txt', kernelHandle: true });
    const status = broken(win, mode, 'fltclose-only-fltcreatefile', () => win.fltmgr.FltClose(h));
    if (mode === 'lenient') {
      expect(status).toBe(STATUS_SUCCESS);
      expect(win.inspect(h)).toBeUndefined();
    } else {
      expect(win.inspect(h)?.handleCount).toBe(1);
    }
  });

  it('obreference-kernelmode-user-handle: AccessMode KernelMode with a user handle is bug check 0xC4 subcode 0xF6', () => {
    const win = world(mode);
    const h = win.kernel32.CreateEventW(null, 0, 0, null);
    const ptr: [number] = [0];
    const b = bugCheck(() => win.run({ previousMode: C.UserMode }, () => win.ntoskrnl.ObReferenceObjectByHandle(h, 0, null, C.KernelMode, ptr, null)));
    expect([b.code, b.parameters[0]]).toEqual([0xc4, 0xf6]);
    expect(win.violations.at(-1)?.rule).toBe('obreference-kernelmode-user-handle');
    expect(win.run({ previousMode: C.UserMode }, () => win.ntoskrnl.ObReferenceObjectByHandle(h, 0, null, C.UserMode, ptr, null))).toBe(STATUS_SUCCESS);
    win.ntoskrnl.ObDereferenceObject(ptr[0]);
    win.kernel32.CloseHandle(h);
  });
});

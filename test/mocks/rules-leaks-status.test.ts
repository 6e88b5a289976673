// Rules leaks and status-documented, in both modes.
import { describe, expect, it } from 'vitest';
import { constants as C, createWindowsMock, STATUS, type RuleViolation } from '../../mocks/index.js';
import { inSystem, MODES, world } from './support.js';

const THIS_FILE = 'rules-leaks-status.test.ts';

describe.each(MODES)('%s mode', (mode) => {
  it('leaks: every handle, referenced pointer and view still open is listed, in order, with where it was opened', () => {
    const win = world(mode);
    const k = win.kernel32;
    const event = k.CreateEventW(null, 0, 0, 'Local\\leaky');
    const mapping = k.CreateFileMappingW(-1, null, C.PAGE_READWRITE, 0, 4096, null);
    const view = k.MapViewOfFile(mapping, C.FILE_MAP_READ, 0, 0, 0);
    const ptr: [number] = [0];
    win.ntoskrnl.ObReferenceObjectByHandle(event, 0, null, C.UserMode, ptr, null);
    const kernel = inSystem(win, () => win.createObject('Semaphore', { kernelHandle: true }));
    const leaks = win.leaks();
    expect(leaks.map((l) => [l.kind, l.type, l.openedBy, l.process])).toEqual([
      ['handle', 'Event', 'CreateEventW', 'app.exe'],
      ['handle', 'File mapping', 'CreateFileMappingW', 'app.exe'],
      ['view', 'File mapping', 'MapViewOfFile', 'app.exe'],
      ['reference', 'Event', 'ObReferenceObjectByHandle', 'kernel'],
      ['handle', 'Semaphore', 'createObject', 'kernel handle table'],
    ]);
    expect(leaks.map((l) => l.value)).toEqual([event, mapping, view, ptr[0], kernel]);
    for (const leak of leaks) {
      expect(leak.stack?.split('\n')[0]).toContain(THIS_FILE);
      expect(leak.stack).not.toContain('/mocks/core/');
    }
    k.CloseHandle(event);
    k.UnmapViewOfFile(view);
    k.CloseHandle(mapping);
    win.ntoskrnl.ObDereferenceObject(ptr[0]);
    win.run({ previousMode: C.KernelMode }, () => win.ntoskrnl.ZwClose(kernel));
    expect(win.leaks()).toEqual([]);
  });

  it('leaks: captureStacks limits the stacks a world takes (false: none, n: the first n)', () => {
    const none = world(mode, { captureStacks: false });
    none.createObject('Event');
    expect(none.leaks()[0]?.stack).toBeUndefined();
    const two = world(mode, { captureStacks: 2 });
    for (let i = 0; i < 3; i++) two.createObject('Event');
    expect(two.leaks().map((l) => l.stack !== undefined)).toEqual([true, true, false]);
    const all = world(mode, { captureStacks: true });
    for (let i = 0; i < 3; i++) all.createObject('Job');
    expect(all.leaks().every((l) => l.stack !== undefined)).toBe(true);
    // A terminated process leaks nothing: its handles were closed with it.
    const child = all.createProcess('child.exe');
    all.createObject('Event', { process: child });
    all.terminate(child);
    expect(all.leaks()).toHaveLength(3);
  });

  it('status-documented: every status of a tour of the NTSTATUS functions is one their documents list', () => {
    const win = createWindowsMock({ mode });
    const h = win.createObject('Event');
    const out: [number] = [0];
    const len: [number] = [0];
    win.ntdll.NtQueryObject(h, C.ObjectBasicInformation, null, 0, len);
    win.ntdll.NtQueryObject(0, C.ObjectBasicInformation, {}, 56, len);
    win.ntdll.NtQueryObject(h, 99, {}, 1000, len);
    win.ntdll.NtDuplicateObject(-1, 0x7777, -1, out, 0, 0, 0);
    win.ntdll.NtDuplicateObject(h, h, -1, out, 0, 0, 0);
    win.ntoskrnl.ObReferenceObjectByHandle(0x7777, 0, null, C.UserMode, out, null);
    win.ntoskrnl.ObReferenceObjectByHandle(h, C.GENERIC_ALL | 0x1000000, null, C.UserMode, out, null);
    win.ntoskrnl.ZwCreateKey(out, 0, { ObjectName: '\\Registry\\Machine\\No\\Such', Attributes: C.OBJ_KERNEL_HANDLE }, 0, null, 0, null);
    win.ntoskrnl.ZwClose(0);
    win.fltmgr.FltClose(0);
    win.fltmgr.FltCreateFile(1, 0, out, 0, { ObjectName: 'C:\\none', Attributes: C.OBJ_KERNEL_HANDLE }, {}, null, 0, 0, C.FILE_OPEN, 0, null, 0, 0);
    win.advapi32.RegOpenKeyExW(C.HKEY_LOCAL_MACHINE, 'No\\Such', 0, C.KEY_READ, out);
    win.ws2_32.socket(C.AF_INET, C.SOCK_STREAM, 0);
    win.ws2_32.closesocket(h);
    expect(win.undocumentedStatuses()).toEqual([]);
  });

  it('status-documented: a status the document does not list is reported; an override\'s status is not checked', () => {
    const win = createWindowsMock({ mode });
    const h = win.createObject('File', { kernelHandle: true, protectFromClose: true });
    const status = inSystem(win, () => {
      win.use({ FltClose: (handle, next) => (handle === 0x42 ? 0xc0001234 : next()) });
      expect(win.fltmgr.FltClose(0x42)).toBe(0xc0001234);
      try {
        return win.fltmgr.FltClose(h);
      } catch (error) {
        // Strict: the handle was not opened by FltCreateFile, so the call stops before returning a status.
        expect((error as RuleViolation).rule).toBe('fltclose-only-fltcreatefile');
        return undefined;
      }
    });
    // FltClose's document lists STATUS_INVALID_HANDLE only; closing a protected handle gives another status.
    expect(status).toBe(mode === 'lenient' ? STATUS.STATUS_HANDLE_NOT_CLOSABLE : undefined);
    expect(win.undocumentedStatuses()).toEqual(mode === 'lenient' ? [{ api: 'FltClose', status: 0xc0000235, name: 'STATUS_HANDLE_NOT_CLOSABLE' }] : []);
  });
});

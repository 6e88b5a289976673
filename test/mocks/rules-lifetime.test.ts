// Rules object-lifetime-counts, reference-keeps-object, dereference-balanced,
// obreference-type-mismatch, named-object-lifetime and createevent-name-collision, in both modes.
import { describe, expect, it } from 'vitest';
import { BugCheck, constants as C, OBJECT_TYPES, STATUS } from '../../mocks/index.js';
import { MODES, world, type Mode } from './support.js';

const { STATUS_SUCCESS, STATUS_OBJECT_TYPE_MISMATCH } = STATUS;

/** A driver in the context of the calling process references the object behind a user handle. */
function referenced(mode: Mode) {
  const win = world(mode);
  const h = win.kernel32.CreateEventW(null, 1, 0, 'Local\\counted');
  const ptr: [number] = [0];
  const status = win.run({ previousMode: C.UserMode }, () =>
    win.ntoskrnl.ObReferenceObjectByHandle(h, C.SYNCHRONIZE, OBJECT_TYPES.ExEventObjectType, C.UserMode, ptr, null));
  expect(status).toBe(STATUS_SUCCESS);
  return { win, h, ptr: ptr[0] };
}

describe.each(MODES)('%s mode', (mode) => {
  it('object-lifetime-counts: the object goes only when the handle count and the pointer count are both zero', () => {
    const { win, h, ptr } = referenced(mode);
    const dup: [number] = [0];
    const k = win.kernel32;
    expect(k.DuplicateHandle(-1, h, -1, dup, 0, 0, C.DUPLICATE_SAME_ACCESS)).not.toBe(0);
    expect(win.inspect(ptr)).toMatchObject({ handleCount: 2, pointerCount: 1, deleted: false });
    k.CloseHandle(h);
    expect(win.inspect(ptr)).toMatchObject({ handleCount: 1, pointerCount: 1, deleted: false });
    k.CloseHandle(dup[0]);
    expect(win.inspect(ptr)).toMatchObject({ handleCount: 0, pointerCount: 1, deleted: false });
    win.ntoskrnl.ObDereferenceObject(ptr);
    expect(win.inspect(ptr)).toMatchObject({ handleCount: 0, pointerCount: 0, deleted: true });
  });

  it('object-lifetime-counts: with no referenced pointer, closing the last handle deletes the object', () => {
    const win = world(mode);
    const h = win.createObject('Mutex');
    const pointer = win.inspect(h)!.pointer;
    win.kernel32.CloseHandle(h);
    expect(win.inspect(pointer)).toMatchObject({ type: 'Mutex', ntType: 'Mutant', deleted: true, handleCount: 0 });
  });

  it('reference-keeps-object: a referenced pointer outlives every handle until ObDereferenceObject', () => {
    const { win, h, ptr } = referenced(mode);
    win.kernel32.CloseHandle(h);
    expect(win.inspect(ptr)?.deleted).toBe(false);
    expect(win.leaks().map((l) => [l.kind, l.openedBy])).toEqual([['reference', 'ObReferenceObjectByHandle']]);
    expect(win.ntoskrnl.ObDereferenceObject(ptr)).toBe(0);
    expect(win.inspect(ptr)?.deleted).toBe(true);
    expect(win.leaks()).toEqual([]);
  });

  it('dereference-balanced: dereferencing more than was referenced is bug check REFERENCE_BY_POINTER', () => {
    const { win, h, ptr } = referenced(mode);
    win.ntoskrnl.ObDereferenceObject(ptr);
    let thrown: unknown;
    try {
      win.ntoskrnl.ObDereferenceObject(ptr);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(BugCheck);
    expect((thrown as BugCheck).code).toBe(0x18);
    expect(win.violations.at(-1)?.rule).toBe('dereference-balanced');
    // The handle still holds the object; counts never went negative.
    expect(win.inspect(h)).toMatchObject({ handleCount: 1, pointerCount: 0, deleted: false });
    win.kernel32.CloseHandle(h);
  });

  it('obreference-type-mismatch: a wrong ObjectType gives STATUS_OBJECT_TYPE_MISMATCH and references nothing', () => {
    const win = world(mode);
    const h = win.createObject('Event');
    const ptr: [number] = [0];
    expect(win.ntoskrnl.ObReferenceObjectByHandle(h, 0, OBJECT_TYPES.PsProcessType, C.UserMode, ptr, null)).toBe(STATUS_OBJECT_TYPE_MISMATCH);
    expect(ptr[0]).toBe(0);
    expect(win.inspect(h)?.pointerCount).toBe(0);
    expect(win.ntoskrnl.ObReferenceObjectByHandle(-1, 0, OBJECT_TYPES.PsProcessType, C.UserMode, ptr, null)).toBe(STATUS_SUCCESS);
    expect(win.inspect(ptr[0])).toMatchObject({ via: 'pointer', type: 'Process', pointerCount: 2 });
    win.ntoskrnl.ObDereferenceObject(ptr[0]);
    win.kernel32.CloseHandle(h);
  });

  it('named-object-lifetime: after the last handle is closed OpenEventW fails with ERROR_FILE_NOT_FOUND', () => {
    const win = world(mode);
    const k = win.kernel32;
    const h = k.CreateEventW(null, 1, 0, 'Global\\once');
    const again = k.OpenEventW(C.SYNCHRONIZE, 0, 'Global\\once');
    expect(again).not.toBe(0);
    k.CloseHandle(h);
    // One handle is left: the event is still there.
    const third = k.OpenEventW(C.SYNCHRONIZE, 0, 'Global\\once');
    expect(third).not.toBe(0);
    k.CloseHandle(again);
    k.CloseHandle(third);
    expect(k.OpenEventW(C.SYNCHRONIZE, 0, 'Global\\once')).toBe(0);
    expect(k.GetLastError()).toBe(2);
    expect(win.leaks()).toEqual([]);
  });

  it('named-object-lifetime: a referenced pointer keeps the event, and its name, until it is released', () => {
    const { win, h, ptr } = referenced(mode);
    const k = win.kernel32;
    const again = k.OpenEventW(C.EVENT_ALL_ACCESS, 0, 'Local\\counted');
    expect(again).not.toBe(0);
    expect(k.CompareObjectHandles(h, again)).not.toBe(0);
    k.CloseHandle(h);
    k.CloseHandle(again);
    // Only the referenced pointer keeps it now: still there by name.
    const third = k.OpenEventW(C.EVENT_ALL_ACCESS, 0, 'Local\\counted');
    expect(third).not.toBe(0);
    k.CloseHandle(third);
    win.ntoskrnl.ObDereferenceObject(ptr);
    expect(k.OpenEventW(C.EVENT_ALL_ACCESS, 0, 'Local\\counted')).toBe(0);
    expect(k.GetLastError()).toBe(2);
    // A new event may take the name now.
    const fresh = k.CreateEventW(null, 0, 0, 'Local\\counted');
    expect(k.GetLastError()).toBe(0);
    k.CloseHandle(fresh);
  });

  it('createevent-name-collision: another kind under the name fails with ERROR_INVALID_HANDLE; an event is opened with ERROR_ALREADY_EXISTS', () => {
    const win = world(mode);
    const k = win.kernel32;
    const mapping = k.CreateFileMappingW(-1, null, C.PAGE_READWRITE, 0, 4096, 'shared');
    expect(k.CreateEventW(null, 1, 0, 'shared')).toBe(0);
    expect(k.GetLastError()).toBe(6);
    const e1 = k.CreateEventW(null, 1, 0, 'ev');
    const e2 = k.CreateEventW(null, 0, 1, 'ev');
    expect(k.GetLastError()).toBe(183);
    expect(k.CompareObjectHandles(e1, e2)).not.toBe(0);
    expect(win.inspect(e2)?.state).toEqual({ manualReset: true, signaled: false });
    for (const h of [mapping, e1, e2]) k.CloseHandle(h);
    expect(win.leaks()).toEqual([]);
  });
});

// What must hold after every step, checked against the model: the counts of every object (never
// negative, deleted exactly when both are zero), every open handle and its flags, every closed
// handle invalid everywhere, and each name of the pool openable exactly while its object lives.
import { expect } from 'vitest';
import { constants as C, STATUS, WIN32_ERROR } from '../../../mocks/index.js';
import type { Model } from './model.js';
import { inProcess, note, type Real } from './step.js';

export const NAMES = ['Local\\prop-0', 'Local\\prop-1', 'Local\\prop-2'] as const;

function counts(m: Model, r: Real): void {
  for (const o of m.objects) {
    const seen = r.win.inspect(o.pointer);
    expect(seen, `object at ${o.pointer}`).toBeDefined();
    const { handleCount, pointerCount, deleted } = seen!;
    expect(handleCount).toBeGreaterThanOrEqual(0);
    expect(pointerCount).toBeGreaterThanOrEqual(0);
    expect(deleted, 'deleted exactly when both counts are zero').toBe(handleCount === 0 && pointerCount === 0);
    expect({ kind: seen!.type, handleCount, pointerCount, deleted }, `object ${o.kind} at ${o.pointer}`)
      .toEqual({ kind: o.kind, handleCount: o.handles, pointerCount: o.pointers, deleted: o.deleted });
    if (o.deleted) note(r, 'object deleted');
    else if (o.handles === 0 && o.driverRefs > 0) note(r, 'object kept by a referenced pointer alone');
  }
}

function openHandles(m: Model, r: Real): void {
  for (const h of m.open.values()) {
    const seen = r.win.inspect(h.value);
    expect(seen?.via, `handle ${h.value}`).toBe('handle');
    expect(seen!.pointer).toBe(h.object.pointer);
    const table = h.kernel ? 'kernel handle table' : h.owner === 'app' ? r.win.process.name : r.other.name;
    expect(seen!.handle, `flags of handle ${h.value}`)
      .toMatchObject({ value: h.value, protectFromClose: h.protect, inherit: h.inherit, access: h.access, kernelHandle: h.kernel, search: h.search, process: table });
  }
}

/**
 * A closed handle names nothing, and every call with it fails as an invalid handle, in user and in
 * kernel mode, in the process whose table held it.
 */
function closedHandles(m: Model, r: Real): void {
  const flags: [number] = [0];
  const k = r.win.kernel32;
  for (const value of m.seen) {
    if (m.open.has(value)) continue;
    expect(r.win.inspect(value), `closed handle ${value}`).toBeUndefined();
    const where = m.tableOf.get(value) === 'other' ? 'other' : 'app';
    expect(inProcess(r, where, () => [k.GetHandleInformation(value, flags), k.GetLastError()])).toEqual([0, WIN32_ERROR.ERROR_INVALID_HANDLE]);
    expect(inProcess(r, where, () => r.win.ntoskrnl.ZwClose(value)), `ZwClose of closed handle ${value}`).toBe(STATUS.STATUS_INVALID_HANDLE);
  }
}

/** OpenEventW by each name: an Event while it lives, ERROR_INVALID_HANDLE for another kind, then ERROR_FILE_NOT_FOUND. */
function names(m: Model, r: Real): void {
  const k = r.win.kernel32;
  for (const name of NAMES) {
    const live = m.named(name);
    const h = k.OpenEventW(C.SYNCHRONIZE, 0, name);
    if (live?.kind === 'Event') {
      const problem = m.learnProbe(h);
      expect(problem, `OpenEventW(${name})`).toBeUndefined();
      expect(r.win.inspect(h)?.pointer).toBe(live.pointer);
      expect(k.CloseHandle(h)).toBe(1);
      note(r, 'name opened');
      continue;
    }
    expect(h, `OpenEventW(${name}) with ${live === undefined ? 'no object' : `a ${live.kind}`} of that name`).toBe(0);
    expect(k.GetLastError()).toBe(live === undefined ? WIN32_ERROR.ERROR_FILE_NOT_FOUND : WIN32_ERROR.ERROR_INVALID_HANDLE);
    if (live === undefined && m.objects.some((o) => o.name === name)) note(r, 'name gone with its object');
  }
}

export function checkInvariants(m: Model, r: Real): void {
  counts(m, r);
  openHandles(m, r);
  closedHandles(m, r);
  names(m, r);
  expect(r.win.violations.length, 'violations recorded').toBe(m.violations);
  expect(r.win.undocumentedStatuses()).toEqual([]);
}

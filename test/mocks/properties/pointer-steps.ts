// Steps on referenced pointers, as a driver takes them: ObReferenceObjectByHandle in kernel
// context (win.run) under either previous mode and access mode, and ObDereferenceObject of any
// pointer seen so far (releasing one more than was referenced is a bug check).
import fc from 'fast-check';
import { constants as C, STATUS } from '../../../mocks/index.js';
import { Step } from './command.js';
import { pick } from './handle-steps.js';
import { ACCESS_MASKS, perform, resolve, target, type Pick } from './step.js';

const NEVER_HANDED_OUT = -0x7000_0000_0000;

function reference(p: Pick, previousMode: 0 | 1, accessMode: 0 | 1, desired: number): Step {
  const modes = `previous ${previousMode === C.KernelMode ? 'Kernel' : 'User'}, access ${accessMode === C.KernelMode ? 'Kernel' : 'User'}`;
  return new Step(`ObReferenceObjectByHandle(${p.open ? 'open' : 'any'}#${p.i}, 0x${desired.toString(16)}, ${modes})`, (m, r) => {
    const value = resolve(m, p);
    const { pseudo, entry } = target(m, value, accessMode === C.KernelMode);
    const obj = pseudo ?? (entry?.search === false ? entry.object : undefined);
    // A user-mode caller's handle must not be used with AccessMode KernelMode (Driver Verifier).
    const userHandleAsKernel = accessMode === C.KernelMode && previousMode === C.UserMode && entry !== undefined && !entry.kernel;
    // "If AccessMode is UserMode, the requested access is compared to the granted access"; a pseudo-handle has all rights.
    const denied = accessMode === C.UserMode && entry !== undefined && (desired & ~entry.access) !== 0;
    const out: [number] = [0];
    perform(m, r, {
      bugCheck: userHandleAsKernel ? 'obreference-kernelmode-user-handle' : undefined,
      result: obj === undefined ? STATUS.STATUS_INVALID_HANDLE : denied ? STATUS.STATUS_ACCESS_DENIED : STATUS.STATUS_SUCCESS,
      apply: () => {
        if (obj === undefined || denied) return;
        if (out[0] !== obj.pointer) throw new Error(`ObReferenceObjectByHandle gave ${out[0]}, the object is at ${obj.pointer}`);
        m.reference(obj);
      },
    }, () => r.win.run({ previousMode }, () => r.win.ntoskrnl.ObReferenceObjectByHandle(value, desired, 0, accessMode, out, null)));
  });
}

const referenceArb = fc.tuple(pick, fc.constantFrom(0 as const, 1 as const), fc.constantFrom(0 as const, 1 as const), fc.constantFrom(0, ...ACCESS_MASKS))
  .map(([p, previous, accessMode, desired]) => reference(p, previous, accessMode, desired));

/** Mostly a pointer still referenced; sometimes any object's pointer, or one never handed out. */
function dereference(held: boolean, i: number): Step {
  return new Step(`ObDereferenceObject(${held ? 'held' : 'any'}#${i})`, (m, r) => {
    const heldOnes = m.objects.filter((o) => o.driverRefs > 0);
    const pool = held && heldOnes.length > 0 ? heldOnes.map((o) => o.pointer) : [...m.objects.map((o) => o.pointer), NEVER_HANDED_OUT];
    const pointer = pool[i % pool.length]!;
    m.resolved = `pointer ${pointer}`;
    const obj = m.objects.find((o) => o.pointer === pointer);
    const balanced = obj !== undefined && obj.driverRefs > 0;
    perform(m, r, {
      bugCheck: balanced ? undefined : 'dereference-balanced', result: 0,
      apply: () => m.dereference(obj!),
    }, () => r.win.run({ previousMode: C.KernelMode }, () => r.win.ntoskrnl.ObDereferenceObject(pointer)));
  });
}

const dereferenceArb = fc.tuple(fc.nat(3).map((n) => n > 0), fc.nat()).map(([held, i]) => dereference(held, i));

export const POINTER_STEPS = [referenceArb, dereferenceArb];

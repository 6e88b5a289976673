// Property-based tests of the object manager (issue 3): random sequences of create, open by name,
// duplicate, protect, reference, dereference and close, in strict and lenient mode and under both
// handle reuse policies, each step checked against an independent model (test/mocks/properties/).
// Objects are created in the default process or a second one, and closed from either, so a handle
// used in the wrong process must be invalid there. After every step: counts never negative and
// equal to the model's, an object deleted exactly when both counts are zero, a named object
// openable exactly until then, closed handles invalid for every call, handle values nonzero
// multiples of 4 and, under handleReuse 'never', never handed out twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { constants as C, createWindowsMock, STATUS } from '../../mocks/index.js';
import { HANDLE_STEPS } from './properties/handle-steps.js';
import { POINTER_STEPS } from './properties/pointer-steps.js';
import { start } from './properties/start.js';

const STEPS = [...HANDLE_STEPS, ...POINTER_STEPS];
const RUNS_PER_CONFIGURATION = 125;
/**
 * A fixed seed: the REACHED check below asserts what random sequences happened to reach, so an
 * unseeded run can miss a rare outcome by chance (CI once did). Change it to explore further.
 */
const SEED = 20261123;
const MAX_STEPS = 30;

/** Outcomes the sequences must have reached, or the properties were checked on too little. */
const REACHED = [
  'object deleted', 'object kept by a referenced pointer alone', 'name opened', 'name gone with its object',
  'name used again after its object went', 'throws: bug check', 'throws: usage', 'closing in other', 'closing in the wrong process',
];

describe.each([
  ['strict', 'windows'], ['strict', 'never'], ['lenient', 'windows'], ['lenient', 'never'],
] as const)('%s mode, handleReuse %s', (mode, reuse) => {
  it(`${RUNS_PER_CONFIGURATION} random sequences of up to ${MAX_STEPS} steps agree with the model after every step`, () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(fc.commands(STEPS, { maxCommands: MAX_STEPS, size: 'max' }), (steps) => {
        fc.modelRun(() => start(mode, reuse, seen), steps);
      }),
      { numRuns: RUNS_PER_CONFIGURATION, seed: SEED },
    );
    const reached = mode === 'strict' ? [...REACHED, 'throws: violation'] : REACHED;
    for (const what of reached) expect(seen.get(what) ?? 0, what).toBeGreaterThan(0);
  });
});

describe('bugs the properties found, kept as examples', () => {
  it('a duplicate of GetCurrentProcess() or GetCurrentThread() with DUPLICATE_SAME_ACCESS has all access rights', () => {
    const win = createWindowsMock();
    const out: [number] = [0];
    expect(win.kernel32.DuplicateHandle(C.CURRENT_PROCESS, C.CURRENT_PROCESS, C.CURRENT_PROCESS, out, 0, 0, C.DUPLICATE_SAME_ACCESS)).toBe(1);
    expect(win.inspect(out[0])?.handle?.access).toBe(C.PROCESS_ALL_ACCESS);
    const ptr: [number] = [0];
    expect(win.ntoskrnl.ObReferenceObjectByHandle(out[0], C.PROCESS_ALL_ACCESS, 0, C.UserMode, ptr, null)).toBe(STATUS.STATUS_SUCCESS);
    win.ntoskrnl.ObDereferenceObject(ptr[0]);
    expect(win.ntdll.NtDuplicateObject(C.CURRENT_PROCESS, C.CURRENT_THREAD, C.CURRENT_PROCESS, out, 0, 0, C.DUPLICATE_SAME_ACCESS)).toBe(STATUS.STATUS_SUCCESS);
    expect(win.inspect(out[0])?.handle?.access).toBe(C.THREAD_ALL_ACCESS);
  });
});

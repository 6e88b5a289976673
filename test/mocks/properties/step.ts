// One step of a random sequence: what the model predicts for a call, the call on the mock, and
// the comparison. A broken rule throws in strict mode and is the step's outcome; a bug check throws
// in every mode; otherwise the return value, the last error and the model update follow.
import { expect } from 'vitest';
import { BugCheck, constants as C, RuleViolation, type MockProcess, type RunContext, type WindowsMock } from '../../../mocks/index.js';
import type { Model, ModelHandle, ModelObject, Where } from './model.js';

export interface Real {
  win: WindowsMock;
  /** The second process, where some steps run. */
  other: MockProcess;
  strict: boolean;
  /** What the sequences ran into, so the test can show the properties were not checked vacuously. */
  seen: Map<string, number>;
}

export interface Prediction {
  /** A documented rule the call breaks: strict mode throws RuleViolation, lenient goes on. */
  violation?: string;
  /** Windows raises (a bug check), in every mode. */
  bugCheck?: string;
  /** The mock refuses the arrangement with a usage error. */
  usage?: RegExp;
  /** The return value, or 'handle' for a new handle. */
  result: number | 'handle';
  lastError?: number;
  /** Model update once the call returned, given its return value. */
  apply?: (value: number) => void;
}

export function note(r: Real, what: string): void {
  r.seen.set(what, (r.seen.get(what) ?? 0) + 1);
}

function thrownKind(p: Prediction, strict: boolean): 'bug check' | 'usage' | 'violation' | undefined {
  if (p.bugCheck !== undefined) return 'bug check';
  if (p.usage !== undefined) return 'usage';
  return p.violation !== undefined && strict ? 'violation' : undefined;
}

/** Runs fn in that process (the default one needs no run()). */
export function inProcess<T>(r: Real, where: Where, fn: () => T, ctx: RunContext = {}): T {
  return where === 'app' && Object.keys(ctx).length === 0 ? fn() : r.win.run({ ...ctx, process: where === 'app' ? r.win.process : r.other }, fn);
}

/** Makes the call in `where` and compares its outcome with the prediction. */
export function perform(m: Model, r: Real, p: Prediction, call: () => number, where: Where = 'app'): void {
  const before = r.win.violations.length;
  let value: number | undefined;
  let thrown: unknown;
  try {
    value = inProcess(r, where, call);
  } catch (error) {
    thrown = error;
  }
  const throws = thrownKind(p, r.strict);
  if (throws !== undefined) note(r, `throws: ${throws}`);
  if (throws === 'bug check') expect((thrown as BugCheck | undefined)?.rule, String(thrown)).toBe(p.bugCheck);
  if (throws === 'bug check') expect(thrown).toBeInstanceOf(BugCheck);
  if (throws === 'violation') expect(thrown).toBeInstanceOf(RuleViolation);
  if (throws === 'violation') expect((thrown as RuleViolation).rule).toBe(p.violation);
  if (throws === 'usage') expect(String(thrown)).toMatch(p.usage!);
  if (throws === undefined) {
    if (thrown !== undefined) throw thrown;
    if (p.result === 'handle') expect(value, 'a new handle').not.toBe(0);
    else expect(value).toBe(p.result);
    if (p.lastError !== undefined) expect(inProcess(r, where, () => r.win.kernel32.GetLastError()), 'last error').toBe(p.lastError);
    p.apply?.(value!);
  }
  const rules = p.bugCheck !== undefined ? [p.bugCheck] : p.violation !== undefined ? [p.violation] : [];
  expect(r.win.violations.slice(before).map((v) => v.rule), 'violations recorded by this call').toEqual(rules);
  m.violations += rules.length;
}

/** A handle argument: one of the open handles, or any value (closed ones, NULL, pseudo-handles, never-issued ones). */
export interface Pick {
  open: boolean;
  i: number;
}

/** Access masks the steps ask for: all rights, EVENT_ALL_ACCESS, SYNCHRONIZE, SYNCHRONIZE | EVENT_MODIFY_STATE. */
export const ACCESS_MASKS = [0x1fffff, C.EVENT_ALL_ACCESS, C.SYNCHRONIZE, C.SYNCHRONIZE | 0x2] as const;
/** GetCurrentProcess(): "This handle has the PROCESS_ALL_ACCESS access right"; GetCurrentThread() likewise THREAD_ALL_ACCESS. */
export const PSEUDO_ACCESS = C.PROCESS_ALL_ACCESS;

/** Values no handle ever has in these sequences: one in the process's table, one in the kernel's. */
export const NEVER_ISSUED = [0x7ffffff0, -(2 ** 31) + 0x40000] as const;
const SPECIAL = [0, C.CURRENT_PROCESS, C.CURRENT_THREAD, ...NEVER_ISSUED];

export function resolve(m: Model, pick: Pick): number {
  const from = pick.open && m.open.size > 0 ? [...m.open.keys()] : [...m.seen, ...SPECIAL];
  const value = from[pick.i % from.length]!;
  m.resolved = `handle ${value}`;
  return value;
}

/**
 * What a handle value names for a caller in `where` with that previous mode: a pseudo-handle's
 * object, an entry, or nothing. A kernel handle needs KernelMode; any other is valid only in the
 * process whose table holds it.
 */
export function target(m: Model, value: number, kernelMode: boolean, where: Where = 'app'): { pseudo?: ModelObject; entry?: ModelHandle } {
  const pseudo = m.pseudo[where].get(value);
  if (pseudo !== undefined) return { pseudo };
  const entry = m.open.get(value);
  if (entry === undefined) return {};
  return (entry.kernel ? kernelMode : entry.owner === where) ? { entry } : {};
}

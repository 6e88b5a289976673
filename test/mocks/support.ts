// Shared helpers of the mock's tests: worlds in both modes, the rule-violation expectation, and a
// check after every test that no built-in returned a status its documents do not list
// (rule status-documented, over every call of the suite).
import { afterEach, expect } from 'vitest';
import { createWindowsMock, RuleViolation, type MockOptions, type WindowsMock } from '../../mocks/index.js';

export const MODES = ['strict', 'lenient'] as const;
export type Mode = (typeof MODES)[number];

const worlds: WindowsMock[] = [];

export function world(mode: Mode, options: Omit<MockOptions, 'mode'> = {}): WindowsMock {
  const win = createWindowsMock({ ...options, mode });
  worlds.push(win);
  return win;
}

afterEach(() => {
  for (const win of worlds.splice(0)) expect(win.undocumentedStatuses()).toEqual([]);
});

/**
 * A call that breaks `rule`: in strict mode it must throw RuleViolation (returns undefined); in
 * lenient mode it returns what Windows returns. Either way the violation is recorded.
 */
export function broken<T>(win: WindowsMock, mode: Mode, rule: string, call: () => T): T | undefined {
  const before = win.violations.length;
  let result: T | undefined;
  if (mode === 'strict') {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RuleViolation);
    expect((thrown as RuleViolation).rule).toBe(rule);
    expect((thrown as RuleViolation).message).toContain((thrown as RuleViolation).quote);
  } else {
    result = call();
  }
  expect(win.violations.slice(before).map((v) => v.rule)).toEqual([rule]);
  return result;
}

/** Runs fn as kernel-mode code of the system process (DriverEntry, a system thread). */
export function inSystem<T>(win: WindowsMock, fn: () => T): T {
  return win.run({ process: win.systemProcess, previousMode: 0 }, fn);
}

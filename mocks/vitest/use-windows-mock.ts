// useWindowsMock: a fresh world for every test, and in strict mode a failed test when the test
// leaves handles open or breaks a documented rule it did not say it would break.
import { afterEach, beforeEach, expect } from 'vitest';
import { createWindowsMock, RuleViolation, type Leak, type MockOptions, type Violation, type WindowsMock } from '../index.js';

export interface UseWindowsMockOptions extends MockOptions {
  /** Strict mode: fail a test that leaves handles, referenced pointers or mapped views behind. Default true. */
  failOnLeaks?: boolean;
}

/** The proxy useWindowsMock returns: every member is the running test's world's. */
export interface TestWorld extends WindowsMock {
  /** The running test's world itself (a new object in every test). */
  readonly current: WindowsMock;
  /**
   * Runs `call`, which must break `rule`. Strict: expects the RuleViolation and returns undefined;
   * lenient: returns what the call returns and expects the violation recorded. Either way the
   * violation is not held against the test at its end.
   */
  expectViolation<T>(rule: string, call: () => T): T | undefined;
}

const MAX_FRAMES = 3;

function where(leak: Leak): string {
  if (leak.stack === undefined) return '      (stack not captured: see the captureStacks option)';
  const frames = leak.stack.split('\n').filter((l) => l !== '' && !/node_modules[\\/]|node:internal|<anonymous>/.test(l));
  return frames.slice(0, MAX_FRAMES).map((f) => `      ${f}`).join('\n');
}

function hex(value: number): string {
  return value < 0 ? `-0x${(-value).toString(16)}` : `0x${value.toString(16)}`;
}

export function formatLeaks(leaks: readonly Leak[]): string {
  const lines = leaks.map((l) => `  ${l.kind} ${hex(l.value)} ${l.type}${l.name !== undefined ? ` "${l.name}"` : ''} in ${l.process}, opened by ${l.openedBy}\n${where(l)}`);
  return `[winhandle] the test left ${leaks.length} open (strict mode):\n${lines.join('\n')}\n`
    + 'Close each one (CloseHandle, FindClose, RegCloseKey, closesocket, UnmapViewOfFile, ObDereferenceObject), or pass failOnLeaks: false.';
}

export function formatViolations(violations: readonly Violation[]): string {
  const lines = violations.map((v) => `  rule ${v.rule} at ${v.api}: ${v.message}\n      "${v.quote}" (${v.document})`);
  const first = violations[0]?.rule ?? 'rule-id';
  return `[winhandle] the test broke ${violations.length} documented rule${violations.length === 1 ? '' : 's'} (strict mode):\n${lines.join('\n')}\n`
    + `If the test means to break it, wrap the call: win.expectViolation('${first}', () => ...).`;
}

/**
 * Registers beforeEach/afterEach in the current suite (or file) and returns a proxy to the
 * running test's world: `const win = useWindowsMock(); it('...', () => win.kernel32.CloseHandle(h))`.
 * Reading it outside a test throws. Default mode: strict.
 */
export function useWindowsMock(options: UseWindowsMockOptions = {}): TestWorld {
  const { failOnLeaks = true, ...mockOptions } = options;
  let world: WindowsMock | undefined;
  let acknowledged = new Set<Violation>();

  beforeEach(() => {
    world = createWindowsMock(mockOptions);
    acknowledged = new Set();
  });

  afterEach((context) => {
    const w = world;
    world = undefined;
    // A failed test has already said what went wrong; what it left open follows from that.
    if (w === undefined || w.options.mode !== 'strict' || context.task.result?.state === 'fail') return;
    const violations = w.violations.filter((v) => !acknowledged.has(v));
    const leaks = failOnLeaks ? w.leaks() : [];
    const reports = [...(violations.length > 0 ? [formatViolations(violations)] : []), ...(leaks.length > 0 ? [formatLeaks(leaks)] : [])];
    if (reports.length > 0) throw new Error(reports.join('\n'));
  });

  const current = (): WindowsMock => {
    if (world === undefined) {
      throw new Error('[winhandle] useWindowsMock(): there is no world outside a test — each test gets its own in beforeEach; use the proxy inside it(), beforeEach() or afterEach()');
    }
    return world;
  };

  function expectViolation<T>(rule: string, call: () => T): T | undefined {
    const w = current();
    const before = w.violations.length;
    let result: T | undefined;
    if (w.options.mode === 'strict') {
      expect(call, `expected ${rule} to be broken`).toThrow(RuleViolation);
    } else {
      result = call();
    }
    const recorded = w.violations.slice(before);
    expect(recorded.map((v) => v.rule), `rules broken by the call given to expectViolation('${rule}')`).toContain(rule);
    for (const v of recorded) if (v.rule === rule) acknowledged.add(v);
    return result;
  }

  return new Proxy({} as TestWorld, {
    get(_target, prop) {
      if (prop === 'current') return current();
      if (prop === 'expectViolation') return expectViolation;
      const w = current();
      const value: unknown = Reflect.get(w, prop);
      return typeof value === 'function' ? value.bind(w) : value;
    },
    has: (_target, prop) => prop === 'current' || prop === 'expectViolation' || prop in current(),
  });
}

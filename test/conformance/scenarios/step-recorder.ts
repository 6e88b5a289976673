// The mock side of step.h: the same step lines, the same value classes, and which rules the mock
// recorded as violated at each step.
import { RuleViolation, type MockOptions, type WindowsMock } from '../../../mocks/index.js';
import type { Step } from '../golden-format.js';

const INVALID_HANDLE_VALUE = -1;
const SOCKET_ERROR = -1;

/** handle_class() of step.h. `failure` is what the API returns when it fails. */
export function handleClass(h: number, failure = 0): 'valid' | 'invalid' | 'pseudo' {
  if (h === failure || h === 0) return 'invalid';
  if (h === -1 || h === -2) return 'pseudo';
  return 'valid';
}

export class StepRecorder {
  readonly steps: Step[] = [];
  /** Rule ids the mock recorded during each step, by label. */
  readonly violations = new Map<string, string[]>();

  constructor(private readonly win: WindowsMock) {}

  private record<T>(label: string, call: () => T, fields: (result: T, lastError: number) => string): T {
    if (this.steps.some((s) => s.label === label)) throw new Error(`[winhandle] step label "${label}" used twice — labels name steps`);
    const before = this.win.violations.length;
    this.win.kernel32.SetLastError(0);
    let result: T;
    try {
      result = call();
    } catch (error) {
      // Strict mode: the step broke a rule. Later steps go on (their results are not compared).
      if (!(error instanceof RuleViolation)) throw error;
      this.violations.set(label, [error.rule]);
      this.steps.push({ label, fields: `threw RuleViolation ${error.rule}` });
      return 0 as T;
    }
    const lastError = this.win.kernel32.GetLastError();
    const rules = this.win.violations.slice(before).map((v) => v.rule);
    if (rules.length > 0) this.violations.set(label, rules);
    this.steps.push({ label, fields: fields(result, lastError) });
    return result;
  }

  /** STEP_BOOL */
  bool(label: string, call: () => number): number {
    return this.record(label, call, (r, e) => (r !== 0 ? 'result=1' : `result=0 lastError=${e}`));
  }

  /** STEP_HANDLE */
  handle(label: string, call: () => number, failure = 0): number {
    return this.record(label, call, (h, e) => `handle=${handleClass(h, failure)} lastError=${e}`);
  }

  /** STEP_STATUS */
  status(label: string, call: () => number): number {
    return this.record(label, call, (st) => `status=0x${(st >>> 0).toString(16).padStart(8, '0')}`);
  }

  /** STEP_VALUE: a number computed by a call (or already known). */
  value(label: string, call: () => number | boolean): number {
    return this.record(label, () => Number(call()) >>> 0, (v) => `value=${v}`);
  }

  /** STEP_CLASS: a handle already obtained through an out parameter. */
  handleOf(label: string, h: number, failure = 0): void {
    this.record(label, () => h, (v) => `handle=${handleClass(v, failure)}`);
  }

  /** Any other fields, printed as given (the scenario's own printf). */
  fields(label: string, call: () => string): string {
    return this.record(label, call, (f) => f);
  }

  /** step_handle_count(): the handle count through NtQueryObject(ObjectBasicInformation). */
  handleCount(label: string, h: number): void {
    const info: { HandleCount?: number } = {};
    this.record(label, () => this.win.ntdll.NtQueryObject(h, 0, info, 56, null),
      (st) => (st !== 0 ? `status=0x${(st >>> 0).toString(16).padStart(8, '0')}` : `handleCount=${info.HandleCount}`));
  }

  /** STEP_WSA of sockets.c: an int result; on SOCKET_ERROR the WSAGetLastError code. */
  wsa(label: string, call: () => number): number {
    return this.record(label, call, (r) => (r === SOCKET_ERROR ? `result=${r} wsaError=${this.win.ws2_32.WSAGetLastError()}` : `result=${r}`));
  }

  /** STEP_SOCKET of sockets.c. */
  socket(label: string, call: () => number): number {
    return this.record(label, call, (s) => `socket=${s === INVALID_HANDLE_VALUE ? 'invalid' : 'valid'} wsaError=${this.win.ws2_32.WSAGetLastError()}`);
  }
}

export interface MockScenario {
  name: string;
  /** World options beyond `mode: 'lenient'` (files and keys the C program sets up itself). */
  options?: Omit<MockOptions, 'mode'>;
  run(win: WindowsMock, step: StepRecorder): void;
}

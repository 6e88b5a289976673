// Matchers for NTSTATUS values and a world's last error, with messages that name each code,
// give its hex value and say what it means.
import { expect } from 'vitest';
import { codeValue, describeCode } from './codes.js';

/** Anything with a kernel32.GetLastError(): a world, or useWindowsMock()'s proxy. */
export interface HasLastError {
  kernel32: { GetLastError(): number };
}

export interface WinhandleMatchers<R = unknown> {
  /** The received NTSTATUS is a success or informational status (NT_SUCCESS). */
  toBeNtSuccess(): R;
  /** The received NTSTATUS is `expected` (a name such as 'STATUS_INVALID_HANDLE', or the value). */
  toHaveStatus(expected: string | number): R;
  /** The world's (calling thread's) last error is `expected` ('ERROR_INVALID_HANDLE', or the value). */
  toHaveLastError(expected: string | number): R;
}

interface State {
  isNot: boolean;
}

function asStatus(received: unknown, matcher: string): number {
  if (typeof received !== 'number' || !Number.isInteger(received)) {
    throw new TypeError(`[winhandle] ${matcher}: expected an NTSTATUS number, got ${typeof received === 'object' ? JSON.stringify(received) : String(received)}`);
  }
  return received >>> 0;
}

export const winhandleMatchers = {
  toBeNtSuccess(this: State, received: unknown) {
    const status = asStatus(received, 'toBeNtSuccess');
    return {
      pass: status < 0x80000000,
      message: () => `expected ${describeCode('ntstatus', status)} ${this.isNot ? 'not ' : ''}to be an NT success status`,
      actual: describeCode('ntstatus', status),
    };
  },
  toHaveStatus(this: State, received: unknown, expected: string | number) {
    const status = asStatus(received, 'toHaveStatus');
    const want = codeValue('ntstatus', expected, 'toHaveStatus');
    return {
      pass: status === want,
      message: () => `expected ${describeCode('ntstatus', status)} ${this.isNot ? 'not ' : ''}to be ${describeCode('ntstatus', want)}`,
      actual: describeCode('ntstatus', status),
      expected: describeCode('ntstatus', want),
    };
  },
  toHaveLastError(this: State, received: unknown, expected: string | number) {
    const getLastError = (received as Partial<HasLastError> | null)?.kernel32?.GetLastError;
    if (typeof getLastError !== 'function') {
      throw new TypeError('[winhandle] toHaveLastError: expected a world (createWindowsMock() or useWindowsMock()), whose kernel32.GetLastError() is read');
    }
    const error = getLastError();
    const want = codeValue('win32', expected, 'toHaveLastError');
    return {
      pass: error === want,
      message: () => `expected the last error ${describeCode('win32', error)} ${this.isNot ? 'not ' : ''}to be ${describeCode('win32', want)}`,
      actual: describeCode('win32', error),
      expected: describeCode('win32', want),
    };
  },
};

/** Adds the matchers to vitest's expect (importing winhandle/vitest does it; calling again is harmless). */
export function installMatchers(): void {
  expect.extend(winhandleMatchers);
}

declare module 'vitest' {
  // The type parameter list must match vitest's own declaration of Matchers; matchers return void.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unused-vars
  interface Matchers<T = any> extends WinhandleMatchers<void> {}
}

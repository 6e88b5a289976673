// The representation through loadLibrary against the C double: statuses are the unsigned values
// of the status table, handles (negative and pseudo) cross unchanged, out parameters come back,
// wide strings reach C intact, BOOL results are numbers.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadLibrary, type BoundFunctions } from '../../ffi/index.js';
import { NTSTATUS, WIN32_ERROR } from '../../types/status/index.js';
import { compileDouble, doubleInternals, fixtureModel, type CompiledDouble } from './support/double.js';

const { STATUS_SUCCESS, STATUS_INVALID_HANDLE } = NTSTATUS;
const { ERROR_INVALID_HANDLE, ERROR_ALREADY_EXISTS } = WIN32_ERROR;
const DUPLICATE_SAME_ACCESS = 2;
const HANDLE_FLAG_INHERIT = 1;
/** A kernel handle as user mode sees it: the sign-extended pointer-sized value. */
const KERNEL_STYLE = [-2147483644, -(2 ** 47) + 4];

let compiled: CompiledDouble;
let k32: BoundFunctions;
let ntdll: BoundFunctions;
let double: ReturnType<typeof doubleInternals>;

beforeAll(() => {
  compiled = compileDouble();
  const model = fixtureModel();
  k32 = loadLibrary<BoundFunctions>(compiled.path, 'Kernel32', { model });
  ntdll = loadLibrary<BoundFunctions>(compiled.path, 'Ntdll', { model });
  double = doubleInternals(compiled.path);
});
afterAll(() => compiled.remove());
beforeEach(() => double.reset());

const createEvent = (name: string | null = null): number => k32.CreateEventW!(null, 1, 0, name) as number;

describe('NTSTATUS', () => {
  it('a status C returns as 0xC0000008 equals NTSTATUS.STATUS_INVALID_HANDLE', () => {
    expect(STATUS_INVALID_HANDLE).toBe(0xc0000008);
    const status = ntdll.NtClose!(0x1000);
    expect(status).toBe(STATUS_INVALID_HANDLE);
    expect(status).toBeGreaterThan(0);
  });

  it('NtClose of an open handle returns STATUS_SUCCESS, and a second close STATUS_INVALID_HANDLE', () => {
    const h = createEvent();
    expect(ntdll.NtClose!(h)).toBe(STATUS_SUCCESS);
    expect(ntdll.NtClose!(h)).toBe(STATUS_INVALID_HANDLE);
  });
});

describe('HANDLE', () => {
  it.each(KERNEL_STYLE)('the kernel-style handle %d reaches C and comes back unchanged', (h) => {
    expect(double.echoHandle(h)).toBe(h);
    expect(ntdll.NtClose!(h)).toBe(STATUS_INVALID_HANDLE);
    expect(double.lastHandle()).toBe(h);
    expect(k32.CloseHandle!(h)).toBe(0);
    expect(double.lastHandle()).toBe(h);
  });

  it('the pseudo-handles -1 and -2 reach C unchanged and name the current process and thread', () => {
    const flags = [0xff];
    expect(k32.GetHandleInformation!(-1, flags)).toBe(1);
    expect(double.lastHandle()).toBe(-1);
    expect(flags).toEqual([0]);
    const thread = [0];
    expect(k32.DuplicateHandle!(-1, -2, -1, thread, 0, 0, DUPLICATE_SAME_ACCESS)).toBe(1);
    expect(double.lastHandle()).toBe(-2);
    expect(thread[0]! % 4).toBe(0);
    expect(thread[0]).toBeGreaterThan(0);
    expect(double.echoHandle(-1)).toBe(-1);
    expect(double.echoHandle(-2)).toBe(-2);
    // Closing a pseudo-handle changes nothing.
    expect(k32.CloseHandle!(-1)).toBe(1);
    expect(double.openHandles()).toBe(1);
  });

  it('handles are multiples of 4', () => {
    const handles = [createEvent(), createEvent(), createEvent()];
    expect(new Set(handles).size).toBe(3);
    for (const h of handles) expect(h % 4).toBe(0);
  });
});

describe('out parameters', () => {
  it('DuplicateHandle writes the new handle into the one-element array', () => {
    const h = createEvent('dup-source');
    const target = [0];
    expect(k32.DuplicateHandle!(-1, h, -1, target, 0, 0, DUPLICATE_SAME_ACCESS)).toBe(1);
    expect(target[0]).not.toBe(h);
    expect(double.eventName(target[0]!)).toBe('dup-source');
  });

  it('GetHandleInformation writes the flags, which SECURITY_ATTRIBUTES (a struct from the model) set', () => {
    const inheritable = k32.CreateEventW!({ nLength: 24, lpSecurityDescriptor: 0, bInheritHandle: 1 }, 0, 0, null) as number;
    const plain = createEvent();
    const flags = [0xff];
    expect(k32.GetHandleInformation!(inheritable, flags)).toBe(1);
    expect(flags).toEqual([HANDLE_FLAG_INHERIT]);
    expect(k32.GetHandleInformation!(plain, flags)).toBe(1);
    expect(flags).toEqual([0]);
  });

  it('an optional pointer takes null', () => {
    const h = createEvent(null);
    expect(h).toBeGreaterThan(0);
    expect(double.eventName(h)).toBeNull();
  });
});

describe('wide strings', () => {
  it.each(['Événement-ü', 'Local\\ключ-事件', 'clef-𝄞'])('CreateEventW receives %s intact', (name) => {
    const h = createEvent(name);
    expect(double.eventName(h)).toBe(name);
    expect(k32.GetLastError!()).toBe(0);
    // The same name again opens the same event, as documented: ERROR_ALREADY_EXISTS.
    const again = createEvent(name);
    expect(k32.GetLastError!()).toBe(ERROR_ALREADY_EXISTS);
    expect(double.eventName(again)).toBe(name);
  });

  it('names that differ in one code unit name different events', () => {
    createEvent('Événement-ü');
    createEvent('Événement-u');
    expect(k32.GetLastError!()).toBe(0);
  });
});

describe('BOOL and the last error', () => {
  it('CloseHandle returns the number 1, then 0 with ERROR_INVALID_HANDLE', () => {
    const h = createEvent();
    const first = k32.CloseHandle!(h);
    expect(typeof first).toBe('number');
    expect(first).toBe(1);
    const second = k32.CloseHandle!(h);
    expect(second).toBe(0);
    expect(k32.GetLastError!()).toBe(ERROR_INVALID_HANDLE);
  });

  it('SetLastError and GetLastError carry a DWORD as an unsigned number', () => {
    expect(k32.SetLastError!(0xdeadbeef)).toBeUndefined();
    expect(k32.GetLastError!()).toBe(0xdeadbeef);
  });
});

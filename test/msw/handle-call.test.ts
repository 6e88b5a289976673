// The environment-free core: every answer handleCall gives, without msw or fetch.
import { describe, expect, it } from 'vitest';
import { createWindowsMock } from '../../mocks/index.js';
import { handleCall, type CallError, type CallResult } from '../../mocks/msw/index.js';
import { notMocked } from './support.js';

const body = (...args: unknown[]): string => JSON.stringify({ args });
const ok = (json: unknown): CallResult => json as CallResult;
const err = (json: unknown): CallError => json as CallError;

describe('handleCall', () => {
  it('answers 200 with result, last error, status and out parameters', () => {
    const win = createWindowsMock();
    const created = handleCall(win, 'kernel32', 'CreateEventW', body(null, 1, 0, null));
    expect(created.status).toBe(200);
    const h = ok(created.json).result as number;
    expect(h % 4).toBe(0);
    expect(h).not.toBe(0);

    const dup = handleCall(win, 'kernel32', 'DuplicateHandle', body(-1, h, -1, [0], 0, 0, 2));
    expect(ok(dup.json)).toMatchObject({ result: 1, status: null });
    const copy = (ok(dup.json).out[0] as number[])[0]!;
    expect(copy).not.toBe(h);
    expect(win.inspect(copy)?.type).toBe('Event');

    expect(ok(handleCall(win, 'kernel32', 'CloseHandle', body(h)).json)).toMatchObject({ result: 1, out: [] });
    const again = handleCall(win, 'kernel32', 'CloseHandle', body(h));
    expect(again).toEqual({ status: 200, json: { result: 0, lastError: 6, lastErrorName: 'ERROR_INVALID_HANDLE', status: null, out: [] } });
  });

  it('names the NTSTATUS of Nt functions and leaves other results unnamed', () => {
    const win = createWindowsMock();
    const closed = ok(handleCall(win, 'ntdll', 'NtClose', body(0x1234)).json);
    expect(closed.result).toBe(0xc0000008);
    expect(closed.status).toBe('STATUS_INVALID_HANDLE');
    const irql = ok(handleCall(win, 'ntoskrnl', 'KeGetCurrentIrql', body()).json);
    expect(irql).toMatchObject({ result: 0, status: null });
    expect(ok(handleCall(win, 'kernel32', 'SetLastError', body(87)).json)).toMatchObject({ result: null, lastError: 87, lastErrorName: 'ERROR_INVALID_PARAMETER' });
  });

  it('names codes from the whole status table, also those only an override returns', () => {
    const win = createWindowsMock();
    win.use({ NtClose: () => 0xc00000a3 });
    expect(handleCall(win, 'ntdll', 'NtClose', body(4)).json).toMatchObject({ result: 0xc00000a3, status: 'STATUS_DEVICE_NOT_READY' });
    expect(handleCall(win, 'kernel32', 'SetLastError', body(1168)).json).toMatchObject({ lastErrorName: 'ERROR_NOT_FOUND' });
    const custom = handleCall(win, 'ntdll', 'NtClose', body(4), { names: { status: () => 'MY_NAME', win32: () => undefined } });
    expect(custom.json).toMatchObject({ status: 'MY_NAME', lastErrorName: null });
  });

  it('accepts DLL names with extension and any case', () => {
    const win = createWindowsMock();
    expect(handleCall(win, 'Kernel32.dll', 'GetCurrentProcess', body()).json).toMatchObject({ result: -1 });
    expect(handleCall(win, 'NTOSKRNL.exe', 'ExGetPreviousMode', body()).json).toMatchObject({ result: 1 });
  });

  it('answers 400 for a body that is not JSON or has the wrong shape', () => {
    const win = createWindowsMock();
    for (const bad of ['', '{"args": [1,', 'null', '[1]', '{"arguments": [1]}', '{"args": 5}', '{"args": {"0": 1}}']) {
      const answer = handleCall(win, 'kernel32', 'CloseHandle', bad);
      expect(answer.status, bad).toBe(400);
      expect(err(answer.json).error).toBe('bad-body');
      expect(err(answer.json).message).toMatch(/^\[winhandle\] kernel32\.CloseHandle: .* — send \{ "args": \[/);
      expect(err(answer.json).message).toContain('BOOL CloseHandle(HANDLE hObject)');
    }
    expect(handleCall(win, 'kernel32', 'CloseHandle', undefined).status).toBe(400);
    expect(handleCall(win, 'kernel32', 'CloseHandle', { args: Array(40).fill(0) }).status).toBe(400);
  });

  it('answers 400 quoting the signature for wrongly typed or missing arguments', () => {
    const win = createWindowsMock();
    const typed = handleCall(win, 'kernel32', 'CloseHandle', body('4'));
    expect(typed.status).toBe(400);
    expect(err(typed.json)).toMatchObject({ error: 'bad-arguments', signature: 'BOOL CloseHandle(HANDLE hObject)' });
    expect(err(typed.json).message).toContain('signature: BOOL CloseHandle(HANDLE hObject)');
    const missing = handleCall(win, 'ntdll', 'NtDuplicateObject', body(-1, 4));
    expect(missing.status).toBe(400);
    expect(err(missing.json).message).toContain('missing argument');
  });

  it('answers 404 for an unknown DLL or function, and never reaches a prototype', () => {
    const win = createWindowsMock();
    const dll = handleCall(win, 'user32', 'MessageBoxW', body());
    expect(dll.status).toBe(404);
    expect(err(dll.json).message).toContain('use one of kernel32, ntdll');
    const near = handleCall(win, 'kernel32', 'closehandle', body(4));
    expect(near.status).toBe(404);
    expect(err(near.json).message).toContain('did you mean CloseHandle?');
    for (const fn of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', '']) {
      expect(handleCall(win, 'kernel32', fn, body()).status, fn).toBe(404);
    }
    for (const dllName of ['__proto__', 'constructor', 'toString']) expect(handleCall(win, dllName, 'CloseHandle', body(4)).status).toBe(404);
  });

  it('answers 501 for a function of the interface the mock does not implement, and 200 once provided', () => {
    const win = createWindowsMock();
    const { dll, fn } = notMocked(win);
    const answer = handleCall(win, dll, fn, body(4, 0));
    expect(answer.status).toBe(501);
    expect(err(answer.json)).toMatchObject({ error: 'not-mocked' });
    expect(err(answer.json).message).toContain(`not mocked: ${fn}`);
    win.use({ [`${dll}.${fn}`]: () => 0 } as Parameters<typeof win.use>[0]);
    expect(handleCall(win, dll, fn, body(4, 0)).json).toMatchObject({ result: 0 });
  });

  it('answers 409 with the rule id and quote for a strict-mode violation; lenient answers 200', () => {
    const strict = createWindowsMock({ mode: 'strict' });
    const socket = strict.createObject('Socket');
    const answer = handleCall(strict, 'kernel32', 'CloseHandle', body(socket));
    expect(answer.status).toBe(409);
    expect(err(answer.json)).toMatchObject({
      error: 'rule-violation', rule: 'closehandle-socket', quote: 'Do not use the CloseHandle function to close a socket.',
      document: 'seeds/002_f39b2262c262606d.txt',
    });
    const lenient = createWindowsMock({ mode: 'lenient' });
    expect(handleCall(lenient, 'kernel32', 'CloseHandle', body(lenient.createObject('Socket'))).status).toBe(200);
    expect(lenient.violations.map((v) => v.rule)).toEqual(['closehandle-socket']);
  });

  it('answers 409 for bug checks and exceptions Windows raises, with the rule and its quote', () => {
    const win = createWindowsMock();
    const h = win.createObject('Event', { kernelHandle: true });
    const bug = win.run({ irql: 2, previousMode: 0 }, () => handleCall(win, 'ntoskrnl', 'ZwClose', body(h)));
    expect(bug.status).toBe(409);
    expect(err(bug.json)).toMatchObject({ error: 'bug-check', rule: 'close-irql-passive', codeName: 'DRIVER_VERIFIER_DETECTED_VIOLATION', code: 0xc4 });
    expect(err(bug.json).quote).toBeTruthy();
    const debugged = createWindowsMock({ debuggerAttached: true });
    const raised = handleCall(debugged, 'kernel32', 'CloseHandle', body(0x1234));
    expect(err(raised.json)).toMatchObject({ error: 'exception', rule: 'closehandle-debugger-exception', codeName: 'EXCEPTION_INVALID_HANDLE' });
  });

  it('answers 500 with a report hint when an override fails unexpectedly', () => {
    const win = createWindowsMock();
    win.use({ CloseHandle: () => { throw new RangeError('boom'); } });
    const answer = handleCall(win, 'kernel32', 'CloseHandle', body(4));
    expect(answer.status).toBe(500);
    expect(err(answer.json).message).toMatch(/^\[winhandle\] kernel32\.CloseHandle failed inside the mock: boom/);
  });
});

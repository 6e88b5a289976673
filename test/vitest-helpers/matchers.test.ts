// The NTSTATUS and last-error matchers: what passes, what fails, and that failure messages give
// each code's name, hex value and meaning.
import { describe, expect, it } from 'vitest';
import { createWindowsMock, STATUS } from '../../mocks/index.js';
import { codeInfo, describeCode } from '../../mocks/vitest/index.js';

const failureOf = (assertion: () => void): string => {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the assertion passed');
};

describe('toBeNtSuccess', () => {
  it('passes for success and informational statuses, fails for warnings and errors', () => {
    expect(STATUS.STATUS_SUCCESS).toBeNtSuccess();
    expect(STATUS.STATUS_PENDING).toBeNtSuccess();
    expect(STATUS.STATUS_OBJECT_NAME_EXISTS).toBeNtSuccess();
    expect(STATUS.STATUS_BUFFER_OVERFLOW).not.toBeNtSuccess();
    expect(STATUS.STATUS_INVALID_HANDLE).not.toBeNtSuccess();
  });

  it('reads a status given as a negative 32-bit number as the unsigned value', () => {
    expect(STATUS.STATUS_INVALID_HANDLE | 0).not.toBeNtSuccess();
    expect(STATUS.STATUS_INVALID_HANDLE | 0).toHaveStatus('STATUS_INVALID_HANDLE');
  });

  it('names the status, its hex value and meaning when it fails', () => {
    const message = failureOf(() => expect(STATUS.STATUS_INVALID_HANDLE).toBeNtSuccess());
    expect(message).toBe('expected STATUS_INVALID_HANDLE (0xC0000008): the handle is not valid (closed, never opened, or a kernel handle seen from user mode) to be an NT success status');
    expect(failureOf(() => expect(0).not.toBeNtSuccess())).toContain('STATUS_SUCCESS (0x00000000)');
  });

  it('rejects what is not a status number', () => {
    expect(() => expect('0').toBeNtSuccess()).toThrow(TypeError);
  });
});

describe('toHaveStatus', () => {
  const win = createWindowsMock();
  it('compares by name or by value', () => {
    expect(win.ntdll.NtClose(0)).toHaveStatus('STATUS_INVALID_HANDLE');
    expect(win.ntdll.NtClose(0)).toHaveStatus(0xc0000008);
    expect(win.ntdll.NtClose(0)).not.toHaveStatus('STATUS_HANDLE_NOT_CLOSABLE');
  });

  it('prints both codes with their meanings', () => {
    const message = failureOf(() => expect(STATUS.STATUS_HANDLE_NOT_CLOSABLE).toHaveStatus('STATUS_SUCCESS'));
    expect(message).toContain('expected STATUS_HANDLE_NOT_CLOSABLE (0xC0000235): the handle is protected from closing');
    expect(message).toContain('to be STATUS_SUCCESS (0x00000000): the operation completed successfully');
  });

  it('describes a status the table has no meaning for by its severity and facility', () => {
    expect(describeCode('ntstatus', 0xc0190003)).toBe('STATUS_TRANSACTION_NOT_ACTIVE (0xC0190003): error status, facility 0x19');
    expect(describeCode('ntstatus', 0xe0010001)).toBe('unknown NTSTATUS (0xE0010001): error status, facility 0x1, customer code');
  });

  it('refuses an unknown or Win32 name', () => {
    expect(() => expect(0).toHaveStatus('STATUS_NO_SUCH_THING')).toThrow(/unknown code "STATUS_NO_SUCH_THING" — pass an NTSTATUS name/);
    expect(() => expect(0).toHaveStatus('ERROR_SUCCESS')).toThrow(TypeError);
  });
});

describe('toHaveLastError', () => {
  it('reads the world\'s last error', () => {
    const win = createWindowsMock();
    const h = win.kernel32.CreateEventW(null, 1, 0, null);
    win.kernel32.CloseHandle(h);
    win.kernel32.CloseHandle(h);
    expect(win).toHaveLastError('ERROR_INVALID_HANDLE');
    expect(win).toHaveLastError(6);
    expect(win).not.toHaveLastError('ERROR_SUCCESS');
  });

  it('prints the codes as decimal and hex with their meanings', () => {
    const win = createWindowsMock();
    win.kernel32.SetLastError(2);
    const message = failureOf(() => expect(win).toHaveLastError('ERROR_INVALID_HANDLE'));
    expect(message).toBe('expected the last error ERROR_FILE_NOT_FOUND (2 = 0x2): the file or named object does not exist to be '
      + 'ERROR_INVALID_HANDLE (6 = 0x6): the handle is not valid (closed twice, never opened, NULL, or protected from close)');
  });

  it('knows codes the mock returns beyond the header table', () => {
    expect(codeInfo('win32', 1656).name).toBe('ERROR_NOT_SAME_OBJECT');
    expect(codeInfo('win32', 10038)).toMatchObject({ name: 'WSAENOTSOCK', hex: '0x2736' });
  });

  it('needs a world', () => {
    expect(() => expect(6).toHaveLastError('ERROR_INVALID_HANDLE')).toThrow(/expected a world/);
  });
});

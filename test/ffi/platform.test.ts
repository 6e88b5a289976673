// The loaders by image: only on Windows, never for kernel-mode images, and each error says what
// to use instead.
import { describe, expect, it } from 'vitest';
import {
  FfiError, loadAdvapi32, loadFltmgr, loadKernel32, loadKtmw32, loadNtdll, loadNtoskrnl, loadWs2_32,
} from '../../ffi/index.js';
import { fixtureModel } from './support/double.js';
import { thrown } from './support/thrown.js';

describe('user-mode images off Windows', () => {
  it(`loadKernel32() on ${process.platform} says it needs Windows and points to winhandle/mock`, () => {
    const error = thrown(() => loadKernel32());
    expect(error).toBeInstanceOf(FfiError);
    expect(error.message).toContain(`[winhandle] Kernel32.dll can only be loaded on Windows, and this is ${process.platform}.`);
    expect(error.message).toContain("import { createWindowsMock } from 'winhandle/mock'");
    expect(error.message).toContain('win.kernel32');
    expect(error.message).toContain("loadLibrary(path, 'Kernel32')");
  });

  it.each([
    ['loadNtdll', loadNtdll, 'Ntdll.dll', 'win.ntdll'],
    ['loadAdvapi32', loadAdvapi32, 'Advapi32.dll', 'win.advapi32'],
    ['loadWs2_32', loadWs2_32, 'Ws2_32.dll', 'win.ws2_32'],
    ['loadKtmw32', loadKtmw32, 'KtmW32.dll', 'win.ktmw32'],
  ] as const)('%s names %s and the mock property to use', (_, load, image, property) => {
    const message = thrown(() => load({ platform: 'darwin' })).message;
    expect(message).toContain(`${image} can only be loaded on Windows, and this is darwin.`);
    expect(message).toContain(property);
    expect(message).toContain('winhandle/mock');
  });

  it('on Windows the loader opens the documented image by name', () => {
    // Here koffi cannot open Kernel32.dll: the error shows which file the Windows path asked for.
    expect(() => loadKernel32({ platform: 'win32', model: fixtureModel() })).toThrow(
      /^\[winhandle\] cannot load Kernel32\.dll for Kernel32 from Kernel32\.dll: /);
  });
});

describe('kernel-mode images', () => {
  it.each([
    ['loadNtoskrnl', loadNtoskrnl, 'NtosKrnl.exe', 'Ntoskrnl', 'win.ntoskrnl'],
    ['loadFltmgr', loadFltmgr, 'FltMgr.sys', 'Fltmgr', 'win.fltmgr'],
  ] as const)('%s refuses %s on every platform and points to the mock', (_, load, image, iface, property) => {
    for (const platform of ['win32', 'linux'] as const) {
      const message = thrown(() => load({ platform })).message;
      expect(message).toContain(`[winhandle] ${image} is a kernel-mode image: it cannot be loaded from user mode`);
      expect(message).toContain(`code written against ${iface}`);
      expect(message).toContain(`'winhandle/mock' and pass ${property}`);
    }
  });
});

// A wrongly typed or missing argument throws a TypeError quoting the documented signature, for
// every built-in of every DLL, before anything changes.
import { describe, expect, it } from 'vitest';
import { DLL_NAMES, DLLS } from '../../mocks/dlls/index.js';
import { MODES, world } from './support.js';

const SAMPLES: unknown[] = [0, null, [0], {}, 'x', 0n];

describe.each(MODES)('%s mode', (mode) => {
  it('quotes the signature, as in the documented example', () => {
    const win = world(mode);
    expect(() => win.kernel32.CloseHandle('4' as never)).toThrow(TypeError);
    expect(() => win.kernel32.CloseHandle('4' as never)).toThrow(
      '[winhandle] CloseHandle: argument 1 (hObject) must be a HANDLE (number); signature: BOOL CloseHandle(HANDLE hObject) — got string "4"');
    expect(() => (win.kernel32.CloseHandle as () => number)()).toThrow('argument 1 (hObject) must be a HANDLE (number); signature: BOOL CloseHandle(HANDLE hObject) — got nothing (missing argument)');
    expect(() => win.kernel32.DuplicateHandle(-1, 4, -1, 0 as never, 0, 0, 2)).toThrow(
      'argument 4 (lpTargetHandle) must be an out parameter LPHANDLE (a one-element array such as [0], or null)');
    expect(() => win.kernel32.CreateEventW(null, true as never, 0, null)).toThrow('argument 2 (bManualReset) must be a BOOL (number, 0 is FALSE)');
    expect(() => win.kernel32.SetHandleInformation(4, 1.5, 0)).toThrow('argument 2 (dwMask) must be a DWORD (integer number)');
  });

  for (const dll of DLL_NAMES) {
    it(`${dll}: every argument of every built-in is checked`, () => {
      const win = world(mode);
      const surface = win[dll] as unknown as Record<string, (...args: unknown[]) => unknown>;
      for (const sig of Object.values(DLLS[dll].signatures)) {
        const valid = sig.params.map((p) => SAMPLES.find((v) => p.check(v)));
        sig.params.forEach((p, i) => {
          const args = [...valid];
          args[i] = Symbol('wrong');
          expect(() => surface[sig.name]!(...args), `${sig.name} argument ${i + 1}`).toThrow(
            `[winhandle] ${sig.name}: argument ${i + 1} (${p.name}) must be `);
          expect(() => surface[sig.name]!(...args)).toThrow(`; signature: ${sig.text} — got symbol`);
          expect(() => surface[sig.name]!(...valid.slice(0, i))).toThrow(TypeError);
        });
      }
      expect(win.leaks()).toEqual([]);
      expect(win.violations).toEqual([]);
    });
  }
});

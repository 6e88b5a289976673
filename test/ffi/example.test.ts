// The consumer example (examples/close-all.ts) runs against the mock and against the C double
// through koffi: the same scenario gives the same report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeAll, type CloseAllReport } from '../../examples/close-all.js';
import { loadLibrary } from '../../ffi/index.js';
import type { Kernel32, Ntdll } from '../../types/index.js';
import { createWindowsMock } from '../../mocks/index.js';
import { NTSTATUS, WIN32_ERROR } from '../../types/status/index.js';
import { compileDouble, doubleInternals, fixtureModel, type CompiledDouble } from './support/double.js';

const NAME = 'Local\\Événement-ü';

/** What the documents say each step returns. */
const DOCUMENTED: CloseAllReport = {
  createError: 0,
  reopenError: WIN32_ERROR.ERROR_ALREADY_EXISTS,
  duplicated: 1,
  distinct: true,
  duplicateInfo: { result: 1, flags: 1 },
  closed: { event: 1, duplicate: 1, reopened: NTSTATUS.STATUS_SUCCESS },
  closeAgain: { result: 0, lastError: WIN32_ERROR.ERROR_INVALID_HANDLE },
  ntCloseAgain: NTSTATUS.STATUS_INVALID_HANDLE,
};

let compiled: CompiledDouble;
beforeAll(() => (compiled = compileDouble()));
afterAll(() => compiled.remove());

function onDouble(): CloseAllReport {
  doubleInternals(compiled.path).reset();
  const model = fixtureModel();
  return closeAll(loadLibrary<Kernel32>(compiled.path, 'Kernel32', { model }), loadLibrary<Ntdll>(compiled.path, 'Ntdll', { model }), NAME);
}

function onMock(): CloseAllReport {
  const win = createWindowsMock();
  const report = closeAll(win.kernel32, win.ntdll, NAME);
  expect(win.leaks()).toEqual([]);
  expect(win.violations).toEqual([]);
  return report;
}

describe('examples/close-all.ts', () => {
  it('reports what the documents say on the C double through koffi, leaving no handle open', () => {
    expect(onDouble()).toEqual(DOCUMENTED);
    expect(doubleInternals(compiled.path).openHandles()).toBe(0);
  });

  it('reports what the documents say on the mock, with no leak and no rule broken', () => {
    expect(onMock()).toEqual(DOCUMENTED);
  });

  it('gives identical reports on the mock and on the double', () => {
    expect(onDouble()).toEqual(onMock());
  });
});

// winhandle/vitest: a fresh mock world per test (useWindowsMock) and matchers for NTSTATUS values
// and last errors. Importing this module adds the matchers to vitest's expect.
import { installMatchers } from './matchers.js';

export { useWindowsMock, formatLeaks, formatViolations, type TestWorld, type UseWindowsMockOptions } from './use-windows-mock.js';
export { installMatchers, winhandleMatchers, type HasLastError, type WinhandleMatchers } from './matchers.js';
export { codeInfo, describeCode, type CodeInfo, type CodeKind } from './codes.js';

installMatchers();

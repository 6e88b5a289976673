// Names for the numbers an answer carries. The default knows every code the mock itself returns;
// pass the full table (winhandle/status) through CallOptions to name codes overrides return.
import { statusName, win32ErrorName } from '../core/codes.js';

export interface CodeNames {
  /** NTSTATUS value → `STATUS_…`. */
  status(value: number): string | undefined;
  /** Win32 error value → `ERROR_…` / `WSAE…`. */
  win32(value: number): string | undefined;
}

export const MOCK_CODE_NAMES: CodeNames = { status: statusName, win32: win32ErrorName };

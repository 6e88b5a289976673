// Names for the numbers an answer carries: every code of the status table (winhandle/status), so
// codes an override returns are named too. Pass other names through CallOptions if needed.
import { ntStatusName, win32ErrorName } from '../../types/status/index.js';

export interface CodeNames {
  /** NTSTATUS value → `STATUS_…`. */
  status(value: number): string | undefined;
  /** Win32 error value → `ERROR_…` / `WSAE…`. */
  win32(value: number): string | undefined;
}

export const TABLE_CODE_NAMES: CodeNames = { status: ntStatusName, win32: win32ErrorName };

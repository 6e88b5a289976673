// Names, hex values and meanings of NTSTATUS and Win32 error codes for the matchers' messages.
// A local lookup over the status table (seeds/status-codes.json) until the generator emits
// winhandle/status (ntStatusName, describeStatus); then this file delegates to it.
import table from '../../seeds/status-codes.json' with { type: 'json' };
import { STATUS, WIN32_ERROR } from '../core/codes.js';

export type CodeKind = 'ntstatus' | 'win32';

export interface CodeInfo {
  kind: CodeKind;
  value: number;
  /** The first name the headers give the value; undefined for an unknown value. */
  name: string | undefined;
  hex: string;
  meaning: string;
}

interface Row { name: string; value: number; kind: string }

const byName = new Map<string, Row>();
const byValue: Record<CodeKind, Map<number, string>> = { ntstatus: new Map(), win32: new Map() };

function add(kind: CodeKind, name: string, value: number): void {
  if (!byName.has(name)) byName.set(name, { name, value, kind });
  if (!byValue[kind].has(value)) byValue[kind].set(value, name);
}

for (const row of (table as { codes: Row[] }).codes) {
  if (row.kind === 'ntstatus' || row.kind === 'win32') add(row.kind, row.name, row.kind === 'ntstatus' ? row.value >>> 0 : row.value);
}
// The mock's own codes fill what the headers of the table lack (ERROR_NOT_SAME_OBJECT).
for (const [name, value] of Object.entries(STATUS)) add('ntstatus', name, value);
for (const [name, value] of Object.entries(WIN32_ERROR)) add('win32', name, value);

// What the codes the mock returns mean (short, from their documented use).
const MEANINGS: Readonly<Record<string, string>> = {
  STATUS_SUCCESS: 'the operation completed successfully',
  STATUS_PENDING: 'the operation has not completed yet',
  STATUS_INVALID_HANDLE: 'the handle is not valid (closed, never opened, or a kernel handle seen from user mode)',
  STATUS_HANDLE_NOT_CLOSABLE: 'the handle is protected from closing (HANDLE_FLAG_PROTECT_FROM_CLOSE or OBJ_PROTECT_CLOSE)',
  STATUS_INVALID_PARAMETER: 'a parameter is not valid',
  STATUS_ACCESS_DENIED: 'the caller lacks the access it asked for',
  STATUS_OBJECT_TYPE_MISMATCH: 'the handle is to an object of another type',
  STATUS_OBJECT_NAME_NOT_FOUND: 'no object has that name',
  STATUS_OBJECT_NAME_COLLISION: 'an object with that name already exists',
  STATUS_OBJECT_PATH_NOT_FOUND: 'a directory in the path does not exist',
  STATUS_SHARING_VIOLATION: 'another open of the file does not share the access asked for',
  STATUS_INFO_LENGTH_MISMATCH: 'the buffer is too small for the information class',
  STATUS_INVALID_INFO_CLASS: 'the information class is not supported',
  ERROR_SUCCESS: 'the operation completed successfully',
  ERROR_FILE_NOT_FOUND: 'the file or named object does not exist',
  ERROR_PATH_NOT_FOUND: 'a directory in the path does not exist',
  ERROR_ACCESS_DENIED: 'access is denied',
  ERROR_INVALID_HANDLE: 'the handle is not valid (closed twice, never opened, NULL, or protected from close)',
  ERROR_NO_MORE_FILES: 'the search has no more matches',
  ERROR_INVALID_PARAMETER: 'a parameter is not valid',
  ERROR_ALREADY_EXISTS: 'the named object already existed; a handle to it was returned',
  ERROR_INVALID_ADDRESS: 'the address is not the base of a mapped view',
  ERROR_NOT_SAME_OBJECT: 'the two handles refer to different objects',
  WSAENOTSOCK: 'the descriptor is not a socket',
  WSANOTINITIALISED: 'WSAStartup has not been called successfully',
};

const SEVERITY = ['success', 'informational', 'warning', 'error'] as const;

export const hex32 = (value: number): string => `0x${(value >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;

function ntstatusMeaning(value: number): string {
  const v = value >>> 0;
  const facility = (v >>> 16) & 0xfff;
  return `${SEVERITY[v >>> 30]} status, facility 0x${facility.toString(16).toUpperCase()}${(v & 0x20000000) !== 0 ? ', customer code' : ''}`;
}

export function codeInfo(kind: CodeKind, value: number): CodeInfo {
  const v = kind === 'ntstatus' ? value >>> 0 : value;
  const name = byValue[kind].get(v);
  const meaning = (name !== undefined ? MEANINGS[name] : undefined) ?? (kind === 'ntstatus' ? ntstatusMeaning(v) : 'no meaning on record');
  return { kind, value: v, name, hex: kind === 'ntstatus' ? hex32(v) : `0x${v.toString(16).toUpperCase()}`, meaning };
}

/** `STATUS_INVALID_HANDLE (0xC0000008): the handle is not valid ...` */
export function describeCode(kind: CodeKind, value: number): string {
  const info = codeInfo(kind, value);
  const label = kind === 'ntstatus' ? info.hex : `${info.value} = ${info.hex}`;
  return `${info.name ?? `unknown ${kind === 'ntstatus' ? 'NTSTATUS' : 'error'}`} (${label}): ${info.meaning}`;
}

/** A code given by name or value, as a value; throws on an unknown name. */
export function codeValue(kind: CodeKind, code: string | number, where: string): number {
  if (typeof code === 'number') return kind === 'ntstatus' ? code >>> 0 : code;
  const row = byName.get(code);
  if (row === undefined || row.kind !== kind) {
    const wanted = kind === 'ntstatus' ? 'an NTSTATUS name such as STATUS_INVALID_HANDLE' : 'a Win32 error name such as ERROR_INVALID_HANDLE';
    throw new TypeError(`[winhandle] ${where}: unknown code ${JSON.stringify(code)} — pass ${wanted}, or a number`);
  }
  return row.value;
}

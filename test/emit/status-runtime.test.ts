// The emitted status modules, run: every code of the real table (seeds/status-codes.json) with its
// value, name ↔ value lookups, NT_SUCCESS and friends, and the meanings documents give.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emit } from '../../generator/emit/emit.js';
import type { StatusCode } from '../../generator/model/schema.js';
import { BANNER, seedsLikeModel } from './fixture-model.js';
import { REPO, transpileTree } from './helpers.js';

// The shapes used here, written out: the emitted modules exist only in the temporary folder.
type Describe = Record<string, unknown> & { meaning?: string; documentedBy: string[] };
interface Status {
  NTSTATUS: Readonly<Record<string, number>>;
  WIN32_ERROR: Readonly<Record<string, number>>;
  ntStatusName(value: number): string | undefined;
  ntStatusValue(name: string): number | undefined;
  win32ErrorName(value: number): string | undefined;
  win32ErrorValue(name: string): number | undefined;
  NT_SUCCESS(s: number): boolean;
  NT_INFORMATION(s: number): boolean;
  NT_WARNING(s: number): boolean;
  NT_ERROR(s: number): boolean;
  ntStatusSeverity(s: number): string;
  ntStatusFacility(s: number): number;
  ntStatusCustomer(s: number): boolean;
  describeStatus(code: number | string): Describe | undefined;
  describeWin32Error(code: number | string): Describe | undefined;
}
interface Root extends Status {
  KERNEL32_FUNCTIONS: readonly string[];
  NTOSKRNL_IMAGE: string;
  DLL_IMAGES: Record<string, string>;
  HKEY_CURRENT_USER: number;
  INVALID_HANDLE_VALUE: number;
}

const table = JSON.parse(readFileSync(path.join(REPO, 'seeds/status-codes.json'), 'utf8')) as { codes: StatusCode[] };
let dir = '';
let status: Status;
let root: Root;

beforeAll(async () => {
  const model = seedsLikeModel();
  const { files } = emit(model, table.codes, { banner: BANNER });
  dir = mkdtempSync(path.join(os.tmpdir(), 'winhandle-status-'));
  transpileTree(dir, new Map([...files, ['api-model.json', JSON.stringify(model)]]));
  status = (await import(pathToFileURL(path.join(dir, 'status/index.js')).href)) as Status;
  root = (await import(pathToFileURL(path.join(dir, 'index.js')).href)) as Root;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('emit: status modules at run time', () => {
  it('has every code of the table with its value', () => {
    const objects: Record<string, Readonly<Record<string, number>>> = { ntstatus: status.NTSTATUS, win32: status.WIN32_ERROR };
    for (const code of table.codes) expect(objects[code.kind]![code.name], code.name).toBe(code.value);
    const names = new Set(table.codes.map((c) => c.name));
    expect(Object.keys(status.NTSTATUS).length + Object.keys(status.WIN32_ERROR).length).toBe(names.size);
  });

  it('is the value users compare with', () => {
    expect(status.NTSTATUS.STATUS_INVALID_HANDLE).toBe(0xc0000008);
    expect(status.WIN32_ERROR.ERROR_INVALID_HANDLE).toBe(6);
    expect(root.NTSTATUS.STATUS_HANDLE_NOT_CLOSABLE).toBe(0xc0000235);
  });

  it('looks names up by unsigned or signed value, canonical name first', () => {
    expect(status.ntStatusName(0xc0000008)).toBe('STATUS_INVALID_HANDLE');
    expect(status.ntStatusName(-1073741816)).toBe('STATUS_INVALID_HANDLE');
    expect(status.ntStatusName(0)).toBe('STATUS_SUCCESS');
    expect(status.ntStatusName(0x12345678)).toBeUndefined();
    expect(status.ntStatusName(1.5)).toBeUndefined();
    expect(status.ntStatusName(2 ** 32)).toBeUndefined();
    expect(status.win32ErrorName(6)).toBe('ERROR_INVALID_HANDLE');
    expect(status.win32ErrorName(0)).toBe('ERROR_SUCCESS');
  });

  it('looks values up by name, and only names of codes', () => {
    expect(status.ntStatusValue('STATUS_ACCESS_DENIED')).toBe(0xc0000022);
    expect(status.ntStatusValue('STATUS_WAIT_0')).toBe(0);
    expect(status.ntStatusValue('constructor')).toBeUndefined();
    expect(status.ntStatusValue('__proto__')).toBeUndefined();
    expect(status.win32ErrorValue('ERROR_ACCESS_DENIED')).toBe(5);
    expect(status.win32ErrorValue('STATUS_ACCESS_DENIED')).toBeUndefined();
  });

  it('decodes severity, facility and customer bits like ntdef.h', () => {
    expect(status.NT_SUCCESS(0)).toBe(true);
    expect(status.NT_SUCCESS(0x40000000)).toBe(true);
    expect(status.NT_SUCCESS(0x80000005)).toBe(false);
    expect(status.NT_SUCCESS(0xc0000008)).toBe(false);
    expect(status.NT_SUCCESS(-1073741816)).toBe(false);
    expect(status.NT_INFORMATION(0x40000000)).toBe(true);
    expect(status.NT_WARNING(0x80000005)).toBe(true);
    expect(status.NT_ERROR(0xc0000008)).toBe(true);
    expect(status.NT_ERROR(0x80000005)).toBe(false);
    expect([0, 0x40000000, 0x80000005, 0xc0000008].map(status.ntStatusSeverity)).toEqual(['success', 'informational', 'warning', 'error']);
    expect(status.ntStatusFacility(0xc0190001)).toBe(0x19);
    expect(status.ntStatusCustomer(0xe0000001)).toBe(true);
    expect(status.ntStatusCustomer(0xc0000008)).toBe(false);
  });

  it('describes a code with the meaning documents give and who gives it', () => {
    const byName = status.describeStatus('STATUS_INVALID_HANDLE');
    expect(byName).toEqual({
      name: 'STATUS_INVALID_HANDLE', value: 0xc0000008, hex: '0xC0000008', severity: 'error', facility: 0, customer: false,
      meaning: 'Handle is not a valid handle.', documentedBy: ['ntifs.NtClose', 'ntifs.NtQueryObject', 'wdm.ZwClose', 'winternl.NtClose'],
    });
    expect(status.describeStatus(-1073741816)).toEqual(byName);
    expect(status.describeStatus('STATUS_WAIT_0')?.documentedBy).toEqual(['fltkernel.FltClose', 'ntifs.NtClose', 'wdm.ZwClose', 'winternl.NtClose']);
    const unknown = status.describeStatus(0xc0ffee00);
    expect(unknown).toMatchObject({ name: undefined, hex: '0xC0FFEE00', severity: 'error', documentedBy: [] });
    expect(unknown?.meaning).toBeUndefined();
    expect(status.describeStatus('NOT_A_CODE')).toBeUndefined();
    expect(status.describeWin32Error('ERROR_INVALID_HANDLE')).toEqual({
      name: 'ERROR_INVALID_HANDLE', value: 6, hex: '0x00000006', meaning: 'The handle is not valid (from GetLastError).', documentedBy: ['handleapi.CloseHandle'],
    });
  });

  it('exports the DLL coverage lists and the handle constants from the root', () => {
    expect(root.KERNEL32_FUNCTIONS).toEqual(['CloseHandle', 'DuplicateHandle']);
    expect(root.NTOSKRNL_IMAGE).toBe('NtosKrnl.exe');
    expect(root.DLL_IMAGES).toEqual({ Fltmgr: 'FltMgr.sys', Kernel32: 'Kernel32.dll', Ntdll: 'Ntdll.dll', Ntoskrnl: 'NtosKrnl.exe' });
    expect(root.HKEY_CURRENT_USER).toBe(-2147483647);
    expect(root.INVALID_HANDLE_VALUE).toBe(-1);
  });
});

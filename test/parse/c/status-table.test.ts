// The committed status-code table is what scripts/extract-status-table.ts makes of the
// mingw-w64 headers installed now, and it holds the codes the mock and the docs rely on.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { StatusCode } from '../../../generator/model/schema.js';
import { DEFAULT_INCLUDE, extractStatusTable, formatStatusTable } from '../../../scripts/extract-status-table.js';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const committedText = readFileSync(path.join(root, 'seeds/status-codes.json'), 'utf8');
const committed = z.object({ source: z.string(), codes: z.array(StatusCode) }).parse(JSON.parse(committedText));
const value = (name: string): number | undefined => committed.codes.find((c) => c.name === name)?.value;

describe('seeds/status-codes.json', () => {
  it('is exactly what the script produces from the installed headers', () => {
    if (!existsSync(DEFAULT_INCLUDE)) {
      throw new Error(`${DEFAULT_INCLUDE} is missing: the table is checked against the real headers; run \`apt-get install mingw-w64-x86-64-dev\``);
    }
    const { table, problems } = extractStatusTable(DEFAULT_INCLUDE);
    expect(problems.filter((p) => p.fatal)).toEqual([]);
    expect(formatStatusTable(table)).toBe(committedText);
  });

  it('holds the key codes with their values and headers', () => {
    expect(value('STATUS_SUCCESS')).toBe(0);
    expect(value('STATUS_INVALID_HANDLE')).toBe(0xc0000008);
    expect(value('STATUS_HANDLE_NOT_CLOSABLE')).toBe(0xc0000235);
    expect(value('DBG_CONTINUE')).toBe(0x00010002);
    expect(value('ERROR_SUCCESS')).toBe(0);
    expect(value('NO_ERROR')).toBe(0);
    expect(value('ERROR_INVALID_HANDLE')).toBe(6);
    expect(value('WSAEINTR')).toBe(10004);
    expect(committed.codes.find((c) => c.name === 'STATUS_INVALID_HANDLE')).toMatchObject({ kind: 'ntstatus', header: 'ntstatus.h' });
    expect(committed.codes.find((c) => c.name === 'ERROR_INVALID_HANDLE')).toMatchObject({ kind: 'win32', header: 'winerror.h' });
    expect(committed.source).toMatch(/^mingw-w64-x86-64-dev \S+$/);
  });

  it('has Win32 codes only below 0x10000 and no HRESULTs', () => {
    const win32 = committed.codes.filter((c) => c.kind === 'win32');
    expect(win32.length).toBeGreaterThan(1000);
    expect(win32.every((c) => c.value < 0x10000 && /^(?:ERROR_|WSA|NO_ERROR$)/.test(c.name))).toBe(true);
    for (const hresult of ['E_FAIL', 'S_OK', 'E_INVALIDARG', 'ERROR_AUDITING_DISABLED', 'WSABASEERR']) expect(value(hresult)).toBeUndefined();
    expect(committed.codes.filter((c) => c.kind === 'ntstatus').length).toBeGreaterThan(1000);
  });

  it('is sorted by kind, value and name, each name once', () => {
    const key = (c: StatusCode): string => `${c.kind} ${c.value.toString(16).padStart(8, '0')} ${c.name}`;
    const keys = committed.codes.map(key);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(committed.codes.map((c) => c.name)).size).toBe(committed.codes.length);
  });
});

describe('extract-status-table on synthetic headers', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'winhandle-status-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'ntstatus.h'), [
    '#define STATUS_SEVERITY_ERROR 0x3',
    '#define STATUS_INVALID_HANDLE ((NTSTATUS)0xC0000008L)',
    '#define DBG_CONTINUE ((NTSTATUS)0x00010002L)',
    '#define RPC_NT_INVALID_BINDING ((NTSTATUS)0xC0020003L)',
  ].join('\n'));
  writeFileSync(path.join(dir, 'ntdef.h'), '#define STATUS_SUCCESS ((NTSTATUS)0x00000000L)\n');
  writeFileSync(path.join(dir, 'winerror.h'), [
    '#define ERROR_SUCCESS __MSABI_LONG(0)',
    '#define NO_ERROR __MSABI_LONG(0)',
    '#define ERROR_INVALID_HANDLE __MSABI_LONG(6)',
    '#define WSABASEERR 10000',
    '#define WSAEINTR (WSABASEERR + 4)',
    '#define ERROR_AUDITING_DISABLED _HRESULT_TYPEDEF_(0xC0090001L)',
    '#define E_FAIL _HRESULT_TYPEDEF_(0x80004005L)',
    '#define FACILITY_WIN32 7',
  ].join('\n'));

  it('takes NTSTATUS casts, small Win32 codes, and STATUS_SUCCESS from ntdef.h when ntstatus.h lacks it', () => {
    const { table } = extractStatusTable(dir);
    expect(table.codes.map((c) => `${c.kind} ${c.name}=${c.value.toString(16)} ${c.header}`)).toEqual([
      'ntstatus STATUS_SUCCESS=0 ntdef.h',
      'ntstatus DBG_CONTINUE=10002 ntstatus.h',
      'ntstatus STATUS_INVALID_HANDLE=c0000008 ntstatus.h',
      'ntstatus RPC_NT_INVALID_BINDING=c0020003 ntstatus.h',
      'win32 ERROR_SUCCESS=0 winerror.h',
      'win32 NO_ERROR=0 winerror.h',
      'win32 ERROR_INVALID_HANDLE=6 winerror.h',
      'win32 WSAEINTR=2714 winerror.h',
    ]);
  });

  it('fails naming the package to install when a header is missing', () => {
    expect(() => extractStatusTable(path.join(dir, 'nowhere'))).toThrow(/apt-get install mingw-w64-x86-64-dev/);
  });

  it('writes the table from the command line', () => {
    const out = path.join(dir, 'codes.json');
    execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/extract-status-table.ts'), '--include', dir, '--out', out], { stdio: 'pipe' });
    expect(readFileSync(out, 'utf8')).toBe(formatStatusTable(extractStatusTable(dir).table));
  });
});

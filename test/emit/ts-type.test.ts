// C type → TypeScript type, case by case, with the imports each use needs.
import { describe, expect, it } from 'vitest';
import { createEmitContext } from '../../generator/emit/context.js';
import { Imports } from '../../generator/emit/imports.js';
import { printNode } from '../../generator/emit/print.js';
import { mapType, parseCType, type Position } from '../../generator/emit/ts-type.js';
import { ApiModel, type TypeRef } from '../../generator/model/schema.js';
import { BANNER, entry } from './fixture-model.js';

const model = ApiModel.parse({
  version: 1, sources: [], dlls: {},
  entries: [
    entry('ntifs._UNICODE_STRING', 'struct', { aliases: ['UNICODE_STRING', 'PUNICODE_STRING', 'PCUNICODE_STRING'] }),
    entry('wdm._POOL_TYPE', 'enum', { aliases: ['POOL_TYPE'], members: [{ name: 'NonPagedPool', value: 0, description: '' }] }),
    entry('fltkernel.PFLT_FILTER_UNLOAD_CALLBACK', 'callback', {}),
    entry('fltkernel.FLT_POST_OPERATION_CALLBACK', 'callback', { aliases: ['PFLT_POST_OPERATION_CALLBACK'] }),
    entry('ntifs.User', 'function', {}),
    entry('winternl._STRING', 'struct', { aliases: ['STRING'] }),
    entry('ntifs._FILE_LOCK', 'struct', { aliases: ['FILE_LOCK'] }),
    entry('ntifs.DRIVER_FS_NOTIFICATION', 'callback', {}),
    entry('wdm._FILE_INFORMATION_CLASS', 'enum', { aliases: ['FILE_INFORMATION_CLASS'], members: [{ name: 'FileBasicInformation', value: 4, description: '' }] }),
  ],
});
const ctx = createEmitContext(model, [], { banner: BANNER });
const user = model.entries.find((e) => e.id === 'ntifs.User')!;

function map(c: string, position: Position, source: TypeRef['source'] = 'c-declaration') {
  const imports = new Imports('ntifs', ['User']);
  const mapped = mapType({ c, source }, position, { ctx, imports, module: 'ntifs', entry: user });
  return { type: printNode(mapped.type), note: mapped.note, imports: imports.declarations().map(printNode) };
}
const inParam = (optional = false): Position => ({ at: 'param', direction: 'in', optional });
const outParam = (optional = false): Position => ({ at: 'param', direction: 'out', optional });

describe('emit: C type → TypeScript', () => {
  it.each([
    ['HANDLE', inParam(), 'HANDLE'],
    ['NTSTATUS', { at: 'return' } as Position, 'NTSTATUS'],
    ['VOID', { at: 'return' } as Position, 'void'],
    ['PHANDLE', outParam(), 'Out<HANDLE>'],
    ['LPHANDLE', outParam(true), 'Out<HANDLE> | null'],
    ['HANDLE *', outParam(), 'Out<HANDLE>'],
    ['PVOID *', outParam(), 'Out<PVOID>'],
    ['void *', inParam(), 'PVOID'],
    ['PULONG', inParam(), 'In<ULONG>'],
    ['PULONG', { at: 'param', direction: 'in-out', optional: false } as Position, 'Out<ULONG>'],
    ['const WCHAR *', inParam(true), 'PCWSTR | null'],
    ['LPCWSTR', inParam(true), 'LPCWSTR | null'],
    ['LPCWSTR', inParam(), 'LPCWSTR'],
    ['PUNICODE_STRING', inParam(), 'UNICODE_STRING'],
    ['PCUNICODE_STRING', inParam(true), 'UNICODE_STRING | null'],
    ['PUNICODE_STRING', outParam(), 'Out<UNICODE_STRING>'],
    ['struct _UNICODE_STRING *', inParam(), 'UNICODE_STRING'],
    ['UNICODE_STRING', { at: 'field' } as Position, 'UNICODE_STRING'],
    ['POOL_TYPE', inParam(true), 'POOL_TYPE'],
    ['PFLT_FILTER_UNLOAD_CALLBACK', inParam(true), 'PFLT_FILTER_UNLOAD_CALLBACK | null'],
    ['PFLT_POST_OPERATION_CALLBACK', inParam(), 'FLT_POST_OPERATION_CALLBACK'],
    ['FLT_POST_OPERATION_CALLBACK *', inParam(true), 'FLT_POST_OPERATION_CALLBACK | null'],
    ['OBJECT_ATTRIBUTES[]', inParam(), 'unknown'],
    ['PVOID[]', inParam(), 'readonly PVOID[]'],
    ['unsigned long', inParam(), 'ULONG'],
    ['ULONG', { at: 'field' } as Position, 'ULONG'],
  ])('%s as %j → %s', (c, position, expected) => {
    expect(map(c, position).type).toBe(expected);
  });

  it('imports base types from base-types and model types from their header', () => {
    expect(map('PUNICODE_STRING', outParam()).imports).toEqual(["import type { Out } from './base-types.js';"]);
    expect(map('POOL_TYPE', inParam()).imports).toEqual(["import type { POOL_TYPE } from './wdm.js';"]);
    expect(map('PFLT_FILTER_UNLOAD_CALLBACK', inParam()).imports).toEqual(["import type { PFLT_FILTER_UNLOAD_CALLBACK } from './fltkernel.js';"]);
  });

  it('says why a type is unknown, and remembers the C names it could not map', () => {
    const unresolved = map('unknown', inParam(), 'unresolved');
    expect(unresolved).toMatchObject({ type: 'unknown', note: expect.stringContaining('Type unresolved') });
    const unmapped = map('PIO_STATUS_BLOCK', outParam());
    expect(unmapped.type).toBe('unknown');
    expect(unmapped.note).toBe('Type unresolved: the C type `PIO_STATUS_BLOCK` has no TypeScript mapping yet.');
    expect(ctx.unmapped.get('PIO_STATUS_BLOCK')?.entries).toEqual(new Set(['ntifs.User']));
  });

  it('returns addresses for pointers in results and fields, saying to what', () => {
    expect(map('PUNICODE_STRING', { at: 'return' })).toMatchObject({ type: 'PVOID', note: 'The address of `UNICODE_STRING`.' });
    expect(map('PUNICODE_STRING *', outParam())).toMatchObject({ type: 'Out<PVOID>', note: 'An address: `UNICODE_STRING` behind 1 pointers.' });
  });

  it('maps kernel typedefs: opaque pointers, stand-in enumerations, counted strings, synonyms and tags', () => {
    expect(map('PERESOURCE', inParam()).type).toBe('PERESOURCE');
    expect(map('PACL *', outParam()).type).toBe('Out<PACL>');
    expect(map('POOL_TYPE', inParam()).type).toBe('POOL_TYPE');
    expect(map('POOL_TYPE', inParam()).imports).toEqual(["import type { POOL_TYPE } from './wdm.js';"]);
    expect(map('EVENT_TYPE', inParam()).imports).toEqual(["import type { EVENT_TYPE } from './base-types.js';"]);
    // A stand-in yields to the model's declaration of the same name.
    expect(map('FILE_INFORMATION_CLASS', inParam()).imports).toEqual(["import type { FILE_INFORMATION_CLASS } from './wdm.js';"]);
    expect(map('PCWCH', inParam()).type).toBe('PCWCH');
    expect(map('PSECURITY_INFORMATION', outParam()).type).toBe('Out<SECURITY_INFORMATION>');
    expect(map('PANSI_STRING', inParam()).type).toBe('STRING');
    expect(map('PCOEM_STRING', inParam(true)).type).toBe('STRING | null');
    expect(map('ANSI_STRING', { at: 'field' }).type).toBe('STRING');
    expect(map('struct _DEVICE_OBJECT *', inParam()).type).toBe('PDEVICE_OBJECT');
    expect(map('struct _DEVICE_OBJECT', inParam()).type).toBe('unknown');
  });

  it('knows the pointer typedef of a struct or callback whose documents do not list it', () => {
    expect(map('PFILE_LOCK', inParam()).type).toBe('FILE_LOCK');
    expect(map('PFILE_LOCK', outParam()).type).toBe('Out<FILE_LOCK>');
    expect(map('PDRIVER_FS_NOTIFICATION', inParam()).type).toBe('DRIVER_FS_NOTIFICATION');
    // Listed names win over derived ones: PUNICODE_STRING is listed by _UNICODE_STRING.
    expect(map('PUNICODE_STRING', inParam()).type).toBe('UNICODE_STRING');
  });

  it('reads qualifiers, pointers and arrays out of C spellings', () => {
    expect(parseCType('const struct _FOO * const *')).toEqual({ base: '_FOO', stars: 2, array: false, isConst: true });
    expect(parseCType('WCHAR[1]')).toEqual({ base: 'WCHAR', stars: 0, array: true, isConst: false });
    expect(parseCType('unsigned short')).toEqual({ base: 'USHORT', stars: 0, array: false, isConst: false });
    expect(parseCType('PANSI_STRING *')).toEqual({ base: 'STRING', stars: 2, array: false, isConst: false });
    expect(parseCType('PCOEM_STRING')).toEqual({ base: 'STRING', stars: 1, array: false, isConst: true });
  });
});

// Prose inference: the rule that decides, and the sentence (or name) it names.
import { describe, expect, it } from 'vitest';
import { inferParameterType, inferReturnType } from '../../generator/resolve/infer-types.js';

const c = (text: string, direction: 'in' | 'out' | 'in-out' = 'in', name = '', fn = '') => inferParameterType(text, direction, name, fn);

describe('inferParameterType', () => {
  it('takes a pointer to a named structure or variable before anything else', () => {
    expect(c('A pointer to a [SECURITY_ATTRIBUTES](https://x) structure. If this parameter is NULL, the handle cannot be inherited.', 'in', 'lpEventAttributes'))
      .toMatchObject({ c: 'PSECURITY_ATTRIBUTES', rule: 'param/struct-pointer' });
    expect(c('A pointer to a HANDLE variable that receives the new handle.', 'out', 'TargetHandle')).toMatchObject({ c: 'PHANDLE', rule: 'param/variable-pointer' });
    expect(c('Pointer to an OBJECT_ATTRIBUTES structure that specifies the object name.', 'in')).toMatchObject({ c: 'POBJECT_ATTRIBUTES' });
  });

  it('reads Hungarian names of Win32 pages, naming the name', () => {
    expect(c('The access mask.', 'in', 'dwDesiredAccess')).toMatchObject({ c: 'DWORD', sentence: 'the parameter name dwDesiredAccess' });
    expect(c('A pointer to a variable that receives flags.', 'out', 'lpdwFlags')).toMatchObject({ c: 'LPDWORD' });
    expect(c('If this parameter is TRUE, ...', 'in', 'bManualReset')).toMatchObject({ c: 'BOOL' });
    expect(c('A handle to an open registry key.', 'in', 'hKey')).toMatchObject({ c: 'HKEY' });
    expect(c('The name of the event object.', 'in', 'lpName', 'CreateEventW')).toMatchObject({ c: 'LPCWSTR' });
  });

  it('says a handle that "is to receive" something is still a handle', () => {
    expect(c('A handle to the target process that is to receive the new handle.', 'in', 'TargetProcessHandle')).toMatchObject({ c: 'HANDLE', rule: 'param/handle' });
  });

  it('takes "The name of" as a wide string only for a ...W function', () => {
    expect(c('The name of the registry subkey to be opened.', 'in', 'lpSubKey', 'RegOpenKeyExW')).toMatchObject({ c: 'LPCWSTR', rule: 'param/name-of' });
    expect(c('The name of the registry subkey to be opened.', 'in', 'SubKey', 'ZwOpenKey')).toBeUndefined();
  });

  it('does not guess when nothing says what the value is', () => {
    expect(c('Reserved.', 'in', 'Reserved')).toBeUndefined();
  });
});

describe('inferReturnType', () => {
  it('reads NTSTATUS and BOOL statements', () => {
    expect(inferReturnType('ZwClose returns STATUS_SUCCESS on success.')?.c).toBe('NTSTATUS');
    expect(inferReturnType('If the function succeeds, the return value is nonzero.')?.c).toBe('BOOL');
  });
});

describe('opaque pointers', () => {
  it('name the Filter Manager object for Flt routines, and only there', () => {
    expect(c('Opaque instance pointer for the caller.', 'in', 'Instance', 'FltGetVolumeFromInstance')).toMatchObject({ c: 'PFLT_INSTANCE', rule: 'param/opaque-pointer' });
    expect(c('An opaque filter pointer for the caller.', 'in', 'Filter', 'FltCreateFile')).toMatchObject({ c: 'PFLT_FILTER' });
    expect(c('Opaque pointer for the volume.', 'in', 'Volume', 'FltGetVolumeName')).toMatchObject({ c: 'PFLT_VOLUME' });
    expect(c('Opaque instance pointer for the caller.', 'in', 'Instance', 'FsRtlDoSomething')?.c).not.toBe('PFLT_INSTANCE');
    expect(c('File object pointer for the file.', 'in', 'FileObject', 'FsRtlCheckOplock')).toMatchObject({ c: 'PFILE_OBJECT' });
    expect(c('An opaque oplock pointer for the file.', 'in', 'Oplock', 'FsRtlCheckOplock')).toMatchObject({ c: 'POPLOCK' });
  });

  it('reads "Set to TRUE if" as a BOOLEAN', () => {
    expect(c('Set to TRUE if wildcard characters are allowed.', 'in', 'WildcardsAllowed')).toMatchObject({ c: 'BOOLEAN' });
  });
});

// A small hand-made API model shaped like the seeds: NtClose in two headers, its Zw twin,
// CloseHandle, DuplicateHandle, FltClose, a struct with a nested union, enums, a callback,
// a macro, a control code and unresolved types. Validated by the schema before use.
import { ApiModel, type Entry, type EntryKind, type Parameter, type ReturnCode, type StatusCode } from '../../generator/model/schema.js';

type Over = Partial<Omit<Entry, 'requirements'>> & { requirements?: Partial<Entry['requirements']> };

export function entry(id: string, kind: EntryKind, over: Over = {}): Entry {
  const [header = '', name = ''] = id.split('.');
  const file = `docs/${header}/${name.toLowerCase()}.md`;
  const { requirements, ...rest } = over;
  return {
    id, header, name, kind, aliases: [], mode: 'user', description: `${name} does what its name says.`, parameters: [], fields: [], members: [],
    remarks: '', noImportLibrary: false, seeAlso: [], sources: [file],
    provenance: { name: { file, line: 4, via: 'front-matter' } },
    ...rest,
    requirements: { header: `${header}.h`, includeHeaders: [], ddiCompliance: [], ...requirements },
  };
}

export function param(name: string, c: string, direction: Parameter['direction'] = 'in', optional = false, description = `The ${name} parameter.`): Parameter {
  return { name, direction, optional, type: { c, source: c === 'unknown' ? 'unresolved' : 'document-prototype' }, description };
}

const ret = (c: string, description: string, codes: ReturnCode[] = []): NonNullable<Entry['return']> =>
  ({ type: { c, source: 'document-prototype' }, description, codes });

const STATUS_CODES: ReturnCode[] = [
  { name: 'STATUS_SUCCESS', value: 0, meaning: 'The handle was closed.' },
  { name: 'STATUS_INVALID_HANDLE', value: 0xc0000008, meaning: 'Handle is not a valid handle.' },
  { name: 'STATUS_HANDLE_NOT_CLOSABLE', value: 0xc0000235, meaning: 'The calling thread does not have permission to close the handle.' },
];
const NTSTATUS_TABLE = '| Return code | Description |\n| --- | --- |\n| **STATUS_SUCCESS** | The handle was closed. |';
const ntClose = (id: string, over: Over): Entry => entry(id, 'function', {
  description: 'Closes the specified handle.',
  parameters: [param('Handle', 'HANDLE', 'in', false, 'The handle being closed.')],
  return: ret('NTSTATUS', `Returns STATUS_SUCCESS on success.\n\n${NTSTATUS_TABLE}`, STATUS_CODES),
  callingConvention: 'NTAPI',
  ...over,
});
const learn = (path: string): string => `https://learn.microsoft.com/${path}`;

export function seedsLikeModel(): ApiModel {
  const entries: Entry[] = [
    ntClose('winternl.NtClose', {
      dllInterface: 'Ntdll', noImportLibrary: true, twin: 'wdm.ZwClose', docUrl: learn('windows/win32/api/winternl/nf-winternl-ntclose'),
      deprecation: { message: 'NtClose is superseded by CloseHandle.', replacement: 'handleapi.CloseHandle' },
      remarks: 'Because there is no import library for this function, you must use GetProcAddress.',
      requirements: { dll: 'Ntdll.dll', minClient: 'Windows 2000 Professional [desktop apps only]' },
    }),
    ntClose('ntifs.NtClose', {
      mode: 'kernel', dllInterface: 'Ntoskrnl', twin: 'wdm.ZwClose', docUrl: learn('windows-hardware/drivers/ddi/ntifs/nf-ntifs-ntclose'),
      requirements: { dll: 'NtosKrnl.exe', irql: 'PASSIVE_LEVEL', ddiCompliance: ['IrqlZwPassive'], library: 'NtosKrnl.lib' },
    }),
    ntClose('wdm.ZwClose', {
      mode: 'kernel', dllInterface: 'Ntoskrnl', twin: 'ntifs.NtClose',
      docUrl: learn('windows-hardware/drivers/ddi/wdm/nf-wdm-zwclose'), requirements: { dll: 'NtosKrnl.exe', irql: 'PASSIVE_LEVEL' },
    }),
    entry('handleapi.CloseHandle', 'function', {
      description: 'Closes an open object handle.', dllInterface: 'Kernel32', callingConvention: 'WINAPI',
      parameters: [param('hObject', 'HANDLE', 'in', false, 'A valid handle to an open object.')],
      return: ret('BOOL', 'If the function succeeds, the return value is nonzero. To get extended error information, call **GetLastError**.',
        [{ name: 'ERROR_INVALID_HANDLE', value: 6, meaning: 'The handle is not valid (from GetLastError).' }]),
      seeAlso: [{ text: 'DuplicateHandle', target: 'handleapi.DuplicateHandle' }, { text: 'Handles and Objects', url: learn('windows/win32/SysInfo/handles-and-objects') }],
      docUrl: learn('windows/win32/api/handleapi/nf-handleapi-closehandle'),
      requirements: { dll: 'Kernel32.dll', library: 'Kernel32.lib', includeHeaders: ['Windows.h'] },
    }),
    entry('handleapi.DuplicateHandle', 'function', {
      description: 'Duplicates an object handle.', dllInterface: 'Kernel32',
      parameters: [
        param('hSourceProcessHandle', 'HANDLE'), param('hSourceHandle', 'HANDLE'), param('hTargetProcessHandle', 'HANDLE'),
        param('lpTargetHandle', 'LPHANDLE', 'out', true, 'A pointer to a variable that receives the duplicate handle.'),
        param('dwDesiredAccess', 'DWORD'), param('bInheritHandle', 'BOOL'), param('dwOptions', 'DWORD'),
      ],
      return: ret('BOOL', 'If the function succeeds, the return value is nonzero.'),
      seeAlso: [{ text: 'CloseHandle', target: 'handleapi.CloseHandle' }],
      requirements: { dll: 'Kernel32.dll' },
    }),
    entry('fltkernel.FltClose', 'function', {
      mode: 'kernel', dllInterface: 'Fltmgr', description: '**FltClose** closes a file handle that was opened by **FltCreateFile**.',
      parameters: [param('FileHandle', 'HANDLE', 'in', false, 'Handle to the file to be closed.')],
      return: ret('NTSTATUS', 'Returns STATUS_SUCCESS or an appropriate NTSTATUS value.', [STATUS_CODES[0]!]),
      requirements: { dll: 'FltMgr.sys', irql: 'PASSIVE_LEVEL' },
    }),
    entry('ntifs._FILE_RENAME_INFORMATION', 'struct', {
      mode: 'kernel', aliases: ['FILE_RENAME_INFORMATION', 'PFILE_RENAME_INFORMATION'], description: 'Used to rename a file.',
      fields: [
        { name: 'ReplaceIfExists', path: ['DUMMYUNIONNAME', 'ReplaceIfExists'], type: { c: 'BOOLEAN', source: 'c-declaration' }, description: 'Set to TRUE to replace the file.' },
        { name: 'Flags', path: ['DUMMYUNIONNAME', 'Flags'], type: { c: 'ULONG', source: 'c-declaration' }, description: 'Rename flags.' },
        { name: 'RootDirectory', path: ['RootDirectory'], type: { c: 'HANDLE', source: 'c-declaration' }, description: 'The root directory.' },
        { name: 'FileNameLength', path: ['FileNameLength'], type: { c: 'ULONG', source: 'c-declaration' }, description: 'Length in bytes of the name.' },
        { name: 'FileName', path: ['FileName'], type: { c: 'WCHAR[1]', source: 'c-declaration' }, description: 'The new name.' },
      ],
    }),
    entry('ntifs._OBJECT_INFORMATION_CLASS', 'enum', {
      mode: 'kernel', aliases: ['OBJECT_INFORMATION_CLASS'], description: 'The type of information to supply about an object.',
      members: [
        { name: 'ObjectBasicInformation', value: 0, description: 'A PUBLIC_OBJECT_BASIC_INFORMATION structure.' },
        { name: 'ObjectTypeInformation', value: 2, description: 'A PUBLIC_OBJECT_TYPE_INFORMATION structure.' },
      ],
    }),
    entry('ntifs._FILE_KNOWN_FOLDER_TYPE', 'enum', {
      mode: 'kernel', aliases: ['FILE_KNOWN_FOLDER_TYPE'], description: 'Known folder types.',
      members: [{ name: 'KnownFolderNone', value: 0, description: 'None.' }, { name: 'KnownFolderDesktop', description: 'The desktop.' }],
    }),
    entry('ntifs.NtQueryObject', 'function', {
      mode: 'kernel', dllInterface: 'Ntoskrnl', description: 'Retrieves information about an object.',
      parameters: [
        param('Handle', 'HANDLE', 'in', true), param('ObjectInformationClass', 'OBJECT_INFORMATION_CLASS'),
        param('ObjectInformation', 'PVOID', 'out', true), param('ObjectInformationLength', 'ULONG'),
        param('ReturnLength', 'PULONG', 'out', true), param('RenameInformation', 'PFILE_RENAME_INFORMATION', 'in', true),
      ],
      return: ret('NTSTATUS', 'Returns an NTSTATUS code.', [{ name: 'STATUS_INVALID_HANDLE', value: 0xc0000008, meaning: 'The supplied object handle is invalid.' }]),
    }),
    entry('fltkernel.PFLT_FILTER_UNLOAD_CALLBACK', 'callback', {
      mode: 'kernel', description: 'A filter unload routine.',
      parameters: [param('Flags', 'FLT_FILTER_UNLOAD_FLAGS'), param('Context', 'unknown')],
      return: ret('NTSTATUS', 'Returns STATUS_SUCCESS to allow the unload.'),
    }),
    entry('wdm.ObDereferenceObject', 'macro', {
      mode: 'kernel', description: 'Decrements the reference count of the object.', parameters: [param('a', 'unknown')],
    }),
    entry('ntifs.FSCTL_MARK_HANDLE', 'ioctl', { mode: 'kernel', description: 'Marks a file or directory.' }),
  ];
  return ApiModel.parse({
    version: 1,
    sources: [...new Set(entries.flatMap((e) => e.sources))].sort().map((file) => ({ file, format: 'ms-docs-markdown', license: 'CC-BY-4.0' })),
    entries,
    dlls: {
      Fltmgr: { image: 'FltMgr.sys', mode: 'kernel', entries: ['fltkernel.FltClose'] },
      Kernel32: { image: 'Kernel32.dll', mode: 'user', entries: ['handleapi.CloseHandle', 'handleapi.DuplicateHandle'] },
      Ntdll: { image: 'Ntdll.dll', mode: 'user', entries: ['winternl.NtClose'] },
      Ntoskrnl: { image: 'NtosKrnl.exe', mode: 'kernel', entries: ['ntifs.NtClose', 'ntifs.NtQueryObject', 'wdm.ZwClose'] },
    },
  });
}

export const FIXTURE_CODES: StatusCode[] = [
  { name: 'STATUS_SUCCESS', value: 0, kind: 'ntstatus', header: 'ntstatus.h' },
  { name: 'STATUS_WAIT_0', value: 0, kind: 'ntstatus', header: 'ntstatus.h' },
  { name: 'STATUS_BUFFER_OVERFLOW', value: 0x80000005, kind: 'ntstatus', header: 'ntstatus.h' },
  { name: 'STATUS_INVALID_HANDLE', value: 0xc0000008, kind: 'ntstatus', header: 'ntstatus.h' },
  { name: 'STATUS_HANDLE_NOT_CLOSABLE', value: 0xc0000235, kind: 'ntstatus', header: 'ntstatus.h' },
  { name: 'ERROR_SUCCESS', value: 0, kind: 'win32', header: 'winerror.h' },
  { name: 'NO_ERROR', value: 0, kind: 'win32', header: 'winerror.h' },
  { name: 'ERROR_INVALID_HANDLE', value: 6, kind: 'win32', header: 'winerror.h' },
];

/** Text built to break comments, tags, tables and identifiers. */
export const HOSTILE = 'Ends */ here, opens /* there; @param fake - injected @returns {@link evil} a@b.c\r\nCRLF\u2028LS\u0000NUL `tick` **/';

export function hostileModel(): ApiModel {
  const entries: Entry[] = [
    entry('hostile.Evil', 'function', {
      description: HOSTILE, remarks: `${HOSTILE}\n\n\`\`\`\n/* a C comment */ int x; // */\n\`\`\``,
      parameters: [param('in', 'HANDLE', 'in', false, HOSTILE), param('class', 'PHANDLE', 'out'), param('dup', 'ULONG'), param('dup', 'ULONG'), param('...', 'unknown')],
      return: ret('NTSTATUS', HOSTILE, [{ name: 'STATUS_INVALID_HANDLE', value: 0xc0000008, meaning: `a | b */ c\n@deprecated ${HOSTILE}` }]),
      seeAlso: [{ text: 'close } | brace', url: 'https://example.com/a*/b?x={y}' }, { text: HOSTILE }],
      deprecation: { message: HOSTILE, replacement: 'not.AnEntry' },
    }),
    entry('hostile._EVIL_STRUCT', 'struct', {
      aliases: ['EVIL_STRUCT'], description: HOSTILE,
      fields: [
        { name: 'odd-name', path: ['odd-name'], type: { c: 'ULONG', source: 'c-declaration' }, description: HOSTILE },
        { name: 'x', path: ['u', 'x'], type: { c: 'struct _EVIL_STRUCT *', source: 'c-declaration' }, description: 'Self pointer.' },
      ],
    }),
    entry('hostile.EVIL_STRUCT', 'function', { description: 'Shares its name with the struct.', return: ret('VOID', '') }),
    entry('index.Clash', 'function', { description: 'A header named like the root index.', return: ret('VOID', '') }),
  ];
  return ApiModel.parse({ version: 1, sources: [], entries, dlls: {
    Kernel32: { image: 'Kernel32.dll', mode: 'user', entries: ['hostile.Evil', 'hostile.EVIL_STRUCT', 'missing.Entry'] },
  } });
}

export const BANNER = 'Generated by winhandle from Microsoft documentation. Do not edit: run `npm run generate`.\nDocumentation text © Microsoft, licensed under CC BY 4.0.';

// The representation contract: how each Windows base type looks in JavaScript.
// The emitter, the mock's argument checks and the koffi bindings all read this table,
// so a type is represented the same way everywhere.

/** What a value of the type is at run time. */
export type JsShape =
  | 'handle' // signed pointer-sized number; pseudo-handles -1/-2, kernel handles negative
  | 'pointer' // address as a signed pointer-sized number (opaque pointee)
  | 'int' // signed integer number
  | 'uint' // unsigned integer number
  | 'bool' // BOOL/BOOLEAN: a number, 0 is FALSE
  | 'status' // NTSTATUS: unsigned 32-bit number
  | 'string' // JS string (wide or narrow C string)
  | 'bigint' // 64-bit quantities that do not fit a double exactly (LARGE_INTEGER)
  | 'void';

export interface BaseType {
  /** C name as used in documents and headers. */
  c: string;
  /** TypeScript type the alias stands for. */
  ts: string;
  shape: JsShape;
  /** koffi primitive; `str16` for wide strings, `intptr` for handles and pointers. */
  koffi: string;
  /** Size in bytes on x64, for struct layout notes. */
  size: number;
  doc: string;
  /**
   * Set for enumerations and structures the documents may not cover: used only where the API
   * model declares no type of that name (the model's own declaration is more precise).
   */
  standIn?: true;
}

const handle = (c: string, doc: string): BaseType => ({ c, ts: 'number', shape: 'handle', koffi: 'intptr', size: 8, doc });
const pointer = (c: string, doc: string): BaseType => ({ c, ts: 'number', shape: 'pointer', koffi: 'intptr', size: 8, doc });
const uint = (c: string, size: number, doc: string): BaseType => ({ c, ts: 'number', shape: 'uint', koffi: `uint${size * 8}`, size, doc });
const int = (c: string, size: number, doc: string): BaseType => ({ c, ts: 'number', shape: 'int', koffi: `int${size * 8}`, size, doc });
/** A C enumeration: an int-sized number. Stands in until the model declares it with its members. */
const enumeration = (c: string, doc: string): BaseType => ({ ...int(c, 4, `${doc} An enumeration: its value as a number.`), standIn: true });
/** A pointer to a structure the system owns or that callers must treat as opaque: an address. */
const opaque = (c: string, what: string): BaseType => pointer(c, `An opaque pointer to ${what}, as an address.`);
/** A pointer to a routine the caller supplies, as an address (no prototype in the documents). */
const routine = (c: string, what: string): BaseType => pointer(c, `A pointer to ${what} routine, as an address.`);
const wide = (c: string, doc: string): BaseType => ({ c, ts: 'string', shape: 'string', koffi: 'str16', size: 8, doc });
const narrow = (c: string, doc: string): BaseType => ({ c, ts: 'string', shape: 'string', koffi: 'str', size: 8, doc });

export const BASE_TYPES: readonly BaseType[] = [
  { c: 'VOID', ts: 'void', shape: 'void', koffi: 'void', size: 0, doc: 'No value.' },
  handle('HANDLE', 'A handle: the signed pointer-sized value as a number. Pseudo-handles are -1 (current process) and -2 (current thread); kernel handles are negative.'),
  handle('HKEY', 'A registry key handle; predefined keys are sign-extended: HKEY_CURRENT_USER is -2147483647.'),
  handle('SOCKET', 'A socket handle; INVALID_SOCKET is -1.'),
  handle('HMODULE', 'A module handle (the base address of the module).'),
  handle('HINSTANCE', 'An instance handle (the base address of the module).'),
  handle('PFLT_FILTER', 'An opaque filter pointer of the filter manager.'),
  handle('PFLT_INSTANCE', 'An opaque instance pointer of the filter manager.'),
  handle('PFLT_VOLUME', 'An opaque volume pointer of the filter manager.'),
  handle('PFLT_PORT', 'An opaque communication port pointer of the filter manager.'),
  pointer('PVOID', 'An untyped pointer, as an address.'),
  pointer('LPVOID', 'An untyped pointer, as an address.'),
  pointer('LPCVOID', 'A pointer to constant data, as an address.'),
  pointer('PCVOID', 'A pointer to constant data, as an address.'),
  pointer('PEPROCESS', 'An opaque pointer to a process object.'),
  pointer('PETHREAD', 'An opaque pointer to a thread object.'),
  pointer('PKTHREAD', 'An opaque pointer to a thread object.'),
  pointer('PFILE_OBJECT', 'An opaque pointer to a file object.'),
  pointer('PDEVICE_OBJECT', 'An opaque pointer to a device object.'),
  pointer('PDRIVER_OBJECT', 'An opaque pointer to a driver object.'),
  pointer('PIRP', 'An opaque pointer to an I/O request packet.'),
  pointer('POBJECT_TYPE', 'An opaque pointer to an object type (IoFileObjectType, ExEventObjectType, ...).'),
  pointer('PSECURITY_DESCRIPTOR', 'A pointer to a security descriptor.'),
  pointer('PSID', 'A pointer to a security identifier.'),
  pointer('PACCESS_TOKEN', 'An opaque pointer to an access token.'),
  pointer('PMDL', 'A pointer to a memory descriptor list.'),
  pointer('PKEVENT', 'A pointer to a kernel event object.'),
  pointer('PFLT_CALLBACK_DATA', 'A pointer to a callback data structure of the filter manager.'),
  pointer('PCFLT_RELATED_OBJECTS', 'A pointer to the related objects of a filter callback.'),
  pointer('PFLT_RELATED_OBJECTS', 'A pointer to the related objects of a filter callback.'),
  pointer('PFLT_CONTEXT', 'A pointer to a filter manager context.'),
  pointer('PIO_APC_ROUTINE', 'A pointer to an APC routine.'),
  pointer('ULONG_PTR_PTR', 'A pointer to a pointer-sized unsigned integer.'),
  { c: 'NTSTATUS', ts: 'number', shape: 'status', koffi: 'uint32', size: 4, doc: 'An NTSTATUS code as its unsigned 32-bit value (STATUS_INVALID_HANDLE is 0xC0000008).' },
  { c: 'BOOL', ts: 'number', shape: 'bool', koffi: 'int32', size: 4, doc: 'A Win32 boolean: a number, 0 is FALSE and any other value is TRUE.' },
  { c: 'BOOLEAN', ts: 'number', shape: 'bool', koffi: 'uint8', size: 1, doc: 'A one-byte boolean: a number, 0 is FALSE.' },
  uint('DWORD', 4, 'An unsigned 32-bit integer.'),
  uint('ULONG', 4, 'An unsigned 32-bit integer.'),
  uint('UINT', 4, 'An unsigned 32-bit integer.'),
  uint('ACCESS_MASK', 4, 'A set of access rights bits.'),
  uint('USHORT', 2, 'An unsigned 16-bit integer.'),
  uint('WORD', 2, 'An unsigned 16-bit integer.'),
  uint('UCHAR', 1, 'An unsigned 8-bit integer.'),
  uint('BYTE', 1, 'An unsigned 8-bit integer.'),
  uint('KIRQL', 1, 'An interrupt request level (PASSIVE_LEVEL is 0).'),
  uint('WCHAR', 2, 'A UTF-16 code unit.'),
  int('CHAR', 1, 'A signed 8-bit integer (an ANSI character).'),
  int('LONG', 4, 'A signed 32-bit integer.'),
  int('INT', 4, 'A signed 32-bit integer.'),
  int('int', 4, 'A signed 32-bit integer.'),
  int('CSHORT', 2, 'A signed 16-bit integer.'),
  int('SHORT', 2, 'A signed 16-bit integer.'),
  int('KPROCESSOR_MODE', 1, 'KernelMode (0) or UserMode (1).'),
  int('MODE', 4, 'KernelMode (0) or UserMode (1).'),
  { c: 'SIZE_T', ts: 'number', shape: 'uint', koffi: 'size_t', size: 8, doc: 'An unsigned pointer-sized count.' },
  { c: 'ULONG_PTR', ts: 'number', shape: 'uint', koffi: 'uintptr', size: 8, doc: 'An unsigned pointer-sized integer.' },
  { c: 'LONG_PTR', ts: 'number', shape: 'int', koffi: 'intptr', size: 8, doc: 'A signed pointer-sized integer.' },
  { c: 'ULONGLONG', ts: 'bigint | number', shape: 'bigint', koffi: 'uint64', size: 8, doc: 'An unsigned 64-bit integer.' },
  { c: 'LONGLONG', ts: 'bigint | number', shape: 'bigint', koffi: 'int64', size: 8, doc: 'A signed 64-bit integer.' },
  { c: 'ULONG64', ts: 'bigint | number', shape: 'bigint', koffi: 'uint64', size: 8, doc: 'An unsigned 64-bit integer.' },
  { c: 'LARGE_INTEGER', ts: 'bigint | number', shape: 'bigint', koffi: 'int64', size: 8, doc: 'A signed 64-bit integer (the QuadPart of the union).' },
  { c: 'PLARGE_INTEGER', ts: 'number', shape: 'pointer', koffi: 'intptr', size: 8, doc: 'A pointer to a LARGE_INTEGER, as an address.' },
  { c: 'LPCWSTR', ts: 'string', shape: 'string', koffi: 'str16', size: 8, doc: 'A wide (UTF-16) string, given as a JS string.' },
  { c: 'LPWSTR', ts: 'string', shape: 'string', koffi: 'str16', size: 8, doc: 'A wide (UTF-16) string, given as a JS string.' },
  { c: 'PCWSTR', ts: 'string', shape: 'string', koffi: 'str16', size: 8, doc: 'A wide (UTF-16) string, given as a JS string.' },
  { c: 'PWSTR', ts: 'string', shape: 'string', koffi: 'str16', size: 8, doc: 'A wide (UTF-16) string, given as a JS string.' },
  { c: 'LPCSTR', ts: 'string', shape: 'string', koffi: 'str', size: 8, doc: 'An ANSI string, given as a JS string.' },
  { c: 'LPSTR', ts: 'string', shape: 'string', koffi: 'str', size: 8, doc: 'An ANSI string, given as a JS string.' },
  { c: 'PCSTR', ts: 'string', shape: 'string', koffi: 'str', size: 8, doc: 'An ANSI string, given as a JS string.' },
  { c: 'PSTR', ts: 'string', shape: 'string', koffi: 'str', size: 8, doc: 'An ANSI string, given as a JS string.' },
  narrow('PCSZ', 'A constant NUL-terminated ANSI string, given as a JS string.'),
  narrow('PSZ', 'A NUL-terminated ANSI string, given as a JS string.'),
  narrow('PCH', 'A counted ANSI character buffer, given as a JS string.'),
  narrow('PCHAR', 'A counted ANSI character buffer, given as a JS string.'),
  narrow('PCCH', 'A constant counted ANSI character buffer, given as a JS string.'),
  wide('PWCH', 'A counted UTF-16 buffer, given as a JS string.'),
  wide('PCWCH', 'A constant counted UTF-16 buffer, given as a JS string.'),
  ...kernelTypes(),
];

/** Integer typedefs, enumerations and opaque pointers of the kernel-mode headers (wdm.h, ntifs.h, fltkernel.h). */
function kernelTypes(): BaseType[] {
  return [
    uint('ULONG32', 4, 'An unsigned 32-bit integer.'),
    uint('UINT32', 4, 'An unsigned 32-bit integer.'),
    uint('UINT16', 2, 'An unsigned 16-bit integer.'),
    uint('UINT8', 1, 'An unsigned 8-bit integer.'),
    int('INT32', 4, 'A signed 32-bit integer.'),
    int('CCHAR', 1, 'A signed 8-bit count (a CHAR).'),
    uint('SECURITY_DESCRIPTOR_CONTROL', 2, 'A set of SE_ security descriptor control bits (a WORD).'),
    uint('CLONG', 4, 'An unsigned 32-bit count.'),
    uint('LOGICAL', 4, 'A ULONG used as a boolean: 0 is FALSE.'),
    uint('LBN', 4, 'A logical block number (a ULONG).'),
    uint('VBN', 4, 'A virtual block number (a ULONG).'),
    uint('SECURITY_INFORMATION', 4, 'A set of SECURITY_INFORMATION bits (OWNER_SECURITY_INFORMATION, ...).'),
    uint('EXECUTION_STATE', 4, 'A set of ES_ execution state bits.'),
    uint('FSRTL_ALLOCATE_ECP_FLAGS', 4, 'A set of FSRTL_ALLOCATE_ECP_FLAG_ bits (a ULONG).'),
    uint('FSRTL_ALLOCATE_ECPLIST_FLAGS', 4, 'A set of FSRTL_ALLOCATE_ECPLIST_FLAG_ bits (a ULONG).'),
    uint('FSRTL_ECP_LOOKASIDE_FLAGS', 4, 'A set of FSRTL_ECP_LOOKASIDE_FLAG_ bits (a ULONG).'),
    int('KPRIORITY', 4, 'A thread priority (a LONG).'),
    { c: 'ERESOURCE_THREAD', ts: 'number', shape: 'uint', koffi: 'uintptr', size: 8, doc: 'The owner of an ERESOURCE: an unsigned pointer-sized value (a ULONG_PTR).' },
    enumeration('FILE_INFORMATION_CLASS', 'The kind of file information to query or set (FileBasicInformation is 4).'),
    enumeration('FS_INFORMATION_CLASS', 'The kind of volume information to query or set (FileFsVolumeInformation is 1).'),
    enumeration('POOL_TYPE', 'The kind of pool memory (NonPagedPool is 0, PagedPool is 1).'),
    enumeration('EVENT_TYPE', 'NotificationEvent (0) or SynchronizationEvent (1).'),
    enumeration('WAIT_TYPE', 'WaitAll (0) or WaitAny (1).'),
    enumeration('SYSTEM_INFORMATION_CLASS', 'The kind of system information to query.'),
    enumeration('PROCESSINFOCLASS', 'The kind of process information to query or set.'),
    enumeration('THREADINFOCLASS', 'The kind of thread information to query or set.'),
    enumeration('KEY_SET_INFORMATION_CLASS', 'The kind of registry key information to set.'),
    enumeration('KEY_INFORMATION_CLASS', 'The kind of registry key information to query.'),
    enumeration('KEY_VALUE_INFORMATION_CLASS', 'The kind of registry value information to query.'),
    enumeration('SECURITY_IMPERSONATION_LEVEL', 'An impersonation level (SecurityAnonymous is 0).'),
    enumeration('MMFLUSH_TYPE', 'MmFlushForDelete (0) or MmFlushForWrite (1).'),
    enumeration('POWER_STATE_TYPE', 'SystemPowerState (0) or DevicePowerState (1).'),
    enumeration('DEVICE_POWER_STATE', 'A device power state (PowerDeviceD0 is 1).'),
    enumeration('SYSTEM_POWER_STATE', 'A system power state (PowerSystemWorking is 1).'),
    enumeration('POWER_REQUEST_TYPE', 'The kind of power request (PowerRequestSystemRequired is 1).'),
    enumeration('KSPIN_LOCK_QUEUE_NUMBER', 'The number of a queued spin lock.'),
    enumeration('IO_PRIORITY_HINT', 'An I/O priority (IoPriorityVeryLow is 0).'),
    opaque('PERESOURCE', 'an executive resource (ERESOURCE)'),
    opaque('PKPROCESS', 'a process object (KPROCESS)'),
    opaque('PRKPROCESS', 'a process object (KPROCESS)'),
    opaque('PKQUEUE', 'a kernel queue object (KQUEUE)'),
    opaque('PRKQUEUE', 'a kernel queue object (KQUEUE)'),
    opaque('PKMUTANT', 'a mutex object (KMUTANT)'),
    opaque('PRKMUTANT', 'a mutex object (KMUTANT)'),
    opaque('PKAPC_STATE', 'saved APC state (KAPC_STATE)'),
    opaque('PRKAPC_STATE', 'saved APC state (KAPC_STATE)'),
    opaque('PKWAIT_BLOCK', 'an array of wait blocks (KWAIT_BLOCK)'),
    opaque('PVPB', 'a volume parameter block (VPB)'),
    opaque('PIO_STACK_LOCATION', 'an I/O stack location of an IRP'),
    opaque('PECP_LIST', 'an extra create parameter list (ECP_LIST)'),
    opaque('PECP_HEADER', 'an extra create parameter header (ECP_HEADER)'),
    opaque('PNOTIFY_SYNC', 'a notify synchronization object (NOTIFY_SYNC)'),
    opaque('POPLOCK', 'an opportunistic lock (OPLOCK)'),
    opaque('PBASE_MCB', 'a map control block (BASE_MCB)'),
    opaque('PLARGE_MCB', 'a map control block (LARGE_MCB)'),
    opaque('PMCB', 'a map control block (MCB)'),
    opaque('PSECTION_OBJECT_POINTERS', 'the section object pointers of a file (SECTION_OBJECT_POINTERS)'),
    opaque('PFSRTL_ADVANCED_FCB_HEADER', 'a file control block header (FSRTL_ADVANCED_FCB_HEADER)'),
    opaque('PACCESS_STATE', 'an access state (ACCESS_STATE)'),
    opaque('PSECURITY_SUBJECT_CONTEXT', 'a security subject context (SECURITY_SUBJECT_CONTEXT)'),
    opaque('PSECURITY_CLIENT_CONTEXT', 'a security client context (SECURITY_CLIENT_CONTEXT)'),
    opaque('PACL', 'an access control list (ACL)'),
    opaque('PISECURITY_DESCRIPTOR_RELATIVE', 'a self-relative security descriptor'),
    opaque('PPRIVILEGE_SET', 'a variable-length privilege set (PRIVILEGE_SET)'),
    opaque('PLIST_ENTRY', 'a doubly linked list entry or head (LIST_ENTRY)'),
    opaque('PUNICODE_PREFIX_TABLE', 'a Unicode prefix table (UNICODE_PREFIX_TABLE)'),
    opaque('PUNICODE_PREFIX_TABLE_ENTRY', 'a Unicode prefix table entry (UNICODE_PREFIX_TABLE_ENTRY)'),
    opaque('PGENERATE_NAME_CONTEXT', 'the state of short-name generation (GENERATE_NAME_CONTEXT)'),
    opaque('PCPTABLEINFO', 'a code page table (CPTABLEINFO)'),
    opaque('PREAD_LIST', 'a read list (READ_LIST)'),
    opaque('PCACHE_UNINITIALIZE_EVENT', 'a cache uninitialize event (CACHE_UNINITIALIZE_EVENT)'),
    opaque('PCONFIGURATION_INFORMATION', 'the I/O manager\'s configuration information (CONFIGURATION_INFORMATION)'),
    opaque('PCONTEXT', 'a processor context record (CONTEXT)'),
    opaque('PFAST_MUTEX', 'a fast mutex (FAST_MUTEX)'),
    opaque('PRTL_SPLAY_LINKS', 'the links of a splay tree node (RTL_SPLAY_LINKS)'),
    opaque('PIO_SECURITY_CONTEXT', 'the security context of a create request (IO_SECURITY_CONTEXT)'),
    routine('PDRIVER_CANCEL', 'a Cancel'),
    routine('POPLOCK_WAIT_COMPLETE_ROUTINE', 'an oplock wait-complete'),
    routine('POPLOCK_FS_PREPOST_IRP', 'an oplock pre-post IRP'),
    routine('PCHECK_FOR_TRAVERSE_ACCESS', 'a traverse access check'),
    routine('PCC_POST_DEFERRED_WRITE', 'a deferred write'),
    routine('PDIRTY_PAGE_ROUTINE', 'a dirty page'),
    routine('PFLUSH_TO_LSN', 'a flush-to-LSN'),
    routine('PFILTER_REPORT_CHANGE', 'a report change filter'),
    routine('PFSRTL_STACK_OVERFLOW_ROUTINE', 'a stack overflow'),
    routine('PPOWER_SETTING_CALLBACK', 'a power setting'),
    routine('PSE_LOGON_SESSION_TERMINATED_ROUTINE', 'a logon session termination'),
    routine('PFREE_FUNCTION', 'a memory-freeing'),
    routine('PFS_FILTER_CALLBACK', 'a file system filter pre-operation'),
    routine('PFS_FILTER_COMPLETION_CALLBACK', 'a file system filter completion'),
    routine('PPS_POST_PROCESS_INIT_ROUTINE', 'a post-process-initialization'),
  ];
}

const byName = new Map(BASE_TYPES.map((t) => [t.c, t]));

export function baseType(c: string): BaseType | undefined {
  return byName.get(c);
}

/**
 * Pointer typedefs that are out parameters of a base type (`PHANDLE` → HANDLE).
 * Out parameters are one-element arrays (koffi's convention): `[HANDLE]`.
 */
export const POINTER_TYPEDEFS: Readonly<Record<string, string>> = {
  PHANDLE: 'HANDLE',
  LPHANDLE: 'HANDLE',
  PHKEY: 'HKEY',
  PULONG: 'ULONG',
  PDWORD: 'DWORD',
  LPDWORD: 'DWORD',
  PBOOLEAN: 'BOOLEAN',
  PBOOL: 'BOOL',
  LPBOOL: 'BOOL',
  PUSHORT: 'USHORT',
  PLONG: 'LONG',
  PSIZE_T: 'SIZE_T',
  PULONG_PTR: 'ULONG_PTR',
  PNTSTATUS: 'NTSTATUS',
  PVOID_PTR: 'PVOID',
  PULONGLONG: 'ULONGLONG',
  PLONGLONG: 'LONGLONG',
  PACCESS_MASK: 'ACCESS_MASK',
  PUCHAR: 'UCHAR',
  PWCHAR: 'WCHAR',
  PKIRQL: 'KIRQL',
  PULONG32: 'ULONG32',
  PLBN: 'LBN',
  PVBN: 'VBN',
  PSECURITY_INFORMATION: 'SECURITY_INFORMATION',
  PSECURITY_IMPERSONATION_LEVEL: 'SECURITY_IMPERSONATION_LEVEL',
};

/**
 * Typedefs that are another C type under a second name (ntdef.h: `typedef STRING ANSI_STRING;`,
 * `typedef PSTRING PANSI_STRING;`): the type they stand for, in C spelling.
 */
export const TYPE_SYNONYMS: Readonly<Record<string, string>> = {
  ANSI_STRING: 'STRING',
  OEM_STRING: 'STRING',
  PANSI_STRING: 'STRING *',
  POEM_STRING: 'STRING *',
  PSTRING: 'STRING *',
  PCANSI_STRING: 'const STRING *',
  PCOEM_STRING: 'const STRING *',
  PCSTRING: 'const STRING *',
  UTF8_STRING: 'STRING',
  PUTF8_STRING: 'STRING *',
  PCUTF8_STRING: 'const STRING *',
};

/** Documented constants of the representation, used by the mock, the bindings and the docs. */
export const HANDLE_CONSTANTS = {
  INVALID_HANDLE_VALUE: -1,
  /** GetCurrentProcess() */
  CURRENT_PROCESS: -1,
  /** GetCurrentThread() */
  CURRENT_THREAD: -2,
  INVALID_SOCKET: -1,
  HKEY_CLASSES_ROOT: -2147483648,
  HKEY_CURRENT_USER: -2147483647,
  HKEY_LOCAL_MACHINE: -2147483646,
  HKEY_USERS: -2147483645,
} as const;

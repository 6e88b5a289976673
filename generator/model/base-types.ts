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
}

const handle = (c: string, doc: string): BaseType => ({ c, ts: 'number', shape: 'handle', koffi: 'intptr', size: 8, doc });
const pointer = (c: string, doc: string): BaseType => ({ c, ts: 'number', shape: 'pointer', koffi: 'intptr', size: 8, doc });
const uint = (c: string, size: number, doc: string): BaseType => ({ c, ts: 'number', shape: 'uint', koffi: `uint${size * 8}`, size, doc });
const int = (c: string, size: number, doc: string): BaseType => ({ c, ts: 'number', shape: 'int', koffi: `int${size * 8}`, size, doc });

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
];

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

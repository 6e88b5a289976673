// Documented flag values the mocked functions read (handleapi.h, winnt.h, ntdef.h, fileapi.h,
// winbase.h, wdm.h, winsock2.h). Exported so tests can write the same calls as C code.
import { HANDLE_CONSTANTS } from '../../generator/model/base-types.js';

export const { INVALID_HANDLE_VALUE, INVALID_SOCKET, HKEY_CLASSES_ROOT, HKEY_CURRENT_USER, HKEY_LOCAL_MACHINE, HKEY_USERS } =
  HANDLE_CONSTANTS;
export const CURRENT_PROCESS = HANDLE_CONSTANTS.CURRENT_PROCESS;
export const CURRENT_THREAD = HANDLE_CONSTANTS.CURRENT_THREAD;
export const HKEY_CURRENT_CONFIG = -2147483643;
export const SOCKET_ERROR = -1;

export const KernelMode = 0;
export const UserMode = 1;
export type ProcessorMode = typeof KernelMode | typeof UserMode;

export const PASSIVE_LEVEL = 0;
export const APC_LEVEL = 1;
export const DISPATCH_LEVEL = 2;

export const HANDLE_FLAG_INHERIT = 0x1;
export const HANDLE_FLAG_PROTECT_FROM_CLOSE = 0x2;

export const DUPLICATE_CLOSE_SOURCE = 0x1;
export const DUPLICATE_SAME_ACCESS = 0x2;
export const DUPLICATE_SAME_ATTRIBUTES = 0x4;

export const OBJ_PROTECT_CLOSE = 0x1;
export const OBJ_INHERIT = 0x2;
export const OBJ_PERMANENT = 0x10;
export const OBJ_CASE_INSENSITIVE = 0x40;
export const OBJ_OPENIF = 0x80;
export const OBJ_KERNEL_HANDLE = 0x200;

export const GENERIC_READ = 0x80000000;
export const GENERIC_WRITE = 0x40000000;
export const GENERIC_ALL = 0x10000000;
export const DELETE = 0x00010000;
export const SYNCHRONIZE = 0x00100000;
export const EVENT_ALL_ACCESS = 0x1f0003;
export const PROCESS_ALL_ACCESS = 0x1fffff;
export const THREAD_ALL_ACCESS = 0x1fffff;
export const KEY_READ = 0x20019;
export const KEY_ALL_ACCESS = 0xf003f;
export const TRANSACTION_ALL_ACCESS = 0x12003f;
export const SECTION_ALL_ACCESS = 0xf001f;
export const FILE_ALL_ACCESS = 0x1f01ff;

export const FILE_SHARE_READ = 0x1;
export const FILE_SHARE_WRITE = 0x2;
export const FILE_SHARE_DELETE = 0x4;

export const CREATE_NEW = 1;
export const CREATE_ALWAYS = 2;
export const OPEN_EXISTING = 3;
export const OPEN_ALWAYS = 4;
export const TRUNCATE_EXISTING = 5;

export const FILE_ATTRIBUTE_DIRECTORY = 0x10;
export const FILE_ATTRIBUTE_NORMAL = 0x80;
export const FILE_FLAG_DELETE_ON_CLOSE = 0x04000000;

// NtCreateFile / FltCreateFile dispositions, options and IoStatusBlock.Information values.
export const FILE_SUPERSEDE = 0;
export const FILE_OPEN = 1;
export const FILE_CREATE = 2;
export const FILE_OPEN_IF = 3;
export const FILE_OVERWRITE = 4;
export const FILE_OVERWRITE_IF = 5;
export const FILE_DELETE_ON_CLOSE = 0x1000;
export const FILE_SUPERSEDED = 0;
export const FILE_OPENED = 1;
export const FILE_CREATED = 2;
export const FILE_OVERWRITTEN = 3;

export const PAGE_READONLY = 0x02;
export const PAGE_READWRITE = 0x04;
export const FILE_MAP_WRITE = 0x2;
export const FILE_MAP_READ = 0x4;
export const FILE_MAP_ALL_ACCESS = SECTION_ALL_ACCESS;

export const REG_CREATED_NEW_KEY = 1;
export const REG_OPENED_EXISTING_KEY = 2;

export const ObjectBasicInformation = 0;
export const ObjectTypeInformation = 2;

export const AF_UNSPEC = 0;
export const AF_INET = 2;
export const AF_INET6 = 23;
export const SOCK_STREAM = 1;
export const SOCK_DGRAM = 2;
export const SOCK_RAW = 3;
export const IPPROTO_TCP = 6;
export const IPPROTO_UDP = 17;

// The statuses each mocked function's documents list (rule status-documented). A document that
// promises only "an appropriate error status" is `generic`: any error status passes for it.
// A test checks that every name here occurs in one of the listed documents.
import { SEED, companion } from './documents.js';

export interface DocumentedCodes {
  /** What the codes are: returned NTSTATUS, returned Win32 LSTATUS, or WSAGetLastError values. */
  kind: 'ntstatus' | 'win32' | 'wsa';
  codes: readonly string[];
  generic: boolean;
  documents: readonly string[];
}

const NTCLOSE_DOCS = [SEED.ntcloseWinternl, SEED.ntclose];
const DUP_DOCS = [companion('wdk/ntifs/nf-ntifs-zwduplicateobject.md')];

export const DOCUMENTED_CODES: Readonly<Record<string, DocumentedCodes>> = {
  NtClose: { kind: 'ntstatus', codes: ['STATUS_SUCCESS', 'STATUS_INVALID_HANDLE', 'STATUS_HANDLE_NOT_CLOSABLE'], generic: false, documents: NTCLOSE_DOCS },
  ZwClose: { kind: 'ntstatus', codes: ['STATUS_SUCCESS', 'STATUS_INVALID_HANDLE', 'STATUS_HANDLE_NOT_CLOSABLE'], generic: false, documents: [SEED.zwClose] },
  FltClose: { kind: 'ntstatus', codes: ['STATUS_SUCCESS', 'STATUS_INVALID_HANDLE'], generic: false, documents: [SEED.fltClose] },
  NtDuplicateObject: { kind: 'ntstatus', codes: ['STATUS_SUCCESS'], generic: true, documents: DUP_DOCS },
  ZwDuplicateObject: { kind: 'ntstatus', codes: ['STATUS_SUCCESS'], generic: true, documents: DUP_DOCS },
  NtQueryObject: {
    kind: 'ntstatus',
    codes: ['STATUS_SUCCESS', 'STATUS_ACCESS_DENIED', 'STATUS_INVALID_HANDLE', 'STATUS_INFO_LENGTH_MISMATCH', 'STATUS_BUFFER_OVERFLOW', 'STATUS_BUFFER_TOO_SMALL'],
    // The winternl page says only "Returns an NTSTATUS or error code."
    generic: true,
    documents: [companion('wdk/ntifs/nf-ntifs-ntqueryobject.md'), companion('sdk-api/winternl/nf-winternl-ntqueryobject.md')],
  },
  ZwCreateKey: { kind: 'ntstatus', codes: ['STATUS_SUCCESS'], generic: true, documents: [companion('wdk/wdm/nf-wdm-zwcreatekey.md')] },
  NtCreateKey: { kind: 'ntstatus', codes: ['STATUS_SUCCESS'], generic: true, documents: [companion('wdk/wdm/nf-wdm-zwcreatekey.md')] },
  ObReferenceObjectByHandle: {
    kind: 'ntstatus', codes: ['STATUS_SUCCESS', 'STATUS_OBJECT_TYPE_MISMATCH', 'STATUS_ACCESS_DENIED', 'STATUS_INVALID_HANDLE'], generic: false,
    documents: [companion('wdk/wdm/nf-wdm-obreferenceobjectbyhandle.md')],
  },
  // Both point to IoCreateFileEx's list, which is not among the seeds.
  FltCreateFile: { kind: 'ntstatus', codes: ['STATUS_SUCCESS', 'STATUS_FILE_LOCK_CONFLICT'], generic: true, documents: [companion('wdk/fltkernel/nf-fltkernel-fltcreatefile.md')] },
  FltCreateFileEx: { kind: 'ntstatus', codes: ['STATUS_SUCCESS', 'STATUS_FILE_LOCK_CONFLICT'], generic: true, documents: [companion('wdk/fltkernel/nf-fltkernel-fltcreatefileex.md')] },
  RegOpenKeyExW: { kind: 'win32', codes: ['ERROR_SUCCESS'], generic: true, documents: [companion('sdk-api/winreg/nf-winreg-regopenkeyexw.md')] },
  RegCloseKey: { kind: 'win32', codes: ['ERROR_SUCCESS'], generic: true, documents: [companion('sdk-api/winreg/nf-winreg-regclosekey.md')] },
  socket: {
    kind: 'wsa', generic: false, documents: [companion('sdk-api/winsock2/nf-winsock2-socket.md')],
    codes: ['WSANOTINITIALISED', 'WSAENETDOWN', 'WSAEAFNOSUPPORT', 'WSAEINPROGRESS', 'WSAEMFILE', 'WSAEINVAL', 'WSAEINVALIDPROVIDER',
      'WSAEINVALIDPROCTABLE', 'WSAENOBUFS', 'WSAEPROTONOSUPPORT', 'WSAEPROTOTYPE', 'WSAEPROVIDERFAILEDINIT', 'WSAESOCKTNOSUPPORT'],
  },
  closesocket: {
    kind: 'wsa', generic: false, documents: [companion('sdk-api/winsock/nf-winsock-closesocket.md')],
    codes: ['WSANOTINITIALISED', 'WSAENETDOWN', 'WSAENOTSOCK', 'WSAEINPROGRESS', 'WSAEINTR', 'WSAEWOULDBLOCK'],
  },
};

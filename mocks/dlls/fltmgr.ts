// fltmgr: FltCreateFile/FltCreateFileEx open files for a minifilter; FltClose closes only those.
import { ntClose } from '../core/close.js';
import { FILE_DELETE_ON_CLOSE, KernelMode, OBJ_INHERIT, OBJ_KERNEL_HANDLE } from '../core/constants.js';
import { STATUS } from '../core/codes.js';
import { documented, violate } from '../core/enforce.js';
import { openFile } from '../core/files.js';
import { asZw, requirePassive } from '../core/kernel-mode.js';
import { insertHandle, lookup } from '../core/object-manager.js';
import type { Store } from '../core/records.js';
import { signatures, validate } from '../core/signatures.js';
import { objectAttributes, writeStruct } from '../core/structs.js';
import { driverReference } from './ntoskrnl-objects.js';

const COMMON = 'ACCESS_MASK DesiredAccess, POBJECT_ATTRIBUTES ObjectAttributes, PIO_STATUS_BLOCK IoStatusBlock, PLARGE_INTEGER AllocationSize, ULONG FileAttributes, ULONG ShareAccess, ULONG CreateDisposition, ULONG CreateOptions, PVOID EaBuffer, ULONG EaLength, ULONG Flags';
export const FLTMGR_SIGNATURES = signatures({
  FltClose: 'NTSTATUS FltClose(HANDLE FileHandle)',
  FltCreateFile: `NTSTATUS FltCreateFile(PFLT_FILTER Filter, PFLT_INSTANCE Instance, PHANDLE FileHandle, ${COMMON})`,
  FltCreateFileEx: `NTSTATUS FltCreateFileEx(PFLT_FILTER Filter, PFLT_INSTANCE Instance, PHANDLE FileHandle, PFILE_OBJECT *FileObject, ${COMMON})`,
});
const S = FLTMGR_SIGNATURES;
const OPENED_BY_FLT = new Set(['FltCreateFile', 'FltCreateFileEx']);

interface FltCreate {
  api: 'FltCreateFile' | 'FltCreateFileEx';
  filter: number;
  handleOut: [number] | null;
  fileObjectOut: [number] | null;
  access: number;
  oa: unknown;
  ioStatus: unknown;
  shareAccess: number;
  disposition: number;
  options: number;
}

function fltCreate(s: Store, c: FltCreate): number {
  const oa = objectAttributes(c.oa);
  if (c.filter === 0 || c.handleOut === null || oa?.name === undefined) return STATUS.STATUS_INVALID_PARAMETER;
  const kernelTable = (oa.attributes & OBJ_KERNEL_HANDLE) !== 0;
  if (!kernelTable && !s.ctx.process.system) {
    violate(s, 'fltcreatefile-kernel-handle', c.api, `called in process ${s.ctx.process.name} without OBJ_KERNEL_HANDLE — set it in ObjectAttributes.Attributes`);
  }
  const r = openFile(s, { path: oa.name, disposition: c.disposition, deleteOnClose: (c.options & FILE_DELETE_ON_CLOSE) !== 0, access: c.access, shareMode: c.shareAccess, transaction: undefined });
  writeStruct(c.ioStatus, { Status: r.status, Information: r.information });
  if (r.object === undefined) return r.status;
  c.handleOut[0] = insertHandle(s, r.object, { access: c.access, inherit: (oa.attributes & OBJ_INHERIT) !== 0, kernelTable, openedBy: c.api });
  if (c.fileObjectOut !== null) c.fileObjectOut[0] = driverReference(s, r.object, c.api);
  return STATUS.STATUS_SUCCESS;
}

export function fltmgr(s: Store) {
  return {
    FltClose(FileHandle: number): number {
      validate(S.FltClose, arguments);
      requirePassive(s, 'FltClose');
      const entry = lookup(s, FileHandle, KernelMode);
      if (entry !== undefined && !OPENED_BY_FLT.has(entry.openedBy)) {
        violate(s, 'fltclose-only-fltcreatefile', 'FltClose', `handle ${FileHandle} was opened by ${entry.openedBy}, not FltCreateFile — close it with ZwClose`);
      }
      // FltClose closes through ZwClose.
      return documented(s, 'FltClose', asZw(s, () => ntClose(s, FileHandle, KernelMode)));
    },
    FltCreateFile(Filter: number, Instance: number, FileHandle: [number] | null, DesiredAccess: number, ObjectAttributes: object | null,
      IoStatusBlock: object | null, AllocationSize: number | bigint | null, FileAttributes: number, ShareAccess: number, CreateDisposition: number,
      CreateOptions: number, EaBuffer: number | null, EaLength: number, Flags: number): number {
      validate(S.FltCreateFile, arguments);
      return documented(s, 'FltCreateFile', fltCreate(s, {
        api: 'FltCreateFile', filter: Filter, handleOut: FileHandle, fileObjectOut: null, access: DesiredAccess, oa: ObjectAttributes,
        ioStatus: IoStatusBlock, shareAccess: ShareAccess, disposition: CreateDisposition, options: CreateOptions,
      }));
    },
    FltCreateFileEx(Filter: number, Instance: number, FileHandle: [number] | null, FileObject: [number] | null, DesiredAccess: number,
      ObjectAttributes: object | null, IoStatusBlock: object | null, AllocationSize: number | bigint | null, FileAttributes: number,
      ShareAccess: number, CreateDisposition: number, CreateOptions: number, EaBuffer: number | null, EaLength: number, Flags: number): number {
      validate(S.FltCreateFileEx, arguments);
      return documented(s, 'FltCreateFileEx', fltCreate(s, {
        api: 'FltCreateFileEx', filter: Filter, handleOut: FileHandle, fileObjectOut: FileObject, access: DesiredAccess, oa: ObjectAttributes,
        ioStatus: IoStatusBlock, shareAccess: ShareAccess, disposition: CreateDisposition, options: CreateOptions,
      }));
    },
  };
}

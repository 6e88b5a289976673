// ntdll: the user-mode native API. Calls enter the kernel from user mode, so the previous mode
// is UserMode for all of them.
import { ntClose } from '../core/close.js';
import { DUPLICATE_CLOSE_SOURCE, DUPLICATE_SAME_ACCESS, DUPLICATE_SAME_ATTRIBUTES, OBJ_INHERIT, OBJ_PROTECT_CLOSE, UserMode, type ProcessorMode } from '../core/constants.js';
import { duplicate } from '../core/duplicate.js';
import { documented } from '../core/enforce.js';
import { queryObject } from '../core/query.js';
import type { Store } from '../core/records.js';
import { signatures, validate } from '../core/signatures.js';
import { createKey } from './ntoskrnl-objects.js';

export const NTDLL_SIGNATURES = signatures({
  NtClose: 'NTSTATUS NtClose(HANDLE Handle)',
  NtDuplicateObject: 'NTSTATUS NtDuplicateObject(HANDLE SourceProcessHandle, HANDLE SourceHandle, HANDLE TargetProcessHandle, PHANDLE TargetHandle, ACCESS_MASK DesiredAccess, ULONG HandleAttributes, ULONG Options)',
  NtQueryObject: 'NTSTATUS NtQueryObject(HANDLE Handle, OBJECT_INFORMATION_CLASS ObjectInformationClass, PVOID ObjectInformation, ULONG ObjectInformationLength, PULONG ReturnLength)',
  NtCreateKey: 'NTSTATUS NtCreateKey(PHANDLE KeyHandle, ACCESS_MASK DesiredAccess, POBJECT_ATTRIBUTES ObjectAttributes, ULONG TitleIndex, PUNICODE_STRING Class, ULONG CreateOptions, PULONG Disposition)',
}, { NtQueryObject: ['ObjectInformation'] });
const S = NTDLL_SIGNATURES;

export interface DuplicateObjectArgs {
  api: string;
  args: [number, number, number, [number] | null, number, number, number];
  mode: ProcessorMode;
  /** OBJ_KERNEL_HANDLE is honoured only for kernel-mode callers. */
  kernelTable: boolean;
}

/** NtDuplicateObject / ZwDuplicateObject. */
export function duplicateObject(s: Store, d: DuplicateObjectArgs): number {
  const [sourceProcess, source, targetProcess, targetHandle, access, attributes, options] = d.args;
  const r = duplicate(s, {
    api: d.api, sourceProcess, source, targetProcess, access, inherit: (attributes & OBJ_INHERIT) !== 0,
    protect: (attributes & OBJ_PROTECT_CLOSE) !== 0, kernelTable: d.kernelTable,
    sameAccess: (options & DUPLICATE_SAME_ACCESS) !== 0, sameAttributes: (options & DUPLICATE_SAME_ATTRIBUTES) !== 0,
    closeSource: (options & DUPLICATE_CLOSE_SOURCE) !== 0, makeDuplicate: targetHandle !== null, mode: d.mode,
  });
  if (targetHandle !== null && r.value !== undefined) targetHandle[0] = r.value;
  return documented(s, d.api, r.status);
}

export function ntdll(s: Store) {
  return {
    NtClose(Handle: number): number {
      validate(S.NtClose, arguments);
      return documented(s, 'NtClose', ntClose(s, Handle, UserMode));
    },
    NtDuplicateObject(SourceProcessHandle: number, SourceHandle: number, TargetProcessHandle: number, TargetHandle: [number] | null,
      DesiredAccess: number, HandleAttributes: number, Options: number): number {
      validate(S.NtDuplicateObject, arguments);
      return duplicateObject(s, {
        api: 'NtDuplicateObject', mode: UserMode, kernelTable: false,
        args: [SourceProcessHandle, SourceHandle, TargetProcessHandle, TargetHandle, DesiredAccess, HandleAttributes, Options],
      });
    },
    NtQueryObject(Handle: number, ObjectInformationClass: number, ObjectInformation: unknown, ObjectInformationLength: number,
      ReturnLength: [number] | null): number {
      validate(S.NtQueryObject, arguments);
      return documented(s, 'NtQueryObject', queryObject(s, UserMode, Handle, ObjectInformationClass, ObjectInformation, ObjectInformationLength, ReturnLength));
    },
    NtCreateKey(KeyHandle: [number] | null, DesiredAccess: number, ObjectAttributes: object | null, TitleIndex: number,
      Class: object | null, CreateOptions: number, Disposition: [number] | null): number {
      validate(S.NtCreateKey, arguments);
      return documented(s, 'NtCreateKey', createKey(s, 'NtCreateKey', KeyHandle, DesiredAccess, ObjectAttributes, Disposition));
    },
  };
}

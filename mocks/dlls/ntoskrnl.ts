// ntoskrnl: the kernel-mode native API. Zw* routines run with the previous mode set to KernelMode
// for their duration; Nt* keep the caller's. Zw routines and NtClose require PASSIVE_LEVEL
// (DDI compliance rule IrqlZwPassive). Object references and ZwCreateKey are in ntoskrnl-objects.ts.
import { ntClose } from '../core/close.js';
import { KernelMode, OBJ_KERNEL_HANDLE } from '../core/constants.js';
import { documented } from '../core/enforce.js';
import { asZw, requirePassive } from '../core/kernel-mode.js';
import { queryObject } from '../core/query.js';
import type { Store } from '../core/records.js';
import { signatures, validate } from '../core/signatures.js';
import { duplicateObject } from './ntdll.js';
import { ntoskrnlObjects, NTOSKRNL_OBJECT_SIGNATURES } from './ntoskrnl-objects.js';

const S = signatures({
  NtClose: 'NTSTATUS NtClose(HANDLE Handle)',
  ZwClose: 'NTSTATUS ZwClose(HANDLE Handle)',
  ZwDuplicateObject: 'NTSTATUS ZwDuplicateObject(HANDLE SourceProcessHandle, HANDLE SourceHandle, HANDLE TargetProcessHandle, PHANDLE TargetHandle, ACCESS_MASK DesiredAccess, ULONG HandleAttributes, ULONG Options)',
  NtDuplicateObject: 'NTSTATUS NtDuplicateObject(HANDLE SourceProcessHandle, HANDLE SourceHandle, HANDLE TargetProcessHandle, PHANDLE TargetHandle, ACCESS_MASK DesiredAccess, ULONG HandleAttributes, ULONG Options)',
  NtQueryObject: 'NTSTATUS NtQueryObject(HANDLE Handle, OBJECT_INFORMATION_CLASS ObjectInformationClass, PVOID ObjectInformation, ULONG ObjectInformationLength, PULONG ReturnLength)',
  ZwQueryObject: 'NTSTATUS ZwQueryObject(HANDLE Handle, OBJECT_INFORMATION_CLASS ObjectInformationClass, PVOID ObjectInformation, ULONG ObjectInformationLength, PULONG ReturnLength)',
  ExGetPreviousMode: 'KPROCESSOR_MODE ExGetPreviousMode(void)',
  KeGetCurrentIrql: 'KIRQL KeGetCurrentIrql(void)',
}, { NtQueryObject: ['ObjectInformation'], ZwQueryObject: ['ObjectInformation'] });

export const NTOSKRNL_SIGNATURES = { ...S, ...NTOSKRNL_OBJECT_SIGNATURES };

export function ntoskrnl(s: Store) {
  return {
    NtClose(Handle: number): number {
      validate(S.NtClose, arguments);
      requirePassive(s, 'NtClose');
      return documented(s, 'NtClose', ntClose(s, Handle, s.ctx.previousMode));
    },
    ZwClose(Handle: number): number {
      validate(S.ZwClose, arguments);
      requirePassive(s, 'ZwClose');
      return documented(s, 'ZwClose', asZw(s, () => ntClose(s, Handle, KernelMode)));
    },
    ZwDuplicateObject(SourceProcessHandle: number, SourceHandle: number, TargetProcessHandle: number, TargetHandle: [number] | null,
      DesiredAccess: number, HandleAttributes: number, Options: number): number {
      validate(S.ZwDuplicateObject, arguments);
      requirePassive(s, 'ZwDuplicateObject');
      return asZw(s, () => duplicateObject(s, {
        api: 'ZwDuplicateObject', mode: KernelMode, kernelTable: (HandleAttributes & OBJ_KERNEL_HANDLE) !== 0,
        args: [SourceProcessHandle, SourceHandle, TargetProcessHandle, TargetHandle, DesiredAccess, HandleAttributes, Options],
      }));
    },
    NtDuplicateObject(SourceProcessHandle: number, SourceHandle: number, TargetProcessHandle: number, TargetHandle: [number] | null,
      DesiredAccess: number, HandleAttributes: number, Options: number): number {
      validate(S.NtDuplicateObject, arguments);
      const mode = s.ctx.previousMode;
      return duplicateObject(s, {
        api: 'NtDuplicateObject', mode, kernelTable: mode === KernelMode && (HandleAttributes & OBJ_KERNEL_HANDLE) !== 0,
        args: [SourceProcessHandle, SourceHandle, TargetProcessHandle, TargetHandle, DesiredAccess, HandleAttributes, Options],
      });
    },
    NtQueryObject(Handle: number, ObjectInformationClass: number, ObjectInformation: unknown, ObjectInformationLength: number,
      ReturnLength: [number] | null): number {
      validate(S.NtQueryObject, arguments);
      return documented(s, 'NtQueryObject',
        queryObject(s, s.ctx.previousMode, Handle, ObjectInformationClass, ObjectInformation, ObjectInformationLength, ReturnLength));
    },
    ZwQueryObject(Handle: number, ObjectInformationClass: number, ObjectInformation: unknown, ObjectInformationLength: number,
      ReturnLength: [number] | null): number {
      validate(S.ZwQueryObject, arguments);
      requirePassive(s, 'ZwQueryObject');
      return documented(s, 'NtQueryObject', asZw(s, () =>
        queryObject(s, KernelMode, Handle, ObjectInformationClass, ObjectInformation, ObjectInformationLength, ReturnLength)));
    },
    ExGetPreviousMode(): number {
      return s.ctx.previousMode;
    },
    KeGetCurrentIrql(): number {
      return s.ctx.irql;
    },
    ...ntoskrnlObjects(s),
  };
}

// ntoskrnl: referenced object pointers (ObReferenceObjectByHandle, ObDereferenceObject) and
// ZwCreateKey, the routine the documents use for the DriverEntry handle example.
import { CURRENT_PROCESS, CURRENT_THREAD, KernelMode, OBJ_INHERIT, OBJ_KERNEL_HANDLE, REG_CREATED_NEW_KEY, REG_OPENED_EXISTING_KEY, UserMode } from '../core/constants.js';
import { STATUS } from '../core/codes.js';
import { documented, raise, violate } from '../core/enforce.js';
import { overDereferenceBugCheck, verifierUserHandleBugCheck } from '../core/errors.js';
import { asZw, requirePassive } from '../core/kernel-mode.js';
import { dereference, insertHandle, lookup, reference, resolveObject } from '../core/object-manager.js';
import { KINDS, ntTypeOfPointer } from '../core/object-types.js';
import type { KObject, Store } from '../core/records.js';
import { ensureKey, joinKey, keyObject, keyPath, parentExists } from '../core/registry.js';
import { signatures, validate } from '../core/signatures.js';
import { addressOf, whereOpened } from '../core/store.js';
import { objectAttributes, writeStruct } from '../core/structs.js';

export const NTOSKRNL_OBJECT_SIGNATURES = signatures({
  ObReferenceObjectByHandle: 'NTSTATUS ObReferenceObjectByHandle(HANDLE Handle, ACCESS_MASK DesiredAccess, POBJECT_TYPE ObjectType, KPROCESSOR_MODE AccessMode, PVOID *Object, POBJECT_HANDLE_INFORMATION HandleInformation)',
  ObDereferenceObject: 'LONG_PTR ObDereferenceObject(PVOID Object)',
  ZwCreateKey: 'NTSTATUS ZwCreateKey(PHANDLE KeyHandle, ACCESS_MASK DesiredAccess, POBJECT_ATTRIBUTES ObjectAttributes, ULONG TitleIndex, PUNICODE_STRING Class, ULONG CreateOptions, PULONG Disposition)',
});
const S = NTOSKRNL_OBJECT_SIGNATURES;
const GENERIC_RIGHTS = 0xf0000000;

/** Records a pointer reference a driver must release with ObDereferenceObject. */
export function driverReference(s: Store, obj: KObject, api: string): number {
  reference(obj);
  s.references.push({ object: obj, api, seq: ++s.nextSeq, where: whereOpened(s, `referenced by ${api}`) });
  return addressOf(s, obj);
}

/** ZwCreateKey (kernel caller) and ntdll's NtCreateKey (user caller: no kernel handles, no driver rule). */
export function createKey(s: Store, api: 'ZwCreateKey' | 'NtCreateKey', out: [number] | null, access: number, oaArg: unknown,
  disposition: [number] | null): number {
  const mode = api === 'ZwCreateKey' ? KernelMode : UserMode;
  const oa = objectAttributes(oaArg);
  if (out === null || oa?.name === undefined) return STATUS.STATUS_INVALID_PARAMETER;
  let path: string;
  if (oa.root !== 0) {
    const root = resolveObject(s, oa.root, mode);
    if (root === undefined) return STATUS.STATUS_INVALID_HANDLE;
    if (root.key === undefined) return STATUS.STATUS_OBJECT_TYPE_MISMATCH;
    path = joinKey(root.key.path, oa.name);
  } else {
    path = keyPath(oa.name);
    if (!path.startsWith('\\registry\\')) return STATUS.STATUS_OBJECT_PATH_NOT_FOUND;
  }
  const existed = s.keys.has(path);
  if (!existed && !parentExists(s, path)) return STATUS.STATUS_OBJECT_NAME_NOT_FOUND;
  const kernelTable = mode === KernelMode && (oa.attributes & OBJ_KERNEL_HANDLE) !== 0;
  if (mode === KernelMode && !kernelTable && !s.ctx.process.system) {
    violate(s, 'kernel-handle-attribute-required', 'ZwCreateKey',
      `called in process ${s.ctx.process.name} without OBJ_KERNEL_HANDLE — set it in ObjectAttributes.Attributes`);
  }
  if (!existed) ensureKey(s, path);
  out[0] = insertHandle(s, keyObject(s, path), { access, inherit: (oa.attributes & OBJ_INHERIT) !== 0, kernelTable, openedBy: api });
  if (disposition !== null) disposition[0] = existed ? REG_OPENED_EXISTING_KEY : REG_CREATED_NEW_KEY;
  return STATUS.STATUS_SUCCESS;
}

function referenceByHandle(s: Store, handle: number, access: number, type: number | bigint | null, accessMode: number,
  out: [number] | null, info: unknown): number {
  const pseudo = handle === CURRENT_PROCESS || handle === CURRENT_THREAD;
  const entry = pseudo ? undefined : lookup(s, handle, accessMode === KernelMode ? KernelMode : UserMode);
  if (accessMode === KernelMode && s.ctx.previousMode === UserMode && entry !== undefined && !entry.kernel) {
    raise(s, verifierUserHandleBugCheck('ObReferenceObjectByHandle', 'obreference-kernelmode-user-handle', handle));
  }
  const obj = pseudo ? resolveObject(s, handle, KernelMode) : entry?.search === false ? entry.object : undefined;
  if (obj === undefined) return STATUS.STATUS_INVALID_HANDLE;
  if (type !== null && type !== 0 && ntTypeOfPointer(Number(type)) !== KINDS[obj.kind].ntType) return STATUS.STATUS_OBJECT_TYPE_MISMATCH;
  if (accessMode !== KernelMode && entry !== undefined && ((access & ~GENERIC_RIGHTS) & ~entry.access) !== 0) return STATUS.STATUS_ACCESS_DENIED;
  if (out === null) return STATUS.STATUS_INVALID_PARAMETER;
  out[0] = driverReference(s, obj, 'ObReferenceObjectByHandle');
  writeStruct(info, { HandleAttributes: entry?.inherit ? OBJ_INHERIT : 0, GrantedAccess: entry?.access ?? 0x1fffff });
  return STATUS.STATUS_SUCCESS;
}

export function ntoskrnlObjects(s: Store) {
  return {
    ObReferenceObjectByHandle(Handle: number, DesiredAccess: number, ObjectType: number | bigint | null, AccessMode: number,
      Object: [number] | null, HandleInformation: object | null): number {
      validate(S.ObReferenceObjectByHandle, arguments);
      return documented(s, 'ObReferenceObjectByHandle', referenceByHandle(s, Handle, DesiredAccess, ObjectType, AccessMode, Object, HandleInformation));
    },
    ObDereferenceObject(Object: number | bigint | null): number {
      validate(S.ObDereferenceObject, arguments);
      const pointer = Number(Object ?? 0);
      const obj = s.byAddress.get(pointer);
      const at = obj === undefined ? -1 : s.references.findLastIndex((r) => r.object === obj);
      if (obj === undefined || at < 0) raise(s, overDereferenceBugCheck('ObDereferenceObject', 'dereference-balanced', pointer));
      s.references.splice(at, 1);
      dereference(s, obj);
      return 0;
    },
    ZwCreateKey(KeyHandle: [number] | null, DesiredAccess: number, ObjectAttributes: object | null, TitleIndex: number,
      Class: object | null, CreateOptions: number, Disposition: [number] | null): number {
      validate(S.ZwCreateKey, arguments);
      requirePassive(s, 'ZwCreateKey');
      return documented(s, 'ZwCreateKey', asZw(s, () => createKey(s, 'ZwCreateKey', KeyHandle, DesiredAccess, ObjectAttributes, Disposition)));
    },
  };
}

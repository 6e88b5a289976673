// NtQueryObject: PUBLIC_OBJECT_BASIC_INFORMATION and PUBLIC_OBJECT_TYPE_INFORMATION.
import { CURRENT_PROCESS, CURRENT_THREAD, ObjectBasicInformation, ObjectTypeInformation, OBJ_INHERIT, OBJ_PROTECT_CLOSE, PROCESS_ALL_ACCESS, type ProcessorMode } from './constants.js';
import { STATUS } from './codes.js';
import { lookup, resolveObject } from './object-manager.js';
import { KINDS } from './object-types.js';
import type { Store } from './records.js';
import { writeStruct } from './structs.js';

// sizeof(PUBLIC_OBJECT_BASIC_INFORMATION) and sizeof(PUBLIC_OBJECT_TYPE_INFORMATION) on x64.
const BASIC_SIZE = 56;
const TYPE_SIZE = 104;

export function queryObject(s: Store, mode: ProcessorMode, handle: number, infoClass: number, info: unknown, length: number,
  returnLength: [number] | null): number {
  const obj = resolveObject(s, handle, mode);
  if (obj === undefined) return STATUS.STATUS_INVALID_HANDLE;
  const pseudo = handle === CURRENT_PROCESS || handle === CURRENT_THREAD;
  const entry = pseudo ? undefined : lookup(s, handle, mode);
  let required: number;
  let data: object;
  if (infoClass === ObjectBasicInformation) {
    required = BASIC_SIZE;
    data = {
      Attributes: (entry?.inherit ? OBJ_INHERIT : 0) | (entry?.protect ? OBJ_PROTECT_CLOSE : 0),
      GrantedAccess: entry?.access ?? PROCESS_ALL_ACCESS,
      HandleCount: obj.handleCount,
      // Windows counts one reference per handle in PointerCount.
      PointerCount: obj.handleCount + obj.pointerCount,
    };
  } else if (infoClass === ObjectTypeInformation) {
    const typeName = KINDS[obj.kind].ntType;
    required = TYPE_SIZE + (typeName.length + 1) * 2;
    data = { TypeName: typeName };
  } else {
    return STATUS.STATUS_INVALID_INFO_CLASS;
  }
  if (returnLength !== null) returnLength[0] = required;
  if (length < required) return STATUS.STATUS_INFO_LENGTH_MISMATCH;
  writeStruct(info, data);
  return STATUS.STATUS_SUCCESS;
}

// Object kinds: the names createObject accepts, the NT type name each has (what NtQueryObject
// reports and ObReferenceObjectByHandle checks) and the exported POBJECT_TYPE variables.
import type { ObjectKind } from './records.js';

interface KindInfo {
  /** Object type name in the object manager (`Mutant`, `Section`, `TmTx`, ...). */
  ntType: string;
  /** Named in the shared kernel object namespace (CreateEvent, CreateFileMapping, ...). */
  namespace: boolean;
}

export const KINDS: Readonly<Record<ObjectKind, KindInfo>> = {
  'Access token': { ntType: 'Token', namespace: false },
  'Communications device': { ntType: 'File', namespace: false },
  'Console input': { ntType: 'File', namespace: false },
  'Console screen buffer': { ntType: 'File', namespace: false },
  Event: { ntType: 'Event', namespace: true },
  File: { ntType: 'File', namespace: false },
  'File mapping': { ntType: 'Section', namespace: true },
  'I/O completion port': { ntType: 'IoCompletion', namespace: true },
  Job: { ntType: 'Job', namespace: true },
  Mailslot: { ntType: 'File', namespace: false },
  'Memory resource notification': { ntType: 'Event', namespace: false },
  Mutex: { ntType: 'Mutant', namespace: true },
  'Named pipe': { ntType: 'File', namespace: false },
  Pipe: { ntType: 'File', namespace: false },
  Process: { ntType: 'Process', namespace: false },
  Semaphore: { ntType: 'Semaphore', namespace: true },
  Thread: { ntType: 'Thread', namespace: false },
  Transaction: { ntType: 'TmTx', namespace: false },
  'Waitable timer': { ntType: 'Timer', namespace: true },
  Key: { ntType: 'Key', namespace: false },
  Socket: { ntType: 'File', namespace: false },
  Find: { ntType: '', namespace: false },
};

/** Other spellings createObject accepts. */
const ALIASES = {
  Section: 'File mapping', 'File Mapping': 'File mapping', FileMapping: 'File mapping', Mutant: 'Mutex',
  Timer: 'Waitable timer', Token: 'Access token', Search: 'Find', 'Find handle': 'Find', FindFile: 'Find',
  IoCompletion: 'I/O completion port', 'Registry key': 'Key', TmTx: 'Transaction',
} as const satisfies Record<string, ObjectKind>;

export type ObjectTypeName = ObjectKind | keyof typeof ALIASES;

export function kindOf(name: string): ObjectKind | undefined {
  if (Object.hasOwn(KINDS, name)) return name as ObjectKind;
  return Object.hasOwn(ALIASES, name) ? ALIASES[name as keyof typeof ALIASES] : undefined;
}

export const OBJECT_KIND_NAMES: readonly string[] = [...Object.keys(KINDS), ...Object.keys(ALIASES)];

/** Addresses standing for the exported `POBJECT_TYPE` variables (`*ExEventObjectType`, ...). */
const TYPE_VARIABLES = [
  ['ExEventObjectType', 'Event'], ['ExSemaphoreObjectType', 'Semaphore'], ['IoFileObjectType', 'File'],
  ['PsProcessType', 'Process'], ['PsThreadType', 'Thread'], ['SeTokenObjectType', 'Token'],
  ['TmEnlistmentObjectType', 'TmEn'], ['TmResourceManagerObjectType', 'TmRm'], ['TmTransactionManagerObjectType', 'TmTm'],
  ['TmTransactionObjectType', 'TmTx'], ['CmKeyObjectType', 'Key'], ['MmSectionObjectType', 'Section'],
] as const;

// 0xFFFFF80000001000 and up, as signed numbers.
const typeAddress = (i: number): number => -0x80000000000 + 0x1000 * (i + 1);

export const OBJECT_TYPES: Readonly<Record<(typeof TYPE_VARIABLES)[number][0], number>> = Object.fromEntries(
  TYPE_VARIABLES.map(([name], i) => [name, typeAddress(i)]),
) as Record<(typeof TYPE_VARIABLES)[number][0], number>;

const ntTypeByAddress = new Map<number, string>(TYPE_VARIABLES.map(([, nt], i) => [typeAddress(i), nt]));

/** NT type name an ObjectType pointer stands for, or undefined when it is no known type. */
export function ntTypeOfPointer(pointer: number): string | undefined {
  return ntTypeByAddress.get(pointer);
}

// Rules of the native and kernel-mode handle APIs (ntdll, ntoskrnl, fltmgr). See catalogue.ts.
import type { Rule } from './catalogue.js';
import { SEED, companion } from './documents.js';

const T = (name: string): string => `test/mocks/${name}.test.ts`;
const OBREF = companion('wdk/wdm/nf-wdm-obreferenceobjectbyhandle.md');

export const KERNEL_RULES: readonly Rule[] = [
  {
    id: 'protect-close-duplicate', title: 'OBJ_PROTECT_CLOSE on a duplicate makes it not closable', kind: 'behaviour',
    apis: ['NtDuplicateObject', 'ZwDuplicateObject', 'NtClose', 'ZwClose'],
    outcome: 'A handle duplicated with OBJ_PROTECT_CLOSE in HandleAttributes is not closed: NtClose/ZwClose return STATUS_HANDLE_NOT_CLOSABLE. (Wine ignores OBJ_PROTECT_CLOSE here; the document wins.)',
    quote: 'An example where the latter NTSTATUS code occurs is when a call of ZwDuplicateObject has been invoked with OBJ_PROTECT_CLOSE passed to the handle attributes parameter argument.',
    document: SEED.ntclose, test: T('rules-close'),
  },
  {
    id: 'reference-keeps-object', title: 'A referenced pointer keeps the object alive', kind: 'behaviour',
    apis: ['ObReferenceObjectByHandle', 'ObDereferenceObject'],
    outcome: 'ObReferenceObjectByHandle increments the pointer count; the object outlives its handles until ObDereferenceObject releases the pointer.',
    quote: 'Incrementing this count prevents the object from being deleted while the pointer is being referenced.', document: OBREF, test: T('rules-lifetime'),
  },
  {
    id: 'dereference-balanced', title: 'Dereference only what was referenced', kind: 'fatal', apis: ['ObDereferenceObject'],
    outcome: 'ObDereferenceObject of an object with no referenced pointer left would free an object the caller does not own: bug check REFERENCE_BY_POINTER (0x18), thrown in every mode and recorded; counts never go negative.',
    quote: 'A driver must never attempt to delete an object it did not create.',
    document: companion('wdk/wdm/nf-wdm-obdereferenceobject.md'), test: T('rules-lifetime'),
  },
  {
    id: 'obreference-type-mismatch', title: 'ObReferenceObjectByHandle checks the object type', kind: 'behaviour', apis: ['ObReferenceObjectByHandle'],
    outcome: 'With a non-NULL ObjectType that is not the object\'s type, ObReferenceObjectByHandle returns STATUS_OBJECT_TYPE_MISMATCH and references nothing.',
    quote: 'If ObjectType is not NULL, the operating system verifies that the supplied object type matches the object type of the object that Handle specifies.',
    document: OBREF, test: T('rules-lifetime'),
  },
  {
    id: 'kernel-handle-previous-mode', title: 'Kernel handles close only from KernelMode', kind: 'behaviour',
    apis: ['NtClose', 'ZwClose', 'ObReferenceObjectByHandle'],
    outcome: 'A kernel handle (OBJ_KERNEL_HANDLE, or opened by a system thread) is an invalid handle when the previous mode is UserMode: STATUS_INVALID_HANDLE.',
    quote: 'Kernel handles, which are those that are opened by a system thread or by specifying the OBJ_KERNEL_HANDLE flag, can be closed only when the previous processor mode is KernelMode.',
    document: SEED.zwClose, test: T('rules-kernel'),
  },
  {
    id: 'driverentry-handle-system-process', title: 'A DriverEntry handle is not in a user process', kind: 'behaviour', apis: ['ZwCreateKey', 'ZwClose'],
    outcome: 'A handle opened in the system process without OBJ_KERNEL_HANDLE lives in the system process\'s table: ZwClose of it from a dispatch routine running in a user process returns STATUS_INVALID_HANDLE.',
    quote: "For example, a handle that ZwCreateKey returns to a DriverEntry routine cannot subsequently be closed by the same driver's dispatch routines.",
    document: SEED.zwClose, test: T('rules-kernel'),
  },
  {
    id: 'kernel-handle-attribute-required', title: 'Outside a system thread, set OBJ_KERNEL_HANDLE', kind: 'violation', apis: ['ZwCreateKey'],
    outcome: 'ZwCreateKey outside the system process without OBJ_KERNEL_HANDLE: strict throws RuleViolation; lenient puts the handle in the current process\'s table (where its user-mode code can use it) and records the violation.',
    quote: 'If the caller is not running in a system thread context, it must set the OBJ_KERNEL_HANDLE attribute when it calls InitializeObjectAttributes.',
    document: companion('wdk/wdm/nf-wdm-zwcreatekey.md'), test: T('rules-kernel'),
  },
  {
    id: 'fltcreatefile-kernel-handle', title: 'FltCreateFile outside the system process needs OBJ_KERNEL_HANDLE', kind: 'violation',
    apis: ['FltCreateFile', 'FltCreateFileEx'],
    outcome: 'FltCreateFile/FltCreateFileEx outside the system process without OBJ_KERNEL_HANDLE: strict throws RuleViolation; lenient opens a handle in the current process\'s table and records the violation.',
    quote: 'Driver routines that do not run in the system process context must set the OBJ_KERNEL_HANDLE attribute for the ObjectAttributes parameter of FltCreateFile.',
    document: companion('wdk/fltkernel/nf-fltkernel-fltcreatefile.md'), test: T('rules-kernel'),
  },
  {
    id: 'close-irql-passive', title: 'Close at PASSIVE_LEVEL only (IrqlZwPassive)', kind: 'fatal',
    apis: ['NtClose', 'ZwClose', 'FltClose', 'ZwDuplicateObject', 'ZwCreateKey'],
    outcome: 'NtClose, ZwClose, FltClose and the other Zw routines above PASSIVE_LEVEL: bug check DRIVER_VERIFIER_DETECTED_VIOLATION (0xC4), rule IrqlZwPassive, thrown in every mode and recorded.',
    quote: 'IRQL PASSIVE_LEVEL DDI compliance rules IrqlZwPassive', document: SEED.zwClose, test: T('rules-kernel'),
  },
  {
    id: 'nt-zw-previous-mode', title: 'Zw routines run with previous mode KernelMode, Nt with the caller\'s', kind: 'behaviour',
    apis: ['NtClose', 'ZwClose', 'ZwDuplicateObject', 'ZwCreateKey', 'ExGetPreviousMode'],
    outcome: 'win.ntoskrnl.Zw* switch the previous mode to KernelMode for their duration; Nt* keep the caller\'s. A driver\'s NtClose of a kernel handle from a dispatch routine whose previous mode is UserMode fails with STATUS_INVALID_HANDLE where ZwClose succeeds.',
    quote: 'For calls from kernel-mode drivers, the NtXxx and ZwXxx versions of a Windows Native System Services routine can behave differently in the way that they handle and interpret input parameters.',
    document: SEED.ntclose, test: T('rules-kernel'),
  },
  {
    id: 'fltclose-only-fltcreatefile', title: 'FltClose closes only FltCreateFile handles', kind: 'violation', apis: ['FltClose'],
    outcome: 'FltClose of a handle not opened by FltCreateFile/FltCreateFileEx: strict throws RuleViolation; lenient closes it as ZwClose would and records the violation.',
    quote: 'FltClose is only for closing file handles opened by FltCreateFile or FltCreateFileEx.', document: SEED.fltClose, test: T('rules-kernel'),
  },
  {
    id: 'obreference-kernelmode-user-handle', title: 'KernelMode access with a user handle is a verifier bug check', kind: 'fatal',
    apis: ['ObReferenceObjectByHandle'],
    outcome: 'ObReferenceObjectByHandle with AccessMode KernelMode on a user-mode handle while the previous mode is UserMode: bug check 0xC4 subcode 0xF6, thrown in every mode and recorded.',
    quote: 'Starting with Windows 7, if AccessMode is KernelMode and handle is received from user address space, Driver Verifier issues bugcheck C4, subcode F6.',
    document: OBREF, test: T('rules-kernel'),
  },
  {
    id: 'close-no-wait-io', title: 'Close does not wait for pending I/O', kind: 'behaviour', apis: ['NtClose', 'ZwClose', 'CloseHandle'],
    outcome: 'An operation started with win.pendingIo(handle) before the close completes after it; the object lives (pointer count) until it does.',
    quote: 'Callers of NtClose should not assume that this routine automatically waits for all I/O to complete prior to returning.',
    document: SEED.ntclose, test: T('rules-views-io'),
  },
  {
    id: 'status-documented', title: 'Every returned status is documented', kind: 'report',
    apis: ['NtClose', 'ZwClose', 'FltClose', 'NtDuplicateObject', 'ZwDuplicateObject', 'NtQueryObject', 'ZwCreateKey', 'ObReferenceObjectByHandle', 'FltCreateFile', 'FltCreateFileEx'],
    outcome: 'Every status a mocked function returns is listed in its documents (or is STATUS_SUCCESS, or an error status where the document promises only "an appropriate error status"); anything else is listed by win.undocumentedStatuses(). Statuses returned by win.use overrides are not checked.',
    quote: 'NtClose returns STATUS_SUCCESS on success, or the appropriate NTSTATUS error code such as the following.',
    document: SEED.ntclose, test: T('rules-leaks-status'),
  },
];

// Rules of the user-mode handle APIs (kernel32, advapi32, ws2_32, ktmw32). See catalogue.ts.
import type { Rule } from './catalogue.js';
import { SEED, companion } from './documents.js';

const T = (name: string): string => `test/mocks/${name}.test.ts`;

export const USER_RULES: readonly Rule[] = [
  {
    id: 'close-invalidates-handle', title: 'A closed handle is invalid; closing it again fails', kind: 'behaviour',
    apis: ['CloseHandle', 'NtClose', 'ZwClose', 'FltClose'],
    outcome: 'A closed, NULL or never-opened handle is invalid: NtClose, ZwClose and FltClose return STATUS_INVALID_HANDLE; CloseHandle returns FALSE with last error ERROR_INVALID_HANDLE (6). A documented failure: the same in both modes and not recorded as a violation (debuggerAttached makes CloseHandle raise; handleReuse "never" keeps closed values invalid).',
    quote: 'Closing an open object handle causes that handle to become invalid.', document: SEED.ntclose, test: T('rules-close'),
  },
  {
    id: 'protect-from-close', title: 'HANDLE_FLAG_PROTECT_FROM_CLOSE keeps a handle open', kind: 'behaviour',
    apis: ['SetHandleInformation', 'GetHandleInformation', 'CloseHandle', 'NtClose', 'ZwClose'],
    outcome: 'A protected handle is not closed: CloseHandle returns FALSE with ERROR_INVALID_HANDLE, NtClose/ZwClose return STATUS_HANDLE_NOT_CLOSABLE. Once the flag is cleared the handle closes.',
    quote: 'If this flag is set, calling the CloseHandle function will not close the object handle.',
    document: companion('sdk-api/handleapi/nf-handleapi-sethandleinformation.md'), test: T('rules-close'),
  },
  {
    id: 'closehandle-pseudo-handle', title: 'Closing a pseudo-handle has no effect', kind: 'behaviour',
    apis: ['CloseHandle', 'NtClose', 'GetCurrentProcess', 'GetCurrentThread'],
    outcome: 'Without a debugger, CloseHandle(GetCurrentProcess()) and CloseHandle(GetCurrentThread()) return nonzero and change nothing; NtClose of a pseudo-handle returns STATUS_SUCCESS.',
    quote: 'Calling the CloseHandle function with a pseudo handle has no effect.',
    document: companion('sdk-api/processthreadsapi/nf-processthreadsapi-getcurrentprocess.md'), test: T('rules-close'),
  },
  {
    id: 'closehandle-debugger-exception', title: 'Under a debugger CloseHandle raises on invalid and pseudo-handles', kind: 'fatal',
    apis: ['CloseHandle'],
    outcome: 'With debuggerAttached, CloseHandle of an invalid handle (closed twice, NULL, a FindFirstFile handle) or of a pseudo-handle throws a WindowsException EXCEPTION_INVALID_HANDLE (0xC0000008) in both modes, and records it.',
    quote: 'If the application is running under a debugger, the function will throw an exception if it receives either a handle value that is not valid or a pseudo-handle value.',
    document: SEED.closeHandle, test: T('rules-close'),
  },
  {
    id: 'object-lifetime-counts', title: 'An object lives while it has handles or referenced pointers', kind: 'behaviour',
    apis: ['CloseHandle', 'NtClose', 'ZwClose', 'ObReferenceObjectByHandle', 'ObDereferenceObject', 'DuplicateHandle'],
    outcome: 'Each object has a handle count and a pointer count; it is deleted exactly when both are zero (inspect shows deleted: true).',
    quote: "The system does not actually delete the object until all of the object's handles are closed and no referenced pointers remain.",
    document: SEED.ntclose, test: T('rules-lifetime'),
  },
  {
    id: 'named-object-lifetime', title: 'A named event can be opened by name until it is destroyed', kind: 'behaviour',
    apis: ['CreateEventW', 'OpenEventW', 'CloseHandle'],
    outcome: 'Once the last handle to a named event is closed (and no kernel-mode pointer references it) the event is gone: OpenEventW returns NULL with ERROR_FILE_NOT_FOUND (2). While a referenced pointer keeps the object alive (object-lifetime-counts), its name still opens it.',
    quote: 'The event object is destroyed when its last handle has been closed.',
    document: companion('sdk-api/synchapi/nf-synchapi-createeventw.md'), test: T('rules-lifetime'),
  },
  {
    id: 'createevent-name-collision', title: 'Object names share one namespace', kind: 'behaviour', apis: ['CreateEventW'],
    outcome: 'CreateEventW with the name of an existing object of another kind returns NULL with ERROR_INVALID_HANDLE; with the name of an existing event it opens it and sets ERROR_ALREADY_EXISTS.',
    quote: 'If lpName matches the name of another kind of object in the same namespace (such as an existing semaphore, mutex, waitable timer, job, or file-mapping object), the function fails and the GetLastError function returns ERROR_INVALID_HANDLE.',
    document: companion('sdk-api/synchapi/nf-synchapi-createeventw.md'), test: T('rules-lifetime'),
  },
  {
    id: 'close-thread-process-not-terminate', title: 'Closing a thread or process handle ends nothing', kind: 'behaviour',
    apis: ['CloseHandle', 'NtClose'],
    outcome: 'After every handle to a running thread or process is closed, the thread or process still runs and its object is not deleted.',
    quote: 'Closing a thread handle does not terminate the associated thread or remove the thread object. Closing a process handle does not terminate the associated process or remove the process object.',
    document: SEED.closeHandle, test: T('rules-views-io'),
  },
  {
    id: 'file-mapping-views', title: 'A file mapping handle closes while views are mapped', kind: 'behaviour',
    apis: ['CloseHandle', 'CreateFileMappingW', 'MapViewOfFile'],
    outcome: 'CloseHandle of a file mapping handle succeeds while views of it are still mapped.',
    quote: 'Closing a handle to a file mapping can succeed even when there are file views that are still open.',
    document: SEED.closeHandle, test: T('rules-views-io'),
  },
  {
    id: 'file-mapping-lifetime', title: 'Mapped views keep the file mapping object alive', kind: 'behaviour',
    apis: ['MapViewOfFile', 'UnmapViewOfFile', 'CloseHandle'],
    outcome: 'The file mapping object (and the file it maps) lives until its handles are closed and its last view is unmapped, in any order.',
    quote: 'Mapped views of a file mapping object maintain internal references to the object, and a file mapping object does not close until all references to it are released.',
    document: companion('sdk-api/memoryapi/nf-memoryapi-createfilemappingw.md'), test: T('rules-views-io'),
  },
  {
    id: 'closehandle-findfirstfile', title: 'Search handles are closed with FindClose', kind: 'violation', apis: ['CloseHandle', 'FindClose'],
    outcome: 'CloseHandle of a FindFirstFileW handle: strict throws RuleViolation; lenient returns FALSE with ERROR_INVALID_HANDLE (the search handle stays open) and records the violation.',
    quote: 'When the search handle is no longer needed, close it by using the FindClose function, not CloseHandle.',
    document: companion('sdk-api/fileapi/nf-fileapi-findfirstfilew.md'), test: T('rules-closehandle-kinds'),
  },
  {
    id: 'closehandle-socket', title: 'Sockets are closed with closesocket', kind: 'violation', apis: ['CloseHandle', 'closesocket'],
    outcome: 'CloseHandle of a socket: strict throws RuleViolation; lenient closes the handle (Winsock is not told) and records the violation.',
    quote: 'Do not use the CloseHandle function to close a socket.', document: SEED.closeHandle, test: T('rules-closehandle-kinds'),
  },
  {
    id: 'closehandle-registry-key', title: 'Registry keys are closed with RegCloseKey', kind: 'violation', apis: ['CloseHandle', 'RegCloseKey'],
    outcome: 'CloseHandle of a registry key handle: strict throws RuleViolation; lenient returns nonzero but leaves the key open (it shows in leaks()) and records the violation.',
    quote: 'CloseHandle does not close the handle to the registry key, but does not return an error to indicate this failure.',
    document: SEED.closeHandle, test: T('rules-closehandle-kinds'),
  },
  {
    id: 'duplicatehandle-socket', title: 'Sockets are not duplicated with DuplicateHandle', kind: 'violation', apis: ['DuplicateHandle'],
    outcome: 'DuplicateHandle of a socket: strict throws RuleViolation; lenient duplicates the handle and records the violation.',
    quote: 'Sockets. No error is returned, but the duplicate handle may not be recognized by Winsock at the target process.',
    document: companion('sdk-api/handleapi/nf-handleapi-duplicatehandle.md'), test: T('rules-closehandle-kinds'),
  },
  {
    id: 'duplicate-pseudo-handle', title: 'Duplicating a pseudo-handle gives a real handle', kind: 'behaviour', apis: ['DuplicateHandle', 'NtDuplicateObject'],
    outcome: 'DuplicateHandle of GetCurrentProcess() or GetCurrentThread() returns a real handle to the process or thread, valid in the target process; it must be closed.',
    quote: 'If hSourceHandle is a pseudo handle returned by GetCurrentProcess or GetCurrentThread, DuplicateHandle converts it to a real handle to a process or thread, respectively.',
    document: companion('sdk-api/handleapi/nf-handleapi-duplicatehandle.md'), test: T('rules-views-io'),
  },
  {
    id: 'duplicate-close-source', title: 'DUPLICATE_CLOSE_SOURCE closes the source whatever happens', kind: 'behaviour',
    apis: ['DuplicateHandle', 'NtDuplicateObject', 'ZwDuplicateObject'],
    outcome: 'With DUPLICATE_CLOSE_SOURCE the source handle is closed even when the duplication fails (for example, the target process handle is invalid).',
    quote: 'Closes the source handle. This occurs regardless of any error status returned.',
    document: companion('sdk-api/handleapi/nf-handleapi-duplicatehandle.md'), test: T('rules-close'),
  },
  {
    id: 'transaction-delete-on-close', title: 'A transacted delete-on-close file goes at close and commit', kind: 'behaviour',
    apis: ['CreateFileTransactedW', 'CloseHandle', 'CommitTransaction'],
    outcome: 'A file opened by CreateFileTransactedW with FILE_FLAG_DELETE_ON_CLOSE still exists after its handle is closed, until the transaction commits; a rolled-back transaction deletes nothing.',
    quote: 'If a transacted handle was opened by calling CreateFileTransacted with the FILE_FLAG_DELETE_ON_CLOSE flag, the file is not deleted until the application closes the handle and calls CommitTransaction.',
    document: SEED.closeHandle, test: T('rules-transactions'),
  },
  {
    id: 'transaction-commit-with-bound-handles', title: 'Close transacted handles before committing', kind: 'violation', apis: ['CommitTransaction'],
    outcome: 'CommitTransaction while a handle opened by CreateFileTransactedW in the transaction is still open: strict throws RuleViolation; lenient commits and records the violation.',
    quote: 'If a handle is transacted, all handles bound to a transaction should be closed before the transaction is committed.',
    document: SEED.closeHandle, test: T('rules-transactions'),
  },
  {
    id: 'transaction-rollback-on-last-close', title: 'Closing the last transaction handle rolls back', kind: 'behaviour',
    apis: ['CreateTransaction', 'CloseHandle', 'CommitTransaction'],
    outcome: 'When the last handle to an uncommitted transaction is closed, the transaction rolls back: files it created disappear, its deletes do not happen.',
    quote: 'If the last transaction handle is closed before a client calls the CommitTransaction function with the transaction handle, then KTM rolls back the transaction.',
    document: companion('sdk-api/ktmw32/nf-ktmw32-createtransaction.md'), test: T('rules-transactions'),
  },
  {
    id: 'leaks', title: 'Every handle opened is closed', kind: 'report', apis: ['CloseHandle', 'NtClose', 'ZwClose', 'FltClose', 'FindClose', 'RegCloseKey', 'closesocket', 'UnmapViewOfFile', 'ObDereferenceObject'],
    outcome: 'win.leaks() lists every handle still open (and every referenced pointer and mapped view not released) with the API that opened it and the stack where it was opened.',
    quote: 'Generally, an application should call CloseHandle once for each handle it opens.', document: SEED.closeHandle, test: T('rules-leaks-status'),
  },
];

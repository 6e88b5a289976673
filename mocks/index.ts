// winhandle/mock: an in-memory Windows object manager that enforces the documented handle rules.
export { createWindowsMock } from './world.js';
export type { MockOptions, MockProcess, MockThread, RunContext, WindowsMock } from './world.js';
export type { Handlers, Next } from './handlers.js';
export type { Inspection } from './inspect.js';
export type { Leak } from './leaks.js';
export type { CreateObjectOptions, PendingIo } from './arrange.js';
export type { CallRecord, ObjectKind, UndocumentedStatus } from './core/records.js';
export type { ObjectTypeName } from './core/object-types.js';
export { OBJECT_TYPES, OBJECT_KIND_NAMES } from './core/object-types.js';
export { RuleViolation, WindowsException, BugCheck, type Violation } from './core/errors.js';
export { STATUS, WIN32_ERROR, statusName, win32ErrorName, ntStatusToDosError, ntSuccess, EXCEPTION_INVALID_HANDLE, DRIVER_VERIFIER_DETECTED_VIOLATION } from './core/codes.js';
export * as constants from './core/constants.js';
export { RULES, ruleById, type Rule, type RuleKind } from './rules/catalogue.js';
export { DOCUMENTED_CODES, type DocumentedCodes } from './rules/documented-statuses.js';
export { normaliseForQuote, quoteOccursIn } from './rules/quote.js';
export type { Advapi32, Fltmgr, Kernel32, Ktmw32, Ntdll, Ntoskrnl, Ws2_32 } from './contract.js';
export {
  ADVAPI32_FUNCTIONS, FLTMGR_FUNCTIONS, KERNEL32_FUNCTIONS, KTMW32_FUNCTIONS, NTDLL_FUNCTIONS, NTOSKRNL_FUNCTIONS, WS2_32_FUNCTIONS,
} from './contract.js';

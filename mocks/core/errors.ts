// The one error factory: documented exceptions, bug checks, rule violations and the mock's own
// usage errors, all with the "[winhandle]" prefix and a hint how to fix.
import { DRIVER_VERIFIER_DETECTED_VIOLATION, EXCEPTION_INVALID_HANDLE, REFERENCE_BY_POINTER } from './codes.js';

/** One broken rule: which rule, at which call, and the sentence it comes from. */
export interface Violation {
  rule: string;
  api: string;
  quote: string;
  /** Repository-relative path of the document the quote is from. */
  document: string;
  /** What happened at this call. */
  message: string;
}

const hex = (n: number): string => `0x${(n >>> 0).toString(16).toUpperCase().padStart(8, '0')}`;

/** Thrown in strict mode at the call that breaks a documented rule. */
export class RuleViolation extends Error {
  readonly rule: string;
  readonly api: string;
  readonly quote: string;
  readonly document: string;
  readonly detail: string;
  constructor(v: Violation) {
    super(`[winhandle] ${v.api}: ${v.message} — rule ${v.rule}: "${v.quote}" (${v.document})`);
    this.name = 'RuleViolation';
    this.rule = v.rule;
    this.api = v.api;
    this.quote = v.quote;
    this.document = v.document;
    this.detail = v.message;
  }
}

/** A structured exception Windows raises (EXCEPTION_INVALID_HANDLE under a debugger). */
export class WindowsException extends Error {
  readonly code: number;
  readonly codeName: string;
  readonly api: string;
  readonly rule: string;
  constructor(api: string, rule: string, detail: string) {
    super(`[winhandle] ${api}: exception EXCEPTION_INVALID_HANDLE (${hex(EXCEPTION_INVALID_HANDLE)}) raised: ${detail} (rule ${rule}; without a debugger the call fails instead)`);
    this.name = 'WindowsException';
    this.code = EXCEPTION_INVALID_HANDLE;
    this.codeName = 'EXCEPTION_INVALID_HANDLE';
    this.api = api;
    this.rule = rule;
  }
}

/** A bug check: the machine would stop. Thrown in every mode. */
export class BugCheck extends Error {
  readonly code: number;
  readonly codeName: string;
  /** The DDI compliance / verifier rule named by the bug check, e.g. IrqlZwPassive. */
  readonly verifierRule: string | undefined;
  readonly parameters: readonly number[];
  readonly api: string;
  readonly rule: string;
  constructor(init: { code: number; codeName: string; verifierRule?: string; parameters: number[]; api: string; rule: string; detail: string }) {
    const named = init.verifierRule ? `, rule ${init.verifierRule}` : '';
    super(`[winhandle] ${init.api}: bug check ${init.codeName} (${hex(init.code)}${named}): ${init.detail} (catalogue rule ${init.rule})`);
    this.name = 'BugCheck';
    this.code = init.code;
    this.codeName = init.codeName;
    this.verifierRule = init.verifierRule;
    this.parameters = init.parameters;
    this.api = init.api;
    this.rule = init.rule;
  }
}

export function irqlBugCheck(api: string, rule: string, irql: number): BugCheck {
  return new BugCheck({
    code: DRIVER_VERIFIER_DETECTED_VIOLATION, codeName: 'DRIVER_VERIFIER_DETECTED_VIOLATION', verifierRule: 'IrqlZwPassive',
    parameters: [0x00020004, irql, 0, 0], api, rule,
    detail: `called at IRQL ${irql}; it must be called at PASSIVE_LEVEL (0) — lower the IRQL or defer the call to a work item`,
  });
}

export function verifierUserHandleBugCheck(api: string, rule: string, handle: number): BugCheck {
  return new BugCheck({
    code: DRIVER_VERIFIER_DETECTED_VIOLATION, codeName: 'DRIVER_VERIFIER_DETECTED_VIOLATION', parameters: [0xf6, handle, 0, 0], api, rule,
    detail: `AccessMode KernelMode with handle ${handle} from user address space — pass UserMode for handles received from user mode`,
  });
}

export function overDereferenceBugCheck(api: string, rule: string, pointer: number): BugCheck {
  return new BugCheck({
    code: REFERENCE_BY_POINTER, codeName: 'REFERENCE_BY_POINTER', parameters: [0, pointer, 0, 0], api, rule,
    detail: `object ${pointer} has no referenced pointer left to release — dereference only what ObReferenceObjectByHandle referenced`,
  });
}

export function notMockedError(name: string): Error {
  return new Error(`[winhandle] not mocked: ${name} — provide it with win.use({ ${name}: (...args, next) => result })`);
}

export function usageError(where: string, message: string): Error {
  return new Error(`[winhandle] ${where}: ${message}`);
}

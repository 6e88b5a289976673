// The answers of the HTTP layer: what a successful call returns and the JSON error for every
// way a call can fail. Every message starts with "[winhandle]" and says what to do.
import { BugCheck, RuleViolation, WindowsException } from '../core/errors.js';
import { RULES } from '../rules/catalogue.js';

/** 200: the call ran. */
export interface CallResult {
  /** The function's return value (handles, BOOLs and codes are numbers; null for void). */
  result: unknown;
  /** GetLastError() of the calling thread after the call. */
  lastError: number;
  lastErrorName: string | null;
  /** `STATUS_…` when the function returns an NTSTATUS the table names, else null. */
  status: string | null;
  /** The by-reference arguments (out arrays, filled structs) after the call, in argument order. */
  out: unknown[];
}

export type CallErrorKind =
  | 'bad-body' | 'bad-arguments' | 'unknown-function' | 'not-mocked' | 'rule-violation' | 'bug-check' | 'exception'
  | 'method-not-allowed' | 'internal';

/** 4xx/5xx: why the call did not run (or what Windows would have raised). */
export interface CallError {
  error: CallErrorKind;
  message: string;
  /** The C signature, for bad arguments. */
  signature?: string;
  /** Catalogue rule id, its quoted sentence and document, for 409 answers. */
  rule?: string;
  quote?: string;
  document?: string;
  /** Bug check or exception code and its name. */
  code?: number;
  codeName?: string;
}

export interface CallAnswer {
  status: number;
  json: CallResult | CallError;
}

export const fault = (status: number, error: CallErrorKind, message: string, extra: Partial<CallError> = {}): CallAnswer =>
  ({ status, json: { error, message, ...extra } });

function quoteOf(rule: string): Pick<CallError, 'quote' | 'document'> {
  const found = RULES.find((r) => r.id === rule);
  return found === undefined ? {} : { quote: found.quote, document: found.document };
}

/** What a thrown error means over HTTP. */
export function answerForError(error: unknown, api: string, signature: string | undefined): CallAnswer {
  if (error instanceof RuleViolation) {
    return fault(409, 'rule-violation', error.message, { rule: error.rule, quote: error.quote, document: error.document });
  }
  if (error instanceof BugCheck) {
    return fault(409, 'bug-check', error.message, { rule: error.rule, code: error.code, codeName: error.codeName, ...quoteOf(error.rule) });
  }
  if (error instanceof WindowsException) {
    return fault(409, 'exception', error.message, { rule: error.rule, code: error.code, codeName: error.codeName, ...quoteOf(error.rule) });
  }
  const message = error instanceof Error ? error.message : String(error);
  if (message.startsWith('[winhandle] not mocked:')) {
    return fault(501, 'not-mocked', `${message} on the world given to createHandlers`);
  }
  if (error instanceof TypeError && message.startsWith('[winhandle]')) {
    return fault(400, 'bad-arguments', message, signature === undefined ? {} : { signature });
  }
  if (message.startsWith('[winhandle]')) return fault(400, 'bad-arguments', message);
  return fault(500, 'internal', `[winhandle] ${api} failed inside the mock: ${message} — this is a bug in winhandle's mock; report it with the request body`);
}

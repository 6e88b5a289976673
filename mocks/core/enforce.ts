// Where rules bite: violations (strict throws, lenient records), fatal outcomes (thrown and
// recorded in every mode) and the documented-status check on every return (rule status-documented).
import { statusName, win32ErrorName, ntError, STATUS, WIN32_ERROR } from './codes.js';
import { RuleViolation, type BugCheck, type Violation, type WindowsException } from './errors.js';
import type { Store } from './records.js';
import { ruleById } from '../rules/catalogue.js';
import { DOCUMENTED_CODES } from '../rules/documented-statuses.js';

function record(s: Store, ruleId: string, api: string, message: string): Violation {
  const rule = ruleById(ruleId);
  const v: Violation = { rule: rule.id, api, quote: rule.quote, document: rule.document, message };
  s.violations.push(v);
  return v;
}

/** The caller broke a rule: recorded in both modes, thrown in strict mode. */
export function violate(s: Store, ruleId: string, api: string, message: string): void {
  const v = record(s, ruleId, api, message);
  if (s.strict) throw new RuleViolation(v);
}

/** Windows itself raises: recorded and thrown in every mode. */
export function raise(s: Store, error: BugCheck | WindowsException): never {
  record(s, error.rule, error.api, error.message);
  throw error;
}

interface Allowed {
  values: Set<number>;
  generic: boolean;
  kind: 'ntstatus' | 'win32' | 'wsa';
}

const ALL_CODES: Readonly<Record<string, number>> = { ...STATUS, ...WIN32_ERROR };
const ALLOWED = new Map<string, Allowed>(
  Object.entries(DOCUMENTED_CODES).map(([api, d]) => [
    api,
    { values: new Set(d.codes.flatMap((c) => (c in ALL_CODES ? [ALL_CODES[c]!] : []))), generic: d.generic, kind: d.kind },
  ]),
);

/** Records a returned code its documents do not list. Returns the code unchanged. */
export function documented(s: Store, api: string, code: number): number {
  const allowed = ALLOWED.get(api);
  if (allowed === undefined || allowed.values.has(code)) return code;
  const isError = allowed.kind === 'ntstatus' ? ntError(code) : code !== 0;
  if (allowed.generic && isError) return code;
  const name = (allowed.kind === 'ntstatus' ? statusName(code) : win32ErrorName(code)) ?? String(code);
  s.undocumented.push({ api, status: code, name });
  return code;
}

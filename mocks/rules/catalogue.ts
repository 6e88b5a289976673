// The rule catalogue: every rule the mock enforces, as data, each tied to the sentence of the
// document it comes from. The generator checks that every quote is still in its document; the
// docs site lists the catalogue. Kinds:
// - behaviour: the documented result, identical in both modes, never recorded;
// - violation: the caller breaks a documented rule: strict throws RuleViolation at the call,
//   lenient does what Windows does and records the violation in win.violations;
// - fatal: Windows itself raises (bug check, structured exception): thrown in every mode, recorded;
// - report: checked over a whole test (leaks(), undocumentedStatuses()), not at a call.
import { KERNEL_RULES } from './kernel-rules.js';
import { USER_RULES } from './user-rules.js';

export type RuleKind = 'behaviour' | 'violation' | 'fatal' | 'report';

export interface Rule {
  id: string;
  title: string;
  kind: RuleKind;
  apis: readonly string[];
  outcome: string;
  /** The sentence, exactly as it reads in the document's plain text (see normaliseForQuote). */
  quote: string;
  /** Repository-relative path of the document. */
  document: string;
  /** The test file that shows the rule, in both modes. */
  test: string;
}

export const RULES: readonly Rule[] = [...USER_RULES, ...KERNEL_RULES];

const byId = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule {
  const rule = byId.get(id);
  if (rule === undefined) throw new Error(`[winhandle] unknown rule id: ${id} — add it to mocks/rules/catalogue.ts`);
  return rule;
}

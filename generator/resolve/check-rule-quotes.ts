// Every rule the mock enforces quotes a sentence of a document; the run fails when a
// quoted sentence is no longer in its document.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { RULES } from '../../mocks/rules/catalogue.js';
import { quoteOccursIn } from '../../mocks/rules/quote.js';
import type { Problem } from '../model/schema.js';

export async function checkRuleQuotes(root: string): Promise<Problem[]> {
  const problems: Problem[] = [];
  const texts = new Map<string, string | undefined>();
  for (const rule of RULES) {
    if (!texts.has(rule.document)) texts.set(rule.document, await readFile(path.join(root, rule.document), 'utf8').catch(() => undefined));
    const text = texts.get(rule.document);
    if (text === undefined) {
      problems.push({ place: { file: rule.document, line: 1 }, rule: 'rule-quote/missing-document', fatal: true,
        message: `rule ${rule.id} cites a document that is not there`, expected: 'the document the rule catalogue names' });
    } else if (!quoteOccursIn(rule.quote, text)) {
      problems.push({ place: { file: rule.document, line: 1 }, rule: 'rule-quote/missing-sentence', fatal: true,
        message: `rule ${rule.id} quotes a sentence that is no longer in its document: "${rule.quote}"`, expected: 'the quoted sentence' });
    }
  }
  return problems;
}

// A parameter the page marks `[in]` or `[out]` may still say, in its own text, that it can be
// NULL ("If lpTargetHandle is NULL, ..."): then it is optional, and the sentence is recorded.
import type { Entry } from '../model/schema.js';
import { escapeRegExp } from '../parse/text/lines.js';
import { sentences } from './infer-types.js';


/** The sentence of a parameter's description that says it may be NULL, if any. */
export function nullableSentence(name: string, description: string): string | undefined {
  if (!/null/i.test(description)) return undefined; // most texts: no sentence splitting at all
  const subject = `(?:this parameter|${escapeRegExp(name)}(?: parameter)?)`;
  const says = new RegExp(
    `\\b${subject} (?:is (?:optional|reserved) and )?(?:can|may|must) be (?:specified as |set to )?NULL\\b|\\bIf ${subject} is NULL\\b`, 'i');
  return sentences(description).find((s) => says.test(s));
}

export function inferOptionalParameters(entries: readonly Entry[]): void {
  for (const entry of entries) {
    for (const p of entry.parameters) {
      if (p.optional) continue;
      const sentence = nullableSentence(p.name, p.description);
      if (!sentence) continue;
      p.optional = true;
      const from = entry.provenance[`parameters.${p.name}`] ?? { file: entry.sources[0] ?? '', line: 1, via: 'section' as const };
      entry.provenance[`parameters.${p.name}.optional`] = { ...from, via: 'prose-inference', sentence };
    }
  }
}

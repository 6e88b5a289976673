// Enumerations as an `as const` object plus a type of the same name, so that users write
// `FILE_INFORMATION_CLASS.FileBasicInformation` and declare `x: FILE_INFORMATION_CLASS`.
import type { ts } from 'ts-morph';
import { asConst, constStatement, f, K, keyword, num, objectLiteral, propertyName, typeAlias } from './ast.js';
import { entryPlace, type Declared } from './context.js';
import { deprecatedTag, remarksTag, seeTags, summary } from './entry-doc.js';
import type { ModuleScope } from './scope.js';
import { code, escapeDoc, withDoc } from './tsdoc.js';

interface Valued {
  name: string;
  value: number;
  description: string;
}

/**
 * Members with a value. A member the documents give no value for is left out (and named in the
 * TSDoc): counting by position would be wrong wherever a document skips a member.
 */
function memberValues(decl: Declared, scope: ModuleScope): { valued: Valued[]; unknown: string[] } {
  const seen = new Set<string>();
  const valued: Valued[] = [];
  const unknown: string[] = [];
  for (const m of decl.entry.members) {
    if (seen.has(m.name)) {
      scope.ctx.problems.warn(entryPlace(decl.entry), 'emit/duplicate-member', `${decl.entry.id}: member ${m.name} is documented twice; the first is kept`);
      continue;
    }
    seen.add(m.name);
    if (m.value === undefined) unknown.push(m.name);
    else valued.push({ name: m.name, value: m.value, description: m.description });
  }
  return { valued, unknown };
}

export function emitEnum(decl: Declared, scope: ModuleScope): ts.Statement[] {
  const entry = decl.entry;
  const { valued, unknown } = memberValues(decl, scope);
  if (unknown.length > 0) {
    scope.ctx.problems.warn(entryPlace(entry), 'emit/enum-value-unknown',
      `${entry.id}: the documents give no value for ${unknown.join(', ')}; left out of the ${decl.name} object`);
  }
  const props = valued.map((m) => withDoc(f.createPropertyAssignment(propertyName(m.name), num(m.value)), [escapeDoc(m.description)]));
  const exact = valued.length > 0 && unknown.length === 0;
  const names = [entry.name, ...entry.aliases].filter((n) => n !== decl.name);
  const extra = [
    names.length > 0 ? `C names: ${names.map(code).join(', ')}.` : '',
    unknown.length > 0 ? `Members without a value in the documents (left out of the object): ${unknown.map(code).join(', ')}.` : '',
    exact ? '' : `The type ${code(decl.name)} is \`number\`: the documents do not give every value.`,
  ].filter((s) => s !== '');
  const doc = [summary(entry), remarksTag(entry, extra), deprecatedTag(entry, scope.link, scope.ctx), seeTags(entry, scope.link, scope.ctx)];
  const object = withDoc(constStatement(decl.name, asConst(objectLiteral(props))), doc);
  const valueType = exact
    ? f.createIndexedAccessTypeNode(f.createTypeQueryNode(f.createIdentifier(decl.name)),
      f.createTypeOperatorNode(K.KeyOfKeyword, f.createTypeQueryNode(f.createIdentifier(decl.name))))
    : keyword.number();
  const type = withDoc(typeAlias(decl.name, valueType), [`A value of {@link ${decl.name}}. ${summary(entry).split('\n')[0]!}`]);
  return [object, type];
}

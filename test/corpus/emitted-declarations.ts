// The declarations of emitted modules, read back with the TypeScript parser: exported type
// aliases, interfaces and consts with their TSDoc, function parameters, nested members and
// enum object values. The corpus test compares them with what the documents list.
import { ts } from 'ts-morph';

export interface Declaration {
  name: string;
  kind: 'type' | 'interface' | 'const';
  /** The TSDoc comment right before the declaration ('' when there is none). */
  doc: string;
  /** Parameter names when the declaration is a function type. */
  params?: string[];
  /** Member paths of an interface, nested type literals included (`DUMMYUNIONNAME.Flags`). */
  members?: Set<string>;
  /** `NAME: value` of an `as const` object of numbers. */
  values?: Map<string, number>;
}

/** Module text → its exported declarations by name (a const and a type of one name are both kept). */
export function declarationsOf(file: string, text: string): Map<string, Declaration[]> {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const out = new Map<string, Declaration[]>();
  const add = (d: Declaration): void => {
    const list = out.get(d.name);
    if (list) list.push(d);
    else out.set(d.name, [d]);
  };
  for (const statement of source.statements) {
    const doc = docBefore(text, statement);
    if (ts.isTypeAliasDeclaration(statement)) {
      const params = ts.isFunctionTypeNode(statement.type) ? statement.type.parameters.map((p) => p.name.getText(source)) : undefined;
      add({ name: statement.name.text, kind: 'type', doc, ...(params ? { params } : {}) });
    } else if (ts.isInterfaceDeclaration(statement)) {
      add({ name: statement.name.text, kind: 'interface', doc, members: memberPaths(statement.members, source) });
    } else if (ts.isVariableStatement(statement)) {
      for (const d of statement.declarationList.declarations) {
        if (!ts.isIdentifier(d.name)) continue;
        add({ name: d.name.text, kind: 'const', doc, values: objectValues(d.initializer) });
      }
    }
  }
  return out;
}

function docBefore(text: string, node: ts.Node): string {
  const ranges = ts.getLeadingCommentRanges(text, node.getFullStart()) ?? [];
  const last = ranges.filter((r) => text.startsWith('/**', r.pos)).pop();
  return last ? text.slice(last.pos, last.end) : '';
}

function memberPaths(members: ts.NodeArray<ts.TypeElement>, source: ts.SourceFile, prefix = '', into = new Set<string>()): Set<string> {
  for (const m of members) {
    if (!ts.isPropertySignature(m) || !m.name) continue;
    const name = ts.isStringLiteral(m.name) ? m.name.text : m.name.getText(source);
    const full = prefix ? `${prefix}.${name}` : name;
    into.add(full);
    if (m.type && ts.isTypeLiteralNode(m.type)) memberPaths(m.type.members, source, full, into);
  }
  return into;
}

function objectValues(init: ts.Expression | undefined): Map<string, number> | undefined {
  let expr = init;
  while (expr && (ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr) || ts.isParenthesizedExpression(expr))) expr = expr.expression;
  if (!expr || !ts.isObjectLiteralExpression(expr)) return undefined;
  const values = new Map<string, number>();
  for (const p of expr.properties) {
    if (!ts.isPropertyAssignment(p)) continue;
    const name = ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : undefined;
    const value = numberOf(p.initializer);
    if (name !== undefined && value !== undefined) values.set(name, value);
  }
  return values;
}

function numberOf(e: ts.Expression): number | undefined {
  if (ts.isNumericLiteral(e)) return Number(e.text);
  if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.MinusToken) {
    const inner = numberOf(e.operand);
    return inner === undefined ? undefined : -inner;
  }
  return undefined;
}

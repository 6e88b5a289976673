// Short names for the TypeScript factory calls the emitters repeat. Nodes only; print.ts prints.
import type { ts } from 'ts-morph';
import { tsApi } from './typescript.js';

export const f = tsApi.factory;
export const K = tsApi.SyntaxKind;

export const exported = (): ts.ModifierLike[] => [f.createModifier(K.ExportKeyword)];

export const id = (name: string): ts.Identifier => f.createIdentifier(name);

export const ref = (name: string, args?: readonly ts.TypeNode[]): ts.TypeReferenceNode =>
  f.createTypeReferenceNode(name, args ? [...args] : undefined);

export const keyword = {
  number: (): ts.TypeNode => f.createKeywordTypeNode(K.NumberKeyword),
  string: (): ts.TypeNode => f.createKeywordTypeNode(K.StringKeyword),
  boolean: (): ts.TypeNode => f.createKeywordTypeNode(K.BooleanKeyword),
  bigint: (): ts.TypeNode => f.createKeywordTypeNode(K.BigIntKeyword),
  void: (): ts.TypeNode => f.createKeywordTypeNode(K.VoidKeyword),
  unknown: (): ts.TypeNode => f.createKeywordTypeNode(K.UnknownKeyword),
  undefined: (): ts.TypeNode => f.createKeywordTypeNode(K.UndefinedKeyword),
};

export const nullType = (): ts.TypeNode => f.createLiteralTypeNode(f.createNull());

export const union = (types: readonly ts.TypeNode[]): ts.TypeNode =>
  types.length === 1 ? types[0]! : f.createUnionTypeNode([...types]);

export const stringLit = (text: string): ts.StringLiteral => f.createStringLiteral(text, true);

export const literalType = (text: string): ts.TypeNode => f.createLiteralTypeNode(stringLit(text));

/** A number literal; negative values become a prefix minus, unsigned codes print in hex. */
export function num(value: number, hex = false): ts.Expression {
  if (value < 0) return f.createPrefixUnaryExpression(K.MinusToken, num(-value, hex));
  return f.createNumericLiteral(hex ? hexText(value) : String(value));
}

/** `0xC0000008`: upper-case digits, at least eight of them for 32-bit codes. */
export function hexText(value: number, digits = 8): string {
  return `0x${value.toString(16).toUpperCase().padStart(digits, '0')}`;
}

/** A property name that is an identifier when it can be, a string literal otherwise. */
export function propertyName(name: string): ts.PropertyName {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? id(name) : stringLit(name);
}

export const typeAlias = (name: string, type: ts.TypeNode, params?: readonly string[]): ts.TypeAliasDeclaration =>
  f.createTypeAliasDeclaration(exported(), name, params?.map((p) => f.createTypeParameterDeclaration(undefined, p)), type);

export function constStatement(name: string, init: ts.Expression, opts: { exported?: boolean; type?: ts.TypeNode } = {}): ts.VariableStatement {
  return f.createVariableStatement(opts.exported === false ? undefined : exported(),
    f.createVariableDeclarationList([f.createVariableDeclaration(name, undefined, opts.type, init)], tsApi.NodeFlags.Const));
}

/** `{ ... } as const`, one property per line. */
export const asConst = (expr: ts.Expression): ts.Expression => f.createAsExpression(expr, ref('const'));

export const objectLiteral = (props: readonly ts.ObjectLiteralElementLike[]): ts.ObjectLiteralExpression =>
  f.createObjectLiteralExpression([...props], true);

export const arrayLiteral = (items: readonly ts.Expression[], multiLine = false): ts.ArrayLiteralExpression =>
  f.createArrayLiteralExpression([...items], multiLine);

export const param = (name: string, type?: ts.TypeNode, optional = false): ts.ParameterDeclaration =>
  f.createParameterDeclaration(undefined, undefined, name, optional ? f.createToken(K.QuestionToken) : undefined, type);

/** `export { a, b as c } from './x.js'`, or `export type { ... }` when typeOnly. */
export function reExport(module: string, names: readonly string[], typeOnly: boolean): ts.ExportDeclaration {
  return f.createExportDeclaration(undefined, typeOnly,
    f.createNamedExports(names.map((n) => f.createExportSpecifier(false, undefined, n))), stringLit(module));
}

/** `import type { a, b as c } from './x.js'`: pairs of [exported name, local name]. */
export function importTypes(module: string, names: readonly (readonly [string, string])[]): ts.ImportDeclaration {
  const specifiers = names.map(([name, local]) =>
    f.createImportSpecifier(false, name === local ? undefined : id(name), id(local)));
  return f.createImportDeclaration(undefined,
    f.createImportClause(K.TypeKeyword, undefined, f.createNamedImports(specifiers)), stringLit(module));
}

// A few builders for the small functions the status modules carry, so they read as code.
import type { ts } from 'ts-morph';
import { tsApi } from '../typescript.js';
import { exported, f, id, K, param } from '../ast.js';
import { withDoc } from '../tsdoc.js';

export type Expr = ts.Expression | string;
const e = (x: Expr): ts.Expression => (typeof x === 'string' ? id(x) : x);

export const call = (callee: Expr, ...args: Expr[]): ts.Expression => f.createCallExpression(e(callee), undefined, args.map(e));
export const member = (object: Expr, name: string): ts.Expression => f.createPropertyAccessExpression(e(object), name);
// The factory adds the parentheses precedence needs.
export const bin = (left: Expr, op: ts.BinaryOperator, right: Expr): ts.Expression => f.createBinaryExpression(e(left), op, e(right));
export const n = (value: number, hex = false): ts.Expression =>
  f.createNumericLiteral(hex ? `0x${value.toString(16).toUpperCase()}` : String(value));
export const ushr = (left: Expr, bits: number): ts.Expression => bin(left, K.GreaterThanGreaterThanGreaterThanToken, n(bits));
export const eq = (left: Expr, right: Expr): ts.Expression => bin(left, K.EqualsEqualsEqualsToken, right);
export const and = (left: Expr, right: Expr): ts.Expression => bin(left, K.AmpersandToken, right);
export const cond = (test: Expr, yes: Expr, no: Expr): ts.Expression =>
  f.createConditionalExpression(e(test), f.createToken(K.QuestionToken), e(yes), f.createToken(K.ColonToken), e(no));
export const typeOf = (x: Expr, type: string): ts.Expression => eq(f.createTypeOfExpression(e(x)), f.createStringLiteral(type, true));
export const ret = (x: Expr): ts.Statement => f.createReturnStatement(e(x));
export const when = (test: Expr, then: ts.Statement): ts.Statement => f.createIfStatement(e(test), f.createBlock([then], false));
export const constVar = (name: string, init: Expr, type?: ts.TypeNode): ts.Statement =>
  f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(name, undefined, type, e(init))], tsApi.NodeFlags.Const));
export const undef = (): ts.Expression => id('undefined');
export const nonNull = (x: Expr): ts.Expression => f.createNonNullExpression(e(x));

/** `export function name(params): type { body }` with its TSDoc. */
export function fn(name: string, params: readonly (readonly [string, ts.TypeNode])[], type: ts.TypeNode,
  body: readonly ts.Statement[], doc: readonly string[], isExported = true): ts.FunctionDeclaration {
  const node = f.createFunctionDeclaration(isExported ? exported() : undefined, undefined, name, undefined,
    params.map(([p, t]) => param(p, t)), type, f.createBlock([...body], true));
  return withDoc(node, doc);
}

/** `for (const [a, b] of iterable) body` */
export const forOfPairs = (a: string, b: string, iterable: Expr, body: ts.Statement): ts.Statement =>
  f.createForOfStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(
    f.createArrayBindingPattern([f.createBindingElement(undefined, undefined, a), f.createBindingElement(undefined, undefined, b)]))], tsApi.NodeFlags.Const),
  e(iterable), body);

export const not = (x: Expr): ts.Expression => f.createPrefixUnaryExpression(K.ExclamationToken, e(x));
export const exprStatement = (x: Expr): ts.Statement => f.createExpressionStatement(e(x));
export const block = (...statements: ts.Statement[]): ts.Block => f.createBlock(statements, true);

/** `import { a, type B } from 'x'`: value imports, with `type` on the names listed as types. */
export function importValues(module: string, values: readonly string[], types: readonly string[] = []): ts.ImportDeclaration {
  const specifiers = [...values.map((v) => [v, false] as const), ...types.map((t) => [t, true] as const)]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, isType]) => f.createImportSpecifier(isType, undefined, id(name)));
  return f.createImportDeclaration(undefined, f.createImportClause(undefined, undefined, f.createNamedImports(specifiers)), f.createStringLiteral(module, true));
}

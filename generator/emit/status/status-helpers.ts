// The functions of a status module, built from the kind's names: name ↔ value lookups,
// describe, and for NTSTATUS the NT_SUCCESS family and severity/facility decoding.
import type { ts } from 'ts-morph';
import { tsApi } from '../typescript.js';
import { asConst, arrayLiteral, constStatement, exported, f, id, K, keyword, literalType, ref, stringLit, typeAlias, union } from '../ast.js';
import { withDoc } from '../tsdoc.js';
import { and, bin, call, cond, constVar, eq, fn, member, n, nonNull, ret, typeOf, undef, ushr, when } from './code-ast.js';

export interface StatusNames {
  /** `NTSTATUS` / `WIN32_ERROR`: the const object and the type. */
  object: string;
  docs: string;
  nameFn: string;
  valueFn: string;
  describeFn: string;
  /** The interface `describeFn` returns. */
  descriptionType: string;
  description: string;
  /** NTSTATUS: severity, facility and customer bits. */
  ntstatus: boolean;
}

const num = keyword.number;
const str = keyword.string;
const orUndefined = (t: ts.TypeNode): ts.TypeNode => union([t, keyword.undefined()]);
const readonlyStrings = (): ts.TypeNode => f.createTypeOperatorNode(K.ReadonlyKeyword, f.createArrayTypeNode(str()));
const SEVERITIES = ['success', 'informational', 'warning', 'error'] as const;
/** "an NTSTATUS", "a WIN32_ERROR": by how the name is spoken. */
const article = (k: StatusNames): string => (/^[AEFHILMNORSX]/.test(k.object) ? 'an' : 'a');

function lookups(k: StatusNames): ts.Statement[] {
  const cache = `${k.object.toLowerCase()}Names`;
  return [
    f.createVariableStatement(undefined, f.createVariableDeclarationList([f.createVariableDeclaration(cache, undefined,
      union([ref('Map', [num(), str()]), keyword.undefined()]))], tsApi.NodeFlags.Let)),
    fn(k.nameFn, [['value', num()]], orUndefined(str()), [
      constVar('code', call('toUint32', 'value')),
      when(eq('code', undef()), ret(undef())),
      f.createExpressionStatement(f.createBinaryExpression(id(cache), K.QuestionQuestionEqualsToken, call('firstNames', k.object))),
      ret(call(member(cache, 'get'), 'code')),
    ], [`The name of ${article(k)} ${k.object} value (the first name the headers give it when several share it), or undefined.`,
      'Signed 32-bit input is accepted: `-1073741816` and `0xC0000008` name the same code.']),
    fn(k.valueFn, [['name', str()]], orUndefined(ref(k.object)), [ret(call('codeValue', k.object, 'name'))],
      [`The value of ${article(k)} ${k.object} name, or undefined when the name is not a code.`]),
  ];
}

function ntstatusBits(): ts.Statement[] {
  const status = [['status', num()]] as const;
  const top = (value: number, name: string, what: string): ts.Statement =>
    fn(name, status, keyword.boolean(), [ret(eq(ushr('status', 30), n(value)))], [`True when the severity bits say ${what} (\`${name}\` of ntdef.h).`]);
  return [
    fn('NT_SUCCESS', status, keyword.boolean(), [ret(bin(ushr('status', 0), K.LessThanToken, n(0x80000000, true)))],
      ['True for success and informational codes: the signed value is not negative (`NT_SUCCESS` of ntdef.h).']),
    top(1, 'NT_INFORMATION', 'informational'),
    top(2, 'NT_WARNING', 'warning'),
    top(3, 'NT_ERROR', 'error'),
    withDoc(typeAlias('NtStatusSeverity', union(SEVERITIES.map(literalType))), ['The severity of an NTSTATUS: its top two bits.']),
    constStatement('SEVERITIES', asConst(arrayLiteral(SEVERITIES.map(stringLit))), { exported: false }),
    fn('ntStatusSeverity', status, ref('NtStatusSeverity'), [ret(nonNull(f.createElementAccessExpression(id('SEVERITIES'), ushr('status', 30))))],
      ['The severity bits (31-30) of a status.']),
    fn('ntStatusFacility', status, num(), [ret(and(ushr('status', 16), n(0xfff, true)))], ['The facility bits (27-16) of a status.']),
    fn('ntStatusCustomer', status, keyword.boolean(), [ret(eq(and(ushr('status', 29), n(1)), n(1)))],
      ['The customer bit (29): set for codes defined outside Microsoft.']),
  ];
}

function describeInterface(k: StatusNames, name: string): ts.Statement {
  const ro = [f.createModifier(K.ReadonlyKeyword)];
  const prop = (p: string, t: ts.TypeNode, doc: string, optional = false): ts.PropertySignature =>
    withDoc(f.createPropertySignature(ro, p, optional ? f.createToken(K.QuestionToken) : undefined, t), [doc]);
  const members = [
    prop('name', orUndefined(str()), 'The name asked for, or the canonical name of the value; undefined for an unknown value.'),
    prop('value', num(), 'The unsigned 32-bit value.'),
    prop('hex', str(), 'The value as `0x` and eight hex digits.'),
    ...(k.ntstatus ? [
      prop('severity', ref('NtStatusSeverity'), 'Severity bits.'),
      prop('facility', num(), 'Facility bits.'),
      prop('customer', keyword.boolean(), 'Customer bit.'),
    ] : []),
    prop('meaning', orUndefined(str()), 'What the documents say the code means, when one does.', true),
    prop('documentedBy', readonlyStrings(), 'Entries (`header.Name`) whose documents list the code.'),
  ];
  return withDoc(f.createInterfaceDeclaration(exported(), name, undefined, undefined, members), [`What {@link ${k.describeFn}} tells about ${article(k)} ${k.object} code.`]);
}

function describe(k: StatusNames, iface: string): ts.Statement {
  const isName = typeOf('code', 'string');
  const docOf = (key: ts.Expression): ts.Expression => call(member(k.docs, 'get'), key);
  const fields: [string, ts.Expression][] = [
    ['name', id('name')], ['value', id('value')], ['hex', call('hex32', 'value')],
    ...(k.ntstatus ? [['severity', call('ntStatusSeverity', 'value')], ['facility', call('ntStatusFacility', 'value')],
      ['customer', call('ntStatusCustomer', 'value')]] as [string, ts.Expression][] : []),
    ['meaning', f.createPropertyAccessChain(id('doc'), f.createToken(K.QuestionDotToken), 'meaning')],
    ['documentedBy', f.createBinaryExpression(f.createPropertyAccessChain(id('doc'), f.createToken(K.QuestionDotToken), 'documentedBy'),
      K.QuestionQuestionToken, f.createArrayLiteralExpression([]))],
  ];
  return fn(k.describeFn, [['code', union([num(), str()])]], orUndefined(ref(iface)), [
    constVar('value', cond(isName, call(k.valueFn, 'code'), call('toUint32', 'code'))),
    when(eq('value', undef()), ret(undef())),
    constVar('name', cond(isName, 'code', call(k.nameFn, 'value'))),
    constVar('canonical', call(k.nameFn, 'value')),
    constVar('doc', f.createBinaryExpression(
      cond(eq('name', undef()), undef(), docOf(id('name'))), K.QuestionQuestionToken,
      cond(eq('canonical', undef()), undef(), docOf(id('canonical'))))),
    ret(f.createObjectLiteralExpression(fields.map(([p, v]) =>
      (tsApi.isIdentifier(v) && v.text === p ? f.createShorthandPropertyAssignment(p) : f.createPropertyAssignment(p, v))), true)),
  ], [`Everything known about ${article(k)} ${k.object} code, by value (signed or unsigned) or by name; undefined for an unknown name or a value that is not 32-bit.`]);
}

/** The functions and types of one status module, after its table. */
export function statusHelpers(k: StatusNames): ts.Statement[] {
  return [...lookups(k), ...(k.ntstatus ? ntstatusBits() : []), describeInterface(k, k.descriptionType), describe(k, k.descriptionType)];
}

/** What a status module exports, for the index modules. */
export function statusExports(k: StatusNames): { values: string[]; types: string[] } {
  const bits = k.ntstatus ? ['NT_SUCCESS', 'NT_INFORMATION', 'NT_WARNING', 'NT_ERROR', 'ntStatusSeverity', 'ntStatusFacility', 'ntStatusCustomer'] : [];
  return {
    values: [k.object, k.nameFn, k.valueFn, ...bits, k.describeFn],
    types: [k.descriptionType, ...(k.ntstatus ? ['NtStatusSeverity'] : [])],
  };
}

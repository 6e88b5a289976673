// status/lookup.ts: the lookups both code tables share (name ↔ value, hex, unsigned 32-bit).
import type { ts } from 'ts-morph';
import { f, K, keyword, ref, typeAlias, union } from '../ast.js';
import { printModule } from '../print.js';
import { withDoc } from '../tsdoc.js';
import { bin, block, call, cond, constVar, exprStatement, fn, forOfPairs, member, n, not, ret, undef, when } from './code-ast.js';

const readonlyRecord = (): ts.TypeNode => ref('Readonly', [ref('Record', [keyword.string(), keyword.number()])]);
const orUndefined = (t: ts.TypeNode): ts.TypeNode => union([t, keyword.undefined()]);

export const LOOKUP_MODULE = './lookup.js';
export const LOOKUP_EXPORTS = ['codeValue', 'firstNames', 'hex32', 'toUint32'] as const;
export const CODE_DOCS_TYPE = 'CodeDocs';

export function emitLookupModule(banner: string): string {
  const statements: ts.Statement[] = [
    codeDocsType(),
    fn('toUint32', [['value', keyword.number()]], orUndefined(keyword.number()), [
      ret(cond(bin(bin(call(member('Number', 'isInteger'), 'value'), K.AmpersandAmpersandToken,
        bin('value', K.GreaterThanEqualsToken, f.createPrefixUnaryExpression(K.MinusToken, n(0x80000000, true)))),
      K.AmpersandAmpersandToken, bin('value', K.LessThanEqualsToken, n(0xffffffff, true))),
      bin('value', K.GreaterThanGreaterThanGreaterThanToken, n(0)), undef())),
    ], ['A code as its unsigned 32-bit value; signed (negative) 32-bit input is accepted, anything else is undefined.']),
    fn('hex32', [['value', keyword.number()]], keyword.string(), [
      ret(bin(f.createStringLiteral('0x', true), K.PlusToken,
        call(member(call(member(call(member('value', 'toString'), n(16)), 'toUpperCase')), 'padStart'), n(8), f.createStringLiteral('0', true)))),
    ], ['`0xC0000008`: eight upper-case hex digits.']),
    fn('firstNames', [['codes', readonlyRecord()]], ref('Map', [keyword.number(), keyword.string()]), [
      constVar('names', f.createNewExpression(f.createIdentifier('Map'), [keyword.number(), keyword.string()], [])),
      forOfPairs('name', 'value', call(member('Object', 'entries'), 'codes'),
        block(when(not(call(member('names', 'has'), 'value')), exprStatement(call(member('names', 'set'), 'value', 'name'))))),
      ret('names'),
    ], ['Value → the first name the table gives it (the canonical name when several names share a value).']),
    fn('codeValue', [['codes', readonlyRecord()], ['name', keyword.string()]], orUndefined(keyword.number()), [
      ret(cond(call(member('Object', 'hasOwn'), 'codes', 'name'), f.createElementAccessExpression(f.createIdentifier('codes'), f.createIdentifier('name')), undef())),
    ], ['The value of a code name; undefined for names that are not codes (including `constructor` and the like).']),
  ];
  return printModule(banner, statements, 'Lookups shared by `ntstatus.ts` and `win32-error.ts`.');
}

/** `export type CodeDocs = ReadonlyMap<string, { readonly meaning: string; readonly documentedBy: readonly string[] }>` */
function codeDocsType(): ts.Statement {
  const ro = [f.createModifier(K.ReadonlyKeyword)];
  const literal = f.createTypeLiteralNode([
    f.createPropertySignature(ro, 'meaning', undefined, keyword.string()),
    f.createPropertySignature(ro, 'documentedBy', undefined, f.createTypeOperatorNode(K.ReadonlyKeyword, f.createArrayTypeNode(keyword.string()))),
  ]);
  return withDoc(typeAlias(CODE_DOCS_TYPE, ref('ReadonlyMap', [keyword.string(), literal])),
    ['Code name → the meaning the documents give it and the entries (`header.Name`) that document it.']);
}

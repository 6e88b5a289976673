// base-types.ts: the representation contract as TypeScript. Every base type of
// generator/model/base-types.ts, the out/in parameter wrappers and the handle constants.
import type { ts } from 'ts-morph';
import { BASE_TYPES, HANDLE_CONSTANTS, type BaseType } from '../model/base-types.js';
import { constStatement, f, K, keyword, num, ref, reExport, typeAlias, union } from './ast.js';
import { printModule } from './print.js';
import { code, escapeDoc, withDoc } from './tsdoc.js';

/** Names base-types.ts re-exports from the status modules (value and type live there). */
export const STATUS_TYPES = [
  { name: 'NTSTATUS', module: './status/ntstatus.js' },
  { name: 'WIN32_ERROR', module: './status/win32-error.js' },
] as const;

const TS_KEYWORDS: Readonly<Record<string, () => ts.TypeNode>> = {
  number: keyword.number, string: keyword.string, bigint: keyword.bigint, void: keyword.void, boolean: keyword.boolean,
};

function tsType(spelling: string): ts.TypeNode {
  return union(spelling.split('|').map((part) => {
    const make = TS_KEYWORDS[part.trim()];
    if (!make) throw new Error(`[winhandle] base type spelled "${spelling}": add "${part.trim()}" to TS_KEYWORDS in emit-base-types.ts`);
    return make();
  }));
}

function baseTypeAlias(t: BaseType): ts.Statement {
  const size = t.size > 0 ? ` ${t.size} byte${t.size === 1 ? '' : 's'} on x64; koffi type ${code(t.koffi)}.` : '';
  return withDoc(typeAlias(t.c, tsType(t.ts)), [`${escapeDoc(t.doc)}`, `C type ${code(t.c)}.${size}`]);
}

const CONSTANT_DOCS: Readonly<Record<string, string>> = {
  INVALID_HANDLE_VALUE: 'The `HANDLE` value -1 that functions such as `CreateFileW` return on failure.',
  CURRENT_PROCESS: 'The pseudo-handle `GetCurrentProcess` returns: -1.',
  CURRENT_THREAD: 'The pseudo-handle `GetCurrentThread` returns: -2.',
  INVALID_SOCKET: 'The `SOCKET` value -1 that `socket` returns on failure.',
};

function constantDoc(name: string, value: number): string {
  return CONSTANT_DOCS[name]
    ?? (name.startsWith('HKEY_') ? `The predefined registry key ${code(name)} as an \`HKEY\`: the sign-extended 32-bit value, ${value}.` : `${code(name)}: ${value}.`);
}

export function emitBaseTypes(banner: string): string {
  const aliases = BASE_TYPES.filter((t) => !STATUS_TYPES.some((s) => s.name === t.c)).map(baseTypeAlias);
  const statusTypes = STATUS_TYPES.map((s) => withDoc(reExport(s.module, [s.name], true), [
    `${code(s.name)}: the unsigned 32-bit value; the value of the same name (in \`winhandle/status\`) lists the codes.`,
  ]));
  const out = withDoc(typeAlias('Out', f.createTupleTypeNode([ref('T')]), ['T']), [
    'An out or in-out parameter: a one-element array the callee reads and writes at index 0 (koffi\'s convention).',
    'Pass `[0]` (or the initial value) and read `[0]` after the call.',
  ]);
  const input = withDoc(typeAlias('In', f.createTypeOperatorNode(K.ReadonlyKeyword, f.createTupleTypeNode([ref('T')])), ['T']), [
    'An in parameter passed by pointer to a scalar: a one-element array the callee only reads.',
  ]);
  const buffer = withDoc(typeAlias('OutBuffer', union([ref('Record', [keyword.string(), keyword.unknown()]), ref('Uint8Array')])), [
    'A caller-allocated buffer an untyped out pointer (`PVOID`) points to: a plain object that receives the fields of the structure the callee writes (the mock), or a `Uint8Array`/`Buffer` that receives its bytes (koffi).',
  ]);
  const constants = Object.entries(HANDLE_CONSTANTS).map(([name, value]) =>
    withDoc(constStatement(name, num(value)), [constantDoc(name, value)]));
  return printModule(banner, [...statusTypes, out, input, buffer, ...aliases, ...constants],
    'The Windows base types as JavaScript values: handles and pointers are signed pointer-sized numbers, `BOOL` is a number (0 is FALSE), `NTSTATUS` the unsigned 32-bit value, strings are JS strings, out parameters are one-element arrays.');
}

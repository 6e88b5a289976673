// Functions, callbacks and macros: function types (and consts for macros with a value).
import type { ts } from 'ts-morph';
import type { Entry } from '../model/schema.js';
import { constStatement, f, hexText, keyword, num, typeAlias } from './ast.js';
import type { Declared } from './context.js';
import { deprecatedTag, remarksTag, seeTags, summary } from './entry-doc.js';
import { typeUse, type ModuleScope } from './scope.js';
import { signature, type Signature } from './signature.js';
import { code, withDoc } from './tsdoc.js';

/** The TSDoc blocks of a function-like entry, in TSDoc order. */
export function functionDoc(entry: Entry, sig: Signature, scope: ModuleScope, extra: readonly string[] = []): string[] {
  return [
    summary(entry),
    sig.paramDoc,
    sig.returnDoc,
    remarksTag(entry, extra),
    deprecatedTag(entry, scope.link, scope.ctx),
    seeTags(entry, scope.link, scope.ctx),
  ].filter((b): b is string => b !== undefined);
}

function functionType(decl: Declared, scope: ModuleScope, extra: readonly string[]): ts.Statement {
  const sig = signature(decl.entry, typeUse(scope, decl.entry), true);
  const node = typeAlias(decl.name, f.createFunctionTypeNode(undefined, sig.params, sig.returnType));
  return withDoc(node, functionDoc(decl.entry, sig, scope, extra));
}

export function emitFunction(decl: Declared, scope: ModuleScope): ts.Statement[] {
  const dll = decl.entry.dllInterface;
  const where = dll && scope.ctx.model.dlls[dll]?.entries.includes(decl.entry.id)
    ? [`Exported by ${code(scope.ctx.model.dlls[dll]!.image)}: a method of the ${code(dll)} interface.`] : [];
  return [functionType(decl, scope, where)];
}

export function emitCallback(decl: Declared, scope: ModuleScope): ts.Statement[] {
  return [functionType(decl, scope, ['A callback: the caller provides a function of this type.'])];
}

/** A value a macro or control code stands for, once the model carries one. */
export function entryValue(entry: Entry): number | undefined {
  const value = (entry as Entry & { value?: unknown }).value;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Function-like macros are function types (there is no symbol to bind); a macro or control code
 * with a value is a const; without one it is documented as a number whose value the documents omit.
 */
export function emitMacro(decl: Declared, scope: ModuleScope): ts.Statement[] {
  const entry = decl.entry;
  const value = entryValue(entry);
  if (value !== undefined) {
    const node = constStatement(decl.name, num(value, value > 0xffff));
    return [withDoc(node, constDoc(entry, scope, `Value: ${code(hexText(value >>> 0))}.`))];
  }
  if (entry.parameters.length > 0 || entry.return) {
    return [functionType(decl, scope, ['Implemented as a macro in the header: no DLL exports it.'])];
  }
  const what = entry.kind === 'ioctl' ? 'control code' : 'macro';
  const type = entry.kind === 'ioctl' ? keyword.number() : keyword.unknown();
  return [withDoc(typeAlias(decl.name, type), constDoc(entry, scope, `A ${what}; the documents do not give its value, so only its type is declared.`))];
}

function constDoc(entry: Entry, scope: ModuleScope, note: string): string[] {
  return [summary(entry), remarksTag(entry, [note]), deprecatedTag(entry, scope.link, scope.ctx), seeTags(entry, scope.link, scope.ctx)]
    .filter((b): b is string => b !== undefined);
}

// One module per header: every entry of the header, by kind then name, with the type imports
// its declarations use.
import type { ts } from 'ts-morph';
import type { EntryKind } from '../model/schema.js';
import type { Declared, EmitContext } from './context.js';
import { makeLinker } from './entry-doc.js';
import { emitEnum } from './emit-enum.js';
import { emitCallback, emitFunction, emitMacro } from './emit-function.js';
import { emitStruct } from './emit-struct.js';
import { Imports } from './imports.js';
import { printModule } from './print.js';
import type { ModuleScope } from './scope.js';
import { code } from './tsdoc.js';

type Emitter = (decl: Declared, scope: ModuleScope) => ts.Statement[];

const EMITTERS: Readonly<Record<EntryKind, Emitter>> = {
  function: emitFunction,
  callback: emitCallback,
  struct: emitStruct,
  enum: emitEnum,
  macro: emitMacro,
  ioctl: emitMacro,
};

export function emitHeaderModule(module: string, decls: readonly Declared[], ctx: EmitContext): string {
  const imports = new Imports(module, decls.map((d) => d.name));
  const names = new Map(decls.map((d) => [d.entry.id, d.name]));
  const scope: ModuleScope = { ctx, module, imports, link: makeLinker(ctx, (id) => names.get(id)) };
  const body = decls.flatMap((d) => EMITTERS[d.entry.kind](d, scope));
  const headers = [...new Set(decls.map((d) => d.entry.requirements.header || `${d.entry.header}.h`))].sort();
  const counts = countKinds(decls);
  const doc = `Declarations of ${headers.map(code).join(', ')} from the Microsoft documentation: ${counts}.`;
  return printModule(ctx.banner, [...imports.declarations(), ...body], doc);
}

function countKinds(decls: readonly Declared[]): string {
  const counts = new Map<string, number>();
  for (const d of decls) counts.set(d.entry.kind, (counts.get(d.entry.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${n} ${kind}${n === 1 ? '' : 's'}`).join(', ');
}

// Per-DLL interfaces (`Kernel32`, `Ntdll`, ...): what each image exports, as method signatures
// with the full TSDoc, plus the typed list of their names. The contract the mock and the koffi
// bindings implement.
import type { ts } from 'ts-morph';
import type { Entry } from '../model/schema.js';
import { arrayLiteral, asConst, constStatement, exported, f, K, propertyName, ref, stringLit } from './ast.js';
import { byString, type EmitContext } from './context.js';
import { makeLinker } from './entry-doc.js';
import { functionDoc } from './emit-function.js';
import { Imports } from './imports.js';
import { dllConstPrefix, dllModule } from './names.js';
import { printModule } from './print.js';
import { typeUse, type ModuleScope } from './scope.js';
import { signature } from './signature.js';
import { code, withDoc } from './tsdoc.js';

export interface DllSurface {
  iface: string;
  image: string;
  mode: 'user' | 'kernel';
  /** The entries, one per method name, sorted by name. */
  entries: Entry[];
}

/** The entries of `model.dlls[iface]`; unknown ids and repeated names are reported and left out. */
export function dllSurface(iface: string, ctx: EmitContext): DllSurface {
  const dll = ctx.model.dlls[iface]!;
  const byName = new Map<string, Entry>();
  for (const id of dll.entries) {
    const entry = ctx.byId.get(id);
    const place = { file: `types/dlls/${dllModule(iface)}.ts`, line: 1 };
    if (!entry) {
      ctx.problems.warn(place, 'emit/unknown-entry', `${iface} lists ${id}, which is not an entry of the model`);
      continue;
    }
    const holder = byName.get(entry.name);
    if (holder) {
      ctx.problems.warn(place, 'emit/name-collision', `${iface}.${entry.name}: ${holder.id} and ${entry.id} share the name; ${holder.id} is kept`);
      continue;
    }
    byName.set(entry.name, entry);
  }
  return { iface, image: dll.image, mode: dll.mode, entries: [...byName.values()].sort(byString((e) => e.name)) };
}

export const dllConsts = (iface: string): { functions: string; image: string; mode: string } => {
  const prefix = dllConstPrefix(iface);
  return { functions: `${prefix}_FUNCTIONS`, image: `${prefix}_IMAGE`, mode: `${prefix}_MODE` };
};

export function emitDllInterface(surface: DllSurface, ctx: EmitContext): string {
  const module = `dlls/${dllModule(surface.iface)}`;
  const consts = dllConsts(surface.iface);
  const imports = new Imports(module, [surface.iface, consts.functions, consts.image, consts.mode]);
  const methods = new Map(surface.entries.map((e) => [e.id, `${surface.iface}.${e.name}`]));
  const scope: ModuleScope = { ctx, module, imports, link: makeLinker(ctx, (id) => methods.get(id)) };
  const members = surface.entries.map((entry) => {
    const sig = signature(entry, typeUse(scope, entry), false);
    const method = f.createMethodSignature(undefined, propertyName(entry.name), undefined, undefined, sig.params, sig.returnType);
    const declaredIn = `Declared in ${code(`${entry.header}.h`)} (${code(entry.id)}).`;
    return withDoc(method, functionDoc(entry, sig, scope, [declaredIn]));
  });
  const kernel = surface.mode === 'kernel' ? ' It is a kernel-mode image: user-mode code cannot load it.' : '';
  const iface = withDoc(f.createInterfaceDeclaration(exported(), surface.iface, undefined, undefined, members), [
    `The functions ${code(surface.image)} exports, as documented.${kernel}`,
    'Implemented by the mock (`winhandle/mock`) and by the koffi bindings (`winhandle/koffi`).',
  ]);
  const names = arrayLiteral(surface.entries.map((e) => stringLit(e.name)), surface.entries.length > 4);
  const keys = f.createTypeOperatorNode(K.ReadonlyKeyword, f.createArrayTypeNode(
    f.createParenthesizedType(f.createTypeOperatorNode(K.KeyOfKeyword, ref(surface.iface)))));
  const list = withDoc(constStatement(consts.functions, f.createSatisfiesExpression(asConst(names), keys)),
    [`Every method of {@link ${surface.iface}}, sorted: the coverage list implementations are checked against.`]);
  const image = withDoc(constStatement(consts.image, stringLit(surface.image)), [`The image that exports {@link ${surface.iface}}.`]);
  const mode = withDoc(constStatement(consts.mode, stringLit(surface.mode)), [`Whether {@link ${surface.iface}} is a user-mode or a kernel-mode image.`]);
  return printModule(ctx.banner, [...imports.declarations(), iface, list, image, mode],
    `The ${code(surface.iface)} interface: ${surface.entries.length} functions of ${code(surface.image)}.`);
}

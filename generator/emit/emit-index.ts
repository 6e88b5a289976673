// The index modules: root `winhandle`, `winhandle/status`, `dlls/index.ts`, and `winhandle/model`.
// Each name is exported once; a name two groups would export is kept from the first and reported.
import type { ts } from 'ts-morph';
import { BASE_TYPES, HANDLE_CONSTANTS } from '../model/base-types.js';
import { asConst, constStatement, exported, f, importTypes, K, keyword, objectLiteral, propertyName, ref, reExport, stringLit } from './ast.js';
import type { EmitContext } from './context.js';
import { dllConsts, type DllSurface } from './emit-dll-interface.js';
import { STATUS_TYPES } from './emit-base-types.js';
import { dllModule } from './names.js';
import { printModule } from './print.js';
import { STATUS_KINDS } from './status/emit-status.js';
import { statusExports } from './status/status-helpers.js';
import { withDoc } from './tsdoc.js';

export interface ExportGroup {
  /** Module specifier relative to the index: `./base-types.js`. */
  from: string;
  values: string[];
  types: string[];
}

/** `export { ... } from` / `export type { ... } from` per group, each name once. */
export function reExports(groups: readonly ExportGroup[], index: string, ctx: EmitContext): ts.Statement[] {
  const owner = new Map<string, string>();
  const out: ts.Statement[] = [];
  for (const group of groups) {
    const keep = (names: readonly string[]): string[] => names.filter((name) => {
      const first = owner.get(name);
      if (first === undefined) return owner.set(name, group.from), true;
      ctx.problems.warn({ file: `types/${index}`, line: 1 }, 'emit/name-collision',
        `${index}: ${name} is exported by ${first} and ${group.from}; the one from ${first} is kept`);
      return false;
    });
    const values = keep(group.values);
    const types = keep(group.types);
    if (values.length > 0) out.push(reExport(group.from, values, false));
    if (types.length > 0) out.push(reExport(group.from, types, true));
  }
  return out;
}

export function statusGroups(prefix: string): ExportGroup[] {
  return STATUS_KINDS.map((k) => ({ from: `${prefix}${k.module.slice('status/'.length)}.js`, ...statusExports(k) }));
}

export function emitStatusIndex(ctx: EmitContext): string {
  return printModule(ctx.banner, reExports(statusGroups('./'), 'status/index.ts', ctx),
    '`winhandle/status`: NTSTATUS and Win32 error codes, their documented meanings and helpers.');
}

function dllGroups(surfaces: readonly DllSurface[]): ExportGroup[] {
  return surfaces.map((s) => {
    const c = dllConsts(s.iface);
    return { from: `./${dllModule(s.iface)}.js`, values: [c.functions, c.image, c.mode], types: [s.iface] };
  });
}

export function emitDllIndex(surfaces: readonly DllSurface[], ctx: EmitContext): string {
  const imports = surfaces.map((s) => importTypes(`./${dllModule(s.iface)}.js`, [[s.iface, s.iface]]));
  const map = withDoc(f.createInterfaceDeclaration(exported(), 'DllInterfaces', undefined, undefined,
    surfaces.map((s) => f.createPropertySignature(undefined, propertyName(s.iface), undefined, ref(s.iface)))),
  ['Every per-DLL interface by name, for code that binds a DLL chosen by name.']);
  const images = withDoc(constStatement('DLL_IMAGES', f.createSatisfiesExpression(
    asConst(objectLiteral(surfaces.map((s) => f.createPropertyAssignment(propertyName(s.iface), stringLit(s.image))))),
    ref('Record', [f.createTypeOperatorNode(K.KeyOfKeyword, ref('DllInterfaces')), keyword.string()]))),
  ['The image of each interface.']);
  return printModule(ctx.banner, [...imports, ...reExports(dllGroups(surfaces), 'dlls/index.ts', ctx), map, images],
    'The per-DLL interfaces: the contract the mock and the koffi bindings implement.');
}

export function emitRootIndex(surfaces: readonly DllSurface[], ctx: EmitContext): string {
  const status = new Set<string>(STATUS_TYPES.map((s) => s.name));
  const base: ExportGroup = {
    from: './base-types.js',
    values: Object.keys(HANDLE_CONSTANTS),
    types: ['Out', 'In', 'OutBuffer', ...BASE_TYPES.map((t) => t.c).filter((c) => !status.has(c))],
  };
  const dlls: ExportGroup = {
    from: './dlls/index.js',
    values: [...dllGroups(surfaces).flatMap((g) => g.values), 'DLL_IMAGES'],
    types: [...surfaces.map((s) => s.iface), 'DllInterfaces'],
  };
  return printModule(ctx.banner, reExports([...statusGroups('./status/'), base, dlls], 'index.ts', ctx),
    '`winhandle`: the base types, the per-DLL interfaces and the status codes. Header modules are `winhandle/<header>`.');
}

export function emitModelModule(ctx: EmitContext): string {
  const from = ctx.modelTypesFrom ?? '../generator/model/schema.js';
  const statements: ts.Statement[] = [
    f.createImportDeclaration(undefined, f.createImportClause(undefined, f.createIdentifier('data'), undefined), stringLit('./api-model.json'),
      f.createImportAttributes(f.createNodeArray([f.createImportAttribute(f.createIdentifier('type'), stringLit('json'))]))),
    importTypes(from, [['ApiModel', 'ApiModel']]),
    reExport(from, ['ApiModel', 'Entry', 'StatusCode'], true),
    // api-model.json is written from ApiModel.parse(), so it has the schema's shape; the JSON's
    // inferred literal types (kind: string, ...) are wider, hence the cast through unknown.
    withDoc(constStatement('apiModel', f.createAsExpression(f.createAsExpression(f.createIdentifier('data'), keyword.unknown()), ref('ApiModel')), { type: ref('ApiModel') }),
      ['The API model the declarations were generated from: every entry with its provenance (document and line).']),
  ];
  return printModule(ctx.banner, statements, '`winhandle/model`: the API model as data.');
}

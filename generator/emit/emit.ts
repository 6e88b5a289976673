// The emit stage: API model + status table → TypeScript modules (path relative to types/ → text).
// A pure function; the caller writes the files. Problems (name collisions, unmapped types) are data.
import type { ApiModel, Problem, StatusCode } from '../model/schema.js';
import { byString, createEmitContext, type EmitContext, type EmitOptions } from './context.js';
import { emitBaseTypes } from './emit-base-types.js';
import { dllSurface, emitDllInterface } from './emit-dll-interface.js';
import { emitHeaderModule } from './emit-header.js';
import { emitDllIndex, emitModelModule, emitRootIndex, emitStatusIndex } from './emit-index.js';
import { dllModule } from './names.js';
import { emitStatusEnum, STATUS_KINDS } from './status/emit-status.js';
import { emitLookupModule } from './status/lookup-module.js';
import { dropPendingDocs } from './tsdoc.js';

export type { EmitOptions } from './context.js';

export interface EmitResult {
  /** Posix path relative to the output folder (`winternl.ts`, `status/ntstatus.ts`) → file text. */
  files: Map<string, string>;
  problems: Problem[];
}

export function emit(model: ApiModel, statusCodes: readonly StatusCode[], options: EmitOptions): EmitResult {
  try {
    return emitFiles(createEmitContext(model, statusCodes, options));
  } finally {
    dropPendingDocs();
  }
}

function emitFiles(ctx: EmitContext): EmitResult {
  const model = ctx.model;
  const files = new Map<string, string>();
  for (const [module, decls] of ctx.modules) files.set(`${module}.ts`, emitHeaderModule(module, decls, ctx));
  const surfaces = Object.keys(model.dlls).sort().map((iface) => dllSurface(iface, ctx));
  for (const surface of surfaces) files.set(`dlls/${dllModule(surface.iface)}.ts`, emitDllInterface(surface, ctx));
  files.set('dlls/index.ts', emitDllIndex(surfaces, ctx));
  files.set('base-types.ts', emitBaseTypes(ctx.banner));
  for (const kind of STATUS_KINDS) files.set(`${kind.module}.ts`, emitStatusEnum(kind, ctx));
  files.set('status/lookup.ts', emitLookupModule(ctx.banner));
  files.set('status/index.ts', emitStatusIndex(ctx));
  files.set('index.ts', emitRootIndex(surfaces, ctx));
  files.set('model.ts', emitModelModule(ctx));
  reportUnmapped(ctx);
  return { files: new Map([...files].sort(byString(([path]) => path))), problems: ctx.problems.list };
}

/** One warning per C type name without a mapping, with how many entries use it. */
function reportUnmapped(ctx: EmitContext): void {
  for (const [c, { entries, place }] of [...ctx.unmapped].sort(byString(([c]) => c))) {
    const n = entries.size;
    ctx.problems.warn(place, 'emit/type-unmapped', `C type ${c} (used by ${n} entr${n === 1 ? 'y' : 'ies'}) has no TypeScript mapping; typed unknown with a TSDoc note`);
  }
}

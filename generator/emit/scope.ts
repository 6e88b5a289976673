// What an emitter knows about the module it writes into: the run's context, the module's
// path, its imports and how it links to entries.
import type { Entry } from '../model/schema.js';
import type { EmitContext } from './context.js';
import type { Linker } from './entry-doc.js';
import type { Imports } from './imports.js';
import type { TypeUse } from './ts-type.js';

export interface ModuleScope {
  ctx: EmitContext;
  /** Module path relative to the output folder, without `.ts`: `winternl`, `dlls/kernel32`. */
  module: string;
  imports: Imports;
  link: Linker;
}

export const typeUse = (scope: ModuleScope, entry: Entry): TypeUse =>
  ({ ctx: scope.ctx, imports: scope.imports, module: scope.module, entry });

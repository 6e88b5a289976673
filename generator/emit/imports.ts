// The type imports of one module: only what its declarations use, aliased when a name is
// already taken in the module, printed sorted.
import path from 'node:path';
import type { ts } from 'ts-morph';
import { importTypes } from './ast.js';
import { safeIdentifier } from './names.js';

export class Imports {
  /** target module → exported name → local name */
  private readonly used = new Map<string, Map<string, string>>();
  private readonly locals: Set<string>;

  /**
   * @param module - the importing module, relative to the output folder without `.ts` (`dlls/kernel32`)
   * @param declaredHere - names the module declares itself
   */
  constructor(private readonly module: string, declaredHere: Iterable<string>) {
    this.locals = new Set(declaredHere);
  }

  /** The local name under which `name` of `target` (`base-types`, `ntifs`) is usable here. */
  use(target: string, name: string): string {
    if (target === this.module) return name;
    let names = this.used.get(target);
    if (!names) this.used.set(target, (names = new Map()));
    const known = names.get(name);
    if (known) return known;
    let local = name;
    const prefix = safeIdentifier(path.posix.basename(target));
    for (let i = 1; this.locals.has(local); i++) local = i === 1 ? `${prefix}_${name}` : `${prefix}_${name}${i}`;
    this.locals.add(local);
    names.set(name, local);
    return local;
  }

  declarations(): ts.ImportDeclaration[] {
    const from = path.posix.dirname(this.module);
    return [...this.used]
      .map(([target, names]) => {
        const rel = path.posix.relative(from, target);
        return [rel.startsWith('.') ? `${rel}.js` : `./${rel}.js`, names] as const;
      })
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([specifier, names]) => importTypes(specifier, [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))));
  }
}

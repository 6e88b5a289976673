// C types of the model → koffi types, by the representation table (generator/model/base-types.ts,
// `koffi` column) and the model's own structs, enums and callbacks. What cannot be mapped is an
// error naming the function and parameter: the bindings never guess a layout.
import { baseType, POINTER_TYPEDEFS, type BaseType } from '../generator/model/base-types.js';
import type { ApiModel, Direction, Entry, TypeRef } from '../generator/model/schema.js';
import { cNames } from '../generator/emit/names.js';
import { cTypeParts } from './c-type.js';
import { FfiError, siteText, type TypeSite } from './errors.js';
import { koffi, type TypeSpec } from './koffi-module.js';

export type TypeUse = { at: 'param'; direction: Direction } | { at: 'return' } | { at: 'field' };

type Target =
  | { kind: 'base'; type: BaseType }
  | { kind: 'struct' | 'enum' | 'callback'; entry: Entry };

const MODEL_TYPE_KINDS = new Set(['struct', 'enum', 'callback']);

/** Maps the types of one model; koffi types made for its structs and callbacks are kept. */
export class TypeMapper {
  private readonly named = new Map<string, { entry: Entry; pointer: boolean }>();
  private readonly made = new Map<string, TypeSpec>();
  private readonly making = new Set<string>();

  constructor(model: ApiModel) {
    for (const entry of model.entries) {
      if (!MODEL_TYPE_KINDS.has(entry.kind)) continue;
      for (const { name, pointer } of cNames(entry)) if (!this.named.has(name)) this.named.set(name, { entry, pointer });
    }
  }

  map(ref: TypeRef, use: TypeUse, site: TypeSite): TypeSpec {
    if (ref.source === 'unresolved' || ref.c.trim() === '' || ref.c === 'unknown') {
      throw new FfiError(`cannot bind ${siteText(site)}: the model has no C type for it (unresolved in the documents)`);
    }
    const parts = cTypeParts(ref.c);
    if ((parts.base === 'WCHAR' || parts.base === 'CHAR') && parts.stars === 1 && parts.extent === undefined) {
      return parts.base === 'WCHAR' ? 'str16' : 'str';
    }
    if (parts.base === 'VOID' && parts.stars === 0 && parts.extent === undefined) {
      if (use.at === 'return') return 'void';
      throw new FfiError(`cannot bind ${siteText(site)}: a value of type VOID`);
    }
    const voidPointer = parts.base === 'VOID';
    const resolved = voidPointer ? { target: this.base('PVOID'), stars: -1 } : this.resolve(parts.base);
    if (!resolved) {
      throw new FfiError(`cannot bind ${siteText(site)}: the C type ${ref.c} is neither in the base-type table ` +
        '(generator/model/base-types.ts) nor a struct, enum or callback of the API model');
    }
    let stars = parts.stars + resolved.stars;
    // A function and a pointer to it are the same JS value: one pointer level of a callback goes.
    if (resolved.target.kind === 'callback' && stars > 0) stars--;
    const self = (): TypeSpec => this.spec(resolved.target, site);
    if (parts.extent !== undefined) {
      if (use.at !== 'field') stars++;
      else if (typeof parts.extent !== 'number') {
        throw new FfiError(`cannot bind ${siteText(site)}: the array extent [${parts.extent}] of ${ref.c} is not a number`);
      } else if (stars > 0) return koffi().array('intptr', parts.extent);
      // Character arrays are strings, as the representation says (cFileName[MAX_PATH]).
      else if (parts.base === 'WCHAR' || parts.base === 'CHAR') return koffi().array(parts.base === 'WCHAR' ? 'char16' : 'char', parts.extent, 'String');
      else return koffi().array(self(), parts.extent);
    }
    if (stars === 0) return self();
    // Outside parameters a pointer is an address, as the representation says.
    if (use.at !== 'param') return 'intptr';
    const k = koffi();
    const pointer = k.pointer(stars === 1 ? self() : 'intptr');
    if (use.direction === 'out') return k.out(pointer);
    return use.direction === 'in-out' ? k.inout(pointer) : pointer;
  }

  private base(name: string): Target {
    return { kind: 'base', type: baseType(name)! };
  }

  private resolve(name: string): { target: Target; stars: number } | undefined {
    const base = baseType(name);
    if (base) return { target: { kind: 'base', type: base }, stars: 0 };
    const pointee = POINTER_TYPEDEFS[name];
    const pointeeBase = pointee === undefined ? undefined : baseType(pointee);
    if (pointeeBase) return { target: { kind: 'base', type: pointeeBase }, stars: 1 };
    const found = this.named.get(name);
    if (!found) return undefined;
    const kind = found.entry.kind as 'struct' | 'enum' | 'callback';
    return { target: { kind, entry: found.entry }, stars: found.pointer ? 1 : 0 };
  }

  private spec(target: Target, site: TypeSite): TypeSpec {
    switch (target.kind) {
      case 'base': return target.type.koffi;
      // C enums are int-sized.
      case 'enum': return 'int32';
      case 'struct': return this.once(target.entry, site, () => this.struct(target.entry));
      case 'callback': return this.once(target.entry, site, () => this.callback(target.entry));
    }
  }

  private once(entry: Entry, site: TypeSite, make: () => TypeSpec): TypeSpec {
    const made = this.made.get(entry.id);
    if (made !== undefined) return made;
    if (this.making.has(entry.id)) throw new FfiError(`cannot bind ${siteText(site)}: ${entry.name} contains itself by value`);
    this.making.add(entry.id);
    try {
      const spec = make();
      this.made.set(entry.id, spec);
      return spec;
    } finally {
      this.making.delete(entry.id);
    }
  }

  /** A struct from the model's fields; one without fields is opaque (passed by address only). */
  private struct(entry: Entry): TypeSpec {
    const k = koffi();
    if (entry.fields.length === 0) return k.opaque();
    const members: Record<string, TypeSpec> = {};
    for (const field of entry.fields) {
      const site = { owner: entry.name, part: `field ${field.path.join('.') || field.name}` };
      if (field.path.length > 1) {
        throw new FfiError(`cannot bind ${siteText(site)}: members of anonymous unions and structs are not bound yet`);
      }
      members[field.name] = this.map(field.type, { at: 'field' }, site);
    }
    return k.struct(members);
  }

  /** A callback type: a pointer to a koffi prototype built from the callback entry. */
  private callback(entry: Entry): TypeSpec {
    const k = koffi();
    const result = entry.return ? this.map(entry.return.type, { at: 'return' }, { owner: entry.name, part: 'return value' }) : 'void';
    const params = entry.parameters.map((p) =>
      this.map(p.type, { at: 'param', direction: p.direction }, { owner: entry.name, part: `parameter ${p.name}` }));
    return k.pointer(k.proto(result, params));
  }
}

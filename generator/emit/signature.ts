// Parameters and return type of a function-like entry (function, callback, function-like macro),
// shared by the header modules and the per-DLL interfaces.
import type { ts } from 'ts-morph';
import type { Entry } from '../model/schema.js';
import { f, K, keyword, param } from './ast.js';
import { entryPlace } from './context.js';
import { paramTags, returnsTag, type ParamNote } from './entry-doc.js';
import { safeIdentifier } from './names.js';
import { mapType, type TypeUse } from './ts-type.js';

export interface Signature {
  params: ts.ParameterDeclaration[];
  returnType: ts.TypeNode;
  /** `@param` and `@returns` blocks for the TSDoc. */
  paramDoc: string | undefined;
  returnDoc: string | undefined;
}

/** Names as documented, made valid and unique (a repeated name gets `_2`), reported when changed. */
function paramNames(entry: Entry, use: TypeUse, report: boolean): string[] {
  const taken = new Set<string>();
  return entry.parameters.map((p, i) => {
    let name = p.name === '...' ? 'args' : safeIdentifier(p.name || `arg${i + 1}`);
    for (let n = 2; taken.has(name); n++) name = `${safeIdentifier(p.name)}_${n}`;
    taken.add(name);
    if (report && name !== p.name && p.name !== '...') {
      use.ctx.problems.warn(entryPlace(entry), 'emit/parameter-renamed', `${entry.id}: parameter "${p.name}" is emitted as ${name}`);
    }
    return name;
  });
}

/** `report`: say when a parameter is renamed (once, from the header module). */
export function signature(entry: Entry, use: TypeUse, report: boolean): Signature {
  const names = paramNames(entry, use, report);
  const notes: ParamNote[] = [];
  const params = entry.parameters.map((p, i) => {
    const name = names[i]!;
    if (p.name === '...') {
      notes.push({ param: p, name, note: 'Variable arguments.' });
      return f.createParameterDeclaration(undefined, f.createToken(K.DotDotDotToken), name, undefined, f.createArrayTypeNode(keyword.unknown()));
    }
    const mapped = mapType(p.type, { at: 'param', direction: p.direction, optional: p.optional }, use);
    notes.push(mapped.note === undefined ? { param: p, name } : { param: p, name, note: mapped.note });
    return param(name, mapped.type);
  });
  if (!entry.return) {
    // No return section: the documents do not say, so neither do the types.
    return { params, returnType: keyword.unknown(), paramDoc: paramTags(notes),
      returnDoc: '@returns `unknown`: the documents describe no return value.' };
  }
  const ret = mapType(entry.return.type, { at: 'return' }, use);
  return { params, returnType: ret.type, paramDoc: paramTags(notes), returnDoc: returnsTag(entry, ret.note) };
}

// The C prototype and the TypeScript signature of an entry, from the model's parameters and the
// representation contract (out parameters of pointer typedefs are one-element arrays).
import { POINTER_TYPEDEFS } from '../../generator/model/base-types.js';
import type { Entry, Parameter } from '../../generator/model/schema.js';

const SAL: Record<Parameter['direction'], string> = { in: 'in', out: 'out', 'in-out': 'in, out' };

export function cSyntax(entry: Entry): string {
  const ret = entry.return?.type.c ?? 'void';
  const conv = entry.callingConvention ? `${entry.callingConvention} ` : '';
  if (entry.parameters.length === 0) return `${ret} ${conv}${entry.name}(void);`;
  const params = entry.parameters.map((p) => `  [${SAL[p.direction]}${p.optional ? ', optional' : ''}] ${p.type.c} ${p.name}`);
  return `${ret} ${conv}${entry.name}(\n${params.join(',\n')}\n);`;
}

function tsType(p: Parameter): string {
  const c = p.type.c.replace(/^const\s+/, '');
  const pointee = POINTER_TYPEDEFS[c] ?? (c.endsWith('*') ? c.replace(/\s*\*$/, '') : undefined);
  const base = p.direction !== 'in' && pointee !== undefined ? `[${pointee}]` : c;
  return p.optional ? `${base} | null` : base;
}

export function tsSignature(entry: Entry): string {
  const ret = entry.return?.type.c;
  const returns = ret === undefined || ret === 'VOID' || ret === 'void' ? 'void' : ret;
  const params = entry.parameters.map((p) => `${p.name}: ${tsType(p)}`);
  const list = params.join(', ');
  const oneLine = `${entry.name}(${list}): ${returns};`;
  return oneLine.length <= 90 ? oneLine : `${entry.name}(\n  ${params.join(',\n  ')},\n): ${returns};`;
}

// How the "Try it" form asks for each argument, from the mock's signature and the representation
// contract: numbers (decimal or 0x hex), strings (or NULL), out parameters and structs as JSON.
import { baseType, POINTER_TYPEDEFS } from '../../../generator/model/base-types.js';

export type ParamKind = 'number' | 'string' | 'out' | 'json';

export function paramKind(type: string, expect: string): ParamKind {
  if (type.endsWith('*') || POINTER_TYPEDEFS[type] !== undefined) return 'out';
  if (expect.includes('plain object')) return 'json';
  if (baseType(type)?.shape === 'string') return 'string';
  return 'number';
}

export const DEFAULT_VALUE: Record<ParamKind, string> = { number: '0', string: '', out: '[0]', json: 'null' };

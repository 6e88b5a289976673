// Struct members as the emitter nests them: anonymous unions as object types under their header
// name, and a nested structure declared as an array (`struct { ... } BootSectors[2];`) as an array.
import { describe, expect, it } from 'vitest';
import { emit } from '../../generator/emit/emit.js';
import { ApiModel, type Field } from '../../generator/model/schema.js';
import { BANNER, entry } from './fixture-model.js';

const field = (path: string[], c: string): Field => ({ name: path[path.length - 1]!, path, type: { c, source: 'c-declaration' }, description: '' });

function interfaceText(fields: Field[]): string {
  const model = ApiModel.parse({
    version: 1, sources: [], dlls: {},
    entries: [entry('ntifs._BOOT_AREA_INFO', 'struct', { aliases: ['BOOT_AREA_INFO'], fields })],
  });
  const text = emit(model, [], { banner: BANNER }).files.get('ntifs.ts')!;
  // Member lines only, comments left out.
  return text.slice(text.indexOf('export interface')).split('\n').filter((l) => !/^\s*(\/\*\*|\*)/.test(l)).join('\n');
}

describe('emit: struct members', () => {
  it('makes a nested structure declared with an extent an array of its object type', () => {
    const text = interfaceText([field(['BootSectorCount'], 'ULONG'), field(['BootSectors'], 'struct[2]'), field(['BootSectors', 'Offset'], 'LARGE_INTEGER')]);
    expect(text).toContain('BootSectors: {\n        Offset: LARGE_INTEGER;\n    }[];');
  });

  it('keeps a nested union or structure without an extent a single object', () => {
    const text = interfaceText([field(['DUMMYUNIONNAME', 'Flags'], 'ULONG'), field(['DUMMYUNIONNAME', 'ReplaceIfExists'], 'BOOLEAN')]);
    expect(text).toContain('DUMMYUNIONNAME: {\n        Flags: ULONG;\n        ReplaceIfExists: BOOLEAN;\n    };');
  });
});

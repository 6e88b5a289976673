// C types of the model → koffi types, by the representation table and the model's own types.
import koffi from 'koffi';
import { describe, expect, it } from 'vitest';
import type { ApiModel, Entry, TypeRef } from '../../generator/model/schema.js';
import { TypeMapper, type TypeUse } from '../../ffi/type-map.js';
import { fixtureModel } from './support/double.js';

const site = { owner: 'Test.Fn', part: 'parameter p' };
const ref = (c: string): TypeRef => ({ c, source: 'c-declaration' });
const IN: TypeUse = { at: 'param', direction: 'in' };
const FIELD: TypeUse = { at: 'field' };

/** The fixture with a few more types: a struct with arrays and pointers, an enum and a callback. */
function model(): ApiModel {
  const m = fixtureModel();
  const template = m.entries.find((e) => e.kind === 'struct')!;
  const field = (name: string, c: string) => ({ name, path: [name], type: ref(c), description: '' });
  const extra = (entry: Partial<Entry> & Pick<Entry, 'name' | 'kind'>): Entry =>
    ({ ...structuredClone(template), aliases: [], fields: [], ...entry, id: `test.${entry.name}` });
  m.entries.push(
    extra({ name: '_WIDGET', kind: 'struct', aliases: ['WIDGET', 'PWIDGET'], fields: [
      field('Count', 'ULONG'), field('Name', 'WCHAR[8]'), field('Next', 'struct _WIDGET *'), field('Handles', 'HANDLE[2]'), field('Title', 'PCWSTR'),
    ] }),
    extra({ name: 'WIDGET_KIND', kind: 'enum' }),
    extra({ name: 'PWIDGET_CALLBACK', kind: 'callback', return: { type: ref('NTSTATUS'), description: '', codes: [] },
      parameters: [{ name: 'Widget', direction: 'in', optional: false, type: ref('PWIDGET'), description: '' }] }),
  );
  return m;
}

const mapper = new TypeMapper(model());
const info = (c: string, use: TypeUse = IN) => koffi.type(mapper.map(ref(c), use, site));

describe('base types by the representation table', () => {
  it.each([
    ['HANDLE', 'intptr_t'], ['NTSTATUS', 'uint32_t'], ['BOOL', 'int32_t'], ['DWORD', 'uint32_t'], ['ULONG', 'uint32_t'],
    ['LPCWSTR', 'char16_t *'], ['const WCHAR *', 'char16_t *'], ['PCSTR', 'char *'], ['PVOID', 'intptr_t'], ['void *', 'intptr_t'],
    ['BOOLEAN', 'uint8_t'], ['SIZE_T', 'size_t'], ['unsigned long', 'uint32_t'],
  ])('%s is %s', (c, name) => {
    expect(info(c).name).toBe(name);
  });

  it('void is the return type of a function returning nothing, and no parameter type', () => {
    expect(koffi.type(mapper.map(ref('void'), { at: 'return' }, site)).name).toBe('void');
    expect(() => mapper.map(ref('VOID'), IN, site)).toThrow('cannot bind Test.Fn, parameter p: a value of type VOID');
  });

  it('an in pointer to a scalar is a pointer to the base type; outside parameters a pointer is an address', () => {
    expect(info('const DWORD *').name).toBe('uint32_t *');
    expect(info('PHANDLE').name).toBe('intptr_t *');
    expect(info('PHANDLE', { at: 'return' }).name).toBe('intptr_t');
    expect(info('PVOID *').name).toBe('intptr_t *');
  });
});

describe('types of the model', () => {
  it('a struct is laid out from its fields as C lays it out (SECURITY_ATTRIBUTES on x64)', () => {
    const sa = mapper.map(ref('SECURITY_ATTRIBUTES'), FIELD, site);
    expect(koffi.sizeof(sa)).toBe(24);
    expect([koffi.offsetof(sa, 'nLength'), koffi.offsetof(sa, 'lpSecurityDescriptor'), koffi.offsetof(sa, 'bInheritHandle')]).toEqual([0, 8, 16]);
    expect(info('LPSECURITY_ATTRIBUTES').ref?.size).toBe(24);
  });

  it('struct members: character arrays are strings, other arrays typed, pointers addresses', () => {
    const members = info('WIDGET', FIELD).members!;
    expect(members['Count']!.type.name).toBe('uint32_t');
    expect(members['Name']!.type).toMatchObject({ primitive: 'Array', length: 8, hint: 'String' });
    expect(members['Next']!.type.name).toBe('intptr_t');
    expect(members['Handles']!.type).toMatchObject({ primitive: 'Array', length: 2 });
    expect(members['Title']!.type.name).toBe('char16_t *');
    expect(koffi.sizeof(mapper.map(ref('WIDGET'), FIELD, site))).toBe(4 + 16 + 4 + 8 + 16 + 8);
  });

  it('the same struct is made once per model', () => {
    expect(mapper.map(ref('PWIDGET'), FIELD, site)).toBe(mapper.map(ref('PWIDGET'), FIELD, site));
    expect(info('WIDGET', FIELD)).toBe(info('struct _WIDGET', FIELD));
  });

  it('an enum is int-sized; a callback is a pointer to a prototype, a pointer to it the same', () => {
    expect(info('WIDGET_KIND').name).toBe('int32_t');
    expect(info('PWIDGET_CALLBACK').primitive).toBe('Callback');
    expect(info('PWIDGET_CALLBACK *').primitive).toBe('Callback');
  });

  it('an array whose extent is not a number cannot be laid out', () => {
    expect(() => mapper.map(ref('WCHAR[ANYSIZE_ARRAY]'), FIELD, { owner: 'WIDGET', part: 'field Tail' })).toThrow(
      'cannot bind WIDGET, field Tail: the array extent [ANYSIZE_ARRAY] of WCHAR[ANYSIZE_ARRAY] is not a number');
  });

  it('members inside anonymous unions are named as not bound yet', () => {
    const m = model();
    const widget = m.entries.find((e) => e.name === '_WIDGET')!;
    widget.fields.push({ name: 'Flag', path: ['DUMMYUNIONNAME', 'Flag'], type: ref('BOOLEAN'), description: '' });
    expect(() => new TypeMapper(m).map(ref('WIDGET'), FIELD, site)).toThrow('cannot bind _WIDGET, field DUMMYUNIONNAME.Flag: members of anonymous unions');
  });
});

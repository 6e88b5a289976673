// Struct members take their types from a C declaration (by path through unions, else by name),
// members the page leaves out are added from it, and enum members take their values.
import { beforeAll, describe, expect, it } from 'vitest';
import { generate, type GenerateResult } from '../../generator/generate.js';
import { ApiModel, type Entry } from '../../generator/model/schema.js';

const DIR = 'test/generator/fixtures/struct-members';
let result: GenerateResult;
let model: ApiModel;
const entry = (id: string): Entry => model.entries.find((e) => e.id === id)!;

beforeAll(async () => {
  result = await generate({ docs: [`${DIR}/ns-demo-_demo_info.md`, `${DIR}/ns-demo-_demo_mode.md`], headers: [`${DIR}/demo.h`], write: false, progress: 'silent' });
  model = ApiModel.parse(JSON.parse(result.files.get('api-model.json')!));
});

describe('struct members and enum values', () => {
  it('type documented members from the declaration, by union path or by name', () => {
    const info = entry('demo._DEMO_INFO');
    const byPath = Object.fromEntries(info.fields.map((f) => [f.path.join('.'), f.type]));
    expect(byPath['DUMMYUNIONNAME.Status']).toEqual({ c: 'NTSTATUS', source: 'c-declaration' });
    // The page wrote `Pointer`; the header says it is in DUMMYUNIONNAME.
    expect(byPath['DUMMYUNIONNAME.Pointer']).toEqual({ c: 'PVOID', source: 'c-declaration' });
    expect(info.provenance['fields.DUMMYUNIONNAME.Status.type']).toMatchObject({ file: `${DIR}/demo.h`, via: 'c-declaration' });
    expect(result.problems.find((p) => p.rule === 'resolve/member-moved')?.message).toMatch(/lists Pointer at the top level; the declaration .* places it at DUMMYUNIONNAME\.Pointer/);
  });

  it('add declared members the page leaves out, and report them', () => {
    const info = entry('demo._DEMO_INFO');
    expect(info.fields.find((f) => f.name === 'Information')).toMatchObject({ type: { c: 'ULONG_PTR' }, description: '' });
    expect(result.problems.find((p) => p.rule === 'resolve/undocumented-members')?.message).toMatch(/DEMO_INFO: .*Information/);
  });

  it('infer what no declaration gives, or leave it unresolved', () => {
    const info = entry('demo._DEMO_INFO');
    expect(info.fields.find((f) => f.name === 'Owner')!.type).toEqual({ c: 'HANDLE', source: 'prose-inference' });
    expect(info.fields.find((f) => f.name === 'Comment')!.type.source).toBe('unresolved');
  });

  it('give enum members the values the declaration has', () => {
    const values = Object.fromEntries(entry('demo._DEMO_MODE').members.map((m) => [m.name, m.value]));
    expect(values).toEqual({ DemoFirst: 3, DemoSecond: 4 });
  });

  it('emit the members with their types', () => {
    const demo = result.files.get('demo.ts')!;
    expect(demo).toMatch(/Status: NTSTATUS;/);
    expect(demo).toMatch(/Information: ULONG_PTR;/);
    expect(demo).toMatch(/DemoSecond = 4|DemoSecond: 4/);
  });
});

describe('types only a C header declares', () => {
  it('become entries when a documented entry uses them, following their members, with no documentation URL', async () => {
    const dir = 'test/generator/fixtures/declared-types';
    const r = await generate({ docs: [`${dir}/nf-demo-demoquery.md`], headers: [`${dir}/demo.h`], write: false, progress: 'silent' });
    const m = ApiModel.parse(JSON.parse(r.files.get('api-model.json')!));
    const byId = new Map(m.entries.map((e) => [e.id, e]));
    expect([...byId.keys()].sort()).toEqual(['demo.DemoQuery', 'demo._DEMO_INNER', 'demo._DEMO_OUTER']);
    const outer = byId.get('demo._DEMO_OUTER')!;
    expect(outer).toMatchObject({ kind: 'struct', sources: [`${dir}/demo.h`], description: expect.stringMatching(/no page of the documentation describes it/) });
    expect(outer.docUrl).toBeUndefined();
    expect(outer.fields.map((f) => `${f.name}: ${f.type.c}`)).toEqual(['Inner: PDEMO_INNER', 'Length: ULONG']);
    expect(m.sources.find((s) => s.file.endsWith('demo.h'))).toEqual({ file: `${dir}/demo.h`, format: 'c-header' });
    const coverage = JSON.parse(r.files.get('coverage.json')!) as { total: { documented: number; declared: number } };
    expect(coverage.total).toMatchObject({ documented: 1, declared: 3 });
    expect(r.files.get('demo.ts')).toMatch(/export interface DEMO_OUTER \{/);
  });
});

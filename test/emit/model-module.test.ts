// model.ts imports the model's types from the repository's schema by default (types/ inside the
// package); an output folder elsewhere takes them from the installed package instead.
import { describe, expect, it } from 'vitest';
import { emit } from '../../generator/emit/emit.js';
import { BANNER, FIXTURE_CODES, seedsLikeModel } from './fixture-model.js';

const importLines = (text: string): string[] => text.split('\n').filter((l) => /^(import|export) .* from /.test(l));

describe('emit: the model module', () => {
  it('imports the schema of the repository by default', () => {
    const text = emit(seedsLikeModel(), FIXTURE_CODES, { banner: BANNER }).files.get('model.ts')!;
    expect(importLines(text)).toEqual([
      "import data from './api-model.json' with { type: 'json' };",
      "import type { ApiModel } from '../generator/model/schema.js';",
      "export type { ApiModel, Entry, StatusCode } from '../generator/model/schema.js';",
    ]);
  });

  it('imports from the module it is told to, for an output folder outside the package', () => {
    const text = emit(seedsLikeModel(), FIXTURE_CODES, { banner: BANNER, modelTypesFrom: 'winhandle/model' }).files.get('model.ts')!;
    expect(importLines(text).slice(1)).toEqual([
      "import type { ApiModel } from 'winhandle/model';",
      "export type { ApiModel, Entry, StatusCode } from 'winhandle/model';",
    ]);
  });
});

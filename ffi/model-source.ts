// The API model the bindings are built from: the generated types/api-model.json by default, or
// a model the caller passes. Either is checked against the schema once.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApiModel } from '../generator/model/schema.js';
import { FfiError } from './errors.js';

const GENERATED = new URL('../types/api-model.json', import.meta.url);

const checked = new WeakSet<ApiModel>();
let generated: ApiModel | undefined;

/** The generated model (read on first use). */
export function generatedModel(): ApiModel {
  if (generated) return generated;
  const file = fileURLToPath(GENERATED);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new FfiError(`the API model ${file} is missing: run \`winhandle generate\` first, or pass { model } to the loader`);
  }
  generated = checkedModel(JSON.parse(text) as unknown, file);
  return generated;
}

/** A model that has the schema's shape; a wrong one throws naming the first problem. */
export function checkedModel(model: unknown, where = 'the model passed to the loader'): ApiModel {
  if (typeof model === 'object' && model !== null && checked.has(model as ApiModel)) return model as ApiModel;
  const result = ApiModel.safeParse(model);
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    throw new FfiError(`${where} is not an API model: ${path === '' ? '' : `${path}: `}${issue?.message ?? 'invalid'}`);
  }
  // Keep the caller's object (not zod's copy), so later calls with it are recognised.
  checked.add(model as ApiModel);
  return model as ApiModel;
}

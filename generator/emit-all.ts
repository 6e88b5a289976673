// The emit stage's whole output: TypeScript modules plus the model and its report as JSON.
import type { GenerateContext } from './context.js';
import { emit } from './emit/emit.js';
import { ApiModel, type Conflict, type Problem, type StatusCode } from './model/schema.js';
import type { Coverage } from './resolve/coverage.js';
import type { ResolvedModel } from './resolve/resolve.js';

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export function emitAll(resolved: ResolvedModel, conflicts: readonly Conflict[], problems: Problem[],
  codes: readonly StatusCode[], coverage: Coverage, ctx: GenerateContext): Map<string, string> {
  // The schema is the contract of api-model.json: never write a model that breaks it.
  const model = ApiModel.parse(resolved.model);
  const emitted = emit(model, [...codes], { banner: ctx.banner, ...(ctx.modelTypesFrom ? { modelTypesFrom: ctx.modelTypesFrom } : {}) });
  problems.push(...emitted.problems);
  const files = new Map(emitted.files);
  files.set('api-model.json', json(model));
  files.set('coverage.json', json(coverage));
  files.set('model-report.json', json({
    conflicts,
    problems: problems.filter((p) => !p.fatal),
    types: { compared: resolved.typeStats.compared, agreed: resolved.typeStats.agreed, disagreements: resolved.typeStats.disagreements },
  }));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

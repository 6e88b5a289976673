// What the site is built from: the API model (validated), the status-code table, the mock's rule
// catalogue and which functions the mock implements (with their signatures, for "Try it").
import { readFile } from 'node:fs/promises';
import { ApiModel, type StatusCode } from '../../generator/model/schema.js';
import { readStatusTable } from '../../generator/model/status-table.js';
import { DLL_NAMES, DLLS, type DllName } from '../../mocks/dlls/index.js';
import type { Signature } from '../../mocks/core/signatures.js';
import { createWindowsMock, RULES, type Rule } from '../../mocks/index.js';

export interface MockedFunction {
  dll: DllName;
  name: string;
  signature: Signature;
}

export interface SiteInputs {
  model: ApiModel;
  modelFile: string;
  statusCodes: readonly StatusCode[];
  /** Where the status table came from (its `source` line). */
  statusSource: string;
  rules: readonly Rule[];
  mocked: readonly MockedFunction[];
}

export async function loadModel(file: string): Promise<ApiModel> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`[winhandle] docs: cannot read the API model ${file} (${(error as Error).message}) — run \`npm run generate\` first or pass --model`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`[winhandle] docs: ${file} is not JSON (${(error as Error).message}) — regenerate it with \`npm run generate\``);
  }
  const parsed = ApiModel.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`[winhandle] docs: ${file} is not a valid API model at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'} — regenerate it with \`npm run generate\``);
  }
  return parsed.data;
}

/** Functions with a built-in in the mock (an own function of a fresh world's DLL object). */
export function mockedFunctions(): MockedFunction[] {
  const win = createWindowsMock({ captureStacks: false });
  const out: MockedFunction[] = [];
  for (const dll of DLL_NAMES) {
    const surface = win[dll] as unknown as Record<string, unknown>;
    const signatures = DLLS[dll].signatures as Readonly<Record<string, Signature>>;
    for (const name of Object.keys(surface)) {
      const signature = signatures[name];
      if (typeof surface[name] === 'function' && signature !== undefined) out.push({ dll, name, signature });
    }
  }
  return out;
}

export async function loadInputs(modelFile: string, statusTableFile: string): Promise<SiteInputs> {
  const model = await loadModel(modelFile);
  const { table, problems } = await readStatusTable(statusTableFile);
  if (table === undefined) {
    const p = problems[0];
    throw new Error(`[winhandle] docs: status table ${statusTableFile}: ${p?.message ?? 'unreadable'} — run scripts/extract-status-table.ts or pass statusTableFile`);
  }
  return { model, modelFile, statusCodes: table.codes, statusSource: table.source, rules: RULES, mocked: mockedFunctions() };
}

// Shared by the emit tests: emitted files on disk in a temporary project, type-checked with the
// repository's tsc or transpiled to JavaScript and imported.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ts } from 'ts-morph';

export const REPO = path.resolve(import.meta.dirname, '../..');

export function writeTree(dir: string, files: ReadonlyMap<string, string> | Record<string, string>): void {
  const entries = files instanceof Map ? [...files] : Object.entries(files);
  for (const [file, text] of entries) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
}

/**
 * A temporary ESM project: `types/` holds the emitted files, the schema the model module imports
 * is copied next to it and node_modules links to the repository's.
 */
export function tempProject(types: ReadonlyMap<string, string>, extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'winhandle-emit-'));
  writeTree(path.join(dir, 'types'), types);
  writeTree(dir, extra);
  mkdirSync(path.join(dir, 'generator/model'), { recursive: true });
  cpSync(path.join(REPO, 'generator/model/schema.ts'), path.join(dir, 'generator/model/schema.ts'));
  symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(path.join(dir, 'tsconfig.json'), `${JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['ES2023'], strict: true,
      noUncheckedIndexedAccess: true, verbatimModuleSyntax: true, isolatedModules: true, resolveJsonModule: true,
      noEmit: true, skipLibCheck: true, types: [],
      // An output folder outside the package imports the model's types from winhandle/model.
      paths: { 'winhandle/model': [path.join(REPO, 'types/model.ts')] },
    },
    include: ['**/*.ts'],
    exclude: ['node_modules'],
  }, null, 2)}\n`);
  return dir;
}

/** `tsc --strict --noEmit -p dir`: exit code and the diagnostics it printed. */
export async function typeCheck(dir: string): Promise<{ code: number; output: string }> {
  const tsc = path.join(REPO, 'node_modules/.bin/tsc');
  try {
    const { stdout } = await promisify(execFile)(tsc, ['--strict', '--noEmit', '-p', dir], { cwd: dir });
    return { code: 0, output: stdout };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

/** The emitted modules as JavaScript (ts.transpileModule) under `dir`; JSON files are copied. */
export function transpileTree(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [file, text] of files) {
    const target = path.join(dir, file.replace(/\.ts$/, '.js'));
    mkdirSync(path.dirname(target), { recursive: true });
    const js = file.endsWith('.ts')
      ? ts.transpileModule(text, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true } }).outputText
      : text;
    writeFileSync(target, js);
  }
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
}

export const readText = (file: string): string => readFileSync(file, 'utf8');

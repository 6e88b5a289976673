// The TypeScript API reference: typedoc (programmatic API) over the generated types/, into api/.
// Without generated types there is a placeholder page saying how to get them.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Application, TSConfigReader } from 'typedoc';
import { html } from './html.js';
import { layout } from './layout.js';
import { PATHS } from './paths.js';

export interface ApiReference {
  built: boolean;
  entryPoints: number;
  message: string;
}

async function entryPoints(typesDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(typesDir);
  } catch {
    return [];
  }
  if (names.includes('index.ts')) return [resolve(typesDir, 'index.ts')];
  return names.filter((n) => n.endsWith('.ts') && !n.endsWith('.d.ts')).sort().map((n) => resolve(typesDir, n));
}

async function placeholder(outDir: string, reason: string): Promise<void> {
  await mkdir(join(outDir, 'api'), { recursive: true });
  await writeFile(join(outDir, PATHS.api), layout({
    path: PATHS.api, title: 'TypeScript API',
    body: html`<h1>TypeScript API</h1><p>${reason}</p><p>Run <code>npm run generate</code>, then <code>npm run docs</code> again.</p>`,
  }));
}

export async function buildApiReference(typesDir: string, outDir: string): Promise<ApiReference> {
  const entries = await entryPoints(typesDir);
  if (entries.length === 0) {
    const message = `no generated types in ${typesDir}; the API reference is a placeholder`;
    await placeholder(outDir, message);
    return { built: false, entryPoints: 0, message };
  }
  // Only the generated files, no @types: a small program, checked already by tsc elsewhere.
  const tsconfig = join(tmpdir(), `winhandle-typedoc-${process.pid}-${Date.now()}.json`);
  await writeFile(tsconfig, JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, skipLibCheck: true, resolveJsonModule: true, types: [], noEmit: true },
    files: entries,
  }));
  const app = await Application.bootstrapWithPlugins({
    entryPoints: entries, tsconfig, name: 'winhandle', readme: 'none', skipErrorChecking: true, disableSources: true,
    disableGit: true, logLevel: 'Error', excludeExternals: true, githubPages: false, hideGenerator: true,
    validation: { notExported: false, invalidLink: false, rewrittenLink: false, notDocumented: false, unusedMergeModuleWith: false },
  }, [new TSConfigReader()]);
  const project = await app.convert();
  if (project === undefined) {
    const message = `typedoc could not convert ${typesDir}; the API reference is a placeholder`;
    await placeholder(outDir, message);
    return { built: false, entryPoints: entries.length, message };
  }
  await app.generateDocs(project, join(outDir, 'api'));
  return { built: true, entryPoints: entries.length, message: `typedoc over ${entries.length} entry point(s)` };
}

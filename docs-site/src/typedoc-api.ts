// The TypeScript API reference: typedoc (programmatic API) over the generated types/, into api/.
// Without generated types there is a placeholder page saying how to get them.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Application, DeclarationReflection, PageEvent, ReflectionKind, RendererEvent, TSConfigReader, type ProjectReflection, type Reflection } from 'typedoc';
import { html } from './html.js';
import { layout } from './layout.js';
import { PATHS } from './paths.js';

export interface ApiReference {
  built: boolean;
  entryPoints: number;
  message: string;
  /** `module.Name` and bare `Name` (when unique) → root-relative page of the declaration. */
  urls: ReadonlyMap<string, string>;
}

/** Records the page typedoc writes for each declaration, keyed by module and name. */
function recordPages(app: Application, project: ProjectReflection): Map<string, string> {
  const urls = new Map<string, string>();
  const byName = new Map<string, string[]>();
  app.renderer.on(PageEvent.BEGIN, (page: PageEvent) => {
    const refl = page.model as Reflection;
    if (!(refl instanceof DeclarationReflection) || refl.kindOf(ReflectionKind.Module) || refl.parent === undefined) return;
    const url = `api/${page.url}`;
    if (refl.parent !== project && refl.parent.kindOf(ReflectionKind.Module)) urls.set(`${refl.parent.name}.${refl.name}`, url);
    byName.set(refl.name, [...(byName.get(refl.name) ?? []), url]);
  });
  app.renderer.on(RendererEvent.END, () => {
    for (const [name, list] of byName) if (list.length === 1 && !urls.has(name)) urls.set(name, list[0]!);
  });
  return urls;
}

/** Every module of types/: the per-header modules, the root index and the status and DLL indexes. */
async function entryPoints(typesDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(typesDir, { recursive: true });
  } catch {
    return [];
  }
  const wanted = (n: string): boolean => {
    const path = n.split('\\').join('/');
    if (!path.endsWith('.ts') || path.endsWith('.d.ts')) return false;
    return !path.includes('/') || /^(status|dlls)\/index\.ts$/.test(path);
  };
  return names.filter(wanted).sort().map((n) => resolve(typesDir, n));
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
    return { built: false, entryPoints: 0, message, urls: new Map() };
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
    return { built: false, entryPoints: entries.length, message, urls: new Map() };
  }
  const urls = recordPages(app, project);
  await app.generateDocs(project, join(outDir, 'api'));
  return { built: true, entryPoints: entries.length, message: `typedoc over ${entries.length} module(s), ${urls.size} declarations linked`, urls };
}

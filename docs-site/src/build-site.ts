// `winhandle docs`: the docs site from the API model, into outDir (default docs-site/dist/).
// A straight chain: load → typedoc → pages (linking typedoc's) → scripts → swap into place. The site
// is built in a staging folder next to outDir and renamed over it, so a failed build leaves the
// previous site untouched.
import { cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleScripts } from './bundle-scripts.js';
import { layout, type PageSpec } from './layout.js';
import { loadInputs } from './load-inputs.js';
import { functionPage } from './pages/function-page.js';
import { mockOnlyPage } from './pages/mock-only-page.js';
import { functionIndexPage, homePage, searchPage } from './pages/home-page.js';
import { rulePage } from './pages/rule-page.js';
import { statusPage } from './pages/status-page.js';
import { statusGroupPage, statusIndexPage } from './pages/status-index-page.js';
import { PATHS } from './paths.js';
import { searchIndex } from './search-index.js';
import { siteData } from './site-data.js';
import { statusGroups } from './status-groups.js';
import { buildApiReference } from './typedoc-api.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export type BuildStage = 'load' | 'pages' | 'scripts' | 'typedoc' | 'write';

export interface BuildProgress {
  stage: BuildStage;
  /** Items done in this stage, of total (pages written, for example). */
  done: number;
  total: number;
  message?: string;
}

export interface BuildSiteOptions {
  modelFile?: string;
  outDir?: string;
  /** Status-code table (default seeds/status-codes.json). */
  statusTableFile?: string;
  /** Generated types for the typedoc reference (default types/). */
  typesDir?: string;
  onProgress?: (progress: BuildProgress) => void;
}

export interface BuildSummary {
  outDir: string;
  pages: number;
  functionPages: number;
  statusPages: number;
  /** Milliseconds per stage. */
  timings: Record<BuildStage, number>;
  api: { built: boolean; message: string };
  scriptBytes: Record<string, number>;
}

async function writePages(dir: string, pages: readonly PageSpec[], progress: (done: number) => void): Promise<void> {
  const dirs = new Set(pages.map((p) => dirname(join(dir, p.path))));
  for (const d of dirs) await mkdir(d, { recursive: true });
  let done = 0;
  for (const page of pages) {
    await writeFile(join(dir, page.path), layout(page));
    if (++done % 100 === 0 || done === pages.length) progress(done);
  }
}

export async function buildSite(options: BuildSiteOptions = {}): Promise<BuildSummary> {
  const modelFile = resolve(options.modelFile ?? join(repoRoot, 'types/api-model.json'));
  const outDir = resolve(options.outDir ?? join(repoRoot, 'docs-site/dist'));
  const report = options.onProgress ?? (() => {});
  const timings = { load: 0, pages: 0, scripts: 0, typedoc: 0, write: 0 } satisfies Record<BuildStage, number>;
  const timed = async <T>(stage: BuildStage, run: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    try {
      return await run();
    } finally {
      timings[stage] = Math.round(performance.now() - start);
    }
  };

  report({ stage: 'load', done: 0, total: 1, message: modelFile });
  const data = await timed('load', async () => siteData(await loadInputs(modelFile, resolve(options.statusTableFile ?? join(repoRoot, 'seeds/status-codes.json')))));
  report({ stage: 'load', done: 1, total: 1, message: `${data.entries.length} entries, ${data.statusCodes.length} codes, ${data.rules.length} rules` });

  const staging = `${outDir}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    report({ stage: 'typedoc', done: 0, total: 1, message: 'typedoc over the generated types (the slow part)' });
    const api = await timed('typedoc', () => buildApiReference(resolve(options.typesDir ?? join(repoRoot, 'types')), staging));
    report({ stage: 'typedoc', done: 1, total: 1, message: api.message });
    const site = { ...data, apiUrls: api.urls };
    report({ stage: 'pages', done: 0, total: 0, message: 'function, status and rule pages' });
    const pages = await timed('pages', async () => {
      const groups = statusGroups(data.statusCodes);
      const documented = [...data.documentedBy.keys()].map((n) => data.statusByName.get(n)).filter((c) => c !== undefined);
      const all: PageSpec[] = [
        homePage(site), functionIndexPage(site), searchPage(), rulePage(site), statusIndexPage(groups, site),
        ...data.entries.map((e) => functionPage(e, site)),
        ...data.mockOnly.map((m) => mockOnlyPage(m, site)),
        ...documented.map((c) => statusPage(c, site)),
        ...groups.map((g) => statusGroupPage(g, site)),
      ];
      await writePages(staging, all, (done) => report({ stage: 'pages', done, total: all.length }));
      await writeFile(join(staging, PATHS.searchIndex), JSON.stringify(searchIndex(site)));
      await cp(join(repoRoot, 'docs-site/assets'), join(staging, 'assets'), { recursive: true });
      return { total: all.length, functions: data.entries.length, status: documented.length };
    });
    report({ stage: 'scripts', done: 0, total: 1, message: 'bundling the mock and msw with esbuild' });
    const scripts = await timed('scripts', () => bundleScripts(staging));
    report({ stage: 'scripts', done: 1, total: 1 });
    await timed('write', async () => {
      await rm(outDir, { recursive: true, force: true });
      await rename(staging, outDir);
    });
    report({ stage: 'write', done: 1, total: 1, message: outDir });
    return {
      outDir, pages: pages.total, functionPages: pages.functions, statusPages: pages.status, timings,
      api: { built: api.built, message: api.message }, scriptBytes: scripts.bytes,
    };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}

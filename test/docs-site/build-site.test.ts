// buildSite without a browser: what it writes, that every status code of the table has an address,
// progress for every stage, and that a failed build leaves the previous site untouched.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildProgress, type BuildSummary } from '../../docs-site/src/build-site.js';
import { mockedFunctions } from '../../docs-site/src/load-inputs.js';
import { entryPath, PATHS } from '../../docs-site/src/paths.js';
import type { SearchIndex } from '../../docs-site/src/search-index.js';
import type { ApiModel } from '../../generator/model/schema.js';
import { FIXTURES, REPO } from './support.js';

const MODEL = join(FIXTURES, 'model/api-model.json');
let temp = '';
let out = '';
let summary: BuildSummary;
const progress: BuildProgress[] = [];

beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), 'winhandle-build-'));
  out = join(temp, 'dist');
  summary = await buildSite({ modelFile: MODEL, outDir: out, typesDir: join(FIXTURES, 'types'), onProgress: (p) => progress.push(p) });
});

afterAll(async () => {
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('buildSite', () => {
  it('writes pages, search index, scripts, the msw worker and the typedoc reference', async () => {
    const model = JSON.parse(await readFile(MODEL, 'utf8')) as ApiModel;
    expect(summary.functionPages).toBe(model.entries.length);
    for (const e of model.entries) expect(existsSync(join(out, entryPath(e.id))), e.id).toBe(true);
    for (const f of [PATHS.home, PATHS.rules, PATHS.statusIndex, PATHS.search, PATHS.css, PATHS.searchScript, PATHS.tryItScript, PATHS.worker]) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    expect(summary.api.built).toBe(true);
    await expect(readFile(join(out, 'api/index.html'), 'utf8')).resolves.toContain('winhandle');
    const worker = await readFile(join(out, PATHS.worker), 'utf8');
    expect(worker).toContain('Mock Service Worker');
    expect(Object.keys(summary.timings).sort()).toEqual(['load', 'pages', 'scripts', 'typedoc', 'write']);
    expect(new Set(progress.map((p) => p.stage))).toEqual(new Set(['load', 'pages', 'scripts', 'typedoc', 'write']));
    expect(await readdir(temp)).toEqual(['dist']);
  });

  it('loads the Try it script only on pages of mocked functions', async () => {
    const closeHandle = await readFile(join(out, entryPath('handleapi.CloseHandle')), 'utf8');
    expect(closeHandle).toContain('assets/try-it.js');
    expect(closeHandle).toContain('data-fn="CloseHandle"');
    const home = await readFile(join(out, PATHS.home), 'utf8');
    expect(home).not.toContain('try-it.js');
  });

  it('links a function page to its declaration in the typedoc reference', async () => {
    const closeHandle = await readFile(join(out, entryPath('handleapi.CloseHandle')), 'utf8');
    const href = /class="api-link">TypeScript declaration: <a href="\.\.\/(api\/[^"]+)"/.exec(closeHandle)?.[1];
    expect(href).toBeDefined();
    await expect(readFile(join(out, href!), 'utf8')).resolves.toContain('CloseHandle');
  });

  it('gives every function the mock implements a Try it panel, on its entry page or a page of its own', async () => {
    const pages = (await readdir(join(out, 'functions'))).filter((f) => f.endsWith('.html'));
    const panels = new Set<string>();
    for (const f of pages) {
      const markup = await readFile(join(out, 'functions', f), 'utf8');
      for (const m of markup.matchAll(/data-try-it data-dll="(\w+)" data-fn="(\w+)"/g)) panels.add(m[2]!);
    }
    const mocked = mockedFunctions().map((m) => m.name);
    expect(mocked).toContain('FindNextFileW');
    expect(mocked.filter((name) => !panels.has(name))).toEqual([]);
  });

  it('gives every code of the status table an address: its own page or a row on a group page', async () => {
    const table = JSON.parse(await readFile(join(REPO, 'seeds/status-codes.json'), 'utf8')) as { codes: { name: string; value: number }[] };
    const index = JSON.parse(await readFile(join(out, PATHS.searchIndex), 'utf8')) as SearchIndex;
    expect(index.codes).toHaveLength(table.codes.length);
    const groupPages = (await readdir(join(out, 'status'))).filter((f) => /^(ntstatus-facility|win32)-/.test(f));
    let rows = '';
    for (const f of groupPages) rows += await readFile(join(out, 'status', f), 'utf8');
    const missing = table.codes.filter((c) => !rows.includes(`<tr id="${c.name}">`));
    expect(missing).toEqual([]);
    expect(existsSync(join(out, 'status/STATUS_INVALID_HANDLE.html'))).toBe(true);
    expect(existsSync(join(out, 'status/STATUS_DEVICE_NOT_READY.html'))).toBe(false);
  });

  it('fails with a message naming the model file and leaves the previous site untouched', async () => {
    const bad = join(temp, 'bad-model.json');
    await writeFile(bad, JSON.stringify({ version: 1, sources: [], entries: [{ id: 'x' }], dlls: {} }));
    await expect(buildSite({ modelFile: bad, outDir: out, typesDir: join(FIXTURES, 'types') }))
      .rejects.toThrow(/^\[winhandle\] docs: .*bad-model\.json is not a valid API model at entries\.0\.\w+: .* — regenerate it/);
    await expect(buildSite({ modelFile: join(temp, 'none.json'), outDir: out })).rejects.toThrow(/cannot read the API model .*none\.json.*npm run generate/);
    expect(existsSync(join(out, entryPath('handleapi.CloseHandle')))).toBe(true);
    expect((await readdir(temp)).sort()).toEqual(['bad-model.json', 'dist']);
  });
});

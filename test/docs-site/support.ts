// Shared set-up of the docs-site tests: build a site once per test file into a temp folder,
// serve it on a random localhost port, and drive headless Chromium against it.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { ApiModel, Entry } from '../../generator/model/schema.js';
import { buildSite, type BuildSummary } from '../../docs-site/src/build-site.js';
import { entryPath } from '../../docs-site/src/paths.js';
import { serveSite, type SiteServer } from '../../docs-site/src/serve-site.js';

export const REPO = resolve(import.meta.dirname, '../..');
export const FIXTURES = join(REPO, 'test/docs-site/fixtures');
/** The generated model of the seeds: the pages the tests read are the real ones. */
export const MODEL_FILE = join(REPO, 'types/api-model.json');
const TYPES_DIR = join(REPO, 'types');
export const SCREENSHOTS = join(REPO, 'screenshots');

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface BuiltSite {
  dir: string;
  url: string;
  summary: BuildSummary;
  model: ApiModel;
  server: SiteServer;
}

/** Builds (beforeAll) and removes (afterAll) one site; read `site.current` inside tests. */
export function useSite(modelFile = MODEL_FILE): { current: BuiltSite } {
  const holder = {} as { current: BuiltSite };
  let temp = '';
  beforeAll(async () => {
    if (!existsSync(modelFile)) throw new Error(`[winhandle] ${modelFile} is missing — run \`npm run generate\` first`);
    temp = await mkdtemp(join(tmpdir(), 'winhandle-site-'));
    const dir = join(temp, 'site');
    const summary = await buildSite({ modelFile, outDir: dir, typesDir: TYPES_DIR });
    const model = JSON.parse(await readFile(modelFile, 'utf8')) as ApiModel;
    const server = await serveSite(dir, 0);
    holder.current = { dir, url: server.url, summary, model, server };
  });
  afterAll(async () => {
    await holder.current?.server.close();
    if (temp) await rm(temp, { recursive: true, force: true });
  });
  return holder;
}

/** One Chromium per test file, and a fresh page (own storage) per call of page(). */
export function useBrowser(): { page(): Promise<Page> } {
  let browser: Browser | undefined;
  const pages: Page[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async page() {
      const context = await browser!.newContext({ viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      pages.push(page);
      return page;
    },
  };
}

/**
 * Opens a page and waits until it is settled: on a page with "Try it", msw reloads the page once
 * when its service worker is registered but not yet in control, so wait for the enabled button.
 */
export async function openSettled(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  if (await page.locator('[data-try-it]').count() > 0) {
    await page.locator('[data-try-it] button[type="submit"]:not([disabled])').waitFor();
  }
}

/** The site path of the entry named `name` (the first by header when several). */
export function pageOf(model: ApiModel, name: string, header?: string): { entry: Entry; path: string } {
  const entry = model.entries.filter((e) => e.name === name && (header === undefined || e.header === header))
    .sort((a, b) => a.header.localeCompare(b.header))[0];
  if (!entry) throw new Error(`the model has no entry ${name}${header ? ` in ${header}` : ''}`);
  return { entry, path: entryPath(entry.id) };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

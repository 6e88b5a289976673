// runDocs, what `winhandle docs --serve` calls: builds, prints one summary line, serves the site.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runDocs } from '../../docs-site/src/docs-command.js';
import { FIXTURES } from './support.js';

let temp = '';
afterEach(async () => {
  vi.restoreAllMocks();
  if (temp) await rm(temp, { recursive: true, force: true });
});

describe('runDocs', () => {
  it('builds the site, reports pages and stage timings, and serves it on localhost', async () => {
    temp = await mkdtemp(join(tmpdir(), 'winhandle-docs-'));
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    const { summary, server } = await runDocs({
      model: join(FIXTURES, 'model/api-model.json'), out: join(temp, 'site'), typesDir: join(FIXTURES, 'types'),
      serve: true, port: 0, progress: 'silent',
    });
    try {
      expect(lines[0]).toMatch(new RegExp(`^\\[winhandle\\] docs: ${summary.pages} pages \\(6 entries, \\d+ status codes\\) in .*site; load \\d+ ms, pages \\d+ ms, scripts \\d+ ms, typedoc \\d+ ms$`));
      expect(lines[1]).toBe(`[winhandle] docs: serving ${summary.outDir} on ${server!.url} — Ctrl+C stops`);
      const home = await fetch(server!.url);
      expect(home.status).toBe(200);
      await expect(home.text()).resolves.toContain('<title>Windows handle APIs · winhandle</title>');
    } finally {
      await server?.close();
    }
  });
});

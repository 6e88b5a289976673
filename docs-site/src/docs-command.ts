// What `winhandle docs [--serve] [--port N] [--model FILE] [--out DIR]` does, ready for the CLI:
// build the site with progress on stderr, print the summary, and serve it on localhost if asked.
import { createProgress } from '../../generator/progress.js';
import { buildSite, type BuildSummary } from './build-site.js';
import { serveSite, type SiteServer } from './serve-site.js';

export interface DocsCommandOptions {
  model?: string;
  out?: string;
  typesDir?: string;
  serve?: boolean;
  port?: number;
  progress?: 'auto' | 'bar' | 'lines' | 'silent';
}

export async function runDocs(options: DocsCommandOptions = {}): Promise<{ summary: BuildSummary; server?: SiteServer }> {
  const progress = createProgress(options.progress ?? 'auto');
  let stage = '';
  const summary = await buildSite({
    ...(options.model ? { modelFile: options.model } : {}),
    ...(options.out ? { outDir: options.out } : {}),
    ...(options.typesDir ? { typesDir: options.typesDir } : {}),
    onProgress: (p) => {
      if (p.stage !== stage) progress.stage((stage = p.stage));
      progress.tick(p.done, p.total);
    },
  });
  progress.done();
  const t = summary.timings;
  console.log(`[winhandle] docs: ${summary.pages} pages (${summary.functionPages} entries, ${summary.statusPages} status codes) in ${summary.outDir}; `
    + `load ${t.load} ms, pages ${t.pages} ms, scripts ${t.scripts} ms, typedoc ${t.typedoc} ms${summary.api.built ? '' : ` (${summary.api.message})`}`);
  if (!options.serve) return { summary };
  const server = await serveSite(summary.outDir, options.port ?? 8080);
  console.log(`[winhandle] docs: serving ${summary.outDir} on ${server.url} — Ctrl+C stops`);
  return { summary, server };
}

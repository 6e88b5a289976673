// The site's browser scripts, bundled by esbuild: search.js (small) and try-it.js (the mock, the
// msw handlers and msw's browser worker client in one module), plus msw's mockServiceWorker.js.
import { copyFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { PATHS } from './paths.js';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

export async function bundleScripts(outDir: string): Promise<{ bytes: Record<string, number> }> {
  const result = await build({
    entryPoints: { search: join(here, 'client/search.ts'), 'try-it': join(here, 'try-it/try-it-client.ts') },
    outdir: join(outDir, 'assets'),
    bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' }, metafile: true, logLevel: 'silent',
  });
  const bytes: Record<string, number> = {};
  for (const [file, meta] of Object.entries(result.metafile.outputs)) bytes[file.split('/').pop()!] = meta.bytes;
  await copyFile(require.resolve('msw/mockServiceWorker.js'), join(outDir, PATHS.worker));
  return { bytes };
}

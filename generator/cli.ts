#!/usr/bin/env node
// The `winhandle` command. Exit codes: 0 done, 1 problems in the input or stale output, 2 usage.
import { Command } from 'commander';
import { generate } from './generate.js';
import { formatProblem, GenerationError } from './model/problems.js';
import { coverageTable } from './resolve/coverage.js';

const program = new Command('winhandle')
  .description('Typed declarations, a mock and bindings for the Windows handle APIs, from Microsoft documentation.')
  .showHelpAfterError();

program
  .command('generate')
  .description('Read documentation (default: seeds/) and write TypeScript declarations (default: types/).')
  .option('--docs <dir...>', 'documentation folders or files (Microsoft Docs markdown, plain-text pages)')
  .option('--headers <file...>', 'C headers used as a signature source (e.g. the mingw-w64 winternl.h, ddk/ntifs.h)')
  .option('--out <dir>', 'output folder', 'types')
  .option('--status-table <file>', 'status-code table', undefined)
  .option('--check', 'fail, naming the files, when the output on disk differs from a fresh run')
  .option('--keep-going', 'report and skip documents that cannot be parsed')
  .option('--quiet', 'no progress output')
  .action(async (opts: { docs?: string[]; headers?: string[]; out: string; statusTable?: string; check?: boolean; keepGoing?: boolean; quiet?: boolean }) => {
    try {
      const result = await generate({
        ...(opts.docs ? { docs: opts.docs } : {}),
        ...(opts.headers ? { headers: opts.headers } : {}),
        ...(opts.statusTable ? { statusTable: opts.statusTable } : {}),
        out: opts.out,
        check: opts.check ?? false,
        keepGoing: opts.keepGoing ?? false,
        progress: opts.quiet ? 'silent' : 'auto',
      });
      for (const p of result.problems.filter((x) => x.fatal)) console.error(formatProblem(p));
      if (result.skipped.length > 0) console.error(`[winhandle] skipped ${result.skipped.length} document(s) that could not be parsed: ${result.skipped.join(', ')}`);
      const warnings = result.problems.filter((p) => !p.fatal).length;
      const { documents, entries, statusCodes } = result.summary;
      if (result.stale) {
        const { changed, missing, extra } = result.stale;
        const stale = [...changed.map((f) => `changed: ${f}`), ...missing.map((f) => `missing: ${f}`), ...extra.map((f) => `not generated: ${f}`)];
        if (stale.length > 0) {
          console.error(`[winhandle] ${opts.out} is stale; run \`npm run generate\` and commit the result:\n  ${stale.join('\n  ')}`);
          process.exitCode = 1;
          return;
        }
        console.log(`[winhandle] ${opts.out} is up to date (${result.files.size} files, ${entries} entries).`);
        return;
      }
      if (!opts.quiet) console.log(coverageTable(result.coverage));
      console.log(`[winhandle] wrote ${result.files.size} files to ${opts.out}: ${entries} entries from ${documents} documents, ${statusCodes} status codes, ${warnings} warning(s) (see ${opts.out}/model-report.json).`);
    } catch (error) {
      if (error instanceof GenerationError) {
        console.error(error.message);
        console.error('[winhandle] nothing was written; fix the documents above or pass --keep-going to skip them.');
      } else {
        console.error(`[winhandle] ${(error as Error).stack ?? String(error)}`);
      }
      process.exitCode = 1;
    }
  });

program
  .command('docs')
  .description('Build the docs site (typedoc over types/ plus pages from the API model) into docs-site/dist/; --serve serves it.')
  .option('--model <file>', 'API model to build from', undefined)
  .option('--out <dir>', 'output folder', undefined)
  .option('--serve', 'serve the built site on localhost')
  .option('--port <n>', 'port for --serve', (v) => Number.parseInt(v, 10), 8080)
  .option('--quiet', 'no progress output')
  .action(async (opts: { model?: string; out?: string; serve?: boolean; port: number; quiet?: boolean }) => {
    // Loaded on demand: the site builder needs typedoc and esbuild, which `generate` does not.
    const docs = await import('../docs-site/src/docs-command.js').catch((error: Error) => error);
    if (docs instanceof Error) {
      console.error(`[winhandle] docs: the site builder is not available here (${docs.message}); run \`npm run docs\` in a clone of the repository.`);
      process.exitCode = 1;
      return;
    }
    try {
      await docs.runDocs({
        ...(opts.model ? { model: opts.model } : {}),
        ...(opts.out ? { out: opts.out } : {}),
        serve: opts.serve ?? false,
        port: opts.port,
        progress: opts.quiet ? 'silent' : 'auto',
      });
    } catch (error) {
      console.error(`[winhandle] docs: ${(error as Error).message}`);
      process.exitCode = 1;
    }
  });

program.exitOverride((err) => {
  process.exit(err.exitCode === 0 ? 0 : 2);
});

await program.parseAsync(process.argv);

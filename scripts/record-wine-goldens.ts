// Re-records the conformance goldens (test/conformance/goldens/<name>.txt): compiles each C
// scenario with x86_64-w64-mingw32-gcc, runs it under Wine in a fresh temporary prefix and
// writes its output with the Wine version and the scenario's documents-win / violation notes.
//   npx tsx scripts/record-wine-goldens.ts [--out <dir>] [scenario ...]
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command } from 'commander';
import { formatGolden } from '../test/conformance/golden-format.js';
import { findTools, GOLDEN_DIR, recordUnderWine, scenarioNames } from '../test/conformance/wine-runner.js';

async function main(): Promise<number> {
  const program = new Command('record-wine-goldens')
    .description('Record the Wine conformance goldens of the mock')
    .option('--out <dir>', 'folder for the goldens', GOLDEN_DIR)
    .argument('[scenario...]', 'scenario names (default: every test/conformance/scenarios/*.c)')
    .parse();
  const out = path.resolve(program.opts<{ out: string }>().out);
  const all = await scenarioNames();
  const wanted = program.args.length > 0 ? program.args : all;
  const unknown = wanted.filter((n) => !all.includes(n));
  if (unknown.length > 0) {
    console.error(`[winhandle] unknown scenario ${unknown.join(', ')} — known: ${all.join(', ')}`);
    return 2;
  }
  const { tools, missing } = await findTools();
  if (tools === undefined) {
    console.error(`[winhandle] cannot record goldens: ${missing.join(' and ')} not found — install them, or set WINE / MINGW_CC`);
    return 2;
  }
  const recording = await recordUnderWine(tools, wanted, (line) => console.error(line));
  await mkdir(out, { recursive: true });
  for (const golden of recording.goldens) {
    const file = path.join(out, `${golden.scenario}.txt`);
    // Atomic: a killed run leaves the old golden, never half a new one.
    await writeFile(`${file}.tmp`, formatGolden(golden));
    await rename(`${file}.tmp`, file);
    console.log(`${path.relative(process.cwd(), file)}: ${golden.steps.length} steps, ${golden.documentsWin.length} documents-win, ${golden.wine}`);
  }
  for (const [name, text] of Object.entries(recording.stderr)) console.error(`[winhandle] ${name} wrote to stderr:\n${text}`);
  return 0;
}

main().then((code) => process.exit(code), (error: unknown) => {
  console.error(`[winhandle] recording failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

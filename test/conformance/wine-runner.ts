// Compiles the C scenarios with mingw-w64 and runs them under Wine, all in one fresh prefix
// (a prefix's first start takes long; every later program starts fast).
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parseOutput, readAnnotations, type Golden } from './golden-format.js';

const run = promisify(execFile);

export const SCENARIO_DIR = fileURLToPath(new URL('./scenarios/', import.meta.url));
export const GOLDEN_DIR = fileURLToPath(new URL('./goldens/', import.meta.url));

export interface Tools {
  wine: string;
  compiler: string;
}

async function works(cmd: string, args: string[]): Promise<boolean> {
  try {
    await run(cmd, args, { timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** wine (or wine64) and x86_64-w64-mingw32-gcc, or what is missing. Overridable with WINE and MINGW_CC. */
export async function findTools(env: NodeJS.ProcessEnv = process.env): Promise<{ tools?: Tools; missing: string[] }> {
  const compiler = env.MINGW_CC ?? 'x86_64-w64-mingw32-gcc';
  // Debian's wine64 package alone puts its loader in /usr/lib/wine; the wine package adds /usr/bin/wine.
  const wineCandidates = env.WINE !== undefined ? [env.WINE] : ['wine', 'wine64', '/usr/lib/wine/wine64'];
  let wine: string | undefined;
  for (const c of wineCandidates) if (wine === undefined && (await works(c, ['--version']))) wine = c;
  const missing: string[] = [];
  if (wine === undefined) missing.push(`${wineCandidates.join(' or ')} (Debian package wine64)`);
  if (!(await works(compiler, ['--version']))) missing.push(`${compiler} (Debian package gcc-mingw-w64-x86-64)`);
  return wine !== undefined && missing.length === 0 ? { tools: { wine, compiler }, missing } : { missing };
}

/** Scenario names: the .c files of the scenario folder. */
export async function scenarioNames(): Promise<string[]> {
  return (await readdir(SCENARIO_DIR)).filter((f) => f.endsWith('.c')).map((f) => f.slice(0, -2)).sort();
}

export interface Recording {
  goldens: Golden[];
  /** Programs that printed to stderr (Wine's own noise included), by scenario. */
  stderr: Record<string, string>;
}

/**
 * Compiles and runs `names` under Wine in one temporary prefix, removed afterwards. Each program
 * must exit 0 and print only step lines.
 */
export async function recordUnderWine(tools: Tools, names: readonly string[], log: (line: string) => void = () => {}): Promise<Recording> {
  const work = await mkdtemp(path.join(tmpdir(), 'winhandle-wine-'));
  // No display: Wine must not try to open windows. No Mono or Gecko installer prompts either.
  const env: NodeJS.ProcessEnv = { ...process.env, WINEPREFIX: path.join(work, 'prefix'), WINEDEBUG: '-all', WINEDLLOVERRIDES: 'mscoree,mshtml=' };
  delete env.DISPLAY;
  try {
    const wine = (await run(tools.wine, ['--version'], { env })).stdout.trim();
    log(`[winhandle] starting a Wine prefix (${wine}); the first start takes a while`);
    await run(tools.wine, ['wineboot', '-i'], { env, timeout: 300_000 });
    const recording: Recording = { goldens: [], stderr: {} };
    for (const name of names) {
      const source = path.join(SCENARIO_DIR, `${name}.c`);
      const exe = path.join(work, `${name}.exe`);
      await run(tools.compiler, ['-Wall', '-Werror', '-O0', '-o', exe, source, '-lws2_32', '-ladvapi32'], { timeout: 120_000 });
      log(`[winhandle] running ${name}`);
      const { stdout, stderr } = await run(tools.wine, [exe], { env, cwd: work, timeout: 120_000 });
      if (stderr.trim() !== '') recording.stderr[name] = stderr;
      const text = await readFile(source, 'utf8');
      recording.goldens.push({
        wine, scenario: name, steps: parseOutput(stdout, `${name}.exe output`),
        ...readAnnotations(text, path.relative(process.cwd(), source)),
      });
    }
    return recording;
  } finally {
    // Stop this prefix's wineserver (it would linger a few seconds) before its folder goes.
    for (const server of ['wineserver', '/usr/lib/wine/wineserver64']) {
      if (await run(server, ['-k'], { env, timeout: 60_000 }).then(() => true, () => false)) break;
    }
    await rm(work, { recursive: true, force: true });
  }
}

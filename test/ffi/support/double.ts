// The C test double: compiled with gcc into a temporary folder, bound through the fixture model
// (documented functions) or directly through koffi (the double's own winhandle_double_* exports).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import koffi from 'koffi';
import type { ApiModel } from '../../../generator/model/schema.js';

const SOURCE = fileURLToPath(new URL('../double/winapi-double.c', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/model.json', import.meta.url));

export interface CompiledDouble {
  path: string;
  remove(): void;
}

/** Compiles the double as a shared library; warnings are errors. */
export function compileDouble(): CompiledDouble {
  const dir = mkdtempSync(join(tmpdir(), 'winhandle-ffi-'));
  const path = join(dir, 'winapi-double.so');
  execFileSync('gcc', ['-std=c11', '-O1', '-Wall', '-Wextra', '-Werror', '-shared', '-fPIC', '-o', path, SOURCE], { stdio: 'pipe' });
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh copy of the hand-made fixture model (tests may change it). */
export function fixtureModel(): ApiModel {
  return JSON.parse(readFileSync(FIXTURE, 'utf8')) as ApiModel;
}

/** The double's test-only exports, and its GetLastError bound by hand (not through a model). */
export function doubleInternals(path: string) {
  const lib = koffi.load(path);
  return {
    reset: lib.func('void winhandle_double_reset(void)') as () => void,
    echoHandle: lib.func('winhandle_double_echo_handle', 'intptr', ['intptr']) as (h: number) => number,
    lastHandle: lib.func('winhandle_double_last_handle', 'intptr', []) as () => number,
    eventName: lib.func('winhandle_double_event_name', 'str16', ['intptr']) as (h: number) => string | null,
    openHandles: lib.func('int winhandle_double_open_handles(void)') as () => number,
    lastError: lib.func('uint32_t GetLastError(void)') as () => number,
  };
}

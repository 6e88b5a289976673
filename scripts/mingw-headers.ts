// The public mingw-w64 headers the extraction scripts read: where Debian installs them, which
// package version they are, and one header's parsed declarations (a clear error when missing).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCHeader } from '../generator/parse/c/c-header.js';
import type { ParseResult } from '../generator/parse/parse-result.js';

export const DEFAULT_INCLUDE = '/usr/share/mingw-w64/include';
export const PACKAGE = 'mingw-w64-x86-64-dev';

export function packageVersion(): string {
  try {
    return execFileSync('dpkg-query', ['-W', '-f=${Version}', PACKAGE], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown version';
  }
}

/** `header` (e.g. `ddk/ntifs.h`) under `include`, parsed; the document paths name `header`. */
export function readMingwHeader(include: string, header: string): ParseResult {
  const file = path.join(include, header);
  if (!existsSync(file)) throw new Error(`[winhandle] ${file} not found; install the headers with \`apt-get install ${PACKAGE}\` or pass --include DIR`);
  return parseCHeader({ path: header, text: readFileSync(file, 'utf8') });
}

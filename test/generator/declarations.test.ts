// seeds/declarations/*.h are what scripts/extract-declarations.ts makes of the mingw-w64 headers
// on this machine (the setup installs them): a stale copy fails here, naming the file.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DECLARATIONS_DIR, extractDeclarations } from '../../scripts/extract-declarations.js';

describe('seeds/declarations', () => {
  it('is what the extraction script makes of the mingw-w64 headers', async () => {
    const fresh = await extractDeclarations();
    const committed = readdirSync(DECLARATIONS_DIR).filter((f) => f.endsWith('.h')).sort();
    expect(committed).toEqual([...fresh.keys()].sort());
    for (const [file, text] of fresh) expect(readFileSync(`${DECLARATIONS_DIR}/${file}`, 'utf8'), file).toBe(text);
  });

  it('declares every function of the seed documents except the one left to inference', async () => {
    const text = [...(await extractDeclarations()).values()].join('\n');
    for (const name of ['CloseHandle', 'DuplicateHandle', 'CreateEventW', 'RegOpenKeyExW', 'socket', 'CreateTransaction',
      'ZwDuplicateObject', 'ObReferenceObjectByHandle', 'FltCreateFileEx', 'KeGetCurrentIrql']) {
      expect(text, name).toMatch(new RegExp(`\\b${name}\\(`));
    }
    expect(text).toMatch(/#define ObDereferenceObject ObfDereferenceObject/);
    expect(text).not.toMatch(/\bFltClose\(/);
  });
});

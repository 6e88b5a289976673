// The goldens are current: re-runs every C scenario under the installed Wine (one fresh prefix)
// and compares with the committed goldens. Registered only where wine and mingw-w64 are found;
// with WINHANDLE_REQUIRE_WINE=1 their absence is a failure instead.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseGolden, RERECORD, type Golden } from './golden-format.js';
import { findTools, GOLDEN_DIR, recordUnderWine, scenarioNames } from './wine-runner.js';

const { tools, missing } = await findTools();
const required = process.env.WINHANDLE_REQUIRE_WINE === '1';
const names = await scenarioNames();

// Registered only when it must fail; the live suite below shows as not run where Wine is absent.
if (tools === undefined && required) {
  describe('Wine conformance (WINHANDLE_REQUIRE_WINE=1)', () => {
    it('finds wine and x86_64-w64-mingw32-gcc', () => {
      expect.fail(`[winhandle] WINHANDLE_REQUIRE_WINE=1 but ${missing.join(' and ')} not found — install them (apt-get install wine64 gcc-mingw-w64-x86-64), or set WINE / MINGW_CC`);
    });
  });
}

describe.runIf(tools !== undefined)('goldens are current under the installed Wine', () => {
  const recorded = new Map<string, Golden>();
  beforeAll(async () => {
    const recording = await recordUnderWine(tools!, names);
    for (const g of recording.goldens) recorded.set(g.scenario, g);
  }, 600_000);

  for (const name of names) {
    it(`${name}: Wine prints the committed golden's steps`, () => {
      const file = path.join(GOLDEN_DIR, `${name}.txt`);
      const committed = parseGolden(readFileSync(file, 'utf8'), file);
      const live = recorded.get(name)!;
      const versions = committed.wine === live.wine ? live.wine : `recorded with ${committed.wine}, now ${live.wine}`;
      expect(live.steps, `${name} under Wine (${versions}) differs from its golden — re-record with ${RERECORD}`).toEqual(committed.steps);
      expect({ documentsWin: live.documentsWin, violations: live.violations }, `${name}.c annotations changed — re-record with ${RERECORD}`)
        .toEqual({ documentsWin: committed.documentsWin, violations: committed.violations });
    });
  }
});

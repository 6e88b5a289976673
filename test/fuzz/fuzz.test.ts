// The CI share of `npm run fuzz`: the same campaigns and property on fewer cases, from a fixed
// seed. Time is not asserted here (`npm run fuzz` holds cases to one second); a case that never
// ends fails by the test timeout. A failure prints the file, the mutations and the replay command.
import { afterAll, describe, expect, it } from 'vitest';
import { runCampaign, TARGETS, type CampaignReport, type Target } from './campaign.js';
import { runChainCampaign } from './chain.js';
import { readStageDir } from './read-stage.js';

const SEED = 20_251_123;
const RUNS: Record<Target, number> = { markdown: 150, plaintext: 60, 'c-header': 90, read: 60 };
const dir = readStageDir();
afterAll(() => dir.remove());

const explained = (report: CampaignReport): string[] =>
  report.failures.map((f) => `${f.error}\n  file: ${f.origin}\n  mutations: ${f.mutations}\n  replay: npm run fuzz -- --seed ${f.seed} --only ${f.target} --path ${f.path}`);

describe('fuzzing with mutated real documents', () => {
  for (const target of TARGETS) {
    it(`${target}: every case gives documents or problems naming file:line, never an exception`, async () => {
      const report = await runCampaign(target, { runs: RUNS[target], seed: SEED }, dir);
      expect(explained(report)).toEqual([]);
      expect(report.cases).toBe(RUNS[target]);
    });
  }

  it('the whole chain (parse, model, resolve, emit) keeps every entry of the untouched documents', async () => {
    const report = await runChainCampaign({ runs: 3, seed: SEED });
    expect(explained(report)).toEqual([]);
    expect(report.cases).toBe(3);
  });
});

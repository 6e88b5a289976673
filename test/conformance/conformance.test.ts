// The mock against Wine: each scenario runs on a lenient mock (Windows' behaviour, violations
// recorded) and must print the committed golden's lines, except where the documents override
// Wine (documents-win), where it must print the documents' result. Needs no Wine.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWindowsMock } from '../../mocks/index.js';
import { expectedSteps, parseGolden, readAnnotations, RERECORD, type Golden, type Step } from './golden-format.js';
import { MOCK_SCENARIOS } from './scenarios/index.js';
import { StepRecorder, type MockScenario } from './scenarios/step-recorder.js';
import { GOLDEN_DIR, SCENARIO_DIR } from './wine-runner.js';

interface MockRun {
  steps: Map<string, string>;
  order: string[];
  violations: Map<string, string[]>;
  undocumented: unknown[];
  /** What the scenario threw, if it stopped early. */
  error: unknown;
}

function runOnMock(scenario: MockScenario, mode: 'strict' | 'lenient' = 'lenient'): MockRun {
  const win = createWindowsMock({ ...scenario.options, mode });
  const step = new StepRecorder(win);
  let error: unknown;
  try {
    scenario.run(win, step);
  } catch (e) {
    error = e;
  }
  return {
    steps: new Map(step.steps.map((s: Step) => [s.label, s.fields])), order: step.steps.map((s) => s.label),
    violations: step.violations, undocumented: win.undocumentedStatuses(), error,
  };
}

const stopped = (run: MockRun): string => (run.error === undefined ? '' : ` (the mock scenario stopped: ${String(run.error)})`);

describe('conformance scenarios', () => {
  const cFiles = readdirSync(SCENARIO_DIR).filter((f) => f.endsWith('.c')).map((f) => f.slice(0, -2)).sort();
  it('every C scenario has a mock twin and a golden', () => {
    expect(MOCK_SCENARIOS.map((s) => s.name).sort()).toEqual(cFiles);
    expect(readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort()).toEqual(cFiles);
  });
});

function readGolden(name: string): Golden | Error {
  const file = path.join(GOLDEN_DIR, `${name}.txt`);
  if (!existsSync(file)) return new Error(`[winhandle] no golden for ${name} — record it with ${RERECORD} ${name}`);
  try {
    return parseGolden(readFileSync(file, 'utf8'), path.relative(process.cwd(), file));
  } catch (error) {
    return error as Error;
  }
}

for (const scenario of MOCK_SCENARIOS) {
  const cFile = path.join(SCENARIO_DIR, `${scenario.name}.c`);
  const golden = readGolden(scenario.name);
  if (golden instanceof Error) {
    it(`${scenario.name}: has a readable golden`, () => {
      throw golden;
    });
    continue;
  }
  const run = runOnMock(scenario);
  const marked = Object.fromEntries(golden.violations.map((v) => [v.label, [v.rule]]));

  describe(`${scenario.name} — mock vs ${golden.wine}`, () => {
    it('the golden carries the C scenario\'s current annotations', () => {
      const annotations = readAnnotations(readFileSync(cFile, 'utf8'), cFile);
      expect({ documentsWin: golden.documentsWin, violations: golden.violations },
        `annotations of ${scenario.name}.c changed since the golden was recorded — re-record with ${RERECORD}`).toEqual(annotations);
      const labels = new Set(golden.steps.map((s) => s.label));
      for (const a of [...annotations.documentsWin, ...annotations.violations]) {
        expect(labels.has(a.label), `annotation names step "${a.label}", which ${scenario.name}.c does not print`).toBe(true);
      }
    });

    it('prints the same steps in the same order', () => {
      expect(run.order, `step labels of the mock scenario${stopped(run)}`).toEqual(golden.steps.map((s) => s.label));
    });

    for (const expected of expectedSteps(golden)) {
      const wine = golden.steps.find((s) => s.label === expected.label)!.fields;
      const name = expected.documentsWin === undefined
        ? `${expected.label}: ${expected.fields} (as Wine)`
        : `${expected.label}: ${expected.fields} — documents win over Wine's ${wine}`;
      it(name, () => {
        const why = expected.documentsWin === undefined ? 'Wine' : `the documents: ${expected.documentsWin.why}`;
        expect(run.steps.get(expected.label), `step ${expected.label} as ${why}${stopped(run)}`).toBe(expected.fields);
      });
    }

    it('records as violations exactly the documented misuse the scenario marks', () => {
      expect(Object.fromEntries(run.violations)).toEqual(marked);
    });

    it('in strict mode throws RuleViolation exactly at the steps marked violation', () => {
      const strict = runOnMock(scenario, 'strict');
      expect(strict.error).toBeUndefined();
      expect(Object.fromEntries(strict.violations)).toEqual(marked);
      for (const label of strict.violations.keys()) expect(strict.steps.get(label)).toMatch(/^threw RuleViolation /);
    });

    it('returns only statuses its documents list', () => {
      expect(run.undocumented).toEqual([]);
    });
  });
}

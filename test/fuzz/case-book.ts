// Bookkeeping shared by the campaigns: cases counted (fast-check's shrink steps are not new
// cases), each announced before it runs, the slowest remembered, the verdict made a Failure.
import type fc from 'fast-check';

export interface Failure {
  target: string;
  origin: string;
  mutations: string;
  seed: number;
  /** fast-check's replay path (`--path`): the case, then the shrink steps. */
  path: string;
  error: string;
}

export class CaseBook {
  cases = 0;
  slowest = { ms: 0, label: '' };
  private shrinking = false;

  constructor(
    private readonly onCase?: (index: number, label: string) => void,
    /** Told of the first failure before shrinking starts (a shrink step may hang). */
    private readonly onFailure?: (index: number, label: string, error: string) => void,
  ) {}

  /** Runs one check; after the first failure fast-check only shrinks, so later calls are not cases. */
  async run<T>(label: string, check: () => Promise<T> | T): Promise<T> {
    this.onCase?.(this.shrinking ? -1 : this.cases, label);
    try {
      return await check();
    } catch (error) {
      if (!this.shrinking) {
        this.onFailure?.(this.cases, label, error instanceof Error ? error.message : String(error));
        this.cases++;
      }
      this.shrinking = true;
      throw error;
    }
  }

  /** Records a passed check; false for a shrink step. */
  passed(ms: number, label: string): boolean {
    if (ms > this.slowest.ms) this.slowest = { ms, label };
    if (this.shrinking) return false;
    this.cases++;
    return true;
  }
}

/** fast-check's verdict as failures: none, or its shrunk counterexample with the replay path. */
export function verdict<C>(details: fc.RunDetails<[C]>, target: string, seed: number, describe: (c: C) => { origin: string; mutations: string }): Failure[] {
  if (!details.failed || !details.counterexample) return [];
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  return [{ target, ...describe(details.counterexample[0]), seed, path: details.counterexamplePath ?? '', error }];
}

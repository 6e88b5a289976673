// A fast-check command: one step, then every invariant. A failure names the step and the handle
// or pointer it picked (picks are indices, resolved against the model when the step runs).
import type fc from 'fast-check';
import { checkInvariants } from './invariants.js';
import type { Model } from './model.js';
import type { Real } from './step.js';

export class Step implements fc.Command<Model, Real> {
  constructor(private readonly label: string, private readonly exec: (m: Model, r: Real) => void) {}
  check(): boolean {
    return true;
  }
  run(m: Model, r: Real): void {
    m.resolved = '';
    try {
      this.exec(m, r);
      checkInvariants(m, r);
    } catch (error) {
      const picked = m.resolved === '' ? '' : ` (picked ${m.resolved})`;
      throw new Error(`${this.label}${picked}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
  toString(): string {
    return this.label;
  }
}

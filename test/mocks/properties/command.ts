// A fast-check command: one step, then every invariant. Its label names the values the step
// resolved its picks to, so a shrunk counterexample reads as the calls that were made.
import type fc from 'fast-check';
import { checkInvariants } from './invariants.js';
import type { Model } from './model.js';
import type { Real } from './step.js';

export class Step implements fc.Command<Model, Real> {
  private resolved = '';
  constructor(private readonly label: string, private readonly exec: (m: Model, r: Real) => string) {}
  check(): boolean {
    return true;
  }
  run(m: Model, r: Real): void {
    this.resolved = this.exec(m, r);
    checkInvariants(m, r);
  }
  toString(): string {
    return this.resolved === '' ? this.label : `${this.label} [${this.resolved}]`;
  }
}

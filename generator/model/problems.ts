// Problems are collected as data during a run and reported once, micromark-style.
import type { Place, Problem } from './schema.js';

export class Problems {
  readonly list: Problem[] = [];

  add(place: Place, rule: string, message: string, opts: { expected?: string; fatal?: boolean } = {}): Problem {
    const problem: Problem = { place, rule, message, fatal: opts.fatal ?? false };
    if (opts.expected !== undefined) problem.expected = opts.expected;
    this.list.push(problem);
    return problem;
  }

  fatal(place: Place, rule: string, message: string, expected?: string): Problem {
    return this.add(place, rule, message, expected === undefined ? { fatal: true } : { fatal: true, expected });
  }

  warn(place: Place, rule: string, message: string): Problem {
    return this.add(place, rule, message);
  }

  get hasFatal(): boolean {
    return this.list.some((p) => p.fatal);
  }

  merge(other: readonly Problem[]): void {
    this.list.push(...other);
  }
}

/** `file:line:column: error rule — message (expected …)`, the one format every problem is shown in. */
export function formatProblem(p: Problem): string {
  const where = `${p.place.file}:${p.place.line}${p.place.column ? `:${p.place.column}` : ''}`;
  const level = p.fatal ? 'error' : 'warning';
  const expected = p.expected ? ` (expected ${p.expected})` : '';
  return `${where}: ${level} ${p.rule}: ${p.message}${expected}`;
}

/** Thrown only at the top of a run, after all problems were collected. */
export class GenerationError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(`winhandle: generation failed with ${problems.filter((p) => p.fatal).length} error(s):\n` +
      problems.filter((p) => p.fatal).map(formatProblem).join('\n'));
    this.name = 'GenerationError';
  }
}

// What every column's runner gives the measurement loop: a program that has
// been parsed and had its top level run once, with its entry points ready to
// call. Results stay in the runner's own representation (a language value, a
// QuickJS handle, a host value) and go back to verify unchanged.

export interface LoadedProgram {
  /** One iteration: benchmark(size). */
  run(size: number): unknown;
  /** verify(result, size) === true. */
  verify(result: unknown, size: number): boolean;
  /** Frees a result that will not be verified (QuickJS handles); called outside the timed region. */
  release(result: unknown): void;
  /** The column's counters (speedlab tiers: Session.stats(); others: none). */
  counters(): Record<string, number | string>;
}

/** The program threw (or could not be loaded) on this column. */
export class ProgramFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProgramFailure';
  }
}

/** verify(result, size) did not return true. */
export class WrongResult extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WrongResult';
  }
}

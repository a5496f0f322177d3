// The exit codes of `speedlab run`, declared once (the README's table is checked against this).

export const ExitCode = {
  /** The program ran to completion. */
  Success: 0,
  /** The program threw an exception it did not catch. */
  UncaughtError: 1,
  /** Syntax error or unsupported construct: nothing ran. Also bad command-line usage. */
  CheckFailed: 2,
  /** A limit (steps, time, memory) stopped the program. */
  LimitExceeded: 3,
  /** A bug in speedlab itself (EX_SOFTWARE). */
  InternalError: 70,
} as const;

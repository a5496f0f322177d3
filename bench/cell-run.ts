// Runs one cell inside the process (or thread) that hosts it: load the program
// on its column, measure it, and turn every way it can go wrong into a failed
// outcome with a message. Nothing here is timed unless the first result verifies.

import type { CellOutcome, CellRequest } from './cell.js';
import { measureProgram } from './measure.js';
import { loadProgramOn } from './runners/index.js';
import { ProgramFailure, WrongResult } from './runners/loaded-program.js';

export async function runCell(request: CellRequest): Promise<CellOutcome> {
  try {
    const started = performance.now();
    const program = await loadProgramOn(request.column, request.source, request.file);
    const loadMs = performance.now() - started;
    return { status: 'ok', measurement: measureProgram(program, request.size, request.plan, loadMs) };
  } catch (e) {
    if (e instanceof WrongResult) return { status: 'failed', failure: 'wrong-result', message: e.message };
    if (e instanceof ProgramFailure) return { status: 'failed', failure: 'error', message: e.message };
    const error = e as Error;
    return { status: 'failed', failure: 'error', message: `internal error: ${error?.stack ?? String(e)}` };
  }
}

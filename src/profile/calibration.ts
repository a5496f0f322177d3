// The probe's own cost per call, measured the way cProfile's calibration does:
// drive a recorder with synthetic enter/exit pairs (no program, no tier) and
// time them. The profile reports it next to the measured profiled-vs-plain
// overhead, so a reader can tell how much of a function's time is the probe's.

import type { FunctionInfo } from '../front/ast.js';
import type { JSFunction } from '../runtime/values.js';
import { ProfileRecorder } from './recorder.js';

const PAIRS = 50_000;
const ROUNDS = 5;

/** Nanoseconds per enter+exit pair (best of a few rounds, after a warm-up round). */
export function calibrateProbeCost(): number {
  const script = fakeInfo(0, '<script>');
  const callee = { info: fakeInfo(1, 'calibration'), name: 'calibration', classNode: null } as unknown as JSFunction;
  const depth = { depth: 1 };
  let best = Infinity;
  for (let round = 0; round <= ROUNDS; round++) {
    const recorder = new ProfileRecorder(depth, { file: '<calibration>', script, rootMode: 'vm' });
    recorder.start();
    const started = performance.now();
    for (let i = 0; i < PAIRS; i++) {
      recorder.enter(callee, 'vm');
      recorder.exit();
    }
    const ns = ((performance.now() - started) * 1e6) / PAIRS;
    recorder.finish();
    if (round > 0) best = Math.min(best, ns);
  }
  return best;
}

function fakeInfo(id: number, name: string): FunctionInfo {
  return { id, name, line: 1, column: 0 } as FunctionInfo;
}

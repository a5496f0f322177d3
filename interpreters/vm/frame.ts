// One activation of a compiled function: its register file and program
// counter, the context chain, `this`, and the link to the caller. Calls between
// VM functions push frames inside one dispatch loop (no host recursion); a frame
// entered from the host (the script, a builtin's callback, a constructor run by
// the runtime) is marked `entry`, and returning from it leaves the loop. A frame
// is also what the JIT rebuilds when it deoptimises: registers, pc and context
// are the whole state, so `Vm.resume(frame)` can continue at any instruction.
// Frames of calls made inside the loop are recycled: a returning frame goes on
// its function's spare list with its register array (FunctionCode.spareFrames).

import type { Context, JSFunction, JSObject, Value } from '../../src/runtime/values.js';
import type { FunctionCode } from './function-code.js';

export class Frame {
  /** The register file: locals, temporaries, constants (see function-code.ts). */
  regs: Value[];
  /**
   * While the frame runs: the instruction being executed is only known to the
   * dispatch loop; it stores it here before anything that can throw or call.
   * While the frame waits for a callee: the offset of the call instruction.
   */
  pc = 0;
  /** While the frame waits for a callee: where to continue when it returns. */
  resumePc = 0;
  ctx: Context | null;
  thisValue: Value;
  fn: JSFunction | null;
  code: FunctionCode;
  newTarget: JSFunction | undefined;
  homeObject: JSObject | null;
  parent: Frame | null;
  /** realm.depth while this frame runs (restored when an exception is caught here). */
  depth: number;
  /** Returning from this frame leaves the dispatch loop (it was entered from the host). */
  entry = false;
  /** A constructor call: a non-object result is replaced by `this`. */
  construct = false;
  /** Field initialiser frames: the keys of the fields being defined. */
  fieldKeys: string[] | null = null;

  constructor(
    code: FunctionCode,
    regs: Value[],
    ctx: Context | null,
    thisValue: Value,
    fn: JSFunction | null,
    newTarget: JSFunction | undefined,
    homeObject: JSObject | null,
    parent: Frame | null,
    depth: number,
  ) {
    this.code = code;
    this.regs = regs;
    this.ctx = ctx;
    this.thisValue = thisValue;
    this.fn = fn;
    this.newTarget = newTarget;
    this.homeObject = homeObject;
    this.parent = parent;
    this.depth = depth;
  }
}

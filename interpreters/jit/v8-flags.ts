// V8 flags the JIT sets on Node 20 when it is loaded (before any JavaScript
// that calls into WebAssembly is optimised, and before any module is compiled).
//
// --no-turbo-inline-js-wasm-calls (a workaround): TurboFan inlines a call from
// optimised JavaScript into WebAssembly (Jit.enter calling a unit's `run`).
// When such code is deoptimised lazily while the call is on the stack (a
// field of an object it depends on changed representation), V8 11.3 aborts
// the whole process: "Fatal error in , line 0 / unreachable code" in
// Deoptimizer::DoComputeBuiltinContinuation (SIGTRAP; no exception to catch).
// Measured: json on the jit tier aborted in 7 of 60 runs at commit 3bf02d2
// (`speedlab run --tier jit` on the benchmark, two at a time; `--trace-deopt`
// showed the lazy deopt of Jit.enter right before), 0 of 60 with the flag.
//
// --experimental-wasm-branch-hinting: V8 reads the branch-hint section
// compiled modules carry (branch-hints.ts) and lays slow paths out of line.

import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-turbo-inline-js-wasm-calls');
setFlagsFromString('--experimental-wasm-branch-hinting');

// The tier table: every execution strategy speedlab has, registered once. The
// CLI, the conformance runner, the bench harness and the profiler all read this
// table; adding a tier touches this file and the tier's own folder, nothing else.
// Order matters: tiers are listed from slowest to fastest, and the last one is
// the default for `speedlab run`.

import type { Program } from './front/ast.js';
import type { Realm, TierHooks } from './runtime/realm.js';
import { AstInterpreter } from '../interpreters/ast/interpreter.js';
import { createVmTier } from '../interpreters/vm/tier.js';
import { createJitTier, prepareJitTier } from '../interpreters/jit/tier.js';

/** Per-run options a tier may use (unknown ones are ignored). */
export interface TierOptions {
  /** Print each executed instruction (tiers with instructions). */
  trace?: boolean;
  traceLimit?: number;
  /** Hot-code thresholds and diagnostics (JIT tiers). */
  jitThreshold?: number;
  traceJit?: boolean;
  deoptStress?: boolean;
  /** JIT: compile in a background thread (default) or in the program's thread (deterministic timing). */
  jitCompile?: 'background' | 'sync';
  /**
   * JIT: prepare() waits until the compiler thread is ready. For runners that
   * count the tier's start-up apart from the program (the bench harness's
   * load time); a CLI run starts the program at once and the JIT joins later.
   */
  jitCompilerReady?: boolean;
  /** JIT: keep the WebAssembly text of compiled functions (for `speedlab wasm`; costs ~20% of compile time). */
  jitKeepText?: boolean;
  /** Where diagnostics (traces) go. */
  writeDiagnostic?: (text: string) => void;
}

/** One run of one program on one tier. */
export interface TierInstance extends TierHooks {
  /** Runs the program's top level. */
  runScript(): void;
  /** Tier-specific counters for --stats (added to the realm's calls and allocations). */
  stats(): Record<string, number | string>;
}

export interface TierDefinition {
  name: string;
  /** One line for `--help` and the README. */
  summary: string;
  /** Loads what the tier needs before a run with these options (e.g. the JIT's compiler); awaited by every runner. */
  prepare?: (options: TierOptions) => Promise<void>;
  create(realm: Realm, program: Program, options: TierOptions): TierInstance;
}

export const TIERS: readonly TierDefinition[] = [
  {
    name: 'ast',
    summary: 'tree-walking interpreter over the resolved syntax tree',
    create(realm, program) {
      const interpreter = new AstInterpreter(realm, program);
      return {
        runScript: () => interpreter.runScript(),
        callUser: (fn, thisArg, args, newTarget) => interpreter.callUser(fn, thisArg, args, newTarget),
        stackTrace: () => interpreter.stackTrace(),
        stats: () => ({ 'nodes evaluated': interpreter.counters.nodes }),
      };
    },
  },
  { name: 'vm', summary: 'register-based bytecode VM with inline caches and type feedback', create: createVmTier },
  {
    name: 'jit',
    summary: 'VM plus a JIT: hot functions compiled to type-specialised WebAssembly (binaryen), with guards and deopt',
    create: createJitTier,
    prepare: prepareJitTier,
  },
];

export function tierNames(): string[] {
  return TIERS.map((t) => t.name);
}

export function defaultTier(): string {
  return TIERS[TIERS.length - 1].name;
}

export function findTier(name: string): TierDefinition | undefined {
  return TIERS.find((t) => t.name === name);
}

// A session: one compiled program loaded into a fresh realm on one tier. It is
// the API everything above the tiers uses (CLI, conformance runner, bench
// harness, profiler): run the top level, look up a global, call a function,
// read counters. Uncaught language errors leave it as ProgramError, with the
// report Node-style users expect ("Uncaught TypeError: ..." and the program's
// own frames); limits leave it as LimitExceeded.

import type { Program } from './front/ast.js';
import { createRealm } from './runtime/builtins/index.js';
import { inspectValue } from './runtime/inspect.js';
import { LimitExceeded, type LimitSettings } from './runtime/limits.js';
import { getProperty } from './runtime/properties.js';
import type { Realm } from './runtime/realm.js';
import { JSArray, JSObject, ObjectClass, type Value } from './runtime/values.js';
import { findTier, tierNames, type TierInstance, type TierOptions } from './tiers.js';
import { fromHost } from './runtime/builtins/json.js';

export interface SessionOptions extends TierOptions {
  tier: string;
  limits?: Partial<LimitSettings>;
  /** console.log output (default: standard output). */
  write?: (text: string) => void;
  /** console.error output (default: standard error). */
  writeError?: (text: string) => void;
}

/** An uncaught exception of the program. */
export class ProgramError extends Error {
  constructor(
    /** The full report: `Uncaught <Name>: <message>` and the program's frames. */
    readonly report: string,
    /** The thrown value's `Name: message` line (or its inspection for non-errors). */
    readonly headline: string,
  ) {
    super(headline);
    this.name = 'ProgramError';
  }
}

export class UnknownTierError extends Error {
  constructor(name: string) {
    super(`unknown tier '${name}' (tiers: ${tierNames().join(', ')})`);
  }
}

export class Session {
  readonly realm: Realm;
  readonly instance: TierInstance;

  constructor(
    readonly program: Program,
    readonly options: SessionOptions,
  ) {
    const tier = findTier(options.tier);
    if (!tier) throw new UnknownTierError(options.tier);
    this.realm = createRealm({
      limits: options.limits,
      write: options.write ?? ((text) => process.stdout.write(text)),
      writeError: options.writeError,
    });
    this.instance = tier.create(this.realm, program, options);
    this.realm.tier = this.instance;
    this.realm.bindProgram(program);
  }

  /** Runs the program's top level. */
  runTopLevel(): void {
    this.guard(() => this.instance.runScript());
  }

  /** A global of the program (declared or builtin), or undefined. */
  global(name: string): Value {
    return this.realm.globalByName(name);
  }

  /** Calls a language function with language values. */
  call(fn: Value, args: Value[], thisArg: Value = undefined): Value {
    return this.guard(() => this.realm.call(fn, thisArg, args));
  }

  /** Reads a property of a language object. */
  get(obj: Value, key: string): Value {
    return this.guard(() => getProperty(this.realm, obj, key));
  }

  /** A language value as plain host data (numbers, strings, booleans, null, arrays, plain objects). */
  toHost(v: Value): unknown {
    if (v instanceof JSArray) return v.elems.map((x) => this.toHost(x));
    if (v instanceof JSObject) {
      const out: Record<string, unknown> = {};
      for (let i = 0; i < v.shape.keys.length; i++) out[v.shape.keys[i]] = this.toHost(v.slots[i]);
      return out;
    }
    return v;
  }

  /** Plain host data (JSON-like) as a language value. */
  fromHost(v: unknown): Value {
    return fromHost(this.realm, v);
  }

  stats(): Record<string, number | string> {
    return {
      calls: this.realm.counters.calls,
      allocations: this.realm.counters.allocations,
      ...this.instance.stats(),
    };
  }

  private guard<T>(body: () => T): T {
    try {
      return body();
    } catch (e) {
      if (e instanceof LimitExceeded) throw e;
      // catchable() rethrows what the program cannot see (internal errors)
      throw this.uncaught(this.realm.catchable(e).value);
    }
  }

  private uncaught(value: Value): ProgramError {
    const realm = this.realm;
    if (value instanceof JSObject && value.cls === ObjectClass.Error) {
      const name = safeString(() => String(getProperty(realm, value, 'name')));
      const message = safeString(() => String(getProperty(realm, value, 'message')));
      const headline = message ? `${name}: ${message}` : name;
      const stack = safeString(() => {
        const shown = realm.shownStack(value);
        return typeof shown === 'string' ? shown : headline;
      });
      return new ProgramError(`Uncaught ${stack}`, headline);
    }
    // (node prints a thrown primitive as String(value) does, `oops` and `0` for "oops" and -0; an object inspected)
    const shown = value instanceof JSObject ? inspectValue(realm, value) : String(value);
    return new ProgramError(`Uncaught ${shown}`, shown);
  }
}

function safeString(f: () => string): string {
  try {
    return f();
  } catch {
    return '<unprintable>';
  }
}

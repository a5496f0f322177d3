// The realm: one program run's world. It owns the intrinsic prototypes, the
// global slots, the limits and counters, the output sink, and the call protocol
// (call / construct) that builtins use to reach back into whichever tier created
// a function. A tier plugs in through TierHooks and decides nothing else.

import type { Program } from '../front/ast.js';
import { LimitExceeded, Limits, type LimitName } from './limits.js';
import { Messages } from './messages.js';
import { errorToString } from './operations.js';
import type { Probe } from './probe.js';
import { Attr, Shape } from './shape.js';
import { FunctionKind, HOLE, JSArray, JSFunction, JSObject, ObjectClass, type NativeFunction, type Value } from './values.js';

/** A language exception in flight through host code. Not an Error: no host stack is captured. */
export class JSThrow {
  constructor(readonly value: Value) {}
}

export interface StackFrame {
  name: string;
  file: string;
  line: number;
  column: number;
}

/** What a tier provides to the shared runtime. */
export interface TierHooks {
  /** Runs a user function created by this tier. */
  callUser(fn: JSFunction, thisArg: Value, args: Value[], newTarget: JSFunction | undefined): Value;
  /** The program's own frames, innermost first, for error stacks. */
  stackTrace(): StackFrame[];
}

export interface Counters {
  calls: number;
  allocations: number;
  [name: string]: number;
}

export type ErrorName = 'Error' | 'TypeError' | 'RangeError' | 'ReferenceError' | 'SyntaxError' | 'EvalError';

export class Realm {
  readonly emptyShape = Shape.empty();
  // intrinsics (filled in by installBuiltins)
  ObjectPrototype!: JSObject;
  FunctionPrototype!: JSObject;
  ArrayPrototype!: JSObject;
  StringPrototype!: JSObject;
  NumberPrototype!: JSObject;
  BooleanPrototype!: JSObject;
  MapPrototype!: JSObject;
  SetPrototype!: JSObject;
  IteratorPrototype!: JSObject;
  readonly errorPrototypes = new Map<ErrorName, JSObject>();
  readonly errorConstructors = new Map<ErrorName, JSFunction>();
  /** Each error whose stack nothing has shown yet: the text its `stack` holds meanwhile, and its frames (see shownStack). */
  private readonly unshownStacks = new WeakMap<JSObject, { text: string; frames: string }>();
  /** Builtin globals by name (Math, console, ...), installed before the program's globals. */
  readonly builtinGlobals = new Map<string, Value>();

  /** Shapes used for every new plain object, array and function (their prototypes are fixed per kind). */
  arrayShape!: Shape;
  functionShape!: Shape;

  /** The program's global slots (top-level declarations, builtins, implicit globals). */
  globals: Value[] = [];
  program: Program | null = null;
  tier: TierHooks | null = null;

  readonly counters: Counters = { calls: 0, allocations: 0 };
  /** The profiler's probe, when profiling (see probe.ts). */
  probe: Probe | null = null;
  readonly limits: Limits;
  /** Current depth of language calls. */
  depth = 0;
  /** Steps left before the next budget check (see limits.ts). */
  fuel: number;

  /** Where console.log writes. */
  write: (text: string) => void;

  constructor(limits: Limits, write: (text: string) => void) {
    this.limits = limits;
    this.fuel = limits.checkInterval;
    this.write = write;
  }

  // ---- globals ------------------------------------------------------------------------

  /** Lays out the program's global slots: builtins by name, declarations in their initial state. */
  bindProgram(program: Program): void {
    this.program = program;
    this.globals = program.globals.map(({ name, kind }) => {
      const builtin = this.builtinGlobals.get(name);
      switch (kind) {
        case 'let':
        case 'const':
        case 'class':
          return HOLE;
        case 'var':
        case 'function':
          return builtin;
        case 'implicit':
          return this.builtinGlobals.has(name) ? builtin : HOLE;
      }
    });
  }

  /** Reading a global that holds HOLE: undeclared (ReferenceError) or in its dead zone. */
  globalHole(slot: number): never {
    const global = this.program!.globals[slot];
    if (global.kind === 'implicit') throw this.error('ReferenceError', Messages.notDefined(global.name));
    throw this.error('ReferenceError', Messages.beforeInitialization(global.name));
  }

  globalByName(name: string): Value {
    const index = this.program?.globals.findIndex((g) => g.name === name) ?? -1;
    if (index >= 0 && this.globals[index] !== HOLE) return this.globals[index];
    return this.builtinGlobals.get(name);
  }

  // ---- allocation ---------------------------------------------------------------------

  /** The empty shape of objects with this prototype: shapes determine prototypes, which inline caches rely on. */
  rootShape(proto: JSObject | null): Shape {
    if (proto === null) return this.emptyShape;
    return (proto.childRoot ??= Shape.empty());
  }

  newObject(proto: JSObject | null = this.ObjectPrototype): JSObject {
    this.counters.allocations++;
    if (this.probe !== null) this.probe.allocate('object', 64);
    return new JSObject(this.rootShape(proto), proto);
  }

  /** A new array; `proto`: a subclass's prototype (`class List extends Array`). */
  newArray(elems: Value[], proto?: JSObject): JSArray {
    this.counters.allocations++;
    if (this.probe !== null) this.probe.allocate('array', 64 + 8 * elems.length);
    if (proto !== undefined && proto !== this.ArrayPrototype) return new JSArray(this.rootShape(proto), proto, elems);
    return new JSArray(this.arrayShape, this.ArrayPrototype, elems);
  }

  newNative(name: string, length: number, fn: NativeFunction, isConstructor = false): JSFunction {
    const f = new JSFunction(this.functionShape, this.FunctionPrototype, FunctionKind.Native, name, length, isConstructor);
    f.native = fn;
    return f;
  }

  // ---- calls --------------------------------------------------------------------------

  call(fn: Value, thisArg: Value, args: Value[]): Value {
    if (!(fn instanceof JSFunction)) throw this.error('TypeError', Messages.notAFunction(this.describe(fn)));
    switch (fn.kind) {
      case FunctionKind.User:
        return this.tier!.callUser(fn, thisArg, args, undefined);
      case FunctionKind.Native:
        return fn.native!(thisArg, args, undefined);
      case FunctionKind.Bound:
        return this.call(fn.target, fn.boundThis, fn.boundArgs!.length ? [...fn.boundArgs!, ...args] : args);
    }
  }

  construct(fn: Value, args: Value[], newTarget: JSFunction = fn): Value {
    if (!(fn instanceof JSFunction) || !fn.isConstructor) throw this.error('TypeError', Messages.notAConstructor(this.describe(fn)));
    switch (fn.kind) {
      case FunctionKind.User:
        return this.tier!.callUser(fn, undefined, args, newTarget);
      case FunctionKind.Native:
        return fn.native!(undefined, args, newTarget);
      case FunctionKind.Bound:
        return this.construct(fn.target, fn.boundArgs!.length ? [...fn.boundArgs!, ...args] : args, newTarget === fn ? fn.target! : newTarget);
    }
  }

  /** The prototype a constructor call should give its new object (`newTarget.prototype`, or a fallback). */
  prototypeFor(newTarget: JSFunction, fallback: JSObject): JSObject {
    const proto = this.functionPrototypeProperty(newTarget);
    return proto instanceof JSObject ? proto : fallback;
  }

  /** `fn.prototype`, creating it on first use for ordinary functions. */
  functionPrototypeProperty(fn: JSFunction): Value {
    if (fn.lazyPrototype) this.materializePrototype(fn);
    return fn.getOwn('prototype');
  }

  materializePrototype(fn: JSFunction): void {
    fn.lazyPrototype = false;
    const proto = this.newObject();
    proto.setOwn('constructor', fn, Attr.Hidden);
    fn.setOwn('prototype', proto, Attr.Hidden);
  }

  // ---- errors -------------------------------------------------------------------------

  /**
   * A language error object of the given constructor (`message` undefined: none of its own),
   * with a stack of the program's frames headed by its name and message (a subclass's name,
   * as V8's is); `proto`: a subclass's prototype.
   */
  makeError(name: ErrorName, message: string | undefined, proto?: JSObject): JSObject {
    this.counters.allocations++;
    const errorProto = proto ?? this.errorPrototypes.get(name)!;
    const error = new JSObject(this.rootShape(errorProto), errorProto, ObjectClass.Error);
    if (message !== undefined) error.setOwn('message', message, Attr.Hidden);
    const frames = this.stackFrames();
    const text = (proto ? errorToString(this, error) : message ? `${name}: ${message}` : name) + frames;
    error.setOwn('stack', text, Attr.Hidden);
    this.unshownStacks.set(error, { text, frames });
    return error;
  }

  /** A JSThrow carrying a new language error, ready to be thrown. */
  error(name: ErrorName, message: string): JSThrow {
    return new JSThrow(this.makeError(name, message));
  }

  /** The program's innermost frames, one `\n    at name (file:line:col)` each. */
  private stackFrames(): string {
    const frames = this.tier ? this.tier.stackTrace() : [];
    return frames.slice(0, 10).map((f) => `\n    at ${f.name || '<anonymous>'} (${f.file}:${f.line}:${f.column + 1})`).join('');
  }

  /**
   * An error's `stack` as Node shows it (uncaught, or by console.log). V8 formats a stack the
   * first time it is shown, so its first line has the name and message of that moment: an
   * error class that sets `this.name` in its constructor shows that name. Once shown (or
   * replaced by the program) the text stays.
   */
  shownStack(error: JSObject): Value {
    const stack = error.getOwn('stack');
    const unshown = this.unshownStacks.get(error);
    if (unshown === undefined || stack !== unshown.text) return stack;
    this.unshownStacks.delete(error);
    const text = errorToString(this, error) + unshown.frames;
    error.setOwn('stack', text, Attr.Hidden);
    return text;
  }

  /** What `super(...)` constructs in the derived class `ctor`: its parent; a TypeError when that is no constructor (`extends null`). */
  superConstructor(ctor: JSFunction): JSFunction {
    const parent = ctor.proto;
    if (parent instanceof JSFunction && parent.isConstructor) return parent;
    // (V8 names Function.prototype, the parent of a class that extends null, `null`)
    throw this.error('TypeError', Messages.superNotConstructor(parent === this.FunctionPrototype ? 'null' : this.describe(parent), ctor.name));
  }

  /** Function.prototype.toString: a program's function or class as written; a builtin's or bound function's stand-in. */
  functionText(fn: JSFunction): string {
    if (this.program !== null && fn.classNode !== null) return this.program.source.slice(fn.classNode.start, fn.classNode.end);
    if (this.program !== null && fn.info) return this.program.source.slice(fn.info.sourceStart, fn.info.node.end);
    return fn.kind === FunctionKind.Bound ? 'function () { [native code] }' : `function ${fn.name}() { [native code] }`;
  }

  /** How V8 writes a value into some messages (`Class extends value ...`): a string as is, a function as its text. */
  describeAsText(v: Value): string {
    if (typeof v === 'string') return v;
    return v instanceof JSFunction ? this.functionText(v) : this.describe(v);
  }

  /** How an error message names a value: `undefined`, `5`, `"x"`, `#<Foo>`... as V8 does. */
  describe(v: Value): string {
    if (v === undefined) return 'undefined';
    if (v === null) return 'null';
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    if (v instanceof JSFunction) return v.isClass ? `class ${v.name}` : `function ${v.name}`;
    if (v instanceof JSArray) return '[object Array]';
    if (v instanceof JSObject) {
      const ctor = v.proto?.getOwn('constructor');
      return ctor instanceof JSFunction && ctor.name !== 'Object' ? `#<${ctor.name}>` : '#<Object>';
    }
    return String(v);
  }

  // ---- limits -------------------------------------------------------------------------

  /** Called by tiers when `fuel` runs out: charges the step budget and checks time and memory. */
  refuel(): void {
    this.limits.charge(this.limits.checkInterval - this.fuel);
    this.fuel = this.limits.checkInterval;
  }

  /** Called by tiers on every language call; throws the program's RangeError past the depth limit. */
  stackOverflow(): JSThrow {
    return this.error('RangeError', Messages.stackOverflow());
  }

  limitError(limit: LimitName): LimitExceeded {
    return new LimitExceeded(limit, this.limits);
  }

  /**
   * Turns a host exception caught inside program code into what the program sees:
   * a JSThrow passes through, a host stack overflow or invalid-length RangeError
   * becomes the program's RangeError (as Node reports it); limits and internal
   * errors are not catchable by the program and are rethrown.
   */
  catchable(e: unknown): JSThrow {
    if (e instanceof JSThrow) return e;
    if (e instanceof RangeError) {
      if (e.message.includes('call stack')) return this.error('RangeError', Messages.stackOverflow());
      if (e.message.includes('Invalid string length')) return this.error('RangeError', Messages.invalidStringLength());
      if (e.message.includes('Invalid array length')) return this.error('RangeError', Messages.invalidArrayLength());
    }
    throw e;
  }
}

export { ObjectClass };

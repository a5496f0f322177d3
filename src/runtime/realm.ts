// The realm: one program run's world. It owns the intrinsic prototypes, the
// global slots, the limits and counters, the output sink, and the call protocol
// (call / construct) that builtins use to reach back into whichever tier created
// a function. A tier plugs in through TierHooks and decides nothing else.

import type { Program } from '../front/ast.js';
import { LimitExceeded, Limits, type LimitName } from './limits.js';
import { Messages } from './messages.js';
import { errorHeadline, errorToString } from './operations.js';
import { getProperty } from './properties.js';
import type { Probe } from './probe.js';
import { Attr, Shape } from './shape.js';
import { builtinTag, FunctionKind, HOLE, JSArray, JSFunction, JSIterator, JSObject, ObjectClass, type NativeFunction, type Value } from './values.js';

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

/** An iterator's kind as console.log names it, and its toStringTag when that differs (entries iterators). */
const ITERATOR_TAGS: Record<string, string> = { 'Map Entries': 'Map Iterator', 'Set Entries': 'Set Iterator' };

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
  /** Objects with a Symbol.toStringTag of their own in JavaScript (Math, JSON, Map.prototype ...); see toStringTag. */
  readonly toStringTags = new Map<JSObject, string>();

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

  /** A new array; `proto` other than Array.prototype for an instance of a subclass of Array. */
  /** `length`: the elements it will have (the JIT makes some arrays' elements later, see Mirrors.fresh). */
  newArray(elems: Value[], proto: JSObject = this.ArrayPrototype, length = elems.length): JSArray {
    this.counters.allocations++;
    if (this.probe !== null) this.probe.allocate('array', 64 + 8 * length);
    return new JSArray(proto === this.ArrayPrototype ? this.arrayShape : this.rootShape(proto), proto, elems);
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

  /**
   * A static class member's computed key, checked as class definition evaluates it: a class's
   * `prototype` cannot be redefined, so a static method or field named `prototype` is V8's
   * TypeError (a literal name is an early SyntaxError, which the parser reports).
   */
  checkStaticKey(key: Value): void {
    if (key === 'prototype') throw this.error('TypeError', Messages.staticPrototype());
  }

  /**
   * The Symbol.toStringTag an object has in JavaScript, own or inherited
   * (`[object Math]`, `Object [JSON] {}`), or undefined.
   */
  toStringTag(o: JSObject): string | undefined {
    for (let p: JSObject | null = o; p !== null; p = p.proto) {
      if (p instanceof JSIterator) return ITERATOR_TAGS[p.tag] ?? p.tag;
      const tag = this.toStringTags.get(p);
      if (tag !== undefined) return tag;
    }
    return undefined;
  }

  /**
   * How most error messages name a value, as V8's NoSideEffectsToString does:
   * `undefined`, `5`, `abc` (a string as it is), a function's source, an
   * error as `Name: message`, `#<Foo>` for an object whose toString is
   * Object.prototype's, `[object Array]` and `[object Object]` otherwise.
   */
  describe(v: Value): string {
    if (!(v instanceof JSObject)) return String(v);
    if (v instanceof JSFunction) return this.functionSource(v);
    const toString = getProperty(this, v, 'toString');
    const errorPrototype = this.errorPrototypes.get('Error')!;
    if (v.cls === ObjectClass.Error || toString === errorPrototype.getOwn('toString')) {
      const name: Value = getProperty(this, v, 'name');
      const message: Value = getProperty(this, v, 'message');
      return errorHeadline(name === undefined ? 'Error' : String(name), message === undefined ? '' : String(message));
    }
    if (toString === this.ObjectPrototype.getOwn('toString')) {
      const ctor = getProperty(this, v, 'constructor');
      if (ctor instanceof JSFunction && ctor.name !== '') return `#<${ctor.name}>`;
    }
    return `[object ${this.toStringTag(v) ?? builtinTag(v)}]`;
  }

  /** Function.prototype.toString: a class's or function's source text as written; builtins' and bound functions' as V8 shows them. */
  functionSource(fn: JSFunction): string {
    const source = this.program?.source;
    if (source !== undefined && fn.isClass && fn.classNode) return source.slice(fn.classNode.start, fn.classNode.end);
    if (source !== undefined && fn.info) return source.slice(fn.info.sourceStart, fn.info.node.end);
    return `function ${fn.kind === FunctionKind.Bound ? '' : fn.name}() { [native code] }`;
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

  /**
   * A builtin walking one level further into a nested structure (JSON.stringify, join, flat),
   * which V8 does by recursion: each level counts as a call, so a structure nested past the
   * call depth limit is the RangeError it is in Node rather than a success. Pair with unnest().
   */
  nest(): void {
    if (++this.depth > this.limits.settings.maxDepth) {
      this.depth--;
      throw this.stackOverflow();
    }
  }

  unnest(): void {
    this.depth--;
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

// The realm: one program run's world. It owns the intrinsic prototypes, the
// global slots, the limits and counters, the output sink, and the call protocol
// (call / construct) that builtins use to reach back into whichever tier created
// a function. A tier plugs in through TierHooks and decides nothing else.

import type { Program } from '../front/ast.js';
import { LimitExceeded, Limits, type LimitName } from './limits.js';
import { Messages } from './messages.js';
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

/** An error's first line, as Error.prototype.toString writes it: `Name: message`, or whichever is not empty. */
function errorHeadline(name: string, message: string): string {
  return name === '' ? message : message === '' ? name : `${name}: ${message}`;
}

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
  /** Builtin globals by name (Math, console, ...), installed before the program's globals. */
  readonly builtinGlobals = new Map<string, Value>();
  /** Stacks attachStack wrote (`at`: the frames after the first line), until printedStack settles them. */
  private readonly unprintedStacks = new WeakMap<JSObject, { text: string; at: string }>();
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
  newArray(elems: Value[], proto: JSObject = this.ArrayPrototype): JSArray {
    this.counters.allocations++;
    if (this.probe !== null) this.probe.allocate('array', 64 + 8 * elems.length);
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

  /** A language error object of the given constructor, with a stack of the program's frames. */
  makeError(name: ErrorName, message: string, proto?: JSObject): JSObject {
    this.counters.allocations++;
    const errorProto = proto ?? this.errorPrototypes.get(name)!;
    const error = new JSObject(this.rootShape(errorProto), errorProto, ObjectClass.Error);
    if (message !== undefined) error.setOwn('message', message, Attr.Hidden);
    this.attachStack(error, name, message);
    return error;
  }

  /** A JSThrow carrying a new language error, ready to be thrown. */
  error(name: ErrorName, message: string): JSThrow {
    return new JSThrow(this.makeError(name, message));
  }

  /** Gives an error its `stack`: a first line naming it, then the program's frames now. */
  attachStack(error: JSObject, name: string, message: string): void {
    const frames = this.tier ? this.tier.stackTrace() : [];
    const at = frames.slice(0, 10).map((f) => `\n    at ${f.name || '<anonymous>'} (${f.file}:${f.line}:${f.column + 1})`).join('');
    const text = errorHeadline(name, message) + at;
    error.setOwn('stack', text, Attr.Hidden);
    this.unprintedStacks.set(error, { text, at });
  }

  /**
   * An error's stack as console.log and an uncaught error print it. V8 writes
   * a stack when it is first read, usually when it is printed, so its first
   * line has the name and message the error has then (a name a subclass's
   * constructor set, a message changed later): a stack the realm wrote and
   * nothing replaced gets that first line now, and keeps it.
   */
  printedStack(error: JSObject): Value {
    const stack = error.getOwn('stack');
    const made = this.unprintedStacks.get(error);
    if (made === undefined || made.text !== stack) return stack;
    this.unprintedStacks.delete(error);
    const name: Value = getProperty(this, error, 'name');
    const message: Value = getProperty(this, error, 'message');
    if (name instanceof JSObject || message instanceof JSObject) return stack;
    const text = errorHeadline(name === undefined ? 'Error' : String(name), message === undefined ? '' : String(message)) + made.at;
    error.setOwn('stack', text);
    return text;
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
      const shownName = name === undefined ? 'Error' : String(name);
      const shownMessage = message === undefined ? '' : String(message);
      return shownName === '' ? shownMessage : shownMessage === '' ? shownName : `${shownName}: ${shownMessage}`;
    }
    if (toString === this.ObjectPrototype.getOwn('toString')) {
      const ctor = getProperty(this, v, 'constructor');
      if (ctor instanceof JSFunction && ctor.name !== '') return `#<${ctor.name}>`;
    }
    return `[object ${this.toStringTag(v) ?? builtinTag(v)}]`;
  }

  /** How V8 names a value with its type (Map's and Set's forEach and constructors): `string "s"`, `number 5`, `object null`, `object`. */
  describeWithType(v: Value): string {
    if (v === undefined) return 'undefined';
    if (v === null) return 'object null';
    if (v instanceof JSObject) return v instanceof JSFunction ? 'function' : 'object';
    return `${typeof v} ${typeof v === 'string' ? `"${v}"` : String(v)}`;
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

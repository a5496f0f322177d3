// The object model every tier shares. Language values are host values where the
// host's semantics are the language's (numbers, strings, booleans, null,
// undefined) and instances of the classes below otherwise. A program's objects
// are never host objects: they have their own prototypes (the realm's
// intrinsics), so nothing of the host is reachable through them.

import type { FunctionInfo, Node } from '../front/ast.js';
import { Attr, Shape } from './shape.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Value = any;

/** Marks an uninitialised binding (temporal dead zone) or an undeclared global. Never visible to programs. */
export const HOLE: unique symbol = Symbol('hole') as never;

/** What kind of object, for typeof, console.log and builtins' receiver checks. */
export const enum ObjectClass {
  Object,
  Array,
  Function,
  Error,
  Map,
  Set,
  Iterator,
}

/** A heap context for captured bindings: slot 0 is the parent context. */
export type Context = Value[];

export class JSObject {
  shape: Shape;
  slots: Value[];
  proto: JSObject | null;
  readonly cls: ObjectClass;
  /** The root shape of objects whose prototype is this object (see Realm.rootShape). */
  childRoot: Shape | null = null;
  /**
   * The JIT's copy of the numeric slots in WebAssembly memory while compiled
   * code runs (interpreters/jit/mirrors.ts): its address; negative: none (below
   * -1, the JIT counts the requests for one, mirrors.ts revisitedObject).
   * Written back before any host code other than the JIT's own accessors runs.
   */
  slotMirror = -1;
  /**
   * Its index in the JIT's table of references while compiled code runs
   * (mirrors.ts, "References"), or -1: compiled code reads it from a mirrored
   * slot without a host call.
   */
  mirrorRef = -1;
  /**
   * Compiled code caches functions read from this object's own properties (a
   * constant global such as Math, interpreters/jit/codegen.ts): the JIT's
   * writes into it move its method epoch, as writes into prototypes do.
   */
  holdsCachedMethods = false;

  constructor(shape: Shape, proto: JSObject | null, cls: ObjectClass = ObjectClass.Object) {
    this.shape = shape;
    this.slots = [];
    this.proto = proto;
    this.cls = cls;
  }

  /** Own property lookup by name; undefined when absent (callers needing presence use the shape). */
  getOwn(key: string): Value {
    const slot = this.shape.lookup(key);
    return slot < 0 ? undefined : this.slots[slot];
  }

  /** Defines or overwrites an own property. */
  setOwn(key: string, value: Value, attr: number = Attr.None): void {
    const slot = this.shape.lookup(key);
    if (slot >= 0) {
      this.slots[slot] = value;
      return;
    }
    this.shape = this.shape.withProperty(key, attr);
    this.slots.push(value);
  }

  deleteOwn(key: string): boolean {
    const slot = this.shape.lookup(key);
    if (slot < 0) return false;
    this.shape = this.shape.withoutProperty(key);
    this.slots.splice(slot, 1);
    return true;
  }
}

export class JSArray extends JSObject {
  /** Dense element storage (a host array used as a vector; holes are host holes). */
  elems: Value[];
  /**
   * The JIT's copy of the elements in WebAssembly memory while compiled code
   * runs (interpreters/jit/mirrors.ts): its address, or -1. Only compiled code
   * and the JIT's imports see a mirrored array; it is written back before any
   * other host code runs, so everything else reads `elems` as always.
   */
  elementMirror = -1;
  elementMirrorKind = 0;
  /** Times its mirror was written back because the host ran code in the middle of compiled code. */
  elementMirrorFlushes = 0;
  /** Times it was mirrored in all. */
  elementMirrors = 0;
  /** Requests for its reference mirror in the JIT's current outermost activation: activation * 8 + count (Mirrors.revisited). */
  mirrorAsks = 0;
  constructor(shape: Shape, proto: JSObject | null, elems: Value[]) {
    super(shape, proto, ObjectClass.Array);
    this.elems = elems;
  }
}

export const enum FunctionKind {
  /** Implemented by the runtime in TypeScript. */
  Native,
  /** Written in the language; run by the tier that created it. */
  User,
  /** The result of Function.prototype.bind. */
  Bound,
}

/** JSFunction.deletedOwn bits. */
export const DELETED_NAME = 1;
export const DELETED_LENGTH = 2;

export type NativeFunction = (thisArg: Value, args: Value[], newTarget: JSFunction | undefined) => Value;

export class JSFunction extends JSObject {
  kind: FunctionKind;
  name: string;
  length: number;
  /** `new` is allowed (functions, classes, native constructors). */
  isConstructor: boolean;
  /** A class constructor: calling it without `new` is a TypeError. */
  isClass = false;
  /** A class constructor with `extends`. */
  isDerived = false;
  /** The `prototype` property has not been created yet (made on first use). */
  lazyPrototype = false;
  /** Its own `name` or `length` deleted by the program (DELETED_NAME, DELETED_LENGTH): reads find Function.prototype's. */
  deletedOwn = 0;
  native: NativeFunction | null = null;
  // user functions
  info: FunctionInfo | null = null;
  context: Context | null = null;
  /** Arrow functions: the `this` of their defining frame. */
  boundThis: Value = undefined;
  /** Methods: the object whose prototype `super` refers to. */
  homeObject: JSObject | null = null;
  /** Class constructors: the class node (fields), and the field initialiser's context. */
  classNode: Node | null = null;
  /** Class constructors: the keys of the instance fields, evaluated once at class definition. */
  fieldKeys: string[] | null = null;
  /** Bound functions. */
  target: JSFunction | null = null;
  boundArgs: Value[] | null = null;
  /** Per-tier data (compiled bytecode, JIT state), owned by the tier that made the function. */
  tierData: unknown = null;

  constructor(shape: Shape, proto: JSObject | null, kind: FunctionKind, name: string, length: number, isConstructor: boolean) {
    super(shape, proto, ObjectClass.Function);
    this.kind = kind;
    this.name = name;
    this.length = length;
    this.isConstructor = isConstructor;
  }
}

export class JSMap extends JSObject {
  readonly map = new Map<Value, Value>();
  constructor(shape: Shape, proto: JSObject | null) {
    super(shape, proto, ObjectClass.Map);
  }
}

export class JSSet extends JSObject {
  readonly set = new Set<Value>();
  constructor(shape: Shape, proto: JSObject | null) {
    super(shape, proto, ObjectClass.Set);
  }
}

/** An iterator over a host iterator (Map/Set/array/string iteration), as a language object. */
export class JSIterator extends JSObject {
  constructor(
    shape: Shape,
    proto: JSObject | null,
    readonly source: Iterator<Value>,
    readonly tag: string,
    /** What a Map or Set iterator has not given yet (console.log shows it, as node does); null for others. */
    readonly remaining: (() => unknown[]) | null = null,
  ) {
    super(shape, proto, ObjectClass.Iterator);
  }
}

export function isObject(v: Value): v is JSObject {
  return v instanceof JSObject;
}

export function isCallable(v: Value): v is JSFunction {
  return v instanceof JSFunction;
}

/** The tag Object.prototype.toString shows for a value without a Symbol.toStringTag (`[object Array]`). */
export function builtinTag(v: Value): string {
  if (v === undefined) return 'Undefined';
  if (v === null) return 'Null';
  if (typeof v === 'string') return 'String';
  if (typeof v === 'number') return 'Number';
  if (typeof v === 'boolean') return 'Boolean';
  if (v instanceof JSObject) {
    switch (v.cls) {
      case ObjectClass.Array:
        return 'Array';
      case ObjectClass.Function:
        return 'Function';
      case ObjectClass.Error:
        return 'Error';
      case ObjectClass.Map:
        return 'Map';
      case ObjectClass.Set:
        return 'Set';
      default:
        return 'Object';
    }
  }
  return 'Object';
}


// console.log's formatting, byte for byte as Node prints: language values are
// copied into a faithful host snapshot (same keys in the same order, holes,
// class names, Map/Set, functions and classes by name, cycles) and Node's own
// util.formatWithOptions formats the snapshot. The snapshot goes a few levels
// deeper than util.inspect's default depth (2), so what is cut off is cut off
// exactly where Node cuts it.

import { Console } from 'node:console';
import { Writable } from 'node:stream';
import { formatWithOptions, inspect } from 'node:util';
import { stringify as jsonStringify } from './builtins/json.js';
import { Messages } from './messages.js';
import { isError, toNumber, toString } from './operations.js';
import { getProperty, ownKeys } from './properties.js';
import { JSThrow, type Realm } from './realm.js';
import { Attr } from './shape.js';
import { DELETED_LENGTH, DELETED_NAME, JSArray, JSFunction, JSIterator, JSMap, JSObject, JSSet, ObjectClass, type Value } from './values.js';

/** util.inspect's default depth is 2; one more level lets it print `[Object]` where Node would. */
const SNAPSHOT_DEPTH = 4;

type HostClass = abstract new (...args: never[]) => object;

export function formatLogLine(realm: Realm, args: Value[]): string {
  const snapshot = new Snapshotter(realm);
  const first = args[0];
  if (typeof first !== 'string' || args.length === 1) return formatWithOptions({}, ...args.map((a) => snapshot.take(a, 0)));
  // printf-style specifiers: those that convert their argument (String(x), Number(x), JSON.stringify(x)) convert
  // the language value here, with the program's own toString/valueOf/toJSON; `%j` then prints its text as `%s`
  const specs = formatSpecifiers(first, args.length - 1);
  let format = first;
  const host: unknown[] = [format];
  for (let i = 1; i < args.length; i++) {
    const spec = specs[i - 1];
    const converted = spec === undefined ? NOT_CONVERTED : convertForSpecifier(realm, spec.letter, args[i]);
    if (spec?.letter === 'j') format = `${format.slice(0, spec.at)}s${format.slice(spec.at + 1)}`;
    host.push(converted === NOT_CONVERTED ? snapshot.take(args[i], 0) : converted);
  }
  host[0] = format;
  return formatWithOptions({}, ...host);
}

/**
 * The specifiers node's formatter acts on in a format string, in order, one
 * per argument they consume (`%%` and unknown letters consume none), each
 * with where its letter is.
 */
function formatSpecifiers(format: string, argCount: number): { letter: string; at: number }[] {
  const specs: { letter: string; at: number }[] = [];
  for (let i = 0; i < format.length - 1; i++) {
    if (format[i] !== '%') continue;
    const letter = format[++i];
    if (specs.length < argCount && 'sjdOoifc'.includes(letter)) specs.push({ letter, at: i });
  }
  return specs;
}

const NOT_CONVERTED = Symbol('not converted');
/** The first line of JSON.stringify's TypeError for a cycle, which `%j` prints as `[Circular]`. */
const CIRCULAR_JSON = Messages.jsonCircular('').split('\n')[0];

/** What node's formatter makes of a language value for a specifier, or NOT_CONVERTED when it inspects the value. */
function convertForSpecifier(realm: Realm, letter: string, v: Value): unknown {
  switch (letter) {
    case 's':
      // String(x) for a function or an object with a toString of its own making; other objects are inspected
      return v instanceof JSFunction || (v instanceof JSObject && !hasBuiltInToString(realm, v)) ? toString(realm, v) : NOT_CONVERTED;
    case 'd':
      return v instanceof JSObject ? toNumber(realm, v) : v;
    case 'i':
    case 'f':
      return v instanceof JSObject ? toString(realm, v) : v;
    case 'j':
      try {
        return jsonStringify(realm, v, undefined, undefined);
      } catch (e) {
        // node prints a circular structure as `[Circular]`
        if (e instanceof JSThrow && isError(e.value) && String(e.value.getOwn('message')).startsWith(CIRCULAR_JSON)) return '[Circular]';
        throw e;
      }
    default:
      return NOT_CONVERTED;
  }
}

/** The global names node counts as builtin classes (its util.inspect computes the same list). */
const BUILTIN_NAMES = new Set(Object.getOwnPropertyNames(globalThis).filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name)));

/** Whether `%s` inspects an object: its toString is missing or a builtin class's (node's hasBuiltInToString). */
function hasBuiltInToString(realm: Realm, v: JSObject): boolean {
  if (!(getProperty(realm, v, 'toString') instanceof JSFunction)) return true;
  let holder: JSObject | null = v;
  while (holder !== null && holder.shape.lookup('toString') < 0) holder = holder.proto;
  if (holder === v) return false;
  const ctor: Value = holder === null ? undefined : holder.getOwn('constructor');
  return ctor instanceof JSFunction && BUILTIN_NAMES.has(ctor.name);
}

/** One value as console.log shows it inside a structure (strings quoted). */
export function inspectValue(realm: Realm, v: Value): string {
  return inspect(new Snapshotter(realm).take(v, 0));
}

/**
 * console.table: node's own console.table of a snapshot of the data (only the
 * given columns when `properties` is an array), written into a string. A
 * `properties` node refuses is the language's TypeError with node's message.
 */
export function formatTable(realm: Realm, data: Value, properties: Value): string {
  let text = '';
  const sink = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  const snapshot = new Snapshotter(realm);
  const columns = properties instanceof JSArray ? properties.elems.map((p) => toString(realm, p)) : snapshot.take(properties, 0);
  try {
    new Console({ stdout: sink, stderr: sink }).table(snapshot.take(data, 0), columns as string[] | undefined);
  } catch (e) {
    if (e instanceof TypeError) throw realm.error('TypeError', e.message);
    throw e;
  }
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}

/** console.dir: one value inspected with the program's options (`depth`, `showHidden` ...), snapshotted deep enough for them. */
export function formatDir(realm: Realm, v: Value, options: Record<string, unknown> | undefined): string {
  const depth = options?.depth === null ? Infinity : options?.depth === undefined ? 2 : Number(options.depth);
  // (two levels past what is shown, as SNAPSHOT_DEPTH is for the default depth 2)
  return inspect(new Snapshotter(realm, (depth === depth ? depth : 0) + 2).take(v, 0), { ...options, customInspect: false });
}

class Snapshotter {
  private readonly seen = new Map<JSObject, unknown>();
  /** `limit`: how deep contents are copied (below it, objects are copied empty, for their names). */
  constructor(
    readonly realm: Realm,
    private readonly limit = SNAPSHOT_DEPTH,
  ) {}

  take(v: Value, depth: number): unknown {
    if (!(v instanceof JSObject)) return v;
    const done = this.seen.get(v);
    if (done !== undefined) return done;
    const shallow = depth > this.limit;
    // a shallow copy (no contents) is not kept: the same object may come again nearer the top, where it is shown
    const seen = shallow ? notKept : this.seen;
    if (v instanceof JSArray) {
      const out: unknown[] = this.instance(v, Array, new Array(shallow ? 0 : v.elems.length));
      seen.set(v, out);
      if (!shallow) {
        const elems = v.elems;
        for (let i = 0; i < elems.length; i++) if (i in elems) out[i] = this.take(elems[i], depth + 1);
        this.copyNamed(v, out as unknown as Record<string, unknown>, depth);
      }
      return out;
    }
    if (v instanceof JSFunction) {
      const out = hostFunction(v, this, depth);
      seen.set(v, out);
      if (!shallow) {
        this.copyNamed(v, out as unknown as Record<string, unknown>, depth);
        this.copyPrototype(v, out, depth);
      }
      return out;
    }
    if (v instanceof JSMap) {
      const out = this.instance(v, Map, new Map());
      seen.set(v, out);
      if (!shallow) {
        for (const [k, val] of v.map) out.set(this.take(k, depth + 1), this.take(val, depth + 1));
        this.copyNamed(v, out as unknown as Record<string, unknown>, depth);
      }
      return out;
    }
    if (v instanceof JSSet) {
      const out = this.instance(v, Set, new Set());
      seen.set(v, out);
      if (!shallow) {
        for (const k of v.set) out.add(this.take(k, depth + 1));
        this.copyNamed(v, out as unknown as Record<string, unknown>, depth);
      }
      return out;
    }
    if (v instanceof JSIterator && v.remaining !== null) {
      // a host iterator of the same kind over what is left: node's own preview (`[Map Entries] { [ 1, 2 ] }`)
      const left = v.remaining();
      const t = (x: unknown): unknown => this.take(x as Value, depth + 1);
      const out = v.tag === 'Map Entries' ? new Map((left as [unknown, unknown][]).map(([k, x]) => [t(k), t(x)])).entries()
        : v.tag === 'Map Iterator' ? new Map(left.map((x, i) => [i, t(x)])).values()
          : v.tag === 'Set Entries' ? new Set(left.map(t)).entries() : new Set(left.map(t)).values();
      seen.set(v, out);
      return out;
    }
    if (v.cls === ObjectClass.Error) {
      const error = this.instance(v, Error, new Error());
      // its inherited name as the language object has it (node shows `MyError [TypeError]: ...` when the class says otherwise)
      const name: Value = v.shape.lookup('name') < 0 ? getProperty(this.realm, v, 'name') : undefined;
      if (typeof name === 'string') Object.defineProperty(error, 'name', { value: name, enumerable: false, writable: true });
      Object.defineProperty(error, 'stack', { value: String(this.realm.shownStack(v) ?? ''), enumerable: false });
      seen.set(v, error);
      if (!shallow) this.copyNamed(v, error as unknown as Record<string, unknown>, depth);
      return error;
    }
    // (node prints an object with a toStringTag as `Object [Math] {}`, an array iterator as `Object [Array Iterator] {}`)
    const tag = this.realm.toStringTag(v);
    const name = v.proto === null ? '' : this.constructorName(v);
    const out = v.proto === null ? Object.create(null) : Object.create(tag !== undefined ? taggedPrototype(name, tag) : fakeClass(name, Object).prototype);
    seen.set(v, out);
    if (!shallow) this.copyNamed(v, out, depth);
    return out;
  }

  /**
   * The class name console.log shows for an object (`Foo { ... }`), found as
   * node finds it: the nearest `constructor` property, own or inherited, that
   * is a named function the object is an instance of.
   */
  private constructorName(v: JSObject): string {
    for (let o: JSObject | null = v; o !== null; o = o.proto) {
      const slot = o.shape.lookup('constructor');
      const ctor: Value = slot < 0 ? undefined : o.slots[slot];
      if (ctor instanceof JSFunction && ctor.name !== '' && !ctor.lazyPrototype && isInstance(v, ctor.getOwn('prototype'))) return ctor.name;
    }
    return 'Object';
  }

  /** `out` as an instance of a host subclass of `base` with the language object's class name, when that is not base's own. */
  private instance<T extends object>(v: JSObject, base: HostClass, out: T): T {
    const name = this.constructorName(v);
    if (name !== base.name) Object.setPrototypeOf(out, fakeClass(name, base).prototype);
    return out;
  }

  /** Copies own enumerable named properties (not array elements). */
  copyNamed(v: JSObject, out: Record<string, unknown>, depth: number): void {
    const shape = v.shape;
    const keys = shape.hasIndexKeys ? ownKeys(v).filter((k) => !(v instanceof JSArray) || !/^\d+$/.test(k)) : shape.keys;
    for (const key of keys) {
      const slot = shape.lookup(key);
      if (slot < 0 || shape.attrs[slot] & Attr.Hidden) continue;
      const value = this.take(v.slots[slot], depth + 1);
      if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
      else out[key] = value;
    }
  }

  /** A function's `prototype` properties other than `constructor` (a class's methods too) onto its host copy's prototype, where `%o` shows them. */
  private copyPrototype(fn: JSFunction, host: object, depth: number): void {
    const proto: Value = fn.lazyPrototype ? undefined : fn.getOwn('prototype');
    const hostProto = (host as { prototype?: object }).prototype;
    if (!(proto instanceof JSObject) || hostProto === undefined) return;
    for (const key of ownKeys(proto, true)) {
      const slot = proto.shape.lookup(key);
      if (key === 'constructor' || slot < 0) continue;
      const value = this.take(proto.slots[slot], depth + 2);
      Object.defineProperty(hostProto, key, { value, enumerable: !(proto.shape.attrs[slot] & Attr.Hidden), writable: true, configurable: true });
    }
  }

  /** A class's parent (its host copy extends the parent's, with its statics, which `%o` shows as inherited). */
  classSnapshot(fn: JSFunction, depth: number): unknown {
    return this.take(fn, depth + 1);
  }
}

/** Where take() records a shallow copy: nowhere. */
const notKept: Pick<Map<JSObject, unknown>, 'set'> = { set: () => notKept as Map<JSObject, unknown> };

/** Whether `proto` is on v's prototype chain. */
function isInstance(v: JSObject, proto: Value): boolean {
  for (let p = v.proto; p !== null; p = p.proto) if (p === proto) return true;
  return false;
}

/** A prototype whose objects print as `Name [tag] {}` (`Object [Math] {}`; just `Map {}` when the two agree). */
const taggedPrototypes = new Map<string, object>();
function taggedPrototype(name: string, tag: string): object {
  const key = `${name}\u0000${tag}`;
  let proto = taggedPrototypes.get(key);
  if (proto === undefined) {
    proto = Object.create(fakeClass(name, Object).prototype, { [Symbol.toStringTag]: { value: tag } }) as object;
    taggedPrototypes.set(key, proto);
  }
  return proto;
}

/** Host classes by base and name: `fakeClass('Foo', Object)` makes util.inspect print `Foo { ... }`. */
const fakeClasses = new Map<HostClass, Map<string, HostClass>>();
function fakeClass(name: string, base: HostClass): HostClass {
  if (base === Object && name === 'Object') return Object;
  let byName = fakeClasses.get(base);
  if (!byName) fakeClasses.set(base, (byName = new Map()));
  let cls = byName.get(name);
  if (!cls) {
    const parent = base as unknown as new () => object;
    cls = { [name]: class extends parent {} }[name];
    byName.set(name, cls);
  }
  return cls;
}

/** A host function (or class, extending its parent's snapshot) with the same name, for `[Function: f]`. */
function hostFunction(fn: JSFunction, snapshot: Snapshotter, depth: number): object {
  if (fn.isClass) {
    // (a parent that is not a class, such as Array or a function, is copied as an arrow, which nothing can
    // extend: the copy extends a class of the parent's name instead, which is what `extends Name` shows)
    const parent = !(fn.proto instanceof JSFunction) ? null
      : fn.proto.isClass ? (snapshot.classSnapshot(fn.proto, depth) as HostClass)
      : fakeClass(String(getProperty(snapshot.realm, fn.proto, 'name')), Object);
    const cls = parent ? class extends (parent as unknown as new () => object) {} : class {};
    Object.defineProperty(cls, 'length', { value: fn.length });
    Object.defineProperty(cls, 'name', { value: fn.name });
    return withoutDeleted(cls, fn);
  }
  // own properties as `%o` shows them: length and name; a script's `function` also has arguments, caller and a prototype
  const host = (() => {}) as unknown as object;
  Object.defineProperty(host, 'length', { value: fn.length });
  Object.defineProperty(host, 'name', { value: fn.name });
  if (fn.info?.kind === 'function') {
    Object.defineProperty(host, 'arguments', { value: null });
    Object.defineProperty(host, 'caller', { value: null });
    const prototype = Object.defineProperty({}, 'constructor', { value: host, writable: true, configurable: true });
    Object.defineProperty(host, 'prototype', { value: prototype, writable: true });
  }
  return withoutDeleted(host, fn);
}

/** The host copy without the own name or length the program deleted (`[Function (anonymous)]`, as in Node). */
function withoutDeleted(host: object, fn: JSFunction): object {
  if (fn.deletedOwn & DELETED_NAME) Reflect.deleteProperty(host, 'name');
  if (fn.deletedOwn & DELETED_LENGTH) Reflect.deleteProperty(host, 'length');
  return host;
}
